"""Tests for magnesium.intake: items, the day's sum and the ceiling."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import pytest

import magnesium as mg
from magnesium.compounds import COMPOUNDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from pint.facets.plain import PlainQuantity


def _mg(value: mg.ReferenceValue | PlainQuantity[float] | None) -> float:
    """The ceiling, headroom or excess in mg: present for everyone from age 4."""
    assert value is not None
    return value.value_mg if isinstance(value, mg.ReferenceValue) else float(value.m_as("mg"))


def issue_day() -> list[mg.IntakeItem]:
    """The day of the foundation issue."""
    return [
        mg.food("almonds", "30 g"),
        mg.food("mandler", "30 g"),
        mg.food("black beans, cooked", "1 dl"),
        mg.supplement("magnesium citrate", "1.5 g"),
        mg.supplement("magnesium bisglycinate", elemental="100 mg"),
        mg.water("1.5 L", magnesium="100 mg/L"),
        mg.medicine("magnesium hydroxide", "500 mg"),
    ]


def test_issue_day_sums() -> None:
    """The issue's day: food, supplemental and total, by hand from the sources."""
    citrate = 1500 * COMPOUNDS["citrate_tmdc_anhydrous"].magnesium_fraction
    hydroxide = 500 * 24.305 / (24.305 + 2 * (15.999 + 1.008))  # Mg(OH)2, IUPAC weights
    beans = 70 * (172 / 236.5882365 * 100) / 100  # USDA 16015: 70 mg/100 g, 172 g/cup
    # USDA 12061 almonds: 270 mg/100 g x 30 g; "mandler" is Danish, so Frida 35
    # (Mandel, rå): 263.75 mg/100 g x 30 g (README of the data)
    food_mg = 81 + 263.75 * 0.3 + beans
    supplemental_mg = citrate + 100 + 150 + hydroxide
    report = mg.assess_intake(issue_day(), sex="male", age=40)
    assert report.food.m_as("mg") == pytest.approx(food_mg)
    assert report.supplemental.m_as("mg") == pytest.approx(supplemental_mg)
    assert report.total.m_as("mg") == pytest.approx(food_mg + supplemental_mg)
    assert _mg(report.ceiling) == 250  # SCF 2001 / EFSA
    assert report.exceeds_ceiling
    assert _mg(report.headroom) == 0
    assert _mg(report.excess) == pytest.approx(supplemental_mg - 250)
    assert report.reference is not None
    assert report.reference.value_mg == 350  # EFSA 2015, men
    assert report.coverage == pytest.approx((food_mg + supplemental_mg) / 350)


def test_food_never_counts_toward_the_ceiling() -> None:
    """A day of food only has zero supplemental magnesium, whatever its size."""
    report = mg.assess_intake([mg.food("pumpkin seeds", "500 g")])
    assert report.food.m_as("mg") == pytest.approx(2750)  # 550 mg/100 g (USDA 12016)
    assert report.supplemental.m_as("mg") == 0
    assert not report.exceeds_ceiling
    assert _mg(report.headroom) == 250


@pytest.mark.parametrize("amount", ["250 mg", "0.25 g", "250000 ug", "250000 µg", "0.00025 kg"])
def test_exactly_at_the_ceiling_is_not_over(amount: str) -> None:
    """250 mg in any unit is at, not over, the ceiling."""
    report = mg.assess_intake([mg.supplement(elemental=amount)])
    assert not report.exceeds_ceiling
    assert _mg(report.headroom) == 0
    assert _mg(report.excess) == 0


def test_split_doses_reach_the_ceiling_exactly() -> None:
    """Ten doses of 25 mg (0.1 + 0.2 style float sums) land exactly on the ceiling."""
    report = mg.assess_intake([mg.supplement(elemental="0.025 g")] * 10)
    assert not report.exceeds_ceiling
    assert _mg(report.headroom) == 0


def test_just_over_the_ceiling() -> None:
    """251 mg is over, by 1 mg."""
    report = mg.assess_intake([mg.supplement(elemental="251 mg")])
    assert report.exceeds_ceiling
    assert _mg(report.excess) == pytest.approx(1)


def test_us_ceiling_is_350() -> None:
    """With the US authority the ceiling is 350 mg (IOM 1997)."""
    report = mg.assess_intake([mg.supplement(elemental="300 mg")], age=40, authority="US")
    assert _mg(report.ceiling) == 350
    assert not report.exceeds_ceiling
    assert _mg(report.headroom) == pytest.approx(50)


def test_without_person() -> None:
    """Without age the adult ceiling is used; without sex no reference; both are said."""
    report = mg.assess_intake([mg.food("almonds", "30 g")])
    assert _mg(report.ceiling) == 250
    assert report.reference is None
    assert report.coverage is None
    assert any("age not given" in str(a) for a in report.assumptions)
    assert any("no reference intake" in str(a) for a in report.assumptions)


