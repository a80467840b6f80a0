"""Internal: serum magnesium classes and eGFR by CKD-EPI 2021, for one value or arrays.

The public face is :mod:`magnesium.labs`.
"""

from __future__ import annotations

import enum
import math
import numbers
import re
from typing import TYPE_CHECKING, Any, Final, overload

import attrs
import pint

from magnesium import _names, _units
from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, msg, text
from magnesium.errors import InvalidAmountError, UnitError
from magnesium.reference import Sex, _reference
from magnesium.units import MAGNESIUM_MOLAR_MASS

if TYPE_CHECKING:
    import pandas as pd
    from pint.facets.plain import PlainQuantity


#: mg/dL of creatinine per µmol/L: 1 / 88.4 (Inker 2021, IDMS creatinine).
_UMOL_PER_MG_DL: Final = 88.4
CREATININE: Final = _units.Kind(
    "a serum creatinine (mg/dL or µmol/L)",
    "mg/dL",
    '"1.2 mg/dL"',
    (("mmol/L", 1000 / _UMOL_PER_MG_DL),),
)
# Serum creatinine a laboratory can report, in mg/dL (8.8-2,650 µmol/L): this
# library's bound; outside it a result would be absurd (eGFR of 1e92).
CREATININE_RANGE: Final = (0.1, 30.0)
# eGFR in mL/min/1.73 m²: this library's bound, above all CKD-EPI 2021 gives in
# the creatinine range (0.1 mg/dL at 18 y: about 205) and above measured
# hyperfiltration; 500 or 1e6 is a typo or a unit slip, never a kidney.
EGFR_RANGE: Final = (0.0, 250.0)
_EGFR_FLOW: Final = _units.Kind("an eGFR in mL/min/1.73 m²", "mL/min", '"75 mL/min/1.73m**2"')
_EGFR_AREA: Final = _units.Kind("an eGFR per area", "mL/min/m**2", '"43 mL/min/m**2"')
PER_173 = re.compile(r"/\s*+(?:\(\s*+)?1\.73\s*+\*?\s*+m(?:\*\*2|\^2|2|²)\s*+\)?\s*+$")
_BSA: Final = 1.73  # m², the standard body surface area of eGFR

# CKD-EPI 2021 creatinine equation (race-free), Inker et al. 2021:
# 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x 1.012 [female]
_KAPPA: Final = {Sex.FEMALE: 0.7, Sex.MALE: 0.9}
_ALPHA: Final = {Sex.FEMALE: -0.241, Sex.MALE: -0.302}
_SEX_FACTOR: Final = {Sex.FEMALE: 1.012, Sex.MALE: 1.0}
_CKD_EPI_SCALE: Final = 142.0
_CKD_EPI_ABOVE: Final = -1.200  # the exponent of max(Scr/kappa, 1)
_CKD_EPI_AGE: Final = 0.9938  # per year of age


def clean(value: float) -> float:
    """Drop float noise from unit conversion (0.7499999999999999 -> 0.75).

    Classification thresholds are exact: 0.75 mmol/L given as 1.5 mEq/L must
    land on 0.75, not below it. Twelve significant digits keep every real
    digit of a laboratory value.
    """
    return float(f"{value:.12g}")


def egfr_ml_min(value: object, name: str = "egfr") -> float:
    """Read an eGFR given per 1.73 m² (text or mL/min Quantity) or per m²."""
    given = value
    if isinstance(value, str):
        value = PER_173.sub("", _names.check_length(value, f"`{name}` as a text"))
    try:
        egfr = _units.magnitude(value, _EGFR_FLOW, name=name, positive=True)
    except UnitError:
        egfr = _units.magnitude(value, _EGFR_AREA, name=name, positive=True) * _BSA
    if egfr > EGFR_RANGE[1]:
        message = (
            f"`{name}` needs an eGFR of at most {EGFR_RANGE[1]:g} mL/min/1.73 m² (this "
            f"library's bound), got {_names.shown(given)}"
        )
        raise InvalidAmountError(message)
    return clean(egfr)


