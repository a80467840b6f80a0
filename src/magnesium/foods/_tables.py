"""Internal: the food tables, read on first use: USDA SR28, Frida and the curated names.

The registry of tables (``data/registry.toml``), the generated tables of
package data (``data/usda_sr28_*.tsv``, ``data/frida_foods.tsv``), the
curated list (``data/foods.toml``) and their indexes by id and by name.
``magnesium.foods`` is the face; ``_food`` builds a :class:`Food` of a row,
``_lookup`` finds one by name.
"""

from __future__ import annotations

import functools
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import attrs

from magnesium import _data, _names
from magnesium.errors import UnknownChoiceError
from magnesium.foods import _search

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__: list[str] = []


#: The food tables: USDA SR28 (September 2015) and Frida (DTU, May 2025).
USDA: Final = "usda"
FRIDA: Final = "frida"


def food_tables() -> tuple[str, ...]:
    """Return the keys of the food tables, as ``table=`` of :func:`find_food` takes them.

    Each is registered in ``data/registry.toml`` with its source, release and
    the language of its names.

    Returns
    -------
    tuple of str
        ``"usda"`` (USDA SR28, September 2015) and ``"frida"`` (DTU's Frida,
        May 2025 release).

    References
    ----------
    .. [1] USDA SR28 (2015) and Frida (DTU Food, 2025): ``get_source("USDASR28")``,
       ``get_source("FRIDA2025")``.

    Examples
    --------
    >>> food_tables()
    ('usda', 'frida')
    """
    return tuple(registered_tables())


@functools.cache
def registered_tables() -> Mapping[str, dict[str, Any]]:  # pragma: no mutate block
    """Return the food tables of data/registry.toml by key, read once."""
    return MappingProxyType({entry["key"]: entry for entry in _data.registry("food_table")})


@functools.cache
def home_tables() -> Mapping[str, str]:  # pragma: no mutate block
    """Return the table whose names are in each language: a query in it prefers it."""
    return MappingProxyType({e["language"]: e["key"] for e in registered_tables().values()})


@attrs.frozen(kw_only=True)
class Portion:
    """A household measure of one food.

    Attributes
    ----------
    description
        The measure, e.g. ``"cup"``, ``"slice"``, ``"small handful"``.
    grams
        Grams in one measure.
    source
        Source key: ``"USDASR28"`` for USDA's measures, ``"ARTICLE"`` for the
        origin article's portions.
    """

    description: str
    grams: float
    source: str = "USDASR28"


@attrs.frozen
class _Curated:
    """Plain names of one food: its USDA NDB number and Frida FoodID where each has it."""

    ndb: str  # USDA, or "" where USDA has no match
    names: tuple[str, ...]  # English
    portions: tuple[Portion, ...] = ()
    note: str = ""
    danish: tuple[str, ...] = ()
    frida: str = ""  # Frida FoodID, or "" where Frida has no entry
    read_as: str = ""  # for an alias that could mean several foods: what it was read as
    volume_ndb: str = ""  # a USDA food whose cup gives a Danish-only food's density
    dk_portions: tuple[Portion, ...] = ()  # Danish measures ("1 skive"), in both tables


# The fields of a [[food]] row of data/foods.toml: type, and whether required.
_FOOD: Final = {
    "usda": (str, True),
    "names": (list, True),
    "danish": (list, False),
    "frida": (str, False),
    "portions": (list, False),
    "dk_portions": (list, False),
    "note": (str, False),
    "read_as": (str, False),
    "volume_usda": (str, False),
}


# The fields of one of a [[food]]'s portions.
_PORTION: Final = {"description": (str, True), "grams": (float, True), "source": (str, True)}


# Read once into a cache before mutmut switches a mutant on: not mutated.
def _portions(
    row: Mapping[str, Any], field: str
) -> tuple[Portion, ...]:  # pragma: no mutate block
    where = f"foods.toml, {row['names'][:1]}, {field}"
    return tuple(
        Portion(description=item["description"], grams=item["grams"], source=item["source"])
        for item in _data.checked(row.get(field, []), _PORTION, where)
    )


