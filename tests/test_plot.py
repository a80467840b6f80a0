"""Tests for magnesium.plot: what the charts draw (rendered with Agg)."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import TYPE_CHECKING, cast

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.figure import Figure

import magnesium as mg
from magnesium.plot import plot_intake, plot_schedule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from matplotlib.collections import LineCollection
    from matplotlib.figure import SubFigure
    from matplotlib.patches import Rectangle


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """pyplot keeps each new figure open: close them after each test."""
    yield
    plt.close("all")


def render(figure: Figure | SubFigure | None) -> None:
    """Render to PNG with Agg, as a notebook or a file would."""
    assert isinstance(figure, Figure)
    figure.savefig(io.BytesIO(), format="png")


def values(data: object) -> list[float]:
    return [float(v) for v in np.asarray(data).ravel()]


def test_intake_chart_draws_each_item() -> None:
    """Each item is a segment on its bar(s); the ceiling and reference are lines."""
    day = [
        mg.food("almonds", "30 g"),  # 81 mg, food
        mg.supplement(elemental="200 mg"),
        mg.water("1 L", magnesium="50 mg/L"),  # 50 mg, supplemental
    ]
    ax = plot_intake(mg.assess_intake(day, sex="female", age=30))
    render(ax.get_figure())
    patches = [cast("Rectangle", p) for p in ax.patches]
    bars = [(round(p.get_x() + p.get_width() / 2), round(p.get_height(), 3)) for p in patches]
    # food bar: almonds; supplemental bar: 200 + 50; total bar: all three
    assert bars == [(0, 81.0), (2, 81.0), (1, 200.0), (2, 200.0), (1, 50.0), (2, 50.0)]
    tops: dict[int, float] = {}
    for patch in patches:
        x = round(patch.get_x() + patch.get_width() / 2)
        tops[x] = max(tops.get(x, 0), patch.get_y() + patch.get_height())
    assert tops == pytest.approx({0: 81, 1: 250, 2: 331})
    labels = [line.get_label() for line in ax.collections]
    assert labels == ["ceiling 250 mg/day (EFSA)", "recommended 300 mg/day (AI)"]
    assert cast("LineCollection", ax.collections[0]).get_segments()[0][0][1] == 250
    assert [t.get_text() for t in ax.get_xticklabels()] == ["food", "supplemental", "total"]
    assert ax.get_ylabel() == "elemental magnesium [mg]"
    legend_box = ax.get_legend()
    assert legend_box is not None
    legend = [t.get_text() for t in legend_box.get_texts()]
    assert "Nuts, almonds (30 g)" in legend


def test_intake_chart_without_reference() -> None:
    """Without sex and age there is no reference line."""
    ax = plot_intake(mg.assess_intake([mg.supplement(elemental="100 mg")]), title="Day")
    assert len(ax.collections) == 1
    assert ax.get_title() == "Day"


def test_schedule_chart() -> None:
    """Doses per row; allowed and forbidden magnesium spans; the preferred time starred."""
    schedule = {"ciprofloxacin": ["08:00", "20:00"], "magnesium": ["21:00"]}
    ax = plot_schedule(schedule)
    render(ax.get_figure())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["magnesium", "ciprofloxacin"]
    allowed, forbidden = ax.collections[0], ax.collections[1]
    assert allowed.get_label() == "magnesium allowed"
    assert forbidden.get_label() == "not allowed"
    # allowed 10:00-14:00 and 22:00-02:00 (inclusive minutes) -> three spans on 0-24 h
    spans = sorted(round(p.get_extents().width) for p in allowed.get_paths())
    assert len(spans) == 3
    star, doses, cipro = ax.lines
    assert values(star.get_xdata()) == [22.0]  # preferred 22:00
    assert values(doses.get_xdata()) == [21.0]
    assert values(cipro.get_xdata()) == [8.0, 20.0]
    assert values(cipro.get_ydata()) == [1, 1]
    assert ax.get_xlim() == (0, 24)


def test_no_drawing_on_import() -> None:
    """Importing magnesium or magnesium.plot imports no matplotlib."""
    code = "import sys, magnesium, magnesium.plot; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_intake_chart_without_ceiling() -> None:
    """A toddler's report has no EU ceiling (SCF 2001): no ceiling line, the reference only."""
    report = mg.assess_intake([mg.supplement(elemental="50 mg")], sex="female", age=2)
    ax = plot_intake(report)
    assert len(ax.collections) == 1  # the reference line, 170 mg/day (EFSA 2015 AI 1-<3 y)
    legend_box = ax.get_legend()
    assert legend_box is not None
    assert not any("ceiling" in t.get_text() for t in legend_box.get_texts())


def test_draws_into_a_given_axes_side_by_side() -> None:
    """As in pandas: ax= draws into the caller's Axes and returns it; no new figure."""
    figure = Figure(figsize=(12, 4))
    left, right = figure.subplots(1, 2)
    before = plt.get_fignums()
    report = mg.assess_intake([mg.supplement(elemental="100 mg")], sex="male", age=40)
    assert plot_intake(report, ax=left) is left
    assert plot_schedule({"levothyroxine": ["07:00"]}, ax=right) is right
    assert plt.get_fignums() == before
    assert [t.get_text() for t in left.get_xticklabels()] == ["food", "supplemental", "total"]
    render(figure)


