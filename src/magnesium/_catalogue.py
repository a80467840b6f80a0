"""The Danish catalogue: every English text template of the library, in Danish.

Keys are the English templates exactly as the code writes them (gettext
style); values are Danish templates with the same ``{fields}``. They live in
``magnesium/data/da.toml``, read on the first Danish rendering. A test reads
every template in the source and checks that it is here, and that nothing
here is unused.
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

from magnesium import _data

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__: list[str] = []


@functools.cache
def texts() -> Mapping[str, str]:
    """Return the Danish of every template, read from data/da.toml once."""
    file = next(e["file"] for e in _data.registry("language") if e["key"] == "da")
    found = _data.toml(file).get("texts")
    if not isinstance(found, dict) or not found:
        message = "da.toml: no [texts] table"
        raise _data.DataFileError(message)
    if wrong := [key for key, value in found.items() if not isinstance(value, str)][:3]:
        message = f"da.toml, [texts]: the Danish of {wrong} is not a text"
        raise _data.DataFileError(message)
    return MappingProxyType(found)


DANISH: Mapping[str, str] = _data.LazyMapping(texts, "DANISH")
