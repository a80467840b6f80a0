"""Reports as tables (issue 26): to_frame on results with rows, total_mg and ceiling_mg,
and to_dict / HTML on Drug, Source and Spacing."""

from __future__ import annotations

import pandas as pd
import pytest

import magnesium as mg


@pytest.fixture(scope="module")
def report() -> mg.IntakeReport:
    day = [mg.food("almonds", "30 g"), mg.supplement("magnesium oxide", "400 mg")]
    return mg.assess_intake(day, sex="female", age=35)


def test_the_ceiling_compares_with_the_days_supplemental_amount(
    report: mg.IntakeReport,
) -> None:
    """SCF 2001 / EFSA: 250 mg/day; for one day an amount, compared like with like."""
    assert report.ceiling_mg == 250.0
    assert report.supplemental_mg < report.ceiling_mg  # 400 mg MgO x 60.30 % = 241.2 mg
    data = report.to_dict()
    assert data["ceiling_mg"] == 250.0
    assert data["total_mg"] == pytest.approx(81.0 + 241.2167, abs=1e-3)  # USDA 12061: 270/100 g
    toddler = mg.assess_intake([mg.supplement(elemental="50 mg")], age=2)
    assert toddler.ceiling_mg is None  # the EU sets no level at 1-3 years


def test_an_intake_report_as_a_table(report: mg.IntakeReport) -> None:
    table = report.to_frame()
    assert isinstance(table, pd.DataFrame)
    assert list(table.columns) == ["kind", "name", "amount", "elemental_mg",
                                   "counts_toward_ceiling", "explanation", "assumptions",
                                   "sources", "food_id"]  # fmt: skip
    assert table["kind"].tolist() == ["food", "supplement"]
    assert table["elemental_mg"].tolist() == pytest.approx([81.0, 241.2167], abs=1e-3)
    assert table["counts_toward_ceiling"].tolist() == [False, True]
    assert table.loc[1, "sources"] == "IUPAC2021; ATC2026; SCF2001"
    assert table["elemental_mg"].sum() == pytest.approx(report.total_mg)
    danish = mg.assess_intake([mg.food("mandler", "30 g")]).to_frame("da")
    assert danish.loc[0, "name"] == "Mandel, rå"


def test_interactions_as_a_table() -> None:
    table = mg.interactions(["levothyroxine", "omeprazole"]).to_frame()
    assert table["drug"].tolist() == ["levothyroxine", "omeprazole"]
    levothyroxine = table.iloc[0]
    # the article and Stockley: at least 4 h either side
    assert levothyroxine["take_drug_before_magnesium (hour)"] == 4.0
    assert levothyroxine["take_drug_after_magnesium (hour)"] == 4.0
    assert levothyroxine["sources"] == "ARTICLE; STOCKLEY"
    danish = mg.interactions(["levothyroxine"]).to_frame("da")
    assert danish.loc[0, "effect"].startswith("Mindre levothyroxin optages")


def test_a_schedule_check_and_an_assessment_as_tables() -> None:
    check = mg.check_schedule({"levothyroxine": ["07:00"], "magnesium": ["07:30"]})
    conflicts = check.to_frame()
    assert conflicts[["drug", "drug_time", "magnesium_time"]].values.tolist() == [
        ["levothyroxine", "07:00", "07:30"]
    ]
    assert conflicts.loc[0, ["required_minutes", "actual_minutes"]].tolist() == [240, 30]
    assessment = mg.assess(mg.Person(sex="female", age=30, medications=["spironolactone"]))
    findings = assessment.to_frame()
    assert set(findings["kind"]) <= {"red flag", "caution", "interaction"}
    assert "potassium_sparing_diuretic" in findings["key"].tolist()
    assert len(findings) == len(assessment.red_flags) + len(assessment.cautions) + len(
        assessment.interactions
    )


def test_drug_source_and_spacing_show_themselves() -> None:
    drug = mg.find_drug("levothyroxine")
    assert drug.to_dict()["atc"] == "H03AA01"
    assert drug.to_text("da").splitlines()[0] == "levothyroxin (H03AA01)"
    assert "<table>" in drug._repr_html_()
    assert repr(drug).startswith("Drug(name='levothyroxine'")  # the record's repr, unchanged
    source = mg.get_source("EFSA2015")
    assert source.to_dict()["doi"] == "10.2903/j.efsa.2015.4186"
    assert source.to_text().splitlines()[0] == source.citation()
    assert "EFSA NDA Panel" in source.to_html()
    spacing = mg.RECORDS["levothyroxine"].spacings[0]
    assert spacing.to_dict()["before_h"] == 4.0
    assert spacing.to_text("da").splitlines()[1].split() == [
        "tag", "lægemidlet", "før", "magnesium", "4", "t",
    ]  # fmt: skip
