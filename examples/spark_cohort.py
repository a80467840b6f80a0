"""Score a cohort in Spark with ``magnesium.spark``.

Run: python examples/spark_cohort.py
(needs: pip install 'pymagnesium[spark]', and Java 17 or newer)

``tests/test_spark.py`` runs :func:`score_in_spark` on a local Spark session
over several partitions and compares it with pandas; the Cohorts page shows
this file.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import pandas as pd

import magnesium.spark

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pyspark.sql import DataFrame as SparkDataFrame


def score_in_spark(people: SparkDataFrame, units: Mapping[str, str]) -> pd.DataFrame:
    """Score a Spark DataFrame with an ``id`` column; collect it with the documented dtypes."""
    scored = magnesium.spark.score(people, keep=["id"], units=units)  # lazy, per partition
    return magnesium.spark.to_pandas(scored.orderBy("id"))


if __name__ == "__main__":
    # The workers run their own Python: this one, where magnesium is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").appName("magnesium").getOrCreate()
    people = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "sex": ["female", "male", "female"],
            "age": [34.0, 71.0, 52.0],
            "food": [260.0, 310.0, 180.0],
            "supplemental": [300.0, 0.0, 100.0],
            "alcohol_drinks_per_day": [0.0, 3.0, 1.0],
            "medications": ["", "furosemide; omeprazole", "levothyroxine"],
            "egfr": [95.0, 55.0, 80.0],
        }
    )
    units = {"food": "mg", "supplemental": "mg", "egfr": "mL/min/1.73m**2"}
    frame = score_in_spark(spark.createDataFrame(people), units)
    print(frame[["id", "total_mg", "exceeds_ceiling", "mds", "deficiency_level", "urgency"]])
    spark.stop()
