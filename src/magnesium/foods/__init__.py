"""The food tables: USDA SR28 and the Danish table Frida, magnesium per 100 g, and names.

Two tables, one lookup. Every one of the 8,050 USDA SR28 foods with a
magnesium value is here, with USDA's household measures; so are the 1,267
foods of Frida, the Danish food composition database (DTU, May 2025
release). A Danish name ("mandler", "rugbrød", "havregryn") resolves in
Frida and an English one in USDA SR28, unless ``table=`` chooses. A curated
list maps plain names to entries of both tables, and adds the portion
weights that the origin article defines (a small handful of almonds is 30 g;
its 1 dl of coarse oats is 50 g) and Danish household measures with their
sources ("1 skive rugbrød", "1 håndfuld mandler", "1 glas mælk"). The tables
load on first use, so ``import magnesium`` stays fast. Every food says which
table, id and release its value comes from.

References
----------
.. [1] US Department of Agriculture, Agricultural Research Service, Nutrient
   Data Laboratory (2015). USDA National Nutrient Database for Standard
   Reference, Release 28. Nutrient 304, magnesium.
.. [2] Frida Food Data / Fødevaredata (frida.fooddata.dk), May 2025 release,
   National Food Institute, Technical University of Denmark. Parameter 184.
.. [3] Mænd Online. Magnesium og muskelkramper (consumer article, Danish):
   the portion weights marked ``ARTICLE``.

Examples
--------
>>> from magnesium.foods import find_food
>>> almonds = find_food("almonds")
>>> almonds.description, almonds.mg_per_100g, almonds.table
('Nuts, almonds', 270.0, 'usda')
>>> mandler = find_food("mandler")
>>> mandler.description, round(mandler.mg_per_100g, 1), mandler.table
('Mandel, rå', 263.8, 'frida')
>>> mandler.magnesium("30 g")
<Quantity(79.1..., 'milligram')>
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, NamedTuple, overload

import attrs

from magnesium import _data, _names, _units
from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, check_lang, msg, plural, source_keys, text
from magnesium.errors import (
    AmbiguousNameError,
    ArgumentTypeError,
    InvalidAmountError,
    UnitError,
    UnknownChoiceError,
    UnknownNameError,
)
from magnesium.foods import _search

# Portions of one food in one item: this library's bound.
_MAX_PORTIONS: Final = 100

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    import pandas as pd
    from pint.facets.plain import PlainQuantity

__all__ = [
    "ARTICLE_FOODS",
    "FRIDA",
    "USDA",
    "ArticleFood",
    "Food",
    "FoodSearch",
    "Portion",
    "find_food",
    "food_tables",
    "search_foods",
]

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
    return tuple(_registered_tables())


@functools.cache
def _registered_tables() -> Mapping[str, dict[str, Any]]:  # pragma: no mutate block
    """Return the food tables of data/registry.toml by key, read once."""
    return MappingProxyType({entry["key"]: entry for entry in _data.registry("food_table")})


@functools.cache
def _home_tables() -> Mapping[str, str]:  # pragma: no mutate block
    """Return the table whose names are in each language: a query in it prefers it."""
    return MappingProxyType({e["language"]: e["key"] for e in _registered_tables().values()})


# US customary volumes of USDA's measure words, in mL (NIST Handbook 44).
_VOLUME_ML: Final[Mapping[str, float]] = MappingProxyType(
    {
        "cup": 236.5882365,
        "tbsp": 14.78676478125,
        "tablespoon": 14.78676478125,
        "tsp": 4.92892159375,
        "teaspoon": 4.92892159375,
        "fl oz": 29.5735295625,
        "pint": 473.176473,
        "quart": 946.352946,
    }
)
# Measure words a user may type (normalised): Danish plurals to the singular,
# then each word to its counterpart in the other language, tried second.
_MEASURE_SINGULAR: Final[Mapping[str, str]] = MappingProxyType(
    {
        "skiver": "skive",
        "handfulde": "handfuld",
        "portioner": "portion",
        "kopper": "kop",
        "styk": "stk",
        "stykke": "stk",
        "stykker": "stk",
    }
)
_MEASURE_TRANSLATION: Final[Mapping[str, str]] = MappingProxyType(
    {
        "skive": "slice",
        "slice": "skive",
        "handfuld": "handful",
        "handful": "handfuld",
        "lille handfuld": "small handful",
        "small handful": "lille handfuld",
        "kop": "cup",
        "spsk": "tbsp",
        "tsk": "tsp",
    }
)
# The size words of USDA's measures ("medium (7\" to 7-7/8\" long)", "potato large").
_SIZE_WORDS: Final = frozenset({"small", "medium", "large"})
# A Danish glass ("1 glas mælk") is a volume, 2 dl, read at the food's density.
_GLASS_LITRES: Final = 0.2
_GLASS_SOURCE: Final = "GLASS2DL"
_DENSITY_TOLERANCE: Final = 0.02  # measures within 2 % of each other agree


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


@attrs.frozen(kw_only=True, repr=False)
class Food(Displayable):
    """One food of USDA SR28 or of Frida, the Danish food table.

    Attributes
    ----------
    ndb
        The food's id in its table, as text: a USDA NDB number, five digits
        (``"12061"``), or a Frida FoodID (``"35"``).
    description
        USDA long description, or Frida's Danish name.
    group
        The table's food group.
    mg_per_100g
        Magnesium per 100 g edible portion. [mg/100 g]
    portions
        Household measures: the article's portions first, then USDA's in
        USDA's order.
    names
        The curated English and Danish names that lead here, if any.
    note
        What to know about the mapping from a plain name to this entry.
    table
        ``"usda"`` or ``"frida"``.
    english
        Frida's English name ("" for USDA foods, whose description is English).
    volume_from
        For a Frida food: the USDA food whose volume measure gives its density.
    """

    ndb: str
    description: str
    group: str
    mg_per_100g: float
    portions: tuple[Portion, ...] = ()
    names: tuple[str, ...] = ()
    note: str = ""
    source: str = "USDASR28"
    table: str = USDA
    english: str = ""
    volume_from: str = ""

    _derived = ("release",)

    @property
    def release(self) -> str:
        """The table's release the value comes from."""
        return str(_registered_tables()[self.table]["release"])

    def _title(self, lang: str) -> str:
        if self.table == FRIDA:
            return msg(
                "{description} (Frida {ndb}, {release}): {mg:.1f} mg magnesium per 100 g",
                description=self.description if lang == "da" else self.english,
                ndb=self.ndb,
                release=msg(self.release),
                mg=self.mg_per_100g,
            ).render(lang)
        return msg(
            "{description} (USDA SR28 {ndb}): {mg:g} mg magnesium per 100 g",
            description=self.description,
            ndb=self.ndb,
            mg=self.mg_per_100g,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("group", lang), self.group)]
        if self.table == FRIDA:
            lines.insert(0, (text("Danish name", lang), self.description))
            lines.append((text("attribution", lang), text(_ATTRIBUTION, lang)))
        if self.names:
            lines.append((text("names", lang), ", ".join(self.names)))
        lines += [
            (
                text("household measure", lang),
                msg(
                    "1 {measure} = {grams:g} g ({source})",
                    measure=p.description,
                    grams=p.grams,
                    source=source_keys([p.source]),
                ).render(lang),
            )
            for p in self.portions
        ]
        if self.note:
            lines.append((text("note", lang), text(self.note, lang)))
        return lines

    def grams(self, amount: object, *, measure: str | None = None) -> tuple[float, Msg]:
        """Return the grams in ``amount`` of this food and how they were found.

        ``amount`` is a mass (``"30 g"``), a volume (``"1 dl"``, converted
        with the density of USDA's cup, tablespoon or teaspoon measure; name
        one with ``measure`` where USDA gives several that differ) or a count
        of a household measure (``"2 slices"``, ``"1 small handful"``).
        """
        described = ""
        if measure is not None and not isinstance(measure, str):
            message = (
                f"`measure` needs a USDA measure's name such as 'cup, whole', "
                f"got {_names.shown(measure)}"
            )
            raise ArgumentTypeError(message)
        if isinstance(amount, str):
            amount = _units.fractions(_names.check_length(amount, "an amount"))
            counted = self._count_measure(amount) or self._glasses(amount, measure)
            if counted is not None:
                return counted
            typed, (amount, described) = amount, _customary(amount)
            match = _units.AMOUNT.match(amount)
            if match is not None:  # before is_unit: pint knows "gr", as grains
                _units.grains(match[2], self._needs_amount(amount))
            if match is not None and match[2] and not _units.is_unit(match[2]):
                raise UnitError(self._needs_amount(amount))
        try:
            grams = (
                _units.magnitude(amount, _units.MASS, name="amount", bounds=_units.FOOD_MASS)
                / 1000.0
            )
        except UnitError:
            pass
        else:
            if described:
                return grams, msg('mass ("{typed}" read as {mass})', typed=typed, mass=amount)
            return grams, msg("mass")
        try:
            if described:  # only a mass may name what it weighs ("1.5 oz bar")
                raise UnitError(self._needs_amount(amount))
            litres = _units.magnitude(
                amount, _units.VOLUME, name="amount", bounds=_units.DAY_VOLUME
            )
        except UnitError:
            raise UnitError(self._needs_amount(amount)) from None
        per_ml, used = self._density(measure)
        return litres * 1000.0 * per_ml, msg(
            'volume, at the density of USDA\'s "{measure}"', measure=used
        )

    def magnesium(self, amount: object, *, measure: str | None = None) -> PlainQuantity[float]:
        """Return the magnesium in ``amount`` of this food. [mg]

        Examples
        --------
        >>> find_food("black beans").magnesium("1 dl")
        <Quantity(50.8..., 'milligram')>
        """
        grams, _ = self.grams(amount, measure=measure)
        return _units.quantity(self.mg_per_100g * grams / 100.0, "mg")

    def _needs_amount(self, amount: object) -> str:
        examples = ", ".join(f'"1 {p.description}"' for p in self.portions[:3])
        measures = f" such as {examples}" if examples else ""
        return (
            f'`amount` of "{self.description}" needs a mass such as "30 g", a volume '
            f'such as "1 dl" or a household measure{measures}, got {_names.shown(amount)}'
        )

    def _count(self, number: str, text: str) -> float:
        _units.ambiguous(
            number, f'`amount` of "{self.description}" needs a count, got {_names.shown(text)}'
        )
        count = float(number.replace(",", "."))
        if not 0 <= count <= _MAX_PORTIONS:
            message = (
                f'`amount` of "{self.description}" needs a count of portions from 0 to '
                f"{_MAX_PORTIONS}, got {_names.shown(text)}"
            )
            raise InvalidAmountError(message)
        return count

    def _portion(self, wanted: str, typed: str) -> Portion | None:
        keyed = _portion_keys(self.portions)
        exact = [p for key, p in keyed if key == wanted]
        # "slice" also finds "slice, regular" when that is the only slice measure.
        heads = exact or [p for key, p in keyed if key.startswith(wanted + " ")]
        if not heads and wanted in _SIZE_WORDS:
            heads = self._sized(keyed, wanted)
        # One description listed twice with weights apart by rounding (oats: "cup"
        # 81 g and "0.333 cup" 27 g): the first listed, USDA's primary measure, counts.
        first: dict[str, Portion] = {}
        for portion in heads:
            first.setdefault(portion.description, portion)
        if len({p.grams for p in first.values()}) > 1:
            raise AmbiguousNameError(f'measure of "{self.description}"', typed, list(first))
        return heads[0] if heads else None

    def _sized(self, keyed: tuple[tuple[str, Portion], ...], size: str) -> list[Portion]:
        """Return the measure a size word names after the item ("potato medium").

        Where USDA gives one whole item and no sizes (avocado: "avocado, NS as to
        Florida or California"), that average item is "medium", and only that.
        """
        sized = [p for key, p in keyed if size in key.split()[1:3]]
        if sized or size != "medium":
            return sized
        item = _singular(self.description.split(",", 1)[0])
        whole = [p for key, p in keyed if key.split()[:1] == [item]]
        unsized = not any(w in key.split() for key, _ in keyed for w in _SIZE_WORDS)
        return whole if len(whole) == 1 and unsized else []

    def _count_measure(self, text: str) -> tuple[float, Msg] | None:
        match = _units.AMOUNT.match(text)
        if match is None or not match[2]:
            return None
        typed = _names.normalize(match[2])
        typed = _MEASURE_SINGULAR.get(typed, typed)
        words = (typed, _MEASURE_TRANSLATION.get(typed, typed), *_without_shape(typed))
        portion = next(
            (p for p in (self._portion(_singular(w), match[2]) for w in words) if p), None
        )
        if portion is None:
            return None
        count = self._count(match[1], text)
        how = msg(
            '{count:g} × "{measure}" ({grams:g} g, {source})',
            count=count,
            measure=portion.description,
            grams=portion.grams,
            source=portion.source,
        )
        return count * portion.grams, how

    def _glasses(self, text: str, measure: str | None) -> tuple[float, Msg] | None:
        match = _units.AMOUNT.match(text)
        if match is None or _names.normalize(match[2] or "") != "glas":
            return None
        count = self._count(match[1], text)
        per_ml, used = self._density(measure)
        how = msg(
            '{count:g} × glas (2 dl, {source}), at the density of USDA\'s "{measure}"',
            count=count,
            source=_GLASS_SOURCE,
            measure=used,
        )
        return count * _GLASS_LITRES * 1000.0 * per_ml, how

    def _density(self, measure: str | None) -> tuple[float, str]:
        if self.table == FRIDA:
            if not self.volume_from:  # Frida has no household measures
                message = (
                    f'Frida gives no volume measure for "{self.description}"; give a mass '
                    'such as "30 g"'
                )
                raise UnitError(message)
            per_ml, used = _food(self.volume_from)._density(measure)  # noqa: SLF001
            return per_ml, f"{used}, USDA SR28 {self.volume_from}"
        candidates = []
        for portion in self.portions:
            head = re.split(r"[,(]", portion.description, maxsplit=1)[0].strip()
            if head in _VOLUME_ML and portion.source == "USDASR28":
                candidates.append((portion.grams / _VOLUME_ML[head], portion.description))
        if measure is not None:
            wanted = _names.normalize(measure)
            candidates = [c for c in candidates if _names.normalize(c[1]) == wanted]
        if not candidates:
            message = (
                f"USDA gives no volume measure{f' {measure!r}' if measure else ''} for "
                f'"{self.description}"; give a mass such as "30 g"'
            )
            raise UnitError(message)
        first = candidates[0][0]
        if any(abs(d / first - 1) > _DENSITY_TOLERANCE for d, _ in candidates):
            options = [description for _, description in candidates]
            raise AmbiguousNameError(f'volume measure of "{self.description}"', "", options)
        return candidates[0]


