"""The D-A-CH reference values (DGE, ÖGE, SGE 2021), added as data only (issue 25).

Expected values are the DGE's table "Schätzwerte für eine angemessene
Magnesiumzufuhr" (Stand Ableitung 2021; Ernährungs Umschau 68(12):M730-M732),
source key DACH2021; the upper level is the SCF's 250 mg/day from age 4 as the
BfR applies it (BfR 2017, source key BFR2017).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import magnesium as mg
from magnesium.frame import score

# (sex, age in years, pregnant, lactating, mg/day) from the DGE's table
DGE_2021 = [
    ("female", 0.0, False, False, 24),  # 0 bis unter 4 Monate
    ("male", 0.3, False, False, 24),
    ("female", 4 / 12, False, False, 80),  # 4 bis unter 12 Monate
    ("male", 0.9, False, False, 80),
    ("female", 1, False, False, 170),  # 1 bis unter 4 Jahre
    ("male", 3.9, False, False, 170),
    ("female", 4, False, False, 190),  # 4 bis unter 7 Jahre
    ("male", 6, False, False, 190),
    ("female", 7, False, False, 240),  # 7 bis unter 10 Jahre
    ("male", 9.5, False, False, 240),
    ("male", 10, False, False, 260),  # 10 bis unter 13 Jahre, m / w
    ("female", 12, False, False, 230),
    ("male", 13, False, False, 280),  # 13 bis unter 15 Jahre
    ("female", 14, False, False, 240),
    ("male", 15, False, False, 330),  # 15 bis unter 19 Jahre
    ("female", 18, False, False, 260),
    ("male", 19, False, False, 350),  # 19 bis unter 25 Jahre
    ("female", 24, False, False, 300),
    ("male", 40, False, False, 350),  # 25 bis unter 51 Jahre
    ("female", 40, False, False, 300),
    ("male", 60, False, False, 350),  # 51 bis unter 65 Jahre
    ("female", 60, False, False, 300),
    ("male", 80, False, False, 350),  # 65 Jahre und älter
    ("female", 80, False, False, 300),
    ("female", 16, True, False, 300),  # Schwangere
    ("female", 35, True, False, 300),
    ("female", 17, False, True, 300),  # Stillende
    ("female", 35, False, True, 300),
]


@pytest.mark.parametrize(("sex", "age", "pregnant", "lactating", "mg_day"), DGE_2021)
def test_dach_values_are_the_dge_table(
    sex: str, age: float, pregnant: bool, lactating: bool, mg_day: float
) -> None:
    value = mg.reference_intake(
        sex=sex, age=age, pregnant=pregnant, lactating=lactating, authority="D-A-CH"
    )
    assert value.value_mg == mg_day
    assert (value.kind, value.source, value.evidence) == ("AI", "DACH2021", mg.Evidence.CONFIRMED)
    assert value.note is None  # D-A-CH sets its own value in pregnancy and lactation


@pytest.mark.parametrize("name", ["D-A-CH", "dach", "d a ch", "DGE", "ÖGE", "oege", "SGE"])
def test_dach_is_found_by_its_names(name: str) -> None:
    assert mg.reference_intake(sex="male", age=40, authority=name).authority == mg.Authority(
        "D-A-CH"
    )


def test_dach_upper_level_is_the_scf_level_as_the_bfr_applies_it() -> None:
    """250 mg/day of supplemental magnesium from age 4; none below (BfR 2017)."""
    level = mg.upper_level(age=30, authority="D-A-CH")
    assert (level.value_mg, level.source, level.scope) == (250.0, "BFR2017", "supplemental")
    assert mg.upper_level(age=4, authority="D-A-CH").value_mg == 250.0
    with pytest.raises(mg.NoReferenceValueError, match="D-A-CH sets no upper level"):
        mg.upper_level(age=3, authority="D-A-CH")


def test_dach_in_an_intake_report_and_in_danish() -> None:
    report = mg.assess_intake(
        [mg.supplement(elemental="300 mg")], sex="female", age=16, authority="D-A-CH"
    )
    assert report.reference is not None
    assert report.reference.value_mg == 260  # girls 15-<19 y
    assert report.exceeds_ceiling  # over the 250 mg/day ceiling
    danish = mg.reference_intake(sex="female", age=16, authority="D-A-CH").to_text(lang="da")
    assert "piger 15-<19 år" in danish


def test_dach_cohort_agrees_with_one_person() -> None:
    """The cohort path reads the same table, pregnancy and lactation included."""
    people = pd.DataFrame(
        {
            "sex": [row[0] for row in DGE_2021],
            "age": [float(row[1]) for row in DGE_2021],
            "pregnant": [row[2] for row in DGE_2021],
            "lactating": [row[3] for row in DGE_2021],
            "food": [100.0] * len(DGE_2021),
        }
    )
    out = score(people, units={"food": "mg"}, authority="D-A-CH")
    np.testing.assert_array_equal(out["reference_mg"], [float(row[4]) for row in DGE_2021])


@pytest.mark.parametrize(
    ("stage", "mg_day", "group"),
    [({"lactating": True}, 300.0, "lactation"), ({"pregnant": True}, 300.0, "pregnancy"),
     ({}, 260.0, "girls 15-<19 y")],
)  # fmt: skip
def test_an_assessment_carries_the_life_stage_to_the_reference(
    stage: dict[str, bool], mg_day: float, group: str
) -> None:
    """D-A-CH's 300 mg/day in pregnancy and lactation differs from a girl's 260 at 17."""
    person = mg.Person(sex="female", age=17, **stage)
    assessment = mg.assess(person, [mg.food("almonds", "30 g")], authority="D-A-CH")
    assert assessment.intake is not None
    assert assessment.intake.reference is not None
    assert (assessment.intake.reference.value_mg, assessment.intake.reference.group) == (
        mg_day,
        group,
    )
