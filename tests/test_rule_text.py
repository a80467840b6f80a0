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
from magnesium.risk import _safety, _triage

ASK = "Ask a doctor before taking a magnesium supplement."
# Magnaspartate SmPC 4.4 (potassium and calcium); SPS (a measured low magnesium's cause)
LOW = (
    "A measured low magnesium has a cause that a doctor must find: do not treat it yourself "
    "with supplements, and talk to the doctor who ordered the test, who will check potassium "
    "and calcium too."
)

RULES: list[tuple[str, dict[str, Any], float | None, str, dict[str, str]]] = [
    # key, Person fields (with sex="female"), supplement taken (mg elemental), text,
    # and the inputs the finding records
    (
        "over_ceiling",
        {"age": 40},
        482,
        (
            "Supplemental magnesium of 482 mg a day is 232 mg over the ceiling of 250 mg/day "
            "(EFSA): reduce it to at most 250 mg. Above the ceiling magnesium can cause osmotic "
            "diarrhoea, nausea and stomach cramps. If a doctor prescribed it, ask the doctor."
        ),
        {"supplemental_mg": "482.0", "ceiling_mg": "250.0"},
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
        {"pregnant": "True", "lactating": "False"},
    ),
    (
        "age_unknown",
        {},
        None,
        (
            "Age not given: the supplement advice here is for adults, and the ceiling depends on "
            "age (none under 4 in the EU). Give the age, or ask a doctor first."
        ),
        {"age": "None"},
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
        {"age": "65.0", "egfr": "None"},
    ),
    (
        "no_spacing_window:baloxavir marboxil",
        {"age": 40, "medications": ["baloxavir"]},
        None,
        (
            "baloxavir marboxil: Magnesium binds the drug in the gut (insoluble complexes): "
            "less of the drug is absorbed. Do not take with magnesium-containing laxatives, "
            "antacids or supplements (label); no window is given: ask a pharmacist. No spacing "
            "window is known: ask a pharmacist or doctor before taking magnesium."
        ),
        {"medication": "baloxavir marboxil"},
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
        {"medication": "cisplatin"},
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
        {"medication": "magnesium hydroxide"},
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
        {"medication": "metforminx", "suggestions": "metformin"},
    ),
    (
        "reduced_kidney_function",
        {"age": 65, "egfr": "59 mL/min"},
        None,
        (
            "Reduced kidney function: excess magnesium is not excreted, and the risk of high "
            f"magnesium (slow pulse, depressed breathing) rises. {ASK}"
        ),
        {"egfr": "59.0", "magnesium_taken": "False"},
    ),
    (
        "heart",
        {"age": 40, "conditions": ["heart disease"]},
        None,
        (
            "Heart disease, especially with antiarrhythmics, digitalis or calcium channel "
            f"blockers. {ASK}"
        ),
        {"heart_medicines": "none listed"},
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
        {"medications": "5"},
    ),
    (
        "diuretic_or_ppi",
        {"age": 40, "medications": ["omeprazole"]},
        None,
        (
            "On diuretics or proton pump inhibitors: ask a doctor or clinical dietitian before "
            "supplementing."
        ),
        {"medications": "omeprazole"},
    ),
    (
        "potassium_sparing_diuretic",
        {"age": 40, "medications": ["spironolactone"]},
        None,
        (
            "Potassium-sparing diuretics lower magnesium excretion: risk of too much magnesium "
            f"and potassium; blood tests regularly. {ASK}"
        ),
        {"medications": "spironolactone"},
    ),
    (
        "avoid:raltegravir",
        {"age": 40, "medications": ["raltegravir"]},
        None,
        (
            "raltegravir: Taking raltegravir with aluminium or magnesium antacids, together or "
            "hours apart, is not recommended (the label: within 6 h raltegravir levels fell by "
            "about half). Ask a pharmacist before taking magnesium."
        ),
        {"medication": "raltegravir"},
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
        {"serum_mmol_per_l": "1.1"},
    ),
    (
        "child",
        {"age": 12},
        None,
        (
            "Under 18: the supplement advice here is for adults. Ask a doctor before giving a "
            "child a magnesium supplement."
        ),
        {"age": "12.0"},
    ),
    (
        "persistent_diarrhoea",
        {"age": 40, "symptoms": ["persistent diarrhoea"]},
        None,
        "Persistent diarrhoea: stop magnesium supplements (the article) and ask a doctor.",
        {"symptoms": "persistent diarrhoea"},
    ),
    (
        "violent_or_frequent_night_cramps",
        {"age": 40, "symptoms": ["violent cramps"]},
        None,
        "Frequent or violent cramps that wake you several times a night.",
        {"symptoms": "violent cramps"},
    ),
    (
        "new_cramps",
        {"age": 40, "symptoms": ["new cramps without obvious cause"]},
        None,
        "New cramps without an obvious cause.",
        {"age": "40.0"},
    ),
    (
        "weakness_numbness_swelling",
        {"age": 40, "symptoms": ["numbness"]},
        None,
        "Weakness, numbness or swelling in the cramping area.",
        {"symptoms": "numbness"},
    ),
    (
        "heart_or_breathing_signs",
        {"age": 40, "symptoms": ["palpitations"]},
        None,
        "Palpitations, irregular pulse, shortness of breath or swollen ankles.",
        {"symptoms": "palpitations"},
    ),
    (
        "high_magnesium_signs",
        {"age": 40, "symptoms": ["slow pulse"]},
        None,
        "Slow pulse or depressed breathing can be signs of too much magnesium.",
        {"symptoms": "slow pulse"},
    ),
    (
        "serum_severely_low",
        {"age": 40, "serum_magnesium": "0.55 mmol/L"},
        None,
        f"Serum magnesium 0.55 mmol/L (0.6 or below: overt symptoms expected). {LOW}",
        {"serum_mmol_per_l": "0.55"},
    ),
    (
        "serum_hypermagnesaemia",
        {"age": 40, "serum_magnesium": "1.8 mmol/L"},
        None,
        (
            "Serum magnesium 1.80 mmol/L: above the reference interval; at 1.80 mmol/L: loss of "
            "deep tendon reflexes, muscle weakness. Take no magnesium."
        ),
        {"serum_mmol_per_l": "1.8"},
    ),
    (
        "serum_high_with_symptoms",
        {"age": 40, "serum_magnesium": "1.1 mmol/L", "symptoms": ["nausea"]},
        None,
        (
            "Serum magnesium 1.10 mmol/L, above the reference interval, with nausea: possible "
            "first signs of too much magnesium."
        ),
        {"serum_mmol_per_l": "1.1", "symptoms": "nausea"},
    ),
]


