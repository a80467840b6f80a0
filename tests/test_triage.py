"""Triage (issue 22): every person gets the right urgency, and no dangerous finding gets a dose.

One row per person, as a clinician would read the output aloud: the urgency
expected, whether a dose may be offered, and the finding that decides it.
Each row names its source. The thresholds: the reference interval
0.75-0.95 mmol/L (Costello 2016; NIH ODS: hypomagnesaemia below 0.75);
severe hypomagnesaemia below 0.5 mmol/L, with tetany, seizures or
arrhythmias as its danger signs (NHS SPS); toxicity from 1.75 mmol/L, with
hypotension, slow pulse and depressed breathing as its signs (Medscape 2022;
NIH ODS); the children's upper levels 65 mg/day at 1-3 years, 110 at 4-8
(IOM 1997) and 250 from 4 years (SCF 2001).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium.frame import score

R, A, D, E = mg.Urgency.ROUTINE, mg.Urgency.ASK_FIRST, mg.Urgency.DOCTOR, mg.Urgency.EMERGENCY
DOSE, NO_DOSE = True, False

# person fields, supplement taken (mg elemental) and authority, then the urgency,
# whether a dose is offered, and the finding that decides (None: none needed)
PEOPLE: list[tuple[dict[str, Any], float | None, str, mg.Urgency, bool, str | None]] = [
    # --- measured low magnesium: a doctor finds the cause (SPS; Magnaspartate SmPC 4.4)
    ({"age": 40, "serum_magnesium": "0.62 mmol/L", "symptoms": {"weakness", "tingling"}},
     None, "EFSA", D, NO_DOSE, "serum_low"),
    ({"age": 40, "serum_magnesium": "0.65 mmol/L"}, None, "EFSA", D, NO_DOSE, "serum_low"),
    ({"age": 40, "serum_magnesium": "0.70 mmol/L"}, None, "EFSA", D, NO_DOSE, "serum_low"),
    ({"age": 40, "serum_magnesium": "0.74 mmol/L"}, None, "EFSA", D, NO_DOSE, "serum_low"),
    ({"age": 40, "serum_magnesium": "1.7 mg/dL"}, None, "EFSA", D, NO_DOSE, "serum_low"),
    ({"age": 40, "serum_magnesium": "1.4 mEq/L"}, None, "EFSA", D, NO_DOSE, "serum_low"),
    # Rosanoff 2022's overt-symptom level, 0.6 and below: still a doctor
    ({"age": 40, "serum_magnesium": "0.6 mmol/L"}, None, "EFSA", D, NO_DOSE,
     "serum_severely_low"),
    ({"age": 40, "serum_magnesium": "0.5 mmol/L"}, None, "EFSA", D, NO_DOSE,
     "serum_severely_low"),
    # SPS: below 0.5 mmol/L is severe, treated in hospital
    ({"age": 40, "serum_magnesium": "0.49 mmol/L"}, None, "EFSA", E, NO_DOSE,
     "serum_critically_low"),
    ({"age": 70, "serum_magnesium": "0.3 mmol/L"}, None, "EFSA", E, NO_DOSE,
     "serum_critically_low"),
    # StatPearls: tremor among the manifestations; the serum decides (a doctor)
    ({"age": 40, "serum_magnesium": "1.6 mg/dL", "symptoms": {"tremor"}}, None, "EFSA", D,
     NO_DOSE, "serum_low"),
    # SPS: tetany, seizures, arrhythmias with low magnesium
    ({"age": 40, "serum_magnesium": "0.65 mmol/L", "symptoms": {"tetany"}}, None, "EFSA", E,
     NO_DOSE, "serum_low_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "0.7 mmol/L", "symptoms": {"irregular pulse"}}, None,
     "EFSA", E, NO_DOSE, "serum_low_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "0.55 mmol/L", "symptoms": {"seizures"}}, None, "EFSA", E,
     NO_DOSE, "serum_low_with_danger_signs"),
    # the grey zone 0.75-0.85 (Costello 2017) alone does not need a doctor
    ({"age": 40, "sex": "female", "serum_magnesium": "0.80 mmol/L", "diet": "one-sided"}, None,
     "EFSA", R, DOSE, None),
    ({"age": 40, "sex": "female", "serum_magnesium": "0.80 mmol/L", "diet": "one-sided"}, None,
     "US", R, DOSE, None),
    # normal serum: no trial (the article: other measures help more)
    ({"age": 40, "serum_magnesium": "0.85 mmol/L", "symptoms": {"night cramps"}}, None, "EFSA",
     R, NO_DOSE, None),
    # --- measured high magnesium (Medscape 2022; NIH ODS)
    ({"age": 40, "serum_magnesium": "1.1 mmol/L"}, None, "EFSA", D, NO_DOSE, "serum_high"),
    ({"age": 40, "serum_magnesium": "1.1 mmol/L", "symptoms": {"nausea"}}, None, "EFSA", D,
     NO_DOSE, "serum_high_with_symptoms"),
    # Medscape 2022: 2-4 mEq/L brings nausea, vomiting, skin flushing, weakness, lightheadedness
    ({"age": 40, "serum_magnesium": "2.4 mEq/L", "symptoms": {"flushing"}}, None, "EFSA", D,
     NO_DOSE, "serum_high_with_symptoms"),
    ({"age": 40, "serum_magnesium": "1.3 mmol/L", "symptoms": {"vomiting"}}, None, "EFSA", D,
     NO_DOSE, "serum_high_with_symptoms"),
    ({"age": 40, "serum_magnesium": "1.3 mmol/L", "symptoms": {"lightheadedness"}}, None,
     "EFSA", D, NO_DOSE, "serum_high_with_symptoms"),
    # NIH ODS: lethargy, then "difficulty breathing, extreme hypotension, irregular heartbeat"
    ({"age": 40, "serum_magnesium": "1.3 mmol/L", "symptoms": {"lethargy"}}, None, "EFSA", D,
     NO_DOSE, "serum_high_with_symptoms"),
    ({"age": 40, "serum_magnesium": "1.3 mmol/L", "symptoms": {"difficulty breathing"}}, None,
     "EFSA", E, NO_DOSE, "serum_high_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "1.3 mmol/L", "symptoms": {"irregular heartbeat"}}, None,
     "EFSA", E, NO_DOSE, "serum_high_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "1.2 mmol/L", "symptoms": {"confusion"}}, None, "EFSA", E,
     NO_DOSE, "serum_high_with_danger_signs"),
    # NHS SPS: nystagmus among the severe neurologic signs of low magnesium
    ({"age": 40, "serum_magnesium": "0.65 mmol/L", "symptoms": {"abnormal eye movements"}},
     None, "EFSA", E, NO_DOSE, "serum_low_with_danger_signs"),
    # without a serum value, difficulty breathing with cramps is the article's flag
    ({"age": 40, "symptoms": {"difficulty breathing", "night cramps"}}, None, "EFSA", D,
     NO_DOSE, "heart_or_breathing_signs"),
    ({"age": 40, "serum_magnesium": "1.2 mmol/L", "symptoms": {"slow pulse"}}, None, "EFSA", E,
     NO_DOSE, "serum_high_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "1.2 mmol/L", "symptoms": {"low blood pressure"}}, None,
     "EFSA", E, NO_DOSE, "serum_high_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "1.0 mmol/L", "symptoms": {"depressed breathing"}}, None,
     "EFSA", E, NO_DOSE, "serum_high_with_danger_signs"),
    ({"age": 40, "serum_magnesium": "1.75 mmol/L"}, None, "EFSA", E, NO_DOSE,
     "serum_hypermagnesaemia"),
    ({"age": 40, "serum_magnesium": "3.5 mmol/L"}, None, "EFSA", E, NO_DOSE,
     "serum_hypermagnesaemia"),
    ({"age": 80, "serum_magnesium": "2.4 mmol/L", "conditions": {"kidney disease"}}, None,
     "EFSA", E, NO_DOSE, "serum_hypermagnesaemia"),
    # --- danger signs without a serum value
    ({"age": 40, "symptoms": {"depressed breathing"}}, None, "EFSA", E, NO_DOSE,
     "high_magnesium_signs"),
    ({"age": 70, "symptoms": {"depressed breathing", "slow pulse"}}, 250, "EFSA", E, NO_DOSE,
     "high_magnesium_signs"),
    ({"age": 40, "symptoms": {"slow pulse"}}, None, "EFSA", D, NO_DOSE, "high_magnesium_signs"),
    ({"age": 40, "symptoms": {"seizures"}}, None, "EFSA", E, NO_DOSE, "tetany_or_seizures"),
    ({"age": 40, "symptoms": {"tetany"}}, None, "EFSA", D, NO_DOSE, "tetany_or_seizures"),
    # --- the article's red flags: a doctor
    ({"age": 40, "symptoms": {"violent cramps"}}, None, "EFSA", D, NO_DOSE,
     "violent_or_frequent_night_cramps"),
    ({"age": 55, "symptoms": {"new cramps without obvious cause"}}, None, "EFSA", D, NO_DOSE,
     "new_cramps"),
    ({"age": 40, "symptoms": {"numbness"}}, None, "EFSA", D, NO_DOSE,
     "weakness_numbness_swelling"),
    ({"age": 40, "symptoms": {"palpitations"}}, None, "EFSA", D, NO_DOSE,
     "heart_or_breathing_signs"),
    # --- children: IOM 1997 (65 mg at 1-3, 110 at 4-8), SCF 2001 (250 from 4)
    ({"sex": "female", "age": 2}, 300, "EFSA", D, NO_DOSE, "child_over_limit"),
    ({"sex": "female", "age": 2}, 300, "NNR2023", D, NO_DOSE, "child_over_limit"),
    ({"sex": "female", "age": 2}, 300, "US", D, NO_DOSE, "child_over_limit"),
    ({"sex": "male", "age": 3}, 65, "EFSA", A, NO_DOSE, "child"),  # at the level: not over
    ({"sex": "male", "age": 6}, 120, "US", D, NO_DOSE, "child_over_limit"),
    ({"sex": "male", "age": 6}, 120, "EFSA", A, NO_DOSE, "child"),  # EU: 250 from 4 years
    ({"sex": "male", "age": 6}, 260, "EFSA", D, NO_DOSE, "child_over_limit"),
    ({"sex": "female", "age": 15}, 400, "US", D, NO_DOSE, "child_over_limit"),
    ({"sex": "female", "age": 15}, None, "EFSA", A, NO_DOSE, "child"),
    # --- cautions: ask first, or a doctor for kidneys and heart (the article)
    ({"age": 40}, 482, "EFSA", A, NO_DOSE, "over_ceiling"),
    ({"age": 30, "sex": "female", "pregnant": True}, None, "EFSA", A, NO_DOSE,
     "pregnancy_or_lactation"),
    ({}, None, "EFSA", A, NO_DOSE, "age_unknown"),
    ({"age": 70}, None, "EFSA", A, NO_DOSE, "older_adult_kidney_unknown"),
    ({"age": 40, "egfr": "45 mL/min"}, None, "EFSA", D, NO_DOSE, "reduced_kidney_function"),
    ({"age": 40, "conditions": {"heart disease"}}, None, "EFSA", D, NO_DOSE, "heart"),
    ({"age": 40, "medications": ["furosemide"]}, None, "EFSA", A, NO_DOSE, "diuretic_or_ppi"),
    ({"age": 40, "medications": ["spironolactone"]}, None, "EFSA", D, NO_DOSE,
     "potassium_sparing_diuretic"),
    ({"age": 40, "symptoms": {"persistent diarrhoea"}}, None, "EFSA", D, NO_DOSE,
     "persistent_diarrhoea"),
    # a danger sign of low magnesium with a serum inside the interval is not the low-serum flag
    ({"age": 40, "serum_magnesium": "0.80 mmol/L", "symptoms": {"irregular pulse"}}, None,
     "EFSA", D, NO_DOSE, "heart_or_breathing_signs"),
    # shortness of breath alone is not the article's flag (it is with cramps)
    ({"age": 40, "sex": "male", "symptoms": {"shortness of breath"}}, None, "EFSA", R, NO_DOSE,
     None),
    # --- routine: the article's trial, counting what is taken (200-250 mg a day)
    ({"age": 40, "sex": "male", "diet": "one-sided"}, None, "EFSA", R, DOSE, None),
    ({"age": 40, "sex": "male", "diet": "one-sided"}, 100, "EFSA", R, DOSE, None),
    ({"age": 40, "sex": "male", "diet": "one-sided"}, 249, "EFSA", R, NO_DOSE, None),
    ({"age": 40, "sex": "male", "diet": "one-sided"}, 150, "US", R, DOSE, None),
    ({"age": 40, "sex": "male"}, None, "EFSA", R, NO_DOSE, None),  # no risk factor: food first
]  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "taken", "authority", "urgency", "dose", "key"),
    PEOPLE,
    ids=[f"{i}-{row[5]}" for i, row in enumerate(PEOPLE)],
)
def test_triage_table(  # noqa: PLR0917 - one argument per column of the table
    fields: dict[str, Any],
    taken: float | None,
    authority: str,
    urgency: mg.Urgency,
    dose: bool,
    key: str | None,
) -> None:
    """The urgency, dose or none, and the finding that decides, for each person."""
    intake = None if taken is None else [mg.supplement(elemental=f"{taken} mg")]
    result = mg.assess(mg.Person(**fields), intake, authority=authority)
    assert result.urgency is urgency
    assert (result.recommendation.supplement is not None) is dose
    findings = (*result.red_flags, *result.cautions)
    if key is not None:
        deciding = [f for f in findings if f.key == key]
        assert deciding, [f.key for f in findings]
        assert max(f.urgency for f in deciding) is urgency
    if urgency is not R:
        assert result.recommendation.supplement is None  # never a dose above routine
        assert result.recommendation.ask_doctor_first
    if result.recommendation.supplement is not None:
        plan = result.recommendation.supplement
        assert (taken or 0) + plan.dose_mg <= 250  # the article's 200-250 mg in all


def test_at_least_forty_people() -> None:
    """The table is wide enough to mean something: 40 people or more, every level."""
    assert len(PEOPLE) >= 40
    assert {row[3] for row in PEOPLE} == set(mg.Urgency)


@pytest.mark.parametrize(
    ("fields", "lead_en", "lead_da"),
    [
        (
            {"serum_magnesium": "3.5 mmol/L"},
            "Call 112 (the emergency number) now.",
            "Ring 112 nu.",
        ),
        ({"symptoms": {"depressed breathing"}}, "Call 112", "Ring 112"),
        ({"symptoms": {"palpitations"}}, "See a doctor;", "Søg læge;"),
        ({"medications": ["omeprazole"]}, "Ask a doctor or pharmacist", "Spørg en læge"),
        ({"sex": "male", "diet": "one-sided"}, "No finding needs a doctor.", "Intet fund"),
    ],
)
def test_text_leads_with_the_urgency(fields: dict[str, Any], lead_en: str, lead_da: str) -> None:
    """The text, HTML and summary lead with what to do, in English and Danish."""
    result = mg.assess(mg.Person(age=40, **fields))
    assert result.to_text().startswith(lead_en)
    assert result.to_text("da").startswith(lead_da)
    assert f"<strong>{lead_en}" in result.to_html()
    assert result.to_dict()["urgency"] == str(result.urgency)


def test_emergency_summary_names_112_and_every_reason() -> None:
    """An emergency's summary says to call 112, with each red flag, the worst first."""
    person = mg.Person(age=40, serum_magnesium="1.2 mmol/L", symptoms={"slow pulse", "nausea"})
    result = mg.assess(person)
    summary = result.recommendation.summary
    assert str(summary).startswith("Call 112 (the emergency number) now: Serum magnesium 1.20")
    assert str(summary).endswith("Take no magnesium until a doctor has seen you.")
    assert summary.render("da").startswith("Ring 112 nu: Serum-magnesium 1,20")
    assert [f.urgency for f in result.red_flags] == sorted(
        (f.urgency for f in result.red_flags), reverse=True
    )
    assert result.recommendation.to_text().splitlines()[0] == "Recommendation: call 112 now"


