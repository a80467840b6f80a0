"""Property tests (hypothesis) of the intake sum; each quotes the rule it checks."""

from __future__ import annotations

from typing import Any

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg

_FOODS = ["almonds", "havregryn", "black beans", "spinach", "pumpkin seeds", "milk"]
_SALTS = ["magnesium citrate", "magnesium oxide", "Epsom salt", "magnesium bisglycinate"]

# A user's own registry, made once: building one takes a few hundred ms.
USER_REGISTRY: pint.UnitRegistry[Any] = pint.UnitRegistry()
masses = st.floats(min_value=0, max_value=1e4, allow_nan=False, allow_infinity=False)
grams = st.floats(min_value=0, max_value=5000, allow_nan=False)  # one food, up to 5 kg


@st.composite
def items(draw: st.DrawFn) -> mg.IntakeItem:
    kind = draw(st.sampled_from(["food", "supplement", "elemental", "water", "medicine"]))
    if kind == "food":
        return mg.food(draw(st.sampled_from(_FOODS)), f"{draw(grams)} g")
    if kind == "supplement":
        return mg.supplement(draw(st.sampled_from(_SALTS)), f"{draw(masses)} mg")
    if kind == "elemental":
        return mg.supplement(elemental=f"{draw(masses)} mg")
    if kind == "water":
        return mg.water(f"{draw(masses) / 1000} L", magnesium=f"{draw(masses) / 10} mg/L")
    return mg.medicine("magnesium hydroxide", f"{draw(masses)} mg")


days = st.lists(items(), max_size=12)


@given(st.lists(masses, max_size=8), st.sampled_from([("mg", 1.0), ("g", 1e-3), ("ug", 1e3)]))
def test_sum_does_not_depend_on_units(amounts: list[float], unit: tuple[str, float]) -> None:
    """'The sum does not change with the units the items are given in.'"""
    name, per_mg = unit
    registry = USER_REGISTRY  # a user's own registry, too
    in_mg = mg.assess_intake([mg.supplement(elemental=f"{a} mg") for a in amounts])
    other = mg.assess_intake(
        [mg.supplement(elemental=registry.Quantity(a * per_mg, name)) for a in amounts]
    )
    assert other.supplemental_mg == pytest.approx(in_mg.supplemental_mg, rel=1e-12, abs=1e-9)
    assert other.exceeds_ceiling == in_mg.exceeds_ceiling


@given(days, st.randoms(use_true_random=False))
def test_order_does_not_matter(day: list[mg.IntakeItem], random: object) -> None:
    """'The sum does not change with the order of the items' - to the last bit."""
    shuffled = list(day)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = mg.assess_intake(day), mg.assess_intake(shuffled)
    assert (a.food_mg, a.supplemental_mg) == (b.food_mg, b.supplemental_mg)
    assert a.exceeds_ceiling == b.exceeds_ceiling


@given(days, st.lists(st.tuples(st.sampled_from(_FOODS), grams), max_size=5))
def test_food_never_changes_the_ceiling_verdict(
    day: list[mg.IntakeItem], extra: list[tuple[str, float]]
) -> None:
    """'Adding food never changes the ceiling verdict' (food is outside the UL's scope)."""
    before = mg.assess_intake(day)
    after = mg.assess_intake(day + [mg.food(name, f"{grams} g") for name, grams in extra])
    assert after.exceeds_ceiling == before.exceeds_ceiling
    assert after.headroom == before.headroom
    assert after.supplemental_mg == before.supplemental_mg


@given(days, masses)
def test_supplement_never_lowers_supplemental(day: list[mg.IntakeItem], extra: float) -> None:
    """'Adding supplement never lowers supplemental' magnesium nor the verdict."""
    before = mg.assess_intake(day)
    after = mg.assess_intake([*day, mg.supplement(elemental=f"{extra} mg")])
    assert after.supplemental_mg >= before.supplemental_mg
    assert after.exceeds_ceiling >= before.exceeds_ceiling
    assert after.headroom is not None
    assert before.headroom is not None  # adults: the ceiling is always there
    assert after.headroom <= before.headroom


@given(days)
def test_headroom_and_excess_are_consistent(day: list[mg.IntakeItem]) -> None:
    """'Headroom is never negative', and headroom or excess is zero."""
    report = mg.assess_intake(day)
    assert report.headroom is not None
    assert report.excess is not None
    headroom, excess = report.headroom.m_as("mg"), report.excess.m_as("mg")
    assert headroom >= 0
    assert excess >= 0
    assert headroom == 0 or excess == 0
    if not report.exceeds_ceiling and headroom > 0:
        assert report.supplemental_mg + headroom == pytest.approx(250)
