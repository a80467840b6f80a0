"""Score a generated cohort of 100,000 people and summarise it.

Run: python examples/cohort.py   (needs: pip install 'pymagnesium[pandas]')
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from cohort import UNITS, generate

from magnesium.frame import score

people = generate(100_000)
score(people.iloc[:0], units=UNITS)  # first use loads pint's unit registry (~0.3 s): not timed
start = time.perf_counter()
scored = score(people, units=UNITS)
seconds = time.perf_counter() - start

print(f"Scored {len(people):,} people in {seconds:.2f} s\n")
over = scored["exceeds_ceiling"].mean()
print(f"Supplemental magnesium over the 250 mg/day ceiling (EFSA): {over:.1%}")
print(f"Below the recommended intake: {(scored['coverage'] < 1).mean():.1%}")
print("\nMagnesium depletion score (Fan et al. 2021):")
print(scored["mds"].value_counts(normalize=True).sort_index().map("{:.1%}".format).to_string())
print("\nBy published group:")
print(
    scored["mds_group"].value_counts(normalize=True, sort=False).map("{:.1%}".format).to_string()
)
print("\nDeficiency-risk level:")
print(
    scored["deficiency_level"]
    .value_counts(normalize=True, sort=False)
    .map("{:.1%}".format)
    .to_string()
)
print(f"\nAsk a doctor before supplementing (any caution): {scored['caution_any'].mean():.1%}")
print(f"Serum red flag (<= 0.6 or >= 1.0 mmol/L): {scored['red_flag_serum'].mean():.2%}")
print("\nmagnesium informs; it does not diagnose. Not medical advice.")
