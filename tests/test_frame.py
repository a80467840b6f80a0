"""Tests for magnesium.frame: the column-wise cohort path, its errors, Dask, and agreement."""

from __future__ import annotations

import math
import re
from typing import Any
from unittest.mock import patch

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pint_pandas  # noqa: F401 - registers the pint[...] dtypes
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magnesium as mg
import magnesium.frame
from magnesium._i18n import msg
from magnesium.frame import SERUM_CLASSES, SYMPTOM_RED_FLAGS, URGENCY_LEVELS, food_mg, score
from magnesium.risk import _rules, _safety, _scores, _triage

UNITS = {
    "food": "mg",
    "supplemental": "mg",
    "egfr": "mL/min/1.73m**2",
    "creatinine": "mg/dL",
    "serum_magnesium": "mmol/L",
}


def cohort() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sex": ["female", "male", "male", None],
            "age": [30.0, 60.0, 3.0, 70.0],
            "food": [220.0, 310.0, 100.0, np.nan],
            "supplemental": [100.0, 300.0, 0.0, 50.0],
            "serum_magnesium": [0.8, np.nan, 0.9, 0.5],
            "medications": ["furosemid; omeprazol", "", None, ["Furix", "furosemide"]],
            "alcohol_drinks_per_day": [0.0, 3.0, 0.0, 1.0],
            "egfr": [75.0, 95.0, np.nan, 50.0],
            "creatinine": [1.0, 1.2, 0.4, 0.9],
        }
    )


def test_scores_a_small_cohort() -> None:
    """Each rule by hand: sums, ceiling, MDS, serum class, risk, cautions."""
    out = score(cohort(), units=UNITS)
    assert out["total_mg"].tolist()[:3] == [320.0, 610.0, 100.0]
    assert math.isnan(out["total_mg"].iloc[3])  # a missing food value: a missing total
    assert out["exceeds_ceiling"].tolist() == [False, True, False, False]  # none at 3: not over
    assert out["headroom_mg"].tolist()[:2] == [150.0, 0.0]
    assert out["reference_mg"].tolist()[:2] == [300.0, 350.0]  # EFSA 2015 AIs
    # furosemide + omeprazole + eGFR 75: 3; drinks 3 (male): 1 + eGFR 95: 0
    assert out["mds"].tolist() == [3, 1, pd.NA, pd.NA]
    assert out["mds_group"].tolist()[:2] == ["3-5", "0-1"]
    assert out["serum_class"].tolist()[0] == "grey zone"
    assert out["serum_class"].tolist()[3] == "severely low"
    assert out["red_flag_serum"].tolist() == [False, False, False, True]
    assert out["caution_diuretic_or_ppi"].tolist() == [True, False, False, True]
    assert out["caution_kidney"].tolist() == [False, False, False, True]  # eGFR 50
    assert out["caution_child"].tolist() == [False, False, True, False]
    # row 2: 100 mg is below the EFSA AI of 230 mg at age 3: one factor
    assert out["deficiency_level"].tolist() == ["high", "moderate", "moderate", "high"]


def test_egfr_from_creatinine_where_missing() -> None:
    """Where eGFR is missing, CKD-EPI 2021 from creatinine; children get none."""
    frame = pd.DataFrame({"sex": ["male", "male"], "age": [55.0, 12.0],
                          "creatinine": [1.2, 0.5]})  # fmt: skip
    out = score(frame, units=UNITS)
    assert out["egfr"].iloc[0] == pytest.approx(71.4, abs=0.05)  # NKF calculator: 71
    assert math.isnan(out["egfr"].iloc[1])


def test_creatinine_in_umol_per_l() -> None:
    """Creatinine in µmol/L is converted by 88.4."""
    frame = pd.DataFrame({"sex": ["male"], "age": [55.0], "creatinine": [106.08]})
    out = score(frame, units={"creatinine": "umol/L"})
    assert out["egfr"].iloc[0] == pytest.approx(71.4, abs=0.05)


def test_reference_needs_age_and_sex() -> None:
    """A missing age or sex gives no reference intake, as in the scalar API."""
    frame = pd.DataFrame({"sex": ["female", None, "male"], "age": [30.0, 40.0, None],
                          "food": [200.0, 200.0, 200.0]})  # fmt: skip
    out = score(frame, units=UNITS)
    assert out["reference_mg"].iloc[0] == 300  # EFSA 2015, women
    assert out["reference_mg"].iloc[1:].isna().all()
    assert out["ceiling_mg"].tolist() == [250.0, 250.0, 250.0]  # adult ceiling without age


def test_us_authority_and_pregnancy() -> None:
    """With the US authority, pregnancy has its own RDA by age (IOM 1997)."""
    frame = pd.DataFrame({"sex": ["female", "female"], "age": [25.0, 25.0],
                          "pregnant": [True, False], "food": [100.0, 100.0]})  # fmt: skip
    out = score(frame, units=UNITS, authority="US")
    assert out["reference_mg"].tolist() == [350.0, 310.0]
    assert out["ceiling_mg"].tolist() == [350.0, 350.0]


def test_same_drug_twice_counts_once() -> None:
    """A brand and its generic are one drug: the risk factor counts once."""
    out = score(pd.DataFrame({"medications": [["Furix", "furosemide"]]}))
    assert out["deficiency_score"].iloc[0] == 1


def test_pint_pandas_columns() -> None:
    """Columns with a pint-pandas dtype need no units mapping, in any unit."""
    frame = pd.DataFrame(
        {
            "food": pd.Series([0.3], dtype="pint[g]"),
            "supplemental": pd.Series([250000.0], dtype="pint[ug]"),
        }
    )
    out = score(frame)
    assert out["total_mg"].iloc[0] == pytest.approx(550.0)
    assert not out["exceeds_ceiling"].iloc[0]  # 250 mg exactly: at, not over


def test_unit_errors_name_the_column() -> None:
    """No unit, a wrong dimension, or an unknown unit is an error naming the column."""
    frame = pd.DataFrame({"food": [100.0]})
    with pytest.raises(mg.UnitError, match="column `food` needs a unit"):
        score(frame)
    with pytest.raises(mg.UnitError, match="column `food` needs an amount of magnesium"):
        score(frame, units={"food": "mL"})
    with pytest.raises(mg.UnitError, match="column `food` has an unknown unit"):
        score(frame, units={"food": "blorp"})


def test_ages_with_a_unit() -> None:
    """Ages may be durations with a unit, as in the scalar API ("9 months")."""
    months = pd.DataFrame({"sex": ["female", "male"], "age": [9.0, 480.0]})
    out = score(months.assign(food=100.0), units={"age": "months", "food": "mg"})
    # EFSA 2015 AIs: infants 7-11 months 80 mg/day; men (40 years) 350 mg/day
    assert out["reference_mg"].tolist() == [80.0, 350.0]
    with pytest.raises(mg.UnitError, match=r"take no unit: \['alcohol_drinks_per_day'\]"):
        score(pd.DataFrame({"alcohol_drinks_per_day": [1.0]}),
              units={"alcohol_drinks_per_day": "1/day"})  # fmt: skip
    with pytest.raises(mg.UnitError, match="column `age` needs a duration"):
        score(months, units={"age": "mg"})
    # a pint-pandas duration column carries its unit itself: no `units` needed
    typed = months.assign(food=100.0, age=pd.Series(months["age"].to_numpy(), dtype="pint[month]"))
    assert score(typed, units={"food": "mg"})["reference_mg"].tolist() == [80.0, 350.0]
    message = "column `age` needs numbers; rows [0] are not ('forty')"
    with pytest.raises(mg.InvalidAmountError, match=re.escape(message)):
        score(pd.DataFrame({"age": ["forty"]}))