@overload
def ckd_epi_2021(creatinine: str, *, age: object, sex: object) -> PlainQuantity[float]: ...
@overload
def ckd_epi_2021(  # type: ignore[overload-overlap]
    creatinine: pd.Series[Any], *, age: object, sex: object
) -> pd.Series[Any]: ...
@overload
def ckd_epi_2021(creatinine: object, *, age: object, sex: object) -> PlainQuantity[Any]: ...
def ckd_epi_2021(creatinine: object, *, age: object, sex: object) -> Any:
    """Estimate GFR from serum creatinine with the CKD-EPI 2021 equation.

    Parameters
    ----------
    creatinine
        IDMS-standardised serum creatinine, e.g. ``"1.2 mg/dL"`` or
        ``"106 umol/L"`` (mg/dL = µmol/L ÷ 88.4); or many people's: a
        Quantity of an array or a pint-pandas Series.
    age
        Years; the equation is for adults (18 and over). For many people,
        one age or an array or Series of them, in years.
    sex
        ``"female"`` or ``"male"``; for many people, one or an array or
        Series of them.

    Returns
    -------
    Quantity or pandas.Series
        eGFR, in the type of ``creatinine``. [mL/min/1.73 m²] (pint unit
        mL/min; see the module docs). For many people, NaN where the
        equation gives no answer: a missing value, a missing sex, or an age
        under 18.

    Raises
    ------
    InvalidAmountError
        Below age 18 (one person), for a creatinine of zero, or for an
        unknown sex.

    References
    ----------
    .. [1] Inker LA et al. (2021). N Engl J Med 385:1737-1749.

    Examples
    --------
    The NKF calculator gives 71 for 1.2 mg/dL, 55 years, male:

    >>> round(ckd_epi_2021("1.2 mg/dL", age=55, sex="male").m_as("mL/min"))
    71
    >>> ckd_epi_2021("88.4 umol/L", age=50, sex="male")
    <Quantity(91.7..., 'milliliter / minute')>

    Many people at once (here, the same two people and a child):

    >>> import pandas as pd, pint_pandas
    >>> people = pd.DataFrame({"creatinine": [1.2, 1.0, 0.5], "age": [55, 50, 10],
    ...                        "sex": ["male", "male", "female"]})
    >>> ckd_epi_2021(people["creatinine"].astype("pint[mg/dL]"),
    ...              age=people["age"], sex=people["sex"]).pint.magnitude.round(1)
    0    71.4
    1    91.7
    2     NaN
    Name: creatinine, dtype: float64
    """
    if _units.is_array(creatinine):
        return _ckd_epi_many(creatinine, age, sex)
    scr = _units.magnitude(
        creatinine, CREATININE, name="creatinine", positive=True, bounds=CREATININE_RANGE
    )
    years, who = _reference.age_in_years(age), _reference.read_sex(sex)
    if years < _reference.ADULT_AGE:
        message = f"CKD-EPI 2021 is for adults (18 years and over), got age {years:g}"
        raise InvalidAmountError(message)
    ratio = scr / _KAPPA[who]
    egfr = (
        _CKD_EPI_SCALE
        * min(ratio, 1.0) ** _ALPHA[who]
        * max(ratio, 1.0) ** _CKD_EPI_ABOVE
        * _CKD_EPI_AGE**years
        * _SEX_FACTOR[who]
    )
    return _units.quantity(egfr, "mL/min")


def _ckd_epi_many(creatinine: object, age: object, sex: object) -> Any:
    """CKD-EPI 2021 for many people: NaN where it gives no answer."""
    import numpy as np  # noqa: PLC0415 - optional, present with an array input

    scr = _units.amounts(creatinine, CREATININE, name="creatinine", positive=True)
    if _units.is_array(age):
        years: Any = (
            _units.amounts(age, _units.DURATION, name="age").values / _reference.HOURS_PER_YEAR
        )
    elif isinstance(age, numbers.Real | str | pint.Quantity):  # one age for everyone
        years = _reference.age_in_years(age)
    else:
        years = np.asarray(age, dtype=float)
    if np.any((years < 0) | (years > _reference.MAX_AGE)):  # NaN compares False: missing passes
        message = f"`age` needs years from 0 to {_reference.MAX_AGE:g} (or NaN where missing)"
        raise InvalidAmountError(message)
    who = (
        np.asarray(_sex_codes(sex))
        if not isinstance(sex, str)
        else np.int8(0 if _reference.read_sex(sex) is Sex.FEMALE else 1)
    )
    scr_values, years, who = np.broadcast_arrays(scr.values, years, who)
    egfr = ckd_epi_array(scr_values, years, who == 0)
    return scr.quantity(np.where(who < 0, np.nan, egfr), "mL/min")


