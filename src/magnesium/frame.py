"""Cohorts: score a pandas DataFrame of people column-wise (needs ``magnesium[pandas]``).

:func:`score` takes one row per person and returns one row per person,
computed with numpy over whole columns: no Python loop per row. It applies
the same rules, thresholds and sources as the scalar API (the tests prove
they agree on generated people), and it is a valid
``dask.dataframe.map_partitions`` function, so the same call scores a cohort
too large for memory::

    import dask.dataframe as dd
    ddf = dd.from_pandas(people, npartitions=8)
    scored = ddf.map_partitions(score, units=units, meta=score(people.iloc[:0], units=units))

Inside a Spark ``pandas_udf`` the body is the same call: ``return score(frame,
units=units)`` on each pandas batch.

Input columns (all optional; a result that needs a missing column is left
out, and a missing *value* gives a missing result, never a guess):

==============================  ================================================
column                          meaning
==============================  ================================================
``sex``                         "female" or "male"
``age``                         years
``pregnant``, ``lactating``     booleans
``food``, ``supplemental``      magnesium from food / from supplements,
                                medicines and water; an amount column each, or
                                several: pass ``food=[...]``,
                                ``supplemental=[...]``
``egfr``                        eGFR, declared "mL/min/1.73m**2"
``creatinine``                  serum creatinine, for CKD-EPI 2021 where eGFR is
                                absent
``serum_magnesium``             mmol/L, mg/dL or mEq/L
``alcohol_drinks_per_day``      number
``medications``                 lists of medicine names (any the catalogue
                                reads), or names in one text separated by ";"
                                (the form that survives CSV files, Dask and
                                Spark)
flag columns                    booleans: ``heavy_sweating``,
                                ``restricted_diet``, ``gi_disease``,
                                ``alcohol_dependence``, ``type_2_diabetes``,
                                ``kidney_disease``, ``heart_disease``
==============================  ================================================

Amount columns need a unit: from ``units={"food": "mg", ...}`` or from a
pint-pandas dtype (``pint[mg]``). An amount column without a unit, with a
wrong dimension, or a category column with an unknown value is an error that
names the column.

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

from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import pandas as pd
import pint

from magnesium.errors import InvalidAmountError, UnitError, UnknownNameError
from magnesium.interactions import Direction, _resolve
from magnesium.labs import (
    _ALPHA,
    _CREATININE,
    _KAPPA,
    _LADDER,
    _OVERT,
    _PER_173,
    _PLAUSIBLE,
    _REFERENCE,
    _ROSANOFF_LOWER,
    _SEX_FACTOR,
)
from magnesium.reference import (
    _INTAKES,
    _UPPER,
    Authority,
    Sex,
    _Row,
    _Stage,
)
from magnesium.risk import (
    _ADULT,
    _DIURETICS_MDS,
    _EGFR_NORMAL,
    _EGFR_REDUCED,
    _HEART_MEDICINES,
    _HEAVY_DRINKING,
    _OLDER_ADULT,
    _POLYPHARMACY,
    _PPI,
)
from magnesium.sources import Evidence
from magnesium.units import (
    _CONCENTRATION,
    _MAGNESIUM,
    _MEQ,
    MAGNESIUM_MOLAR_MASS,
    MAGNESIUM_VALENCE,
    _factor,
    _Kind,
    _registry,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["SERUM_CLASSES", "score"]

_EGFR: Final = _Kind("an eGFR per 1.73 m²", "mL/min", '"mL/min/1.73m**2"')
_FLAGS: Final = (
    "heavy_sweating",
    "restricted_diet",
    "gi_disease",
    "alcohol_dependence",
    "type_2_diabetes",
    "kidney_disease",
    "heart_disease",
)
#: Serum classes, in order (as :class:`magnesium.SerumClass` values).
SERUM_CLASSES: Final = ("severely low", "low", "grey zone", "normal", "high")
_LEVELS: Final = ("low", "moderate", "high")
_MDS_GROUPS: Final = ("0-1", "2", "3-5")
# Deficiency-risk weights of magnesium.risk, by factor column.
_WEIGHTS: Final = {
    "heavy_sweating": 1,
    "restricted_diet": 1,
    "gi_disease": 2,
    "alcohol_dependence": 2,
    "type_2_diabetes": 1,
}


def _floats(series: pd.Series) -> np.ndarray:
    """Return a column as float64, without a copy where it already is one.

    Values that are not numbers become NaN (missing), as pandas' to_numeric
    with errors="coerce" makes them.
    """
    if series.dtype == np.float64:
        return series.to_numpy()
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _fail(column: str, message: str) -> UnitError:
    return UnitError(f"column `{column}` {message}")


def _unit_factor(
    series: pd.Series, column: str, kind: _Kind, units: Mapping[str, str]
) -> tuple[np.ndarray, float]:
    """Return the column's magnitudes and the factor to ``kind.unit``."""
    dtype = str(series.dtype)
    if dtype.startswith("pint["):
        magnitudes = np.asarray(series.pint.magnitude, dtype=float)
        unit: object = series.pint.units
        registry = series.pint.units._REGISTRY  # noqa: SLF001 - the column's own registry
    elif column in units:
        magnitudes = _floats(series)
        text = str(units[column])
        if kind is _EGFR:
            text = _PER_173.sub("", text)
        if _MEQ.search(text):  # mEq of a divalent ion: half a mmol
            text, magnitudes = _MEQ.sub("mmol", text), magnitudes / MAGNESIUM_VALENCE
        unit = text
        registry = _registry.get()
    else:
        raise _fail(
            column,
            f"needs a unit: pass units={{'{column}': ...}} ({kind.description}, e.g. "
            f"{kind.example}) or a pint-pandas dtype",
        )
    try:
        factor = _factor(registry, unit, kind)
    except pint.DimensionalityError:
        raise _fail(column, f"needs {kind.description}, got unit {unit!r}") from None
    except Exception:  # noqa: BLE001 - pint raises many types for bad unit text
        raise _fail(column, f"has an unknown unit {unit!r}") from None
    return magnitudes, factor