RULES += [
    (
        "child_over_limit",
        {"age": 2},
        300,
        # IOM 1997: 65 mg/day for ages 1-3, the only level (the SCF set none under 4)
        (
            "300 mg of supplemental magnesium a day is 4.6 times the upper level of 65 mg/day "
            "(US; children 1-3 y). Stop it and ask a doctor."
        ),
        {"age": "2.0", "supplemental_mg": "300.0", "limit_mg": "65.0"},
    ),
    (
        "child_over_limit",
        {"age": 6},
        300,
        # SCF 2001: 250 mg/day from age 4 (EFSA, the default authority)
        (
            "300 mg of supplemental magnesium a day is 1.2 times the upper level of 250 mg/day "
            "(EFSA; from 4 y, including pregnancy and lactation). Stop it and ask a doctor."
        ),
        {"age": "6.0", "supplemental_mg": "300.0", "limit_mg": "250.0"},
    ),
    (
        "high_magnesium_signs",
        {"age": 40, "symptoms": ["depressed breathing"]},
        None,
        (
            "Depressed breathing needs emergency help; with magnesium taken, it can be a sign "
            "of too much magnesium."
        ),
        {"symptoms": "depressed breathing"},
    ),
    (
        "tetany_or_seizures",
        {"age": 40, "symptoms": ["tetany"]},
        None,
        (
            "Tetany (lasting muscle spasms, such as of the hands and feet) can be a sign of "
            "severe low magnesium or calcium: a blood test is needed."
        ),
        {"symptoms": "tetany"},
    ),
    (
        "tetany_or_seizures",
        {"age": 40, "symptoms": ["seizures", "tetany"]},
        None,
        "A seizure needs emergency help; severe low magnesium is one of its possible causes.",
        {"symptoms": "seizures, tetany"},
    ),
    (
        "serum_low",
        {"age": 40, "serum_magnesium": "0.62 mmol/L", "symptoms": ["weakness", "tingling"]},
        None,
        (
            "Serum magnesium 0.62 mmol/L is below the reference interval (0.75-0.95 mmol/L), "
            f"with tingling, weakness. {LOW}"
        ),
        {"serum_mmol_per_l": "0.62", "symptoms": "tingling, weakness"},
    ),
    (
        "serum_low",
        {"age": 40, "serum_magnesium": "0.74 mmol/L"},
        None,
        f"Serum magnesium 0.74 mmol/L is below the reference interval (0.75-0.95 mmol/L). {LOW}",
        {"serum_mmol_per_l": "0.74", "symptoms": ""},
    ),
    (
        "serum_critically_low",
        {"age": 40, "serum_magnesium": "0.45 mmol/L"},
        None,
        (
            "Serum magnesium 0.45 mmol/L, below 0.5: severe hypomagnesaemia, which is treated "
            "in hospital. Take no magnesium on your own."
        ),
        {"serum_mmol_per_l": "0.45"},
    ),
    (
        "serum_low_with_danger_signs",
        {"age": 40, "serum_magnesium": "0.65 mmol/L", "symptoms": ["irregular pulse"]},
        None,
        (
            "Serum magnesium 0.65 mmol/L, below the reference interval, with irregular pulse: "
            "signs of severe hypomagnesaemia, which is treated in hospital."
        ),
        {"serum_mmol_per_l": "0.65", "symptoms": "irregular pulse"},
    ),
    (
        "serum_high_with_danger_signs",
        {"age": 40, "serum_magnesium": "1.2 mmol/L", "symptoms": ["low blood pressure"]},
        None,
        (
            "Serum magnesium 1.20 mmol/L, above the reference interval, with low blood "
            "pressure: possible signs of magnesium toxicity. Take no magnesium."
        ),
        {"serum_mmol_per_l": "1.2", "symptoms": "low blood pressure"},
    ),
    (
        "new_cramps",
        {"age": 51, "symptoms": ["new cramps without obvious cause"]},
        None,
        "New cramps without an obvious cause, over age 50.",
        {"age": "51.0"},
    ),
    (
        "new_cramps",
        {"age": 50, "symptoms": ["new cramps without obvious cause"]},
        None,
        "New cramps without an obvious cause.",
        {"age": "50.0"},
    ),
    (
        "unknown_medicine:insulin aspartx",
        {"age": 40, "medications": ["insulin aspartx"]},
        None,
        (
            "insulin aspartx is not in this library's catalogue: its interactions with magnesium "
            "were not checked (did you mean insulin, insulin aspart, insulin (human)?). A "
            "pharmacist can check it before you take magnesium."
        ),
        {
            "medication": "insulin aspartx",
            "suggestions": (
                "insulin, insulin aspart, insulin (human), insulin (humant), insulin glargine"
            ),
        },
    ),
    (
        "serum_high_with_symptoms",
        {"age": 40, "serum_magnesium": "1.74 mmol/L", "symptoms": ["nausea"]},
        None,
        (
            "Serum magnesium 1.74 mmol/L, above the reference interval, with nausea: possible "
            "first signs of too much magnesium."
        ),
        {"serum_mmol_per_l": "1.74", "symptoms": "nausea"},
    ),
    (
        "serum_hypermagnesaemia",
        {"age": 40, "serum_magnesium": "1.75 mmol/L", "symptoms": ["nausea"]},
        None,
        (
            "Serum magnesium 1.75 mmol/L: above the reference interval; at 1.75 mmol/L: loss of "
            "deep tendon reflexes, muscle weakness. Take no magnesium."
        ),
        {"serum_mmol_per_l": "1.75"},
    ),
]

