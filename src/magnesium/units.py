"""Units: the pint registry, reading amounts, and magnesium's mmol/mg/mEq.

The library uses pint's *application registry* and never replaces it, defines
no units of its own, enters no contexts and keeps no disk cache. Amounts may
be given as pint Quantities (from any registry, including a user's own
``pint.UnitRegistry()``) or as strings such as ``"250 mg"``. Inside, the
library works on plain floats in one canonical unit per kind of amount, and
returns Quantities of the application registry.

Magnesium is divalent, so 1 mmol = 2 mEq, and its standard atomic weight is
24.305 g/mol (IUPAC 2021), so 1 mmol = 24.305 mg. pint has no
"equivalent" unit, so mEq is read from strings (``"1.5 mEq"``,
``"1.7 mEq/L"``) and returned as a plain float by :func:`to_meq`.

References
----------
.. [1] IUPAC Commission on Isotopic Abundances and Atomic Weights (2022).
   Standard atomic weights of the elements 2021. Pure Appl Chem 94(5).

Examples
--------
>>> from magnesium.units import to_mg, to_mmol, to_meq
>>> to_mg("1 mmol")
<Quantity(24.305, 'milligram')>
>>> to_mmol("48.61 mg")
<Quantity(2.0, 'millimole')>
>>> to_meq("24.305 mg")
2.0
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from typing import TYPE_CHECKING, Any, Final, overload

import attrs
import pint

from magnesium.errors import InvalidAmountError, UnitError, _check_length

if TYPE_CHECKING:
    import pandas as pd
    from pint.facets.plain import PlainQuantity, PlainUnit

__all__ = [
    "MAGNESIUM_MOLAR_MASS",
    "MAGNESIUM_VALENCE",
    "Quantity",
    "to_meq",
    "to_mg",
    "to_mmol",
]

#: The type of the quantities this library returns.
Quantity = pint.Quantity

#: Standard atomic weight of magnesium, in g/mol (= mg/mmol). IUPAC 2021
#: abridged value; source key ``IUPAC2021``.
MAGNESIUM_MOLAR_MASS: Final = 24.305

#: Charge of the magnesium ion: 1 mmol = 2 mEq.
MAGNESIUM_VALENCE: Final = 2

_registry = pint.get_application_registry()  # type: ignore[no-untyped-call]

_NUMBER = r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?|[+-]?(?:nan|inf(?:inity)?)"
# "1,250 mg" may be 1.25 (a Danish decimal comma) or 1250 (an English
# thousands separator): three digits after a comma, with a non-zero integer
# part, are refused rather than guessed.
_AMBIGUOUS_COMMA = re.compile(r"^[+-]?[1-9]\d*,\d{3}(?!\d)")
_AMOUNT = re.compile(rf"^\s*({_NUMBER})\s*(.*?)\s*$", re.IGNORECASE)
_MEQ = re.compile(r"\bmeq\b", re.IGNORECASE)
# Digits a unit may hold: exponents ("m**2", "m^2", "m2"); any other is a stray number.
_EXPONENTS = re.compile(r"(?:\*\*|\^)-?\d+|(?<=[A-Za-zµμ])\d+")
_STRAY_NUMBER = re.compile(r"\d")


@attrs.frozen
class _Kind:
    """A kind of amount: what it is called, its canonical unit and an example.

    ``alternatives`` are other units the kind accepts, each with the factor
    that turns one of them into the canonical unit (e.g. mmol of magnesium is
    24.305 mg).
    """

    description: str
    unit: str
    example: str
    alternatives: tuple[tuple[str, float], ...] = ()


_MASS: Final = _Kind("a mass", "mg", '"250 mg"')
_MAGNESIUM: Final = _Kind(
    "an amount of magnesium (mass, mmol or mEq)",
    "mg",
    '"250 mg"',
    (("mmol", MAGNESIUM_MOLAR_MASS),),
)
_BODY_MASS: Final = _Kind("a body mass", "kg", '"70 kg"')
_VOLUME: Final = _Kind("a volume", "L", '"1.5 L"')
_CONCENTRATION: Final = _Kind(
    "a magnesium concentration (mass, mmol or mEq per volume)",
    "mg/L",
    '"100 mg/L"',
    (("mmol/L", MAGNESIUM_MOLAR_MASS),),
)
_DURATION: Final = _Kind("a duration", "h", '"2 h"')

# Plausible ranges of single inputs, in each kind's unit: this library's
# bounds, wide enough for any real day or person. A value outside is an
# error, never an absurd result (the Reliability page lists them all).
_ITEM_ELEMENTAL: Final = (0.0, 10_000.0)  # mg of magnesium in one supplement item
_ITEM_COMPOUND: Final = (0.0, 100_000.0)  # mg of a salt: 100 g (a laxative dose is 10-30 g)
_FOOD_MASS: Final = (0.0, 5_000_000.0)  # mg of one food: 5 kg
_DAY_VOLUME: Final = (0.0, 20.0)  # L of one drink, food volume or a day's sweat
_DRINK_CONCENTRATION: Final = (0.0, 10_000.0)  # mg/L: 10 g/L
_BODY: Final = (0.5, 650.0)  # kg


def _got(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _needs(name: str, kind: _Kind, value: object) -> str:
    return f"`{name}` needs {kind.description} such as {kind.example}, got {_got(value)}"


@functools.lru_cache(maxsize=512)
def _factor(registry: Any, units: Any, kind: _Kind) -> float:
    """Return the factor from ``units`` (text or Unit of ``registry``) to ``kind.unit``.

    Cached: pint's own parsing and conversion cost about 100 µs a call, a
    cached factor a dictionary look-up. Raises pint's DimensionalityError.
    """
    # parse_units, not parse_expression: a unit text is never evaluated as
    # arithmetic ("mg + 1 mg", "mg 3" and "1/0 mg" are errors, not amounts).
    one: PlainQuantity[float] = registry.Quantity(
        1.0, registry.parse_units(units) if isinstance(units, str) else units
    )
    try:
        return float(one.m_as(kind.unit))
    except pint.DimensionalityError:
        for unit, multiplier in kind.alternatives:
            try:
                return float(one.m_as(unit)) * multiplier
            except pint.DimensionalityError:
                continue
        raise


def _is_unit(text: str) -> bool:
    """Whether pint knows ``text`` as a unit; food measure words ("skive") are not."""
    try:
        _registry.get().parse_units(text)
    except Exception:  # noqa: BLE001 - pint's unit parser raises many types for bad text
        return False
    return True


def _from_string(text: str, name: str, kind: _Kind) -> float:
    _check_length(text, f"`{name}` as a text")
    match = _AMOUNT.match(text)
    if match is None:
        if not text.strip():
            raise InvalidAmountError(_needs(name, kind, text) + " (an empty string)")
        raise InvalidAmountError(_needs(name, kind, text) + ": could not read it")
    if _AMBIGUOUS_COMMA.match(match[1]):
        message = _needs(name, kind, text) + (
            ": the comma could be a decimal comma or a thousands separator; write "
            "the number without it or with a decimal point"
        )
        raise InvalidAmountError(message)
    number, unit_text = float(match[1].replace(",", ".")), match[2]
    if not unit_text:
        raise UnitError(_needs(name, kind, text) + ": the unit is missing")
    if _STRAY_NUMBER.search(_EXPONENTS.sub("", unit_text)):
        # A second number: "2 mg 3", "0 mg * 1", "mg/100 g". Never evaluated.
        message = _needs(name, kind, text) + ": give one number and one unit, nothing else"
        raise UnitError(message)
    scale = 1.0
    if _MEQ.search(unit_text):
        unit_text, scale = _MEQ.sub("mmol", unit_text), 1.0 / MAGNESIUM_VALENCE
    registry = _registry.get()
    try:
        factor = _factor(registry, unit_text, kind)
    except pint.DimensionalityError:
        raise UnitError(_needs(name, kind, text)) from None
    except pint.UndefinedUnitError:
        raise InvalidAmountError(_needs(name, kind, text) + ": unknown unit") from None
    except Exception:  # noqa: BLE001 - pint's unit parser raises many types for bad text
        # Not one unit: a second number, an operator ("2 mg + 1 mg", "2 mg 3").
        # pint's expression parser would evaluate these; they are refused.
        message = _needs(name, kind, text) + ": give one number and one unit, nothing else"
        raise UnitError(message) from None
    return number * scale * factor


def _from_quantity(value: pint.Quantity[Any], name: str, kind: _Kind) -> float:
    magnitude = value.magnitude
    if isinstance(magnitude, bool) or not isinstance(magnitude, numbers.Real):
        raise UnitError(_needs(name, kind, value) + " (a single real number)")
    try:
        factor = _factor(value._REGISTRY, value.units, kind)  # noqa: SLF001 - its own registry
    except pint.DimensionalityError:
        raise UnitError(_needs(name, kind, value)) from None
    return float(magnitude) * factor


def _magnitude(
    value: object,
    kind: _Kind,
    *,
    name: str,
    positive: bool = False,
    allow_none: bool = False,
    bounds: tuple[float, float] | None = None,
) -> float:
    """Read an amount and return its magnitude in ``kind.unit``.

    Accepts a pint Quantity of any registry or a string such as ``"250 mg"``;
    rejects everything else, NaN, infinities and negatives (and zero where
    ``positive``) with an error that names the argument. ``bounds`` is the
    plausible range in ``kind.unit``: a value outside it is an error, never an
    absurd result (see the Reliability page for every bound).
    """
    if isinstance(value, pint.Quantity):
        result = _from_quantity(value, name, kind)
    elif isinstance(value, str):
        result = _from_string(value, name, kind)
    elif value is None and not allow_none:
        raise UnitError(_needs(name, kind, value))
    elif isinstance(value, numbers.Number):
        raise UnitError(_needs(name, kind, value) + ": a bare number has no unit")
    else:
        raise UnitError(_needs(name, kind, value))
    if not math.isfinite(result):
        raise InvalidAmountError(_needs(name, kind, value) + ": it must be finite")
    if result < 0 or (positive and result == 0):
        sign = "positive" if positive else "zero or more"
        raise InvalidAmountError(_needs(name, kind, value) + f": it must be {sign}")
    if bounds is not None and not bounds[0] <= result <= bounds[1]:
        low, high = bounds
        message = _needs(name, kind, value) + (
            f": it is outside the plausible {low:g}-{high:g} {kind.unit} (this library's bound)"
        )
        raise InvalidAmountError(message)
    return result


def _is_array(value: object) -> bool:
    """Whether ``value`` holds many amounts: a Quantity of an array, or a pint-pandas Series."""
    if isinstance(value, pint.Quantity):
        return hasattr(value.magnitude, "__array__") and not isinstance(
            value.magnitude, numbers.Real
        )
    return str(getattr(value, "dtype", "")).startswith("pint[")


@attrs.frozen
class _Amounts:
    """Many amounts, read at once into a float array, and the type they came as.

    Results go back as the input came (MetPy's and pvlib's habit): a
    Quantity of an array, or a pint-pandas Series with the input's index and
    name. numpy and pandas are imported here only, never by ``import
    magnesium``: an array input means they are installed.
    """

    values: Any  # numpy float64 array in the kind's unit; NaN where missing
    index: Any = None  # the pandas index of a Series input, else None
    name: Any = None

    def quantity(self, values: Any, unit: str) -> Any:
        """Return ``values`` in ``unit``, as a Quantity array or a pint-pandas Series."""
        if self.index is None:
            return _quantity(values, unit)
        import pandas as pd  # noqa: PLC0415 - optional, present with a pandas input

        return pd.Series(values, index=self.index, name=self.name, dtype=f"pint[{unit}]")

    def plain(self, values: Any) -> Any:
        """Return ``values`` without a unit: an array, or a Series with the input's index."""
        if self.index is None:
            return values
        import pandas as pd  # noqa: PLC0415 - optional, present with a pandas input

        return pd.Series(values, index=self.index, name=self.name)


