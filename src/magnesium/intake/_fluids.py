"""Internal: fluids: how much to drink, and the magnesium lost in sweat.

The public face is :mod:`magnesium.intake`.

References
----------
.. [1] EFSA NDA Panel (2010). Dietary Reference Values for water. EFSA
   Journal 8(3):1459.
.. [2] Beller GA et al. (1975). Changes in serum and sweat magnesium levels
   during work in the heat. Aviat Space Environ Med 46(5):709-712.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _public, _units
from magnesium._display import Displayable
from magnesium._i18n import msg, text
from magnesium.reference import Sex, WaterIntake, _reference, water_intake
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity


@attrs.frozen(kw_only=True, repr=False)
class FluidTarget(Displayable):
    """How much to drink: the article's rule beside EFSA's adequate intake.

    Attributes
    ----------
    low_l, high_l
        The article's 30-35 mL per kg body weight per day. [L/day] A common
        clinical rule of thumb; no authoritative source was found for it.
    efsa
        EFSA's adequate intake of total water (drinks and food moisture), when
        sex and age are given.
    """

    low_l: float
    high_l: float
    efsa: WaterIntake | None
    source: str = "ARTICLE"
    evidence: Evidence = Evidence.UNCONFIRMED

    _derived = ("low", "high")

    def _title(self, lang: str) -> str:
        return msg(
            "Fluid target: {low:.2f}-{high:.2f} L/day (the article's 30-35 mL/kg)",
            low=self.low_l,
            high=self.high_l,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("evidence", lang), text(self.evidence.value, lang))]
        if self.efsa is not None:
            efsa = msg(
                "{value:g} L/day of total water ({group}, source {source})",
                value=self.efsa.value_l,
                group=msg(self.efsa.group),
                source=self.efsa.source,
            )
            lines.append(("EFSA", efsa.render(lang)))
        return lines

    @property
    def low(self) -> PlainQuantity[float]:
        """Lower end of the article's range. [L/day]"""
        return _units.quantity(self.low_l, "L/day")

    @property
    def high(self) -> PlainQuantity[float]:
        """Upper end of the article's range. [L/day]"""
        return _units.quantity(self.high_l, "L/day")


_ARTICLE_ML_PER_KG: Final = (30.0, 35.0)


def fluid_target(
    body_weight: object,
    *,
    sex: Sex | str | None = None,
    age: object = None,
    pregnant: bool = False,
    lactating: bool = False,
) -> FluidTarget:
    """Return the daily fluid target from body weight, beside EFSA's water AI.

    Parameters
    ----------
    body_weight
        Body mass, e.g. ``"70 kg"``.
    sex, age, pregnant, lactating
        For EFSA's adequate intake of total water (optional).

    Returns
    -------
    FluidTarget
        The article's 30-35 mL/kg/day, and EFSA's adequate intake if sex and
        age are given.

    References
    ----------
    .. [1] Mænd Online, "Magnesium og muskelkramper": 30-35 mL/kg/day.
    .. [2] EFSA NDA Panel (2010). EFSA Journal 8(3):1459.

    Examples
    --------
    >>> target = fluid_target("70 kg", sex="male", age=40)
    >>> target.low, target.high
    (<Quantity(2.1, 'liter / day')>, <Quantity(2.45, 'liter / day')>)
    >>> target.efsa.value
    <Quantity(2.5, 'liter / day')>
    """
    kg = _units.magnitude(
        body_weight, _units.BODY_MASS, name="body_weight", positive=True, bounds=_units.BODY
    )
    low, high = (kg * ml / 1000.0 for ml in _ARTICLE_ML_PER_KG)
    _reference.check_life_stage(sex, age, pregnant, lactating)  # even without a reference
    efsa = None
    if sex is not None and age is not None:
        efsa = water_intake(sex=sex, age=age, pregnant=pregnant, lactating=lactating)
    return FluidTarget(low_l=low, high_l=high, efsa=efsa)


@attrs.frozen(kw_only=True, repr=False)
class SweatLoss(Displayable):
    """Magnesium lost in sweat.

    Attributes
    ----------
    volume_l
        Sweat volume. [L]
    concentration_mg_per_l
        Magnesium in sweat. [mg/L]
    magnesium_mg
        Magnesium lost. [mg] (``magnesium`` gives it as a Quantity)
    source
        ``"BELLER1975"`` for the default concentration, ``""`` when the
        caller gave one.
    """

    volume_l: float
    concentration_mg_per_l: float
    magnesium_mg: float
    source: str

    _derived = ("magnesium",)

    def _title(self, lang: str) -> str:
        return msg(
            "Magnesium lost in sweat: {mg:.1f} mg ({litres:g} L at {concentration:.2f} mg/L)",
            mg=self.magnesium_mg,
            litres=self.volume_l,
            concentration=self.concentration_mg_per_l,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        source = self.source or text("given by the caller", lang)
        return [(text("source", lang), source)]

    @property
    def magnesium(self) -> PlainQuantity[float]:
        """Magnesium lost. [mg]"""
        return _units.quantity(self.magnesium_mg, "mg")


#: Mean sweat magnesium of Beller et al. (1975): 0.28 mEq/L = 0.14 mmol/L.
DEFAULT_SWEAT_MAGNESIUM: Final = "0.14 mmol/L"


def sweat_loss(volume: object, *, concentration: object = None) -> SweatLoss:
    """Return the magnesium lost in a volume of sweat.

    Parameters
    ----------
    volume
        Sweat volume, e.g. ``"2 L"``.
    concentration
        Magnesium in sweat; by default 0.14 mmol/L, the mean measured by
        Beller et al. (1975) (range about 0.065-0.225 mmol/L). The origin
        article's 1-3 mmol/L is about ten times measured values; pass it
        explicitly to use it.

    Returns
    -------
    SweatLoss
        Magnesium lost, with the concentration used and its source.

    References
    ----------
    .. [1] Beller GA et al. (1975). Aviat Space Environ Med 46(5):709-712.

    Examples
    --------
    >>> sweat_loss("2 L").magnesium
    <Quantity(6.8..., 'milligram')>
    >>> sweat_loss("2 L", concentration="1 mmol/L").magnesium
    <Quantity(48.61, 'milligram')>
    """
    litres = _units.magnitude(volume, _units.VOLUME, name="volume", bounds=_units.DAY_VOLUME)
    given = concentration is not None
    mg_per_l = _units.magnitude(
        concentration if given else DEFAULT_SWEAT_MAGNESIUM,
        _units.CONCENTRATION,
        name="concentration",
        bounds=_units.DRINK_CONCENTRATION,
    )
    return SweatLoss(
        volume_l=litres,
        concentration_mg_per_l=mg_per_l,
        magnesium_mg=litres * mg_per_l,
        source="" if given else "BELLER1975",
    )


# Documented, pickled and shown as magnesium.intake's, which loads this module on first use.
_public.claim(
    "magnesium.intake", globals(), ["FluidTarget", "SweatLoss", "fluid_target", "sweat_loss"]
)
