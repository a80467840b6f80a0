"""Tests for magnesium.units: reading amounts and mmol/mg/mEq conversions."""

from __future__ import annotations

import math
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd
import pint
import pint_pandas  # registers the pint[...] dtypes
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import _units
from magnesium.frame import _columns
from magnesium.units import MAGNESIUM_MOLAR_MASS

APP = pint.get_application_registry()  # type: ignore[no-untyped-call]


def test_molar_mass_is_iupac_2021() -> None:
    """The molar mass of magnesium is the IUPAC 2021 standard atomic weight, 24.305."""
    assert MAGNESIUM_MOLAR_MASS == 24.305  # IUPAC 2021 abridged


@pytest.mark.parametrize(
    ("text", "mg_expected"),
    [
        ("250 mg", 250.0),
        ("0.25 g", 250.0),
        ("250000 ug", 250.0),
        ("250000 µg", 250.0),
        ("250mg", 250.0),
        (" 2.5e2 mg ", 250.0),
        ("1 mmol", 24.305),  # 1 mmol = 24.305 mg (IUPAC molar mass)
        ("2 mEq", 24.305),  # divalent: 2 mEq = 1 mmol
        ("20 meq", 243.05),
    ],
)
def test_strings_are_read_in_any_unit(text: str, mg_expected: float) -> None:
    """A string amount is read in any mass, substance or mEq unit."""
    assert _units.magnitude(text, _units.MAGNESIUM, name="x") == pytest.approx(
        mg_expected, rel=1e-12
    )


def test_user_registry_quantities_work() -> None:
    """Quantities from a user's own pint registry are accepted."""
    own: pint.UnitRegistry[Any] = pint.UnitRegistry()
    assert _units.magnitude(own.Quantity(0.25, "g"), _units.MASS, name="x") == pytest.approx(250.0)
    item = mg.supplement("magnesium oxide", own.Quantity(400, "mg"))
    assert item.elemental.m_as("mg") == pytest.approx(400 * 24.305 / (24.305 + 15.999))


def test_application_registry_quantities_work() -> None:
    """Quantities of pint's application registry are accepted."""
    q = APP.Quantity(1.5, "L")
    assert _units.magnitude(q, _units.VOLUME, name="x") == 1.5


@pytest.mark.parametrize(
    ("text", "mg_per_l"),
    [
        ("100 mg/L", 100.0),
        ("10 mg/dL", 100.0),
        ("1 mmol/L", 24.305),
        ("2 mEq/L", 24.305),
    ],
)
def test_concentrations(text: str, mg_per_l: float) -> None:
    """Concentrations are read as mass or substance per volume, and mEq per volume."""
    assert _units.magnitude(text, _units.CONCENTRATION, name="x") == pytest.approx(mg_per_l)


@pytest.mark.parametrize(
    ("value", "error", "match"),
    [
        (250, mg.UnitError, r"`dose` needs a mass such as \"250 mg\", got 250: a bare number"),
        (2.5, mg.UnitError, "bare number"),
        (Decimal("2.5"), mg.UnitError, "bare number"),
        (Fraction(1, 2), mg.UnitError, "bare number"),
        (None, mg.UnitError, "got None"),
        ([250], mg.UnitError, "needs a mass"),
        ("30 mL", mg.UnitError, r'got "30 mL"'),
        ("250", mg.UnitError, "the unit is missing"),
        ("", mg.InvalidAmountError, "empty"),
        ("   ", mg.InvalidAmountError, "empty"),
        ("mg", mg.InvalidAmountError, "could not read"),
        ("lots", mg.InvalidAmountError, "could not read"),
        ("5 blorps", mg.InvalidAmountError, "unknown unit"),
        ("-5 mg", mg.InvalidAmountError, "zero or more"),
        ("nan mg", mg.InvalidAmountError, "finite"),
        ("inf mg", mg.InvalidAmountError, "finite"),
        ("-inf mg", mg.InvalidAmountError, "finite"),
    ],
)
def test_bad_amounts_raise_clear_errors(value: object, error: type[Exception], match: str) -> None:
    """Bare numbers, None, wrong dimensions, garbage, negatives, NaN and inf are refused."""
    with pytest.raises(error, match=match):
        _units.magnitude(value, _units.MASS, name="dose")