def _amount(
    frame: pd.DataFrame,
    column: str,
    kind: _Kind,
    units: Mapping[str, str],
    per: float = 1.0,
    *,
    clean: bool = False,
) -> np.ndarray:
    magnitudes, factor = _unit_factor(frame[column], column, kind, units)
    factor /= per
    values = magnitudes * factor
    if clean and factor != 1.0:  # lab values are rounded as the scalar API rounds them
        values = _clean(values)
    bad = np.isinf(values) | (values < 0)
    if bad.any():
        rows = list(frame.index[bad][:3])
        raise InvalidAmountError(
            f"column `{column}` needs finite amounts of zero or more; rows {rows} are not"
        )
    return values


def _category(frame: pd.DataFrame, column: str, allowed: Sequence[str]) -> np.ndarray:
    """Return codes 0..n-1 of ``allowed`` (-1 where missing); unknown values are errors.

    Each distinct value is read once (pandas factorize); rows take its code.
    """
    codes, uniques = pd.factorize(frame[column])
    lookup = {name: code for code, name in enumerate(allowed)}
    mapped = np.array([lookup.get(str(u).casefold(), -2) for u in uniques] + [-1], dtype=np.int8)
    unknown = [str(u) for u, code in zip(uniques, mapped, strict=False) if code == -2]
    if unknown:
        raise UnknownNameError(f"value in column `{column}`", ", ".join(unknown[:5]), allowed)
    return mapped[codes]  # code -1 (missing) takes the last entry, -1


def _flag(frame: pd.DataFrame, column: str) -> np.ndarray:
    """Return a boolean column as floats: 1, 0, or NaN where missing."""
    series = frame[column]
    is_bool = pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series)
    if not is_bool and series.dtype == object:
        is_bool = bool(series.dropna().map(lambda v: isinstance(v, bool | np.bool_)).all())
    if not is_bool:
        raise _fail(column, "needs booleans (True/False)")
    # float32 holds 0, 1 and NaN exactly, in half the memory of float64
    return series.astype("float32").to_numpy(dtype=np.float32, na_value=np.nan)


