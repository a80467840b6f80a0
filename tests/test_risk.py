"""Tests for magnesium.risk: Person, deficiency risk, MDS, cautions, red flags, advice."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium.risk import _advice


def issue_person(**changes: object) -> mg.Person:
    """The person of the risk issue."""
    fields: dict[str, object] = {
        "sex": "male",
        "age": 58,
        "body_weight": "82 kg",
        "medications": ["furosemid", "omeprazol", "levothyroxine"],
        "alcohol_drinks_per_day": 3,
        "diet": "calorie-restricted",
        "conditions": {"crohns"},
        "training_hours_per_week": 6,
        "hot_climate": True,
        "symptoms": {"night cramps", "tingling"},
        "egfr": "75 mL/min/1.73m**2",
        "serum_magnesium": "0.68 mmol/L",
    }
    fields.update(changes)
    return mg.Person(**fields)


# --- Person ------------------------------------------------------------------


def test_person_reads_units_and_words() -> None:
    """Person converts amounts to canonical units and words to vocabularies."""
    person = issue_person(serum_magnesium="1.4 mEq/L", body_weight="180.78 lb")
    assert person.serum_magnesium == pytest.approx(0.7)
    assert person.body_weight == pytest.approx(82.0, abs=0.01)
    assert person.egfr == 75
    assert person.conditions == {mg.Condition.CROHNS}
    assert mg.Symptom.NIGHT_CRAMPS in person.symptoms
    assert [d.name for d in person.medications] == ["furosemide", "omeprazole", "levothyroxine"]


@pytest.mark.parametrize(
    ("field", "word", "member"),
    [
        ("conditions", "cøliaki", mg.Condition.COELIAC),
        ("conditions", "Crohn's disease", mg.Condition.CROHNS),
        ("conditions", "nyresygdom", mg.Condition.KIDNEY_DISEASE),
        ("symptoms", "natlige lægkramper", mg.Symptom.NIGHT_CRAMPS),
        ("symptoms", "hjertebanken", mg.Symptom.PALPITATIONS),
        ("symptoms", "åndenød", mg.Symptom.SHORTNESS_OF_BREATH),
    ],
)
def test_danish_words(field: str, word: str, member: object) -> None:
    """Conditions and symptoms are known in English and Danish."""
    assert getattr(mg.Person(**{field: {word}}), field) == {member}


def test_danish_diet() -> None:
    """Diets are known in Danish too."""
    assert mg.Person(diet="ensidig").diet is mg.Diet.ONE_SIDED


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"conditions": {"crohn"}}, None, None),
        ({"conditions": {"diabetis"}}, mg.UnknownNameError, "condition"),
        ({"symptoms": {"night cramp"}}, mg.UnknownNameError, "night cramps"),
        ({"diet": "keto"}, mg.UnknownNameError, "diet"),
        ({"age": -3}, mg.InvalidAmountError, "age"),
        ({"alcohol_drinks_per_day": -1}, mg.InvalidAmountError, "alcohol"),
        ({"alcohol_drinks_per_day": "3"}, mg.UnitError, "alcohol"),
        ({"training_hours_per_week": float("inf")}, mg.InvalidAmountError, "training"),
        ({"body_weight": 82}, mg.UnitError, "body_weight"),
        ({"egfr": "75 mg"}, mg.UnitError, "egfr"),
        ({"serum_magnesium": "68 mmol/L"}, mg.InvalidAmountError, "plausible"),
        ({"sex": "male", "pregnant": True}, mg.InvalidAmountError, "female"),
        ({"sex": "female", "pregnant": True, "lactating": True}, mg.InvalidAmountError, "both"),
        ({"conditions": 5}, TypeError, "set of words"),
        ({"symptoms": [5]}, TypeError, "symptom"),
        ({"medications": 5}, TypeError, "medications"),
        ({"medication_times": ["07:00"]}, TypeError, "mapping"),
    ],
)
def test_person_validation(
    kwargs: dict[str, object], error: type[Exception] | None, match: str | None
) -> None:
    """Unknown words list close matches; impossible values are errors that say why."""
    if error is None:
        mg.Person(**kwargs)
        return
    with pytest.raises(error, match=match):
        mg.Person(**kwargs)


def test_egfr_from_creatinine() -> None:
    """Without eGFR, CKD-EPI 2021 from serum creatinine (1.2 mg/dL, 55, male: 71)."""
    person = mg.Person(sex="male", age=55, serum_creatinine="1.2 mg/dL")
    egfr, how = person.egfr_estimate
    assert egfr == pytest.approx(71.4, abs=0.05)
    assert "CKD-EPI 2021" in how


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({}, "not given"),
        ({"serum_creatinine": "1.2 mg/dL"}, "needs age and sex"),
        ({"serum_creatinine": "0.5 mg/dL", "age": 12, "sex": "female"}, "adults"),
    ],
)
def test_egfr_not_estimated(kwargs: dict[str, object], reason: str) -> None:
    """The eGFR says why it could not be estimated (an adult-only rule says so)."""
    egfr, how = mg.Person(**kwargs).egfr_estimate
    assert egfr is None
    assert reason in how


# --- the issue's person --------------------------------------------------------


def test_issue_person() -> None:
    """The issue's person: high risk, MDS 4, measured low serum (see a doctor), no dose."""
    result = mg.assess(issue_person(), intake=[mg.food("almonds", "30 g")])
    risk = result.deficiency_risk
    assert risk.level is mg.RiskLevel.HIGH
    keys = {f.key for f in risk.factors}
    assert {"heavy_drinking", "diet", "gastrointestinal_disease", "training_in_heat",
            "medicine:furosemide", "medicine:omeprazole", "serum_magnesium",
            "intake_below_reference"} <= keys  # fmt: skip
    assert all(f.sources and all(s in mg.SOURCES for s in f.sources) for f in risk.factors)
    assert result.depletion_score.value == 4  # diuretic + PPI + drinking + eGFR 75
    assert result.serum is not None
    assert result.serum.status is mg.SerumClass.LOW
    assert [c.key for c in result.cautions] == ["diuretic_or_ppi"]
    # 0.68 mmol/L is below 0.75 (Costello 2016): a doctor finds the cause (issue 22)
    assert [f.key for f in result.red_flags] == ["serum_low"]
    assert result.urgency is mg.Urgency.DOCTOR
    assert result.recommendation.ask_doctor_first
    assert result.recommendation.supplement is None
    assert str(result.recommendation.summary).startswith("See a doctor: Serum magnesium 0.68")
    situations = {e.situation for e in result.evidence}
    assert situations == {
        mg.CrampSituation.IDIOPATHIC_NIGHT_CRAMPS,
        mg.CrampSituation.EXERCISE_AND_HEAT,
    }


