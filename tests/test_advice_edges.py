"""The edges of the recommendation, the deficiency score and the person record.

Each test sits on a boundary that a source sets: the recommended intake
(EFSA 2015: 300 mg/day for women), the 250 mg/day ceiling (SCF 2001; the US
level is 350 mg/day), the article's 200-250 mg trial dose, EFSA's water
intakes (2010: women from 14 years 2.0 L/day, +0.3 L in pregnancy, +0.7 L
in lactation), and the evidence status of each medicine record.
"""

from __future__ import annotations

from typing import Any

import pytest

import magnesium as mg

AT_RISK: dict[str, Any] = {"sex": "female", "diet": "one-sided", "heavy_sweating": True}


def _recommend(
    intake: list[mg.IntakeItem] | None = None, authority: str = "EFSA", **fields: Any
) -> mg.Recommendation:
    person = mg.Person(**{**AT_RISK, "age": 30, **fields})
    return mg.assess(person, intake, authority=authority).recommendation


def test_intake_that_meets_the_reference() -> None:
    """300 mg against the 300 mg adequate intake meets it; 100 mg is 200 mg short."""
    meets = _recommend([mg.supplement(elemental="300 mg")])
    assert str(meets.diet[0]) == "The day's intake meets the recommended intake."
    short = _recommend([mg.supplement(elemental="100 mg")])
    assert str(short.diet[0]) == "The day's intake is 200 mg below the recommended 300 mg (EFSA)."
    assert len(short.diet) == len(meets.diet) == 3


@pytest.mark.parametrize(
    ("fields", "efsa_l"),
    [
        ({"age": 13}, None),  # EFSA's adult water intakes start at 14
        ({"age": 14}, 2.0),
        ({"age": 30, "pregnant": True}, 2.3),
        ({"age": 30, "lactating": True}, 2.7),
    ],
)
def test_fluid_follows_age_and_pregnancy(fields: dict[str, Any], efsa_l: float | None) -> None:
    """The article's 30-35 mL/kg, beside EFSA's water intake where it applies."""
    fluid = _recommend(body_weight="60 kg", **fields).fluid
    assert fluid is not None
    assert (fluid.low_l, fluid.high_l) == pytest.approx((1.8, 2.1))
    assert (None if fluid.efsa is None else fluid.efsa.value_l) == efsa_l


def test_summary_with_red_flags_names_each() -> None:
    """Red flags come first: see a doctor, with every reason."""
    recommendation = _recommend(symptoms=["palpitations", "slow pulse"])
    assert str(recommendation.summary) == (
        "See a doctor: Palpitations, irregular pulse, shortness of breath or swollen ankles. "
        "Slow pulse or depressed breathing can be signs of too much magnesium. Take no "
        "magnesium supplement until then."
    )
    assert recommendation.urgency is mg.Urgency.DOCTOR
    assert recommendation.to_text().splitlines()[0] == "Recommendation: see a doctor first"


def test_summary_with_normal_serum() -> None:
    """A normal serum value: the article's non-magnesium measures, no trial."""
    recommendation = _recommend(serum_magnesium="0.85 mmol/L")
    assert recommendation.supplement is None
    assert str(recommendation.summary) == (
        "Serum magnesium is normal: fluid and salt, stretching and load management help more "
        "than magnesium (the article)."
    )


@pytest.mark.parametrize(
    ("taken_mg", "dose_mg", "summary"),
    [
        (
            250,
            None,
            (
                "Supplemental magnesium already reaches the ceiling of 250 mg/day: no further "
                "supplement."
            ),
        ),
        (
            51,
            199,
            (
                # the article's trial is 200-250 mg a day in all: 51 + 199 = 250
                "Food first. A 4-6 week trial of 250 mg elemental magnesium a day in all "
                "supplements (199 mg on top of the 51 mg taken now), in the evening, with a "
                "light meal, can be reasonable (the article); stop if it does not help."
            ),
        ),
        (
            50,
            200,
            (
                "Food first. A 4-6 week trial of 250 mg elemental magnesium a day in all "
                "supplements (200 mg on top of the 50 mg taken now), in the evening, with a "
                "light meal, can be reasonable (the article); stop if it does not help."
            ),
        ),
        (
            0,
            250,
            (
                "Food first. A 4-6 week trial of 250 mg elemental magnesium a day, in the "
                "evening, with a light meal, can be reasonable (the article); stop if it does "
                "not help."
            ),
        ),
    ],
)
def test_dose_fills_the_headroom(taken_mg: float, dose_mg: float | None, summary: str) -> None:
    """The trial never passes the ceiling; with supplements taken the summary counts them."""
    recommendation = _recommend([mg.supplement(elemental=f"{taken_mg} mg")])
    plan = recommendation.supplement
    assert (None if plan is None else plan.dose_mg) == dose_mg
    if plan is not None:
        assert plan.headroom_mg == 250 - taken_mg
    assert str(recommendation.summary) == summary


