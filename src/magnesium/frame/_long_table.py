"""Internal: reading a long table of days, one row per person and day, block by block.

Each block (a pandas frame, or one Dask partition) is read and checked, its
rows put in the groups of the authority's table, and reduced to the sums
the usual-intake estimate needs: the power sums that choose the Box-Cox
power (pass 1), then one row per person (pass 2), which combine over
blocks. :mod:`magnesium.frame._usual` runs the passes and estimates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs
import numpy as np
import pandas as pd

from magnesium import _names, _units
from magnesium.errors import ArgumentTypeError, InvalidAmountError
from magnesium.frame import _columns, _nrc
from magnesium.reference import Sex, _reference

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from magnesium.reference import Authority

__all__: list[str] = []


@attrs.frozen
class Spec:
    """The columns and choices of one call, as one partition's reader needs them."""

    person: str
    day: str | None
    food: tuple[str, ...]
    supplemental: tuple[str, ...]
    weight: str | None
    units: Mapping[str, str]
    authority: Authority


@attrs.frozen
class Groups:
    """The strata: the authority's recommended-intake rows without a life stage."""

    rows: tuple[_reference.Row, ...]
    edges: np.ndarray
    grid: np.ndarray  # [sex (female, male), age interval] -> row index, -1 none

    @classmethod
    def of(cls, authority: Authority) -> Groups:
        _, all_rows, _, _ = _reference.INTAKES[authority]
        rows = tuple(r for r in all_rows if r.stage is _reference.Stage.NONE)
        edges = np.array(sorted({r.low for r in rows} | {r.high for r in rows}))
        grid = np.full((2, len(edges) + 1), -1, dtype=np.int16)
        for i, sex in enumerate((Sex.FEMALE, Sex.MALE)):
            for k, age in enumerate(edges, start=1):
                row = _reference.find_row(rows, float(age), sex, _reference.Stage.NONE)
                grid[i, k] = -1 if row is None else rows.index(row)
        return cls(rows, edges, grid)

    def of_people(self, sex: np.ndarray, years: np.ndarray) -> np.ndarray:
        return np.asarray(self.grid[sex, np.searchsorted(self.edges, years, side="right")])


@attrs.frozen
class Days:
    """One block of days read and checked: one value per row (person and day)."""

    person: np.ndarray
    group: np.ndarray  # the group code of the row's sex and age, -1 none
    years: np.ndarray
    sex: np.ndarray  # 0 female, 1 male
    food_mg: np.ndarray
    supplemental_mg: np.ndarray  # NaN without a supplemental column
    weight: np.ndarray  # 1 without a weight column


def read_days(frame: pd.DataFrame, spec: Spec, groups: Groups) -> Days:
    """Read and check one block of the long table: one row per person and day."""
    n = len(frame)
    if twice := sorted(map(str, set(frame.columns[frame.columns.duplicated()]))):
        message = f"the long table's columns need distinct names; given twice: {twice}"
        raise ArgumentTypeError(message)
    for column in (spec.person, *spec.food, "sex", "age"):
        if column not in frame:
            close = _columns.resembled(column, map(str, frame.columns))
            hint = f" (is it {close[0]!r}?)" if close else ""
            message = f"the long table needs a column `{column}`{hint}"
            raise ArgumentTypeError(message)
    if frame[spec.person].isna().any():
        rows = list(frame.index[frame[spec.person].isna()][:3])
        message = f"column `{spec.person}` needs a person on every row; rows {rows} have none"
        raise InvalidAmountError(message)
    sex = _columns.category(frame, "sex", [s.value for s in Sex])
    years = _columns.years(frame, spec.units)
    for column, values in (("sex", sex < 0), ("age", np.isnan(years))):
        if values.any():
            rows = list(frame.index[values][:3])
            message = f"column `{column}` is missing in rows {rows}: the groups need sex and age"
            raise InvalidAmountError(message)
    food = _summed(frame, spec.food, spec.units)
    if spec.supplemental:
        supplemental = _summed(frame, spec.supplemental, spec.units)
    else:
        supplemental = np.full(n, np.nan)
    if (zero := ~(food > 0)).any():  # a day of eating has some magnesium; the scale is a log
        rows = list(frame.index[zero][:3])
        message = (
            f"the food column needs more than 0 mg on every day; rows {rows} are not "
            "(drop days without a complete recall)"
        )
        raise InvalidAmountError(message)
    weight = np.ones(n) if spec.weight is None else _columns.numbers(frame, spec.weight)
    if spec.weight is not None and (bad := ~(weight > 0)).any():
        rows = list(frame.index[bad][:3])
        message = f"column `{spec.weight}` needs weights above 0; rows {rows} are not"
        raise InvalidAmountError(message)
    person = frame[spec.person].to_numpy()
    if person.dtype == object and (
        strange := [v for v in person if not isinstance(v, str | int | float | np.generic)]
    ):
        message = (
            f"column `{spec.person}` needs ids that are texts or numbers, got "
            f"{_names.shown(strange[0])}"
        )
        raise ArgumentTypeError(message)
    if spec.day is not None and spec.day in frame and (missing := frame[spec.day].isna()).any():
        rows = list(frame.index[missing.to_numpy()][:3])
        message = f"column `{spec.day}` is missing in rows {rows}: each row is one person's day"
        raise InvalidAmountError(message)
    return Days(person, groups.of_people(sex, years), years, sex, food, supplemental, weight)


