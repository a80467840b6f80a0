"""Cohorts in Spark: :func:`magnesium.frame.score` over a Spark DataFrame.

:func:`score` runs the pandas scorer as the body of ``mapInPandas`` (Spark
3.0 and later), one Arrow batch at a time, and declares the output with the
fixed schema of :func:`magnesium.frame.schema`, so a cohort without, say, a
``sex`` column scores as any other. :func:`to_pandas` collects a scored
frame with the documented pandas dtypes (Spark gives back nullable small
integers as floats and categories as strings).

Spark's workers run their own Python: it must be one with magnesium
installed. Set ``PYSPARK_PYTHON`` to it before the session starts (for a
local session, ``sys.executable``), or ship an environment with the job
(Spark's "Python Package Management": ``spark.archives`` with a packed venv
or conda environment). Install with ``pip install 'pymagnesium[spark]'``;
Spark needs Java 17 or newer.

References
----------
.. [1] Apache Spark, ``DataFrame.mapInPandas`` and Python Package
   Management (PySpark documentation).

Examples
--------
>>> from magnesium import spark
>>> spark.score.__name__, spark.to_pandas.__name__
('score', 'to_pandas')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

try:
    import pandas as pd
except ImportError as error:  # the optional extra is missing: say which to install
    message = "magnesium.spark needs pandas: pip install 'pymagnesium[spark]'"
    raise ImportError(message) from error

from magnesium.errors import ArgumentTypeError, UnknownNameError
from magnesium.frame import _columns, schema
from magnesium.frame import score as _score_frame
from magnesium.reference import _reference

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from pyspark.sql import DataFrame as SparkDataFrame

    from magnesium.reference import Authority

__all__ = ["score", "to_pandas"]


def score(
    people: SparkDataFrame,
    *,
    keep: Iterable[str] = (),
    units: Mapping[str, str] | None = None,
    food: Iterable[str] = ("food",),
    supplemental: Iterable[str] = ("supplemental",),
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
    rosanoff_2022: bool = False,
    strict: bool = False,
    extra: str = "check",
) -> SparkDataFrame:
    """Score every row of a Spark DataFrame, as :func:`magnesium.frame.score` does.

    Parameters
    ----------
    people
        A Spark DataFrame with the input columns of
        :func:`magnesium.frame.score` (medicines and symptoms as text with
        names separated by ";").
    keep
        Input columns to carry into the result before the scored columns,
        such as an id to join on (Spark rows have no index).
    units, food, supplemental, authority, rosanoff_2022, strict, extra
        As for :func:`magnesium.frame.score`.

    Returns
    -------
    pyspark.sql.DataFrame
        The ``keep`` columns, then the columns of
        :func:`magnesium.frame.schema` with its Spark types (categories as
        strings, the unknown medicines as an array of strings).

    References
    ----------
    .. [1] The sources of :func:`magnesium.frame.score`.

    Examples
    --------
    On a session (not run here)::

        from magnesium import spark
        scored = spark.score(people, keep=["id"], units={"food": "mg"})
        spark.to_pandas(scored)
    """
    kept = _columns.column_names(keep, "keep")
    if missing := [c for c in kept if c not in people.columns]:
        raise UnknownNameError("column", missing[0], tuple(people.columns))
    options: dict[str, Any] = {
        "units": dict(units or {}),
        "food": _columns.column_names(food, "food"),
        "supplemental": _columns.column_names(supplemental, "supplemental"),
        "authority": authority,
        "rosanoff_2022": rosanoff_2022,
        "strict": strict,
        "extra": extra,
    }
    declared = [f"`{c}` {people.schema[c].dataType.simpleString()}" for c in kept]
    ddl = ", ".join([*declared, schema().to_spark_ddl()])

    def scored(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:  # one pandas DataFrame per Arrow batch
            out = _score_frame(batch.drop(columns=list(kept)), **options)
            yield pd.concat([batch[list(kept)], _for_spark(out)], axis=1)

    return people.mapInPandas(scored, schema=ddl)


def _for_spark(out: pd.DataFrame) -> pd.DataFrame:
    """Categories as text (missing as None) and tuples as lists, Spark's types."""
    converted = {}
    for name, dtype in schema().dtypes().items():
        if isinstance(dtype, pd.CategoricalDtype):
            column = out[name]
            converted[name] = column.astype(object).where(column.notna(), None)
        elif name == "unknown_medications":
            converted[name] = out[name].map(lambda names: None if names is None else list(names))
    return out.assign(**converted)


def to_pandas(scored: SparkDataFrame) -> pd.DataFrame:
    """Collect a scored Spark DataFrame with the dtypes of :func:`magnesium.frame.schema`.

    Parameters
    ----------
    scored
        The result of :func:`score` (or a selection of its columns).

    Returns
    -------
    pandas.DataFrame
        The same columns; the scored ones with their documented pandas
        dtypes (nullable ``Int8`` and ``boolean``, categoricals), the
        unknown medicines as tuples.

    Examples
    --------
    On a session (not run here)::

        frame = spark.to_pandas(spark.score(people, keep=["id"]))
    """
    if not hasattr(scored, "toPandas"):
        message = f"`scored` needs a Spark DataFrame, got {type(scored).__name__}"
        raise ArgumentTypeError(message)
    frame = scored.toPandas()
    dtypes = {
        n: d for n, d in schema().dtypes().items() if n in frame and n != "unknown_medications"
    }
    frame = frame.astype(dtypes)
    if "unknown_medications" in frame:
        frame["unknown_medications"] = frame["unknown_medications"].map(
            lambda names: None if names is None else tuple(names)
        )
    return frame