def test_value_errors() -> None:
    """Unknown categories, negatives, impossible ages and implausible serum are errors."""
    with pytest.raises(mg.UnknownNameError, match="column `sex`"):
        score(pd.DataFrame({"sex": ["other"]}))
    with pytest.raises(mg.InvalidAmountError, match="column `food`"):
        score(pd.DataFrame({"food": [-1.0]}), units={"food": "mg"})
    with pytest.raises(mg.InvalidAmountError, match="column `age`"):
        score(pd.DataFrame({"age": [200.0]}))
    with pytest.raises(mg.InvalidAmountError, match="plausible"):
        score(pd.DataFrame({"serum_magnesium": [68.0]}), units=UNITS)
    with pytest.raises(
        mg.UnitError, match=r"column `gi_disease` needs True/False.*\['maybe'\]|maybe"
    ):
        score(pd.DataFrame({"gi_disease": ["yes", "maybe"]}))
    with pytest.raises(mg.InvalidAmountError, match="'female' only"):
        score(pd.DataFrame({"sex": ["male"], "pregnant": [True]}))
    with pytest.raises(mg.InvalidAmountError, match=r"not both; rows \[1\]"):
        score(pd.DataFrame({"sex": ["female"] * 2, "pregnant": True, "lactating": [False, True]}))
    with pytest.raises(mg.UnknownNameError):
        score(pd.DataFrame({"medications": [["ciprofloxaxin"]]}), strict=True)
    with pytest.raises(TypeError, match="DataFrame"):
        score([1, 2])  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ({"sex": "male", "pregnant": True}, "apply to sex 'female' only; rows ['b', 'c', 'd']"),
        ({"sex": "female", "pregnant": True, "lactating": True}, "not both; rows ['b', 'c', 'd']"),
    ],
)
def test_impossible_people_are_named_by_their_first_three_rows(
    columns: dict[str, Any], message: str
) -> None:
    """Four impossible people of five: the message names the first three, as every range error."""
    frame = pd.DataFrame({"age": [40.0] * 5}, index=list("abcde")).assign(**columns)
    frame.loc["a", list(columns)[1:]] = False  # row a is possible
    with pytest.raises(mg.InvalidAmountError, match=re.escape(message)):
        score(frame)


def test_a_cohort_without_a_sex_column_has_no_sex() -> None:
    """No sex column: no reference intake, a pregnancy accepted, drinking unknown; not male."""
    frame = pd.DataFrame(
        {"age": 40.0, "pregnant": [True, False], "alcohol_drinks_per_day": 1.5, "food": 100.0}
    ).assign(medications=pd.Series([[], []], dtype=object))
    result = score(frame, units={"food": "mg"})
    assert result["reference_mg"].isna().all()
    assert result["food_mg"].tolist() == [100.0, 100.0]
    # More than 1 drink a day counts for women, more than 2 for men: unknown without a sex
    assert result["mds_alcohol"].isna().all()
    assert result["mds_diuretic"].tolist() == [0, 0]
    assert result["caution_pregnancy_or_lactation"].tolist() == [True, False]


def test_value_errors_name_the_first_rows() -> None:
    """A range error names the first offending rows by index label; all-missing passes."""
    frame = pd.DataFrame({"food": [1.0, -1.0, np.inf, 2.0]}, index=[10, 11, 12, 13])
    with pytest.raises(mg.InvalidAmountError, match=r"rows \[11, 12\] are not"):
        score(frame, units={"food": "mg"})
    missing = score(pd.DataFrame({"food": [np.nan], "age": [np.nan]}), units={"food": "mg"})
    assert math.isnan(missing["total_mg"].iloc[0])
    # Numbers as text are refused since issue 24 (the scalar path refuses "250"
    # without a unit too); so are texts with units. Missing values pass.
    text = pd.DataFrame({"food": ["250", None, "250 mg"]})
    with pytest.raises(
        mg.InvalidAmountError, match=r"`food` needs numbers; rows \[0, 2\] .*'250', '250 mg'"
    ):
        score(text, units={"food": "mg"})
    objects = pd.DataFrame({"food": pd.Series([250, None, np.float64(1.5)], dtype=object)})
    assert score(objects, units={"food": "mg"})["food_mg"].tolist()[::2] == [250.0, 1.5]


def test_input_forms() -> None:
    """Flags as nullable, object or 0/1 columns; several food columns; categorical medicines."""
    frame = pd.DataFrame(
        {
            "sex": pd.Categorical(["female", "male", "female"]),
            "age": [40, 70, 50],  # integers
            "bread": [100.0, 50.0, 0.0],
            "greens": [1.2, 0.6, 0.0],  # in g
            "supplemental": [0.0, 0.0, 0.0],
            "gi_disease": pd.array([True, pd.NA, False], dtype="boolean"),
            "kidney_disease": [None, True, False],  # object
            "heart_disease": [0, 1, 0],
            "medications": pd.Categorical(["omeprazole", None, "furosemide; digoxin"]),
        }
    )
    units = {"bread": "mg", "greens": "g", "supplemental": "mg"}
    out = score(frame, units=units, food=["bread", "greens"])
    assert out["food_mg"].tolist() == pytest.approx([1300.0, 650.0, 0.0])  # 1.2 g is 1,200 mg
    assert out["caution_kidney"].tolist() == [False, True, False]
    assert out["caution_heart"].tolist() == [False, True, True]  # digoxin: heart medicine
    assert out["mds_ppi"].tolist() == [1, pd.NA, 0]
    # GI disease 2 + PPI 1; older adult 1 (medicines missing); furosemide 1 + intake
    # 0 mg below the reference 1 (Person(..., medications=[...]) and assess agree)
    assert out["deficiency_score"].tolist() == [3, 1, 2]
    with pytest.raises(mg.InvalidAmountError, match="alcohol_drinks_per_day"):
        score(pd.DataFrame({"sex": ["male"], "alcohol_drinks_per_day": [-1.0]}))


def test_results_are_new_writable_arrays() -> None:
    """No result column is a view of an input column: editing the result leaves the input."""
    frame = cohort().assign(heart_disease=[True, False, False, True], gi_disease=False)
    frame = frame.drop(columns="medications")  # caution_heart is then the flag alone
    out = score(frame, units=UNITS)
    inputs = [frame[c].to_numpy() for c in frame.columns]
    for name in out.columns:
        assert not any(np.shares_memory(out[name].to_numpy(), given) for given in inputs), name
    out.loc[1, "caution_heart"] = True
    assert frame["heart_disease"].tolist() == [True, False, False, True]


def test_under_four() -> None:
    """Ages 1-3 have no EU ceiling (SCF 2001): as the scalar report, not exceeded, no headroom."""
    toddler = pd.DataFrame({"sex": ["female"], "age": [2.0], "supplemental": [50.0]})
    out = score(toddler, units={"supplemental": "mg"})
    report = mg.assess_intake([mg.supplement(elemental="50 mg")], sex="female", age=2)
    assert report.ceiling is None
    assert report.headroom is None
    assert math.isnan(out["ceiling_mg"].iloc[0])
    assert out["exceeds_ceiling"].iloc[0] is np.False_
    assert report.exceeds_ceiling is False
    assert math.isnan(out["headroom_mg"].iloc[0])
    assert out["reference_mg"].iloc[0] == 170.0  # EFSA 2015 AI, children 1-<3 y
    assert bool(out["caution_child"].iloc[0])
    assert not out["caution_over_ceiling"].iloc[0]