def _without_shape(typed: str) -> list[str]:
    """Return a measure without its leading shape words ("rectangular biscuit": "biscuit").

    A size or unit word is never dropped: "large" asks for another measure than
    "small", and "ounce bar" is no bar.
    """
    words = typed.split()
    shorter = []
    for i in range(1, len(words)):
        if words[i - 1] in _SIZE_WORDS or words[i - 1] in _UNIT_WORDS:
            break
        shorter.append(" ".join(words[i:]))
    return shorter


# US customary unit words as USDA and NIH print them, in any case ("2 Tablespoons",
# "3 Ounces", "8 fl. oz."), to the unit pint reads. Words of one or two letters
# count only as pint writes them ("ML" is a megalitre, "G" a gauss).
_MASS_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    dict.fromkeys(("ounce", "ounces", "oz"), "oz")
    | dict.fromkeys(("pound", "pounds", "lb", "lbs"), "lb")
    | dict.fromkeys(("gram", "grams"), "g")
    | dict.fromkeys(("kilogram", "kilograms"), "kg")
)
_VOLUME_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    dict.fromkeys(("cup", "cups"), "cup")
    | dict.fromkeys(("tablespoon", "tablespoons", "tbsp", "tbs"), "tablespoon")
    | dict.fromkeys(("teaspoon", "teaspoons", "tsp"), "teaspoon")
    | dict.fromkeys(("fluid ounce", "fluid ounces", "fl oz", "floz"), "floz")
    | dict.fromkeys(("pint", "pints"), "pint")
    | dict.fromkeys(("quart", "quarts"), "quart")
    | dict.fromkeys(("liter", "liters", "litre", "litres"), "L")
    | dict.fromkeys(("deciliter", "deciliters", "decilitre", "decilitres"), "dL")
    | dict.fromkeys(("milliliter", "milliliters", "millilitre", "millilitres"), "mL")
)
_UNIT_WORDS: Final = frozenset(w for k in (*_MASS_WORDS, *_VOLUME_WORDS) for w in k.split())
# An ounce or a pound may be followed by what it weighs, as US tables print
# it ("1.5 ounce bar", "4 ounce ready-to-eat portion"): words, never a count or
# a plural ("2 oz pieces" is pieces of 2 oz, how many unknown).
_WEIGHING: Final = frozenset({"oz", "lb"})
_WEIGHED = re.compile(r"[a-z][a-z -]*[a-z]")