def _years(frame: pd.DataFrame) -> np.ndarray:
    years = _floats(frame["age"])
    bad = (years < 0) | (years > 130)
    if bad.any():
        raise InvalidAmountError(
            f"column `age` needs years from 0 to 130; rows {list(frame.index[bad][:3])} are not"
        )
    return years


def _table_lookup(
    rows: Sequence[_Row], years: np.ndarray, sex: np.ndarray, stage: np.ndarray
) -> np.ndarray:
    """Vectorised :func:`magnesium.reference._find`: a binary search per sex and stage.

    Within one sex and stage a table's age bands do not overlap, so each
    person's band is found by ``searchsorted`` on the band starts.
    """
    if all(row.sex is None and row.stage is _Stage.NONE for row in rows):  # e.g. ceilings
        return _bands(rows, years)
    result = np.full(len(years), np.nan)
    stage_code = {_Stage.NONE: 0, _Stage.PREGNANCY: 1, _Stage.LACTATION: 2}
    sex_code = {Sex.FEMALE: 0, Sex.MALE: 1}
    for who in (-1, 0, 1):
        for stage_value, code in stage_code.items():
            bands = [
                row
                for row in rows
                if row.stage is stage_value
                and (row.sex is None or (who >= 0 and sex_code[row.sex] == who))
            ]
            if not bands:
                continue
            chosen = (sex == who) & (stage == code)
            if not chosen.any():
                continue
            np.copyto(result, _bands(bands, years), where=chosen)
    return result


_Columns = dict[str, Any]  # result columns by name, made into a DataFrame once


def _added(arrays: list[np.ndarray], n: int) -> np.ndarray:
    """Return the element-wise sum (NaN where any is NaN); zeros for no arrays."""
    if not arrays:
        return np.zeros(n)
    total = arrays[0].astype(float, copy=True)
    for more in arrays[1:]:
        total += more
    return total


def _zeroed(values: np.ndarray) -> np.ndarray:
    """Return counts or 0/1 flags with missing values as 0 (one pass: fmax drops NaN)."""
    return np.asarray(np.fmax(values, 0.0))


def _bands(rows: Sequence[_Row], years: np.ndarray) -> np.ndarray:
    """Return each age's value from non-overlapping age bands (NaN outside them)."""
    ordered = sorted(rows, key=lambda row: row.low)
    lows = np.array([row.low for row in ordered])
    highs = np.array([row.high for row in ordered])
    values = np.append([row.value for row in ordered], np.nan)  # index -1: no band
    at = np.searchsorted(lows, years, side="right") - 1
    at[(years >= highs[at]) | np.isnan(years)] = -1  # past the band's end, or no age
    return np.asarray(values[at])


def _ckd_epi(scr: np.ndarray, years: np.ndarray, female: np.ndarray) -> np.ndarray:
    """CKD-EPI 2021 over arrays (Inker 2021), the coefficients of :mod:`magnesium.labs`."""
    kappa = np.where(female, _KAPPA[Sex.FEMALE], _KAPPA[Sex.MALE])
    alpha = np.where(female, _ALPHA[Sex.FEMALE], _ALPHA[Sex.MALE])
    ratio = scr / kappa
    egfr = (
        142.0
        * np.minimum(ratio, 1.0) ** alpha
        * np.maximum(ratio, 1.0) ** -1.200
        * 0.9938**years
        * np.where(female, _SEX_FACTOR[Sex.FEMALE], _SEX_FACTOR[Sex.MALE])
    )
    return np.where(years >= _ADULT, egfr, np.nan)  # adults only


def _clean(values: np.ndarray) -> np.ndarray:
    """Round away unit-conversion noise, as the scalar API does (12 significant digits)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        digits = 11 - np.floor(np.log10(np.abs(values)))
    digits = np.where(np.isfinite(digits), digits, 0).astype(int)
    scale = 10.0**digits
    return np.where(np.isfinite(values) & (values != 0), np.round(values * scale) / scale, values)


def _names_of(value: object) -> list[str]:
    """Read one person's medicines: a list of names, or names separated by ";"."""
    if isinstance(value, str):
        return [name.strip() for name in value.split(";") if name.strip()]
    if isinstance(value, list | tuple | np.ndarray):
        return [str(name) for name in value]
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    message = f"column `medications` needs lists of names or 'a; b' text, got {value!r}"
    raise TypeError(message)


