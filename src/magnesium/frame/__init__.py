"""Cohorts: score a pandas DataFrame of people column-wise (needs ``pymagnesium[pandas]``).

:func:`score` takes one row per person and returns one row per person,
computed with numpy over whole columns: no Python loop per row. It applies
the same rules, thresholds and sources as the scalar API: each
deficiency-risk factor is declared once, with its reading of a person and of
these columns (training in heat, which needs inputs the frame does not take,
is the one factor without a column), and the tests prove both paths agree on
generated people. Given a Dask DataFrame it returns one,
scored lazily partition by partition, so the same call scores a cohort too
large for memory; it is also a valid ``dask.dataframe.map_partitions``
function::

    import dask.dataframe as dd
    ddf = dd.from_pandas(people, npartitions=8)
    scored = score(ddf, units=units)  # or, in a pipeline of your own:
    scored = ddf.map_partitions(score, units=units, meta=score(people.iloc[:0], units=units))

In Spark the body of a pandas function (``DataFrame.mapInPandas``) is the
same call, ``score(batch, units=units)``, on each pandas batch.

Input columns (all optional; a result that needs a missing column is left
out, and a missing *value* gives a missing result, never a guess):

==============================  ================================================
column                          meaning
==============================  ================================================
``sex``                         "female" or "male"
``age``                         years, or a duration with a unit
                                (``units={"age": "months"}``)
``pregnant``, ``lactating``     booleans
``food``, ``supplemental``      magnesium from food / from supplements,
                                medicines and water; an amount column each, or
                                several: pass ``food=[...]``,
                                ``supplemental=[...]``
``egfr``                        eGFR, declared "mL/min/1.73m**2"
``creatinine``                  serum creatinine, for CKD-EPI 2021 where eGFR is
                                absent (``serum_creatinine``, Person's name,
                                is read the same)
``serum_magnesium``             mmol/L, mg/dL or mEq/L
``alcohol_drinks_per_day``      number
``medications``                 lists of medicine names (any the catalogue
                                reads), or names in one text separated by ";"
                                (the form that survives CSV files, Dask and
                                Spark)
``symptoms``                    lists of symptom names (as
                                :class:`magnesium.Symptom`, English or
                                Danish), or names separated by ";"
flag columns                    booleans: ``heavy_sweating``,
                                ``restricted_diet``, ``gi_disease``,
                                ``alcohol_dependence``, ``type_2_diabetes``,
                                ``kidney_disease``, ``heart_disease``
``conditions``                  lists of condition names (as
                                :class:`magnesium.Condition`, English or
                                Danish: "nyresygdom", "cøliaki"), or names
                                separated by ";"; they set the flags above
``diet``                        a diet word ("one-sided", "ensidig",
                                "kalorierestriktiv"); a restricted diet sets
                                ``restricted_diet``
==============================  ================================================

A column the scorer does not read is left alone, unless it looks like a
misspelt input (``Sex``, ``egrf``): that is an error naming the column it
resembles (``extra="forbid"`` refuses every unknown column, ``extra="ignore"``
none). An amount kind without a column is a missing input: with only a
``food`` column, supplemental and total intake stay missing, never 0 mg.

Amount columns need a unit: from ``units={"food": "mg", ...}`` or from a
pint-pandas dtype (``pint[mg]``). An amount column without a unit, with a
wrong dimension, or a category column with an unknown value is an error that
names the column, and so is a unit for a column that takes none. A units
mapping may name columns a frame does not have, so one mapping serves many
frames.

A long table of several days per person gives a cohort's *usual* intake by
sex and age group with :func:`usual_intake`: the day-to-day variation
removed (NRC 1986, Nusser 1996), percentiles, the EAR cut-point prevalence
or the share at or above an AI, and the shares over the ceiling (the Usual
intake page explains the method and its validation).

References
----------
.. [1] The sources of :mod:`magnesium.intake`, :mod:`magnesium.labs` and
   :mod:`magnesium.risk` (SCF 2001, EFSA 2015, Inker 2021, Fan 2021, ...).

Examples
--------
>>> import pandas as pd
>>> from magnesium.frame import score
>>> people = pd.DataFrame({"sex": ["female", "male"], "age": [30, 60],
...                        "food": [220.0, 310.0], "supplemental": [100.0, 300.0],
...                        "serum_magnesium": [0.8, None]})
>>> out = score(people, units={"food": "mg", "supplemental": "mg",
...                            "serum_magnesium": "mmol/L"})
>>> out[["total_mg", "exceeds_ceiling", "headroom_mg", "serum_class"]]
   total_mg  exceeds_ceiling  headroom_mg serum_class
0     320.0            False        150.0   grey zone
1     610.0             True          0.0         NaN
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, overload

import attrs

try:
    import numpy as np
    import pandas as pd
except ImportError as error:  # the optional extra is missing: say which to install
    message = "magnesium.frame needs pandas and numpy: pip install 'pymagnesium[pandas]'"
    raise ImportError(message) from error

from magnesium import _names, _public, _units
from magnesium.errors import (
    ArgumentTypeError,
    InvalidAmountError,
    MagnesiumError,
    UnitError,
    UnknownChoiceError,
    UnknownNameError,
)
from magnesium.frame import _columns, _engines, _schema
from magnesium.frame._cohort import Coded, Cohort, Column, Columns
from magnesium.frame._usual import UsualIntake, usual_intake
from magnesium.intake import food
from magnesium.labs import SerumClass, _labs
from magnesium.reference import _reference
from magnesium.risk import RiskLevel, _rules, _safety, _scores, _triage
from magnesium.units import MAGNESIUM_MOLAR_MASS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    import dask.dataframe as dd
    import polars as pl
    import pyarrow as pa  # type: ignore[import-untyped]

    from magnesium.reference import Authority


__all__ = [
    "SERUM_CLASSES",
    "SYMPTOM_RED_FLAGS",
    "URGENCY_LEVELS",
    "Schema",
    "UsualIntake",
    "food_mg",
    "schema",
    "score",
    "usual_intake",
]

#: Serum classes, in order (as :class:`magnesium.SerumClass` values).
SERUM_CLASSES: Final = tuple(str(c) for c in SerumClass)
_LEVELS: Final = tuple(str(level) for level in RiskLevel)  # "low", "moderate", "high"
# The published MDS group of each score 0-5, by the scalar rule itself
# (magnesium.risk; Zhang 2025): its short names, and each score's group code.
_MDS_GROUP_NAMES: Final = [_rules.mds_group(score).split(" (")[0] for score in range(6)]
_MDS_GROUPS: Final = tuple(dict.fromkeys(_MDS_GROUP_NAMES))  # "0-1", "2", "3-5"
_MDS_GROUP_OF: Final = np.array([_MDS_GROUPS.index(n) for n in _MDS_GROUP_NAMES], np.int8)


def _nullable_bool(values: np.ndarray, valid: np.ndarray) -> _columns.Masked:
    return _columns.Masked(values.astype(bool, copy=False), ~valid)


@overload
def score(
    frame: pd.DataFrame,
    *,
    units: Mapping[str, str] | None = None,
    food: Iterable[str] = ("food",),
    supplemental: Iterable[str] = ("supplemental",),
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
    rosanoff_2022: bool = False,
    strict: bool = False,
    extra: str = "check",
) -> pd.DataFrame: ...
@overload
def score(
    frame: dd.DataFrame,
    *,
    units: Mapping[str, str] | None = None,
    food: Iterable[str] = ("food",),
    supplemental: Iterable[str] = ("supplemental",),
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
    rosanoff_2022: bool = False,
    strict: bool = False,
    extra: str = "check",
) -> dd.DataFrame: ...
@overload
def score(
    frame: pl.DataFrame,
    *,
    units: Mapping[str, str] | None = None,
    food: Iterable[str] = ("food",),
    supplemental: Iterable[str] = ("supplemental",),
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
    rosanoff_2022: bool = False,
    strict: bool = False,
    extra: str = "check",
) -> pl.DataFrame: ...
def score(  # an Arrow table (pyarrow is untyped: no overload, it would take anything)
    frame: pd.DataFrame | dd.DataFrame | pl.DataFrame | pa.Table,
    *,
    units: Mapping[str, str] | None = None,
    food: Iterable[str] = ("food",),
    supplemental: Iterable[str] = ("supplemental",),
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
    rosanoff_2022: bool = False,
    strict: bool = False,
    extra: str = "check",
) -> pd.DataFrame | dd.DataFrame | pl.DataFrame | pa.Table:
    """Score a cohort: intake sums, eGFR, MDS, serum class, risk, cautions, red flags.

    Parameters
    ----------
    frame
        One row per person; columns as in the module docs. A pandas
        DataFrame; a Dask DataFrame gives a Dask DataFrame, scored lazily
        partition by partition; a polars DataFrame or a pyarrow Table is read
        through pandas and given back in its own type (categories as polars
        Enums; the Arrow schema of :func:`schema`).
    units
        Units of amount columns without a pint-pandas dtype.
    food, supplemental
        The amount columns of magnesium from food and from everything that
        counts toward the ceiling. [elemental mass]
    authority
        For the ceiling and the recommended intake (EFSA by default).
    rosanoff_2022
        Classify serum magnesium with the 0.85 mmol/L lower limit.
    strict
        Raise for a medicine the catalogue does not know, instead of listing
        it in the ``unknown_medications`` column.
    extra
        Columns the scorer does not read: ``"check"`` (the default) raises
        for one that looks like a misspelt input (``Sex``, ``egrf``), naming
        the column it resembles, and leaves others (an id, a name) alone;
        ``"forbid"`` raises for any; ``"ignore"`` reads none of them.

    Returns
    -------
    pandas.DataFrame, dask.dataframe.DataFrame, polars.DataFrame or pyarrow.Table
        The type given, with the same index, the columns of :func:`schema`: ``food_mg``,
        ``supplemental_mg``, ``total_mg``, ``ceiling_mg``, ``exceeds_ceiling``,
        ``headroom_mg``, ``reference_mg``, ``coverage``, ``egfr``,
        ``mds_diuretic``, ``mds_ppi``, ``mds_alcohol``, ``mds_egfr``, ``mds``,
        ``mds_group``, ``serum_mmol_per_l``, ``serum_class``,
        ``deficiency_score``, ``deficiency_level``, ``caution_*`` and
        ``caution_any``, ``red_flag_serum``, ``red_flag_<key>`` for each key
        of :data:`SYMPTOM_RED_FLAGS`, and ``red_flag_any``; ``urgency``,
        an ordered categorical of :data:`URGENCY_LEVELS` (as
        :attr:`magnesium.Assessment.urgency`); ``unknown_medications`` (a
        tuple of the names not in the catalogue, per row: not checked). Every
        column always, NA where its input is missing (flags False).

    Notes
    -----
    A frame is scored in blocks of 131,072 rows into result columns allocated
    once, so the temporary arrays take a few MB whatever the frame's size:
    the peak memory is the result's size plus about 25 MB (1,000,000 people:
    144 MB, for 117 MB of results; see the Performance page).

    References
    ----------
    .. [1] As the scalar functions: SCF (2001), EFSA (2015), Inker (2021),
       Fan (2021), Costello (2016, 2017), Rosanoff (2022), Medscape (2022).
    """
    food = _columns.column_names(food, "food")
    supplemental = _columns.column_names(supplemental, "supplemental")
    if _engines.is_dask(frame):  # types in, same types out: lazily, partition by partition
        one_partition = functools.partial(
            score,
            units=units,
            food=tuple(food),
            supplemental=tuple(supplemental),
            authority=authority,
            rosanoff_2022=rosanoff_2022,
            strict=strict,
            extra=extra,
        )
        meta = one_partition(frame._meta)  # noqa: SLF001 - Dask's empty frame of the dtypes
        scored: dd.DataFrame = frame.map_partitions(one_partition, meta=meta)  # type: ignore[no-untyped-call]
        return scored
    engine = type(frame).__module__.split(".")[0]
    if engine in _engines.ENGINES:  # polars or Arrow: through pandas, and back in the same type
        given = _engines.ENGINES[engine](frame)
        if given is not None:
            out = score(given, units=units, food=food, supplemental=supplemental,
                        authority=authority, rosanoff_2022=rosanoff_2022, strict=strict,
                        extra=extra)  # fmt: skip
            return _back(engine, out)
    if not isinstance(frame, pd.DataFrame):
        message = (
            "`frame` needs a pandas, Dask or polars DataFrame or an Arrow table, "
            f"got {type(frame).__name__}"
        )
        raise ArgumentTypeError(message)
    frame, units = _columns_checked(frame, units or {}, (*food, *supplemental), extra)
    options = _Options(
        units=units,
        food=tuple(c for c in food if c in frame),
        supplemental=tuple(c for c in supplemental if c in frame),
        authority=_reference.read_authority(authority),
        rosanoff_2022=_names.flag(rosanoff_2022, "rosanoff_2022"),
        strict=_names.flag(strict, "strict"),
    )
    takes_unit = {*options.food, *options.supplemental, *_WITH_UNITS}
    if stray := sorted(c for c in options.units if c in frame and c not in takes_unit):
        message = f"`units` names columns that take no unit: {stray}"
        raise UnitError(message)
    # Block by block into columns allocated once: the temporaries of the
    # arithmetic then take a few MB however many rows there are.
    n = len(frame)
    if n <= _BLOCK:
        columns = _score_block(frame, options)
    else:
        columns = {}
        for start in range(0, n, _BLOCK):
            block = _score_block(frame.iloc[start : start + _BLOCK], options)
            if not columns:
                columns = {name: _allocate(part, n) for name, part in block.items()}
            for name, part in block.items():
                _put(columns[name], start, part)
            del block  # freed before the next block is scored
    arrays = {name: _to_pandas(column, frame.index) for name, column in columns.items()}
    return pd.DataFrame(_in_schema(arrays, n), index=frame.index, copy=False)


def _back(engine: str, out: pd.DataFrame) -> Any:
    """Return the scored frame in the engine's own type, with the schema's types."""
    import pyarrow as pa  # noqa: PLC0415 - polars reads Arrow without copying

    table = pa.Table.from_pandas(out, schema=schema().to_arrow(), preserve_index=False)
    if engine == "pyarrow":
        return table
    import polars as pl  # noqa: PLC0415

    # categories as polars Enums: fixed, and in order (urgency is ordered)
    enums = {
        name: pl.Enum(list(dtype.categories))
        for name, dtype in schema().dtypes().items()
        if isinstance(dtype, pd.CategoricalDtype)
    }
    return pl.from_arrow(table).cast(enums)  # type: ignore[arg-type]


def _in_schema(arrays: dict[str, Any], n: int) -> dict[str, Any]:
    """Every column of :func:`schema`, in its order: those without their input filled."""
    declared = schema()
    full = {c.name: arrays.pop(c.name, None) for c in declared.columns}
    for column in declared.columns:
        if full[column.name] is None:
            full[column.name] = declared.missing(column, n)
    return full | arrays  # a column no declaration lists yet: kept, last (a test fails on it)


# Every column the scorer reads, beside the amount columns named by `food` and
# `supplemental`; `serum_creatinine` (Person's name) is read as `creatinine`.
_KNOWN: Final = frozenset(
    {"sex", "age", "pregnant", "lactating", "egfr", "creatinine", "serum_magnesium",
     "alcohol_drinks_per_day", "medications", "symptoms", "conditions", "diet", *_columns.FLAGS}
)  # fmt: skip
_EXTRA: Final = ("check", "forbid", "ignore")


def _columns_checked(
    frame: pd.DataFrame, units: Mapping[str, str], amounts: Sequence[str], extra: str
) -> tuple[pd.DataFrame, Mapping[str, str]]:
    """Read `serum_creatinine` as `creatinine`; refuse misspelt (or, if asked, any) columns."""
    if extra not in _EXTRA:
        raise UnknownChoiceError("`extra` value", str(extra), _EXTRA)
    columns: list[object] = list(frame.columns)  # the stubs say str; a frame may hold any
    if bad := [c for c in columns if not isinstance(c, str)]:
        message = (
            f"a cohort's columns need names as texts (such as 'age'), got {_names.shown(bad[0])}"
        )
        raise ArgumentTypeError(message)
    if twice := sorted(set(frame.columns[frame.columns.duplicated()])):
        message = f"a cohort's columns need distinct names; given twice: {twice}"
        raise ArgumentTypeError(message)
    if "serum_creatinine" in frame:
        if "creatinine" in frame:
            message = "give either `creatinine` or `serum_creatinine` (the same input), not both"
            raise InvalidAmountError(message)
        frame = frame.rename(columns={"serum_creatinine": "creatinine"})
        units = {("creatinine" if k == "serum_creatinine" else k): v for k, v in units.items()}
    if extra == "ignore":
        return frame, units
    known = {*_KNOWN, *amounts}
    for column in map(str, frame.columns):
        if column in known:
            continue
        close = _columns.resembled(column, known)
        if close or extra == "forbid":  # extra='ignore' leaves unknown columns alone
            raise UnknownNameError("column", column, close)
    return frame, units


# Columns that may carry a unit, beside the amount columns named by `food` and `supplemental`.
_WITH_UNITS: Final = frozenset({"age", "egfr", "creatinine", "serum_magnesium"})


def food_mg(
    names: pd.Series | Sequence[object],
    amounts: pd.Series | Sequence[object],
    *,
    table: str | None = None,
) -> pd.Series:
    """Return the magnesium in each row of a food diary, in mg, as :func:`magnesium.food` does.

    For a food column: names in English or Danish ("rugbrød", "almonds") and
    amounts as text with a unit or a household measure ("2 skiver", "30 g").
    Each distinct (name, amount) pair is read once by :func:`magnesium.food`,
    so a diary with repeated entries costs one lookup per distinct entry. A
    missing name or amount gives a missing value; an unknown food or amount is
    the scalar error, naming the row.

    Parameters
    ----------
    names, amounts
        pandas Series (or sequences) of the same length.
    table
        ``"usda"`` or ``"frida"``; by default the language of each name decides.

    Returns
    -------
    pandas.Series
        float64 mg, with the index of ``names``; sum it per person
        (``groupby``) for a ``food`` column of :func:`score`.

    References
    ----------
    .. [1] The food tables of :mod:`magnesium.foods`: USDA SR28 and Frida
       (DTU, May 2025 release).

    Examples
    --------
    >>> import pandas as pd
    >>> diary = pd.DataFrame({"person": [1, 1, 2], "food": ["rugbrød", "mandler", "rugbrød"],
    ...                       "amount": ["2 skiver", "1 håndfuld", "2 skiver"]})
    >>> diary["mg"] = food_mg(diary["food"], diary["amount"])
    >>> diary.groupby("person")["mg"].sum().round(1).tolist()
    [128.1, 49.0]
    """
    if not isinstance(names, pd.Series):
        names = pd.Series(_objects(names))
    if not isinstance(amounts, pd.Series):
        amounts = pd.Series(_objects(amounts))
    if len(names) != len(amounts):
        message = (
            f"`names` and `amounts` need the same length, got {len(names)} and {len(amounts)}"
        )
        raise ArgumentTypeError(message)
    pairs = pd.MultiIndex.from_arrays([names.to_numpy(object), amounts.to_numpy(object)])
    codes, uniques = pd.factorize(pairs)
    values = np.full(len(uniques) + 1, np.nan)  # last: a missing name or amount
    for i, (name, amount) in enumerate(uniques):
        if pd.isna(name) or pd.isna(amount):
            continue
        try:
            values[i] = food(str(name), amount, table=table).elemental_mg
        except MagnesiumError as error:
            row = names.index[int(np.flatnonzero(codes == i)[0])]
            error.add_note(f"in row {row!r} of the food diary")
            raise
    return pd.Series(values[codes], index=names.index, name="food_mg", dtype=np.float64)


def _objects(values: Sequence[object]) -> np.ndarray:
    column = np.empty(len(values), dtype=object)
    column[:] = list(values)
    return column


#: Rows scored at once: each temporary float array takes 1 MB, within a core's cache.
_BLOCK: Final = 1 << 17


@attrs.frozen
class _Options:
    units: Mapping[str, str]
    food: tuple[str, ...]
    supplemental: tuple[str, ...]
    authority: Authority
    rosanoff_2022: bool
    strict: bool


def _score_block(frame: pd.DataFrame, options: _Options) -> Columns:
    """Score consecutive rows: the result columns as numpy arrays."""
    people = _columns.People.read(frame, options.units)
    out: Columns = {}
    _intake_columns(out, people, options.food, options.supplemental, options.authority)
    egfr = _egfr_column(out, people)
    meds = (
        _columns.Medicines.read(frame, strict=options.strict) if "medications" in frame else None
    )
    symptoms = _columns.Symptoms.read(frame) if "symptoms" in frame else None
    cohort = Cohort(people, people.heavy_drinking(), meds, egfr, symptoms, out)
    if meds is not None:
        _mds_columns(out, cohort)
    _serum_column(out, people, rosanoff_2022=options.rosanoff_2022)
    _risk_columns(out, cohort)
    _caution_columns(out, cohort)
    return out


def _allocate(part: Column, n: int) -> Column:
    return np.empty(n, part.dtype) if isinstance(part, np.ndarray) else part.allocate(n)


def _put(column: Column, start: int, part: Column) -> None:
    """Copy a block's ``part`` into ``column`` from row ``start``."""
    for whole, piece in zip(_arrays(column), _arrays(part), strict=True):
        whole[start : start + len(piece)] = piece