def _customary(amount: str) -> tuple[str, str]:
    """Read a customary unit word in any case; return the amount and what a mass weighs.

    ``"2 Tablespoons"`` -> ``("2 tablespoon", "")``; ``"1.5 ounce bar"`` ->
    ``("1.5 oz", "bar")``. Any other amount is returned as it is.
    """
    match = _units.AMOUNT.match(amount)
    if match is None or not match[2]:
        return amount, ""
    unit = " ".join(match[2].casefold().replace(".", " ").split())
    known = _MASS_WORDS.get(unit) or _VOLUME_WORDS.get(unit)
    if known is not None:
        return f"{match[1]} {known}", ""
    first, _, rest = unit.partition(" ")
    weighs = _MASS_WORDS.get(first) in _WEIGHING and _WEIGHED.fullmatch(rest) is not None
    if weighs and not (rest.endswith("s") and not rest.endswith("ss")):
        return f"{match[1]} {_MASS_WORDS[first]}", rest
    return amount, ""


@functools.lru_cache(maxsize=4096)
def _portion_keys(portions: tuple[Portion, ...]) -> tuple[tuple[str, Portion], ...]:
    """Each measure's lookup key, computed once per food (not at every amount)."""
    return tuple((_singular(p.description), p) for p in portions)


def _singular(text: str) -> str:
    words = _names.normalize(text).split()
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    )


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
def _table() -> tuple[dict[str, tuple[str, str, float]], dict[str, list[Portion]]]:
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
def _frida() -> dict[str, tuple[str, str, str, float]]:
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
def _curation() -> _Curation:
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