def test_us_ceiling_keeps_the_articles_dose() -> None:
    """Under the US 350 mg level the trial stays at the article's 250 mg."""
    plan = _recommend(authority="US").supplement
    assert plan is not None
    assert (plan.dose_mg, plan.headroom_mg) == (250, 350)


def test_blood_test_for_nonspecific_signs() -> None:
    """Signs of low magnesium without a serum value: a blood test tells more (the article)."""
    assert str(_recommend(symptoms=["twitches", "fatigue"]).blood_test) == (
        "Signs such as fatigue, twitches are nonspecific: a blood test for magnesium tells "
        "more (the article)."
    )
    assert _recommend(symptoms=["twitches"], serum_magnesium="0.72 mmol/L").blood_test is None
    assert _recommend().blood_test is None


def test_night_cramps_add_the_caveat() -> None:
    """For night cramps the summary ends with Cochrane 2020's finding."""
    summary = str(_recommend(symptoms=["night cramps"]).summary)
    assert summary.startswith("Food first. A 4-6 week trial of 250 mg ")
    assert summary.endswith(
        "For night cramps in otherwise healthy adults a Cochrane review (2020) found magnesium "
        "unlikely to help (moderate to high certainty): a trial makes sense for a suspected "
        "magnesium shortfall, not for the cramps alone."
    )


def test_training_without_heat_is_not_exercise_cramping() -> None:
    """Night cramps in someone who trains, without heat, are the idiopathic situation."""
    assessment = mg.assess(
        mg.Person(**AT_RISK, age=30, training_hours_per_week=5, symptoms=["night cramps"])
    )
    assert [e.situation for e in assessment.evidence] == [
        mg.CrampSituation.IDIOPATHIC_NIGHT_CRAMPS
    ]


def test_strict_assessment_refuses_unknown_medicines() -> None:
    """strict=True keeps the error, naming the medicine and the nearest name."""
    person = mg.Person(**AT_RISK, age=30, medications=["metforminx"])
    with pytest.raises(mg.UnknownNameError) as error:
        mg.assess(person, strict=True)
    assert str(error.value) == 'unknown medicine "metforminx"; did you mean "metformin"?'


@pytest.mark.parametrize(("rosanoff", "status"), [(False, "grey zone"), (True, "low")])
def test_assessment_passes_the_serum_reading(rosanoff: bool, status: str) -> None:
    """0.80 mmol/L: grey zone by default, low by Rosanoff 2022's 0.85 mmol/L."""
    person = mg.Person(**AT_RISK, age=30, serum_magnesium="0.80 mmol/L")
    serum = mg.assess(person, rosanoff_2022=rosanoff).serum
    assert serum is not None
    assert serum.status == status


def test_medicine_findings_say_what_counts() -> None:
    """Unconfirmed and minor records are shown but not counted; each names its medicine."""
    person = mg.Person(
        sex="female", age=40, medications=["simvastatin", "zinc sulfate", "furosemide"]
    )
    risk = mg.assess(person).deficiency_risk
    assert risk.to_text() == (
        "Deficiency risk: moderate (score 1)\n"
        "  +0    simvastatin: The article says some statins lower magnesium. (unconfirmed claim, "
        "not counted) [ARTICLE]\n"
        "  +0    zinc sulfate: Very high zinc doses from supplements (142 mg a day) interfere "
        "with magnesium absorption. (minor: not counted) [NIHODS]\n"
        "  +1    furosemide: More magnesium is lost in the urine with long-term use. "
        "[EMC12118, NIHODS, ARTICLE]\n"
        "  rule  weights add up: 0 low, 1-2 moderate, 3 or more high (this library's rule)"
    )
    by_key = {f.key: f for f in risk.factors}
    assert by_key["medicine:simvastatin"].evidence == "unconfirmed"
    assert by_key["medicine:zinc sulfate"].evidence == "secondary"
    assert dict(by_key["medicine:furosemide"].inputs) == {"medication": "furosemide"}