def _arrays(column: Column) -> tuple[np.ndarray, ...]:
    if isinstance(column, np.ndarray):
        return (column,)
    if isinstance(column, _columns.Masked):
        return column.values, column.mask
    return (column.codes,)


def _to_pandas(column: Column, index: pd.Index) -> Any:
    if isinstance(column, np.ndarray):
        # An object array (unknown_medications) goes in as a Series of object
        # dtype: as a bare array, pandas would look at every value for
        # strings first, a transient of about 40 MB per million rows.
        if column.dtype == object:
            return pd.Series(column, index=index, dtype=object, copy=False)
        return column
    return column.to_pandas()


def _intake_columns(
    out: Columns,
    people: _columns.People,
    food: Sequence[str],
    supplemental: Sequence[str],
    authority: Authority,
) -> None:
    """Intake sums, the ceiling and the reference (magnesium.intake rules)."""
    if not (food or supplemental):
        return
    n = len(people.frame)
    food_mg = _columns.added([people.amount(c, _units.MAGNESIUM) for c in food], n)
    supp_mg = _columns.added([people.amount(c, _units.MAGNESIUM) for c in supplemental], n)
    out["food_mg"] = food_mg
    out["supplemental_mg"] = supp_mg
    out["total_mg"] = total_mg = food_mg + supp_mg
    no_age = np.isnan(people.years)  # the adult ceiling without an age
    years = np.where(no_age, _reference.ADULT_AGE, people.years)
    slots = np.where(no_age, _columns.age_slots(np.array(_reference.ADULT_AGE)), people.slots)
    ceiling, known = _columns.ceilings(years, authority, slots)
    out["ceiling_mg"] = ceiling
    valid = ~np.isnan(supp_mg) & known
    at_ceiling = _columns.near_array(supp_mg, ceiling)
    exceeds = _columns.above_array(supp_mg, ceiling, at_ceiling)
    out["exceeds_ceiling"] = _nullable_bool(exceeds, valid)
    room = np.where(at_ceiling, 0.0, np.maximum(ceiling - supp_mg, 0.0))
    out["headroom_mg"] = np.where(valid, room, np.nan)  # NaN - NaN stays NaN: no ceiling
    if "sex" in people.frame and "age" in people.frame:
        _, intake_rows, _, _ = _reference.INTAKES[authority]
        # without separate values in pregnancy or lactation the women's apply
        stage = (
            np.where(people.pregnant, 1, np.where(people.lactating, 2, 0))
            if _reference.separate_stage_values(authority)
            else 0
        )
        reference = _columns.table_lookup(
            intake_rows, people.years, people.sex, stage, people.slots
        )
        reference[people.sex < 0] = np.nan  # the scalar API gives no reference without sex
        out["reference_mg"] = reference
        out["coverage"] = total_mg / reference