def _sex_codes(sex: object) -> Any:
    """Return 0 (female), 1 (male) or -1 (missing) for each of many sexes.

    Each distinct value is read once: a pandas categorical's categories, or
    else the distinct values, which rows then find through a dictionary at C
    speed (no Python code runs per row).
    """
    import numpy as np  # noqa: PLC0415 - optional, present with an array input

    categories = getattr(getattr(sex, "dtype", None), "categories", None)
    if categories is not None:  # pandas categorical: its codes index its categories
        distinct = list(categories)
        categorical: Any = getattr(sex, "cat", sex)  # a Series' accessor, or a Categorical
        codes = np.asarray(categorical.codes)
    else:
        values = np.asarray(sex, dtype=object)
        flat = values.ravel().tolist()
        distinct = list(set(flat))
        position = {value: i for i, value in enumerate(distinct)}
        found = np.fromiter(map(position.__getitem__, flat), dtype=np.intp, count=len(flat))
        codes = found.reshape(values.shape)
    table = [_sex_code(value) for value in distinct]
    unknown = sorted(
        str(value) for value, code in zip(distinct, table, strict=True) if code is None
    )
    if unknown:
        message = f"`sex` needs 'female' or 'male' (or None where missing), got {unknown[:5]}"
        raise InvalidAmountError(message)
    return np.array([*table, -1], dtype=np.int8)[codes]  # code -1 (missing) reads the last