def _medication_flags(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Return flags from the medicines column, each distinct value resolved once.

    Names resolve to catalogue drugs, and each drug counts once per person, as
    in :class:`magnesium.Person`. The work is per distinct value (a
    categorical column is not even scanned); rows only index the results.
    """
    column = frame["medications"]
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        uniques: list[object] = list(column.cat.categories)
    else:
        hashable = column.map(
            lambda v: tuple(v) if isinstance(v, list | tuple | np.ndarray) else v,
            na_action="ignore",
        )
        codes, found = pd.factorize(hashable)
        uniques = list(found)
    table = np.array([_medicine_counts(value) for value in uniques], dtype=np.float32).reshape(
        len(uniques), len(_MEDICINE_KEYS)
    )
    # One gather per key from a column of the table, with a NaN row for missing
    # values (code -1 reads the last row): contiguous arrays, no masking pass.
    table = np.vstack([table, np.full(len(_MEDICINE_KEYS), np.nan, dtype=np.float32)])
    return {key: table[:, k][codes] for k, key in enumerate(_MEDICINE_KEYS)}


_MEDICINE_KEYS: Final = (
    "diuretic",
    "ppi",
    "heart_medicine",
    "potassium_sparing",
    "diuretic_or_ppi",
    "avoid",
    "n_lowering",
    "n_medications",
)


def _medicine_counts(value: object) -> list[float]:
    """Count, for one person's medicines, the drugs in each group of _MEDICINE_KEYS."""
    drugs = {d.name: d for name in _names_of(value) for d in _resolve(name)}.values()
    return [
        sum(d.atc.startswith(_DIURETICS_MDS) for d in drugs),
        sum(d.atc.startswith(_PPI) for d in drugs),
        sum(d.atc.startswith(_HEART_MEDICINES) for d in drugs),
        sum(d.atc.startswith("C03D") for d in drugs),
        sum(d.atc.startswith(("C03", *_PPI)) for d in drugs),
        sum(any(r.avoid for r in d.records) for d in drugs),
        sum(
            r.direction is Direction.DRUG_LOWERS_MAGNESIUM
            and r.evidence is not Evidence.UNCONFIRMED
            for d in drugs
            for r in d.records
        ),
        len(drugs),
    ]


def _nullable_bool(values: np.ndarray, valid: np.ndarray) -> pd.arrays.BooleanArray:
    return pd.arrays.BooleanArray(values.astype(bool), ~valid)


def _nullable_int(values: np.ndarray) -> pd.arrays.IntegerArray:
    missing = np.isnan(values)
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype("int8"), missing)


def _categorical(codes: np.ndarray, names: Sequence[str]) -> pd.Categorical[str]:
    return pd.Categorical.from_codes(codes.astype("int64"), categories=pd.Index(list(names)))