def test_urgency_orders_and_compares() -> None:
    """Levels are ordered, so users can filter with >=; comparing with another type fails."""
    assert R < A < D < E
    assert max([A, E, D]) is E
    assert str(E) == "emergency"
    assert E.action.render("da") == "Ring 112 nu."
    with pytest.raises(TypeError):
        _ = E < "doctor"


# --- properties ------------------------------------------------------------------

DANGER = ["depressed breathing", "seizures", "tetany", "slow pulse", "low blood pressure",
          "irregular pulse", "palpitations", "violent cramps", "numbness"]  # fmt: skip
OTHER = ["night cramps", "fatigue", "twitches", "nausea", "weakness", "tingling"]
SERUM = st.one_of(st.none(), st.sampled_from([0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.8]))
MEDICINES = ["furosemide", "omeprazole", "levothyroxine", "ciprofloxacin", "spironolactone"]
PEOPLE_STRATEGY = st.fixed_dictionaries(
    {
        "age": st.sampled_from([2, 6, 15, 30, 45, 70]),
        "sex": st.sampled_from(["female", "male"]),
        "serum_magnesium": SERUM.map(lambda v: None if v is None else f"{v} mmol/L"),
        "symptoms": st.sets(st.sampled_from(OTHER + DANGER), max_size=3),
        "diet": st.sampled_from(["varied", "one-sided"]),
    }
)