def test_toddler_under_the_us_upper_level() -> None:
    """With authority US a toddler has the IOM 1997 UL of 65 mg/day, in both paths."""
    toddler = pd.DataFrame({"sex": ["male"], "age": [2.0], "supplemental": [100.0]})
    out = score(toddler, units={"supplemental": "mg"}, authority="US")
    assert out["ceiling_mg"].iloc[0] == 65.0
    assert bool(out["exceeds_ceiling"].iloc[0])
    # a child over the level is told to stop (issue 22), not to reduce
    assert not out["caution_over_ceiling"].iloc[0]
    assert bool(out["caution_child_over_limit"].iloc[0])
    assert out["urgency"].iloc[0] == "doctor"


def test_infant_stays_missing() -> None:
    """Under 1 year no authority sets a ceiling: missing in the frame, an error in the scalar."""
    infant = pd.DataFrame({"sex": ["female"], "age": [0.5], "supplemental": [10.0]})
    out = score(infant, units={"supplemental": "mg"})
    assert out["exceeds_ceiling"].isna().all()
    assert math.isnan(out["headroom_mg"].iloc[0])
    with pytest.raises(mg.NoReferenceValueError, match="under 1 year"):
        mg.assess_intake([mg.supplement(elemental="10 mg")], sex="female", age=0.5)


def test_empty_frame_gives_the_columns() -> None:
    """An empty frame gives an empty result with the same columns and dtypes (Dask meta)."""
    full = score(cohort(), units=UNITS)
    empty = score(cohort().iloc[:0], units=UNITS)
    assert list(empty.columns) == list(full.columns)
    assert (empty.dtypes == full.dtypes).all()


def test_serum_classes_at_thresholds() -> None:
    """Exact thresholds in mmol/L, mg/dL and mEq/L, as serum_status."""
    values = [0.6, 0.61, 0.75, 0.85, 0.95, 0.96]
    out = score(pd.DataFrame({"serum_magnesium": values}), units=UNITS)
    expected = [mg.serum_status(f"{v} mmol/L").status.value for v in values]
    assert out["serum_class"].tolist() == expected
    in_meq = score(pd.DataFrame({"serum_magnesium": [1.5, 1.7]}),
                   units={"serum_magnesium": "mEq/L"})  # fmt: skip
    assert in_meq["serum_class"].tolist() == ["grey zone", "normal"]
    assert tuple(mg.SerumClass) == tuple(mg.SerumClass(v) for v in SERUM_CLASSES)


def test_dask_partitions_agree_with_pandas() -> None:
    """The adapter runs under dask map_partitions with several partitions, as pandas does."""
    frame = pd.concat([cohort()] * 25, ignore_index=True)
    frame["medications"] = frame["medications"].map(
        lambda v: "; ".join(v) if isinstance(v, list) else v
    )  # text survives Dask's string conversion; lists would not
    ddf = dd.from_pandas(frame, npartitions=4)  # type: ignore[no-untyped-call]
    assert ddf.npartitions == 4
    meta = score(frame.iloc[:0], units=UNITS)
    scored = ddf.map_partitions(score, units=UNITS, meta=meta).compute()
    pd.testing.assert_frame_equal(scored, score(frame, units=UNITS))


def test_a_dask_frame_gives_a_dask_frame() -> None:
    """Types in, same types out: score(ddf) is lazy, partition by partition, as pandas."""
    frame = pd.concat([cohort().drop(columns="medications")] * 10, ignore_index=True)
    ddf = dd.from_pandas(frame, npartitions=3)  # type: ignore[no-untyped-call]
    lazy = score(ddf, units=UNITS, food=(c for c in ["food"]))  # a one-shot iterable
    assert isinstance(lazy, dd.DataFrame)
    assert lazy.npartitions == 3
    computed = lazy.compute()  # type: ignore[no-untyped-call]
    pd.testing.assert_frame_equal(computed, score(frame, units=UNITS))


@pytest.mark.parametrize(
    "options",
    [{"authority": "US"}, {"authority": "NNR2023"}, {"rosanoff_2022": True}],
)
def test_a_dask_frame_is_scored_with_every_option(options: dict[str, Any]) -> None:
    """Each partition is scored with the caller's options, as the pandas frame is."""
    frame = pd.concat([cohort().drop(columns="medications")] * 4, ignore_index=True)
    ddf = dd.from_pandas(frame, npartitions=2)  # type: ignore[no-untyped-call]
    computed = score(ddf, units=UNITS, **options).compute()
    expected = score(frame, units=UNITS, **options)
    pd.testing.assert_frame_equal(computed, expected)
    assert not expected.equals(score(frame, units=UNITS))  # the option changes the result


def test_a_dask_frame_is_checked_as_strictly_as_asked() -> None:
    """`strict=` and `extra=` reach each partition (mutation survivors of 2026-12-07)."""
    frame = pd.concat([cohort()] * 2, ignore_index=True)
    frame["medications"] = "zyxquux"  # text: Dask keeps it; no catalogue name
    ddf = dd.from_pandas(frame, npartitions=2)  # type: ignore[no-untyped-call]
    with pytest.raises(mg.UnknownNameError, match="zyxquux"):
        score(ddf, units=UNITS, strict=True).compute()
    noted = dd.from_pandas(frame.assign(notes="a"), npartitions=2)  # type: ignore[no-untyped-call]
    with pytest.raises(mg.MagnesiumError, match="notes"):
        score(noted, units=UNITS, extra="forbid").compute()
    computed = score(noted, units=UNITS, extra="ignore").compute()
    pd.testing.assert_frame_equal(computed, score(frame, units=UNITS))


def test_a_flag_option_that_is_no_flag_is_refused_by_its_name() -> None:
    """`rosanoff_2022=` and `strict=` read as flags; the error names the option."""
    frame = pd.DataFrame({"age": [40.0]})
    for option in ("rosanoff_2022", "strict"):
        options: dict[str, Any] = {option: "maybe"}
        with pytest.raises(mg.ArgumentTypeError) as caught:
            score(frame, **options)
        assert str(caught.value).startswith(f"`{option}` needs True or False")


# --- the scalar API and the frame agree ------------------------------------

_MEDICINES = ["furosemide", "omeprazole", "levothyroxine", "spironolactone", "digoxin",
              "paracetamol", "atorvastatin", "raltegravir", "bendroflumethiazide",
              "mycophenolate", "cisplatin", "magnesium hydroxide", "cefuroxime",
              "omeprazle", "zyxquux"]  # fmt: skip  # the last two are not in the catalogue


def _with_stage(drawn: dict[str, Any]) -> dict[str, Any]:
    """Pregnancy and lactation for women of 14-50 only (the others cannot be either)."""
    row = dict(drawn)
    stage = row.pop("stage")
    woman = row["sex"] == "female" and row["age"] is not None and 14 <= row["age"] <= 50
    return {
        **row,
        "pregnant": woman and stage == "pregnant",
        "lactating": woman and stage == "lactating",
    }


people = st.fixed_dictionaries(
    {
        "sex": st.sampled_from(["female", "male"]),
        "age": st.one_of(st.none(), st.floats(1, 95)),  # no age: the adult ceiling, a caution
        "food": st.floats(0, 800),
        "supplemental": st.floats(0, 600),
        "egfr": st.one_of(st.none(), st.floats(10, 130)),
        "creatinine": st.one_of(st.none(), st.floats(0.4, 4.0)),
        "serum_magnesium": st.one_of(st.none(), st.floats(0.2, 2.5)),
        "alcohol_drinks_per_day": st.floats(0, 6),
        "medications": st.lists(st.sampled_from(_MEDICINES), max_size=6),
        "heavy_sweating": st.booleans(),
        "restricted_diet": st.booleans(),
        "gi_disease": st.booleans(),
        "alcohol_dependence": st.booleans(),
        "type_2_diabetes": st.booleans(),
        "kidney_disease": st.booleans(),
        "heart_disease": st.booleans(),
        "symptoms": st.lists(st.sampled_from([str(v) for v in mg.Symptom]), max_size=4),
        "stage": st.sampled_from(["", "pregnant", "lactating"]),
    }
).map(_with_stage)