# What each finding records beside its text: its sources (keys of
# magnesium.sources.SOURCES) and the evidence status.
RECORDS: dict[str, tuple[tuple[str, ...], str]] = {
    "over_ceiling": (("SCF2001", "NIHODS", "ARTICLE"), "confirmed"),
    "pregnancy_or_lactation": (("COCHRANE2020", "ZHOU2015", "EFSA2015"), "confirmed"),
    "age_unknown": (("SCF2001", "ARTICLE"), "confirmed"),
    "older_adult_kidney_unknown": (("ARTICLE", "NIHODS"), "secondary"),
    "no_spacing_window:baloxavir marboxil": (("XOFLUZALABEL",), "secondary"),
    "magnesium_wasting_medicine:cisplatin": (("UCSF", "MEDALG"), "secondary"),
    "magnesium_medicine:magnesium hydroxide": (("ARTICLE", "SCF2001", "ATC2026"), "secondary"),
    "unknown_medicine:metforminx": (("ARTICLE",), "unconfirmed"),
    "reduced_kidney_function": (("ARTICLE", "FAN2021"), "confirmed"),
    "heart": (("ARTICLE",), "confirmed"),
    "polypharmacy": (("ARTICLE", "MASNOON2017"), "confirmed"),
    "diuretic_or_ppi": (("ARTICLE",), "confirmed"),
    "potassium_sparing_diuretic": (("NIHODS", "ARTICLE"), "secondary"),
    "avoid:raltegravir": (("ISENTRESSLABEL",), "secondary"),
    "serum_high": (("COSTELLO2016", "ROSANOFF2022", "COSTELLO2017", "MEDSCAPE2022"), "confirmed"),
    "child": (("SCF2001", "IOM1997"), "confirmed"),
    "child_over_limit": (("IOM1997",), "confirmed"),
    "child_over_limit:6": (("SCF2001",), "confirmed"),
    "tetany_or_seizures": (("SPSHYPOMG",), "confirmed"),
    "serum_low": (("COSTELLO2016", "MAGNASPARTATE", "SPSHYPOMG"), "confirmed"),
    "serum_critically_low": (("SPSHYPOMG",), "confirmed"),
    "serum_low_with_danger_signs": (("SPSHYPOMG", "COSTELLO2016"), "confirmed"),
    "serum_high_with_danger_signs": (("MEDSCAPE2022", "NIHODS"), "confirmed"),
    "persistent_diarrhoea": (("ARTICLE",), "confirmed"),
    "violent_or_frequent_night_cramps": (("ARTICLE",), "confirmed"),
    "new_cramps": (("ARTICLE",), "confirmed"),
    "weakness_numbness_swelling": (("ARTICLE",), "confirmed"),
    "heart_or_breathing_signs": (("ARTICLE",), "confirmed"),
    "high_magnesium_signs": (("ARTICLE", "MEDSCAPE2022"), "confirmed"),
    "serum_severely_low": (("ROSANOFF2022", "MAGNASPARTATE", "SPSHYPOMG"), "confirmed"),
    "serum_hypermagnesaemia": (("MEDSCAPE2022", "NIHODS"), "confirmed"),
    "serum_high_with_symptoms": (("MEDSCAPE2022", "COSTELLO2016"), "confirmed"),
    "unknown_medicine:insulin aspartx": (("ARTICLE",), "unconfirmed"),
}