def test_bad_quantities_raise_clear_errors() -> None:
    """Quantities with a wrong dimension, NaN, a negative or array magnitude are refused."""
    registry = APP
    with pytest.raises(mg.UnitError, match="needs a mass"):
        _units.magnitude(registry.Quantity(30, "mL"), _units.MASS, name="dose")
    with pytest.raises(mg.InvalidAmountError, match="finite"):
        _units.magnitude(registry.Quantity(float("nan"), "mg"), _units.MASS, name="dose")
    with pytest.raises(mg.InvalidAmountError, match="zero or more"):
        _units.magnitude(registry.Quantity(-1, "mg"), _units.MASS, name="dose")
    with pytest.raises(mg.UnitError, match="single real number"):
        _units.magnitude(registry.Quantity(1 + 2j, "mg"), _units.MASS, name="dose")


def test_zero_is_refused_where_meaningless() -> None:
    """Zero is refused where an amount must be positive (a body weight)."""
    with pytest.raises(mg.InvalidAmountError, match="positive"):
        mg.fluid_target("0 kg")


def test_errors_are_builtin_exceptions_too() -> None:
    """Unit errors are TypeErrors and amount errors ValueErrors, as pint's are."""
    assert issubclass(mg.UnitError, TypeError)
    assert issubclass(mg.InvalidAmountError, ValueError)
    assert issubclass(mg.UnknownNameError, LookupError)


@pytest.mark.parametrize(
    ("amount", "mg_expected", "mmol_expected", "meq_expected"),
    [
        # 1 mmol Mg = 24.305 mg = 2 mEq (IUPAC molar mass; divalent ion)
        ("24.305 mg", 24.305, 1.0, 2.0),
        ("1 mmol", 24.305, 1.0, 2.0),
        ("2 mEq", 24.305, 1.0, 2.0),
        ("0.5 g", 500.0, 500 / 24.305, 1000 / 24.305),
    ],
)
def test_conversions(
    amount: str, mg_expected: float, mmol_expected: float, meq_expected: float
) -> None:
    """to_mg, to_mmol and to_meq agree with the molar mass and valence."""
    assert mg.to_mg(amount).m_as("mg") == pytest.approx(mg_expected)
    assert mg.to_mmol(amount).m_as("mmol") == pytest.approx(mmol_expected)
    assert mg.to_meq(amount) == pytest.approx(meq_expected)


def test_results_are_application_registry_quantities() -> None:
    """Results are Quantities of pint's application registry, and pickle."""
    result = mg.to_mg("1 mmol")
    assert result._REGISTRY is APP.get()
    assert pickle.loads(pickle.dumps(result)) == result


# --- many amounts at once: types in, same types out (MetPy and pvlib habits) --


def test_arrays_convert_elementwise_and_keep_nan() -> None:
    """A Quantity of an array gives a Quantity array; NaN (missing) stays NaN."""
    amounts = APP.Quantity(np.array([1.0, 2.0, np.nan]), "mmol")
    result = mg.to_mg(amounts)
    assert isinstance(result, pint.Quantity)
    assert str(result.units) == "milligram"
    # 1 mmol = 24.305 mg (IUPAC 2021)
    np.testing.assert_allclose(result.magnitude, [24.305, 48.61, np.nan], rtol=1e-12)
    np.testing.assert_allclose(mg.to_mmol(result).magnitude, [1.0, 2.0, np.nan])
    np.testing.assert_allclose(mg.to_meq(amounts), [2.0, 4.0, np.nan])  # divalent


def test_arrays_from_a_users_own_registry() -> None:
    """An array Quantity of another registry converts into the application registry."""
    own: pint.UnitRegistry[Any] = pint.UnitRegistry()
    result = mg.to_mg(own.Quantity(np.array([0.25, 1.0]), "g"))
    assert result._REGISTRY is APP.get()
    np.testing.assert_allclose(result.magnitude, [250.0, 1000.0])


