"""The cohort path's array kernels against the plain formulas they replace, to the bit.

Each kernel was written for speed (issue 25's 1.2x goal) and must give what
the plain numpy formula gives, value for value: the cohort's results may not
change with them. The plain formulas are written here, independently.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from magnesium import Authority
from magnesium.frame import _columns
from magnesium.labs import _labs
from magnesium.reference import _reference

# The constants of the CKD-EPI 2021 creatinine equation (Inker et al., N Engl J Med 2021),
# female then male.
_KAPPA, _ALPHA, _SEX = (0.7, 0.9), (-0.241, -0.302), (1.012, 1.0)


def _rounded_by_logarithm(values: np.ndarray) -> np.ndarray:
    """12 significant digits: v * 10**(11 - floor(log10|v|)), rounded, scaled back."""
    with np.errstate(divide="ignore", invalid="ignore"):
        decade = np.floor(np.log10(np.abs(values)))
    exponent = np.where(np.isfinite(decade), 11 - decade, 0).clip(-300, 300)
    scale = 10.0 ** exponent.astype(int)
    return np.rint(values * scale) / scale


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a.view(np.int64), b.view(np.int64)) or (
        np.array_equal(a, b, equal_nan=True) and (np.signbit(a) == np.signbit(b)).all()
    ))  # fmt: skip


def test_rounding_near_every_power_of_ten_is_the_logarithms() -> None:
    """Up to 64 steps of the last bit either side of each power of ten, 1e-307 to 1e308."""
    powers = 10.0 ** np.arange(-307, 309)
    values = np.concatenate([_neighbours(p, 64) for p in powers])
    assert values.size == powers.size * 129
    with np.errstate(over="ignore"):
        assert _same_bits(_columns.rounded(values), _rounded_by_logarithm(values))
        assert _same_bits(_columns.rounded(-values), _rounded_by_logarithm(-values))


def _neighbours(value: float, k: int) -> np.ndarray:
    """``value`` and its ``k`` nearest floats on each side."""
    down = [value]
    up = [value]
    for _ in range(k):
        down.append(np.nextafter(down[-1], -np.inf))
        up.append(np.nextafter(up[-1], np.inf))
    return np.array(down[::-1] + up[1:])


@pytest.mark.parametrize(
    "value",
    [0.0, -0.0, np.nan, np.inf, -np.inf, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308],
)
def test_rounding_keeps_zeros_infinities_nan_and_extremes(value: float) -> None:
    values = np.array([value])
    with np.errstate(over="ignore"):
        assert _same_bits(_columns.rounded(values), _rounded_by_logarithm(values))


@given(hnp.arrays(np.float64, st.integers(0, 40), elements=st.floats(allow_subnormal=True)))
def test_rounding_of_any_floats_is_the_logarithms(values: np.ndarray) -> None:
    with np.errstate(over="ignore", invalid="ignore"):
        assert _same_bits(_columns.rounded(values.copy()), _rounded_by_logarithm(values))


def test_rounding_takes_twelve_significant_digits() -> None:
    """The point of it, by hand: unit-conversion noise goes, the twelfth digit stays."""
    values = np.array([0.1 + 0.2, 59.99999999999999, 1234.56789012345, 0.000123456789012345])
    expected = np.array([0.3, 60.0, 1234.56789012, 0.000123456789012])
    assert (_columns.rounded(values) == expected).all()


_EDGES = [float(e) for e in _columns._age_edges() if np.isfinite(e)]
_AGES = st.one_of(
    st.floats(0, 130),
    st.sampled_from(_EDGES),
    st.sampled_from(_EDGES).map(lambda edge: float(np.nextafter(edge, -np.inf))),
    st.sampled_from([np.nan, np.inf]),
)


@given(st.lists(_AGES))
def test_age_slots_are_a_binary_search(ages: list[float]) -> None:
    years = np.array(ages, dtype=float)
    edges = _columns._age_edges()
    assert (_columns.age_slots(years) == np.searchsorted(edges, years, side="right")).all()


@pytest.mark.parametrize("authority", list(Authority))
def test_every_tables_lookup_by_slots_is_its_own_search(authority: Authority) -> None:
    """The edges of every authority's tables, their neighbours, and ages between."""
    edges = _columns._age_edges()
    finite = edges[np.isfinite(edges)]
    years = np.concatenate([
        finite, np.nextafter(finite, -np.inf), np.nextafter(finite, np.inf),
        np.linspace(0, 130, 1301), [np.nan],
    ])  # fmt: skip
    _, intakes, _, _ = _reference.INTAKES[authority]
    upper, _, _ = _reference.UPPER[authority]
    slots = _columns.age_slots(years)
    for rows in (intakes, upper):
        for sex in (-1, 0, 1):
            for stage in (0, 1, 2):
                plain = _columns.table_lookup(rows, years, sex, stage)
                by_slots = _columns.table_lookup(rows, years, sex, stage, slots)
                np.testing.assert_array_equal(by_slots, plain)