_ATTRIBUTION: Final = N_(
    "Frida Food Data / Fødevaredata (frida.fooddata.dk), May 2025 release, National Food "
    "Institute, Technical University of Denmark"
)


@functools.cache
def _food(ndb: str) -> Food:
    foods, portions = _table()
    description, group, mg = foods[ndb]
    curated = _curation().by_ndb.get(ndb)
    return Food(
        ndb=ndb,
        description=description,
        group=group,
        mg_per_100g=mg,
        portions=(
            *((*curated.portions, *curated.dk_portions) if curated else ()),
            *portions.get(ndb, ()),
        ),
        names=(*curated.names, *curated.danish) if curated else (),
        note=curated.note if curated and not curated.frida else "",
    )


@functools.cache
def _frida_food(food_id: str) -> Food:
    name_da, name_en, group_da, mg = _frida()[food_id]
    curated = _curation().by_frida.get(food_id)
    article = tuple(p for p in curated.portions if p.source == "ARTICLE") if curated else ()
    danish = curated.dk_portions if curated else ()
    # Frida has no household measures: its USDA twin's, named as USDA's, stand in
    twin = tuple(_table()[1].get(curated.ndb, ())) if curated and curated.ndb else ()
    return Food(
        ndb=food_id,
        description=name_da,
        english=name_en,
        group=group_da,
        mg_per_100g=mg,
        portions=(*danish, *article, *twin),
        names=(*curated.danish, *curated.names) if curated else (),
        source="FRIDA2025",
        table=FRIDA,
        volume_from=(curated.ndb or curated.volume_ndb) if curated else "",
    )


