"""Who may be low in magnesium, who must see a doctor first, and what to do.

:func:`assess` reads a :class:`Person` (every field optional except what a
rule needs) and returns an :class:`Assessment`: the deficiency-risk level
with every factor that fired, the magnesium depletion score of Fan et al.
(2021), the serum class, cautions (ask a doctor before supplementing), red
flags (see a doctor, or call 112), the urgency of it all (:class:`Urgency`:
routine, ask first, doctor, emergency), the evidence for the person's cramp situation, and a
recommendation built only from sourced advice. Every rule that fires is a
:class:`Finding` with its inputs and sources. The library informs; it does not
diagnose.

The deficiency-risk level is this library's simple, documented rule: each
factor has a weight (2 for the groups the sources treat as major, 1 for the
others, 0 for claims that are unconfirmed); the weights add up, and 0 is
*low*, 1-2 *moderate*, 3 or more *high*. Adding a factor never lowers the
level.

References
----------
.. [1] Mænd Online, "Magnesium og muskelkramper": risk groups, when to see a
   doctor, the supplement table, non-drug measures.
.. [2] NIH Office of Dietary Supplements. Magnesium fact sheet: groups at
   risk of inadequacy.
.. [3] Fan L et al. (2021). Magnesium Depletion Score. J Nutr 151(8):2226-2235.
.. [4] Garrison SR et al. (2020). Magnesium for skeletal muscle cramps.
   Cochrane Database Syst Rev (9):CD009402.
.. [5] SCF (2001). Tolerable upper intake level of magnesium (250 mg/day).

Examples
--------
>>> import magnesium as mg
>>> person = mg.Person(sex="male", age=58, medications=["furosemid", "omeprazol"],
...                    alcohol_drinks_per_day=3, egfr="75 mL/min/1.73m**2")
>>> result = mg.assess(person)
>>> result.depletion_score.value, result.depletion_score.group
(4, '3-5 (highest group)')
>>> result.recommendation.ask_doctor_first, str(result.urgency)
(True, 'ask first')
"""

from magnesium import _public
from magnesium.risk._advice import CrampEvidence, CrampSituation, Recommendation, SupplementPlan
from magnesium.risk._assessment import Assessment, assess
from magnesium.risk._person import Condition, Diet, Person, Symptom
from magnesium.risk._rules import Finding, RiskLevel, Urgency
from magnesium.risk._scores import DeficiencyRisk, DepletionScore, magnesium_depletion_score

__all__ = [
    "Assessment",
    "Condition",
    "CrampEvidence",
    "CrampSituation",
    "DeficiencyRisk",
    "DepletionScore",
    "Diet",
    "Finding",
    "Person",
    "Recommendation",
    "RiskLevel",
    "SupplementPlan",
    "Symptom",
    "Urgency",
    "assess",
    "magnesium_depletion_score",
]

# Why a face: implemented in _person, _scores, _safety, _advice, _triage and _assessment (their
# rules are read by the cohort path too); documented, pickled and shown as this module's
# (_public.claim), so the internal modules may change.
_public.claim(__name__, globals(), __all__)