@settings(max_examples=30, deadline=None)
@given(st.lists(people, min_size=1, max_size=30), st.integers(1, 8))
def test_blocks_agree_with_one_pass(rows: list[dict[str, Any]], block: int) -> None:
    """Scoring block by block (as large frames are) gives the frame one pass gives."""
    frame = pd.DataFrame(rows, index=[f"p{i}" for i in range(len(rows))])
    frame.loc[frame.index[::3], ["age", "food", "alcohol_drinks_per_day"]] = np.nan
    frame.loc[frame.index[1::4], "sex"] = None
    whole = score(frame, units=UNITS)
    with patch.object(magnesium.frame, "_BLOCK", block):
        pd.testing.assert_frame_equal(score(frame, units=UNITS), whole)


def scalar(row: dict[str, Any]) -> mg.Assessment:
    conditions = {
        "crohns": row["gi_disease"],
        "alcohol dependence": row["alcohol_dependence"],
        "type 2 diabetes": row["type_2_diabetes"],
        "kidney disease": row["kidney_disease"],
        "heart disease": row["heart_disease"],
    }
    person = mg.Person(
        sex=row["sex"],
        age=row["age"],
        pregnant=row["pregnant"],
        lactating=row["lactating"],
        medications=row["medications"],
        alcohol_drinks_per_day=row["alcohol_drinks_per_day"],
        diet="one-sided" if row["restricted_diet"] else None,
        conditions={name for name, flag in conditions.items() if flag},
        heavy_sweating=row["heavy_sweating"],
        egfr=None if row["egfr"] is None else f"{row['egfr']} mL/min",
        serum_creatinine=None if row["creatinine"] is None else f"{row['creatinine']} mg/dL",
        serum_magnesium=None
        if row["serum_magnesium"] is None
        else f"{row['serum_magnesium']} mmol/L",
        symptoms=row["symptoms"],
    )
    food = mg.IntakeItem(kind=mg.ItemKind.FOOD, name="food", amount="-",
                         elemental_mg=row["food"], counts_toward_ceiling=False,
                         explanation=msg("test"))  # fmt: skip
    return mg.assess(person, [food, mg.supplement(elemental=f"{row['supplemental']} mg")])


@settings(max_examples=60, deadline=None)
@given(st.lists(people, min_size=1, max_size=8))
def test_frame_agrees_with_the_scalar_api(rows: list[dict[str, Any]]) -> None:
    """'The scalar functions and the frame give identical results on generated people.'

    Identical to the last bit: numbers are compared with ==, not approximately.
    """
    frame = pd.DataFrame(rows)
    out = score(frame, units=UNITS)
    for i, row in enumerate(rows):
        expected = scalar(row)
        got = out.iloc[i]
        intake = expected.intake
        assert intake is not None
        assert got["total_mg"] == intake.total_mg
        assert bool(got["exceeds_ceiling"]) is intake.exceeds_ceiling
        if intake.headroom is None:  # ages 1-3: no EU ceiling
            assert intake.ceiling is None
            assert math.isnan(got["headroom_mg"])
            assert math.isnan(got["ceiling_mg"])
        else:
            assert got["headroom_mg"] == intake.headroom.m_as("mg")
        if intake.reference is None:  # no age: no reference intake
            assert math.isnan(got["reference_mg"])
        else:
            assert got["reference_mg"] == intake.reference.value_mg
            assert got["coverage"] == intake.coverage
        if expected.egfr is None:  # a child, or no age: CKD-EPI 2021 is for adults
            assert math.isnan(got["egfr"])
        else:
            assert got["egfr"] == expected.egfr
        if expected.depletion_score.value is None:  # incomplete: a part is unknown
            assert pd.isna(got["mds"])
        else:
            assert got["mds"] == expected.depletion_score.value
        serum = None if expected.serum is None else expected.serum.status.value
        if expected.serum is not None:
            assert got["serum_mmol_per_l"] == expected.serum.mmol_per_l
        assert (None if pd.isna(got["serum_class"]) else got["serum_class"]) == serum
        assert got["deficiency_score"] == expected.deficiency_risk.score
        assert got["deficiency_level"] == str(expected.deficiency_risk.level)
        _assert_same_findings(got, expected)


_BASE: dict[str, Any] = {
    "sex": "female", "age": 40.0, "food": 200.0, "supplemental": 0.0, "egfr": None,
    "creatinine": None, "serum_magnesium": None, "alcohol_drinks_per_day": 0.0,
    "medications": [], "heavy_sweating": False, "restricted_diet": False,
    "gi_disease": False, "alcohol_dependence": False, "type_2_diabetes": False,
    "kidney_disease": False, "heart_disease": False, "symptoms": [], "pregnant": False,
    "lactating": False,
}  # fmt: skip
# The thresholds themselves, where a < and a <= part ways: eGFR 60 and 90
# (KDIGO; Fan 2021's bands), serum 0.6 (overt), 0.95 (the reference interval's
# top) and 1.75 mmol/L (signs expected), a woman's 1 drink a day (Fan 2021).
_EDGES: list[dict[str, Any]] = [
    {"egfr": 60.0},
    {"egfr": 59.99},
    {"egfr": 90.0},
    {"egfr": 89.99},
    {"serum_magnesium": 0.6},
    {"serum_magnesium": 0.95},
    {"serum_magnesium": 1.75},
    {"serum_magnesium": 1.75, "symptoms": ["nausea"]},
    {"serum_magnesium": 0.95, "symptoms": ["nausea"]},
    {"serum_magnesium": 1.0, "symptoms": ["nausea"]},
    {"alcohol_drinks_per_day": 1.0},
    {"alcohol_drinks_per_day": 1.01, "medications": ["furosemide", "omeprazole"]},
    {"medications": ["furosemide", "omeprazole", "spironolactone"], "egfr": 70.0},
]


def test_frame_agrees_with_the_scalar_api_at_the_thresholds() -> None:
    """At each threshold itself the frame and the scalar functions still agree."""
    rows = [{**_BASE, **edge} for edge in _EDGES]
    out = score(pd.DataFrame(rows), units=UNITS)
    for i, row in enumerate(rows):
        expected = scalar(row)
        got = out.iloc[i]
        assert got["deficiency_score"] == expected.deficiency_risk.score, row
        mds = expected.depletion_score.value
        assert pd.isna(got["mds"]) if mds is None else got["mds"] == mds, row
        _assert_same_findings(got, expected)