A, D, E = mg.Urgency.ASK_FIRST, mg.Urgency.DOCTOR, mg.Urgency.EMERGENCY
# How soon each finding asks to act (issue 22): the doctor for measured low or high
# magnesium (SPS; Magnaspartate SmPC), kidney and heart disease (the article), a child
# over the level (IOM 1997, SCF 2001); 112 for severe low magnesium or its danger signs
# (SPS: below 0.5 mmol/L; tetany, seizures, arrhythmias), toxicity from 1.75 mmol/L
# or with hypotension, a slow pulse or depressed breathing (Medscape 2022, NIH ODS),
# depressed breathing and a seizure on their own.
URGENCY: dict[str, mg.Urgency] = {
    "over_ceiling": A, "pregnancy_or_lactation": A, "age_unknown": A,
    "older_adult_kidney_unknown": A, "no_spacing_window": A, "magnesium_wasting_medicine": A,
    "magnesium_medicine": A, "unknown_medicine": A, "reduced_kidney_function": D,
    "heart": D, "polypharmacy": A, "diuretic_or_ppi": A, "potassium_sparing_diuretic": D,
    "avoid": A, "serum_high": D, "child": A, "child_over_limit": D, "persistent_diarrhoea": D,
    "violent_or_frequent_night_cramps": D, "new_cramps": D, "weakness_numbness_swelling": D,
    "heart_or_breathing_signs": D, "high_magnesium_signs": D,
    "high_magnesium_signs:['depressed breathing']": E, "tetany_or_seizures": D,
    "tetany_or_seizures:['seizures', 'tetany']": E, "serum_low": D, "serum_severely_low": D,
    "serum_critically_low": E, "serum_low_with_danger_signs": E, "serum_hypermagnesaemia": E,
    "serum_high_with_danger_signs": E, "serum_high_with_symptoms": D,
}  # fmt: skip
URGENCY.update({k: URGENCY[k.split(":")[0]] for k in RECORDS if ":" in k and k not in URGENCY})


