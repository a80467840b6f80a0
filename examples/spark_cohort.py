"""Score a cohort in Spark: ``magnesium.frame.score`` as the body of ``mapInPandas``.

Run: python examples/spark_cohort.py
(needs: pip install 'pymagnesium[pandas]' pyspark pyarrow, and Java 17 or newer)

``tests/test_spark.py`` runs :func:`score_in_spark` on a local Spark session
over several partitions and compares every kept column with pandas; the
Cohorts page shows this file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from magnesium.frame import score

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from pyspark.sql import DataFrame as SparkDataFrame

# The result columns kept, with their Spark types: the categorical columns
# (mds_group, deficiency_level) as strings, the nullable ones as nullable.
KEEP = {
    "id": "long",
    "total_mg": "double",
    "exceeds_ceiling": "boolean",
    "reference_mg": "double",
    "mds": "int",
    "mds_group": "string",
    "deficiency_score": "int",
    "deficiency_level": "string",
    "caution_any": "boolean",
}
SCHEMA = ", ".join(f"{name} {kind}" for name, kind in KEEP.items())


def score_in_spark(people: SparkDataFrame, units: Mapping[str, str]) -> SparkDataFrame:
    """Return the kept result columns of ``score`` for a Spark DataFrame with an ``id``."""

    def scored(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:  # one pandas DataFrame per Arrow batch
            out = score(batch.drop(columns="id"), units=units)
            out.insert(0, "id", batch["id"])
            yield out[list(KEEP)].astype({"mds_group": str, "deficiency_level": str})

    return people.mapInPandas(scored, schema=SCHEMA)


if __name__ == "__main__":
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
    score_in_spark(spark.createDataFrame(people), units).orderBy("id").show()
    spark.stop()
