"""Each deficiency factor and depletion-score part, as the record a reader gets.

Weights: the deficiency factors' are this library's rule (1 point each, 2
for alcohol dependence and gut disease, 1-3 for serum by class); the
magnesium depletion score's are Fan et al. (2021): diuretic 1, proton pump
inhibitor 1, heavy drinking 1 (women more than 1 drink a day, men 2), eGFR
60-90 1 and below 60 2 points. Sources are keys of magnesium.sources.SOURCES.
"""

from __future__ import annotations

from typing import Any

import pytest

import magnesium as mg

Row = tuple[str, dict[str, Any], float | None, int, tuple[str, ...], str, dict[str, str], str]
FACTORS: list[Row] = [
    # key, Person fields (female, 40 unless given), supplement taken (mg), weight,
    # sources, evidence, inputs, text
    ("heavy_sweating", {"heavy_sweating": True}, None, 1, ("ARTICLE",), "confirmed",
     {"heavy_sweating": "True"}, "Heavy sweating loses magnesium, sodium and potassium."),
    ("training_in_heat", {"training_hours_per_week": 10, "hot_climate": True}, None, 1,
     ("ARTICLE",), "confirmed", {"training_hours_per_week": "10.0", "hot_climate": "True"},
     "Long training in heat can lose magnesium in sweat."),
    ("heavy_drinking", {"alcohol_drinks_per_day": 2}, None, 1, ("ARTICLE", "FAN2021"),
     "secondary", {"alcohol_drinks_per_day": "2.0", "sex": "female"},
     "Alcohol raises urinary magnesium loss and lowers uptake."),
    ("alcohol_dependence", {"conditions": ["alcohol dependence"]}, None, 2, ("NIHODS",),
     "secondary", {"conditions": "alcohol dependence"},
     "Alcohol dependence is a group at risk of inadequacy."),
    ("diet", {"diet": "one-sided"}, None, 1, ("ARTICLE",), "confirmed", {"diet": "one-sided"},
     "A one-sided or very calorie-restricted diet can fall below the recommended intake."),
    ("gastrointestinal_disease", {"conditions": ["crohns", "coeliac"]}, None, 2,
     ("ARTICLE", "NIHODS"), "confirmed", {"conditions": "coeliac, crohns"},
     "Gut disease lowers uptake and raises losses (malabsorption)."),
    ("type_2_diabetes", {"conditions": ["type 2 diabetes"]}, None, 1, ("NIHODS",),
     "secondary", {"conditions": "type 2 diabetes"},
     "Type 2 diabetes raises urinary magnesium loss."),
    ("older_adult", {"age": 65, "egfr": "70 mL/min"}, None, 1, ("NIHODS",), "secondary",
     {"age": "65.0"},
     ("Older adults absorb less and excrete more magnesium (age 65 or over, this library's "
     "reading).")),
    # 100 mg against EFSA's 300 mg for women
    ("intake_below_reference", {}, 100, 1, ("EFSA2015",), "confirmed",
     {"total_mg": "100", "reference_mg": "300.0"},
     "The day's intake is below the recommended intake."),
    # 0.80 mmol/L: between 0.75 and 0.85, the grey zone (Costello 2016; Rosanoff 2022)
    ("serum_magnesium", {"serum_magnesium": "0.80 mmol/L"}, None, 1,
     ("COSTELLO2016", "ROSANOFF2022", "COSTELLO2017"), "confirmed",
     {"serum_mmol_per_l": "0.8"},
     "Serum magnesium is grey zone: possible deficit if other indicators are present."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("key", "fields", "taken", "weight", "sources", "evidence", "inputs", "words"),
    FACTORS,
    ids=[row[0] for row in FACTORS],
)
def test_factor_record(  # noqa: PLR0917 - one argument per column of the table
    key: str,
    fields: dict[str, Any],
    taken: float | None,
    weight: int,
    sources: tuple[str, ...],
    evidence: str,
    inputs: dict[str, str],
    words: str,
) -> None:
    """The factor fires alone, with its weight, sources, evidence, inputs and text."""
    person = mg.Person(**{"sex": "female", "age": 40, **fields})
    intake = None if taken is None else [mg.supplement(elemental=f"{taken} mg")]
    (factor,) = mg.assess(person, intake).deficiency_risk.factors
    assert factor.key == key
    assert factor.weight == weight
    assert factor.sources == sources
    assert factor.evidence == evidence
    assert {name: str(value) for name, value in factor.inputs} == inputs
    assert factor.text == words


def test_intake_at_the_reference_is_not_below() -> None:
    """300 mg against the 300 mg adequate intake: not below it (EFSA 2015)."""
    person = mg.Person(sex="female", age=40)
    keys = [
        f.key
        for f in mg.assess(
            person, [mg.food("almonds", "100 g"), mg.water("1 L", magnesium="30 mg/L")]
        ).deficiency_risk.factors
    ]
    assert "intake_below_reference" not in keys


def test_depletion_score_parts() -> None:
    """All four parts of Fan 2021's score: 5 of 5."""
    score = mg.magnesium_depletion_score(
        mg.Person(
            sex="female",
            age=40,
            medications=["furosemide", "omeprazole"],
            egfr="45 mL/min",
            alcohol_drinks_per_day=2,
        )
    )
    assert score.value == 5
    parts = {p.key: (p.weight, p.sources, p.evidence, dict(p.inputs), p.text) for p in score.parts}
    assert parts == {
        "mds_diuretic": (
            1,
            ("FAN2021",),
            "confirmed",
            {"medication": "furosemide"},
            "Current loop or thiazide diuretic use: 1 point.",
        ),
        "mds_ppi": (
            1,
            ("FAN2021",),
            "confirmed",
            {"medication": "omeprazole"},
            "Current proton pump inhibitor use: 1 point.",
        ),
        "mds_heavy_drinking": (
            1,
            ("FAN2021",),
            "secondary",
            {"alcohol_drinks_per_day": "2.0", "sex": "female"},
            "Heavy drinking (more than 1 drink a day for women, 2 for men): 1 point.",
        ),
        "mds_egfr_below_60": (
            2,
            ("FAN2021",),
            "secondary",
            {"egfr": "45 (given)"},
            "eGFR below 60 mL/min/1.73 m²: 2 points.",
        ),
    }
    assert score.to_text().splitlines()[-1] == (
        "  sources  FAN2021, ZHANG2025, SONG2025, COSTELLO2025"
    )


def test_depletion_score_says_what_is_missing() -> None:
    """Without sex the drinking limit is unknown; without eGFR the kidney part."""
    score = mg.magnesium_depletion_score(mg.Person(age=40, alcohol_drinks_per_day=2))
    assert score.missing == ("sex", "egfr (or serum_creatinine with age and sex)")
    assert score.to_text().splitlines()[:3] == [
        "Magnesium depletion score: incomplete (at least 0)",
        "  missing  sex",
        "  missing  egfr (or serum_creatinine with age and sex)",
    ]
    assert (
        score.to_text("da").splitlines()[1] == "  mangler     køn"
    )  # the argument `sex`, in words


def test_depletion_score_needs_a_person() -> None:
    """Anything but a Person is refused, saying what is needed."""
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.magnesium_depletion_score(5)  # type: ignore[arg-type]
    assert str(error.value) == "`person` needs a magnesium.Person, got 5"


def test_depletion_score_in_danish() -> None:
    """The score's note and sources read in Danish."""
    score = mg.magnesium_depletion_score(mg.Person(age=40, alcohol_drinks_per_day=2))
    assert score.to_text("da").splitlines()[-2:] == [
        (
            "  bemærkning  En epidemiologisk score forbundet med inflammation og kardiovaskulær "
            "dødelighed hos voksne i NHANES; ikke en diagnose. Pointene er som gengivet i senere "
            "artikler."
        ),
        "  kilder      FAN2021, ZHANG2025, SONG2025, COSTELLO2025",
    ]