def score(
    frame: pd.DataFrame,
    *,
    units: Mapping[str, str] | None = None,
    food: Iterable[str] = ("food",),
    supplemental: Iterable[str] = ("supplemental",),
    authority: Authority | str = Authority.EFSA,
    rosanoff_2022: bool = False,
) -> pd.DataFrame:
    """Score a cohort: intake sums, eGFR, MDS, serum class, risk, cautions, red flags.

    Parameters
    ----------
    frame
        One row per person; columns as in the module docs.
    units
        Units of amount columns without a pint-pandas dtype.
    food, supplemental
        The amount columns of magnesium from food and from everything that
        counts toward the ceiling. [elemental mass]
    authority
        For the ceiling and the recommended intake (EFSA by default).
    rosanoff_2022
        Classify serum magnesium with the 0.85 mmol/L lower limit.

    Returns
    -------
    pandas.DataFrame
        Same index, one column per result present: ``food_mg``,
        ``supplemental_mg``, ``total_mg``, ``ceiling_mg``, ``exceeds_ceiling``,
        ``headroom_mg``, ``reference_mg``, ``coverage``, ``egfr``,
        ``mds_diuretic``, ``mds_ppi``, ``mds_alcohol``, ``mds_egfr``, ``mds``,
        ``mds_group``, ``serum_mmol_per_l``, ``serum_class``,
        ``deficiency_score``, ``deficiency_level``, ``caution_*``,
        ``red_flag_serum`` and ``caution_any``.

    References
    ----------
    .. [1] As the scalar functions: SCF (2001), EFSA (2015), Inker (2021),
       Fan (2021), Costello (2016, 2017), Rosanoff (2022), Medscape (2022).
    """
    if not isinstance(frame, pd.DataFrame):
        message = f"`frame` needs a pandas DataFrame, got {type(frame).__name__}"
        raise TypeError(message)
    people = _People.read(frame, units or {})
    out: _Columns = {}
    chosen = Authority(authority)
    _intake_columns(
        out,
        people,
        [c for c in food if c in frame],
        [c for c in supplemental if c in frame],
        chosen,
    )
    egfr = _egfr_column(out, people)
    meds = _medication_flags(frame) if "medications" in frame else {}
    heavy = people.heavy_drinking()
    if meds:
        _mds_columns(out, meds, heavy, egfr)
    serum = _serum_column(out, people, rosanoff_2022=rosanoff_2022)
    _risk_columns(out, people, meds, heavy, serum, rosanoff_2022=rosanoff_2022)
    _caution_columns(out, people, meds, egfr, serum)
    # One construction at the end: assigning column by column would copy each array.
    return pd.DataFrame(out, index=frame.index, copy=False)


@attrs.frozen
class _People:
    """The input columns, read and checked once."""

    frame: pd.DataFrame
    units: Mapping[str, str]
    years: np.ndarray
    sex: np.ndarray  # 0 female, 1 male, -1 missing
    pregnant: np.ndarray
    lactating: np.ndarray
    flags: dict[str, np.ndarray]

    @classmethod
    def read(cls, frame: pd.DataFrame, units: Mapping[str, str]) -> _People:
        n = len(frame)
        sex = (
            _category(frame, "sex", ("female", "male"))
            if "sex" in frame
            else np.full(n, -1, dtype=np.int8)
        )
        pregnant = _flag(frame, "pregnant") if "pregnant" in frame else np.zeros(n, np.float32)
        lactating = _flag(frame, "lactating") if "lactating" in frame else np.zeros(n, np.float32)
        if (((pregnant == 1) | (lactating == 1)) & (sex == 1)).any():
            message = "columns `pregnant`/`lactating` apply to sex 'female' only"
            raise InvalidAmountError(message)
        return cls(
            frame=frame,
            units=units,
            years=_years(frame) if "age" in frame else np.full(n, np.nan),
            sex=sex,
            pregnant=pregnant,
            lactating=lactating,
            flags={name: _flag(frame, name) for name in _FLAGS if name in frame},
        )

    def amount(
        self, column: str, kind: _Kind, per: float = 1.0, *, clean: bool = False
    ) -> np.ndarray:
        """Return a column in ``kind.unit`` divided by ``per``."""
        return _amount(self.frame, column, kind, self.units, per, clean=clean)

    def flag(self, name: str) -> np.ndarray:
        """Return the flag as 0/1, missing counted as 0 (a factor not reported)."""
        return _zeroed(self.flags.get(name, np.zeros(len(self.frame))))

    def heavy_drinking(self) -> np.ndarray:
        """More than 1 drink a day (women) or 2 (men); NaN without drinks or sex."""
        n = len(self.frame)
        drinks = (
            _numbers(self.frame, "alcohol_drinks_per_day")
            if "alcohol_drinks_per_day" in self.frame
            else np.full(n, np.nan)
        )
        limit = np.where(self.sex == 0, _HEAVY_DRINKING[Sex.FEMALE], _HEAVY_DRINKING[Sex.MALE])
        return np.where(np.isnan(drinks) | (self.sex < 0), np.nan, (drinks > limit).astype(float))


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    values = _floats(frame[column])
    bad = np.isinf(values) | (values < 0)
    if bad.any():
        rows = list(frame.index[bad][:3])
        message = f"column `{column}` needs numbers of zero or more; rows {rows} are not"
        raise InvalidAmountError(message)
    return values