# --- deficiency risk -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "key", "weight"),
    [
        ({"heavy_sweating": True}, "heavy_sweating", 1),  # article section 7
        ({"hot_climate": True, "training_hours_per_week": 5}, "training_in_heat", 1),
        ({"sex": "female", "alcohol_drinks_per_day": 1.5}, "heavy_drinking", 1),  # > 1
        ({"sex": "male", "alcohol_drinks_per_day": 2.5}, "heavy_drinking", 1),  # > 2
        ({"conditions": {"alcohol dependence"}}, "alcohol_dependence", 2),  # NIH ODS
        ({"diet": "one-sided"}, "diet", 1),  # article
        ({"conditions": {"coeliac"}}, "gastrointestinal_disease", 2),  # article, NIH
        ({"conditions": {"gastric bypass"}}, "gastrointestinal_disease", 2),
        ({"conditions": {"type 2 diabetes"}}, "type_2_diabetes", 1),  # NIH ODS
        ({"age": 65}, "older_adult", 1),  # NIH ODS older adults
        ({"medications": ["hydrochlorothiazide"]}, "medicine:hydrochlorothiazide", 1),
        ({"medications": ["pantoprazole"]}, "medicine:pantoprazole", 1),
        ({"medications": ["atorvastatin"]}, "medicine:atorvastatin", 0),  # unconfirmed
        ({"medications": ["salbutamol"]}, "medicine:salbutamol", 0),  # unconfirmed
        ({"serum_magnesium": "0.70 mmol/L"}, "serum_magnesium", 3),
        ({"serum_magnesium": "0.80 mmol/L"}, "serum_magnesium", 1),  # grey zone
    ],
)
def test_factors(kwargs: dict[str, object], key: str, weight: int) -> None:
    """Each risk group of the article and NIH ODS fires with its weight and source."""
    factors = mg.assess(mg.Person(**kwargs)).deficiency_risk.factors
    (factor,) = [f for f in factors if f.key == key]
    assert factor.weight == weight
    assert factor.inputs


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sex": "female", "alcohol_drinks_per_day": 1},  # exactly 1: not heavy
        {"sex": "male", "alcohol_drinks_per_day": 2},
        {"alcohol_drinks_per_day": 5},  # sex unknown: the rule cannot apply
        {"age": 64.9},
        {"hot_climate": True},  # no training
        {"diet": "varied"},
        {"serum_magnesium": "0.85 mmol/L"},
    ],
)
def test_no_factor_at_the_boundary(kwargs: dict[str, object]) -> None:
    """Values at or below a threshold fire nothing."""
    risk = mg.assess(mg.Person(**kwargs)).deficiency_risk
    assert risk.factors == ()
    assert risk.level is mg.RiskLevel.LOW