def _amounts(value: Any, kind: _Kind, *, name: str, positive: bool = False) -> _Amounts:
    """Read many amounts (see :func:`_is_array`) into ``kind.unit``.

    NaN is a missing value and stays NaN; a negative or infinite amount (or a
    zero where ``positive``) is an error naming the first positions.
    """
    import numpy as np  # noqa: PLC0415 - optional, present with an array input

    if isinstance(value, pint.Quantity):
        magnitudes, units, index, label = value.magnitude, value.units, None, None
    else:  # a pint-pandas Series
        magnitudes, units = value.pint.magnitude, value.pint.units
        index, label = value.index, value.name
    what = f"`{name}` needs {kind.description}"
    try:
        array = np.asarray(magnitudes, dtype=float)
        factor = _factor(units._REGISTRY, units, kind)  # noqa: SLF001 - the input's registry
    except pint.DimensionalityError:
        raise UnitError(f"{what} such as {kind.example}, got unit {str(units)!r}") from None
    except (TypeError, ValueError):
        raise UnitError(f"{what}: an array of real numbers with a unit") from None
    values = array * factor
    bad = (values < 0) | np.isinf(values)
    if positive:
        bad |= values == 0
    if bad.any():
        sign = "positive" if positive else "zero or more"
        positions = np.flatnonzero(bad)[:3].tolist()
        where = list(index[positions]) if index is not None else positions
        message = f"{what}: finite amounts, {sign}, or NaN where missing; {where} are not"
        raise InvalidAmountError(message)
    return _Amounts(values, index, label)