def _sex_code(value: object) -> int | None:
    """Return 0 (female), 1 (male), -1 (missing: None, NaN, pandas' NA) or None (unknown)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return -1
    if str(value) in {"", "<NA>", "nan"}:  # pandas.NA and text of a missing value
        return -1
    try:
        return 0 if _reference.read_sex(value) is Sex.FEMALE else 1
    except InvalidAmountError:
        return None


def ckd_epi_array(scr: Any, years: Any, female: Any) -> Any:
    """CKD-EPI 2021 over numpy arrays, NaN under age 18: the kernel of every array path.

    The same coefficients as :func:`ckd_epi_2021`; :mod:`magnesium.frame`
    uses it too.
    """
    import numpy as np  # noqa: PLC0415 - optional, present with an array input

    kappa = np.where(female, _KAPPA[Sex.FEMALE], _KAPPA[Sex.MALE])
    ratio = scr / kappa
    # min(ratio, 1)**alpha * max(ratio, 1)**-1.200 in one power: one factor is
    # 1**x, exactly 1, so the product is the same to the last bit
    exponent = np.where(
        ratio < 1.0, np.where(female, _ALPHA[Sex.FEMALE], _ALPHA[Sex.MALE]), _CKD_EPI_ABOVE
    )
    egfr = (
        _CKD_EPI_SCALE
        * ratio**exponent
        * _CKD_EPI_AGE**years
        * np.where(female, _SEX_FACTOR[Sex.FEMALE], _SEX_FACTOR[Sex.MALE])
    )
    return np.where(years >= _reference.ADULT_AGE, egfr, np.nan)  # adults only


class SerumClass(enum.StrEnum):
    """Class of a serum magnesium value."""

    SEVERELY_LOW = "severely low"
    LOW = "low"
    GREY_ZONE = "grey zone"
    NORMAL = "normal"
    HIGH = "high"


# A level the sources call dangerous: Medscape's step "loss of deep tendon
# reflexes, muscle weakness" starts at 1.75 mmol/L, and NIH ODS puts toxicity
# symptoms usually above about 1.74 mmol/L. From 0.95 to this level a value is
# above the reference interval (many laboratories' ranges reach 1.0-1.1) but
# not by itself an emergency.
DANGEROUS_HIGH: Final = 1.75

# Hypermagnesaemia symptom ladder (Medscape 2022), lower edge in mmol/L.
_LADDER: Final = (
    (5.0, N_("asystole, heart block, ventilatory failure, coma")),
    (4.0, N_("arrhythmia, conduction delay, flaccid paralysis")),
    (2.5, N_("hypotension, vasodilatation")),
    (DANGEROUS_HIGH, N_("loss of deep tendon reflexes, muscle weakness")),
    (1.0, N_("possible first symptoms: nausea, vomiting, flushing, weakness, light-headedness")),
)
REFERENCE: Final = (0.75, 0.95)  # mmol/L, Costello 2016
ROSANOFF_LOWER: Final = 0.85  # mmol/L, Rosanoff 2022
OVERT: Final = 0.6  # mmol/L, Rosanoff 2022: overt symptoms at or below
SEVERE_LOW: Final = 0.5  # mmol/L, NHS SPS: severe hypomagnesaemia below, treated in hospital
PLAUSIBLE: Final = (0.1, 10.0)  # mmol/L, this library's plausibility bound


def serum_bands(*, rosanoff_2022: bool = False) -> tuple[tuple[SerumClass, float, bool], ...]:
    """Return the serum classes, lowest first, each with its upper edge and whether it holds it.

    The one declaration of the serum bands: :func:`serum_status` reads one
    value with it and :func:`serum_class_codes` a column. Costello 2016's
    reference interval 0.75-0.95 mmol/L; Rosanoff 2022's overt symptoms at or
    below 0.6 and its lower limit of 0.85, below which (Costello 2017) a
    deficit is possible: the grey zone, which Rosanoff's option folds into low.
    """
    low, high = REFERENCE
    lower = ROSANOFF_LOWER if rosanoff_2022 else low
    bands = [(SerumClass.SEVERELY_LOW, OVERT, True), (SerumClass.LOW, lower, False)]
    if not rosanoff_2022:
        bands.append((SerumClass.GREY_ZONE, ROSANOFF_LOWER, False))
    return (*bands, (SerumClass.NORMAL, high, True), (SerumClass.HIGH, math.inf, True))


def serum_class(mmol: float, *, rosanoff_2022: bool = False) -> SerumClass:
    """Return the class of one serum value in mmol/L (the first band that holds it)."""
    for status, edge, held in serum_bands(rosanoff_2022=rosanoff_2022):
        if mmol < edge or (held and mmol == edge):
            return status
    return SerumClass.HIGH  # NaN is refused before; infinities are above every band


def serum_class_codes(mmol: Any, *, rosanoff_2022: bool = False) -> Any:
    """Return each value's class as its position in :class:`SerumClass` (-1 where NaN).

    The same bands as :func:`serum_class`, read over a numpy array: a value
    counts the bands it lies past, and that count picks its class. Sums of
    comparisons, not masked writes, which are slow on scattered rows.
    """
    import numpy as np  # noqa: PLC0415 - optional, present with an array input

    bands = serum_bands(rosanoff_2022=rosanoff_2022)
    past = np.isnan(mmol).astype(np.int8) * len(bands)  # NaN: past them all, to -1
    for _, edge, held in bands:
        past += (mmol > edge) if held else (mmol >= edge)
    order = list(SerumClass)
    classes = np.array([*(order.index(status) for status, _, _ in bands), -1], np.int8)
    return classes[past]


@attrs.frozen(kw_only=True, repr=False)
class SerumStatus(Displayable):
    """A classified serum magnesium value.

    Attributes
    ----------
    mmol_per_l
        The value. [mmol/L] (``value`` gives it as a Quantity)
    status
        Severely low (<= 0.6), low, grey zone, normal or high.
    thresholds
        The thresholds used, in mmol/L, by name.
    meaning
        What the class means, in the sources' words.
    sources
        Keys of the sources behind the thresholds.
    """

    mmol_per_l: float
    status: SerumClass
    thresholds: tuple[tuple[str, float], ...]
    meaning: Msg
    sources: tuple[str, ...]

    _derived = ("value",)

    @property
    def value(self) -> PlainQuantity[float]:
        """The value. [mmol/L]"""
        return _units.quantity(self.mmol_per_l, "mmol/L")

    def _title(self, lang: str) -> str:
        return msg(
            "Serum magnesium {value:.2f} mmol/L: {status}",
            value=self.mmol_per_l,
            status=self.status,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        thresholds = "; ".join(
            msg("{name} {value:g}", name=msg(name), value=value).render(lang)
            for name, value in self.thresholds
        )
        return [
            (text("meaning", lang), self.meaning.render(lang)),
            (text("thresholds (mmol/L)", lang), thresholds),
            (text("sources", lang), ", ".join(self.sources)),
        ]


def serum_mmol(value: object, name: str = "serum_magnesium") -> float:
    mmol = clean(_units.magnitude(value, _units.CONCENTRATION, name=name) / MAGNESIUM_MOLAR_MASS)
    low, high = PLAUSIBLE
    if not low <= mmol <= high:
        message = (
            f"`{name}` of {mmol:.3g} mmol/L is outside the physiologically plausible "
            f"{low:g}-{high:g} mmol/L; check the value and its unit (mmol/L, mg/dL or mEq/L)"
        )
        raise InvalidAmountError(message)
    return mmol


def serum_status(value: object, *, rosanoff_2022: bool = False) -> SerumStatus:
    """Classify a serum magnesium value.

    Parameters
    ----------
    value
        Serum magnesium in mmol/L, mg/dL or mEq/L, e.g. ``"0.68 mmol/L"``,
        ``"1.7 mg/dL"``, ``"1.4 mEq/L"``.
    rosanoff_2022
        Use the 0.85 mmol/L lower limit proposed by Rosanoff et al. (2022):
        below it is low, and there is no grey zone.

    Returns
    -------
    SerumStatus
        The class, the thresholds used and their sources. Above the reference
        interval, ``meaning`` gives the step of the hypermagnesaemia ladder.

    Raises
    ------
    InvalidAmountError
        For a value outside 0.1-10 mmol/L (not plausible: check the unit).

    References
    ----------
    .. [1] Costello RB et al. (2016); Costello RB, Nielsen F (2017).
    .. [2] Rosanoff A et al. (2022). Eur J Nutr 61(7):3697-3706.
    .. [3] Novello NP (2022), Medscape eMedicine 766604.

    Examples
    --------
    >>> serum_status("0.80 mmol/L").status
    <SerumClass.GREY_ZONE: 'grey zone'>
    >>> serum_status("0.80 mmol/L", rosanoff_2022=True).status
    <SerumClass.LOW: 'low'>
    >>> print(serum_status("4 mEq/L").meaning)
    above the reference interval; at 2.00 mmol/L: loss of deep tendon reflexes, muscle weakness
    """
    mmol = serum_mmol(value)
    rosanoff_2022 = _names.flag(rosanoff_2022, "rosanoff_2022")
    low, high = REFERENCE
    lower = ROSANOFF_LOWER if rosanoff_2022 else low
    thresholds = [(N_("overt symptoms at or below"), OVERT), (N_("low below"), lower)]
    sources = ["COSTELLO2016", "ROSANOFF2022"]
    if not rosanoff_2022:
        thresholds.append((N_("grey zone below"), ROSANOFF_LOWER))
        sources.append("COSTELLO2017")
    thresholds.append((N_("high above"), high))
    status = serum_class(mmol, rosanoff_2022=rosanoff_2022)
    if status is SerumClass.SEVERELY_LOW:
        meaning = msg("overt symptoms of deficiency are expected")
    elif status is SerumClass.LOW:
        meaning = msg("below the reference interval: hypomagnesaemia")
    elif status is SerumClass.GREY_ZONE:
        meaning = msg("possible deficit if other indicators are present")
    elif status is SerumClass.NORMAL:
        meaning = msg("within the reference interval")
    else:
        step = next((words for edge, words in _LADDER if mmol >= edge), None)
        meaning = (
            msg(
                "above the reference interval; at {value:.2f} mmol/L: {step}",
                value=mmol,
                step=msg(step),
            )
            if step
            else msg("above the reference interval")
        )
        sources.append("MEDSCAPE2022")
    return SerumStatus(
        mmol_per_l=mmol,
        status=status,
        thresholds=tuple(thresholds),
        meaning=meaning,
        sources=tuple(sources),
    )