def _assert_same_findings(got: pd.Series, expected: mg.Assessment) -> None:
    """The frame's caution and red-flag columns say what the scalar findings say."""
    keys = {c.key for c in expected.cautions}
    assert bool(got["caution_kidney"]) is ("reduced_kidney_function" in keys)
    assert bool(got["caution_heart"]) is ("heart" in keys)
    assert bool(got["caution_diuretic_or_ppi"]) is ("diuretic_or_ppi" in keys)
    assert bool(got["caution_potassium_sparing"]) is ("potassium_sparing_diuretic" in keys)
    assert bool(got["caution_polypharmacy"]) is ("polypharmacy" in keys)
    assert bool(got["caution_serum_high"]) is ("serum_high" in keys)
    assert bool(got["caution_avoid_medicine"]) is ("avoid:raltegravir" in keys)
    assert bool(got["caution_persistent_diarrhoea"]) is ("persistent_diarrhoea" in keys)
    for key in ["over_ceiling", "pregnancy_or_lactation", "age_unknown",
                "older_adult_kidney_unknown", "child", "child_over_limit"]:  # fmt: skip
        assert bool(got[f"caution_{key}"]) is (key in keys), key
    kinds = {key.split(":")[0] for key in keys}
    unknown = tuple(u.query for u in expected.person.unknown_medications)
    assert got["unknown_medications"] == unknown
    for kind in ["no_spacing_window", "magnesium_wasting_medicine", "magnesium_medicine",
                 "unknown_medicine"]:  # fmt: skip
        assert bool(got[f"caution_{kind}"]) is (kind in kinds), kind
    assert bool(got["caution_any"]) is bool(keys)
    flags = {f.key for f in expected.red_flags}
    red = {"serum_critically_low", "serum_severely_low", "serum_hypermagnesaemia"} & flags
    assert bool(got["red_flag_serum"]) is bool(red)
    for key in ["serum_low", "serum_low_with_danger_signs", "serum_high_with_danger_signs",
                "serum_high_with_symptoms"]:  # fmt: skip
        assert bool(got[f"red_flag_{key}"]) is (key in flags), key
    assert got["urgency"] == str(expected.urgency)
    for key in SYMPTOM_RED_FLAGS:
        assert bool(got[f"red_flag_{key}"]) is (key in flags), key
    assert bool(got["red_flag_any"]) is bool(flags)


_CONDITION_WORDS = ["nyresygdom", "cøliaki", "hjertesvigt", "type 2-diabetes", "alkoholisme",
                    "morbus crohn", "kidney disease", "heart failure"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "sex": st.sampled_from(["kvinde", "mand", "K", "M"]),
                "age": st.floats(18, 95),
                "conditions": st.lists(st.sampled_from(_CONDITION_WORDS), max_size=3),
                "diet": st.sampled_from(["ensidig", "varieret", "slankekur", "one-sided"]),
            }
        ),
        min_size=1,
        max_size=6,
    )
)
def test_danish_condition_and_diet_words_read_as_in_the_scalar_path(
    rows: list[dict[str, Any]],
) -> None:
    """Issue 12: the frame reads Danish condition, diet and sex words as Person does."""
    frame = pd.DataFrame([{**r, "conditions": "; ".join(r["conditions"])} for r in rows])
    out = score(frame)
    for i, row in enumerate(rows):
        person = mg.Person(
            sex=row["sex"], age=row["age"], conditions=row["conditions"], diet=row["diet"]
        )
        expected = mg.assess(person)
        keys = {c.key for c in expected.cautions}
        assert out["deficiency_score"].iloc[i] == expected.deficiency_risk.score
        assert bool(out["caution_kidney"].iloc[i]) is ("reduced_kidney_function" in keys)
        assert bool(out["caution_heart"].iloc[i]) is ("heart" in keys)


def test_condition_words_add_to_flag_columns() -> None:
    frame = pd.DataFrame(
        {"sex": ["female"] * 3, "age": [40.0] * 3, "kidney_disease": [False, True, False],
         "conditions": ["nyresygdom", None, ["cøliaki"]]}
    )  # fmt: skip
    out = score(frame)
    assert out["caution_kidney"].tolist() == [True, True, False]
    assert out["deficiency_score"].tolist() == [
        0,
        0,
        2,
    ]  # coeliac: a gut disease, 2 points as in assess


def test_an_unknown_condition_word_names_the_choices() -> None:
    frame = pd.DataFrame({"sex": ["female"], "age": [40.0], "conditions": ["gigt"]})
    with pytest.raises(mg.MagnesiumError, match="condition"):
        score(frame)


def test_food_mg_reads_a_diary_as_the_scalar_path() -> None:
    """Issue 12: Danish food names in a column read as mg.food reads them."""
    names = pd.Series(["rugbrød", "mandler", "almonds", "rugbrød", None, "havregryn"])
    amounts = pd.Series(["2 skiver", "1 håndfuld", "30 g", "2 skiver", "30 g", None])
    got = food_mg(names, amounts)
    expected = [mg.food(n, a).elemental_mg for n, a in zip(names[:4], amounts[:4], strict=True)]
    assert got[:4].tolist() == expected
    assert got[4:].isna().all()
    assert got.index.equals(names.index)


def test_food_mg_table_and_errors() -> None:
    assert (
        food_mg(["mandler"], ["30 g"], table="usda")[0] == mg.food("almonds", "30 g").elemental_mg
    )
    with pytest.raises(mg.UnknownNameError) as error:
        food_mg(pd.Series(["rugbrød", "xqzzy"], index=["a", "b"]), ["1 skive", "30 g"])
    assert "row 'b'" in "".join(error.value.__notes__)
    with pytest.raises(mg.MagnesiumError, match="same length"):
        food_mg(["rugbrød"], ["1 skive", "2 skiver"])


def test_a_missing_amount_column_gives_missing_results() -> None:
    """Issue 13: with only food, supplemental intake is unknown, never a guessed 0 mg."""
    out = score(pd.DataFrame({"sex": ["female"], "age": [40.0], "food": [300.0]}),
                units={"food": "mg"})  # fmt: skip
    assert out["food_mg"].tolist() == [300.0]
    assert out[["supplemental_mg", "total_mg", "headroom_mg", "coverage"]].isna().all(axis=None)
    assert out["exceeds_ceiling"].isna().all()
    assert not out["caution_over_ceiling"].any()


@pytest.mark.parametrize(("column", "near"), [("Sex", "sex"), ("egrf", "egfr"), ("AGE ", "age"),
                                              ("medication", "medications")])  # fmt: skip
def test_a_misspelt_column_names_the_close_match(column: str, near: str) -> None:
    """Issue 13: a misspelt input is an error naming the column it resembles."""
    with pytest.raises(mg.UnknownNameError, match=f'did you mean "{near}"'):
        score(pd.DataFrame({column: ["female"], "person_id": [7]}))


def test_a_misspelt_column_names_one_match_even_where_two_are_close() -> None:
    """'food3' is as close to 'food1' as to 'food2' (difflib: 0.8 each): one is named, alone."""
    frame = pd.DataFrame({"food1": [1.0], "food2": [2.0], "food3": [3.0]})
    with pytest.raises(mg.UnknownNameError) as raised:
        score(frame, units={"food1": "mg", "food2": "mg"}, food=("food1", "food2"))
    assert len(raised.value.candidates) == 1
    assert set(raised.value.candidates) <= {"food1", "food2"}
    with pytest.raises(mg.UnknownNameError) as raised:  # the same by the stem ("_mg" dropped)
        score(frame.rename(columns={"food3": "food3_mg"}), units={"food1": "mg", "food2": "mg"},
              food=("food1", "food2"))  # fmt: skip
    assert len(raised.value.candidates) == 1
    assert set(raised.value.candidates) <= {"food1", "food2"}


def test_a_three_letter_anagram_is_no_misspelling() -> None:
    """Letters in another order name a column from four letters on: 'gae' is left alone."""
    assert len(score(pd.DataFrame({"age": [40.0], "gae": [1]}))) == 1
    with pytest.raises(mg.UnknownNameError, match='did you mean "egfr"'):
        score(pd.DataFrame({"age": [40.0], "gfre": [1]}))