def _intake_columns(
    out: _Columns,
    people: _People,
    food: list[str],
    supplemental: list[str],
    authority: Authority,
) -> None:
    """Intake sums, the ceiling and the reference (magnesium.intake rules)."""
    if not (food or supplemental):
        return
    n = len(people.frame)
    food_mg = _added([people.amount(c, _MAGNESIUM) for c in food], n)
    supp_mg = _added([people.amount(c, _MAGNESIUM) for c in supplemental], n)
    out["food_mg"] = food_mg
    out["supplemental_mg"] = supp_mg
    out["total_mg"] = food_mg + supp_mg
    rows, _, _ = _UPPER[authority]
    years = np.where(np.isnan(people.years), _ADULT, people.years)  # adult ceiling without age
    ceiling = _table_lookup(rows, years, np.full(n, -1, dtype=np.int8), np.zeros(n, np.int8))
    out["ceiling_mg"] = ceiling
    valid = ~(np.isnan(supp_mg) | np.isnan(ceiling))
    at_ceiling = np.abs(supp_mg - ceiling) <= 1e-9 * ceiling  # math.isclose, rel_tol 1e-9
    out["exceeds_ceiling"] = _nullable_bool((supp_mg > ceiling) & ~at_ceiling, valid)
    room = np.where(at_ceiling, 0.0, np.maximum(ceiling - supp_mg, 0.0))
    out["headroom_mg"] = np.where(valid, room, np.nan)
    if "sex" in people.frame and "age" in people.frame:
        _, intake_rows, _, _ = _INTAKES[authority]
        stage = np.where(people.pregnant == 1, 1, np.where(people.lactating == 1, 2, 0)).astype(
            np.int8
        )
        if authority is not Authority.US:
            stage = np.zeros(n, np.int8)  # EFSA and NNR: no separate value, the women's applies
        reference = _table_lookup(intake_rows, people.years, people.sex, stage)
        reference[people.sex < 0] = np.nan  # the scalar API gives no reference without sex
        out["reference_mg"] = reference
        out["coverage"] = (food_mg + supp_mg) / reference


def _egfr_column(out: _Columns, people: _People) -> np.ndarray:
    """EGFR as given, else CKD-EPI 2021 from creatinine (adults with a sex)."""
    egfr = np.full(len(people.frame), np.nan)
    if "egfr" in people.frame:
        egfr = people.amount("egfr", _EGFR, clean=True)
    if "creatinine" in people.frame:
        scr = people.amount("creatinine", _CREATININE)
        needed = np.isnan(egfr) & (people.sex >= 0)  # estimate only where eGFR is missing
        egfr[needed] = _clean(_ckd_epi(scr[needed], people.years[needed], people.sex[needed] == 0))
    if "egfr" in people.frame or "creatinine" in people.frame:
        out["egfr"] = egfr
    return egfr


def _mds_columns(
    out: _Columns, meds: dict[str, np.ndarray], heavy: np.ndarray, egfr: np.ndarray
) -> None:
    """Add the magnesium depletion score of Fan et al. (2021) and its parts."""
    points = np.where(egfr < _EGFR_REDUCED, 2.0, np.where(egfr < _EGFR_NORMAL, 1.0, 0.0))
    parts = {
        "mds_diuretic": np.minimum(meds["diuretic"], 1.0),
        "mds_ppi": np.minimum(meds["ppi"], 1.0),
        "mds_alcohol": heavy,
        "mds_egfr": np.where(np.isnan(egfr), np.nan, points),
    }
    for name, values in parts.items():
        out[name] = _nullable_int(values)
    total = _added(list(parts.values()), len(heavy))
    out["mds"] = _nullable_int(total)
    group = np.where(np.isnan(total), -1, np.where(total <= 1, 0, np.where(total == 2, 1, 2)))
    out["mds_group"] = _categorical(group, _MDS_GROUPS)


