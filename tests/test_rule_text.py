"""Every caution and red flag, fired by a person, in its exact words and in Danish.

Each row names the person that fires the rule and the text a reader gets.
The figures in the texts come from their sources: the 250 mg/day ceiling
(SCF 2001); the serum reference interval 0.75-0.95 mmol/L and 0.6 mmol/L for
overt symptoms; signs by serum level (Medscape 2022: 1.74-2.61 mmol/L loss of
deep tendon reflexes; above 2.61 hypotension); age 65 as NIH ODS "older
adults" and an eGFR of 60 (KDIGO G1-G2); five or more medicines (the article).
The Danish texts must exist and differ: a finding in Danish is read by Danes.
"""

from __future__ import annotations

from typing import Any

import pytest

import magnesium as mg
from magnesium import _safety

SEE = "See a doctor."
ASK = "Ask a doctor before taking a magnesium supplement."

RULES: list[tuple[str, dict[str, Any], float | None, str]] = [
    # key, Person fields (with sex="female"), supplement taken (mg elemental), text
    (
        "over_ceiling",
        {"age": 40},
        482,
        (
            "Supplemental magnesium of 482 mg a day is 232 mg over the ceiling of 250 mg/day "
            "(EFSA): reduce it to at most 250 mg. Above the ceiling magnesium can cause osmotic "
            "diarrhoea, nausea and stomach cramps. If a doctor prescribed it, ask the doctor."
        ),
    ),
    (
        "pregnancy_or_lactation",
        {"age": 30, "pregnant": True},
        None,
        (
            "Pregnant or breastfeeding: talk to your midwife or doctor before taking a magnesium "
            "supplement. The trials in pregnancy are of very low certainty (Cochrane 2020), and "
            "EFSA found no higher need."
        ),
    ),
    (
        "age_unknown",
        {},
        None,
        (
            "Age not given: the supplement advice here is for adults, and the ceiling depends on "
            "age (none under 4 in the EU). Give the age, or ask a doctor first."
        ),
    ),
    (
        "older_adult_kidney_unknown",
        {"age": 65},
        None,
        (
            "Age 65: older people often have reduced kidney function without knowing it (the "
            "article). Ask a doctor for a kidney test (eGFR) before taking magnesium; an eGFR of "
            "60 or more lifts this caution."
        ),
    ),
    (
        "no_spacing_window:mycophenolic acid",
        {"age": 40, "medications": ["mycophenolate"]},
        None,
        (
            "mycophenolic acid: Magnesium binds the drug in the gut (insoluble complexes): less "
            "of the drug is absorbed. Do not take at the same time as magnesium/aluminium "
            "hydroxide antacids. Unconfirmed: ask a pharmacist. No spacing window is known: ask a "
            "pharmacist or doctor before taking magnesium."
        ),
    ),
    (
        "magnesium_wasting_medicine:cisplatin",
        {"age": 40, "medications": ["cisplatin"]},
        None,
        (
            "cisplatin: Renal magnesium wasting (calcineurin inhibitors, aminoglycosides, "
            "amphotericin B, cisplatin, foscarnet). Blood tests for magnesium as the treating "
            f"doctor advises. {ASK}"
        ),
    ),
    (
        "magnesium_medicine:magnesium hydroxide",
        {"age": 40, "medications": ["magnesium hydroxide"]},
        None,
        (
            "magnesium hydroxide is a magnesium medicine: it already adds magnesium that counts "
            "toward the ceiling, so no supplement is offered on top. Count it with supplements "
            "against the ceiling; blood tests regularly with reduced kidney function (the "
            "article). Ask a doctor or pharmacist before adding more."
        ),
    ),
    (
        "unknown_medicine:metforminx",
        {"age": 40, "medications": ["metforminx"]},
        None,
        (
            "metforminx is not in this library's catalogue: its interactions with magnesium were "
            "not checked (did you mean metformin?). A pharmacist can check it before you take "
            "magnesium."
        ),
    ),
    (
        "reduced_kidney_function",
        {"age": 65, "egfr": "59 mL/min"},
        None,
        (
            "Reduced kidney function: excess magnesium is not excreted, and the risk of high "
            f"magnesium (slow pulse, depressed breathing) rises. {ASK}"
        ),
    ),
    (
        "heart",
        {"age": 40, "conditions": ["heart disease"]},
        None,
        (
            "Heart disease, especially with antiarrhythmics, digitalis or calcium channel "
            f"blockers. {ASK}"
        ),
    ),
    (
        "polypharmacy",
        {
            "age": 40,
            "medications": ["metformin", "ramipril", "simvastatin", "sertraline", "apixaban"],
        },
        None,
        (
            "5 medicines (5 or more): more interactions, and kidney function is often reduced "
            f"unknowingly. {ASK}"
        ),
    ),
    (
        "diuretic_or_ppi",
        {"age": 40, "medications": ["omeprazole"]},
        None,
        (
            "On diuretics or proton pump inhibitors: ask a doctor or clinical dietitian before "
            "supplementing."
        ),
    ),
    (
        "potassium_sparing_diuretic",
        {"age": 40, "medications": ["spironolactone"]},
        None,
        (
            "Potassium-sparing diuretics lower magnesium excretion: risk of too much magnesium "
            f"and potassium; blood tests regularly. {ASK}"
        ),
    ),
    (
        "avoid:raltegravir",
        {"age": 40, "medications": ["raltegravir"]},
        None,
        (
            "raltegravir: Taking raltegravir with aluminium or magnesium antacids is not "
            "recommended. Unconfirmed: ask a pharmacist."
        ),
    ),
    (
        "serum_high",
        {"age": 40, "serum_magnesium": "1.1 mmol/L"},
        None,
        (
            "Serum magnesium 1.10 mmol/L is above the reference interval (0.75-0.95 mmol/L; many "
            "laboratories' ranges reach about 1.0-1.1): do not supplement, and discuss the value "
            "with a doctor."
        ),
    ),
    (
        "child",
        {"age": 12},
        None,
        f"The supplement advice here is for adults; children's upper levels differ. {ASK}",
    ),
    (
        "persistent_diarrhoea",
        {"age": 40, "symptoms": ["persistent diarrhoea"]},
        None,
        "Persistent diarrhoea: stop magnesium supplements (the article) and ask a doctor.",
    ),
    (
        "violent_or_frequent_night_cramps",
        {"age": 40, "symptoms": ["violent cramps"]},
        None,
        f"Frequent or violent cramps that wake you several times a night. {SEE}",
    ),
    (
        "new_cramps",
        {"age": 40, "symptoms": ["new cramps without obvious cause"]},
        None,
        f"New cramps without an obvious cause. {SEE}",
    ),
    (
        "weakness_numbness_swelling",
        {"age": 40, "symptoms": ["numbness"]},
        None,
        f"Weakness, numbness or swelling in the cramping area. {SEE}",
    ),
    (
        "heart_or_breathing_signs",
        {"age": 40, "symptoms": ["palpitations"]},
        None,
        f"Palpitations, irregular pulse, shortness of breath or swollen ankles. {SEE}",
    ),
    (
        "high_magnesium_signs",
        {"age": 40, "symptoms": ["slow pulse"]},
        None,
        f"Slow pulse or depressed breathing can be signs of too much magnesium. {SEE}",
    ),
    (
        "serum_severely_low",
        {"age": 40, "serum_magnesium": "0.4 mmol/L"},
        None,
        f"Serum magnesium 0.40 mmol/L (0.6 or below: overt symptoms expected). {SEE}",
    ),
    (
        "serum_hypermagnesaemia",
        {"age": 40, "serum_magnesium": "1.8 mmol/L"},
        None,
        (
            "Serum magnesium 1.80 mmol/L: above the reference interval; at 1.80 mmol/L: loss of "
            f"deep tendon reflexes, muscle weakness. {SEE}"
        ),
    ),
    (
        "serum_high_with_symptoms",
        {"age": 40, "serum_magnesium": "1.1 mmol/L", "symptoms": ["nausea"]},
        None,
        (
            "Serum magnesium 1.10 mmol/L, above the reference interval, with nausea: possible "
            f"first signs of too much magnesium. {SEE}"
        ),
    ),
]