@settings(max_examples=150, deadline=None)
@given(fields=PEOPLE_STRATEGY, danger=st.sampled_from(DANGER))
def test_a_danger_symptom_never_lowers_urgency(fields: dict[str, Any], danger: str) -> None:
    """Adding a danger symptom never lowers the urgency (issue 22)."""
    before = mg.assess(mg.Person(**fields)).urgency
    fields = {**fields, "symptoms": fields["symptoms"] | {danger}}
    after = mg.assess(mg.Person(**fields)).urgency
    assert after >= before
    if danger != "low blood pressure":  # a danger sign only with serum above the interval
        assert after >= D  # every other danger symptom needs a doctor


CAUTIONS = [
    {"medications": ["furosemide"]},
    {"conditions": {"kidney disease"}},
    {"conditions": {"heart disease"}},
    {"medications": ["spironolactone"]},
    {"symptoms": {"persistent diarrhoea"}},
    {"egfr": "40 mL/min"},
]


@settings(max_examples=150, deadline=None)
@given(
    fields=PEOPLE_STRATEGY,
    caution=st.sampled_from(CAUTIONS),
    taken=st.sampled_from([None, 0, 50, 150, 249]),
)
def test_a_caution_never_raises_the_dose(
    fields: dict[str, Any], caution: dict[str, Any], taken: float | None
) -> None:
    """Adding a caution never raises the dose, and never lowers the urgency."""
    intake = None if taken is None else [mg.supplement(elemental=f"{taken} mg")]

    def dose_and_urgency(person_fields: dict[str, Any]) -> tuple[float, mg.Urgency]:
        result = mg.assess(mg.Person(**person_fields), intake)
        plan = result.recommendation.supplement
        return (0.0 if plan is None else plan.dose_mg), result.urgency

    dose, urgency = dose_and_urgency(fields)
    merged = {**fields, **caution}
    if "symptoms" in caution:
        merged["symptoms"] = fields["symptoms"] | caution["symptoms"]
    dose_after, urgency_after = dose_and_urgency(merged)
    assert dose_after <= dose
    assert dose_after == 0  # a caution: no dose
    assert urgency_after >= max(urgency, A)


