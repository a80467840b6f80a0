"""Texts in English and Danish: messages that render in the language asked for.

Every human-readable text the library produces is a :class:`Msg`: an English
template (the key of the catalogue, gettext style) and its parameters. It
renders in English by default, or in Danish from the one catalogue in
:mod:`magnesium._catalogue`, chosen per call (``to_text(lang="da")``); there is
no global language switch. In Danish, numbers are written with a decimal
comma.
"""

from __future__ import annotations

import enum
from typing import Final, Literal

import attrs

from magnesium._catalogue import DANISH
from magnesium.errors import UnknownNameError

__all__: list[str] = []

Lang = Literal["en", "da"]
LANGUAGES: Final = ("en", "da")


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is a supported language, else raise."""
    if lang == "en":
        return "en"
    if lang == "da":
        return "da"
    raise UnknownNameError("language", str(lang), LANGUAGES)


@attrs.frozen
class _Number:
    """A number that writes a decimal comma in Danish."""

    value: float | int
    lang: Lang

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        return text.replace(".", ",") if self.lang == "da" else text


@attrs.frozen(repr=False)
class Msg:
    """A text: an English template and its parameters, rendered on demand."""

    template: str
    params: tuple[tuple[str, object], ...] = ()
    verbatim: bool = False  # a stored text read back (from_dict): shown as it is

    def render(self, lang: str = "en") -> str:
        """Return the text in ``lang`` (``"en"`` or ``"da"``)."""
        chosen = check_lang(lang)
        if self.verbatim:
            return self.template
        template = self.template if chosen == "en" else DANISH[self.template]
        if not self.params:
            return template
        return template.format(**{k: _value(v, chosen) for k, v in self.params})

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Msg({self.render('en')!r})"


@attrs.frozen
class Name:
    """A proper name with its Danish form, such as a medicine's generic name."""

    en: str
    da: str

    def render(self, lang: str = "en") -> str:
        """Return the name in ``lang``."""
        return self.da if check_lang(lang) == "da" else self.en

    def __str__(self) -> str:
        return self.en


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


def msg(template: str, **params: object) -> Msg:
    """Return a message; ``template`` is the English text with ``{name}`` fields."""
    return Msg(template, tuple(params.items()))


def text(english: str, lang: str = "en") -> str:
    """Return a fixed English text (a word, a label) in ``lang``."""
    return Msg(english).render(lang)


def N_(english: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark a text kept in a table as one to translate; returns it unchanged."""
    return english