def test_extra_columns_forbid_and_ignore() -> None:
    frame = pd.DataFrame({"sex": ["female"], "age": [40.0], "person_id": [7], "Sex": ["x"]})
    with pytest.raises(mg.UnknownNameError, match="Sex"):
        score(frame)  # "check": Sex is a near miss of sex
    assert "deficiency_score" in score(frame, extra="ignore")
    with pytest.raises(mg.UnknownNameError, match="person_id"):
        score(frame[["sex", "age", "person_id"]], extra="forbid")
    assert len(score(frame[["sex", "age", "person_id"]])) == 1  # an id is left alone
    with pytest.raises(mg.UnknownChoiceError, match="forbid"):
        score(frame, extra="strict")


def test_serum_creatinine_is_persons_name_for_creatinine() -> None:
    """One vocabulary: Person's `serum_creatinine` reads as the frame's `creatinine`."""
    rows = {"sex": ["male"], "age": [55.0]}
    named = score(pd.DataFrame({**rows, "serum_creatinine": [1.2]}),
                  units={"serum_creatinine": "mg/dL"})  # fmt: skip
    short = score(pd.DataFrame({**rows, "creatinine": [1.2]}), units={"creatinine": "mg/dL"})
    assert named["egfr"].tolist() == short["egfr"].tolist()
    expected = mg.ckd_epi_2021("1.2 mg/dL", age=55, sex="male").m_as("mL/min")  # Inker 2021
    assert named["egfr"].tolist() == pytest.approx([expected], rel=1e-9)
    with pytest.raises(mg.InvalidAmountError, match="not both"):
        score(pd.DataFrame({**rows, "creatinine": [1.2], "serum_creatinine": [1.2]}))


def test_serum_creatinine_keeps_the_other_columns_units() -> None:
    """Renaming `serum_creatinine` renames its unit only: food in grams stays grams."""
    frame = pd.DataFrame({"sex": ["male"], "age": [55.0], "serum_creatinine": [106.0],
                          "food": [0.3]})  # fmt: skip
    out = score(frame, units={"serum_creatinine": "µmol/L", "food": "g"})
    assert out["food_mg"].tolist() == [300.0]  # 0.3 g
    expected = mg.ckd_epi_2021("106 µmol/L", age=55, sex="male").m_as("mL/min")  # Inker 2021
    assert out["egfr"].tolist() == pytest.approx([expected], rel=1e-9)


def test_one_declared_factor_drives_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: a factor is one declaration; assess and score both read it.

    A made-up factor (2 points for heavy sweating, on top of the real one) is
    added to the declarations only: both paths count it, with no other change.
    """
    extra = _scores.Factor(
        key="test_extra",
        weight=2,
        message=msg("test"),
        sources=("ARTICLE",),
        reads=lambda c: _scores.Fired({}) if c.person.heavy_sweating else None,
        column=lambda cohort: cohort.flag("heavy_sweating"),
    )
    monkeypatch.setattr(_scores, "FACTORS", (*_scores.FACTORS, extra))
    risk = mg.assess(mg.Person(heavy_sweating=True)).deficiency_risk
    assert [(f.key, f.weight) for f in risk.factors] == [("heavy_sweating", 1), ("test_extra", 2)]
    assert risk.score == 3
    out = score(pd.DataFrame({"heavy_sweating": [True, False]}))
    assert out["deficiency_score"].tolist() == [3, 0]
    assert out["deficiency_level"].tolist() == ["high", "low"]


def test_factors_without_a_column_are_the_documented_ones() -> None:
    """Each factor reads a column except training in heat (no such frame columns)."""
    no_column = [
        f.key for f in _scores.FACTORS if isinstance(f, _scores.Factor) and f.column is None
    ]
    assert no_column == ["training_in_heat"]


def test_one_declared_mds_part_drives_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: a depletion-score part is one declaration too (a made-up one here)."""
    extra = _scores.MedicinePart(
        key="mds_test_beta_blocker", points=1, atc=("C07",), message=msg("test")
    )
    monkeypatch.setattr(_scores, "MDS_PARTS", (*_scores.MDS_PARTS, extra))
    person = {"sex": "male", "alcohol_drinks_per_day": 0, "egfr": 95}
    on_metoprolol = mg.Person(
        sex="male", alcohol_drinks_per_day=0, egfr="95 mL/min", medications=["metoprolol"]
    )
    scalar_score = mg.magnesium_depletion_score(on_metoprolol)
    assert [p.key for p in scalar_score.parts] == ["mds_test_beta_blocker"]
    assert scalar_score.value == 1
    frame = pd.DataFrame([{**person, "medications": "metoprolol"}, {**person, "medications": ""}])
    out = score(frame, units={"egfr": "mL/min/1.73m**2"})
    assert out["mds_test_beta_blocker"].tolist() == [1, 0]
    assert out["mds"].tolist() == [1, 0]


def test_one_declared_caution_drives_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: a caution is one declaration (a made-up one here); both paths read it."""

    def reads(case: _safety.Case) -> list[mg.Finding]:
        if not case.person.heavy_sweating:
            return []
        return [_rules.finding("test_sweat", msg("test"), "ARTICLE")]

    extra = _safety.Rule(
        name="test_sweat",
        reads=reads,
        columns=lambda cohort: {"caution_test_sweat": cohort.flag("heavy_sweating")},
        urgency=mg.Urgency.DOCTOR,
    )
    monkeypatch.setattr(_safety, "CAUTIONS", (*_safety.CAUTIONS, extra))
    keys = [f.key for f in mg.assess(mg.Person(heavy_sweating=True, age=30)).cautions]
    assert keys == ["test_sweat"]
    out = score(pd.DataFrame({"heavy_sweating": [True, False], "age": [30.0, 30.0]}))
    assert out["caution_test_sweat"].tolist() == [True, False]
    assert out["caution_any"].tolist() == [True, False]
    assert out["urgency"].tolist() == ["doctor", "routine"]


def test_red_flags_on_symptoms_are_the_scalar_rules() -> None:
    """The frame's symptom red flags are the declared rules that read symptoms alone."""
    assert tuple(r.name for r in _triage.RED_FLAGS if r.symptoms_only) == SYMPTOM_RED_FLAGS
    assert len(SYMPTOM_RED_FLAGS) == 6


def test_food_mg_keeps_the_diarys_index_and_leaves_missing_rows_missing() -> None:
    """A diary's own index and a float column named food_mg; a missing name or amount is NaN.

    USDA SR28 12061 almonds 270 mg/100 g: 30 g is 81 mg; Frida 35 mandel 263.75 mg/100 g:
    30 g is 79.125 mg.
    """
    index = [10, 11, 12, 13]
    names = pd.Series(["almonds", None, "almonds", "mandler"], index=index)
    amounts = pd.Series(["30 g", "30 g", None, "30 g"], index=index)
    got = food_mg(names, amounts)
    assert got.name == "food_mg"
    assert got.dtype == np.float64
    assert got.index.tolist() == index
    assert got[10] == 81.0
    assert got[13] == 79.125
    assert got[[11, 12]].isna().all()


