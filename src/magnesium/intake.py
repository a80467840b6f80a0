"""A day's magnesium intake: items, their sum, and the supplement ceiling.

Every item knows its elemental magnesium, whether it counts toward the
supplement ceiling and where its figures come from. The ceiling (the SCF's
250 mg/day, used by EFSA) counts supplements, magnesium medicines and
magnesium in water or added to drinks; magnesium naturally in food never
counts. :func:`assess_intake` sums a day and compares it with the ceiling and
with the recommended intake.

References
----------
.. [1] SCF (2001). Tolerable Upper Intake Level of magnesium; scope as worded
   by EFSA NDA Panel (2018), EFSA Journal 16(12):5484.
.. [2] EFSA NDA Panel (2015). Dietary Reference Values for magnesium. EFSA
   Journal 13(7):4186.
.. [3] EFSA NDA Panel (2010). Dietary Reference Values for water. EFSA
   Journal 8(3):1459.
.. [4] Beller GA et al. (1975). Changes in serum and sweat magnesium levels
   during work in the heat. Aviat Space Environ Med 46(5):709-712.

Examples
--------
>>> import magnesium as mg
>>> day = [
...     mg.food("almonds", "30 g"),
...     mg.supplement("magnesium citrate", "1.5 g"),
...     mg.water("1.5 L", magnesium="100 mg/L"),
... ]
>>> report = mg.assess_intake(day, sex="male", age=40)
>>> report.supplemental
<Quantity(392.4..., 'milligram')>
>>> report.exceeds_ceiling, report.headroom
(True, <Quantity(0.0, 'milligram')>)
"""

from __future__ import annotations