@pytest.mark.parametrize(("score", "level"), [(0, "low"), (1, "moderate"), (2, "moderate"),
                                              (3, "high"), (7, "high")])  # fmt: skip
def test_level_rule(score: int, level: str) -> None:
    """0 low, 1-2 moderate, 3 or more high."""
    from magnesium.risk import _rules

    assert str(_rules.risk_level(score)) == level


_FACTOR_KWARGS = [
    {"heavy_sweating": True},
    {"diet": "calorie-restricted"},
    {"conditions": {"crohns"}},
    {"conditions": {"type 2 diabetes"}},
    {"age": 70},
    {"alcohol_drinks_per_day": 4},
    {"medications": ["furosemide"]},
    {"medications": ["omeprazole"]},
    {"serum_magnesium": "0.7 mmol/L"},
    {"hot_climate": True, "training_hours_per_week": 8},
]


def _merge(chosen: list[dict[str, object]]) -> dict[str, object]:
    merged: dict[str, object] = {"sex": "male"}
    for part in chosen:
        for name, value in part.items():
            combine = isinstance(value, set | list) and name in merged
            merged[name] = [*merged[name], *value] if combine else value  # type: ignore[misc]
    return merged


@given(st.lists(st.sampled_from(_FACTOR_KWARGS), max_size=5), st.sampled_from(_FACTOR_KWARGS))
def test_adding_a_factor_never_lowers_the_level(
    chosen: list[dict[str, object]], extra: dict[str, object]
) -> None:
    """'Adding a risk factor never lowers the level.'"""
    before = mg.assess(mg.Person(**_merge(chosen))).deficiency_risk
    after = mg.assess(mg.Person(**_merge([*chosen, extra]))).deficiency_risk
    assert after.level >= before.level
    assert after.score >= before.score


# --- magnesium depletion score -----------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "value", "group"),
    [
        # Fan 2021 as reproduced (facts.md policy 9); groupings Zhang 2025.
        ({"egfr": "90 mL/min"}, 0, "0-1 (lowest group)"),  # exactly 90: 0 points
        ({"egfr": "89.9 mL/min"}, 1, "0-1 (lowest group)"),
        ({"egfr": "60 mL/min"}, 1, "0-1 (lowest group)"),  # exactly 60: 1 point
        ({"egfr": "59.9 mL/min"}, 2, "2 (middle group)"),
        ({"egfr": "95 mL/min", "medications": ["furosemide", "omeprazole"]}, 2,
         "2 (middle group)"),
        ({"egfr": "95 mL/min", "medications": ["indapamide"]}, 1, "0-1 (lowest group)"),
        ({"egfr": "95 mL/min", "medications": ["spironolactone"]}, 0, "0-1 (lowest group)"),
        ({"egfr": "50 mL/min", "medications": ["bumetanide", "esomeprazole"],
          "alcohol_drinks_per_day": 3}, 5, "3-5 (highest group)"),
    ],
)  # fmt: skip
def test_depletion_score(kwargs: dict[str, object], value: int, group: str) -> None:
    """MDS: diuretic 1, PPI 1, heavy drinking 1, eGFR 60-<90 1, <60 2; 0-5."""
    fields: dict[str, object] = {"sex": "male", "alcohol_drinks_per_day": 0, **kwargs}
    score = mg.magnesium_depletion_score(mg.Person(**fields))
    assert score.value == value
    assert score.group == group
    assert sum(p.weight for p in score.parts) == value
    assert "not a diagnosis" in score.note


def test_depletion_score_from_creatinine() -> None:
    """The eGFR part uses CKD-EPI 2021 when only creatinine is given."""
    person = mg.Person(sex="male", age=55, serum_creatinine="1.2 mg/dL", alcohol_drinks_per_day=0)
    score = mg.magnesium_depletion_score(person)
    assert score.value == 1  # eGFR 71: 60 to below 90
    assert "CKD-EPI" in dict(score.parts[0].inputs)["egfr"]