def test_cohort_thresholds_at_their_edges() -> None:
    """The child limit, the adult age and the reference, at and just past each edge.

    IOM 1997: 65 mg/day of supplemental magnesium at ages 1-3 (at it is not
    over); from 18 the adult ceiling is no child's limit; under 1 year any
    supplement is over (no body sets a level); EFSA 2015: 300 mg/day for
    women, met exactly is not below.
    """
    people = pd.DataFrame(
        {
            "sex": ["female"] * 7,
            "age": [2.0, 2.0, 18.0, 17.9, 0.5, 30.0, 30.0],
            "supplemental": [65.0, 65.1, 300.0, 300.0, 0.5, 0.0, 0.0],
            "food": [0.0, 0.0, 0.0, 0.0, 0.0, 300.0, 299.0],
        }
    )
    out = score(people, units={"supplemental": "mg", "food": "mg"})
    assert out["caution_child_over_limit"].tolist() == [False, True, False, True, True,
                                                        False, False]  # fmt: skip
    assert out["deficiency_score"].tolist()[5:] == [0, 1]  # below the reference counts
    assert out["urgency"].cat.ordered
    assert out["urgency"].cat.categories.tolist() == list(URGENCY_LEVELS)


# --- gaps found by mutation once polars no longer hid them (2026-12-06) ----------


def test_nullable_boolean_flags_read_as_plain_booleans() -> None:
    """A pandas "boolean" column: NA is a factor not reported (False), as in a bool column."""
    nullable = pd.array([True, False, pd.NA], dtype="boolean")
    frame = pd.DataFrame({"age": [40.0] * 3, "heavy_sweating": nullable, "pregnant": nullable,
                          "sex": ["female"] * 3})  # fmt: skip
    plain = frame.assign(heavy_sweating=[True, False, False], pregnant=[True, False, False])
    pd.testing.assert_frame_equal(score(frame), score(plain))
    read = magnesium.frame._columns.flag(frame, "heavy_sweating")
    assert read.dtype == bool
    assert read.tolist() == [True, False, False]


def test_a_numeric_flag_other_than_1_or_0_is_refused_by_its_own_message() -> None:
    frame = pd.DataFrame({"age": [40.0] * 3, "heavy_sweating": [1, 0, 2]})
    message = "column `heavy_sweating` needs True/False or 1/0; rows [2] are not"
    with pytest.raises(mg.MagnesiumError, match=re.escape(message)):
        score(frame)
    assert score(frame.iloc[:2])["deficiency_score"].tolist() == [1, 0]
    with pytest.raises(mg.MagnesiumError, match=re.escape("rows [0, 1, 2] are not")):
        score(pd.DataFrame({"age": [40.0] * 4, "heavy_sweating": [2, 3, 4, 5]}))  # three named
    nullable = pd.DataFrame(
        {"age": [40.0] * 3, "heavy_sweating": pd.array([1, 0, pd.NA], "Int64")}
    )
    read = magnesium.frame._columns.flag(nullable, "heavy_sweating")
    assert read.dtype == bool
    assert read.tolist() == [True, False, False]


@pytest.mark.parametrize(("value", "shown"), [({"cramps": 1}, "{'cramps': 1}"), (5, "5")])
def test_a_symptoms_value_that_is_no_list_names_the_column(value: object, shown: str) -> None:
    """An unhashable value is refused while reading the column, a number while reading it."""
    frame = pd.DataFrame({"age": [40.0], "symptoms": pd.Series([value], dtype=object)})
    message = f"column `symptoms` needs lists of names or 'a; b' text, got {shown}"
    with pytest.raises(mg.ArgumentTypeError, match=re.escape(message)):
        score(frame)


def test_missing_symptoms_raise_no_red_flag_and_no_urgency() -> None:
    """A row without symptoms (None) reports none: no symptom red flag, routine urgency."""
    frame = pd.DataFrame(
        {"age": [40.0, 40.0], "symptoms": [None, "new cramps without obvious cause"]}
    )
    out = score(frame)
    flags = [f"red_flag_{name}" for name in SYMPTOM_RED_FLAGS]
    assert not out.loc[0, flags].any()
    assert out.loc[1, "red_flag_new_cramps"]
    assert out["urgency"].tolist() == ["routine", "doctor"]


def test_text_flags_with_missing_values_and_their_refusals() -> None:
    """Texts read as a person's flags, a missing value as not reported; bad rows named, three."""
    frame = pd.DataFrame({"age": [40.0] * 3, "heavy_sweating": ["true", None, "nej"]})
    read = magnesium.frame._columns.flag(frame, "heavy_sweating")
    assert read.dtype == bool
    assert read.tolist() == [True, False, False]
    bad = pd.DataFrame({"age": [40.0] * 4, "heavy_sweating": ["maybe"] * 4})
    with pytest.raises(mg.MagnesiumError, match=re.escape("rows [0, 1, 2] are not ('maybe')")):
        score(bad)


def test_a_complex_flag_column_is_refused_by_name() -> None:
    frame = pd.DataFrame({"age": [40.0], "gi_disease": [1 + 0j]})
    message = "column `gi_disease` needs True/False or 1/0, not complex numbers (dtype complex128)"
    with pytest.raises(mg.MagnesiumError, match=re.escape(message)):
        score(frame)


def test_a_categorical_sex_column_with_an_unknown_category_in_use_is_refused() -> None:
    """Categories are read by their codes only when every one is known; else as any column."""
    sex = pd.Categorical(["female", "other", "male"], categories=["female", "male", "other"])
    with pytest.raises(mg.UnknownNameError, match='value in column `sex` "other"'):
        score(pd.DataFrame({"age": [40.0] * 3, "sex": sex}))
    unused = pd.Categorical(["female", "male"], categories=["female", "male", "other"])
    frame = pd.DataFrame({"age": [40.0] * 2, "sex": unused, "food": [100.0] * 2})
    out = score(frame, units={"food": "mg"})  # "other" is not in use
    assert out["reference_mg"].tolist() == [300.0, 350.0]  # EFSA 2015 AIs, women and men


def test_without_a_medications_column_the_medicine_parts_are_unknown() -> None:
    """The Cohort protocol: no medications column, no points and every row unknown (NA)."""
    from magnesium.frame._cohort import Cohort

    frame = pd.DataFrame({"sex": ["female", "male"], "age": [40.0, 70.0]})
    people = magnesium.frame._columns.People.read(frame, {})
    cohort = Cohort(people, people.heavy_drinking(), None, np.full(2, np.nan), None, {})
    for part in _scores.MDS_PARTS[:2]:  # the diuretic and the proton-pump-inhibitor parts
        points, missing = part.read_columns(cohort)
        assert points.dtype == np.int8
        assert points.tolist() == [0, 0]
        assert missing.tolist() == [True, True]


def test_a_categorical_column_reads_its_missing_values_as_missing() -> None:
    """A categorical sex with NaN scores as the same column of text with None."""
    plain = pd.DataFrame({"age": [40.0] * 3, "sex": ["female", None, "male"], "food": [100.0] * 3})
    categorical = plain.assign(sex=plain["sex"].astype("category"))
    units = {"food": "mg"}
    pd.testing.assert_frame_equal(score(categorical, units=units), score(plain, units=units))
    # EFSA 2015's adequate intakes: 300 mg for women, 350 mg for men; none without a sex
    assert score(plain, units=units)["reference_mg"].tolist()[::2] == [300.0, 350.0]
    assert score(plain, units=units)["reference_mg"].isna().tolist() == [False, True, False]


def test_unknown_values_name_five_and_the_allowed_ones() -> None:
    frame = pd.DataFrame({"age": [40.0] * 7, "sex": list("abcdefg")})
    message = 'unknown value in column `sex` "a, b, c, d, e"; did you mean "female", "male"?'
    with pytest.raises(mg.UnknownNameError, match=re.escape(message)) as info:
        score(frame)
    assert info.value.candidates == ("female", "male")