@pytest.mark.parametrize(
    ("medications", "names"),
    [
        ("furosemid; omeprazol", ["furosemide", "omeprazole"]),  # the cohort path's separator
        ("furosemid;omeprazol;", ["furosemide", "omeprazole"]),
        (["furosemid; omeprazol"], []),  # a list holds names as given: one unknown name
    ],
)
def test_medications_as_one_text(medications: object, names: list[str]) -> None:
    """'a; b' reads as two medicines, as the cohort path reads it: no caution is lost."""
    person = mg.Person(age=50, medications=medications)
    assert [d.name for d in person.medications] == names
    keys = {c.key for c in mg.assess(person).cautions}
    assert ("diuretic_or_ppi" in keys) is bool(names)


def test_one_value_of_a_vocabulary_or_the_catalogue() -> None:
    """A single Symptom or Drug is read as one item, not as a text to split."""
    person = mg.Person(age=50, symptoms=mg.Symptom.SEIZURES, medications=mg.find_drug("N03AX14"))
    assert person.symptoms == {mg.Symptom.SEIZURES}
    assert [d.name for d in person.medications] == ["levetiracetam"]
    assert mg.assess(person).urgency is E


def test_unknown_medicine_shows_its_suggestions_in_reports() -> None:
    """The report's 'not checked' line names what the typo may mean (issue 22)."""
    report = mg.interactions("ciproflxacin")
    line = report.to_text().splitlines()[-1]
    assert line.endswith(
        "ciproflxacin: not in the catalogue (did you mean ciprofloxacin, Ciproxin?)"
    )
    assert "mente du ciprofloxacin" in report.to_text("da")
    assert "did you mean ciprofloxacin" in report.to_html()


