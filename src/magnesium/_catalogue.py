"""The catalogues: every English text template of the library, per language.

A language is a data file plus one entry in ``data/registry.toml`` (issue
25): its ``[texts]`` give each English template exactly as the code writes
it (gettext style) in that language, with the same ``{fields}``; its
``[numbers]`` the decimal and thousands separators; its ``[units]`` the unit
symbols it writes otherwise ("h" is "t" in Danish). Each is read on the first
rendering in its language. A test reads every template in the source and
checks that each registered language has it, and that nothing there is
unused. English, the language the code is written in, has no file.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _data

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__: list[str] = []


@attrs.frozen
class Catalogue:
    """One language's texts, number separators and unit symbols."""

    texts: Mapping[str, str]
    separators: Mapping[int, str]  # str.translate's table from English separators
    thousands: bool  # whether numbers group thousands (1.234,5)
    units: Mapping[str, str]
    unit_words: re.Pattern[str] | None  # the symbols of `units` as whole words

    def unit_text(self, units: str) -> str:
        """Return unit symbols as this language writes them."""
        if self.unit_words is None:
            return units
        return self.unit_words.sub(lambda m: self.units[m[1]], units)


ENGLISH: Final = Catalogue(MappingProxyType({}), MappingProxyType({}), False,
                           MappingProxyType({}), None)  # fmt: skip
_NUMBERS: Final = {"decimal": (str, True), "thousands": (str, True)}


@functools.cache
def catalogue(lang: str) -> Catalogue:
    """Return the catalogue of a registered language, read from its file once."""
    file = next(e["file"] for e in _data.registry("language") if e["key"] == lang)
    if not file:
        return ENGLISH
    data = _data.toml(file)
    found = data.get("texts")
    if not isinstance(found, dict) or not found:
        message = f"{file}: no [texts] table"
        raise _data.DataFileError(message)
    if wrong := [key for key, value in found.items() if not isinstance(value, str)][:3]:
        message = f"{file}, [texts]: the translation of {wrong} is not a text"
        raise _data.DataFileError(message)
    numbers = data.get("numbers")
    _data.check(numbers, _NUMBERS, f"{file}, [numbers]")
    units = data.get("units", {})
    if not isinstance(units, dict) or not all(isinstance(v, str) for v in units.values()):
        message = f"{file}, [units]: each unit symbol needs a text"
        raise _data.DataFileError(message)
    words = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    return Catalogue(
        texts=MappingProxyType(found),
        separators=MappingProxyType(
            str.maketrans({",": numbers["thousands"], ".": numbers["decimal"]})  # type: ignore[index]
        ),
        thousands=bool(numbers["thousands"]),  # type: ignore[index]
        units=MappingProxyType(units),
        unit_words=re.compile(rf"(?<![A-Za-zµ])({words})(?![A-Za-z])") if units else None,
    )


def texts() -> Mapping[str, str]:
    """Return the Danish of every template (data/da.toml)."""
    return catalogue("da").texts


DANISH: Mapping[str, str] = _data.LazyMapping(texts, "DANISH")