import enum
import math
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _compounds, _fluids, _names, _public, _records, _reference, _units
from magnesium._display import Displayable, quantity_text
from magnesium._fluids import (
    FluidTarget,
    SweatLoss,
    fluid_target,
    sweat_loss,
)
from magnesium._i18n import N_, Msg, msg, name_text, text
from magnesium.errors import ArgumentTypeError, InvalidRecordError, NoReferenceValueError
from magnesium.foods import FRIDA, measure_language, read_as, resolve
from magnesium.reference import (
    Authority,
    ReferenceValue,
    Sex,
    reference_intake,
    upper_level,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from pint.facets.plain import PlainQuantity

__all__ = [
    "FluidTarget",
    "IntakeItem",
    "IntakeReport",
    "ItemKind",
    "SweatLoss",
    "assess_intake",
    "fluid_target",
    "food",
    "medicine",
    "supplement",
    "sweat_loss",
    "water",
]
#: Mean sweat magnesium of Beller et al. (1975), the default of :func:`sweat_loss`.
DEFAULT_SWEAT_MAGNESIUM: Final = _fluids.DEFAULT_SWEAT_MAGNESIUM
# Implemented in magnesium._fluids; documented, pickled and shown as this module's.
_public.claim(__name__, globals(), ["FluidTarget", "SweatLoss", "fluid_target", "sweat_loss"])

_CEILING_SOURCE: Final = "SCF2001"
_ELEMENTAL: Final = " elemental"  # an amount given as elemental magnesium, as the item shows it
# The version of IntakeItem.to_dict's layout: raise it when a field changes meaning.
ITEM_SCHEMA: Final = "magnesium.IntakeItem/1"


class ItemKind(enum.StrEnum):
    """What an intake item is; all but food count toward the ceiling."""

    FOOD = "food"
    SUPPLEMENT = "supplement"
    WATER = "water"
    MEDICINE = "medicine"


@attrs.frozen(kw_only=True, repr=False)
class IntakeItem(Displayable):
    """One thing eaten, drunk or taken, with its elemental magnesium.

    Make items with :func:`food`, :func:`supplement`, :func:`water` and
    :func:`medicine`.

    Attributes
    ----------
    kind
        Food, supplement, water or medicine.
    name
        What it is, as found: a USDA description, a compound name or a label.
    amount
        The amount as given, as text.
    elemental_mg
        Elemental magnesium. [mg] (``elemental`` gives it as a Quantity)
    counts_toward_ceiling
        Whether it counts toward the supplemental upper level.
    explanation
        How the figure was found.
    assumptions
        What was assumed (a default compound form, a mapped food name).
    sources
        Keys of :data:`magnesium.sources.SOURCES` behind the figure.
    """

    kind: ItemKind
    name: str
    amount: str
    elemental_mg: float
    counts_toward_ceiling: bool
    explanation: Msg
    assumptions: tuple[Msg, ...] = ()
    sources: tuple[str, ...] = ()
    # The inputs :func:`food` and friends computed ``elemental_mg`` from.
    # attrs.evolve copies it, so an item whose inputs were changed
    # (evolve(item, amount="60 g")) is refused instead of keeping the old
    # figure. None for items built by hand or read with from_dict.
    _computed_from: tuple[object, ...] | None = attrs.field(
        default=None, eq=False, repr=False, alias="_computed_from", metadata={"internal": True}
    )

    _derived = ("elemental",)

    def __attrs_post_init__(self) -> None:
        if self._computed_from not in (None, _figure_inputs(self)):
            _, name, amount, mg, _ = self._computed_from
            message = (
                f"IntakeItem: its {mg:g} mg were computed for {amount!r} of {name!r}; "
                "an item with another kind, name, amount or figure is made anew with "
                "magnesium.food, supplement, water or medicine, not with attrs.evolve"
            )
            raise InvalidRecordError(message)

    @property
    def elemental(self) -> PlainQuantity[float]:
        """Elemental magnesium. [mg]"""
        return _units.quantity(self.elemental_mg, "mg")

    def _title(self, lang: str) -> str:
        return msg(
            "{kind}: {name} ({amount}), {mg:.1f} mg",
            kind=self.kind,
            name=name_text(self.name, lang),
            amount=_amount_text(self.amount, lang),
            mg=self.elemental_mg,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        ceiling = text("yes", lang) if self.counts_toward_ceiling else text("no (food)", lang)
        lines = [
            (text("elemental", lang), msg("{mg:.1f} mg", mg=self.elemental_mg).render(lang)),
            (text("counts toward the ceiling", lang), ceiling),
            (text("how", lang), self.explanation.render(lang)),
        ]
        lines += [(text("assumed", lang), a.render(lang)) for a in self.assumptions]
        return [*lines, (text("sources", lang), ", ".join(self.sources))]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return the item as JSON-ready types, texts in ``lang``, with its schema version.

        ``schema`` is ``"magnesium.IntakeItem/1"``; :meth:`from_dict` reads this
        version (and records without the key, as written before it existed).
        """
        return {"schema": ITEM_SCHEMA, **super().to_dict(lang=lang)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IntakeItem:
        """Rebuild an item from :meth:`to_dict` output (e.g. stored as JSON).

        Every field is checked: a missing key, a wrong type, an unknown kind or
        schema version raises :class:`~magnesium.errors.InvalidRecordError`
        naming the field and what was expected.

        Examples
        --------
        >>> item = food("almonds", "30 g")
        >>> IntakeItem.from_dict(item.to_dict()).to_dict() == item.to_dict()
        True
        """
        record = _records.Record(data, "IntakeItem")
        record.schema(ITEM_SCHEMA)
        kind = record.text("kind")
        if kind not in {k.value for k in ItemKind}:
            record.fail("kind", f"one of {', '.join(k.value for k in ItemKind)}", kind)
        mg = record.number("elemental_mg")
        return cls(
            kind=ItemKind(kind),
            name=record.text("name"),
            amount=record.text("amount"),
            elemental_mg=mg,
            counts_toward_ceiling=record.flag("counts_toward_ceiling"),
            explanation=Msg(record.text("explanation"), verbatim=True),
            assumptions=tuple(Msg(a, verbatim=True) for a in record.texts("assumptions")),
            sources=record.texts("sources"),
        )


# The fields an item's figure follows from.
_FIGURE_FIELDS: Final = ("kind", "name", "amount", "elemental_mg", "counts_toward_ceiling")


def _figure_inputs(item: IntakeItem) -> tuple[object, ...]:
    return tuple(getattr(item, name) for name in _FIGURE_FIELDS)


def _computed_item(**fields: Any) -> IntakeItem:
    """Make an item whose figure was computed here (guarded against a stale evolve)."""
    return IntakeItem(**fields, _computed_from=tuple(fields[n] for n in _FIGURE_FIELDS))


def _text(amount: object) -> str:
    return amount.strip() if isinstance(amount, str) else f"{amount:~P}"


def food(
    name: str,
    amount: object,
    *,
    measure: str | None = None,
    table: str | None = None,
    lang: str | None = None,
) -> IntakeItem:
    """Return an intake item for an amount of a food.

    Parameters
    ----------
    name
        A plain English or Danish name, a USDA NDB number or description
        (see :func:`magnesium.foods.find_food`).
    amount
        A mass (``"30 g"``), a volume (``"1 dl"``) or a household measure
        (``"2 slices"``, ``"1 small handful"``).
    measure
        For a volume: which USDA volume measure gives the density, where USDA
        has several that differ (``"cup, whole"``).
    table
        ``"usda"`` or ``"frida"``; by default a Danish name resolves in Frida
        (the Danish food table) and an English one in USDA SR28. The item says
        which table, food id and release its value came from.
    lang
        ``"en"`` or ``"da"``: the name's language where its words do not say;
        a Danish measure in ``amount`` ("1 stk", "2 skiver") says Danish.

    A name the tables do not hold as typed is searched, and read as the top
    hit when that is clearly ahead; the item then says what it was read as
    (see :func:`magnesium.foods.find_food`).

    Returns
    -------
    IntakeItem
        A food item; it never counts toward the ceiling.

    References
    ----------
    .. [1] USDA ARS (2015). National Nutrient Database for Standard Reference,
       Release 28.

    Examples
    --------
    >>> food("almonds", "30 g").elemental
    <Quantity(81.0, 'milligram')>
    >>> food("whole-grain bread", "2 slices").elemental
    <Quantity(48.0, 'milligram')>
    >>> print(food("mandler", "30 g").explanation)
    Frida 35 (May 2025 release): 263.8 mg/100 g × 30 g (mass)
    """
    entry, searched = resolve(name, table=table, lang=lang or measure_language(amount))
    grams, how = entry.grams(amount, measure=measure)
    sources = (entry.source, "ARTICLE") if "ARTICLE" in str(how) else (entry.source,)
    explanation = msg(
        "USDA SR28 {ndb}: {per_100g:g} mg/100 g × {grams:.4g} g ({how})",
        ndb=entry.ndb,
        per_100g=entry.mg_per_100g,
        grams=grams,
        how=how,
    )
    if entry.table == FRIDA:
        explanation = msg(
            "Frida {ndb} ({release}): {per_100g:.1f} mg/100 g × {grams:.4g} g ({how})",
            ndb=entry.ndb,
            release=msg(entry.release),
            per_100g=entry.mg_per_100g,
            grams=grams,
            how=how,
        )
    assumptions = [msg(note) for note in (read_as(name), entry.note) if note]
    if searched is not None:
        assumptions.insert(0, searched)
    return _computed_item(
        kind=ItemKind.FOOD,
        name=entry.description,
        amount=_text(amount),
        elemental_mg=entry.mg_per_100g * grams / 100.0,
        counts_toward_ceiling=False,
        explanation=explanation,
        assumptions=tuple(assumptions),
        sources=sources,
    )


def _salt(kind: ItemKind, name: str | None, amount: object, elemental: object) -> IntakeItem:
    """Shared body of :func:`supplement` and :func:`medicine`."""
    if (amount is None) == (elemental is None):
        message = (
            f"a {kind.value} needs either the compound mass, e.g. "
            f"{kind.value}('magnesium citrate', '1.5 g'), or `elemental`, e.g. "
            f"{kind.value}('magnesium citrate', elemental='250 mg'), not both or neither"
        )
        raise ArgumentTypeError(message)
    if elemental is not None:
        mg = _units.magnitude(
            elemental, _units.MAGNESIUM, name="elemental", bounds=_units.ITEM_ELEMENTAL
        )
        label = _compounds.resolve_compound(name)[0].name if name is not None else "magnesium"
        return _computed_item(
            kind=kind,
            name=label,
            amount=_text(elemental) + _ELEMENTAL,
            elemental_mg=mg,
            counts_toward_ceiling=True,
            explanation=msg("{mg:g} mg elemental magnesium as labelled", mg=mg),
            sources=(_CEILING_SOURCE,),
        )
    if name is None:
        message = f"a {kind.value} given as compound mass needs the compound's name"
        raise ArgumentTypeError(message)
    entry, assumed = _compounds.resolve_compound(name)
    mass = _units.magnitude(amount, _units.MASS, name="amount", bounds=_units.ITEM_COMPOUND)
    fraction = entry.magnesium_fraction
    formula = entry.formula or msg("mixed salt")
    return _computed_item(
        kind=kind,
        name=entry.name,
        amount=_text(amount),
        elemental_mg=mass * fraction,
        counts_toward_ceiling=True,
        explanation=msg(
            "{mass:g} mg {name} ({formula}) × {percent:.2f} % magnesium",
            mass=mass,
            name=msg(entry.name),
            formula=formula,
            percent=fraction * 100,
        ),
        assumptions=(
            (
                msg(
                    '"{given}" read as {name}: {note}',
                    given=name,
                    name=msg(entry.name),
                    note=msg(entry.default_reason),
                ),
            )
            if assumed
            else ()
        ),
        sources=(*entry.sources, _CEILING_SOURCE),
    )


def supplement(
    compound: str | None = None, amount: object = None, *, elemental: object = None
) -> IntakeItem:
    """Return an intake item for a magnesium supplement.

    Give either the compound and its mass, which is converted to elemental
    magnesium from the formula, or the elemental amount from the label.

    Parameters
    ----------
    compound
        A compound name (see :func:`magnesium.compound`); optional with
        ``elemental``.
    amount
        Mass of the compound, e.g. ``"1.5 g"``. [mass]
    elemental
        Elemental magnesium, e.g. ``"100 mg"`` or ``"4 mmol"``.

    Returns
    -------
    IntakeItem
        A supplement item; it counts toward the ceiling.

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weights 2021.
    .. [2] SCF (2001): supplements count toward the upper level.

    Examples
    --------
    >>> supplement("magnesium citrate", "1.5 g").elemental
    <Quantity(242.4..., 'milligram')>
    >>> supplement("magnesium bisglycinate", elemental="100 mg").elemental
    <Quantity(100.0, 'milligram')>
    """
    return _salt(ItemKind.SUPPLEMENT, compound, amount, elemental)


def medicine(name: str, amount: object = None, *, elemental: object = None) -> IntakeItem:
    """Return an intake item for a magnesium medicine (antacid or laxative).

    Parameters
    ----------
    name
        The magnesium compound in the medicine, e.g. ``"magnesium hydroxide"``
        or ``"milk of magnesia"``.
    amount
        Mass of the compound. [mass]
    elemental
        Elemental magnesium instead of ``amount``.

    Returns
    -------
    IntakeItem
        A medicine item; it counts toward the ceiling.

    References
    ----------
    .. [1] SCF (2001); the article: antacids and laxatives count.

    Examples
    --------
    >>> medicine("magnesium hydroxide", "500 mg").elemental
    <Quantity(208.4..., 'milligram')>
    """
    return _salt(ItemKind.MEDICINE, name, amount, elemental)


def water(volume: object, *, magnesium: object, label: str = N_("water or drink")) -> IntakeItem:
    """Return an intake item for mineral water or a drink with magnesium.

    Parameters
    ----------
    volume
        How much was drunk, e.g. ``"1.5 L"``. [volume]
    magnesium
        Its magnesium concentration, e.g. ``"100 mg/L"`` or ``"4 mmol/L"``.
    label
        A name for the drink.

    Returns
    -------
    IntakeItem
        A water item; it counts toward the ceiling (the SCF's scope covers
        magnesium in water and added to drinks).

    References
    ----------
    .. [1] SCF (2001); EFSA NDA Panel (2018) for the scope wording.

    Examples
    --------
    >>> water("1.5 L", magnesium="100 mg/L").elemental
    <Quantity(150.0, 'milligram')>
    """
    litres = _units.magnitude(volume, _units.VOLUME, name="volume", bounds=_units.DAY_VOLUME)
    mg_per_l = _units.magnitude(
        magnesium, _units.CONCENTRATION, name="magnesium", bounds=_units.DRINK_CONCENTRATION
    )
    return _computed_item(
        kind=ItemKind.WATER,
        name=label,
        amount=_text(volume),
        elemental_mg=litres * mg_per_l,
        counts_toward_ceiling=True,
        explanation=msg("{litres:g} L × {mg_per_l:g} mg/L", litres=litres, mg_per_l=mg_per_l),
        sources=(_CEILING_SOURCE,),
    )


def _amount_text(amount: str, lang: str) -> str:
    """Return an item's amount as given, its "elemental" in the reader's language."""
    if amount.endswith(_ELEMENTAL):
        return f"{amount.removesuffix(_ELEMENTAL)} {text('elemental', lang)}"
    return amount


@attrs.frozen(kw_only=True, repr=False)
class IntakeReport(Displayable):
    """A day's magnesium intake compared with the ceiling and the reference.

    Attributes
    ----------
    items
        The items summed, in the order given; each explains its figure.
    food_mg, supplemental_mg
        Magnesium from food, and from everything that counts toward the
        ceiling. [mg] (``food``, ``supplemental``, ``total`` give Quantities)
    ceiling
        The supplemental upper level used, with its source; ``None`` where the
        authority sets none for the age (the EU has none at ages 1-3), and
        ``assumptions`` says so. Then ``exceeds_ceiling`` is False and
        ``headroom`` and ``excess`` are ``None``: there is nothing to compare.
    reference
        The recommended intake, or ``None`` when sex and age were not given.
    assumptions
        What was assumed about the person or the items.
    """

    items: tuple[IntakeItem, ...]
    food_mg: float
    supplemental_mg: float
    ceiling: ReferenceValue | None
    reference: ReferenceValue | None
    assumptions: tuple[Msg, ...] = ()

    _derived = (
        "food",
        "supplemental",
        "total",
        "exceeds_ceiling",
        "headroom",
        "excess",
        "coverage",
    )

    def __attrs_post_init__(self) -> None:
        # The sums are derived from the items: a report whose items changed
        # (attrs.evolve(report, items=...)) must not keep the old totals.
        food_mg = math.fsum(i.elemental_mg for i in self.items if not i.counts_toward_ceiling)
        supp_mg = math.fsum(i.elemental_mg for i in self.items if i.counts_toward_ceiling)
        if (self.food_mg, self.supplemental_mg) != (food_mg, supp_mg):
            message = (
                "IntakeReport: food_mg and supplemental_mg are the sums of the items "
                f"({food_mg:g} and {supp_mg:g} mg), got {self.food_mg:g} and "
                f"{self.supplemental_mg:g}; make a new report with assess_intake(items)"
            )
            raise InvalidRecordError(message)

    @property
    def total_mg(self) -> float:
        """Magnesium from everything. [mg]"""
        return self.food_mg + self.supplemental_mg

    def _brief(self) -> str:
        return self._verdict("en")

    def _verdict(self, lang: str) -> str:
        if self.ceiling is None:
            verdict = msg("no ceiling for this age")
        elif self.exceeds_ceiling:
            verdict = msg("over the ceiling")
        else:
            verdict = msg("within the ceiling")
        return msg(
            "total {total:.1f} mg, supplemental {supplemental:.1f} mg, {verdict}",
            total=self.total_mg,
            supplemental=self.supplemental_mg,
            verdict=verdict,
        ).render(lang)

    def _title(self, lang: str) -> str:
        return msg("Magnesium intake: {verdict}", verdict=self._verdict(lang)).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        def mg(value: object, digits: int = 1) -> str:
            return quantity_text(value, digits, lang)

        lines = []
        for i in self.items:
            star = "*" if i.counts_toward_ceiling else " "
            label = f"{star} {name_text(i.name, lang)} ({_amount_text(i.amount, lang)})"
            lines.append((label, msg("{mg:.1f} mg", mg=i.elemental_mg).render(lang)))
        lines += [
            (text("food", lang), mg(self.food)),
            (text("supplemental (*)", lang), mg(self.supplemental)),
            (text("total", lang), mg(self.total)),
        ]
        ceiling = self.ceiling
        if ceiling is None:
            lines.append((text("ceiling", lang), text("none for this age (see assumed)", lang)))
        else:
            lines.append(
                (
                    text("ceiling", lang),
                    msg(
                        "{value} supplemental ({authority}, source {source})",
                        value=mg(ceiling.value, 0),
                        authority=str(ceiling.authority),
                        source=ceiling.source,
                    ).render(lang),
                )
            )
            if self.exceeds_ceiling:
                verdict = msg("over the ceiling by {excess}", excess=mg(self.excess))
            else:
                verdict = msg("{headroom} still fits under it", headroom=mg(self.headroom))
            lines.append((text("verdict", lang), verdict.render(lang)))
        if self.reference is not None and self.coverage is not None:
            reference = self.reference
            covered = msg(
                "{value} ({kind}, {group}): {percent:.0f} % covered",
                value=mg(reference.value, 0),
                kind=reference.kind,
                group=msg(reference.group),
                percent=self.coverage * 100,
            )
            lines.append((text("recommended", lang), covered.render(lang)))
        lines += [(text("assumed", lang), a.render(lang)) for a in self.assumptions]
        return lines

    @property
    def food(self) -> PlainQuantity[float]:
        """Magnesium naturally in food. [mg]"""
        return _units.quantity(self.food_mg, "mg")

    @property
    def supplemental(self) -> PlainQuantity[float]:
        """Magnesium that counts toward the ceiling. [mg]"""
        return _units.quantity(self.supplemental_mg, "mg")

    @property
    def total(self) -> PlainQuantity[float]:
        """Magnesium from everything. [mg]"""
        return _units.quantity(self.total_mg, "mg")

    @property
    def exceeds_ceiling(self) -> bool:
        """Whether supplemental magnesium is above the ceiling (equal is not above).

        False where there is no ceiling for the age.
        """
        if self.ceiling is None:
            return False
        return _units.above(self.supplemental_mg, self.ceiling.value_mg)

    @property
    def headroom(self) -> PlainQuantity[float] | None:
        """Supplemental magnesium that still fits under the ceiling, never negative. [mg]

        ``None`` where there is no ceiling for the age.
        """
        if self.ceiling is None:
            return None
        room = self.ceiling.value_mg - self.supplemental_mg
        at_ceiling = math.isclose(
            self.supplemental_mg, self.ceiling.value_mg, rel_tol=_units.REL_TOL
        )
        return _units.quantity(0.0 if at_ceiling else max(room, 0.0), "mg")

    @property
    def excess(self) -> PlainQuantity[float] | None:
        """Supplemental magnesium above the ceiling, zero if none. [mg]

        ``None`` where there is no ceiling for the age.
        """
        if self.ceiling is None:
            return None
        over = self.supplemental_mg - self.ceiling.value_mg
        return _units.quantity(over if self.exceeds_ceiling else 0.0, "mg")

    @property
    def coverage(self) -> float | None:
        """Share of the recommended intake met by the total (1.0 = 100 %)."""
        if self.reference is None:
            return None
        return self.total_mg / self.reference.value_mg


def _ceiling(
    age: object, authority: Authority | str, assumptions: list[Msg]
) -> ReferenceValue | None:
    """Return the upper level for the age: ``None`` with a reason at 1-3 (EU), an error under 1."""
    try:
        return upper_level(age=_reference.ADULT_AGE if age is None else age, authority=authority)
    except NoReferenceValueError:
        if _reference.age_in_years(age) < _reference.INFANT_LIMIT:
            message = (
                "no authority sets an upper level for supplemental magnesium under 1 year: "
                "an infant's magnesium comes from breast milk, formula and food only (IOM "
                "1997); ask a doctor before giving an infant any supplement"
            )
            raise NoReferenceValueError(message) from None
        assumptions.append(
            msg(
                "no {authority} upper level at ages 1-3 (the SCF derived none): no ceiling to "
                "compare with; the US upper level for ages 1-3 is 65 mg/day of supplemental "
                "magnesium (authority='US')",
                authority=str(_reference.read_authority(authority)),
            )
        )
        return None


def assess_intake(
    items: Iterable[IntakeItem],
    *,
    sex: Sex | str | None = None,
    age: object = None,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority | str = Authority.EFSA,
) -> IntakeReport:
    """Sum a day's intake and compare it with the ceiling and the reference.

    Parameters
    ----------
    items
        Items from :func:`food`, :func:`supplement`, :func:`water` and
        :func:`medicine`.
    sex, age, pregnant, lactating
        The person, for the reference intake and the age-dependent ceiling.
        Without ``age`` the adult ceiling is used and the report says so;
        without ``sex`` and ``age`` there is no reference intake.
    authority
        ``"EFSA"`` (default: 250 mg/day supplemental ceiling, 2015 adequate
        intakes), ``"NNR2023"`` or ``"US"`` (350 mg/day, RDAs).

    Returns
    -------
    IntakeReport
        Food, supplemental and total magnesium; ceiling, headroom and excess
        (supplemental only: food never counts); reference and coverage. At
        ages 1-3 EFSA and NNR 2023 set no ceiling: ``ceiling`` is ``None``
        and ``assumptions`` says why and names the US level (65 mg/day,
        ``authority="US"``).

    Raises
    ------
    NoReferenceValueError
        Under 1 year: no authority sets an upper level for supplemental
        magnesium (an infant's magnesium comes from milk, formula and food).

    References
    ----------
    .. [1] SCF (2001), the 250 mg/day upper level for supplemental magnesium.
    .. [2] EFSA NDA Panel (2015), adequate intakes.

    Examples
    --------
    The ceiling is reached, not exceeded, at 250 mg in any unit:

    >>> at = assess_intake([supplement(elemental="0.25 g")])
    >>> at.exceeds_ceiling, at.headroom
    (False, <Quantity(0.0, 'milligram')>)

    A toddler has no EU ceiling; the US sets 65 mg/day at ages 1-3:

    >>> toddler = assess_intake([supplement(elemental="50 mg")], sex="female", age=2)
    >>> toddler.ceiling is None, toddler.exceeds_ceiling, toddler.headroom
    (True, False, None)
    >>> print(toddler.assumptions[0])
    no EFSA upper level at ages 1-3 (the SCF derived none): ... 65 mg/day ...
    >>> assess_intake([supplement(elemental="50 mg")], age=2, authority="US").headroom
    <Quantity(15.0, 'milligram')>
    """
    given = _names.listed(items, "`items` needs a list of intake items")
    for item in given:
        if not isinstance(item, IntakeItem):
            message = (
                "`items` needs intake items made by food(), supplement(), water() or "
                f"medicine(), got {_names.shown(item)}"
            )
            raise ArgumentTypeError(message)
    chosen = tuple(i for i in given if isinstance(i, IntakeItem))  # all of them
    # Checked even when no reference is looked up: age=2, pregnant=True is an error.
    _reference.check_life_stage(sex, age, pregnant, lactating)
    assumptions: list[Msg] = []
    if age is None:
        assumptions.append(msg("age not given: the adult ceiling applies"))
    ceiling = _ceiling(age, authority, assumptions)
    reference = None
    if sex is not None and age is not None:
        reference = reference_intake(
            sex=sex, age=age, pregnant=pregnant, lactating=lactating, authority=authority
        )
    else:
        assumptions.append(msg("sex and age not both given: no reference intake"))
    return IntakeReport(
        items=chosen,
        food_mg=math.fsum(i.elemental_mg for i in chosen if not i.counts_toward_ceiling),
        supplemental_mg=math.fsum(i.elemental_mg for i in chosen if i.counts_toward_ceiling),
        ceiling=ceiling,
        reference=reference,
        assumptions=tuple(assumptions),
    )
