"""Laboratory values: serum magnesium classes and eGFR by CKD-EPI 2021.

Serum magnesium is read in mmol/L, mg/dL or mEq/L and classified against the
conventional reference interval of 0.75-0.95 mmol/L, with the 0.75-0.85
grey zone (Costello & Nielsen 2017) and, as an option, the 0.85 mmol/L lower
limit proposed by Rosanoff et al. (2022). Overt symptoms of deficiency occur
at or below 0.6 mmol/L; above the interval, the hypermagnesaemia symptom
ladder of Medscape gives what to expect. A value outside 0.1-10 mmol/L is not
physiologically plausible here and is an error, not a class.

eGFR is expressed in mL/min per 1.73 m² of body surface, the standard
normalisation. pint has no unit for "per 1.73 m²", so results are Quantities
in mL/min that mean mL/min/1.73 m², and inputs such as
``"75 mL/min/1.73m**2"`` or ``"75 mL/min/1.73 m²"`` are read that way.

References
----------
.. [1] Inker LA et al. (2021). New creatinine- and cystatin C-based equations
   to estimate GFR without race. N Engl J Med 385:1737-1749.
.. [2] Costello RB et al. (2016). Adv Nutr: reference interval 0.75-0.95 mmol/L.
.. [3] Costello RB, Nielsen F (2017). Curr Opin Clin Nutr Metab Care
   20(6):504-511: the grey zone.
.. [4] Rosanoff A et al. (2022). Eur J Nutr 61(7):3697-3706.
.. [5] Novello NP (2022). Hypermagnesemia in Emergency Medicine. Medscape.

Examples
--------
>>> import magnesium as mg
>>> mg.ckd_epi_2021("1.2 mg/dL", age=55, sex="male")
<Quantity(71.4..., 'milliliter / minute')>
>>> mg.serum_status("1.7 mg/dL").status
<SerumClass.LOW: 'low'>
"""

from magnesium import _public
from magnesium.labs._labs import (
    SerumClass,
    SerumStatus,
    ckd_epi_2021,
    serum_status,
)

__all__ = [
    "SerumClass",
    "SerumStatus",
    "ckd_epi_2021",
    "serum_status",
]

# Why a face: implemented in _labs (its bands and CKD-EPI are read by risk and the cohort path
# too); documented, pickled and shown as this module's (_public.claim), so the internal modules
# may change.
_public.claim(__name__, globals(), __all__)
