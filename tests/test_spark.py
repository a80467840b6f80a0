"""Issues 13 and 26: frame.score runs in Spark (mapInPandas, a local session, partitions).

magnesium.spark is the entry point; examples/spark_cohort.py the page's
example. Needs Java 17 or newer and pyspark (both in CI); without Java the
module is skipped, and says why.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pytest

if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17 or newer, and none is on PATH", allow_module_level=True)
pytest.importorskip("pyspark", reason="the Spark tests need pyspark (pip install pyspark)")

from pyspark.sql import SparkSession

import magnesium.spark
from magnesium.frame import schema, score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cohort import UNITS, generate  # noqa: E402 - after the paths above
from spark_cohort import score_in_spark  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

# PySpark 4.x warns that it does not yet fully support pandas 3, and its own
# toPandas passes pandas a deprecated keyword; the columns this test compares
# are exactly what such a gap would break.
pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this interpreter
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a local session needs no network
    session = (
        SparkSession.builder.master("local[2]")
        .appName("magnesium-tests")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_the_example_agrees_with_pandas(spark: SparkSession) -> None:
    """The page's example over 4 partitions: every column equals pandas' own result."""
    people = generate(2_000, seed=7)
    people = people.astype({"sex": str, "medications": str})  # Spark takes plain strings
    people.insert(0, "id", range(len(people)))
    sdf = spark.createDataFrame(people).repartition(4)
    assert sdf.rdd.getNumPartitions() == 4
    got = score_in_spark(sdf, UNITS).reset_index(drop=True)
    expected = score(people.drop(columns="id"), units=UNITS)
    assert got["id"].tolist() == people["id"].tolist()
    assert got["deficiency_level"].nunique() == 3  # the cohort reaches every level
    pd.testing.assert_frame_equal(got.drop(columns="id"), expected)


def test_the_spark_entry_point_gives_the_pandas_result(spark: SparkSession) -> None:
    """magnesium.spark.score with an id kept, back through to_pandas: pandas' frame exactly.

    The cohort has no `sex` column: the fixed schema holds (reference_mg NA),
    where the example once failed in the worker with a KeyError.
    """
    people = generate(1_000, seed=11).drop(columns="sex")
    people = people.astype({"medications": str})
    people.insert(0, "id", range(len(people)))
    sdf = spark.createDataFrame(people).repartition(3)
    scored = magnesium.spark.score(sdf, keep=["id"], units=UNITS)
    assert scored.columns == ["id", *schema().names]
    got = magnesium.spark.to_pandas(scored).sort_values("id").reset_index(drop=True)
    expected = score(people.drop(columns="id"), units=UNITS)
    assert got["id"].tolist() == people["id"].tolist()
    pd.testing.assert_frame_equal(got.drop(columns="id"), expected)
    assert got["reference_mg"].isna().all()


def test_the_spark_entry_point_refuses_what_it_cannot_read(spark: SparkSession) -> None:
    sdf = spark.createDataFrame(pd.DataFrame({"age": [40.0]}))
    with pytest.raises(magnesium.UnknownNameError, match='unknown column "id"'):
        magnesium.spark.score(sdf, keep=["id"])
    with pytest.raises(magnesium.ArgumentTypeError, match="`scored` needs a Spark DataFrame"):
        magnesium.spark.to_pandas(pd.DataFrame())  # type: ignore[arg-type]
