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

import datetime as dt
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _names, _public, _units
from magnesium._display import Displayable, Tabular, quantity_text
from magnesium._i18n import Msg, msg, name_text, text
from magnesium.errors import (
    ArgumentTypeError,
    InvalidAmountError,
    InvalidRecordError,
    NoReferenceValueError,
)
from magnesium.intake import _items
from magnesium.intake._items import (
    IntakeItem,
    ItemKind,
    amount_text,
    food,
    medicine,
    supplement,
    water,
)
from magnesium.reference import (
    Authority,
    ReferenceValue,
    Sex,
    _reference,
    reference_intake,
    upper_level,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pint.facets.plain import PlainQuantity

    from magnesium.intake._days import DaysReport
    from magnesium.intake._fluids import (
        DEFAULT_SWEAT_MAGNESIUM as DEFAULT_SWEAT_MAGNESIUM,
    )
    from magnesium.intake._fluids import (
        FluidTarget,
        SweatLoss,
        fluid_target,
        sweat_loss,
    )

__all__ = [
    "DaysReport",
    "FluidTarget",
    "IntakeItem",
    "IntakeReport",
    "ItemKind",
    "SweatLoss",
    "assess_days",
    "assess_intake",
    "fluid_target",
    "food",
    "medicine",
    "supplement",
    "sweat_loss",
    "water",
]

#: The version of :meth:`IntakeItem.to_dict`'s layout, raised when a field changes meaning.
ITEM_SCHEMA: Final = _items.ITEM_SCHEMA
# Implemented in magnesium.intake._items; documented, pickled and shown as this module's
# (the days and fluids modules claim their own names when they load).
_public.claim(
    __name__,
    globals(),
    ["IntakeItem", "ItemKind", "food", "medicine", "supplement", "water"],
)
# Loaded on first use: a day's intake needs neither several days nor fluids, and each
# module read and each class built is part of the cold start (issue 25).
_LATER: Final = {
    "DaysReport": "_days",
    "DEFAULT_SWEAT_MAGNESIUM": "_fluids",
    "FluidTarget": "_fluids",
    "SweatLoss": "_fluids",
    "fluid_target": "_fluids",
    "sweat_loss": "_fluids",
}
__getattr__, __dir__ = _public.attach_later(__name__, _LATER)


@attrs.frozen(kw_only=True, repr=False)
class IntakeReport(Displayable, Tabular):
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
        "total_mg",
        "ceiling_mg",
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

    @property
    def ceiling_mg(self) -> float | None:
        """The day's ceiling for supplemental magnesium, to compare with ``supplemental_mg``. [mg]

        The upper level is a rate (mg/day); for the one day a report sums it
        is an amount: ``report.supplemental_mg > report.ceiling_mg`` compares
        like with like. ``None`` where there is no ceiling for the age.
        """
        return None if self.ceiling is None else self.ceiling.value_mg

    def _table_rows(self, lang: str) -> list[dict[str, Any]]:
        """One row per item: what it is, how much, its magnesium and where that comes from."""
        rows = []
        for item in self.items:
            row = item.to_dict(lang)
            rows.append({k: v for k, v in row.items() if k not in ("schema", "elemental")})
        return rows

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
            label = f"{star} {name_text(i.name, lang)} ({amount_text(i.amount, lang)})"
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
        at_ceiling = _units.near(self.supplemental_mg, self.ceiling.value_mg)
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
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
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


def assess_days(
    days: Mapping[Any, Iterable[IntakeItem]] | Iterable[Iterable[IntakeItem]],
    *,
    sex: Sex | str | None = None,
    age: object = None,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
) -> DaysReport:
    """Judge a person's days: each against the ceiling, the mean against the reference.

    The ceiling is per day, so each day over it is a finding, with its date;
    the recommended intake is for usual intake, which the mean of the days
    estimates, and the report says how many days it rests on.

    Parameters
    ----------
    days
        The days' items: a mapping from each day's date (a
        :class:`datetime.date` or a text) to its items, or a list of days,
        labelled "day 1", "day 2", ... in order.
    sex, age, pregnant, lactating, authority
        As for :func:`assess_intake`.

    Returns
    -------
    DaysReport
        Each day's :class:`IntakeReport`, the days over the ceiling, the
        means, and the mean against the reference.

    Raises
    ------
    InvalidAmountError
        For no days.

    References
    ----------
    .. [1] SCF (2001), the daily upper level for supplemental magnesium.
    .. [2] IOM (2000). Dietary Reference Intakes: Applications in Dietary
       Assessment: usual intake, and what an Adequate Intake can tell.

    Examples
    --------
    >>> import datetime as dt
    >>> week = {dt.date(2026, 12, 1): [food("almonds", "30 g"), supplement(elemental="300 mg")],
    ...         dt.date(2026, 12, 2): [food("almonds", "60 g")]}
    >>> days = assess_days(week, sex="female", age=40)
    >>> days.days_over_ceiling, round(days.mean_total_mg, 1)
    (('2026-12-01',), 271.5)
    >>> print(days.to_text().splitlines()[0])
    Magnesium over several days: 2 days, mean 271.5 mg/day, over the ceiling on 1
    """
    if isinstance(days, Mapping):
        labelled = [(_label(key), value) for key, value in days.items()]
    else:
        given = _names.listed(days, "`days` needs a list of days or a mapping of dates to items")
        labelled = [(msg("day {n}", n=n).render("en"), value) for n, value in enumerate(given, 1)]
    if not labelled:
        message = "`days` needs at least one day"
        raise InvalidAmountError(message)
    reports = tuple(
        assess_intake(
            items, sex=sex, age=age, pregnant=pregnant, lactating=lactating, authority=authority
        )
        for _, items in labelled
    )
    from magnesium.intake._days import DaysReport  # noqa: PLC0415 - see _LATER

    return DaysReport(labels=tuple(label for label, _ in labelled), days=reports)


def _label(key: object) -> str:
    """Return a day's label: a date in ISO form, or a text as given."""
    if isinstance(key, dt.date):
        return key.isoformat()
    if isinstance(key, str) and key.strip():
        return key.strip()
    message = f"a day needs a date or a label as text, got {_names.shown(key)}"
    raise ArgumentTypeError(message)