def _serum_column(out: _Columns, people: _People, *, rosanoff_2022: bool) -> np.ndarray:
    """Serum magnesium in mmol/L and its class (magnesium.labs thresholds)."""
    serum = np.full(len(people.frame), np.nan)
    if "serum_magnesium" not in people.frame:
        return serum
    serum = people.amount("serum_magnesium", _CONCENTRATION, MAGNESIUM_MOLAR_MASS, clean=True)
    implausible = (serum < _PLAUSIBLE[0]) | (serum > _PLAUSIBLE[1])
    if implausible.any():
        rows = list(people.frame.index[implausible][:3])
        message = (
            f"column `serum_magnesium` is outside the plausible 0.1-10 mmol/L in rows {rows}; "
            "check the unit"
        )
        raise InvalidAmountError(message)
    lower = _ROSANOFF_LOWER if rosanoff_2022 else _REFERENCE[0]
    grey = (serum < _ROSANOFF_LOWER) & (not rosanoff_2022)
    codes = np.select(
        [serum <= _OVERT, serum < lower, grey, serum <= _REFERENCE[1], serum > _REFERENCE[1]],
        [0, 1, 2, 3, 4],
        -1,
    )
    out["serum_mmol_per_l"] = serum
    out["serum_class"] = _categorical(np.where(np.isnan(serum), -1, codes), SERUM_CLASSES)
    return serum


def _risk_columns(
    out: _Columns,
    people: _People,
    meds: dict[str, np.ndarray],
    heavy: np.ndarray,
    serum: np.ndarray,
    *,
    rosanoff_2022: bool,
) -> None:
    """Deficiency-risk score and level with the weights of magnesium.risk."""
    # Small integers and boolean adds: a missing input compares False, so it
    # adds nothing, as an absent factor does in the scalar API.
    weight = np.zeros(len(people.frame), np.int16)
    for name, points in _WEIGHTS.items():
        if name in people.flags:
            weight += (people.flags[name] == 1) * np.int16(points)
    weight += heavy == 1
    weight += people.years >= _OLDER_ADULT
    if meds:
        weight += _zeroed(meds["n_lowering"]).astype(np.int16)
    if "reference_mg" in out:
        weight += np.asarray(out["total_mg"]) < np.asarray(out["reference_mg"])
    low = serum < (_ROSANOFF_LOWER if rosanoff_2022 else _REFERENCE[0])
    weight += low * np.int16(3)
    if not rosanoff_2022:
        weight += ~low & (serum < _ROSANOFF_LOWER)
    out["deficiency_score"] = weight
    level = np.array([0, 1, 1, 2], np.int8)[np.minimum(weight, 3)]  # 0 low, 1-2, 3+
    out["deficiency_level"] = _categorical(level, _LEVELS)


def _caution_columns(
    out: _Columns,
    people: _People,
    meds: dict[str, np.ndarray],
    egfr: np.ndarray,
    serum: np.ndarray,
) -> None:
    """Cautions (ask a doctor first) and serum red flags as boolean columns."""
    cautions = {"caution_kidney": (people.flag("kidney_disease") == 1) | (egfr < _EGFR_REDUCED)}
    heart = people.flag("heart_disease") == 1
    if meds:
        heart |= _zeroed(meds["heart_medicine"]) >= 1
        cautions["caution_polypharmacy"] = _zeroed(meds["n_medications"]) >= _POLYPHARMACY
        cautions["caution_diuretic_or_ppi"] = _zeroed(meds["diuretic_or_ppi"]) >= 1
        cautions["caution_potassium_sparing"] = _zeroed(meds["potassium_sparing"]) >= 1
        cautions["caution_avoid_medicine"] = _zeroed(meds["avoid"]) >= 1
    cautions["caution_heart"] = heart
    cautions["caution_serum_high"] = serum > _REFERENCE[1]
    cautions["caution_child"] = people.years < _ADULT
    for name, values in cautions.items():
        out[name] = values
    out["caution_any"] = np.logical_or.reduce(list(cautions.values()))
    if "serum_magnesium" in people.frame:
        out["red_flag_serum"] = (serum <= _OVERT) | (serum >= _LADDER[-1][0])  # Medscape 1.0