def _egfr_column(out: Columns, people: _columns.People) -> np.ndarray:
    """EGFR as given, else CKD-EPI 2021 from creatinine (adults with a sex)."""
    egfr = np.full(len(people.frame), np.nan)
    if "egfr" in people.frame:
        egfr = people.amount("egfr", _columns.EGFR, clean=True)
    if "creatinine" in people.frame:
        scr = people.amount("creatinine", _labs.CREATININE)
        # estimate only where eGFR is missing: the rows found once, then gathered
        needed = np.flatnonzero(np.isnan(egfr) & (people.sex >= 0))
        estimate = _labs.ckd_epi_array(
            scr.take(needed), people.years.take(needed), people.sex.take(needed) == 0
        )
        egfr.put(needed, _columns.rounded(estimate))
    if "egfr" in people.frame or "creatinine" in people.frame:
        out["egfr"] = egfr
    return egfr


def _mds_columns(out: Columns, cohort: Cohort) -> None:
    """Add the magnesium depletion score of Fan et al. (2021) and its parts (as declared)."""
    parts = {}
    for part in _scores.MDS_PARTS:
        points, missing = part.read_columns(cohort)
        parts[part.column] = _columns.Masked(np.asarray(points, np.int8), missing)
    out.update(parts)
    total = _columns.Masked(
        np.add.reduce([part.values for part in parts.values()], dtype=np.int8),
        np.logical_or.reduce([part.mask for part in parts.values()]),
    )
    out["mds"] = total
    group = _MDS_GROUP_OF[total.values]
    group[total.mask] = -1
    out["mds_group"] = Coded(group, _MDS_GROUPS)