def _quantity(value: float, unit: str) -> PlainQuantity[float]:
    """Return ``value`` in ``unit`` as a Quantity of the application registry."""
    registry = _registry.get()
    return registry.Quantity(value, _unit(registry, unit))  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def _unit(registry: Any, unit: str) -> PlainUnit:
    return registry.parse_units(unit)  # type: ignore[no-any-return]


@overload
def to_mg(amount: str) -> PlainQuantity[float]: ...
@overload
def to_mg(amount: pd.Series[Any]) -> pd.Series[Any]: ...  # type: ignore[overload-overlap]
@overload
def to_mg(amount: object) -> PlainQuantity[Any]: ...
def to_mg(amount: object) -> Any:
    """Convert an amount of magnesium to milligrams.

    Parameters
    ----------
    amount
        A mass, an amount of substance or a string in mEq, such as
        ``"250 mg"``, ``"10 mmol"`` or ``"20 mEq"``; or many at once: a
        Quantity of an array or a pint-pandas Series (NaN stays NaN).

    Returns
    -------
    Quantity or pandas.Series
        Elemental magnesium, in the type given. [mg]

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weight of Mg, 24.305.

    Examples
    --------
    >>> to_mg("20 mEq")
    <Quantity(243.05, 'milligram')>
    >>> import numpy as np
    >>> to_mg(Quantity(np.array([1.0, 2.0, np.nan]), "mmol"))
    <Quantity([24.305 48.61    nan], 'milligram')>
    """
    if _is_array(amount):
        amounts = _amounts(amount, _MAGNESIUM, name="amount")
        return amounts.quantity(amounts.values, "mg")
    return _quantity(_magnitude(amount, _MAGNESIUM, name="amount"), "mg")