def test_a_drug_with_several_records_shows_each() -> None:
    """Rosuvastatin: its absorption record does not hide the statin record after it."""
    risk = mg.assess(mg.Person(sex="female", age=40, medications=["rosuvastatin"])).deficiency_risk
    assert [f.key for f in risk.factors] == ["medicine:rosuvastatin"]
    assert "(unconfirmed claim, not counted)" in risk.factors[0].text


def test_interaction_findings_carry_their_record() -> None:
    """An interaction in an assessment names its medicine, direction, evidence and advice."""
    (found,) = mg.assess(mg.Person(sex="female", age=45, medications=["furosemide"])).interactions
    assert found.to_dict() == {
        "key": "interaction:furosemide:loop_and_thiazide_diuretics",
        "sources": ["EMC12118", "NIHODS", "ARTICLE"],
        "weight": 0,
        "evidence": "confirmed",
        "inputs": [
            ["medication", "furosemide"],
            ["direction", "the drug lowers body magnesium"],
        ],
        "text": "furosemide: More magnesium is lost in the urine with long-term use. With "
        "long-term use, ask the prescriber about a blood test for magnesium; a supplement may "
        "be needed, but ask the prescriber first.",
        "urgency": "routine",  # what it is; the cautions say how soon to act
    }


def test_person_record_with_units() -> None:
    """Amounts are stored with their units, as the inputs' own units."""
    person = mg.Person(
        sex="female",
        age=45,
        body_weight="70 kg",
        egfr="75 mL/min",
        serum_creatinine="0.9 mg/dL",
        serum_magnesium="0.7 mmol/L",
    )
    data = person.to_dict()
    assert data["schema"] == "magnesium.Person/1"
    assert data["body_weight"] == {"magnitude": 70.0, "unit": "kg"}
    assert data["egfr"] == {"magnitude": 75.0, "unit": "mL/min"}
    assert data["serum_creatinine"] == {"magnitude": 0.9, "unit": "mg/dL"}
    assert data["serum_magnesium"] == {"magnitude": 0.7, "unit": "mmol/L"}
    assert mg.Person.from_dict(data) == person
    # a record written before the schema key existed is read as version 1
    assert mg.Person.from_dict({k: v for k, v in data.items() if k != "schema"}) == person


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"egfr": {"magnitude": True, "unit": "mL/min"}},
            "Person.from_dict: field `egfr.magnitude` needs a number, got True",
        ),
        (
            {"serum_magnesium": {"magnitude": "x", "unit": "mmol/L"}},
            "Person.from_dict: field `serum_magnesium.magnitude` needs a number, got 'x'",
        ),
        (
            {"egfr": {"magnitude": 75, "unit": 5}},
            "Person.from_dict: field `egfr.unit` needs a unit text, got 5",
        ),
        (
            {"schema": "magnesium.Person/9"},
            (
                'Person.from_dict: field `schema` needs "magnesium.Person/1" (this version of '
                "magnesium reads that one), got 'magnesium.Person/9'"
            ),
        ),
    ],
)
def test_person_record_errors(change: dict[str, Any], message: str) -> None:
    """A bad stored person names the field and what it needs."""
    data = {**mg.Person(sex="female", age=45, egfr="75 mL/min").to_dict(), **change}
    with pytest.raises(mg.InvalidRecordError) as error:
        mg.Person.from_dict(data)
    assert str(error.value) == message


def test_assessment_passes_the_person_to_the_intake() -> None:
    """Pregnancy and the authority reach the intake report: US RDA 350 mg at 19-30 (NIH ODS)."""
    person = mg.Person(sex="female", age=25, pregnant=True)
    intake = mg.assess(person, [mg.supplement(elemental="100 mg")], authority="US").intake
    assert intake is not None
    assert intake.reference is not None
    assert intake.reference.value_mg == 350
    assert intake.ceiling is not None
    assert intake.ceiling.value_mg == 350  # the US upper level for supplements


def test_assessment_evidence_and_interaction_records() -> None:
    """The evidence line names situation, direction, certainty and the article's view;
    an interaction keeps its record's evidence status."""
    person = mg.Person(
        sex="female", age=40, medications=["raltegravir"], symptoms=["night cramps"]
    )
    assessment = mg.assess(person)
    assert (
        "  evidence         nocturnal leg cramps in otherwise healthy adults: unlikely to "
        "help: no clinically meaningful benefit for older adults (Cochrane 2020, moderate to "
        "high certainty); the article: no effect, or a very modest one"
    ) in assessment.to_text().splitlines()
    (found,) = assessment.interactions
    # the label, as the FDA quoted it (issue 22: no longer marked unconfirmed)
    assert (found.key, found.evidence) == ("interaction:raltegravir:raltegravir", "secondary")
