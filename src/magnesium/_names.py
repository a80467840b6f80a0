"""Name normalisation and closest-match suggestions, shared by every lookup table."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from magnesium.errors import MAX_INPUT_LENGTH, ArgumentTypeError, InputTooLongError

__all__: list[str] = []

# Danish letters that do not decompose under NFKD; folded so that "rugbrod"
# finds "rugbrød" and both spellings of a name meet in one key.
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ð": "d", "þ": "th"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


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
    message = f"{what}, got {values!r}"
    if not isinstance(values, Iterable) or isinstance(values, bytes | str | Mapping):
        raise ArgumentTypeError(message)
    try:
        return list(values)
    except TypeError:
        raise ArgumentTypeError(message) from None


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
_DOUBLED = re.compile(r"(.)\1+")


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
