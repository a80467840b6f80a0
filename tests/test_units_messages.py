"""The exact error text of every way an amount can be wrong (issue 14: messages pinned).

Each expected message is written from the rule it states (what was
expected, an example, the input quoted, why it was refused), so that a
changed word, a lost argument name or a lost quote fails a test.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pint
import pint_pandas  # noqa: F401 - registers the pint[...] dtypes
import pytest

import magnesium as mg
from magnesium import _units

ureg = pint.get_application_registry()  # type: ignore[no-untyped-call]
NEEDS = '`amount` needs a mass such as "250 mg", got '


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("", mg.InvalidAmountError, NEEDS + '"" (an empty string)'),
        ("  ", mg.InvalidAmountError, NEEDS + '"  " (an empty string)'),
        ("abc", mg.InvalidAmountError, NEEDS + '"abc": could not read it'),
        (
            "1,500 mg",
            mg.InvalidAmountError,
            NEEDS + '"1,500 mg": the comma could be a decimal comma or a thousands '
            "separator; write the number without it or with a decimal point",
        ),
        ("250", mg.UnitError, NEEDS + '"250": the unit is missing'),
        ("2 mg 3", mg.UnitError, NEEDS + '"2 mg 3": give one number and one unit, nothing else'),
        ("2 mg +", mg.UnitError, NEEDS + '"2 mg +": give one number and one unit, nothing else'),
        ("2 L", mg.UnitError, NEEDS + '"2 L"'),
        ("2 blorp", mg.InvalidAmountError, NEEDS + '"2 blorp": unknown unit'),
        ("inf mg", mg.InvalidAmountError, NEEDS + '"inf mg": it must be finite'),
        ("-1 mg", mg.InvalidAmountError, NEEDS + '"-1 mg": it must be zero or more'),
        (None, mg.UnitError, NEEDS + "None"),
        (5, mg.UnitError, NEEDS + "5: a bare number has no unit"),
        ([1], mg.UnitError, NEEDS + "[1]"),
        (
            ureg.Quantity(1 + 2j, "mg"),
            mg.UnitError,
            NEEDS + "<Quantity((1+2j), 'milligram')> (a single real number)",
        ),
        (ureg.Quantity(2, "L"), mg.UnitError, NEEDS + "<Quantity(2, 'liter')>"),
    ],
)
def test_each_refusal_says_what_was_expected(value: object, error: type, message: str) -> None:
    with pytest.raises(error) as caught:
        _units.magnitude(value, _units.MASS, name="amount")
    assert str(caught.value) == message


def test_zero_where_positive_and_outside_the_bounds() -> None:
    with pytest.raises(mg.InvalidAmountError) as caught:
        _units.magnitude("0 mg", _units.MASS, name="amount", positive=True)
    assert str(caught.value) == NEEDS + '"0 mg": it must be positive'
    with pytest.raises(mg.InvalidAmountError) as caught:
        _units.magnitude("11 mg", _units.MASS, name="amount", bounds=(0.0, 10.0))
    assert str(caught.value) == (
        NEEDS + '"11 mg": it is outside the plausible 0-10 mg (this library\'s bound)'
    )
    assert _units.magnitude("10 mg", _units.MASS, name="amount", bounds=(0.0, 10.0)) == 10.0


def test_a_long_text_is_refused_by_its_length_first() -> None:
    text = "1" * 201
    with pytest.raises(mg.InputTooLongError) as caught:
        _units.magnitude(text, _units.MASS, name="amount")
    assert str(caught.value) == (
        f"`amount` as a text of at most 200 characters expected, got one of 201: {text[:40]!r}..."
    )


def test_a_numpy_scalar_is_one_amount_not_an_array() -> None:
    """A Quantity of a numpy float is a single amount (it has __array__ but is a real)."""
    one = ureg.Quantity(np.float64(2.0), "mg")
    assert not _units.is_array(one)
    assert _units.is_array(ureg.Quantity(np.array([2.0]), "mg"))
    assert _units.magnitude(one, _units.MASS, name="amount") == 2.0


def _series(values: list[float], unit: str = "mg") -> Any:
    return pd.Series(values, index=["a", "b", "c", "d", "e"][: len(values)], name="dose",
                     dtype=f"pint[{unit}]")  # fmt: skip


def test_many_amounts_name_the_first_three_bad_positions() -> None:
    with pytest.raises(mg.InvalidAmountError) as caught:
        _units.amounts(_series([-1.0, 1.0, -2.0, -3.0, -4.0]), _units.MASS, name="amount")
    assert str(caught.value) == (
        "`amount` needs a mass: finite amounts, zero or more, or NaN where missing; "
        "['a', 'c', 'd'] are not"
    )
    with pytest.raises(mg.InvalidAmountError) as caught:
        _units.amounts(ureg.Quantity(np.array([1.0, 0.0, np.inf]), "mg"), _units.MASS,
                       name="amount", positive=True)  # fmt: skip
    assert str(caught.value) == (
        "`amount` needs a mass: finite amounts, positive, or NaN where missing; [1, 2] are not"
    )
    with pytest.raises(mg.UnitError) as wrong_unit:
        _units.amounts(_series([1.0], "L"), _units.MASS, name="amount")
    assert str(wrong_unit.value) == "`amount` needs a mass such as \"250 mg\", got unit 'liter'"


def test_zero_is_allowed_unless_positive() -> None:
    values = _units.amounts(ureg.Quantity(np.array([0.0, 1.0]), "mg"), _units.MASS, name="a")
    assert values.values.tolist() == [0.0, 1.0]


def test_plain_results_keep_the_index_and_name() -> None:
    """Results without a unit come back as the Series came: its index and its name."""
    meq = mg.to_meq(_series([24.305, 48.61]))
    assert meq.index.tolist() == ["a", "b"]
    assert meq.name == "dose"
    assert meq.tolist() == pytest.approx([2.0, 4.0])
