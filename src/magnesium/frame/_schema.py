"""Internal: the output schema of :func:`magnesium.frame.score` (data/frame_schema.toml).

One declaration of every column, its dtype and the inputs it reads, given
to each engine in its own terms: pandas dtypes, an Arrow schema and a Spark
DDL string. The scorer fills a column whose input is missing from it, so
every frame it returns has this schema.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import pandas as pd

from magnesium import _data
from magnesium._display import Displayable

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__: list[str] = []

_COLUMN: Final = {"name": (str, True), "dtype": (str, True), "needs": (str, True),
                  "doc": (str, True)}  # fmt: skip
# Each dtype of the file in pandas, Arrow and Spark SQL terms.
_KINDS: Final = {
    "float64": ("float64", "float64", "DOUBLE"),
    "boolean": ("boolean", "bool_", "BOOLEAN"),
    "bool": ("bool", "bool_", "BOOLEAN"),
    "Int8": ("Int8", "int8", "TINYINT"),
    "int16": ("int16", "int16", "SMALLINT"),
    "category": ("category", "dictionary", "STRING"),
    "object": ("object", "list", "ARRAY<STRING>"),
}


@attrs.frozen
class Column:
    """One output column: its name, pandas dtype name, the inputs it reads, and what it is."""

    name: str
    dtype: str
    needs: str
    doc: str


@functools.cache
def columns() -> tuple[Column, ...]:  # pragma: no mutate block
    """Return the declared columns, in order, read and checked once."""
    rows = _data.rows("frame_schema.toml", "column", _COLUMN)
    _data.unique(rows, lambda row: row["name"], "frame_schema.toml, [[column]]")
    for row in rows:
        if row["dtype"] not in _KINDS:
            message = f"frame_schema.toml, column {row['name']}: unknown dtype {row['dtype']!r}"
            raise _data.DataFileError(message)
    return tuple(Column(**row) for row in rows)


@attrs.frozen(repr=False)
class Schema(Displayable):
    """The columns of :func:`magnesium.frame.score`, for pandas, Arrow and Spark.

    Attributes
    ----------
    columns : tuple of Column
        Each column's name, pandas dtype name, the inputs it reads and what
        it holds, in the order of the scored frame.
    categories : mapping
        The categories of each categorical column, and whether they are ordered.
    """

    columns: tuple[Column, ...]
    categories: Mapping[str, tuple[tuple[str, ...], bool]]

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)

    def dtypes(self) -> dict[str, Any]:
        """Return each column's pandas dtype (categoricals with their categories)."""
        return {c.name: self._pandas_dtype(c) for c in self.columns}

    def _pandas_dtype(self, column: Column) -> Any:
        if column.dtype == "category":
            categories, ordered = self.categories[column.name]
            return pd.CategoricalDtype(list(categories), ordered=ordered)
        return pd.api.types.pandas_dtype(column.dtype)

    def to_arrow(self) -> Any:
        """Return the schema as a ``pyarrow.Schema`` (needs pyarrow).

        Categoricals are dictionaries of int8 codes to strings; the unknown
        medicines are lists of strings.
        """
        try:
            import pyarrow as pa  # type: ignore[import-untyped]  # noqa: PLC0415 - optional
        except ImportError as error:
            message = "Schema.to_arrow needs pyarrow: pip install pyarrow"
            raise ImportError(message) from error

        def arrow(column: Column) -> Any:
            kind = _KINDS[column.dtype][1]
            if kind == "dictionary":
                ordered = self.categories[column.name][1]
                return pa.dictionary(pa.int8(), pa.string(), ordered=ordered)
            if kind == "list":
                return pa.list_(pa.string())
            return getattr(pa, kind)()

        return pa.schema([pa.field(c.name, arrow(c)) for c in self.columns])

    def to_spark_ddl(self) -> str:
        """Return the schema as a Spark SQL DDL string (``mapInPandas``'s ``schema=``)."""
        return ", ".join(f"`{c.name}` {_KINDS[c.dtype][2]}" for c in self.columns)

    def to_frame(self) -> pd.DataFrame:
        """Return one row per column: name, dtype, needs and doc."""
        return pd.DataFrame([attrs.asdict(c) for c in self.columns])

    def empty(self, index: pd.Index) -> dict[str, Any]:
        """Return each column filled with its missing value over ``index``."""
        return {c.name: self.missing(c, len(index)) for c in self.columns}

    def missing(self, column: Column, n: int) -> Any:
        """Return ``column`` for ``n`` rows without its input.

        Values are missing (NA); flags are not raised, as assess raises none.
        """
        if column.dtype == "float64":
            return np.full(n, np.nan)
        if column.dtype == "boolean":
            return pd.arrays.BooleanArray(np.zeros(n, bool), np.ones(n, bool))
        if column.dtype == "Int8":
            return pd.arrays.IntegerArray(np.zeros(n, np.int8), np.ones(n, bool))
        if column.dtype == "category":
            return pd.Categorical.from_codes(
                np.full(n, -1, np.int8), dtype=self._pandas_dtype(column)
            )
        if column.dtype == "object":
            return np.full(n, None, dtype=object)
        return np.zeros(n, column.dtype)  # bool flags, int16 points

    def _title(self, lang: str) -> str:  # noqa: ARG002 - column names are identifiers
        return f"frame.score's {len(self.columns)} columns"

    def _lines(self, lang: str) -> list[tuple[str, str]]:  # noqa: ARG002
        return [(c.name, c.dtype) for c in self.columns]

    def _brief(self) -> str:
        return f"{len(self.columns)} columns"
