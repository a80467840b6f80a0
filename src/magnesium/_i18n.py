"""Texts in English and Danish: messages that render in the language asked for.

Every human-readable text the library produces is a :class:`Msg`: an English
template (the key of the catalogues, gettext style) and its parameters. It
renders in English by default, or in a registered language from its catalogue
(:mod:`magnesium._catalogue`: texts, number separators, unit symbols), chosen
per call (``to_text(lang="da")``) or for a block or a thread
(:class:`language`, a context variable: never for the whole process). In
Danish, numbers are written with a decimal comma and a thousands point
(1.234,5), hours are "t" and days "dag"; counted nouns take their singular or
plural form (:func:`plural`). A text a catalogue lacks is shown in English,
as gettext does; tests hold every registered catalogue complete. Proper
names (:class:`Name`) carry the English and Danish forms their sources give
(Frida, the medicine catalogue); another language shows the English form.
"""

from __future__ import annotations

import contextvars
import enum
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from magnesium import _data
from magnesium._names import LazyPattern
from magnesium.errors import UnknownNameError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from magnesium._catalogue import Catalogue

__all__: list[str] = []

Lang = str  # a key of data/registry.toml's [[language]] entries (check_lang)
# The languages are registered in data/registry.toml (read at import with the
# authorities); English is the language every text is written in.
LANGUAGES: Final[tuple[Lang, ...]] = tuple(entry["key"] for entry in _data.registry("language"))


def languages() -> tuple[str, ...]:
    """Return the languages every text of the library renders in (``lang=``).

    Registered in ``data/registry.toml``, each with the catalogue of its
    texts; English, the language the texts are written in, first.

    Returns
    -------
    tuple of str
        ``"en"`` and ``"da"`` (Danish).

    References
    ----------
    .. [1] The Danish catalogue: ``magnesium/data/da.toml``.

    Examples
    --------
    >>> languages()
    ('en', 'da')
    """
    return LANGUAGES


def _catalogue(lang: str) -> Catalogue:
    """Return a language's catalogue, imported on the first rendering in it."""
    from magnesium._catalogue import catalogue  # noqa: PLC0415 - deferred: read on first use

    return catalogue(lang)


# The language of a `with language(...)` block: a context variable, so each thread
# (and each asyncio task) has its own, and nothing is global.
_CURRENT: Final = contextvars.ContextVar("magnesium_language", default="en")


def check_lang(lang: object = None) -> Lang:
    """Return ``lang`` if it is a supported language (``None``: the block's), else raise."""
    if lang is None:
        return _CURRENT.get()
    if isinstance(lang, str) and lang in LANGUAGES:
        return lang
    raise UnknownNameError("language", str(lang), LANGUAGES)


class language:  # noqa: N801 - used as a function, as torch.set_grad_enabled is
    """Set the default language of texts, HTML reprs and charts.

    In a ``with`` block, for the block, and restored when it ends; called
    on its own (``mg.language("da")``, as a notebook's first cell does), from
    then on, for the thread that called it, so a notebook's displays after
    the cell are Danish too (as ``torch.set_grad_enabled`` serves both ways).
    A context variable: other threads and asyncio tasks keep their own, and
    a ``lang=`` given to a call still wins.

    Parameters
    ----------
    lang
        A key of :func:`languages`, such as ``"da"``.

    Returns
    -------
    language
        A context manager; ``with`` gives the language set.

    References
    ----------
    .. [1] Python's :mod:`contextvars` (PEP 567).

    Examples
    --------
    >>> import magnesium as mg
    >>> report = mg.assess_intake([mg.supplement(elemental="300 mg")])
    >>> with mg.language("da"):
    ...     print(report.headline)
    ...     print(report.to_text("en").splitlines()[0])  # lang= still wins
    Magnesiumindtag: i alt 300,0 mg, fra tilskud 300,0 mg, over den øvre grænse
    Magnesium intake: total 300.0 mg, supplemental 300.0 mg, over the ceiling
    >>> report.headline
    'Magnesium intake: total 300.0 mg, supplemental 300.0 mg, over the ceiling'
    """

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self._token = _CURRENT.set(self.lang)

    def __enter__(self) -> str:
        return self.lang

    def __exit__(self, *exc: object) -> None:
        _CURRENT.reset(self._token)


# A format spec split before its precision and type: "8,.1f" -> "8,", ".1", "f".
# The head stops at a point or a type letter (a lazy head would try every length).
_SPEC: Final = LazyPattern(r"(?P<head>[^.defgn%]*+)(?P<precision>\.\d++)?(?P<type>[defgn%]?)")