def _serum_column(out: Columns, people: _columns.People, *, rosanoff_2022: bool) -> None:
    """Serum magnesium in mmol/L and its class (magnesium.labs thresholds)."""
    if "serum_magnesium" not in people.frame:
        return
    serum = people.amount(
        "serum_magnesium", _units.CONCENTRATION, MAGNESIUM_MOLAR_MASS, clean=True
    )
    if rows := _columns.rows_outside(
        people.frame, serum, _labs.PLAUSIBLE[0], np.nextafter(_labs.PLAUSIBLE[1], np.inf)
    ):
        message = (
            f"column `serum_magnesium` is outside the plausible 0.1-10 mmol/L in rows {rows}; "
            "check the unit"
        )
        raise InvalidAmountError(message)
    codes = _labs.serum_class_codes(serum, rosanoff_2022=rosanoff_2022)  # the scalar bands
    out["serum_mmol_per_l"] = serum
    out["serum_class"] = Coded(codes, SERUM_CLASSES)


def _risk_columns(out: Columns, cohort: Cohort) -> None:
    """Deficiency-risk score and level: the points of each factor of magnesium.risk."""
    # Small integers and boolean adds: a missing input compares False, so it
    # adds nothing, as an absent factor does in the scalar API.
    weight = np.zeros(len(cohort.people.frame), np.int16)
    for factor in _scores.FACTORS:
        points = factor.points(cohort)
        if points is not None:
            weight += points.astype(np.int16, copy=False)
    out["deficiency_score"] = weight
    out["deficiency_level"] = Coded(_LEVEL_OF[np.minimum(weight, _LEVEL_OF.size - 1)], _LEVELS)