@functools.cache
def curated() -> tuple[_Curated, ...]:  # pragma: no mutate block
    """Read the curated foods of data/foods.toml once, on the first food lookup."""
    return tuple(
        _Curated(
            row["usda"],
            tuple(row["names"]),
            _portions(row, "portions"),
            note=row.get("note", ""),
            danish=tuple(row.get("danish", ())),
            frida=row.get("frida", ""),
            read_as=row.get("read_as", ""),
            volume_ndb=row.get("volume_usda", ""),
            dk_portions=_portions(row, "dk_portions"),
        )
        for row in _data.rows("foods.toml", "food", _FOOD)
    )


# Read once into a cache (see _article): not mutated.
def _rows(name: str) -> list[list[str]]:  # pragma: no mutate block
    """Read a generated table of package data (``data/*.tsv``): its rows, fields split.

    The files are made by ``tools/make_usda_table.py`` and
    ``tools/make_frida_table.py``; lines starting with ``#`` give provenance.
    """
    text = resources.files("magnesium").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


@functools.cache
def usda_table() -> tuple[dict[str, tuple[str, str, float]], dict[str, list[Portion]]]:
    """Read the USDA tables once, on first use."""
    foods = {
        ndb: (description, group, float(mg))
        for ndb, description, group, mg in _rows("usda_sr28_foods.tsv")
    }
    portions: dict[str, list[Portion]] = {}
    for ndb, amount, description, grams in _rows("usda_sr28_portions.tsv"):
        portion = Portion(description=description, grams=float(grams) / float(amount))
        portions.setdefault(ndb, []).append(portion)
    return foods, portions


@functools.cache
def frida_table() -> dict[str, tuple[str, str, str, float]]:
    """Read the Frida table once, on first use: id -> names, group, mg."""
    foods = {
        food_id: (name_da, name_en, group_da, float(mg))
        for food_id, name_da, name_en, group_da, _, mg in _rows("frida_foods.tsv")
    }
    for food_id, (name_da, name_en) in _FRIDA_SWAPPED.items():
        if food_id in foods and foods[food_id][0] == name_en:  # still swapped in the data
            foods[food_id] = (name_da, name_en, *foods[food_id][2:])
    return foods


class _Curation(NamedTuple):
    """The curated list indexed: by USDA NDB, by Frida FoodID, by name and by folded name."""

    by_ndb: Mapping[str, _Curated]
    by_frida: Mapping[str, _Curated]
    english: Mapping[str, _Curated]
    danish: Mapping[str, _Curated]
    english_folded: Mapping[str, _Curated]
    danish_folded: Mapping[str, _Curated]


@functools.cache
def curation() -> _Curation:
    """Index the curated list on first use (the first entry for an id gives its portions)."""
    table = curated()
    return _Curation(
        by_ndb={c.ndb: c for c in reversed(table) if c.ndb},
        by_frida={c.frida: c for c in reversed(table) if c.frida},
        english={_names.normalize(name): c for c in table for name in c.names},
        danish={_names.normalize(name): c for c in table for name in c.danish},
        english_folded=_folded(c.names for c in table),
        danish_folded=_folded(c.danish for c in table),
    )


# Built once into a cache (see _article): not mutated.
def _folded(names: Iterable[tuple[str, ...]]) -> dict[str, _Curated]:  # pragma: no mutate block
    """Index curated names by their folded words (the first entry for a key wins)."""
    index: dict[str, _Curated] = {}
    for entry, group in zip(curated(), names, strict=True):
        for name in group:
            index.setdefault(" ".join(_search.words(name)), entry)
    return index


@functools.cache
def descriptions() -> dict[str, str]:
    return {_names.normalize(d): ndb for ndb, (d, _, _) in usda_table()[0].items()}


@functools.cache
def frida_names() -> tuple[dict[str, str], dict[str, str]]:
    """Frida's Danish names (the last row of a name) and English names (the first) -> FoodID."""
    danish: dict[str, str] = {}
    english: dict[str, str] = {}
    for food_id, (name_da, name_en, _, _) in frida_table().items():
        danish[_names.normalize(name_da)] = food_id
        english.setdefault(_names.normalize(name_en), food_id)
    return danish, english


def table_of(table: object) -> str | None:
    if table is None:
        return None
    if isinstance(table, str) and table.strip().casefold() in food_tables():
        return table.strip().casefold()
    raise UnknownChoiceError("food table", str(table), food_tables())


# Frida rows whose two names are in each other's column (the May 2025 release).
_FRIDA_SWAPPED: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {"1973": ("Ris, kogte", "Rice, boiled")}
)