def test_depletion_score_incomplete() -> None:
    """With an input missing, the score is None, with what is missing and a lower bound."""
    score = mg.magnesium_depletion_score(mg.Person(sex="male", medications=["furosemide"]))
    assert score.value is None
    assert score.group is None
    assert score.minimum == 1
    assert score.missing == (
        "alcohol_drinks_per_day",
        "egfr (or serum_creatinine with age and sex)",
    )


# --- cautions and red flags --------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"egfr": "59 mL/min"}, "reduced_kidney_function"),  # article section 8
        ({"conditions": {"kidney disease"}}, "reduced_kidney_function"),
        ({"conditions": {"heart disease"}}, "heart"),
        ({"medications": ["digoxin"]}, "heart"),
        ({"medications": ["amiodarone"]}, "heart"),
        ({"medications": ["verapamil"]}, "heart"),
        ({"medications": ["furosemide"]}, "diuretic_or_ppi"),
        ({"medications": ["omeprazole"]}, "diuretic_or_ppi"),
        ({"medications": ["spironolactone"]}, "potassium_sparing_diuretic"),
        ({"medications": ["raltegravir"]}, "avoid:raltegravir"),
        ({"medications": ["paracetamol", "ibuprofen", "amoxicillin", "metoprolol",
                          "atorvastatin"]}, "polypharmacy"),
        ({"serum_magnesium": "0.97 mmol/L"}, "serum_high"),
        ({"age": 15}, "child"),
        ({"symptoms": {"persistent diarrhoea"}}, "persistent_diarrhoea"),
    ],
)  # fmt: skip
def test_cautions(kwargs: dict[str, object], key: str) -> None:
    """Each caution of the article (and hypermagnesaemia risks) fires and asks for a doctor."""
    result = mg.assess(mg.Person(**kwargs))
    (caution,) = [c for c in result.cautions if c.key == key]
    assert "doctor" in caution.text or "pharmacist" in caution.text
    assert result.recommendation.ask_doctor_first
    assert result.recommendation.supplement is None


def test_egfr_60_is_not_reduced() -> None:
    """eGFR exactly 60 is not the reduced band (< 60), and lifts the older-adult caution."""
    assert mg.assess(mg.Person(age=40, egfr="60 mL/min")).cautions == ()
    assert mg.assess(mg.Person(age=85, egfr="60 mL/min")).cautions == ()


def test_four_medicines_are_not_polypharmacy() -> None:
    """Polypharmacy starts at five medicines (Masnoon 2017)."""
    person = mg.Person(
        age=40, medications=["paracetamol", "ibuprofen", "amoxicillin", "metoprolol"]
    )
    assert mg.assess(person).cautions == ()


def test_kidney_caution_with_magnesium_taken() -> None:
    """Reduced eGFR with magnesium medicines or supplements is flagged as high risk."""
    person = mg.Person(age=40, egfr="45 mL/min")
    result = mg.assess(person, [mg.medicine("magnesium hydroxide", "500 mg")])  # 208 mg Mg
    (caution,) = result.cautions
    assert "already taken" in caution.text


DOCTOR, EMERGENCY = mg.Urgency.DOCTOR, mg.Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("kwargs", "key", "urgency"),
    [
        (
            {"symptoms": {"cramps waking several times a night"}},
            "violent_or_frequent_night_cramps",
            DOCTOR,
        ),
        ({"symptoms": {"violent cramps"}}, "violent_or_frequent_night_cramps", DOCTOR),
        ({"symptoms": {"new cramps without obvious cause"}, "age": 55}, "new_cramps", DOCTOR),
        ({"symptoms": {"numbness"}}, "weakness_numbness_swelling", DOCTOR),
        ({"symptoms": {"night cramps", "weakness"}}, "weakness_numbness_swelling", DOCTOR),
        ({"symptoms": {"palpitations"}}, "heart_or_breathing_signs", DOCTOR),
        ({"symptoms": {"night cramps", "swollen ankles"}}, "heart_or_breathing_signs", DOCTOR),
        ({"symptoms": {"slow pulse"}}, "high_magnesium_signs", DOCTOR),
        ({"symptoms": {"depressed breathing"}}, "high_magnesium_signs", EMERGENCY),
        ({"serum_magnesium": "0.6 mmol/L"}, "serum_severely_low", DOCTOR),  # <= 0.6
        # Medscape 2022: deep tendon reflexes fade from 1.75 mmol/L (NIH ODS: ~1.74)
        ({"serum_magnesium": "1.75 mmol/L"}, "serum_hypermagnesaemia", EMERGENCY),
        (
            {"serum_magnesium": "1.1 mmol/L", "symptoms": {"nausea"}},
            "serum_high_with_symptoms",
            DOCTOR,
        ),
    ],
)
def test_red_flags(kwargs: dict[str, object], key: str, urgency: mg.Urgency) -> None:
    """The article's red flags and dangerous serum levels say to see a doctor, or call 112."""
    result = mg.assess(mg.Person(**kwargs))
    (flag,) = [f for f in result.red_flags if f.key == key]
    assert flag.urgency is urgency
    assert result.urgency is urgency
    lead = "Call 112 (the emergency number) now" if urgency is EMERGENCY else "See a doctor"
    assert str(result.recommendation.summary).startswith(f"{lead}: {flag.text}")
    assert result.recommendation.supplement is None
    assert all(f.weight == 0 for f in result.red_flags)  # kept apart from the score