# The level code of each score, from 3 on the same (magnesium.risk).
_LEVEL_OF: Final = np.array([_rules.risk_level(score) for score in range(4)], np.int8)


#: Red flags that symptoms raise, by their key in :func:`magnesium.assess`.
SYMPTOM_RED_FLAGS: Final = tuple(rule.name for rule in _triage.RED_FLAGS if rule.symptoms_only)
#: The levels of the ``urgency`` column, lowest first (:class:`magnesium.Urgency`).
URGENCY_LEVELS: Final = tuple(str(level) for level in _triage.URGENCY_LEVELS)

Schema = _schema.Schema


@functools.cache
def schema() -> Schema:
    """Return the columns :func:`score` returns, always all of them, with their dtypes.

    The one declaration of the output (``data/frame_schema.toml``): every
    frame :func:`score` returns has exactly these columns in this order with
    these dtypes, whatever inputs a cohort has. A value whose input is
    missing is missing (NA); a caution or red flag whose input is missing is
    not raised (False), as :func:`magnesium.assess` raises none. For a fixed
    downstream schema: ``dtypes()`` gives pandas dtypes, ``to_arrow()`` an
    Arrow schema, ``to_spark_ddl()`` a Spark SQL DDL string, ``to_frame()``
    the table of columns with what each holds and which inputs it reads.

    Returns
    -------
    Schema

    References
    ----------
    .. [1] The sources of each column are those of :func:`score`.

    Examples
    --------
    >>> from magnesium.frame import schema, score
    >>> schema().names[:4]
    ('food_mg', 'supplemental_mg', 'total_mg', 'ceiling_mg')
    >>> urgency = schema().dtypes()["urgency"]
    >>> list(urgency.categories), urgency.ordered
    (['routine', 'ask first', 'doctor', 'emergency'], True)
    >>> schema().to_spark_ddl()[:44]
    '`food_mg` DOUBLE, `supplemental_mg` DOUBLE, '
    >>> import pandas as pd
    >>> only_age = score(pd.DataFrame({"age": [40.0]}))
    >>> tuple(only_age.columns) == schema().names, only_age["reference_mg"].isna().all()
    (True, np.True_)
    """
    categories = {
        "mds_group": (_MDS_GROUPS, False),
        "serum_class": (SERUM_CLASSES, False),
        "deficiency_level": (_LEVELS, False),
        "urgency": (URGENCY_LEVELS, True),
    }
    return Schema(_schema.columns(), MappingProxyType(categories))