def _summed(frame: pd.DataFrame, columns: Sequence[str], units: Mapping[str, str]) -> np.ndarray:
    values = _columns.added(
        [_columns.amount(frame, c, _units.MAGNESIUM, units) for c in columns], len(frame)
    )
    if (missing := np.isnan(values)).any():
        rows = list(frame.index[missing][:3])
        message = (
            f"columns {list(columns)} are missing in rows {rows}: a day without a value is "
            "not a day of the estimate (drop it)"
        )
        raise InvalidAmountError(message)
    return values


def block_moments(frame: pd.DataFrame, spec: Spec, groups: Groups) -> np.ndarray:
    """Return :func:`_nrc.power_sums` of one block of the long table (pass 1)."""
    days = read_days(frame, spec, groups)
    return _nrc.power_sums(days.group, days.food_mg, days.weight, len(groups.rows))


def block_people(
    frame: pd.DataFrame, spec: Spec, groups: Groups, powers: np.ndarray
) -> pd.DataFrame:
    """Return :func:`people_of` as a DataFrame indexed by person (a Dask partition's result)."""
    columns, persons = people_of(frame, spec, groups, powers)
    return pd.DataFrame(columns, index=pd.Index(persons, name="person"))


def people_of(
    frame: pd.DataFrame, spec: Spec, groups: Groups, powers: np.ndarray
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Return one row per person of one block (pass 2): the sums the estimate needs.

    Counts and sums add up over blocks, minima and maxima take theirs, and
    the first age and group are the first block's: so the rows of a person
    split over Dask partitions combine with one ``groupby`` (:data:`COMBINE`).
    """
    days = read_days(frame, spec, groups)
    codes, persons = pd.factorize(days.person, sort=False)
    n = len(persons)
    first = np.empty(n, dtype=np.intp)
    first[codes[::-1]] = np.arange(len(codes))[::-1]  # the last write is the first row
    # every day of a person on their group's scale: the group of their first row
    # (a birthday between two recalls does not split a person over two scales)
    group = days.group[first][codes]
    g = np.full(len(codes), np.nan)
    log_y = np.log(days.food_mg / _nrc.SCALE_MG)
    present = np.flatnonzero(np.bincount(group + 1, minlength=len(powers) + 1)[1:])
    for code in present:  # a row outside every group keeps NaN (refused per person later)
        mask = group == code
        g[mask] = _nrc.boxcox(log_y[mask], float(powers[code]))
    columns: dict[str, np.ndarray] = {
        "g_count": np.bincount(codes, minlength=n).astype(float),
        "g_sum": np.bincount(codes, g, minlength=n),
        "g2_sum": np.bincount(codes, g * g, minlength=n),
        "supplemental_mg_sum": np.bincount(codes, days.supplemental_mg, minlength=n),
    }
    columns["supplemental_mg_max"] = np.full(n, np.nan)  # without a supplemental column
    if spec.supplemental:
        columns["supplemental_mg_max"][:] = -np.inf
        np.maximum.at(columns["supplemental_mg_max"], codes, days.supplemental_mg)
    for name, values, start, ufunc in (
        ("sex_min", days.sex.astype(float), np.inf, np.minimum),
        ("sex_max", days.sex.astype(float), -np.inf, np.maximum),
        ("weight_min", days.weight, np.inf, np.minimum),
        ("weight_max", days.weight, -np.inf, np.maximum),
    ):
        reduced = np.full(n, start)
        ufunc.at(reduced, codes, values)
        columns[name] = reduced
    columns["years_first"] = days.years[first]
    columns["group_first"] = days.group[first].astype(float)
    return columns, np.asarray(persons)


#: How the rows of one person from several blocks combine (Dask).
COMBINE: Final = {
    "g_count": "sum",
    "g_sum": "sum",
    "g2_sum": "sum",
    "supplemental_mg_sum": "sum",
    "supplemental_mg_max": "max",
    "sex_min": "min",
    "sex_max": "max",
    "weight_min": "min",
    "weight_max": "max",
    "years_first": "first",
    "group_first": "first",
}


def check_people(columns: Mapping[str, np.ndarray], persons: np.ndarray, spec: Spec) -> None:
    """Refuse a person whose sex or weight changes between days, naming the column given."""
    for column, named in (("sex", "sex"), ("weight", spec.weight)):
        if (changed := columns[f"{column}_min"] != columns[f"{column}_max"]).any():
            who = list(persons[changed][:3])
            message = f"column `{named}` changes between the days of persons {who}"
            raise InvalidAmountError(message)