def test_tremor_is_a_sign_named_with_its_source() -> None:
    """A measured low with tremor names the tremor and cites StatPearls (Gragossian 2023)."""
    person = mg.Person(sex="male", age=40, serum_magnesium="0.65 mmol/L", symptoms={"tremor"})
    (low,) = [f for f in mg.assess(person).red_flags if f.key == "serum_low"]
    assert "tremor" in str(low.message)
    assert "STATPEARLSHYPOMG" in low.sources


def test_tremor_alone_suggests_a_blood_test() -> None:
    """Without a serum value, tremor (a nonspecific sign) points to a blood test."""
    result = mg.assess(mg.Person(sex="male", age=40, symptoms={"shaking"}))
    assert result.recommendation.blood_test is not None
    assert "tremor" in str(result.recommendation.blood_test)


@pytest.mark.parametrize(
    ("typed", "symptom"),
    [
        ("difficulty breathing", mg.Symptom.SHORTNESS_OF_BREATH),
        ("breathing difficulty", mg.Symptom.SHORTNESS_OF_BREATH),
        ("breathlessness", mg.Symptom.SHORTNESS_OF_BREATH),
        ("tremors", mg.Symptom.TREMOR),
        ("rysten", mg.Symptom.TREMOR),
        ("skin flushing", mg.Symptom.FLUSHING),
        ("throwing up", mg.Symptom.VOMITING),
        ("opkastning", mg.Symptom.VOMITING),
        ("dizziness", mg.Symptom.LIGHTHEADEDNESS),
        ("svimmelhed", mg.Symptom.LIGHTHEADEDNESS),
    ],
)
def test_symptoms_in_common_words(typed: str, symptom: mg.Symptom) -> None:
    """The words patients and sources use (StatPearls, Medscape) read as the symptom."""
    assert mg.Person(symptoms=[typed]).symptoms == {symptom}