@functools.cache
def _descriptions() -> dict[str, str]:
    return {_names.normalize(d): ndb for ndb, (d, _, _) in _table()[0].items()}


@functools.cache
def _frida_names() -> tuple[dict[str, str], dict[str, str]]:
    """Frida's Danish names (the last row of a name) and English names (the first) -> FoodID."""
    danish: dict[str, str] = {}
    english: dict[str, str] = {}
    for food_id, (name_da, name_en, _, _) in _frida().items():
        danish[_names.normalize(name_da)] = food_id
        english.setdefault(_names.normalize(name_en), food_id)
    return danish, english


def _table_of(table: object) -> str | None:
    if table is None:
        return None
    if isinstance(table, str) and table.strip().casefold() in food_tables():
        return table.strip().casefold()
    raise UnknownChoiceError("food table", str(table), food_tables())


def find_food(name: str, *, table: str | None = None, lang: str | None = None) -> Food:
    """Find a food by plain name, id or the table's own name, in USDA SR28 or Frida.

    Parameters
    ----------
    name
        A curated English or Danish name (``"almonds"``, ``"mandler"``), a
        USDA NDB number (``"12061"``), a USDA long description (``"Nuts,
        almonds"``) or a Frida name (``"Mandel, rå"``); case, accents and
        punctuation do not matter.
    table
        ``"usda"`` or ``"frida"``; by default a Danish name (a curated Danish
        alias or a Frida name) resolves in Frida and an English one in USDA
        SR28. With ``table="frida"`` an id is a Frida FoodID.
    lang
        ``"en"`` or ``"da"``: the name's language, where its words do not say.

    A name that is none of these is searched (:func:`search_foods`), and the
    top hit is taken only when it is clearly ahead: it holds every typed word
    and scores at least 1.15 times every other hit whose magnesium differs
    from its own by more than 5 %.

    Returns
    -------
    Food
        The entry, which says its table, id and release.

    Raises
    ------
    UnknownNameError
        If nothing has this name, or no hit is clearly ahead; ``candidates``
        holds the best hits (see also :func:`search_foods`).
    UnknownChoiceError
        If ``table`` is neither ``"usda"`` nor ``"frida"``.

    References
    ----------
    .. [1] USDA ARS (2015). National Nutrient Database for Standard Reference,
       Release 28.
    .. [2] Frida Food Data / Fødevaredata, May 2025 release, DTU.

    Examples
    --------
    >>> find_food("havregryn").description
    'Havregryn, uspec.'
    >>> find_food("havregryn", table="usda").description
    'Cereals, oats, regular and quick, not fortified, dry'
    >>> find_food("16015").mg_per_100g
    70.0
    """
    return resolve(name, table=table, lang=lang)[0]


def resolve(
    name: object, *, table: object = None, lang: str | None = None
) -> tuple[Food, Msg | None]:
    """Return the food a name means and, if it came from the search, what it was read as."""
    if not isinstance(name, str):
        message = f"`name` needs a food name such as 'almonds', got {_names.shown(name)}"
        raise ArgumentTypeError(message)
    chosen = _table_of(table)
    found = _lookup_food(_names.normalize(name), chosen, lang)
    if found is not None:
        return found, None
    hits = _ranked(name, chosen, lang, _CANDIDATES)
    index = _food_index()
    foods = [_hit_food(index.keys[h.doc]) for h in hits]
    typed_words = dict.fromkeys(_search.words(name))  # each once, in order
    typed = len([w for w in typed_words if w not in _FORM_WORDS])
    if hits and hits[0].matched >= typed and _clearly_ahead(hits, foods):
        top = foods[0]
        how = msg(
            '"{name}" read as {food} ({table} {id}), the clear best match',
            name=name,
            food=top.description,
            table=_TABLE_NAMES[top.table],
            id=top.ndb,
        )
        return top, how
    typed_set = set(typed_words)
    candidates = [_candidate(f, typed_set) for f in foods]
    raise UnknownNameError("food", name, list(dict.fromkeys(candidates)))


def _candidate(food: Food, typed: set[str]) -> str:
    """Name a hit as a suggestion: a curated name that shares a typed word, else its own."""
    for name in food.names:
        if typed & set(_search.words(name)):
            return name
    return food.description


