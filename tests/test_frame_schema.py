"""The fixed output schema of frame.score (issue 26): the same columns and dtypes for any input."""

from __future__ import annotations

import itertools
from typing import Any

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest

import magnesium as mg
from magnesium import _data
from magnesium.frame import SERUM_CLASSES, URGENCY_LEVELS, _schema, schema, score

# The optional inputs, in groups that go in or out together (every subset is scored).
GROUPS: dict[str, dict[str, list[Any]]] = {
    "food": {"food": [200.0, None, 300.0]},
    "supplemental": {"supplemental": [100.0, 400.0, None]},
    "sex": {"sex": ["female", "male", None], "pregnant": [True, False, False],
            "lactating": [False, False, None]},
    "age": {"age": [30.0, 70.0, None]},
    "kidney": {"egfr": [90.0, 45.0, None], "creatinine": [0.9, None, 1.1]},
    "serum": {"serum_magnesium": [0.8, 0.6, None]},
    "medications": {"medications": [["furosemide", "zyxquux"], [], None]},
    "symptoms": {"symptoms": ["night cramps; violent cramps", None, None]},
    "other": {"conditions": [["coeliac disease"], [], None], "diet": ["varied", None, None],
              "heavy_sweating": [True, False, None], "alcohol_drinks_per_day": [0.0, 3.0, None]},
}  # fmt: skip
UNITS = {"food": "mg", "supplemental": "mg", "egfr": "mL/min/1.73m**2", "creatinine": "mg/dL",
         "serum_magnesium": "mmol/L"}  # fmt: skip


def _frame(groups: tuple[str, ...]) -> pd.DataFrame:
    columns = {k: v for g in groups for k, v in GROUPS[g].items()}
    return pd.DataFrame(columns, index=pd.RangeIndex(3)) if columns else pd.DataFrame(index=[0])


def test_every_subset_of_inputs_gives_the_schema() -> None:
    """512 frames, one per subset of the 9 input groups: the same columns and dtypes."""
    names, dtypes = schema().names, schema().dtypes()
    scored = 0
    for size in range(len(GROUPS) + 1):
        for groups in itertools.combinations(GROUPS, size):
            out = score(_frame(groups), units=UNITS)
            assert tuple(out.columns) == names, groups
            assert out.dtypes.to_dict() == dtypes, groups
            scored += 1
    assert scored == 2 ** len(GROUPS) == 512


def test_what_is_missing_is_na_and_flags_are_not_raised() -> None:
    """Without sex there is no reference; without medicines no depletion score (NA)."""
    out = score(_frame(("food", "supplemental", "age")), units=UNITS)
    assert out[["reference_mg", "coverage", "egfr", "serum_mmol_per_l"]].isna().all(axis=None)
    assert out[["mds", "mds_diuretic", "mds_group", "serum_class"]].isna().all(axis=None)
    assert out["unknown_medications"].isna().all()
    assert out["total_mg"].tolist()[0] == 300.0  # 200 mg food + 100 mg supplemental
    assert not out["red_flag_serum"].any()  # no serum: not raised, as assess raises none
    assert not out["red_flag_new_cramps"].any()
    with_sex = score(_frame(("food", "supplemental", "age", "sex")), units=UNITS)
    assert with_sex["reference_mg"].tolist()[0] == 300.0  # EFSA 2015: women 300 mg/day


def test_the_rules_write_no_column_the_schema_lacks() -> None:
    """All inputs given: exactly the declared columns (a new rule must be declared)."""
    out = score(_frame(tuple(GROUPS)), units=UNITS)
    assert tuple(out.columns) == schema().names
    assert len(schema().names) == len(set(schema().names))


def test_categories_are_the_frames_constants() -> None:
    dtypes = schema().dtypes()
    assert list(dtypes["serum_class"].categories) == list(SERUM_CLASSES)
    assert list(dtypes["urgency"].categories) == list(URGENCY_LEVELS)
    assert dtypes["urgency"].ordered
    assert list(dtypes["mds_group"].categories) == ["0-1", "2", "3-5"]  # Zhang 2025
    assert list(dtypes["deficiency_level"].categories) == [str(v) for v in mg.RiskLevel]


def test_a_dask_frame_without_sex_has_the_schema() -> None:
    """The Spark example's failure (KeyError on reference_mg) cannot recur: meta is fixed."""
    frame = pd.concat([_frame(("food", "supplemental", "age"))] * 4, ignore_index=True)
    partitioned = dd.from_pandas(frame, npartitions=2)  # type: ignore[no-untyped-call]
    lazy: Any = score(partitioned, units=UNITS)
    assert tuple(lazy.columns) == schema().names
    pd.testing.assert_frame_equal(lazy.compute(), score(frame, units=UNITS))


def test_the_arrow_schema_holds_a_scored_frame() -> None:
    pa = pytest.importorskip("pyarrow", reason="the Arrow schema needs pyarrow")
    out = score(_frame(tuple(GROUPS)), units=UNITS)
    table = pa.Table.from_pandas(out, schema=schema().to_arrow(), preserve_index=False)
    assert table.schema.names == list(schema().names)
    assert table.column("unknown_medications").to_pylist() == [["zyxquux"], [], []]
    assert str(table.schema.field("urgency").type) == (
        "dictionary<values=string, indices=int8, ordered=1>"
    )
    back = table.to_pandas()
    assert back["deficiency_score"].dtype == np.int16
    assert back["urgency"].tolist() == out["urgency"].tolist()


