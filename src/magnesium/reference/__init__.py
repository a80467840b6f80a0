"""Reference intakes and supplemental upper levels, by authority.

The authorities are data, listed by :func:`authorities`: EFSA (the
default), the Nordic Nutrition Recommendations 2023, the US Institute of
Medicine (as tabulated by the NIH Office of Dietary Supplements), and any
other registered in ``data/registry.toml``. Each value is a sourced row with its
evidence status; a group the authority publishes nothing for raises
:class:`~magnesium.errors.NoReferenceValueError` rather than borrowing a
figure from elsewhere.

The upper levels count *supplemental* magnesium only (supplements, magnesium
medicines, magnesium in water or added to drinks), never magnesium naturally
in food. The EU level of 250 mg/day was set by the SCF in 2001 and is used by
EFSA; it applies from age 4, and there is none for ages 1-3.

References
----------
.. [1] EFSA NDA Panel (2015). Dietary Reference Values for magnesium. EFSA
   Journal 13(7):4186, Table of adequate intakes.
.. [2] SCF (2001). Tolerable Upper Intake Level of magnesium (EFSA 2006).
.. [3] Nordic Council of Ministers (2023). Nordic Nutrition Recommendations.
.. [4] IOM (1997). Dietary Reference Intakes for Calcium, Phosphorus,
   Magnesium, Vitamin D, and Fluoride.
.. [5] EFSA NDA Panel (2010). Dietary Reference Values for water. EFSA
   Journal 8(3):1459.

Examples
--------
>>> import magnesium as mg
>>> mg.reference_intake(sex="female", age=30, pregnant=True, authority="NNR2023").value
<Quantity(300.0, 'milligram / day')>
>>> mg.average_requirement(sex="female", age=30).value  # US (IOM 1997) EAR
<Quantity(255.0, 'milligram / day')>
>>> mg.upper_level(age=40).value
<Quantity(250.0, 'milligram / day')>
"""

from typing import TYPE_CHECKING

from magnesium import _public
from magnesium.reference._reference import (
    Authority,
    ReferenceValue,
    Sex,
    authorities,
    average_requirement,
    reference_intake,
    upper_level,
)

if TYPE_CHECKING:
    from magnesium.reference._water import WaterIntake, water_intake

__all__ = [
    "Authority",
    "ReferenceValue",
    "Sex",
    "WaterIntake",
    "authorities",
    "average_requirement",
    "reference_intake",
    "upper_level",
    "water_intake",
]

# Why a face: implemented in _reference (its tables are read by intake, risk and the cohort path
# too); documented, pickled and shown as this module's (_public.claim), so the internal modules
# may change.
# Water's adequate intake loads on first use: a magnesium result never needs it (issue 25).
_LATER = {"WaterIntake": "_water", "water_intake": "_water"}
_public.claim(__name__, globals(), [name for name in __all__ if name not in _LATER])
__getattr__, __dir__ = _public.attach_later(__name__, _LATER)
