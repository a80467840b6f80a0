"""Internal: EFSA's adequate intake of total water, loaded on first use.

Beside the magnesium reference values in :mod:`magnesium.reference._reference`,
but no magnesium result reads it (only :func:`water_intake` and the fluids
report do), so a first result does not build it (issue 25, the cold
start). The public face is :mod:`magnesium.reference`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from magnesium import _public, _units
from magnesium.errors import NoReferenceValueError
from magnesium.reference._reference import (
    Sex,
    Stage,
    age_in_years,
    find_row,
    life_stage,
    read_sex,
    shared,
)
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

_WATER_EXTRA = {Stage.PREGNANCY: 0.3, Stage.LACTATION: 0.7, Stage.NONE: 0.0}


@attrs.frozen(kw_only=True)
class WaterIntake:
    """EFSA's adequate intake of total water for a group.

    Attributes
    ----------
    value_l
        Total water from drinks and food moisture. [L/day]
    group
        The group, in the source's words.
    extra_l
        What pregnancy (0.3 L) or lactation (0.7 L) adds, included in the value.
    """

    value_l: float
    group: str
    extra_l: float = 0.0
    source: str = "EFSA2010W"
    evidence: Evidence = Evidence.CONFIRMED

    @property
    def value(self) -> PlainQuantity[float]:
        """The value as a Quantity. [L/day]"""
        return _units.quantity(self.value_l, "L/day")


def water_intake(
    *, sex: Sex | str, age: object, pregnant: bool = False, lactating: bool = False
) -> WaterIntake:
    """Return EFSA's adequate intake of total water (drinks plus food moisture).

    Parameters
    ----------
    sex, age, pregnant, lactating
        As for :func:`reference_intake`.

    Returns
    -------
    WaterIntake
        Litres per day, at moderate temperature and activity.

    References
    ----------
    .. [1] EFSA NDA Panel (2010). Dietary Reference Values for water. EFSA
       Journal 8(3):1459.

    Examples
    --------
    >>> water_intake(sex="female", age=30, pregnant=True).value
    <Quantity(2.3, 'liter / day')>
    """
    years, who = age_in_years(age), read_sex(sex)
    stage = life_stage(who, years, pregnant, lactating)
    row = find_row(shared().water, years, who, Stage.NONE)
    if row is None:
        message = f"EFSA 2010 sets no adequate water intake for a {who.value} aged {years:g} y"
        raise NoReferenceValueError(message)
    extra = _WATER_EXTRA[stage]
    return WaterIntake(
        value_l=round(row.value + extra, 3),
        group=row.group,
        extra_l=extra,
    )


_public.claim("magnesium.reference", globals(), ["WaterIntake", "water_intake"])