def test_the_spark_ddl_names_every_column_with_its_type() -> None:
    ddl = schema().to_spark_ddl()
    fields = ddl.split(", ")
    assert len(fields) == len(schema().names)
    assert fields[:5] == ["`food_mg` DOUBLE", "`supplemental_mg` DOUBLE", "`total_mg` DOUBLE",
                          "`ceiling_mg` DOUBLE", "`exceeds_ceiling` BOOLEAN"]  # fmt: skip
    assert "`mds` TINYINT" in fields
    assert "`deficiency_score` SMALLINT" in fields
    assert "`unknown_medications` ARRAY<STRING>" in fields
    assert "`urgency` STRING" in fields


def test_the_schema_is_documented_and_shown() -> None:
    table = schema().to_frame()
    assert list(table.columns) == ["name", "dtype", "needs", "doc"]
    assert table["doc"].str.len().min() > 5
    assert repr(schema()) == f"<Schema: {len(schema().names)} columns>"
    assert schema().to_text().splitlines()[1].split() == ["food_mg", "float64"]


def test_a_broken_schema_file_names_the_column(monkeypatch: pytest.MonkeyPatch) -> None:
    real = _data.toml

    def broken(name: str) -> dict[str, Any]:
        found = real(name)
        if name == "frame_schema.toml":
            found = {"column": [*found["column"][:1], {**found["column"][1], "dtype": "int"}]}
        return found

    monkeypatch.setattr(_data, "toml", broken)
    with pytest.raises(_data.DataFileError) as caught:
        _schema.columns.__wrapped__()
    assert str(caught.value) == "frame_schema.toml, column supplemental_mg: unknown dtype 'int'"


def _inputs() -> pd.DataFrame:
    frame = _frame(tuple(GROUPS))
    frame["medications"] = pd.Series([["furosemide", "zyxquux"], [], ["omeprazole"]], dtype=object)
    frame["conditions"] = pd.Series([["coeliac disease"], [], []], dtype=object)
    return frame


def test_a_polars_frame_gives_a_polars_frame_of_the_same_scores() -> None:
    """Issue 26: polars in, polars out, the pandas values; categories as ordered Enums."""
    pl = pytest.importorskip("polars", reason="the polars path needs polars")
    given = pl.from_pandas(_inputs())
    out = score(given, units=UNITS)
    assert isinstance(out, pl.DataFrame)
    assert tuple(out.columns) == schema().names
    expected = score(_inputs(), units=UNITS)
    assert out["total_mg"].to_list() == expected["total_mg"].astype(object).where(
        expected["total_mg"].notna(), None).tolist()  # fmt: skip
    assert out["mds"].to_list() == [None if pd.isna(v) else v for v in expected["mds"]]
    assert out["unknown_medications"].to_list() == [["zyxquux"], [], []]
    assert out.schema["urgency"] == pl.Enum(list(URGENCY_LEVELS))  # ordered: lowest first
    assert out["urgency"].to_list() == expected["urgency"].astype(str).tolist()
    assert out.schema["exceeds_ceiling"] == pl.Boolean
    assert out.schema["mds"] == pl.Int8


def test_an_arrow_table_gives_an_arrow_table_of_the_schema() -> None:
    pa = pytest.importorskip("pyarrow", reason="the Arrow path needs pyarrow")
    given = pa.Table.from_pandas(_inputs(), preserve_index=False)
    out = score(given, units=UNITS)
    assert isinstance(out, pa.Table)
    assert out.schema == schema().to_arrow()
    expected = score(_inputs(), units=UNITS)
    back = out.to_pandas()
    assert back["deficiency_score"].tolist() == expected["deficiency_score"].tolist()
    assert back["urgency"].astype(str).tolist() == expected["urgency"].astype(str).tolist()
    assert out.column("unknown_medications").to_pylist() == [["zyxquux"], [], []]


@pytest.mark.parametrize(
    "options",
    [{"authority": "US"}, {"rosanoff_2022": True}, {"food": ("food", "snack")},
     {"supplemental": ("supplemental", "snack")}],
)  # fmt: skip
def test_an_arrow_table_is_scored_with_every_option(options: dict[str, Any]) -> None:
    """Each option reaches the pandas scoring under the Arrow path, as under pandas."""
    pa = pytest.importorskip("pyarrow", reason="the Arrow path needs pyarrow")
    frame = _inputs().assign(snack=[120.0, 0.0, 35.0])
    amounts = [*options.get("food", ()), *options.get("supplemental", ())]
    units = {**UNITS, "snack": "mg"} if "snack" in amounts else UNITS
    out = score(pa.Table.from_pandas(frame, preserve_index=False), units=units, **options)
    expected = score(frame, units=units, **options)
    arrow = schema().to_arrow()
    assert out.equals(pa.Table.from_pandas(expected, schema=arrow, preserve_index=False))
    assert not expected.equals(score(frame, units=UNITS))  # the option changes the result


def test_an_arrow_table_is_checked_as_strictly_as_asked() -> None:
    """`extra=` and `strict=` reach the pandas scoring under the Arrow path."""
    pa = pytest.importorskip("pyarrow", reason="the Arrow path needs pyarrow")
    with pytest.raises(mg.UnknownNameError, match="zyxquux"):
        score(pa.Table.from_pandas(_inputs(), preserve_index=False), units=UNITS, strict=True)
    table = pa.Table.from_pandas(_inputs().assign(notes=["a", "b", "c"]), preserve_index=False)
    with pytest.raises(mg.MagnesiumError, match="notes"):
        score(table, units=UNITS, extra="forbid")
    assert isinstance(score(table, units=UNITS, extra="ignore"), pa.Table)


def test_another_table_type_is_refused_by_name() -> None:
    with pytest.raises(mg.ArgumentTypeError) as caught:
        score([{"age": 40}])  # type: ignore[call-overload]
    assert str(caught.value) == (
        "`frame` needs a pandas, Dask or polars DataFrame or an Arrow table, got list"
    )