@pytest.mark.parametrize("column", ["medications", "conditions"])
@pytest.mark.parametrize(("value", "shown"), [({"x": 1}, "{'x': 1}"), (5, "5")])
def test_a_names_value_that_is_no_list_names_the_column(
    column: str, value: object, shown: str
) -> None:
    frame = pd.DataFrame({"age": [40.0], column: pd.Series([value], dtype=object)})
    message = f"column `{column}` needs lists of names or 'a; b' text, got {shown}"
    with pytest.raises(mg.ArgumentTypeError, match=re.escape(message)):
        score(frame)


def test_a_count_column_of_text_names_the_column() -> None:
    frame = pd.DataFrame({"age": [40.0], "alcohol_drinks_per_day": ["x"]})
    message = "column `alcohol_drinks_per_day` needs numbers; rows [0] are not ('x')"
    with pytest.raises(mg.InvalidAmountError, match=re.escape(message)):
        score(frame)


def test_rosanoff_2022_moves_the_serum_classes_as_in_the_scalar_path() -> None:
    """0.80 mmol/L: grey zone by default, low under Rosanoff 2022's 0.85 (as mg.serum_status)."""
    frame = pd.DataFrame({"age": [40.0], "serum_magnesium": [0.80]})
    units = {"serum_magnesium": "mmol/L"}
    for rosanoff in (False, True):
        got = score(frame, units=units, rosanoff_2022=rosanoff)["serum_class"].iloc[0]
        assert got == mg.serum_status("0.80 mmol/L", rosanoff_2022=rosanoff).status.value
    assert score(frame, units=units, rosanoff_2022=True)["serum_class"].iloc[0] == "low"


def test_the_serum_red_flag_holds_every_rule_that_writes_it() -> None:
    """Severely low (0.45) and high (2.2, 3.5 mmol/L) each raise it; normal does not."""
    frame = pd.DataFrame({"age": [40.0] * 4, "serum_magnesium": [0.45, 0.9, 2.2, 3.5]})
    flags = score(frame, units={"serum_magnesium": "mmol/L"})["red_flag_serum"]
    assert flags.tolist() == [True, False, True, True]


@pytest.mark.parametrize(
    "supplemental",
    [
        250.0,
        83.33333333333334 * 3,  # 250.00000000000003
        250.0 * (1 - 5e-10),  # below by less than the tolerance (1e-9): at the ceiling
    ],
)
def test_a_supplement_at_the_ceiling_leaves_no_headroom_and_does_not_exceed(
    supplemental: float,
) -> None:
    """EFSA's 250 mg/day, reached exactly or within rounding: headroom 0, not over.

    As the one-person report says of the same amount (a mutation survivor of
    2026-12-07 left the headroom a float's noise above 0 below the ceiling).
    """
    frame = pd.DataFrame({"age": [40.0, 40.0], "supplemental": [supplemental, 249.0]})
    out = score(frame, units={"supplemental": "mg"})
    assert out["headroom_mg"].tolist() == [0.0, 1.0]
    assert out["exceeds_ceiling"].tolist() == [False, False]
    report = mg.assess_intake([mg.supplement(elemental=f"{supplemental!r} mg")], age=40)
    assert report.headroom is not None
    assert report.headroom.m_as("mg") == 0.0


# --- refusals name what they refuse (mutation survivors of 2026-12-07) ------------------


def test_a_column_of_text_names_its_first_three_rows_and_ten_values() -> None:
    frame = pd.DataFrame({"age": [40.0] * 12, "food": [f"x{i}" for i in range(12)]})
    values = ", ".join(f"'x{i}'" for i in range(10))
    with pytest.raises(mg.InvalidAmountError) as caught:
        score(frame, units={"food": "mg"})
    assert str(caught.value) == f"column `food` needs numbers; rows [0, 1, 2] are not ({values})"


def test_an_amount_at_its_plausible_bounds_is_read_and_the_next_float_above_is_not() -> None:
    """0 and 10,000 mg (this library's bound for one item) are read; just above is not."""
    frame = pd.DataFrame({"age": [40.0, 40.0], "food": [0.0, 10_000.0]})
    assert score(frame, units={"food": "mg"})["food_mg"].tolist() == [0.0, 10_000.0]
    above = np.nextafter(10_000.0, np.inf)
    for foods, rows in [([1.0, above], [1]),  # the largest value just above the bound
                        ([0.0, 2e4], [1]),  # 0 is in, beside a value that is out
                        ([1.0, above, 2.0, 2e4, 3e4, 4e4], [1, 3, 4])]:  # fmt: skip
        frame = pd.DataFrame({"age": [40.0] * len(foods), "food": foods})
        with pytest.raises(mg.InvalidAmountError) as caught:
            score(frame, units={"food": "mg"})
        assert str(caught.value) == (
            f"column `food` is outside the plausible 0-10000 mg in rows {rows} "
            "(this library's bound, as for one person's input); check the unit"
        )


def test_an_amount_is_read_to_the_last_digit_as_for_one_person() -> None:
    """Only lab values are rounded to 12 digits; intake amounts are kept as given."""
    third = 1 / 3  # 0.3333333333333333: rounding to 12 digits would change it
    frame = pd.DataFrame({"age": [40.0], "food": [third], "supplemental": [third]})
    out = score(frame, units={"food": "mg", "supplemental": "mg"})
    assert out["food_mg"].iloc[0] == third
    assert out["supplemental_mg"].iloc[0] == third
    assert mg.supplement(elemental=f"{third!r} mg").elemental_mg == third


@pytest.mark.parametrize(("given", "unit"), [(10_000_000.0, "minutes"), (1_000_000.0, "seconds")])
def test_an_age_with_a_unit_is_read_to_the_last_digit_as_for_one_person(
    given: float, unit: str
) -> None:
    """Ages are not rounded either: 10,000,000 minutes are 166,666.666... hours in both paths.

    Rounded to 12 digits (a mutation survivor of 2026-12-07: ``clean=`` on by
    default), a cohort's age would differ from the person's in its last digits,
    and at a band's edge it could change the band.
    """
    years = magnesium.frame._columns.years(pd.DataFrame({"age": [given]}), {"age": unit})
    assert years[0] == mg.Person(sex="female", age=f"{given!r} {unit}").age


def test_a_long_tables_days_are_read_to_the_last_digit() -> None:
    """A day's magnesium in a long table is kept as given, as in :func:`score`."""
    third = 1000 / 3  # 333.3333333333333: rounding to 12 digits would change it
    days = pd.DataFrame({"food": [third, 250.0]})
    read = magnesium.frame._long_table._summed(days, ["food"], {"food": "mg"})
    assert list(read) == [third, 250.0]


@pytest.mark.parametrize(
    ("unit", "error", "message"),
    [("m" * 20_000, mg.InputTooLongError, r"^units\['food'\] of at most"),
     ("mg;", mg.UnitError, r"^column `food` has a unit text that is not one unit: 'mg;'$")],
)  # fmt: skip
def test_a_unit_text_that_is_no_unit_is_refused_by_its_column(
    unit: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        score(pd.DataFrame({"age": [40.0], "food": [1.0]}), units={"food": unit})


def test_a_column_name_is_read_for_a_near_name_by_its_first_100_characters() -> None:
    """A misspelt column's near name comes from its first 100 characters (bounded work).

    "egfrqq" is close enough to ``egfr`` (difflib's ratio 0.8), "egfrqqq" is not:
    the 101st character must not be read (a mutation survivor of 2026-12-07).
    """
    column = " " * 94 + "egfrqq" + "q"
    with pytest.raises(mg.UnknownNameError, match='did you mean "egfr"'):
        score(pd.DataFrame({"age": [40.0], column: [1.0]}))
