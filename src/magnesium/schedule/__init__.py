"""A day's dosing schedule checked against the interaction spacing rules.

A schedule maps names to times of day: ``{"magnesium": ["21:00"],
"ciprofloxacin": ["08:00", "20:00"]}``. It is a daily routine, so it repeats
every 24 hours: 23:00 and 01:00 are 2 h apart, and every drug dose lies both
before the next magnesium dose and after the previous one. A drug dose ``D``
and a magnesium dose ``M`` conflict when the drug comes less than the record's
"before" window ahead of ``M``, or less than its "after" window behind it. A
gap exactly equal to the window is allowed. Times have minute resolution,
so every comparison is exact.

Names are read with the interaction catalogue; ``"magnesium"``, a magnesium
compound ("magnesium citrate") or a magnesium antacid or laxative counts as
a magnesium dose.

References
----------
.. [1] The windows of :data:`magnesium.interactions.RECORDS`, each with its
   sources.
.. [2] Mænd Online, "Magnesium og muskelkramper": magnesium in the evening,
   with a light meal.

Examples
--------
>>> import magnesium as mg
>>> check = mg.check_schedule({"magnesium": ["21:00"], "ciprofloxacin": ["08:00", "20:00"]})
>>> [(c.drug, c.drug_time.isoformat("minutes"), c.required, c.actual) for c in check.conflicts]
[('ciprofloxacin', '20:00', <Quantity(2.0, 'hour')>, <Quantity(1.0, 'hour')>)]
>>> windows = mg.magnesium_windows({"ciprofloxacin": ["08:00", "20:00"]})
>>> [str(w) for w in windows.allowed], windows.preferred.isoformat("minutes")
(['10:00-14:00', '22:00-02:00'], '22:00')
"""

from magnesium import _public
from magnesium.schedule._schedule import (
    Conflict,
    ForbiddenSpan,
    MagnesiumWindows,
    ScheduleCheck,
    ScheduleError,
    TimeWindow,
    check_schedule,
    magnesium_windows,
)

__all__ = [
    "Conflict",
    "ForbiddenSpan",
    "MagnesiumWindows",
    "ScheduleCheck",
    "ScheduleError",
    "TimeWindow",
    "check_schedule",
    "magnesium_windows",
]

# Why a face: implemented in _schedule (its windows are read by plot too); documented, pickled
# and shown as this module's (_public.claim), so the internal modules may change.
_public.claim(__name__, globals(), __all__)