_CANDIDATES: Final = 5
# Words of how a food is cut or measured ("avocado, cubed"), which the tables keep in
# their measures: a name need not hold them.
_FORM_WORDS: Final = frozenset(
    _search.words("cubed cubes diced chopped sliced shredded mashed whole medium large small")
)
_TABLE_NAMES: Final = MappingProxyType({USDA: "USDA SR28", FRIDA: "Frida"})
# Hits within 5 % of the top hit's magnesium per 100 g give the same answer (less
# than the tables' own uncertainty): they do not stand in the way of reading the top
# one ("with salt" / "without salt", raw / dry roasted almonds).
_SAME_MAGNESIUM: Final = 0.05


def _clearly_ahead(hits: list[_search.Hit], foods: list[Food]) -> bool:
    """Return whether the top hit leads every other that would give another answer.

    It must score at least :data:`MARGIN` times each hit whose magnesium per
    100 g differs from the top one's by more than 5 %.
    """
    top_score, top_mg = hits[0].score, foods[0].mg_per_100g
    for hit, food in zip(hits[1:], foods[1:], strict=True):
        same = abs(food.mg_per_100g - top_mg) <= _SAME_MAGNESIUM * max(top_mg, 1.0)
        if not same and top_score < MARGIN * hit.score:
            return False
    return True


def _lookup_food(  # noqa: PLR0911 - one return per rule
    key: str, table: str | None, lang: str | None = None
) -> Food | None:
    """Return the food a normalised name means in ``table`` (None: by its language).

    A curated name as typed, or in another form of its words ("mandlerne",
    "rugbroed"); an id; a table's own name.
    """
    curation = _curation()
    danish, english = curation.danish.get(key), curation.english.get(key)
    if danish is None and english is None:  # another form of a curated name's words
        folded = " ".join(_search.words(key))
        danish, english = curation.danish_folded.get(folded), curation.english_folded.get(folded)
        if danish is not None and english is not None and lang != "da":
            danish = None  # both languages' names: English, as a tie of words reads
    curated = danish or english
    if curated is not None:
        danish_wanted = danish is not None or not curated.ndb or lang == "da"
        wants_frida = table == FRIDA or (table is None and danish_wanted)
        if wants_frida and curated.frida:
            return _frida_food(curated.frida)
        if curated.ndb and table != FRIDA:
            return _food(curated.ndb)
        if table == USDA:
            return None  # a Danish-only food asked for in USDA
    if key.isdigit():
        if table == FRIDA:
            return _frida_food(key) if key in _frida() else None
        if key.zfill(5) in _table()[0]:
            return _food(key.zfill(5))
    if table != FRIDA and (ndb := _descriptions().get(key)) is not None:
        return _food(ndb)
    danish_names, english_names = _frida_names()
    if table != USDA and (food_id := danish_names.get(key)) is not None:
        return _frida_food(food_id)
    # Frida's English names are translations: asked for in English, USDA's
    # foods come first ("Banana, raw" is USDA's banana), so only table="frida"
    # reads them as they are; the search finds them otherwise.
    if table == FRIDA and (food_id := english_names.get(key)) is not None:
        return _frida_food(food_id)
    return None


def read_as(name: str) -> str:
    """Return what an ambiguous curated alias was read as ("" for every other name).

    A name found by the search says so on the item itself (see ``food``).

    >>> read_as("kakao")
    '"kakao" read as the drink, cocoa milk (Frida 1205); say "kakaopulver" for the powder'
    """
    curated = _curation().danish.get(_names.normalize(name)) or _curation().english.get(
        _names.normalize(name)
    )
    return curated.read_as if curated is not None else ""


class _FoodIndex(NamedTuple):
    """Both tables in one ranked index: each document's (table, id), and each language's words."""

    ranker: _search.Index
    keys: tuple[tuple[str, str], ...]
    english: frozenset[str]
    danish: frozenset[str]
    boosts: Mapping[str, tuple[float, ...]]


# A name the curated list gives counts a little more than a table's own name:
# "æg" is the hen's egg, not the duck's.
_CURATED_WEIGHT: Final = 1.3
# A hit in the other table than the query's language counts this much: used when
# only the other table has the food, and said so.
_OTHER_TABLE: Final = 0.7
# mg.food takes the top hit only when it scores at least this much more than the
# next one that is not the same food in the other table (see _resolve).
MARGIN: Final = 1.15