def format_number(value: float, spec: str = "", lang: str = "en") -> str:
    """Format a number as ``format`` does; in Danish with 1.234,5 separators.

    Each language's separators are its catalogue's ``[numbers]``; Danish
    groups thousands from four digits on, as Danish style writes them;
    English output is exactly ``format(value, spec)``.

    >>> format_number(1234.5, ".1f", "da"), format_number(0.25, "g", "da")
    ('1.234,5', '0,25')
    >>> format_number(1234.5, ".1f")
    '1234.5'
    """
    if lang == "en":
        return format(value, spec)
    numbers = _catalogue(lang)
    match = _SPEC.fullmatch(spec)
    if numbers.thousands and match is not None and not match["head"].endswith((",", "_")):
        spec = f"{match['head']},{match['precision'] or ''}{match['type']}"
    return format(value, spec).translate(numbers.separators)


class _Number(NamedTuple):
    """A number that writes Danish separators in Danish."""

    value: float | int
    lang: Lang

    def __format__(self, spec: str) -> str:
        return format_number(self.value, spec, self.lang)


def unit_text(units: str, lang: str = "en") -> str:
    """Return a unit symbol as written in ``lang``: ``"mg/d"`` is ``"mg/dag"`` in Danish.

    The symbols a language writes otherwise are its catalogue's ``[units]``.

    >>> unit_text("mg/d", "da"), unit_text("h", "da"), unit_text("mmol/L", "da")
    ('mg/dag', 't', 'mmol/L')
    """
    if lang == "en":
        return units
    return _catalogue(lang).unit_text(units)


@attrs.frozen(repr=False, eq=False)
class Msg:
    """A text: an English template and its parameters, rendered on demand.

    Two texts are equal when they say the same in English, so that a stored
    text read back (``verbatim``) equals the text it was written from.
    """

    template: str
    params: tuple[tuple[str, object], ...] = ()
    verbatim: bool = False  # a stored text read back (from_dict): shown as it is

    def render(self, lang: str | None = None) -> str:
        """Return the text in ``lang`` (a key of :func:`languages`; by default the block's)."""
        chosen = check_lang(lang)
        if self.verbatim:
            return self.template
        template = (
            self.template
            if chosen == "en"
            else _catalogue(chosen).texts.get(self.template, self.template)
        )
        if not self.params:
            return template
        return template.format(**{k: _value(v, chosen) for k, v in self.params})

    def __str__(self) -> str:
        return self.render()  # the block's language (English outside any)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Msg):
            return NotImplemented
        return self.render("en") == other.render("en")

    def __hash__(self) -> int:
        return hash(self.render("en"))

    def __repr__(self) -> str:
        return f"Msg({self.render('en')!r})"


@attrs.frozen
class Name:
    """A proper name with its Danish form, such as a medicine's generic name.

    The forms its sources give; another language shows the English form.
    """

    en: str
    da: str

    def render(self, lang: str | None = None) -> str:
        """Return the name in ``lang`` (by default the block's)."""
        return self.da if check_lang(lang) == "da" else self.en

    def __str__(self) -> str:
        return self.render()


def source_keys(keys: Iterable[str]) -> Name:
    """Return source keys for a sentence: the origin article is "artiklen" in Danish.

    Other keys are the bibliography's identifiers, the same in every language.
    """
    chosen = tuple(keys)
    return Name(", ".join(chosen), ", ".join("artiklen" if k == "ARTICLE" else k for k in chosen))


def _value(value: object, lang: Lang) -> object:
    if isinstance(value, Msg | Name):
        return value.render(lang)
    if isinstance(value, tuple) and all(isinstance(v, Msg) for v in value):
        return " ".join(v.render(lang) for v in value)  # sentences, one after another
    if isinstance(value, enum.Enum):
        return text(str(value.value), lang)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _Number(value, lang)
    return value


def plural(count: int, one: str, other: str) -> Msg:
    """Return ``one`` for a count of 1 and ``other`` otherwise, with ``{count}`` filled.

    Both templates are catalogue keys, so the Danish forms come from the catalogue
    ("1 forholdsregel", "2 forholdsregler"); no "(s)" or "(er)".
    """
    return msg(one if count == 1 else other, count=count)


def name_text(name: str, lang: str | None = None) -> str:
    """Return a name in ``lang``: the catalogue's form where it has one.

    For names from data tables (compound names, item labels): a name the
    catalogue lacks, such as a USDA food description, is shown as it is.
    """
    chosen = check_lang(lang)
    if chosen == "en":
        return name
    return _catalogue(chosen).texts.get(name, name)


def msg(template: str, **params: object) -> Msg:
    """Return a message; ``template`` is the English text with ``{name}`` fields."""
    return Msg(template, tuple(params.items()))


def text(english: str, lang: str | None = None) -> str:
    """Return a fixed English text (a word, a label) in ``lang``."""
    return Msg(english).render(lang)


def N_(english: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark a text kept in a table as one to translate; returns it unchanged."""
    return english
