"""Internal: the package's data files (``magnesium/data``), read on first use and checked.

The library's knowledge lives in data files, each with its schema in a
comment at its top and in docs/architecture.md. TOML for records that people
edit by hand (long notes, optional fields, comments; read by the standard
library's ``tomllib``), TSV for the large food tables. A row that breaks its
schema is a fault in the package, never in the caller's input: the error
names the file, the row and the field.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class DataFileError(ValueError):
    """A packaged data file breaks its schema (a fault in the package)."""


@functools.cache
def toml(name: str) -> dict[str, Any]:
    """Return a TOML file of ``magnesium/data``, parsed once."""
    text = (
        resources.files("magnesium").joinpath("data", *name.split("/")).read_text(encoding="utf-8")
    )
    return tomllib.loads(text)


# The fields of each registry's entries (data/registry.toml).
_REGISTRY: Final[Mapping[str, Mapping[str, tuple[type, bool]]]] = {
    "authority": {"key": (str, True), "file": (str, True), "aliases": (list, False)},
    "food_table": {
        "key": (str, True),
        "source": (str, True),
        "release": (str, True),
        "language": (str, True),
    },
    "language": {"key": (str, True), "name": (str, True), "file": (str, True)},
}


@functools.cache
def registry(kind: str) -> tuple[dict[str, Any], ...]:
    """Return the entries of one registry of data/registry.toml, checked, in order.

    ``kind`` is ``"authority"``, ``"food_table"`` or ``"language"``. Each
    entry names what the library can choose between and the data file that
    holds it; a key given twice is a fault of the file.
    """
    entries = checked(toml("registry.toml").get(kind), _REGISTRY[kind], f"registry.toml, {kind}")
    unique(entries, lambda entry: entry["key"], f"registry.toml, [[{kind}]]")
    return tuple(entries)


def rows(name: str, table: str, schema: Mapping[str, tuple[type, bool]]) -> list[dict[str, Any]]:
    """Return the ``[[table]]`` rows of ``name``, each checked against ``schema``.

    ``schema`` maps each field to its type and whether it is required; a
    field not in it, a missing required one or a value of another type is a
    :class:`DataFileError` naming file, row and field.
    """
    found = toml(name).get(table)
    if not isinstance(found, list) or not found:
        message = f"{name}: no [[{table}]] rows"
        raise DataFileError(message)
    return checked(found, schema, f"{name}, [[{table}]] row")


def checked(
    rows: object, schema: Mapping[str, tuple[type, bool]], where: str
) -> list[dict[str, Any]]:
    """Return a list of rows (TOML tables), each checked; ``where`` names them, numbered."""
    if not isinstance(rows, list):
        message = f"{where}s: a list is expected, got {rows!r}"
        raise DataFileError(message)
    for number, row in enumerate(rows, start=1):
        key = f" ({row['key']})" if isinstance(row, dict) and "key" in row else ""
        check(row, schema, f"{where} {number}{key}")
    return rows


def unique(items: Iterable[_V], key: Callable[[_V], str], name: str) -> Mapping[str, _V]:
    """Return ``items`` by ``key``, in order; a key given twice is a fault of ``name``."""
    found: dict[str, _V] = {}
    for item in items:
        if (k := key(item)) in found:
            message = f"{name}: {k!r} is given twice"
            raise DataFileError(message)
        found[k] = item
    return MappingProxyType(found)


def check(row: object, schema: Mapping[str, tuple[type, bool]], where: str) -> None:
    """Refuse a row (a TOML table) that breaks ``schema``, naming ``where`` and the field."""
    if not isinstance(row, dict):
        message = f"{where}: a table is expected, got {row!r}"
        raise DataFileError(message)
    if stray := sorted(set(row) - set(schema)):
        message = f"{where}: unknown field(s) {stray}; the fields are {sorted(schema)}"
        raise DataFileError(message)
    for field, (kind, required) in schema.items():
        if field not in row:
            if required:
                message = f"{where}: field `{field}` is missing"
                raise DataFileError(message)
            continue
        value = row[field]
        if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
            message = f"{where}: field `{field}` needs {kind.__name__}, got {value!r}"
            raise DataFileError(message)


class LazyMapping(Mapping[_K, _V]):
    """A read-only mapping whose table is read from its data file on first use.

    ``load`` returns the table (cached by its own ``functools.cache``); the
    public tables (``SOURCES``, ``DRUGS``, ``RECORDS``, ``COMPOUNDS``) are
    these, so ``import magnesium`` reads no data file.
    """

    def __init__(self, load: Callable[[], Mapping[_K, _V]], name: str) -> None:
        self._load, self._name = load, name

    def __getitem__(self, key: _K) -> _V:
        return self._load()[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"<magnesium.{self._name}: {len(self)} entries>"