@functools.cache
def _food_index() -> _FoodIndex:
    """Build the index of both tables on first use (about 0.3 s)."""
    documents: list[list[tuple[str, float]]] = []
    keys: list[tuple[str, str]] = []
    english: set[str] = set()
    danish: set[str] = set()
    for ndb, (description, _, _) in _table()[0].items():
        curated = _curation().by_ndb.get(ndb)
        names = [(description, 1.0)]
        if curated is not None:
            # Danish names lead to Frida where it has the food: not to USDA too
            local = () if curated.frida else curated.danish
            names += [(n, _CURATED_WEIGHT) for n in (*curated.names, *local)]
            danish.update(w for n in local for w in _search.words(n))
        english.update(w for n, _ in names[:1] for w in _search.words(n))
        documents.append(names)
        keys.append((USDA, ndb))
    for food_id, (name_da, name_en, _, _) in _frida().items():
        curated = _curation().by_frida.get(food_id)
        names = [(name_da, 1.0), (name_en, 0.9)]
        if curated is not None:
            # English names lead to USDA where it has the food: not to Frida too
            foreign = () if curated.ndb else curated.names
            names += [(n, _CURATED_WEIGHT) for n in (*curated.danish, *foreign)]
            english.update(w for n in foreign for w in _search.words(n))
            danish.update(w for n in curated.danish for w in _search.words(n))
        danish.update(_search.words(name_da))
        english.update(_search.words(name_en))
        documents.append(names)
        keys.append((FRIDA, food_id))
    boosts = {
        lang: tuple(1.0 if table == home else _OTHER_TABLE for table, _ in keys)
        for lang, home in _home_tables().items()
    }
    return _FoodIndex(
        _search.Index(documents), tuple(keys), frozenset(english), frozenset(danish), boosts
    )


# Frida rows whose two names are in each other's column (the May 2025 release).
_FRIDA_SWAPPED: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {"1973": ("Ris, kogte", "Rice, boiled")}
)
_DANISH_LETTERS: Final = frozenset("æøåÆØÅ")


_DANISH_MEASURES: Final = frozenset(
    {"stk", "stk.", "styk", "stykke", "stykker", "skive", "skiver", "spsk", "spsk.", "tsk",
     "tsk.", "glas", "kop", "kopper", "bæger", "bægre", "håndfuld", "håndfulde"}
)  # fmt: skip


def measure_language(amount: object) -> str | None:
    """Return "da" when an amount counts a Danish household measure ("2 skiver"), else None."""
    if not isinstance(amount, str):
        return None
    words = amount[:_MEASURE_TEXT].split(None, 2)
    return "da" if len(words) > 1 and words[1].casefold() in _DANISH_MEASURES else None


_MEASURE_TEXT: Final = 40  # characters: a count and a measure word lie within them


def query_language(query: str, lang: str | None = None) -> str:
    """Return the language a food name is read in: ``lang``, or the language of its words.

    A word only Frida's Danish names hold counts for Danish, a word only the
    English names hold for English; æ, ø and å mean Danish; a tie is English.
    """
    if lang is not None:
        if lang not in _home_tables():
            raise UnknownChoiceError("language", str(lang), tuple(_home_tables()))
        return lang
    index = _food_index()
    read = [r[:1] for r in index.ranker.read_words(query)]  # a typo: its likeliest reading
    danish = sum(any(w in index.danish and w not in index.english for w in r) for r in read)
    english = sum(any(w in index.english and w not in index.danish for w in r) for r in read)
    if danish != english:
        return "da" if danish > english else "en"
    return "da" if _DANISH_LETTERS & set(query) else "en"


def _hit_food(key: tuple[str, str]) -> Food:
    table, food_id = key
    return _food(food_id) if table == USDA else _frida_food(food_id)


def _ranked(query: str, table: str | None, lang: str | None, limit: int) -> list[_search.Hit]:
    index = _food_index()
    boost = index.boosts[query_language(query, lang)]
    wanted = limit if table is None else limit * 20
    hits = index.ranker.search(query, boost=boost, limit=wanted)
    if table is not None:
        hits = [h for h in hits if index.keys[h.doc][0] == table]
    return hits[:limit]


def search_foods(
    query: str, *, limit: int = 10, table: str | None = None, lang: str | None = None
) -> FoodSearch:
    """Return the foods that best match ``query``, in USDA SR28 and Frida, best first.

    Words may come in any order and form: case, punctuation, plurals, Danish
    and English inflections, æ/ae, ø/oe and å/aa, cooking words (boiled,
    cooked, kogt, kogte) and one- or two-letter typos are read. An English
    query ranks USDA SR28 first and a Danish one Frida (``lang=`` sets the
    language, ``table=`` keeps one table). The ranking is BM25 over the
    foods' names, curated names counting a little more; see the Food tables
    page for how well it finds what people type.

    Parameters
    ----------
    query
        Words of a food name, English or Danish.
    limit
        At most this many hits (1-100).
    table
        ``"usda"`` or ``"frida"``: search one table only.
    lang
        ``"en"`` or ``"da"``: the query's language, where its words do not
        say (``"broccoli"`` is both).

    Returns
    -------
    FoodSearch
        The hits, best first: a sequence of :class:`Food` that shows as a
        table in a notebook and converts with ``to_frame()``.

    Examples
    --------
    >>> [(f.table, f.ndb) for f in search_foods("almonds", limit=3)]
    [('usda', '12061'), ('usda', '12063'), ('usda', '04529')]
    >>> [f.description for f in search_foods("æg", limit=2)]
    ['Æg, høne, skrabehøns, rå', 'Æg, and, rå']
    >>> search_foods("spinach boiled", limit=1)[0].description
    'Spinach, cooked, boiled, drained, without salt'
    """
    if not isinstance(query, str):
        message = f"`query` needs words such as 'almonds', got {_names.shown(query)}"
        raise ArgumentTypeError(message)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= _MAX_HITS:  # type: ignore[redundant-expr] # a caller may pass anything
        message = f"`limit` needs a whole number from 1 to {_MAX_HITS}, got {_names.shown(limit)}"
        raise InvalidAmountError(message)
    chosen = _table_of(table)
    _names.check_length(query, "a food name")
    foods = [_hit_food(_food_index().keys[h.doc]) for h in _ranked(query, chosen, lang, limit)]
    # What mg.food reads a name as comes first: a curated name, an id, a table's name
    exact = _lookup_food(_names.normalize(query), chosen, lang) if query.strip() else None
    if exact is not None:
        foods = [exact, *(f for f in foods if f != exact)][:limit]
    return FoodSearch(query=query, foods=tuple(foods))


