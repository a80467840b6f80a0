"""Name normalisation and closest-match suggestions, shared by every lookup table."""

from __future__ import annotations

import math
import numbers
import re
import reprlib
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final

from magnesium.errors import MAX_INPUT_LENGTH, ArgumentTypeError, InputTooLongError

__all__: list[str] = []

# Danish letters that do not decompose under NFKD; folded so that "rugbrod"
# finds "rugbrød" and both spellings of a name meet in one key.
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ð": "d", "þ": "th"})


class LazyPattern:
    """A regular expression compiled on its first use, not at import.

    Compiling costs more than most of a module's import, and the cold start
    is measured (issue 25): a pattern that a first result never needs waits
    for its first use. It reads as :class:`re.Pattern` for the methods the
    package calls; ``tests/test_regex_time.py`` times it as it times the others.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled once (two threads at once compile it twice, harmlessly)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    # Each method reads the compiled pattern without the property's extra call: they
    # run on hot paths (a food's amount, every name normalised).
    def match(self, text: str) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return (self._compiled or self.compiled).match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return (self._compiled or self.compiled).fullmatch(text)

    def sub(self, replacement: str, text: str) -> str:
        """As :meth:`re.Pattern.sub`."""
        return (self._compiled or self.compiled).sub(replacement, text)


_NON_WORD = LazyPattern(r"[^0-9a-z]+")


def check_length(text: str, what: str) -> str:
    """Return ``text``, or raise :class:`InputTooLongError` if it is too long to be real."""
    if len(text) > MAX_INPUT_LENGTH:
        message = (
            f"{what} of at most {MAX_INPUT_LENGTH} characters expected, got one of "
            f"{len(text):,}: {text[:40]!r}..."
        )
        raise InputTooLongError(message)
    return text


def listed(values: object, what: str) -> list[object]:
    """Return the items of a user's collection, or raise :class:`ArgumentTypeError`.

    A list, tuple, set or other iterable is read item by item; a mapping, bytes
    or something that only claims to iterate (a scalar pint Quantity) is an
    error naming ``what`` was expected.
    """
    if not isinstance(values, Iterable) or isinstance(values, bytes | str | Mapping):
        raise ArgumentTypeError(f"{what}, got {shown(values)}")
    try:
        return list(values)
    except TypeError:
        raise ArgumentTypeError(f"{what}, got {shown(values)}") from None


# Error messages quote what was given, but never all of a 10 MB text or a
# million-item list: reprlib cuts each part to a readable length.
_SHORT = reprlib.Repr()  # keyword arguments only from Python 3.12
_SHORT.maxstring = _SHORT.maxother = 60


def shown(value: object) -> str:
    """Return ``repr(value)`` cut to a readable length for an error message.

    A pint Quantity is shown as pint up to 0.25 shows it,
    ``<Quantity(2, 'liter')>``, whatever pint's version (0.26 changed its repr),
    so that a message says the same under every supported pint.

    >>> shown("x" * 1000)[:12], len(shown("x" * 1000)) <= 60
    ("'xxxxxxxxxxx", True)
    """
    if type(value).__module__.startswith("pint") and type(value).__name__.endswith("Quantity"):
        magnitude = str(getattr(value, "magnitude", ""))
        if len(magnitude) > _SHORT.maxother:
            magnitude = magnitude[: _SHORT.maxother - 3] + "..."
        return f"<Quantity({magnitude}, '{getattr(value, 'units', '')}')>"
    return _SHORT.repr(value)


def separated(text: str) -> list[str]:
    """Read names given as one text, "a; b" (a cohort's separator), each stripped.

    >>> separated("omeprazole; furosemide ;")
    ['omeprazole', 'furosemide']
    """
    return [name.strip() for name in text.split(";") if name.strip()]


def normalize(name: str) -> str:
    """Return the lookup key of a name: case, accents and punctuation folded.

    >>> normalize("  Magnesium L-Threonate ")
    'magnesium l threonate'
    >>> normalize("Rugbrød") == normalize("rugbrod")
    True
    """
    folded = unicodedata.normalize(
        "NFKD", check_length(name, "a name").casefold().translate(_FOLD)
    )
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", ascii_only).strip()


def closest(name: str, choices: Iterable[str], n: int = 5) -> list[str]:
    """Return up to ``n`` of ``choices`` closest to ``name``, best first.

    Matching is on normalised keys, so case and accents do not matter; the
    choices are returned as given.
    """
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(normalize(choice), choice)
    import difflib  # noqa: PLC0415 - only for a name not found: import stays cheap

    keys = difflib.get_close_matches(normalize(name), by_key, n=n, cutoff=0.6)
    return [by_key[k] for k in keys]


# Spelling variants that Danish and English (and careless typing) swap; folded
# in this order so that "doxycyklin", "Doxycycline" and "doxy-cycline" meet.
_VARIANTS = (
    ("ph", "f"),
    ("th", "t"),
    ("ck", "c"),
    ("k", "c"),
    ("y", "i"),
    ("ae", "e"),
    ("z", "s"),
)
_DOUBLED = LazyPattern(r"(.)\1+")


def spelling_key(name: str) -> str:
    """Return a looser key: spaces and hyphens gone, spelling variants folded.

    >>> spelling_key("Doxycyklin") == spelling_key("doxycycline") == spelling_key("Doxy-cycline")
    True
    >>> spelling_key("furosemid") == spelling_key("Furosemide")
    True
    """
    key = normalize(name).replace(" ", "")
    for variant, common in _VARIANTS:
        key = key.replace(variant, common)
    key = _DOUBLED.sub(r"\1", key)
    return key[:-1] if len(key) > 4 and key.endswith("e") else key


def suggest(name: str, choices: Iterable[str], n: int = 5) -> list[str]:
    """Return up to ``n`` of ``choices`` a misspelt or partial ``name`` may mean, best first.

    Whole words and prefixes come first ("levothyroxine tablets" suggests
    "levothyroxine"), then close spellings that begin with the same letter,
    so that "metformin" never suggests "tobramycin".

    >>> suggest("ciprofloxaxin", ["ciprofloxacin", "levofloxacin", "paracetamol"])
    ['ciprofloxacin']
    >>> suggest("metformin", ["tobramycin", "metoprolol"])
    []
    """
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(spelling_key(choice), choice)
    key = spelling_key(name)
    words = {spelling_key(word) for word in normalize(name).split() if len(word) >= _WORD}
    ranked: list[str] = []
    if key:
        shared: list[str] = []  # a whole word in common: "oatmeal" -> "cooked oatmeal"
        for loose, choice in by_key.items():
            if loose in words or (len(key) >= _WORD and loose.startswith(key)):
                ranked.append(choice)
            elif words & {spelling_key(w) for w in normalize(choice).split()}:
                shared.append(choice)
        ranked = sorted(ranked, key=len) + sorted(shared, key=len)  # the plainer name first
        same_letter = [loose for loose in by_key if loose[:1] == key[:1]]
        import difflib  # noqa: PLC0415 - only for a name not found: import stays cheap

        close = difflib.get_close_matches(key, same_letter, n=n, cutoff=0.75)
        ranked += [by_key[loose] for loose in close]
    return list(dict.fromkeys(ranked))[:n]


_WORD = 4  # letters a word or prefix needs before it suggests a name


# The spellings of a yes/no a table may hold (a CSV export, a Danish form).
_TRUE: Final = frozenset({"true", "yes", "ja", "1"})
_FALSE: Final = frozenset({"false", "no", "nej", "0"})


def _is_missing(value: object) -> bool:
    """Whether ``value`` is a table's "not given": None, NaN, pandas NA or NaT."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pandas' NA and NaT without importing pandas: their types' names.
    return type(value).__name__ in {"NAType", "NaTType"}


def flag(value: object, name: str, *, missing: bool | None = None) -> bool:
    """Read a yes/no: a bool, a NumPy bool, 1/0 or a documented spelling.

    True/False, NumPy and pandas booleans, the numbers 1 and 0 (also 1.0
    and 0.0: a 0/1 column with gaps) and the texts "true"/"false",
    "yes"/"no", "ja"/"nej", "1"/"0" (any case) are read; anything else is an
    :class:`ArgumentTypeError`, never its truthiness (the text "false" is
    true to Python). A missing value (None, NaN, pandas NA) is ``missing``
    where the field has a "not given", else an error.

    >>> flag("Nej", "pregnant"), flag(1, "pregnant"), flag(None, "pregnant", missing=False)
    (False, True, False)
    """
    if isinstance(value, bool):
        return value
    if _is_missing(value):
        if missing is None:
            message = f"`{name}` needs True or False, got a missing value ({shown(value)})"
            raise ArgumentTypeError(message)
        return missing
    if type(value).__module__ == "numpy" and type(value).__name__ in {"bool_", "bool"}:
        return bool(value)
    if isinstance(value, numbers.Real) and value in {0, 1}:  # a 0/1 column, also as floats
        return bool(value == 1)
    if isinstance(value, str) and len(value) <= 10:
        word = value.strip().casefold()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
    message = (
        f'`{name}` needs True or False (or "true"/"false", "ja"/"nej", 1/0 from a table), '
        f"got {shown(value)}"
    )
    raise ArgumentTypeError(message)