@overload
def to_mmol(amount: str) -> PlainQuantity[float]: ...
@overload
def to_mmol(amount: pd.Series[Any]) -> pd.Series[Any]: ...  # type: ignore[overload-overlap]
@overload
def to_mmol(amount: object) -> PlainQuantity[Any]: ...
def to_mmol(amount: object) -> Any:
    """Convert an amount of magnesium to millimoles.

    Parameters
    ----------
    amount
        A mass, an amount of substance or a string in mEq; or many at once,
        as for :func:`to_mg`.

    Returns
    -------
    Quantity or pandas.Series
        Magnesium, in the type given. [mmol]

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weight of Mg, 24.305.

    Examples
    --------
    >>> to_mmol("243.05 mg")
    <Quantity(10.0, 'millimole')>
    >>> import pandas as pd, pint_pandas
    >>> to_mmol(pd.Series([48.61, 97.22], index=["ann", "bo"], dtype="pint[mg]"))
    ann    2.0
    bo     4.0
    dtype: pint[millimole][Float64]
    """
    if _is_array(amount):
        amounts = _amounts(amount, _MAGNESIUM, name="amount")
        return amounts.quantity(amounts.values / MAGNESIUM_MOLAR_MASS, "mmol")
    return _quantity(_magnitude(amount, _MAGNESIUM, name="amount") / MAGNESIUM_MOLAR_MASS, "mmol")


@overload
def to_meq(amount: str) -> float: ...
@overload
def to_meq(amount: pd.Series[Any]) -> pd.Series[Any]: ...
@overload
def to_meq(amount: object) -> Any: ...
def to_meq(amount: object) -> Any:
    """Convert an amount of magnesium to milliequivalents.

    pint has no equivalent unit and this library defines none (private units
    break pickling), so the result is a plain number of mEq.

    Parameters
    ----------
    amount
        A mass, an amount of substance or a string in mEq; or many at once,
        as for :func:`to_mg`.

    Returns
    -------
    float, numpy.ndarray or pandas.Series
        Magnesium: a number for one amount, an array for a Quantity of an
        array, a Series (same index) for a pint-pandas Series. [mEq]

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weight of Mg, 24.305; Mg is divalent.

    Examples
    --------
    >>> to_meq("1 mmol")
    2.0
    """
    if _is_array(amount):
        amounts = _amounts(amount, _MAGNESIUM, name="amount")
        return amounts.plain(amounts.values / MAGNESIUM_MOLAR_MASS * MAGNESIUM_VALENCE)
    mg = _magnitude(amount, _MAGNESIUM, name="amount")
    return mg / MAGNESIUM_MOLAR_MASS * MAGNESIUM_VALENCE