@pytest.mark.parametrize(
    ("key", "fields", "taken", "words", "inputs"), RULES, ids=[r[0] for r in RULES]
)
def test_rule_in_words(
    key: str, fields: dict[str, Any], taken: float | None, words: str, inputs: dict[str, str]
) -> None:
    """The rule fires for its person, says exactly this, and reads in Danish."""
    person = mg.Person(sex="female", **fields)
    intake = None if taken is None else [mg.supplement(elemental=f"{taken} mg")]
    assessment = mg.assess(person, intake)
    found = {f.key: f for f in (*assessment.cautions, *assessment.red_flags)}
    assert key in found
    finding = found[key]
    assert finding.text == words
    age = fields.get("age")
    sources, evidence = RECORDS.get(f"{key}:{age}", RECORDS[key])
    assert finding.sources == sources
    assert finding.evidence == evidence
    assert {name: str(value) for name, value in finding.inputs} == inputs
    assert finding.to_text().splitlines()[0] == f"{key}: {words}"
    danish = finding.to_dict("da")["text"]
    assert danish
    assert danish != words
    assert finding.to_text("da").splitlines()[0] == danish
    # a red flag always points to a doctor or to 112 (its urgency, put first in the
    # assessment); a caution always to a professional
    assert finding.urgency is URGENCY.get(f"{key}:{fields.get('symptoms')}", URGENCY[key])
    assert assessment.urgency >= finding.urgency
    if finding in assessment.red_flags:
        assert finding.urgency >= mg.Urgency.DOCTOR
        lead = "Ring 112 nu" if finding.urgency is mg.Urgency.EMERGENCY else "Søg læge"
        assert assessment.recommendation.summary.render("da").startswith(f"{lead}: ")
        assert assessment.to_text("da").startswith(lead)
    else:
        assert any(who in words for who in ("doctor", "midwife", "pharmacist"))


def test_every_rule_has_a_row() -> None:
    """The table covers every caution and red flag the library declares."""

    declared = {r.name for r in (*_safety.CAUTIONS, *_triage.RED_FLAGS)}
    # medicine cautions are keyed by kind and medicine
    covered = {row[0].split(":")[0] for row in RULES}
    kinds = {"no_spacing_window", "magnesium_wasting_medicine", "magnesium_medicine"}
    assert declared - {"medicine"} <= covered
    assert kinds | {"unknown_medicine"} <= covered