@pytest.mark.parametrize("authority", ["EFSA", "NNR2023"])
@pytest.mark.parametrize("age", [1, 2, 3, 3.99])
def test_toddler_has_no_eu_ceiling(age: float, authority: str) -> None:
    """Ages 1-3 have no EU upper level (SCF 2001 set one from age 4): a report, no ceiling."""
    day = [mg.food("almonds", "10 g"), mg.supplement(elemental="100 mg")]
    report = mg.assess_intake(day, sex="female", age=age, authority=authority)
    assert report.ceiling is None
    assert report.exceeds_ceiling is False
    assert report.headroom is None
    assert report.excess is None
    assert report.supplemental.m_as("mg") == 100
    (why,) = report.assumptions
    assert "no ceiling to compare with" in str(why)
    assert "65 mg/day" in str(why)  # points at the US UL (IOM 1997)
    assert "no ceiling for this age" in report.to_text()


def test_toddler_us_upper_level() -> None:
    """The US UL at ages 1-3 is 65 mg/day of supplemental magnesium (IOM 1997, NIH ODS)."""
    day = [mg.supplement(elemental="100 mg")]
    report = mg.assess_intake(day, sex="male", age=2, authority="US")
    assert report.ceiling is not None
    assert report.ceiling.value.m_as("mg/day") == 65
    assert report.exceeds_ceiling
    assert report.excess is not None
    assert _mg(report.excess) == 35


@pytest.mark.parametrize("authority", ["EFSA", "NNR2023", "US"])
def test_infant_has_no_reference(authority: str) -> None:
    """Under 1 year no authority sets an upper level (IOM 1997): the error says so."""
    with pytest.raises(mg.NoReferenceValueError, match=r"under 1 year.*doctor"):
        mg.assess_intake([], sex="female", age=0.5, authority=authority)


def test_empty_day() -> None:
    """An empty day sums to zero with the whole ceiling as headroom."""
    report = mg.assess_intake([], sex="female", age=30)
    assert report.total.m_as("mg") == 0
    assert _mg(report.headroom) == 250
    assert report.coverage == 0


def test_items_must_be_items() -> None:
    """assess_intake refuses anything that is not an intake item."""
    with pytest.raises(TypeError, match="intake items"):
        mg.assess_intake(["almonds"])  # type: ignore[list-item]


def test_item_kinds_and_ceiling_flags() -> None:
    """Supplements, water and medicines count toward the ceiling; food does not."""
    kinds = {i.kind: i.counts_toward_ceiling for i in issue_day()}
    assert kinds == {
        mg.ItemKind.FOOD: False,
        mg.ItemKind.SUPPLEMENT: True,
        mg.ItemKind.WATER: True,
        mg.ItemKind.MEDICINE: True,
    }


def test_items_are_frozen_and_explained() -> None:
    """Items are immutable, explain their figure and cite their sources."""
    item = mg.food("almonds", "30 g")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        item.elemental_mg = 0  # type: ignore[misc]
    assert "12061" in str(item.explanation)
    assert item.sources == ("USDASR28",)
    assert all(s in mg.SOURCES for i in issue_day() for s in i.sources)


def test_article_portion_cites_the_article() -> None:
    """A food counted by an article portion cites the article too."""
    assert mg.food("almonds", "1 small handful").sources == ("USDASR28", "ARTICLE")


def test_supplement_needs_exactly_one_amount() -> None:
    """A supplement takes the compound mass or the elemental mass, not both or neither."""
    with pytest.raises(TypeError, match="not both or neither"):
        mg.supplement("magnesium citrate")
    with pytest.raises(TypeError, match="not both or neither"):
        mg.supplement("magnesium citrate", "1 g", elemental="100 mg")
    with pytest.raises(TypeError, match="needs the compound's name"):
        mg.supplement(None, "1 g")


def test_elemental_in_mmol() -> None:
    """Elemental magnesium may be given in mmol or mEq (1 mmol = 24.305 mg)."""
    assert mg.supplement(elemental="10 mmol").elemental.m_as("mg") == pytest.approx(243.05)
    assert mg.medicine("magnesium oxide", elemental="20 mEq").elemental_mg == pytest.approx(243.05)


def test_compound_mass_must_be_a_mass() -> None:
    """A compound given in mmol is refused: its molar mass differs from magnesium's."""
    with pytest.raises(mg.UnitError, match="needs a mass"):
        mg.supplement("magnesium citrate", "2 mmol")


def test_water_in_mmol_per_litre() -> None:
    """Mineral water concentrations in mmol/L are converted with Mg's molar mass."""
    item = mg.water("1 L", magnesium="4 mmol/L", label="Vichy")
    assert item.elemental_mg == pytest.approx(4 * 24.305)
    assert item.name == "Vichy"


