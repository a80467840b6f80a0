"""A person's days (issue 27): each day against the ceiling, the mean against the reference."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magnesium as mg

# USDA SR28 12061 almonds: 270 mg/100 g; EFSA 2015: 300 mg/day for women (an AI);
# SCF 2001 / EFSA: 250 mg/day of supplemental magnesium, per day.
ALMONDS_30G = 81.0


@pytest.fixture(scope="module")
def week() -> mg.DaysReport:
    days = {
        dt.date(2026, 12, 1): [mg.food("almonds", "30 g"), mg.supplement(elemental="300 mg")],
        dt.date(2026, 12, 2): [mg.food("almonds", "60 g")],
        dt.date(2026, 12, 3): [mg.food("almonds", "30 g"), mg.supplement(elemental="250 mg")],
    }
    return mg.assess_days(days, sex="female", age=40)


def test_each_day_over_the_ceiling_is_a_finding_with_its_date(week: mg.DaysReport) -> None:
    assert week.labels == ("2026-12-01", "2026-12-02", "2026-12-03")
    assert week.days_over_ceiling == ("2026-12-01",)  # 250 mg exactly is not over it
    assert week.days_with_supplements == ("2026-12-01", "2026-12-03")
    assert [d.supplemental_mg for d in week.days] == [300.0, 0.0, 250.0]


def test_the_mean_is_the_estimate_of_usual_intake(week: mg.DaysReport) -> None:
    totals = [ALMONDS_30G + 300, 2 * ALMONDS_30G, ALMONDS_30G + 250]
    assert week.n_days == 3
    assert week.mean_total_mg == pytest.approx(sum(totals) / 3)
    assert week.mean_food_mg == pytest.approx(4 * ALMONDS_30G / 3)
    assert week.mean_supplemental_mg == pytest.approx(550 / 3)
    assert week.reference is not None
    assert week.reference.value_mg == 300.0
    assert week.mean_coverage == pytest.approx(sum(totals) / 3 / 300)


def test_the_text_says_what_the_days_can_tell(week: mg.DaysReport) -> None:
    lines = week.to_text().splitlines()
    assert lines[0] == (
        "Magnesium over several days: 3 days, mean 291.3 mg/day, over the ceiling on 1"
    )
    assert lines[1].split() == ["2026-12-01", "total", "381.0", "mg,", "supplemental",
                                "300.0", "mg", "(over", "the", "ceiling)"]  # fmt: skip
    text = week.to_text()
    assert "the mean of 3 days estimates usual intake" in text
    assert "over it on 1 of 3 days: 2026-12-01 (the ceiling is per day)" in text
    assert "on 2 of 3 days" in text
    assert "cannot be judged inadequate" in text  # 291.3 mg/day, under the AI of 300
    assert "IOM2000" in text
    danish = week.to_text("da")
    assert danish.splitlines()[0].startswith("Magnesium over flere dage: 3 dage, gennemsnit 291,3")
    assert "grænsen gælder per dag" in danish


def test_below_an_adequate_intake_the_report_says_what_that_means() -> None:
    """IOM 2000: under an AI an intake cannot be judged inadequate; an RDA is another matter."""
    low = mg.assess_days([[mg.food("almonds", "30 g")]] * 2, sex="female", age=40)
    assert low.labels == ("day 1", "day 2")
    assert "cannot be judged inadequate" in low.to_text()
    us = mg.assess_days([[mg.food("almonds", "30 g")]], sex="female", age=40, authority="US")
    assert "cannot be judged inadequate" not in us.to_text()  # the US sets an RDA (IOM 1997)
    assert "one day is not a person's usual intake" in us.to_text()


def test_the_days_as_a_table(week: mg.DaysReport) -> None:
    table = week.to_frame()
    assert list(table.columns) == [
        "day", "food_mg", "supplemental_mg", "total_mg", "ceiling_mg", "exceeds_ceiling",
        "headroom_mg", "coverage",
    ]  # fmt: skip
    assert table["exceeds_ceiling"].tolist() == [True, False, False]
    assert table["headroom_mg"].tolist() == [0.0, 250.0, 0.0]
    assert table["ceiling_mg"].tolist() == [250.0] * 3
    data = week.to_dict()
    assert data["days_over_ceiling"] == ["2026-12-01"]
    assert data["n_days"] == 3


@pytest.mark.parametrize(
    ("days", "error", "message"),
    [
        ({}, mg.InvalidAmountError, "`days` needs at least one day"),
        ([], mg.InvalidAmountError, "`days` needs at least one day"),
        ({3: []}, mg.ArgumentTypeError, "a day needs a date or a label as text, got 3"),
        ([[1]], mg.ArgumentTypeError, "`items` needs intake items"),
    ],
)
def test_what_is_not_a_day_is_refused(days: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        mg.assess_days(days)  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 400), min_size=1, max_size=7), st.randoms())
def test_the_mean_does_not_depend_on_the_order_of_the_days(
    supplements: list[int], shuffle: object
) -> None:
    days = [[mg.supplement(elemental=f"{mg_} mg")] for mg_ in supplements]
    shuffled = list(days)
    shuffle.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = mg.assess_days(days), mg.assess_days(shuffled)
    assert first.mean_total_mg == pytest.approx(second.mean_total_mg)
    assert min(supplements) <= first.mean_supplemental_mg + 1e-9
    assert first.mean_supplemental_mg <= max(supplements) + 1e-9
    assert len(first.days_over_ceiling) == sum(s > 250 for s in supplements)


def test_the_chart_of_the_days_draws_the_ceiling_on_the_supplemental_part(
    week: mg.DaysReport,
) -> None:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    from magnesium.plot import plot_days

    ax = plot_days(week, lang="da")
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert [b.get_height() for b in bars[:3]] == [300.0, 0.0, 250.0]  # supplemental first
    assert [b.get_y() for b in bars[3:]] == [300.0, 0.0, 250.0]  # food stacked on top
    ceiling = ax.collections[0]
    assert ceiling.get_label() == "øvre grænse 250 mg/dag (EFSA)"
    assert [t.get_text() for t in ax.get_xticklabels()] == list(week.labels)
    plt.close("all")


# --- mg.assess with several days (issue 27, item 1) ---------------------------


def test_assess_reads_the_worst_day_against_the_ceiling_and_the_mean_against_the_reference(
    week: mg.DaysReport,
) -> None:
    person = mg.Person(sex="female", age=40)
    days = {label: day.items for label, day in zip(week.labels, week.days, strict=True)}
    result = mg.assess(person, days)
    assert result.days is not None
    assert result.days.labels == week.labels
    assert result.intake is not None
    assert result.intake.supplemental_mg == 300.0  # the worst day tests the per-day ceiling
    assert [f.key for f in result.cautions] == ["over_ceiling"]
    # the mean of the days, not the worst or best day, is read against EFSA's AI of 300 mg
    mean = (4 * ALMONDS_30G + 550) / 3  # 291.3 mg
    assert result.days.mean_total_mg == pytest.approx(mean)
    below = [f for f in result.deficiency_risk.factors if f.key == "intake_below_reference"]
    assert dict(below[0].inputs) == {"total_mg": "291", "reference_mg": "300.0"}
    assert "3 days" in result.to_text()


def test_a_mean_below_the_reference_is_said_to_be_the_mean_of_the_days() -> None:
    person = mg.Person(sex="female", age=40)
    result = mg.assess(person, [[mg.food("almonds", "30 g")], [mg.food("almonds", "90 g")]])
    below = [f for f in result.deficiency_risk.factors if f.key == "intake_below_reference"]
    assert len(below) == 1
    assert below[0].message.render("en") == (
        "The mean of the 2 days is below the recommended intake (the mean of a few days "
        "estimates usual intake)."
    )
    assert below[0].message.render("da") == (
        "Gennemsnittet af de 2 dage er under det anbefalede indtag (gennemsnittet af få dage "
        "er et skøn over det sædvanlige indtag)."
    )
    # the mean, 162 mg; EFSA 2015's AI for women, 300 mg
    assert dict(below[0].inputs) == {
        "total_mg": str(round(2 * ALMONDS_30G)),
        "reference_mg": "300.0",
    }
    diet = result.recommendation.diet[0].render("da")
    assert diet == "Gennemsnittet af de 2 dage er 138 mg under de anbefalede 300 mg (EFSA)."
    assert result.to_text(lang="da").count("dage") >= 2


def test_a_days_report_is_judged_again_for_the_person(week: mg.DaysReport) -> None:
    man = mg.Person(sex="male", age=40)
    result = mg.assess(man, week)  # the report was made for a woman of 40
    assert result.days is not None
    assert result.days.reference is not None
    assert result.days.reference.value_mg == 350.0  # EFSA 2015: men, 350 mg/day


def test_one_days_items_are_still_one_day() -> None:
    person = mg.Person(sex="female", age=40)
    items = [mg.food("almonds", "30 g"), mg.supplement(elemental="100 mg")]
    result = mg.assess(person, items)
    assert result.days is None
    assert result.intake == mg.assess_intake(items, sex="female", age=40)
    below = [f for f in result.deficiency_risk.factors if f.key == "intake_below_reference"]
    assert below[0].message.render("en") == "The day's intake is below the recommended intake."


def test_items_and_days_mixed_are_refused() -> None:
    with pytest.raises(mg.errors.ArgumentTypeError, match="not a mix"):
        mg.assess(mg.Person(sex="female", age=40), [mg.food("almonds", "30 g"), []])  # type: ignore[arg-type]