def test_new_cramps_over_50() -> None:
    """'Especially over age 50' is said when it applies."""
    older = mg.assess(mg.Person(symptoms={"new cramps without obvious cause"}, age=51))
    younger = mg.assess(mg.Person(symptoms={"new cramps without obvious cause"}, age=30))
    assert "over age 50" in older.red_flags[0].text
    assert "over age 50" not in younger.red_flags[0].text


def test_weakness_alone_is_not_a_red_flag() -> None:
    """Weakness without cramps is a sign of low magnesium, not the article's red flag."""
    assert mg.assess(mg.Person(symptoms={"weakness"})).red_flags == ()


# --- evidence -------------------------------------------------------------------


def test_evidence_by_situation() -> None:
    """Night cramps, exercise cramps and pregnancy cramps get their own evidence."""
    night = mg.assess(mg.Person(symptoms={"night cramps"})).evidence
    assert [e.situation for e in night] == [mg.CrampSituation.IDIOPATHIC_NIGHT_CRAMPS]
    assert "-9.59" in night[0].review  # Cochrane 2020 MD
    exercise = mg.assess(mg.Person(symptoms={"exercise cramps"})).evidence
    assert [e.situation for e in exercise] == [mg.CrampSituation.EXERCISE_AND_HEAT]
    pregnant = mg.assess(mg.Person(sex="female", pregnant=True, symptoms={"night cramps"}))
    assert [e.situation for e in pregnant.evidence] == [mg.CrampSituation.PREGNANCY]
    assert pregnant.evidence[0].certainty == "very low"
    assert mg.assess(mg.Person()).evidence == ()


def test_evidence_rows_cite_both() -> None:
    """Every situation shows the article's row beside the Cochrane review."""
    for row in _advice.EVIDENCE.values():
        assert row.sources[:2] == ("ARTICLE", "COCHRANE2020")


# --- recommendation -----------------------------------------------------------


def test_supplement_trial_within_the_ceiling() -> None:
    """A person at risk with no caution gets a trial sized to the ceiling's headroom."""
    person = mg.Person(sex="female", age=34, diet="calorie-restricted",
                       serum_magnesium="0.80 mmol/L")  # fmt: skip
    plan = mg.assess(person).recommendation.supplement
    assert plan is not None
    assert plan.dose.m_as("mg/day") == 250  # the article's upper dose, = EFSA ceiling
    assert plan.weeks == (4, 6)
    assert plan.timing == "in the evening, with a light meal"
    assert plan.forms == ("magnesium citrate", "magnesium bisglycinate")


@pytest.mark.parametrize(
    ("already", "dose", "why"),
    [
        ("100 mg", 150.0, ""),
        ("0.199 g", 51.0, ""),
        # the article's trial is 200-250 mg a day: 249 mg is one; never "a trial of 1 mg"
        ("0.249 g", None, "already give 249 mg of magnesium a day, a trial dose"),
        ("200 mg", None, "already give 200 mg of magnesium a day, a trial dose"),
        ("250 mg", None, "already reaches the ceiling"),
    ],
)
def test_dose_never_exceeds_the_ceiling(already: str, dose: float | None, why: str) -> None:
    """Supplements plus the dose make the article's 200-250 mg, never more; none past 200."""
    person = mg.Person(sex="female", age=34, serum_magnesium="0.8 mmol/L")
    result = mg.assess(person, [mg.supplement(elemental=already)])
    plan = result.recommendation.supplement
    if dose is None:
        assert plan is None
        assert why in str(result.recommendation.summary)
        assert "over_ceiling" not in [c.key for c in result.cautions]  # exactly 250: no excess
    else:
        assert plan is not None
        assert plan.dose_mg == pytest.approx(dose)
        assert result.intake is not None
        assert result.intake.supplemental_mg + plan.dose_mg == pytest.approx(250)


