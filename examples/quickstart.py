"""The three capabilities: a day's intake against the ceiling, interactions, risk.

Run: python examples/quickstart.py
"""

import magnesium as mg

day = [
    mg.food("almonds", "30 g"),  # ~80 mg in the article; USDA: 81 mg
    mg.food("mandler", "30 g"),  # Danish names work too
    mg.food("black beans, cooked", "1 dl"),
    mg.supplement("magnesium citrate", "1.5 g"),  # compound mass -> elemental
    mg.supplement("magnesium bisglycinate", elemental="100 mg"),
    mg.water("1.5 L", magnesium="100 mg/L"),  # mineral water / sports drink
    mg.medicine("magnesium hydroxide", "500 mg"),  # antacid / laxative
]
report = mg.assess_intake(day, sex="male", age=40)  # authority defaults to EFSA

print("A day's magnesium (elemental)\n")
for item in report.items:
    marker = "*" if item.counts_toward_ceiling else " "
    print(f" {marker} {item.elemental_mg:7.1f} mg  {item.kind:<10} {item.name} ({item.amount})")
    print(f"               {item.explanation}")
    for assumption in item.assumptions:
        print(f"               assumed: {assumption}")
print("\n   * counts toward the supplement ceiling (food never does)\n")

ceiling = report.ceiling
# the width on the number: pint 0.26 applies a width to the whole quantity
print(f"Food          {report.food.m:8.1f} {report.food.u:~P}")
print(f"Supplemental  {report.supplemental.m:8.1f} {report.supplemental.u:~P}")
print(f"Total         {report.total.m:8.1f} {report.total.u:~P}")
if ceiling is None:  # ages 1-3: the EU sets no ceiling, and the report says why
    print(f"\nCeiling       none for this age: {report.assumptions[-1]}")
else:
    print(
        f"\nCeiling       {ceiling.value:.0f~P} supplemental "
        f"({ceiling.authority}, {mg.get_source(ceiling.source).author}, "
        f"{mg.get_source(ceiling.source).year})"
    )
if report.exceeds_ceiling:
    print(f"  -> over the ceiling by {report.excess:.1f~P}")
elif report.headroom is not None:
    print(f"  -> {report.headroom:.1f~P} still fits under it")
if report.reference is not None and report.coverage is not None:
    print(
        f"Recommended   {report.reference.value:.0f~P} "
        f"({report.reference.kind}, {report.reference.group}); "
        f"the day covers {report.coverage:.0%}"
    )

# Interactions: spacing windows as data, and a day's schedule checked.
print("\nInteractions")
found = mg.interactions("doxycyklin", "Eltroxin", "omeprazol", "paracetamol")
for i in found.interactions:
    before, after = i.take_drug_before_magnesium, i.take_drug_after_magnesium
    window = f"{before:~P} before / {after:~P} after" if before and after else "no window"
    print(f"  {i.drug:<14} {i.direction} ({window})")
print(f"  no known interaction: {', '.join(found.no_known_interaction)}")
windows = mg.magnesium_windows({"ciprofloxacin": ["08:00", "20:00"], "levothyroxine": ["07:00"]})
allowed = ", ".join(str(w) for w in windows.allowed)
print(f"  magnesium allowed {allowed}; suggested {windows.preferred:%H:%M}")

# Risk: a person assessed, every rule with its source.
print("\nAssessment")
person = mg.Person(
    sex="male",
    age=58,
    medications=["furosemid", "omeprazol"],
    alcohol_drinks_per_day=3,
    egfr="75 mL/min/1.73m**2",
    symptoms={"night cramps"},
    serum_magnesium="0.68 mmol/L",
)
result = mg.assess(person, intake=day)
risk = result.deficiency_risk
print(f"  urgency: {result.urgency.action}")
print(f"  deficiency risk {risk.level} (score {risk.score})")
print(
    f"  magnesium depletion score {result.depletion_score.value} ({result.depletion_score.group})"
)
print(f"  {result.recommendation.summary}")

print("\nmagnesium informs; it does not diagnose. Not medical advice.")