def test_a_table_with_its_own_edges_is_searched_directly() -> None:
    """2.5 years is no edge of the library's tables: the slots cannot serve it."""
    rows = (_reference.Row(0.0, 2.5, None, _reference.Stage.NONE, 1.0, "0-2.5 years"),)
    years = np.array([1.0, 2.4, 2.5, np.nan])
    assert _columns._slot_intervals(rows) is None
    looked_up = _columns.table_lookup(rows, years, -1, 0, _columns.age_slots(years))
    np.testing.assert_array_equal(looked_up, [1.0, 1.0, np.nan, np.nan])


@given(
    hnp.arrays(np.float64, 30, elements=st.floats(0.01, 30)),
    hnp.arrays(np.float64, 30, elements=st.floats(0, 120)),
    hnp.arrays(bool, 30),
)
def test_ckd_epi_in_one_power_is_the_two_powers_of_inker_2021(
    scr: np.ndarray, years: np.ndarray, female: np.ndarray
) -> None:
    """min(Scr/kappa, 1)**alpha * max(Scr/kappa, 1)**-1.200, to the last bit."""
    kappa = np.where(female, *_KAPPA)
    ratio = scr / kappa
    two_powers = (
        142
        * np.minimum(ratio, 1.0) ** np.where(female, *_ALPHA)
        * np.maximum(ratio, 1.0) ** -1.200
        * 0.9938**years
        * np.where(female, *_SEX)
    )
    expected = np.where(years >= 18, two_powers, np.nan)
    np.testing.assert_array_equal(_labs.ckd_epi_array(scr, years, female), expected)


@given(hnp.arrays(np.float64, st.integers(0, 30), elements=st.floats(0, 12)), st.booleans())
def test_serum_classes_of_a_column_are_each_values(mmol: np.ndarray, rosanoff: bool) -> None:
    order = list(_labs.SerumClass)
    expected = [order.index(_labs.serum_class(v, rosanoff_2022=rosanoff)) for v in mmol]
    assert _labs.serum_class_codes(mmol, rosanoff_2022=rosanoff).tolist() == expected


@pytest.mark.parametrize("rosanoff", [False, True])
def test_serum_classes_at_their_edges_and_without_a_value(rosanoff: bool) -> None:
    edges = [0.5, 0.6, 0.75, 0.85, 0.95, 1.0, 1.75]
    values = np.array([*edges, *np.nextafter(edges, 0), *np.nextafter(edges, 9), np.nan])
    order = list(_labs.SerumClass)
    codes = _labs.serum_class_codes(values, rosanoff_2022=rosanoff)
    expected = [order.index(_labs.serum_class(v, rosanoff_2022=rosanoff)) for v in values[:-1]]
    assert codes.tolist() == [*expected, -1]


def test_the_age_edges_fit_the_slots_small_integers() -> None:
    """age_slots counts edges in int8: every table's edges together stay under 128."""
    edges = _columns._age_edges()
    assert len(edges) < np.iinfo(np.int8).max
    assert (np.diff(edges) > 0).all()
    assert _columns.age_slots(np.array([np.nan, np.inf, 0.0])).tolist() == [len(edges)] * 2 + [1]
