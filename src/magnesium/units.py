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

from typing import TYPE_CHECKING, Any, Final, overload

import pint

from magnesium import _units

if TYPE_CHECKING:
    import pandas as pd
    from pint.facets.plain import PlainQuantity

__all__ = [
    "MAGNESIUM_MOLAR_MASS",
    "MAGNESIUM_VALENCE",
    "Amount",
    "Quantity",
    "to_meq",
    "to_mg",
    "to_mmol",
]

#: The type of the quantities this library returns.
Quantity = pint.Quantity

#: An amount as the public functions take it: a pint Quantity (from any
#: registry) or a text such as ``"250 mg"``; a bare number is a type error.
Amount = _units.Amount

#: Standard atomic weight of magnesium, in g/mol (= mg/mmol). IUPAC 2021
#: abridged value; source key ``IUPAC2021``.
MAGNESIUM_MOLAR_MASS: Final = _units.MAGNESIUM_MOLAR_MASS

#: Charge of the magnesium ion: 1 mmol = 2 mEq.
MAGNESIUM_VALENCE: Final = _units.MAGNESIUM_VALENCE


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
    >>> to_mg(Quantity(np.array([1.0, 2.0, np.nan]), "mmol")).m_as("mg")
    array([24.305, 48.61 ,    nan])
    """
    if _units.is_array(amount):
        amounts = _units.amounts(amount, _units.MAGNESIUM, name="amount")
        return amounts.quantity(amounts.values, "mg")
    return _units.quantity(_units.magnitude(amount, _units.MAGNESIUM, name="amount"), "mg")


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
    if _units.is_array(amount):
        amounts = _units.amounts(amount, _units.MAGNESIUM, name="amount")
        return amounts.quantity(amounts.values / MAGNESIUM_MOLAR_MASS, "mmol")
    return _units.quantity(
        _units.magnitude(amount, _units.MAGNESIUM, name="amount") / MAGNESIUM_MOLAR_MASS, "mmol"
    )


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
    if _units.is_array(amount):
        amounts = _units.amounts(amount, _units.MAGNESIUM, name="amount")
        return amounts.plain(amounts.values / MAGNESIUM_MOLAR_MASS * MAGNESIUM_VALENCE)
    mg = _units.magnitude(amount, _units.MAGNESIUM, name="amount")
    return mg / MAGNESIUM_MOLAR_MASS * MAGNESIUM_VALENCE