@pytest.mark.parametrize(("key", "fields", "taken", "words"), RULES, ids=[r[0] for r in RULES])
def test_rule_in_words(key: str, fields: dict[str, Any], taken: float | None, words: str) -> None:
    """The rule fires for its person, says exactly this, and reads in Danish."""
    person = mg.Person(sex="female", **fields)
    intake = None if taken is None else [mg.supplement(elemental=f"{taken} mg")]
    assessment = mg.assess(person, intake)
    found = {f.key: f for f in (*assessment.cautions, *assessment.red_flags)}
    assert key in found
    finding = found[key]
    assert finding.text == words
    assert finding.to_text().splitlines()[0] == f"{key}: {words}"
    danish = finding.to_dict("da")["text"]
    assert danish
    assert danish != words
    assert finding.to_text("da").splitlines()[0] == danish
    # a red flag always points to a doctor; a caution always to a professional
    if finding in assessment.red_flags:
        assert words.endswith(SEE)
        assert danish.endswith("Søg læge.")
    else:
        assert any(who in words for who in ("doctor", "midwife", "pharmacist"))


def test_every_rule_has_a_row() -> None:
    """The table covers every caution and red flag the library declares."""

    declared = {r.name for r in (*_safety.CAUTIONS, *_safety.RED_FLAGS)}
    # medicine cautions are keyed by kind and medicine
    covered = {key.split(":")[0] for key, *_ in RULES}
    kinds = {"no_spacing_window", "magnesium_wasting_medicine", "magnesium_medicine"}
    assert declared - {"medicine"} <= covered
    assert kinds | {"unknown_medicine"} <= covered