def _rule_columns(
    rules: Iterable[_safety.Rule], cohort: Cohort, read: dict[int, _safety.Columns]
) -> dict[str, np.ndarray]:
    """Each rule's columns; two rules that write one column (the serum red flag) are or-ed.

    Each rule's own columns are kept in ``read`` (by the rule's identity), so
    the urgency reads them again without computing them twice.
    """
    columns: dict[str, np.ndarray] = {}
    for rule in rules:
        read[id(rule)] = own = rule.columns(cohort)
        for name, values in own.items():
            columns[name] = columns[name] | values if name in columns else values
    return columns


def _caution_columns(out: Columns, cohort: Cohort) -> None:
    """Cautions (ask a doctor first) and red flags (see a doctor) as boolean columns.

    Both come from the declarations of magnesium.risk._safety, which assess reads too.
    """
    if cohort.meds is not None:
        out["unknown_medications"] = cohort.meds.rows(cohort.meds.unknown)
    read: dict[int, _safety.Columns] = {}
    cautions = _rule_columns(_safety.CAUTIONS, cohort, read)  # ordered by schema() in score
    out.update(cautions)
    out["caution_any"] = np.logical_or.reduce(list(cautions.values()))
    red_flags = _rule_columns(_triage.RED_FLAGS, cohort, read)
    if red_flags:
        out.update(red_flags)
        out["red_flag_any"] = np.logical_or.reduce(list(red_flags.values()))
    codes = _triage.urgency_codes(cohort, len(cohort.people.frame), read)
    out["urgency"] = Coded(codes, URGENCY_LEVELS, ordered=True)


# Implemented in _usual (with _nrc, the method); documented and pickled as this module's.
_public.claim(__name__, globals(), ["UsualIntake", "usual_intake"])
