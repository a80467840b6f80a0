"""Internal: one food of a table and the amounts of it people give.

:class:`Food` reads an amount as a mass, a volume (at the density of a USDA
measure) or a count of a household measure, in English and Danish, with
fractions and US customary unit words as printed tables write them.
``usda_food`` and ``frida_food`` build a food of a table's row with its
curated names and measures (``_tables``).
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _names, _units
from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, msg, source_keys, text
from magnesium.errors import (
    AmbiguousNameError,
    ArgumentTypeError,
    InvalidAmountError,
    MagnesiumError,
    UnitError,
)
from magnesium.foods._tables import (
    FRIDA,
    USDA,
    Portion,
    curation,
    frida_table,
    registered_tables,
    usda_table,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pint.facets.plain import PlainQuantity

__all__: list[str] = []


# Portions of one food in one item: this library's bound.
_MAX_PORTIONS: Final = 100


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
        return str(registered_tables()[self.table]["release"])

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
        of a household measure (``"2 slices"``, ``"1 small handful"``); or
        one of these printed two ways, the second in parentheses
        (``"125 mL (½ cup)"``, ``"2/3 cup (55g)"``: see ``_restated``).
        """
        if measure is not None and not isinstance(measure, str):
            message = (
                f"`measure` needs a USDA measure's name such as 'cup, whole', "
                f"got {_names.shown(measure)}"
            )
            raise ArgumentTypeError(message)
        if not isinstance(amount, str):
            return self._read(amount, measure)[:2]
        typed = _names.check_length(amount, "an amount")
        try:
            return self._read(_units.fractions(typed), measure)[:2]
        except MagnesiumError:
            restated = _two_ways(typed)
            if restated is None:
                raise
        return self._restated(*restated, measure)

    def _restated(self, first: str, second: str, measure: str | None) -> tuple[float, Msg]:
        """Read one amount printed two ways: "125 mL (½ cup)", "2/3 cup (55 g)".

        Where both sides can be read for this food they must agree within
        ``_RESTATED_TOLERANCE``; the mass is used (a label's own weight), or
        else the first. Where one side names a measure this food lacks
        ("125 mL" of a food USDA gives no volume for), the other is used and
        the item says so; a side that is no amount at all is refused.
        """
        readings: list[tuple[float, Msg, bool]] = []
        failed: list[tuple[str, MagnesiumError]] = []
        for part in (first, second):
            try:
                readings.append(self._read(_units.fractions(part), measure))
            except MagnesiumError as error:
                failed.append((part, error))
        if not failed:
            (one, _, _), (other, _, _) = readings
            if abs(one - other) > _RESTATED_TOLERANCE * max(one, other):
                message = (
                    f'`amount` of "{self.description}" says {first!r} ({one:g} g) and '
                    f"{second!r} ({other:g} g), which disagree; give one amount"
                )
                raise InvalidAmountError(message)
            grams, how, _ = next((r for r in readings if r[2]), readings[0])
            return grams, msg(
                '{how}; "{first} ({second})" read as one amount',
                how=how,
                first=first,
                second=second,
            )
        unread, refusal = failed[0]
        word = _unit_word(unread)
        if not readings or word is None:
            raise refusal
        grams, how, mass = readings[0]
        # A mass needs nothing of the food; anything else stands alone only
        # where the other side is a unit or measure this food lacks.
        if not (mass or isinstance(refusal, AmbiguousNameError) or _units.is_unit(word)):
            raise refusal
        return grams, msg('{how}; "{unread}" not read for this food', how=how, unread=unread)

    def _read(self, amount: object, measure: str | None) -> tuple[float, Msg, bool]:
        """Return the grams in ``amount``, how they were found and whether it was a mass."""
        described = ""
        if isinstance(amount, str):
            counted = self._count_measure(amount) or self._glasses(amount, measure)
            if counted is not None:
                return (*counted, False)
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
                how = msg('mass ("{typed}" read as {mass})', typed=typed, mass=amount)
                return grams, how, True
            return grams, msg("mass"), True
        try:
            litres = _units.magnitude(
                amount, _units.VOLUME, name="amount", bounds=_units.DAY_VOLUME
            )
        except UnitError:
            raise UnitError(self._needs_amount(amount)) from None
        per_ml, used = self._density(measure)
        how = msg('volume, at the density of USDA\'s "{measure}"', measure=used)
        return litres * 1000.0 * per_ml, how, False

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
        words = (typed, _MEASURE_TRANSLATION.get(typed, typed), _without_shape(typed))
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
            per_ml, used = usda_food(self.volume_from)._density(measure)  # noqa: SLF001
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


def _without_shape(typed: str) -> str:
    """Return a measure without its leading shape words ("rectangular biscuit": "biscuit").

    Only words of shape are dropped: "heaping", "thin" or "large" ask for
    another measure than the food's, and such an amount is refused.
    """
    words = typed.split()
    start = 0
    while start < len(words) - 1 and words[start] in _SHAPE_WORDS:
        start += 1
    return " ".join(words[start:])


# One amount printed two ways, the second in parentheses: Canadian tables print
# "125 mL (½ cup)", US Nutrition Facts labels "2/3 cup (55g)". The two sides
# are roundings of one amount (½ cup is 118 mL): they may differ by a quarter.
_RESTATED_TOLERANCE: Final = 0.25


def _unit_word(text: str) -> str | None:
    """Return the word of an amount ("125 mL": "mL"); None for text that is no amount."""
    match = _units.AMOUNT.match(_customary(_units.fractions(text))[0])
    return match[2] if match is not None and match[2] else None


def _two_ways(amount: str) -> tuple[str, str] | None:
    """Split ``"125 mL (½ cup)"`` into its two sides; None for any other text."""
    first, bracket, rest = amount.partition("(")
    second, closing, after = rest.partition(")")
    if not bracket or not closing or after.strip() or "(" in second:
        return None
    if not first.strip() or not second.strip():
        return None
    return first.strip(), second.strip()


# Words that say only how a measure is shaped, as printed tables add them.
_SHAPE_WORDS: Final = frozenset({"rectangular", "round", "square", "oval"})


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
# An ounce or a pound may be followed by what it weighs, as US tables print
# it ("1.5 ounce bar", "4 ounce ready-to-eat portion"): words, never a count or
# a word ending in s ("2 oz pieces" is pieces of 2 oz, how many unknown; an
# "8 ounce glass" is fluid ounces).
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
    if weighs and not rest.endswith("s"):  # a plural ("pieces"), or a glass: fluid ounces?
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


_ATTRIBUTION: Final = N_(
    "Frida Food Data / Fødevaredata (frida.fooddata.dk), May 2025 release, National Food "
    "Institute, Technical University of Denmark"
)


@functools.cache
def usda_food(ndb: str) -> Food:
    foods, portions = usda_table()
    description, group, mg = foods[ndb]
    curated = curation().by_ndb.get(ndb)
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
def frida_food(food_id: str) -> Food:
    name_da, name_en, group_da, mg = frida_table()[food_id]
    curated = curation().by_frida.get(food_id)
    article = tuple(p for p in curated.portions if p.source == "ARTICLE") if curated else ()
    danish = curated.dk_portions if curated else ()
    # Frida has no household measures: its USDA twin's, named as USDA's, stand in
    twin = tuple(usda_table()[1].get(curated.ndb, ())) if curated and curated.ndb else ()
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
