"""Internal: the engines a cohort may come in, read through pandas.

polars and Arrow tables are read as pandas frames (through Arrow, as a
result goes back); a Dask DataFrame is recognised without importing Dask
unless it is one. Shared by :func:`magnesium.frame.score` and
:func:`magnesium.frame.usual_intake`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, TypeGuard

import pandas as pd

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__: list[str] = []


def polars_in(frame: Any) -> pd.DataFrame | None:
    import polars as pl  # noqa: PLC0415 - only when given a polars frame

    # through Arrow, as the result goes back: polars gives its columns without copying
    return arrow_in(frame.to_arrow()) if isinstance(frame, pl.DataFrame) else None


def arrow_in(frame: Any) -> pd.DataFrame | None:
    import pyarrow as pa  # type: ignore[import-untyped]  # noqa: PLC0415 - only for an Arrow table

    if not isinstance(frame, pa.Table):
        return None
    given: pd.DataFrame = frame.to_pandas()
    for field in frame.schema:  # lists come as numpy arrays: names as lists
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            given[field.name] = pd.Series(
                [None if v is None else list(v) for v in given[field.name]], given.index, object
            )
    return given


# The engines read through pandas: what gives a pandas frame of the input.
ENGINES: Final = {"polars": polars_in, "pyarrow": arrow_in}


def is_dask(frame: object) -> TypeGuard[dd.DataFrame]:
    """Whether ``frame`` is a Dask DataFrame (Dask is imported only if it is one)."""
    if not type(frame).__module__.startswith("dask"):
        return False
    import dask.dataframe as dd  # noqa: PLC0415 - the optional extra pymagnesium[dask]

    return isinstance(frame, dd.DataFrame)