def test_finding_lines_list_inputs_and_sources() -> None:
    """A finding's lines: its weight, every input and every source, comma-separated."""
    assessment = mg.assess(mg.Person(sex="female", age=40), [mg.supplement(elemental="482 mg")])
    (caution,) = assessment.cautions
    assert caution.to_text().splitlines()[1:] == [
        "  weight    0",
        "  inputs    supplemental_mg=482.0, ceiling_mg=250.0",
        "  sources   SCF2001, NIHODS, ARTICLE",
        "  evidence  confirmed",
        "  urgency   Ask a doctor or pharmacist before taking a supplement.",
    ]


@pytest.mark.parametrize(
    ("intake", "medications", "taken"),
    [
        (None, [], False),
        (["food"], [], False),  # food is not a supplement: nothing counts toward the ceiling
        (["supplement"], [], True),
        (None, ["magnesium hydroxide"], True),  # a magnesium medicine (ATC A02AA)
    ],
)
def test_reduced_kidney_function_with_magnesium_taken(
    intake: list[str] | None, medications: list[str], taken: bool
) -> None:
    """With reduced kidney function, magnesium already taken raises the warning."""
    items = {"food": mg.food("almonds", "30 g"), "supplement": mg.supplement(elemental="100 mg")}
    person = mg.Person(sex="female", age=65, egfr="59 mL/min", medications=medications)
    assessment = mg.assess(person, None if intake is None else [items[i] for i in intake])
    (caution,) = [c for c in assessment.cautions if c.key == "reduced_kidney_function"]
    assert dict(caution.inputs)["magnesium_taken"] == str(taken)
    already = "Magnesium medicines or supplements are already taken: high risk."
    assert (already in caution.text) is taken


def test_findings_join_several_names() -> None:
    """Findings list several medicines or symptoms, comma-separated, in their order."""
    assessment = mg.assess(
        mg.Person(
            sex="female",
            age=40,
            conditions=["heart disease"],
            medications=["digoxin", "furosemide", "bendroflumethiazide", "spironolactone"],
            symptoms=["numbness", "swelling in the cramping area"],
        )
    )
    inputs = {f.key: dict(f.inputs) for f in (*assessment.cautions, *assessment.red_flags)}
    assert inputs["diuretic_or_ppi"] == {
        "medications": "furosemide, bendroflumethiazide, spironolactone"
    }
    assert inputs["heart"] == {"heart_medicines": "digoxin"}
    assert inputs["weakness_numbness_swelling"] == {
        "symptoms": "numbness, swelling in the cramping area"
    }
    sparing = mg.assess(
        mg.Person(sex="female", age=40, medications=["spironolactone", "amiloride"])
    )
    (caution,) = [c for c in sparing.cautions if c.key == "potassium_sparing_diuretic"]
    assert dict(caution.inputs) == {"medications": "spironolactone, amiloride"}


def test_unknown_medicine_without_suggestions() -> None:
    """A name like nothing in the catalogue: not checked, no guess offered."""
    (caution,) = mg.assess(mg.Person(sex="female", age=40, medications=["zzzzqqq"])).cautions
    assert caution.text == (
        "zzzzqqq is not in this library's catalogue: its interactions with magnesium were not "
        "checked. A pharmacist can check it before you take magnesium."
    )
    assert dict(caution.inputs) == {"medication": "zzzzqqq", "suggestions": ""}


def test_kidney_warning_when_magnesium_is_taken() -> None:
    """Reduced kidney function with a supplement already taken: the whole warning."""
    assessment = mg.assess(
        mg.Person(sex="female", age=65, egfr="59 mL/min"), [mg.supplement(elemental="100 mg")]
    )
    (caution,) = [c for c in assessment.cautions if c.key == "reduced_kidney_function"]
    assert caution.text == (
        "Reduced kidney function: excess magnesium is not excreted, and the risk of high "
        "magnesium (slow pulse, depressed breathing) rises. Magnesium medicines or supplements "
        f"are already taken: high risk. {ASK}"
    )