# The cohort path's serum red flags, column by column, against the scalar rule
# (the mutation run found the cohort's high-serum flags untested).
COHORT = [
    # serum mmol/L, symptoms, the serum red-flag columns expected True, urgency
    (1.2, "nausea", {"high_with_symptoms"}, "doctor"),
    (1.2, "flushing; lethargy", {"high_with_symptoms"}, "doctor"),
    (1.2, "slow pulse", {"high_with_danger_signs"}, "emergency"),
    (1.2, "confusion", {"high_with_danger_signs"}, "emergency"),
    (0.65, "tetany", {"low", "low_with_danger_signs"}, "emergency"),
    (0.65, "nystagmus", {"low", "low_with_danger_signs"}, "emergency"),
    (0.65, "", {"low"}, "doctor"),
    (0.80, "tetany", set(), "doctor"),  # tetany alone: a doctor, not a low-serum flag
    (0.90, "", set(), "routine"),
]
_SERUM_FLAGS = ["low", "low_with_danger_signs", "high_with_symptoms", "high_with_danger_signs"]


@pytest.mark.parametrize(("serum", "symptoms", "flags", "urgency"), COHORT)
def test_the_cohorts_serum_flags(
    serum: float, symptoms: str, flags: set[str], urgency: str
) -> None:
    frame = pd.DataFrame({"sex": ["male"], "age": [40.0], "serum_magnesium": [serum],
                          "symptoms": [symptoms]})  # fmt: skip
    out = score(frame, units={"serum_magnesium": "mmol/L"}).iloc[0]
    assert {f for f in _SERUM_FLAGS if out[f"red_flag_serum_{f}"]} == flags
    assert out["urgency"] == urgency
    person = mg.Person(sex="male", age=40, serum_magnesium=f"{serum} mmol/L",
                       symptoms=symptoms or None)  # fmt: skip
    assert str(mg.assess(person).urgency) == urgency


def test_without_a_symptoms_column_no_symptom_is_reported() -> None:
    """A cohort without symptoms: a low serum is a doctor, never the danger-sign emergency."""
    frame = pd.DataFrame({"sex": ["male", "male"], "age": [40.0, 40.0],
                          "serum_magnesium": [0.65, 1.2]})  # fmt: skip
    out = score(frame, units={"serum_magnesium": "mmol/L"})
    assert not out["red_flag_serum_low_with_danger_signs"].any()
    assert not out["red_flag_serum_high_with_danger_signs"].any()
    assert not out["red_flag_serum_high_with_symptoms"].any()
    assert out["urgency"].tolist() == ["doctor", "doctor"]