def test_pint_pandas_series_keep_index_and_name() -> None:
    """A pint-pandas Series gives a Series with the same index and name."""
    doses = pd.Series([243.05, np.nan], index=["ann", "bo"], name="dose", dtype="pint[mg]")
    mmol = mg.to_mmol(doses)
    assert isinstance(mmol.dtype, pint_pandas.PintType)  # its text differs across versions
    assert str(mmol.pint.units) == "millimole"
    assert list(mmol.index) == ["ann", "bo"]
    assert mmol.name == "dose"
    np.testing.assert_allclose(mmol.pint.magnitude.to_numpy(float), [10.0, np.nan])
    meq = mg.to_meq(doses)
    assert meq.dtype == float
    assert meq.to_dict() == pytest.approx({"ann": 20.0, "bo": np.nan}, nan_ok=True)


@pytest.mark.parametrize(
    ("amounts", "error", "match"),
    [
        (APP.Quantity(np.array([1.0, -1.0, np.inf]), "mg"), mg.InvalidAmountError,
         r"\[1, 2\] are not"),
        (APP.Quantity(np.array([1.0]), "mL"), mg.UnitError, "got unit 'milliliter'"),
        (pd.Series([5.0, -5.0], index=["a", "b"], dtype="pint[mg]"), mg.InvalidAmountError,
         r"\['b'\] are not"),
        (APP.Quantity(np.array(["a"], dtype=object), "mg"), mg.UnitError, "real numbers"),
    ],
)  # fmt: skip
def test_array_errors(amounts: Any, error: type[Exception], match: str) -> None:
    """Negative or infinite amounts name their positions; a wrong dimension is a UnitError."""
    with pytest.raises(error, match=match):
        mg.to_mg(amounts)


def test_a_plain_series_needs_a_unit() -> None:
    """A Series without a pint dtype is a bare number: refused, as a float is."""
    with pytest.raises(mg.UnitError):
        mg.to_mg(pd.Series([250.0]))


@given(st.lists(st.floats(0, 1e6), min_size=1, max_size=20), st.sampled_from(["mg", "g", "mmol"]))
def test_arrays_agree_with_one_at_a_time(values: list[float], unit: str) -> None:
    """Each element of an array result is the scalar result of that element."""
    many = mg.to_mg(APP.Quantity(np.array(values), unit)).magnitude
    one = [mg.to_mg(APP.Quantity(value, unit)).magnitude for value in values]
    assert many.tolist() == one  # the same multiplication, exactly


_LIMITS = st.floats(min_value=0.0, max_value=1e6, allow_nan=False)


@given(_LIMITS, st.floats(min_value=-1e-8, max_value=1e-8), _LIMITS)
def test_one_tolerance_rule_for_one_value_and_a_column(
    limit: float, relative: float, other: float
) -> None:
    """The ceiling's "equal within float noise" is math.isclose in both paths (issue 25)."""
    for value in (limit * (1 + relative), other):
        expected_near = math.isclose(value, limit, rel_tol=_units.REL_TOL)
        assert _units.near(value, limit) is expected_near
        assert _units.above(value, limit) is (value > limit and not expected_near)
        column = _columns.near_array(np.array([value, np.nan]), np.array([limit, limit]))
        assert column.tolist() == [expected_near, False]
        over = _columns.above_array(np.array([value, np.nan]), np.array([limit, limit]))
        assert over.tolist() == [_units.above(value, limit), False]


def test_two_hundred_fifty_mg_in_any_unit_is_at_the_ceiling_not_above() -> None:
    for given_as in ("0.25 g", "250000 ug", "0.00025 kg"):
        mg = _units.magnitude(given_as, _units.MAGNESIUM, name="x")
        assert _units.near(mg, 250.0)
        assert not _units.above(mg, 250.0)
    assert _units.near(250.0 * (1 + 5e-10), 250.0)
    assert not _units.near(250.0 * (1 + 2e-9), 250.0)
    assert _units.above(250.0 * (1 + 2e-9), 250.0)