def test_spacing_and_suggested_time() -> None:
    """Spacing advice comes from the person's records; the time from the schedule."""
    person = mg.Person(sex="male", age=40, heavy_sweating=True, diet="one-sided",
                       medications=["ciprofloxacin"],
                       medication_times={"ciprofloxacin": ["08:00", "20:00"]})  # fmt: skip
    plan = mg.assess(person).recommendation.supplement
    assert plan is not None
    assert tuple(str(line) for line in plan.spacing) == (
        (
            "ciprofloxacin: Take the drug at least 2 h before or at least 6 h after magnesium "
            "(the most conservative source)."
        ),
    )
    assert plan.suggested_time == dt.time(22, 0)


def test_normal_serum_means_no_supplement() -> None:
    """With normal serum, fluid, stretching and load management help more (article)."""
    result = mg.assess(mg.Person(age=40, diet="one-sided", serum_magnesium="0.9 mmol/L"))
    assert result.recommendation.supplement is None
    assert "help more than magnesium" in str(result.recommendation.summary)


def test_low_risk_means_food_first() -> None:
    """No risk factor: food first, no supplement."""
    result = mg.assess(mg.Person(sex="female", age=30))
    assert result.recommendation.supplement is None
    assert "food first" in str(result.recommendation.summary).casefold()


def test_diet_gap_and_fluid() -> None:
    """Diet first gives the gap to the reference; fluid is the article's rule beside EFSA."""
    person = mg.Person(sex="female", age=30, body_weight="60 kg")
    result = mg.assess(person, [mg.food("almonds", "30 g")])
    assert str(result.recommendation.diet[0]) == (
        "The day's intake is 219 mg below the recommended 300 mg (EFSA)."  # 300 - 81
    )
    fluid = result.recommendation.fluid
    assert fluid is not None
    assert fluid.low.m_as("L/day") == pytest.approx(1.8)  # 30 mL/kg x 60 kg
    assert fluid.efsa is not None
    assert fluid.efsa.value_l == 2.0


def test_food_figures_in_the_advice_match_usda() -> None:
    """The food figures quoted in the advice are what the USDA table gives."""
    for name, amount in [("almonds", "30 g"), ("oats", "50 g"), ("black beans", "1 dl"),
                         ("raw spinach", "100 g")]:  # fmt: skip
        mg_amount = round(mg.food(name, amount).elemental_mg)
        assert f"{amount} " in str(_advice.FOODS)
        assert f"about {mg_amount} mg" in str(_advice.FOODS)


def test_child_without_ceiling() -> None:
    """A 3-year-old has no EU ceiling: a caution, and never a dose."""
    result = mg.assess(mg.Person(age=3, serum_magnesium="0.7 mmol/L"))
    assert result.recommendation.supplement is None
    assert any(c.key == "child" for c in result.cautions)


def test_assess_needs_a_person() -> None:
    """assess refuses anything but a Person."""
    with pytest.raises(TypeError, match="Person"):
        mg.assess({"age": 40})  # type: ignore[arg-type]


def test_rules_fired_lists_everything() -> None:
    """rules_fired gathers factors, score parts, cautions and red flags."""
    result = mg.assess(issue_person(symptoms={"palpitations"}))
    keys = {f.key for f in result.rules_fired}
    assert {"mds_ppi", "diuretic_or_ppi", "heart_or_breathing_signs", "diet"} <= keys


def test_every_rule_lists_its_inputs_and_sources() -> None:
    """Explainability: every rule that fired names its inputs and its sources."""
    person = issue_person(
        symptoms={"palpitations", "violent cramps", "numbness", "slow pulse",
                  "persistent diarrhoea", "night cramps"},
        conditions={"crohns", "alcohol dependence", "type 2 diabetes", "heart disease"},
        medications=["furosemide", "raltegravir", "spironolactone", "digoxin", "omeprazole"],
        age=70, heavy_sweating=True, egfr="45 mL/min", serum_magnesium="0.5 mmol/L",
    )  # fmt: skip
    fired = mg.assess(person, [mg.supplement(elemental="100 mg")]).rules_fired
    assert len(fired) > 20
    for finding in fired:
        assert finding.inputs, finding.key
        assert finding.sources, finding.key
        assert all(s in mg.SOURCES for s in finding.sources), finding.key