def test_without_axes_a_pyplot_figure_is_made() -> None:
    """Without ax= the chart is a new pyplot figure, so a notebook shows it."""
    before = len(plt.get_fignums())
    ax = plot_intake(mg.assess_intake([mg.supplement(elemental="100 mg")]))
    assert len(plt.get_fignums()) == before + 1
    assert ax.get_figure() is plt.gcf()


# --- issue 26: the reader's language, a colour per item, the cohort chart ------------


def test_each_item_has_its_own_colour() -> None:
    day = [mg.food("almonds", "30 g"), mg.food("spinach, boiled", "90 g"),
           mg.food("banana", "1 medium"), mg.supplement(elemental="100 mg")]  # fmt: skip
    ax = plot_intake(mg.assess_intake(day, sex="female", age=40))
    bars = cast("list[Rectangle]", ax.patches)
    # each item is drawn twice (its own bar and the total), in one colour
    colours = [values(bar.get_facecolor()) for bar in bars[::2]]
    assert len({tuple(c) for c in colours}) == 4
    foods, supplement = colours[:3], colours[3]
    assert all(g > r and g > b for r, g, b, _ in foods)  # foods in greens
    assert supplement[2] > supplement[0]  # the supplement in blue
    render(ax.figure)


def test_the_ceiling_is_drawn_on_supplemental_intake_only() -> None:
    """SCF 2001: the ceiling counts supplemental magnesium; it never spans the total bar."""
    ax = plot_intake(mg.assess_intake([mg.supplement(elemental="300 mg")], sex="male", age=40))
    ceiling = cast("LineCollection", ax.collections[0])
    (start, _), (end, _) = ceiling.get_segments()[0]
    assert (start, end) == (0.55, 1.45)  # around bar 1, supplemental (0 food, 2 total)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["food", "supplemental", "total"]


def test_charts_speak_danish() -> None:
    report = mg.assess_intake([mg.food("mandler", "30 g"), mg.supplement(elemental="300 mg")],
                              sex="female", age=40)  # fmt: skip
    ax = plot_intake(report, lang="da")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["kost", "fra tilskud", "i alt"]
    assert ax.get_ylabel() == "elementært magnesium [mg]"
    labels = ax.get_legend_handles_labels()[1]
    assert labels[:2] == ["øvre grænse 250 mg/dag (EFSA)", "anbefalet 300 mg/dag (AI)"]
    assert "Mandel, rå (30 g)" in labels
    # Frida 35, almond: 263.75 mg/100 g x 30 g = 79.1 mg, + 300 mg
    assert ax.get_title().startswith("Magnesiumindtag: i alt 379,1 mg")
    schedule = plot_schedule({"ciprofloxacin": ["08:00"], "magnesium": ["21:00"]}, lang="da")
    assert schedule.get_legend_handles_labels()[1][:2] == ["magnesium tilladt", "ikke tilladt"]
    render(ax.figure)


def test_a_language_block_sets_the_charts_default() -> None:
    report = mg.assess_intake([mg.supplement(elemental="300 mg")])
    with mg.language("da"):
        danish = plot_intake(report)
        english = plot_intake(report, lang="en")  # lang= wins over the block
    assert danish.get_xticklabels()[0].get_text() == "kost"
    assert english.get_xticklabels()[0].get_text() == "food"


def test_the_cohort_chart() -> None:
    """Supplemental against each person's ceiling; total against the reference."""
    import pandas as pd

    from magnesium.frame import score
    from magnesium.plot import plot_cohort

    people = pd.DataFrame({"sex": ["female", "male", "female", "male"], "age": [30, 45, 60, 2],
                           "food": [220.0, 310.0, 280.0, 90.0],
                           "supplemental": [100.0, 300.0, 0.0, 40.0]})  # fmt: skip
    scored = score(people, units={"food": "mg", "supplemental": "mg"})
    left, right = plot_cohort(scored)
    # EFSA: 250 mg/day from 4 years (none at 2); 300/350 mg/day women/men, 170 at 1-3
    assert left.get_title() == "1 of 3 over the ceiling"
    assert right.get_title() == "2 of 4 under the recommended intake"
    heights = sum(values([p.get_height() for p in cast("list[Rectangle]", left.patches)]))
    assert heights == 3  # the two-year-old has no ceiling: not drawn
    assert values(left.lines[0].get_xdata()) == [100.0, 100.0]
    danish_left, danish_right = plot_cohort(scored, lang="da")
    assert danish_left.get_title() == "1 af 3 over den øvre grænse"
    assert danish_right.get_xlabel() == "magnesium i alt, % af det anbefalede indtag"
    with pytest.raises(mg.ArgumentTypeError, match=r"the result of magnesium\.frame\.score"):
        plot_cohort(people)
    render(left.figure)