def test_water_bad_inputs() -> None:
    """Water needs a volume and a concentration."""
    with pytest.raises(mg.UnitError, match="`volume` needs a volume"):
        mg.water("1 kg", magnesium="100 mg/L")
    with pytest.raises(mg.UnitError, match="`magnesium` needs a magnesium concentration"):
        mg.water("1 L", magnesium="100 mg")


def test_fluid_target_article_rule() -> None:
    """The article's 30-35 mL/kg/day, labelled as the article's, unconfirmed."""
    target = mg.fluid_target("80 kg")
    assert target.low.m_as("L/day") == pytest.approx(2.4)
    assert target.high.m_as("L/day") == pytest.approx(2.8)
    assert target.source == "ARTICLE"
    assert target.evidence is mg.Evidence.UNCONFIRMED
    assert target.efsa is None


def test_fluid_target_beside_efsa() -> None:
    """With sex and age, EFSA's adequate intake of water is given beside it."""
    target = mg.fluid_target("176 lb", sex="female", age=30, lactating=True)
    assert target.low.m_as("L/day") == pytest.approx(0.03 * 176 * 0.45359237)
    assert target.efsa is not None
    assert target.efsa.value.m_as("L/day") == pytest.approx(2.7)


def test_sweat_loss_default_is_beller_1975() -> None:
    """Sweat loss defaults to 0.14 mmol/L (Beller 1975 mean 0.28 mEq/L)."""
    loss = mg.sweat_loss("2 L")
    assert loss.concentration_mg_per_l == pytest.approx(0.14 * 24.305)
    assert loss.magnesium.m_as("mg") == pytest.approx(2 * 0.14 * 24.305)
    assert loss.source == "BELLER1975"


def test_sweat_loss_any_concentration() -> None:
    """The caller may pass any concentration, such as the article's 1-3 mmol/L."""
    loss = mg.sweat_loss("3 L", concentration="0.28 mEq/L")
    assert loss.magnesium_mg == pytest.approx(3 * 0.14 * 24.305)
    assert loss.source == ""
    article = mg.sweat_loss("1 L", concentration="3 mmol/L")
    assert article.magnesium_mg == pytest.approx(72.915)


def test_evolving_a_report_never_leaves_stale_totals() -> None:
    """Issue 13: attrs.evolve with new items and the old sums is refused, not stale."""
    report = mg.assess_intake([mg.supplement(elemental="100 mg")], sex="female", age=40)
    more = (*report.items, mg.supplement(elemental="200 mg"))
    with pytest.raises(mg.InvalidRecordError, match="assess_intake"):
        attrs.evolve(report, items=more)
    together = attrs.evolve(report, items=more, supplemental_mg=300.0)
    assert together.supplemental.m_as("mg") == 300.0
    assert attrs.evolve(report, reference=None).total_mg == 100.0  # other fields: fine


@pytest.mark.parametrize(
    ("item", "change"),
    [
        (lambda: mg.food("almonds", "30 g"), {"amount": "60 g"}),
        (lambda: mg.food("almonds", "30 g"), {"name": "Seeds, pumpkin"}),
        (lambda: mg.supplement("magnesium citrate", "500 mg"), {"amount": "1000 mg"}),
        (lambda: mg.supplement(elemental="100 mg"), {"elemental_mg": 50.0}),
        (lambda: mg.water("1 L", magnesium="100 mg/L"), {"counts_toward_ceiling": False}),
        (lambda: mg.medicine("magnesium oxide", "1 g"), {"kind": mg.ItemKind.SUPPLEMENT}),
    ],
)
def test_evolving_an_item_never_leaves_a_stale_figure(
    item: Callable[[], mg.IntakeItem], change: dict[str, Any]
) -> None:
    """Issue 13: the figure follows from kind, name and amount; evolving them is refused."""
    with pytest.raises(mg.InvalidRecordError, match="made anew"):
        attrs.evolve(item(), **change)


def test_evolving_an_item_keeps_what_does_not_change_its_figure() -> None:
    """Sources and texts may change; a restored item is computed again, so guarded too."""
    almonds = mg.food("almonds", "30 g")
    assert attrs.evolve(almonds, sources=("USDA",)).elemental_mg == almonds.elemental_mg
    restored = mg.IntakeItem.from_dict(almonds.to_dict())
    assert restored == almonds
    assert restored.to_dict() == almonds.to_dict()
    assert "computed_from" not in almonds.to_dict()
    with pytest.raises(mg.InvalidRecordError, match="computed for '30 g'"):
        attrs.evolve(restored, amount="60 g")
    by_hand = attrs.evolve(restored, amount="60 g", _computed_from=None)
    assert by_hand.amount == "60 g"  # a hand-made item carries its figure as given
