"""Internal: reading a cohort's input columns into numpy arrays, as the scalar API reads a person.

Amount columns with their units, categories, flags, word columns
("conditions", "diet"), ages, medicines (per distinct value, then gathered)
and the people of a block. The public face is :mod:`magnesium.frame`, which
scores what these readers return.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections.abc import Hashable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import pandas as pd
import pint

from magnesium import _names, _units
from magnesium.errors import ArgumentTypeError, InvalidAmountError, UnitError, UnknownNameError
from magnesium.interactions import _interactions
from magnesium.labs import _labs
from magnesium.reference import Sex, _reference
from magnesium.risk import Condition, Person, _rules, _safety
from magnesium.units import MAGNESIUM_VALENCE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from magnesium.interactions import Drug
    from magnesium.reference import Authority


EGFR: Final = _units.Kind("an eGFR per 1.73 m²", "mL/min", '"mL/min/1.73m**2"')
# The scalar path's bounds, per kind of amount column (issue 24): a day's
# magnesium in one column as one supplement item (0-10 g), eGFR and
# creatinine as for a Person. Serum magnesium is checked where it is read.
_PLAUSIBLE: Final = {
    _units.MAGNESIUM: _units.ITEM_ELEMENTAL,
    EGFR: _labs.EGFR_RANGE,
    _labs.CREATININE: _labs.CREATININE_RANGE,
}


FLAGS: Final = (
    "heavy_sweating",
    "restricted_diet",
    "gi_disease",
    "alcohol_dependence",
    "type_2_diabetes",
    "kidney_disease",
    "heart_disease",
)


_REAL: Final = (int, float, np.integer, np.floating)


def floats(series: pd.Series, column: str) -> np.ndarray:
    """Return a column as float64, without a copy where it already is one.

    Missing values (None, NaN, pandas' NA) become NaN; anything else that is
    not a real number is an error naming the rows: a text ("250 mg", also
    "250"), True/False (an age of True was 1 year) or a complex number (its
    imaginary part was dropped).
    """
    if series.dtype == np.float64:
        return series.to_numpy()
    if series.dtype.kind in "bc":  # bool, pandas "boolean", complex: not amounts
        what = "complex numbers" if series.dtype.kind == "c" else "True/False"
        message = f"column `{column}` needs real numbers, not {what} (dtype {series.dtype})"
        raise InvalidAmountError(message)
    if series.dtype.kind in "iuf":  # NumPy and pandas' nullable integers and floats
        numbers = pd.to_numeric(series)
    else:  # object, text, categorical: each value must be a real number already
        numbers = pd.Series(
            [v if isinstance(v, _REAL) and not isinstance(v, bool | np.bool_) else np.nan
             for v in series],
            index=series.index,
            dtype=float,
        )  # fmt: skip
    if (not_numbers := numbers.isna() & series.notna()).any():
        examples = ", ".join(dict.fromkeys(_names.shown(v) for v in series[not_numbers][:10]))
        rows = list(series.index[not_numbers][:3])
        message = f"column `{column}` needs numbers; rows {rows} are not ({examples})"
        raise InvalidAmountError(message)
    return numbers.to_numpy(dtype=float, na_value=np.nan)


def fail(column: str, message: str) -> UnitError:
    return UnitError(f"column `{column}` {message}")


def unit_factor(
    series: pd.Series, column: str, kind: _units.Kind, units: Mapping[str, str]
) -> tuple[np.ndarray, float]:
    """Return the column's magnitudes and the factor to ``kind.unit``."""
    dtype = str(series.dtype)
    if dtype.startswith("pint["):
        magnitudes = np.asarray(series.pint.magnitude, dtype=float)
        unit: object = series.pint.units
        registry = series.pint.units._REGISTRY  # noqa: SLF001 - the column's own registry
    elif column in units:
        magnitudes = floats(series, column)
        text = _names.check_length(str(units[column]), f"units[{column!r}]")
        if not _units.UNIT_TEXT.fullmatch(text):  # "mg;", "mg + 1 mg", "\x00mg"
            raise fail(column, f"has a unit text that is not one unit: {_names.shown(text)}")
        if kind is EGFR:
            text = _labs.PER_173.sub("", text)
        if _units.MEQ.search(text):  # mEq of a divalent ion: half a mmol
            text, magnitudes = _units.MEQ.sub("mmol", text), magnitudes / MAGNESIUM_VALENCE
        unit = text
        registry = _units.application_registry.get()
    else:
        raise fail(
            column,
            f"needs a unit: pass units={{'{column}': ...}} ({kind.description}, e.g. "
            f"{kind.example}) or a pint-pandas dtype",
        )
    try:
        factor = _units.factor(registry, unit, kind)
    except pint.DimensionalityError:
        raise fail(column, f"needs {kind.description}, got unit {unit!r}") from None
    except Exception:  # noqa: BLE001 - pint raises many types for bad unit text
        raise fail(column, f"has an unknown unit {unit!r}") from None
    return magnitudes, factor


def amount(
    frame: pd.DataFrame,
    column: str,
    kind: _units.Kind,
    units: Mapping[str, str],
    per: float = 1.0,
    *,
    clean: bool = False,
) -> np.ndarray:
    magnitudes, factor = unit_factor(frame[column], column, kind, units)
    factor /= per
    values = magnitudes * factor
    if clean:  # lab values are rounded to 12 digits, as the scalar API rounds every reading
        values = rounded(values)
    if rows := rows_outside(frame, values, 0.0, np.inf):
        message = f"column `{column}` needs finite amounts of zero or more; rows {rows} are not"
        raise InvalidAmountError(message)
    if (bounds := _PLAUSIBLE.get(kind)) and (
        rows := rows_outside(frame, values, bounds[0], np.nextafter(bounds[1], np.inf))
    ):
        message = (
            f"column `{column}` is outside the plausible {bounds[0]:g}-{bounds[1]:g} "
            f"{kind.unit} in rows {rows} (this library's bound, as for one person's input); "
            "check the unit"
        )
        raise InvalidAmountError(message)
    return values


def rows_outside(frame: pd.DataFrame, values: np.ndarray, low: float, high: float) -> list[Any]:
    """Return the first rows (index labels) not missing and not in ``low <= value < high``.

    Two reductions find out whether there are any (fmin and fmax skip NaN);
    the rows are looked up only for a message.
    """
    if not len(values) or not (np.fmin.reduce(values) < low or np.fmax.reduce(values) >= high):
        return []  # NaN compares False: all missing passes
    return list(frame.index[(values < low) | (values >= high)][:3])


def category(frame: pd.DataFrame, column: str, allowed: Sequence[str]) -> np.ndarray:
    """Return codes 0..n-1 of ``allowed`` (-1 where missing); unknown values are errors.

    Each distinct value is read once (pandas factorize); rows take its code. A
    categorical column whose categories are all known is read by its own codes.
    """
    lookup = {name: code for code, name in enumerate(allowed)}
    if column == "sex":  # the words the scalar Person reads: F/M, kvinde/mand, ...
        lookup.update(
            {word: allowed.index(sex.value) for word, sex in _reference.SEX_WORDS.items()}
        )

    def code_of(value: object) -> int:
        return lookup.get(str(value).strip().casefold(), -2)  # -2: not a value of `allowed`

    series = frame[column]
    if isinstance(series.dtype, pd.CategoricalDtype):
        known = [code_of(u) for u in series.cat.categories]
        if -2 not in known:  # else read as any column: refused for a category in use only
            return np.array([*known, -1], np.int8)[series.cat.codes.to_numpy()]
    codes, uniques = pd.factorize(series)
    mapped = np.array([code_of(u) for u in uniques] + [-1], dtype=np.int8)
    unknown = [str(u) for u, code in zip(uniques, mapped, strict=False) if code == -2]
    if unknown:
        raise UnknownNameError(f"value in column `{column}`", ", ".join(unknown[:5]), allowed)
    return mapped[codes]  # code -1 (missing) takes the last entry, -1


def flag(frame: pd.DataFrame, column: str) -> np.ndarray:
    """Return a yes/no column as True where yes (missing: False, a factor not reported).

    As a person's flag (:func:`magnesium._names.flag`): booleans, 1/0 and the
    texts "true"/"false", "yes"/"no", "ja"/"nej", "1"/"0"; any other number
    (2 was read as False) or text is an error naming the rows.
    """
    series = frame[column]
    if series.dtype == bool:
        return series.to_numpy(copy=True)  # owned: a result may be this very array
    if series.dtype.kind == "b":  # pandas' nullable boolean
        return np.asarray(series.to_numpy(dtype=bool, na_value=False))
    if series.dtype.kind in "iuf":
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        if (bad := ~(np.isnan(values) | (values == 0) | (values == 1))).any():
            rows = list(frame.index[bad][:3])
            raise fail(column, f"needs True/False or 1/0; rows {rows} are not")
        return np.asarray(values == 1)
    if series.dtype.kind == "c":
        raise fail(column, f"needs True/False or 1/0, not complex numbers (dtype {series.dtype})")
    codes, uniques = distinct(series)  # texts and mixed: each distinct value read once
    read = []
    for value in uniques:
        try:
            read.append(_names.flag(value, column, missing=False))
        except ArgumentTypeError as error:
            rows = list(frame.index[codes == len(read)][:3])
            expected = 'True/False, 1/0 or "true"/"false", "ja"/"nej"'
            message = f"needs {expected}; rows {rows} are not ({_names.shown(value)})"
            raise fail(column, message) from error
    return np.asarray(np.array([*read, False], dtype=bool)[codes])


def years(frame: pd.DataFrame, units: Mapping[str, str]) -> np.ndarray:
    """Return ages in years: plain numbers, or durations with a unit ("months")."""
    if "age" in units or str(frame["age"].dtype).startswith("pint["):
        years = amount(frame, "age", _units.DURATION, units) / _reference.HOURS_PER_YEAR
    else:
        years = floats(frame["age"], "age")
    if rows := rows_outside(frame, years, 0.0, np.nextafter(_reference.MAX_AGE, np.inf)):
        message = f"column `age` needs years from 0 to {_reference.MAX_AGE:g}; rows {rows} are not"
        raise InvalidAmountError(message)
    return years


@functools.cache
def age_grid(rows: tuple[_reference.Row, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Return a table's band edges and its values by sex, stage and age interval.

    The values come from the scalar rule, :func:`magnesium.reference._find`,
    at the start of each interval between consecutive edges, so the array
    lookup cannot disagree with it. Axis 0 is sex (missing, female, male),
    axis 1 the stage (none, pregnancy, lactation), axis 2 the interval (the
    first, before any band, and the last, past every band, are NaN).
    """
    edges = np.array(sorted({row.low for row in rows} | {row.high for row in rows}))
    grid = np.full((3, 3, len(edges) + 1), np.nan)
    for i, sex in enumerate((None, Sex.FEMALE, Sex.MALE)):
        for j, stage in enumerate(
            (_reference.Stage.NONE, _reference.Stage.PREGNANCY, _reference.Stage.LACTATION)
        ):
            for k, age in enumerate(edges, start=1):
                row = _reference.find_row(rows, float(age), sex, stage)
                grid[i, j, k] = np.nan if row is None else row.value
    edges.flags.writeable = grid.flags.writeable = False  # shared by every call
    return edges, grid


def near_array(values: np.ndarray, limits: np.ndarray) -> np.ndarray:
    """:func:`magnesium._units.near` of each value and its limit (NaN is near nothing)."""
    return np.asarray(_units.near_with(values, limits, np.maximum))


def above_array(
    values: np.ndarray, limits: np.ndarray, near: np.ndarray | None = None
) -> np.ndarray:
    """:func:`magnesium._units.above` of each value and its limit (NaN is above nothing).

    ``near`` is :func:`near_array` of the same values where the caller has it already.
    """
    near = near_array(values, limits) if near is None else near
    return np.asarray((values > limits) & ~near)


def table_lookup(
    rows: tuple[_reference.Row, ...],
    years: np.ndarray,
    sex: np.ndarray | int,
    stage: np.ndarray | int,
    slots: np.ndarray | None = None,
) -> np.ndarray:
    """Vectorised :func:`magnesium.reference._find`: one binary search and one gather.

    ``sex`` is -1 (missing), 0 (female) or 1 (male); ``stage`` 0 (none),
    1 (pregnancy) or 2 (lactation). NaN years sort past every edge: NaN.
    ``slots``, each age's :func:`age_slots`, replaces the binary search by a
    gather: a cohort searches once for all its tables.
    """
    edges, grid = age_grid(rows)
    intervals = None if slots is None else _slot_intervals(rows)
    if intervals is None:
        interval = np.searchsorted(edges, years, side="right")
    else:
        interval = intervals[slots]
    return np.asarray(grid[np.add(sex, 1), stage, interval])


def age_slots(years: np.ndarray) -> np.ndarray:
    """Return each age's position among every table's band edges (:func:`table_lookup`).

    ``np.searchsorted(edges, years, side="right")``, the count of edges at or
    below each age, counted here as a sum of comparisons with the few edges
    inside the ages' range: a binary search per value mispredicts its
    branches, and a cohort's ages usually span a few bands only.
    """
    edges = _age_edges()  # fewer than 128: small integers, which numpy adds fastest
    if not years.size or np.isnan(youngest := np.fmin.reduce(years, axis=None)):
        return np.full(years.shape, len(edges), np.int8)  # NaN sorts past every edge
    oldest = np.fmax.reduce(years, axis=None)
    below = int(np.searchsorted(edges, youngest, side="right"))  # at or below every age
    slots = np.full(years.shape, below, np.int8)
    for edge in edges[below : np.searchsorted(edges, oldest, side="right")]:
        slots += years >= edge
    slots += np.isnan(years).view(np.int8) * np.int8(len(edges) - below)  # NaN: past them all
    return slots


@functools.cache
def _age_edges() -> np.ndarray:  # pragma: no mutate block
    """Every band edge of every authority's reference and ceiling table, sorted."""
    tables = [rows for _, rows, _, _ in _reference.INTAKES.values()]
    tables += [rows for rows, _, _ in _reference.UPPER.values()]
    edges = np.array(sorted({edge for rows in tables for edge in age_grid(rows)[0]}))
    edges.flags.writeable = False
    return edges


@functools.cache
def _slot_intervals(
    rows: tuple[_reference.Row, ...],
) -> np.ndarray | None:  # pragma: no mutate block
    """Return a table's age interval for each of :func:`age_slots`' positions.

    Slot ``i`` holds the ages from the ``i``-th edge of all (the first slot:
    before every edge; the last: past every edge, and NaN), and within a slot
    no edge of this table is crossed. None for a table with an edge the
    others lack (a caller's own rows): it is searched directly.
    """
    edges, _ = age_grid(rows)
    every = _age_edges()
    if not np.isin(edges, every).all():
        return None
    starts = np.concatenate(([-np.inf], every))  # the youngest age of each slot
    intervals = np.searchsorted(edges, starts, side="right")
    intervals.flags.writeable = False
    return intervals


def ceilings(
    years: np.ndarray, authority: Authority, slots: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Return each row's supplemental ceiling by age, and where a comparison with it holds.

    No ceiling from age 1 to 4 under the SCF (the scalar report: not
    exceeded, no headroom): known, with a NaN ceiling. Under 1 year no body
    sets one, so an answer stays missing: not known. ``slots``: as in
    :func:`table_lookup`.
    """
    rows, _, _ = _reference.UPPER[authority]
    ceiling = table_lookup(rows, years, -1, 0, slots)
    return ceiling, ~np.isnan(ceiling) | (years >= _reference.INFANT_LIMIT)


def added(arrays: list[np.ndarray], n: int) -> np.ndarray:
    """Return the element-wise sum (NaN where any is NaN); NaN for no arrays.

    No column of a kind is a missing input, so its sum is missing, never a
    guessed zero. The arrays are fresh from :func:`amount`, so the sum is
    made in the first.
    """
    if not arrays:
        return np.full(n, np.nan)
    total = arrays[0]
    for more in arrays[1:]:
        total += more
    return total


def rounded(values: np.ndarray) -> np.ndarray:
    """Round away unit-conversion noise, as the scalar API does (12 significant digits).

    The scale is 10**(11 - floor(log10|v|)). The decade floor(log10|v|) is
    read from the float's binary exponent, with no logarithm per value: a
    binade [2**e, 2**(e+1)) holds at most one power of ten, so the decade is
    the binade's own or one more, and :func:`_decades` gives, per binade,
    the value from which ``np.log10`` says one more (the same decades to the
    bit, 3.5 times as fast). Zero and subnormals take the smallest normal's
    binade, infinities and NaN the largest: any finite scale leaves them be.
    """
    index_of_binade, one_more_from = _decades()
    magnitude = np.abs(values)
    binade = magnitude.view(np.int64) >> 52  # the biased exponent: the sign is cleared
    index = index_of_binade.take(binade)
    index -= magnitude >= one_more_from.take(binade)
    np.minimum(index, 2 * POWER, out=index)  # |exponent| > 300 clipped: a valid index
    scale = POWERS_OF_TEN.take(index)
    rounded = values * scale
    np.rint(rounded, out=rounded)
    rounded /= scale
    return np.asarray(rounded)


# 10.0**k for |k| <= 300, computed as numpy computes 10.0**k: a gather, not a power per value
POWER: Final = 300


POWERS_OF_TEN: Final = 10.0 ** np.arange(-POWER, POWER + 1, dtype=float)
POWERS_OF_TEN.flags.writeable = False
_LARGEST_DECADE: Final = 308  # 10.0**309 overflows


@functools.cache
def _decades() -> tuple[np.ndarray, np.ndarray]:  # pragma: no mutate block
    """Return the decade tables of :func:`rounded`, per biased binary exponent (0-2047).

    The index into POWERS_OF_TEN of the scale of its start's decade, and the
    smallest value ``np.log10`` puts one decade higher (probed at the power of
    ten, so its rounding there is followed to the bit).
    """
    biased = np.arange(2048)
    starts = np.ldexp(1.0, np.clip(biased - 1023, -1022, 1023))  # 0: as the smallest normal
    decade = np.floor(np.log10(starts)).astype(np.intp)
    one_more = {}
    for power in map(int, np.unique(decade) + 1):
        edge = 10.0**power if power <= _LARGEST_DECADE else math.inf
        while math.isfinite(edge) and np.log10(math.nextafter(edge, 0)) >= power:
            edge = math.nextafter(edge, 0)
        while math.isfinite(edge) and np.log10(edge) < power:
            edge = math.nextafter(edge, math.inf)
        one_more[power] = edge
    index = 11 + POWER - decade
    from_value = np.array([one_more[int(d) + 1] for d in decade])
    index.flags.writeable = from_value.flags.writeable = False
    return index, from_value


def names_of(value: object, column: str) -> list[str]:
    """Read one person's names (medicines, symptoms): a list, or names separated by ";".

    ``value`` is one of :func:`distinct`'s values, never a missing one (None,
    NaN and pandas' NA are coded -1 there and read as no names).
    """
    if isinstance(value, str):
        return _names.separated(value)
    if isinstance(value, list | tuple | np.ndarray):
        return [str(name) for name in value]
    message = f"column `{column}` needs lists of names or 'a; b' text, got {_names.shown(value)}"
    raise ArgumentTypeError(message)


# The flag column each condition sets, as the scalar rules read the condition.
CONDITION_FLAGS: Final = {
    **dict.fromkeys(_rules.GI_DISEASE, "gi_disease"),
    Condition.TYPE_2_DIABETES: "type_2_diabetes",
    Condition.ALCOHOL_DEPENDENCE: "alcohol_dependence",
    Condition.KIDNEY_DISEASE: "kidney_disease",
    Condition.HEART_DISEASE: "heart_disease",
}


def word_flags(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Read the ``conditions`` and ``diet`` word columns into flags, as the scalar path does.

    Each distinct value goes through :class:`magnesium.Person` once, so English
    and Danish words ("nyresygdom", "ensidig") read the same in both paths; a
    missing value sets no flag (not reported).
    """
    flags: dict[str, np.ndarray] = {}
    if "conditions" in frame:
        codes, uniques = distinct(frame["conditions"])
        names = sorted(set(CONDITION_FLAGS.values()))
        table = np.zeros((len(uniques) + 1, len(names)), bool)  # last row: missing
        for i, value in enumerate(uniques):
            found = Person(conditions=names_of(value, "conditions")).conditions
            table[i] = [any(CONDITION_FLAGS[c] == name for c in found) for name in names]
        for k, name in enumerate(names):
            flags[name] = table[codes, k]
    if "diet" in frame:
        codes, uniques = distinct(frame["diet"])
        restricted = np.zeros(len(uniques) + 1, bool)
        for i, value in enumerate(uniques):
            restricted[i] = Person(diet=value).diet in _rules.RESTRICTED_DIETS
        flags["restricted_diet"] = restricted[codes]
    return flags


def distinct(column: pd.Series) -> tuple[np.ndarray, list[object]]:
    """Return each row's code into the column's distinct values (-1: missing), and those values.

    A categorical column gives its codes as they are (not even scanned); lists,
    which are not hashable, are read as tuples.
    """
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy(), list(column.cat.categories)
    try:
        codes, found = pd.factorize(column)
    except TypeError:
        hashable = column.map(
            lambda v: tuple(v) if isinstance(v, list | np.ndarray) else v, na_action="ignore"
        )
        try:
            codes, found = pd.factorize(hashable)
        except TypeError:  # a mapping or another unhashable value: not names
            bad = next(v for v in hashable if not isinstance(v, Hashable))
            message = (
                f"column `{column.name}` needs lists of names or 'a; b' text, "
                f"got {_names.shown(bad)}"
            )
            raise ArgumentTypeError(message) from None
    return codes, list(found)


@attrs.frozen
class Medicines:
    """The medicines column: counts per distinct value, and each row's value.

    Names resolve to catalogue drugs, and each drug counts once per person, as
    in :class:`magnesium.Person`. The work is per distinct value (a
    categorical column is not even scanned); a result is computed on the
    small table and only then gathered into rows, in its final dtype.
    """

    codes: np.ndarray  # each row's distinct value; -1 (missing) reads the table's NaN row
    table: np.ndarray  # one row per distinct value, then NaN; a column per MEDICINE_KEYS
    unknown: np.ndarray  # per distinct value (then missing), the names not in the catalogue
    drugs: tuple[tuple[Drug, ...] | None, ...]  # per distinct value, then None (missing)

    @classmethod
    def read(cls, frame: pd.DataFrame, *, strict: bool) -> Medicines:
        codes, uniques = distinct(frame["medications"])
        counts, unknown, drugs = [], [], []
        for value in uniques:
            value_drugs, value_unknown = medicines_of(value, strict=strict)
            counts.append(medicine_counts(value_drugs))
            unknown.append(value_unknown)
            drugs.append(value_drugs)
        counts.append([np.nan] * len(MEDICINE_KEYS))
        unknown.append(())
        names = np.empty(len(unknown), object)
        names[:] = unknown
        # intp codes: numpy gathers with them directly, without a cast per gather
        return cls(
            codes.astype(np.intp, copy=False),
            np.array(counts, dtype=float),
            names,
            (*drugs, None),
        )

    def count(self, key: str) -> np.ndarray:
        """Return the count of ``key`` per distinct value (NaN last): small."""
        return np.asarray(self.table[:, MEDICINE_KEYS.index(key)])

    def rows(self, per_value: np.ndarray) -> np.ndarray:
        """Return each row's entry of ``per_value`` (one per distinct value, then missing)."""
        return np.asarray(per_value[self.codes])

    def any(self, key: str, at_least: float) -> np.ndarray:
        """Return, per row, whether the count of ``key`` is at least ``at_least``."""
        return self.rows(self.count(key) >= at_least)  # NaN compares False: missing is False

    def with_atc(self, prefixes: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Return 1 with any drug whose ATC code starts with ``prefixes``, else 0; and missing."""
        using = [
            np.nan if drugs is None else any(d.atc.startswith(prefixes) for d in drugs)
            for drugs in self.drugs
        ]
        per_value = np.array(using, float)
        missing = np.isnan(per_value)
        return self.rows(np.where(missing, 0, per_value).astype(np.int8)), self.rows(missing)


def _cautions(drugs: tuple[Drug, ...], kind: str) -> int:
    """Count the records of ``drugs`` that raise the medicine caution ``kind`` (at call time)."""
    return sum(_safety.medicine_caution(d, r) == kind for d in drugs for r in d.records)


# What is counted of one person's drugs, each group named once with its count.
_MEDICINE_COUNTS: Final[Mapping[str, Callable[[tuple[Drug, ...]], int]]] = MappingProxyType(
    {
        "heart_medicine": lambda drugs: sum(
            d.atc.startswith(_rules.HEART_MEDICINES) for d in drugs
        ),
        "potassium_sparing": lambda drugs: sum(
            d.atc.startswith(_rules.POTASSIUM_SPARING) for d in drugs
        ),
        "diuretic_or_ppi": lambda drugs: sum(
            d.atc.startswith((*_rules.DIURETICS, *_rules.PPI)) for d in drugs
        ),
        "avoid": lambda drugs: sum(any(r.avoid for r in d.records) for d in drugs),
        "n_lowering": lambda drugs: sum(
            _rules.counted_records(r) for d in drugs for r in d.records
        ),
        "n_medications": len,
        "no_spacing_window": functools.partial(_cautions, kind="no_spacing_window"),
        "magnesium_wasting_medicine": functools.partial(
            _cautions, kind="magnesium_wasting_medicine"
        ),
        "magnesium_medicine": functools.partial(_cautions, kind="magnesium_medicine"),
    }
)
MEDICINE_KEYS: Final = tuple(_MEDICINE_COUNTS)


def medicines_of(value: object, *, strict: bool) -> tuple[tuple[Drug, ...], tuple[str, ...]]:
    """Return one person's catalogue drugs (each once, as in :class:`magnesium.Person`).

    Also return the names the catalogue does not know, in the order given.
    """
    found: dict[str, Drug] = {}
    unknown: dict[str, None] = {}
    for name in names_of(value, "medications"):
        drugs, missing = _interactions.lookup_name(name, strict=strict)
        for drug in drugs:
            found.setdefault(drug.name, drug)
        if missing is not None:
            unknown.setdefault(missing.query)
    return tuple(found.values()), tuple(unknown)


def medicine_counts(drugs: tuple[Drug, ...]) -> list[float]:
    """Count, for one person's drugs, those in each group of MEDICINE_KEYS."""
    return [float(count(drugs)) for count in _MEDICINE_COUNTS.values()]


@attrs.frozen
class Masked:
    """A nullable column: values and the mask of missing ones (pandas' masked arrays).

    Values under the mask are never read.
    """

    values: np.ndarray
    mask: np.ndarray

    def allocate(self, n: int) -> Masked:
        """Return an uninitialised column of ``n`` rows of the same dtype."""
        return Masked(np.empty(n, self.values.dtype), np.empty(n, bool))

    def to_pandas(self) -> pd.api.extensions.ExtensionArray:
        if self.values.dtype == bool:
            return pd.arrays.BooleanArray(self.values, self.mask)
        return pd.arrays.IntegerArray(self.values, self.mask)


@attrs.frozen
class Symptoms:
    """The symptoms column: one Person per distinct value, and each row's value."""

    codes: np.ndarray  # each row's distinct value; -1 (missing) reads the last entry
    people: tuple[Person, ...]

    @classmethod
    def read(cls, frame: pd.DataFrame) -> Symptoms:
        codes, uniques = distinct(frame["symptoms"])
        people = tuple(Person(symptoms=names_of(v, "symptoms")) for v in uniques)
        return cls(codes, people)

    def rows(self, per_person: list[bool]) -> np.ndarray:
        """Return each row's entry (a missing value: symptoms not reported, False)."""
        return np.asarray(np.array([*per_person, False], bool)[self.codes])

    def ranks(self, per_person: list[int]) -> np.ndarray:
        """Return each row's rank (a missing value: symptoms not reported, 0)."""
        return np.asarray(np.array([*per_person, 0], np.int8)[self.codes])


@attrs.frozen
class People:
    """The input columns, read and checked once."""

    frame: pd.DataFrame
    units: Mapping[str, str]
    years: np.ndarray
    slots: np.ndarray  # each age's position among the tables' band edges (table_lookup)
    sex: np.ndarray  # 0 female, 1 male, -1 missing
    pregnant: np.ndarray  # booleans, as the flags
    lactating: np.ndarray
    flags: dict[str, np.ndarray]  # True where True; missing counts as a factor not reported

    @classmethod
    def read(cls, frame: pd.DataFrame, units: Mapping[str, str]) -> People:
        n = len(frame)
        sex = (
            category(frame, "sex", ("female", "male"))
            if "sex" in frame
            else np.full(n, -1, dtype=np.int8)
        )
        pregnant = flag(frame, "pregnant") if "pregnant" in frame else np.zeros(n, bool)
        lactating = flag(frame, "lactating") if "lactating" in frame else np.zeros(n, bool)
        if (male := (pregnant | lactating) & (sex == 1)).any():
            rows = list(frame.index[male][:3])
            message = f"columns `pregnant`/`lactating` apply to sex 'female' only; rows {rows}"
            raise InvalidAmountError(message)
        if (both := pregnant & lactating).any():  # as the scalar reference_intake
            rows = list(frame.index[both][:3])
            message = f"give either `pregnant` or `lactating`, not both; rows {rows}"
            raise InvalidAmountError(message)
        flags = {name: flag(frame, name) for name in FLAGS if name in frame}
        for name, words in word_flags(frame).items():  # "conditions" and "diet" words
            flags[name] = flags[name] | words if name in flags else words
        ages = years(frame, units) if "age" in frame else np.full(n, np.nan)
        return cls(
            frame=frame,
            units=units,
            years=ages,
            slots=age_slots(ages),
            sex=sex,
            pregnant=pregnant,
            lactating=lactating,
            flags=flags,
        )

    def amount(
        self, column: str, kind: _units.Kind, per: float = 1.0, *, clean: bool = False
    ) -> np.ndarray:
        """Return a column in ``kind.unit`` divided by ``per``."""
        return amount(self.frame, column, kind, self.units, per, clean=clean)

    def flag(self, name: str) -> np.ndarray:
        """Return the flag, False where absent or missing (a factor not reported)."""
        return self.flags.get(name, np.zeros(len(self.frame), bool))

    def heavy_drinking(self) -> Masked:
        """More than 1 drink a day (women) or 2 (men), as 0/1; missing without drinks or sex."""
        n = len(self.frame)
        drinks = (
            numbers(self.frame, "alcohol_drinks_per_day")
            if "alcohol_drinks_per_day" in self.frame
            else np.full(n, np.nan)
        )
        limit = np.where(
            self.sex == 0, _rules.HEAVY_DRINKING[Sex.FEMALE], _rules.HEAVY_DRINKING[Sex.MALE]
        )
        heavy = (drinks > limit) & (self.sex >= 0)  # NaN compares False
        return Masked(heavy.view(np.int8), np.isnan(drinks) | (self.sex < 0))


def numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    values = floats(frame[column], column)
    if rows := rows_outside(frame, values, 0.0, np.inf):
        message = f"column `{column}` needs numbers of zero or more; rows {rows} are not"
        raise InvalidAmountError(message)
    return values


def column_names(value: object, what: str) -> tuple[str, ...]:
    """Read `food=` or `supplemental=`: one column name or several, each once."""
    given = (
        [value]
        if isinstance(value, str)
        else _names.listed(value, f"`{what}` needs a column name or a list of column names")
    )
    names: list[str] = []
    for name in given:
        if not isinstance(name, str):
            message = f"`{what}` needs column names as texts, got {_names.shown(name)}"
            raise ArgumentTypeError(message)
        if name in names:
            message = f"`{what}` names the column {name!r} twice (it would be counted twice)"
            raise ArgumentTypeError(message)
        names.append(name)
    return tuple(names)


# A unit or per-day ending that people add to a column's name ("supplements_mg",
# "age_years", "egfr (mL/min)"), and a plural s: stripped before names are compared.
_NAME_ENDING: Final = re.compile(
    r"(?:[_(\[]{0,2}(?:mg|g|mmol|mmol_l|mg_dl|ml_min|kg|years?|y|per_day|day|d)[)\]]?)?s?$"
)


def resembled(column: str, known: Iterable[str]) -> list[str]:
    """Return the known input column that ``column`` looks like a misspelling of, if any.

    The same name in another case, two letters swapped ("egrf"), a close
    spelling ("sexx"), or one of these with a unit or plural added
    ("supplements_mg" for ``supplemental``, "food_mg" for ``food``).
    """
    names = sorted(known)
    folded = re.sub(r"[\s\-/]", "_", column[:100].strip().casefold())
    stem = _NAME_ENDING.sub("", folded) or folded
    return (
        [k for k in names if k.casefold() in (folded, stem)]
        or [k for k in names if len(k) > 3 and sorted(k) == sorted(folded)]
        or difflib.get_close_matches(folded, names, n=1, cutoff=0.8)
        or difflib.get_close_matches(stem, names, n=1, cutoff=0.8)
    )