_MAX_HITS: Final = 100


@attrs.frozen(kw_only=True, repr=False)
class FoodSearch(Displayable, Sequence["Food"]):
    """What :func:`search_foods` found: a sequence of foods, best first.

    Attributes
    ----------
    query
        The words searched for.
    foods
        The hits, best first.
    """

    query: str
    foods: tuple[Food, ...]

    @overload
    def __getitem__(self, position: int) -> Food: ...
    @overload
    def __getitem__(self, position: slice) -> tuple[Food, ...]: ...
    def __getitem__(self, position: int | slice) -> Food | tuple[Food, ...]:
        return self.foods[position]

    def __len__(self) -> int:
        return len(self.foods)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, tuple):
            return self.foods == other
        if isinstance(other, FoodSearch):
            return (self.query, self.foods) == (other.query, other.foods)
        return NotImplemented

    def __hash__(self) -> int:
        # A search equals the tuple of its foods (what search_foods returned before
        # issue 23), so it hashes as that tuple: equal values, equal hashes.
        return hash(self.foods)

    def _title(self, lang: str) -> str:
        return msg(
            'Foods for "{query}": {count}',
            query=self.query,
            count=plural(len(self.foods), "{count} hit", "{count} hits"),
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [(f"{f.table} {f.ndb}", _hit_line(f, lang)) for f in self.foods]

    def rows(self, lang: str | None = None) -> list[dict[str, object]]:
        """Return one dictionary per hit: table, id, names, mg per 100 g, measures."""
        lang = check_lang(lang)
        return [
            {
                "table": f.table,
                "id": f.ndb,
                "description": _described(f, lang),
                "danish": f.description if f.table == FRIDA else "",
                "english": f.english if f.table == FRIDA else f.description,
                "mg_per_100g": f.mg_per_100g,
                "measures": ", ".join(p.description for p in f.portions),
            }
            for f in self.foods
        ]

    def to_frame(self, lang: str | None = None) -> pd.DataFrame:
        """Return the hits as a pandas DataFrame, one row each (needs pandas)."""
        import pandas as pd  # noqa: PLC0415 - optional, only for this

        columns = ["table", "id", "description", "danish", "english", "mg_per_100g", "measures"]
        return pd.DataFrame(self.rows(lang), columns=columns)


def _described(food: Food, lang: str) -> str:
    """Return the food's name in ``lang`` where its table has it (Frida has both)."""
    if food.table == FRIDA and lang == "en" and food.english:
        return food.english
    return food.description


def _hit_line(food: Food, lang: str) -> str:
    measures = ", ".join(p.description for p in food.portions[:4])
    both = (
        f"{food.description} / {food.english}"
        if food.table == FRIDA and food.english
        else food.description
    )
    line = msg("{name}: {mg:.1f} mg/100 g", name=both, mg=food.mg_per_100g).render(lang)
    return f"{line}; {measures}" if measures else line


@attrs.frozen(kw_only=True)
class ArticleFood:
    """A row of the origin article's food table, to set beside USDA's figure.

    Attributes
    ----------
    food
        A curated food name.
    amount
        The article's portion, as an amount :meth:`Food.magnesium` reads.
    article_mg
        What the article says the portion holds. [mg]
    """

    food: str
    amount: str
    article_mg: float
    source: str = "ARTICLE"

    def usda_mg(self) -> PlainQuantity[float]:
        """USDA SR28's magnesium for the same portion. [mg]"""
        return find_food(self.food).magnesium(self.amount)


#: The article's food table ("Kostkilder"), for comparison with USDA SR28.
ARTICLE_FOODS: Final = (
    ArticleFood(food="almonds", amount="30 g", article_mg=80.0),
    ArticleFood(food="coarse oats", amount="50 g", article_mg=65.0),  # the article's 1 dl
    ArticleFood(food="black beans", amount="1 dl", article_mg=60.0),
    ArticleFood(food="raw spinach", amount="50 g", article_mg=40.0),
    ArticleFood(food="whole-grain bread", amount="2 slices", article_mg=30.0),
)
