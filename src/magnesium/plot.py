"""Charts of intakes, a dosing schedule and cohorts (needs ``pymagnesium[plot]``).

As in pandas and pvlib, each function draws into the matplotlib Axes given
as ``ax=`` and returns it; without one it makes a new figure with pyplot, so
a notebook shows the chart at once. Put several charts side by side by
passing the Axes of your own figure. matplotlib is imported when a chart is
made, not when this module is.

Examples
--------
>>> import magnesium as mg
>>> from magnesium.plot import plot_intake
>>> report = mg.assess_intake([mg.food("almonds", "30 g"),
...                            mg.supplement("magnesium citrate", "1.5 g")], sex="male", age=40)
>>> ax = plot_intake(report)
>>> [t.get_text() for t in ax.get_xticklabels()]
['food', 'supplemental', 'total']
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from magnesium._i18n import check_lang, msg, name_text, text
from magnesium.errors import ArgumentTypeError
from magnesium.intake import DaysReport, IntakeReport, ItemKind
from magnesium.intake._items import amount_text
from magnesium.schedule import _schedule, magnesium_windows

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd
    from matplotlib.axes import Axes

    from magnesium.frame import UsualIntake
    from magnesium.reference import ReferenceValue

__all__ = ["plot_cohort", "plot_days", "plot_intake", "plot_schedule", "plot_usual"]

# Each item its own colour, in its kind's family: foods greens, supplements blues,
# water light blues, medicines purples (cycled when a day has more of a kind).
_KIND_COLOURS = {
    ItemKind.FOOD: ("#2d6a4f", "#52b788", "#95d5b2", "#40916c", "#74c69d", "#1b4332",
                    "#b7e4c7", "#081c15"),
    ItemKind.SUPPLEMENT: ("#2c6e9b", "#5e9fd1", "#1d3f6e", "#8fbce6"),
    ItemKind.WATER: ("#61a5c2", "#a9d6e5", "#468faf"),
    ItemKind.MEDICINE: ("#a05195", "#d45087", "#665191"),
}  # fmt: skip
_CEILING_COLOUR = "#d1495b"


def _axes(ax: Axes | None, width: float, height: float) -> Axes:
    """Return ``ax``, or the Axes of a new pyplot figure (a notebook shows it)."""
    return ax if ax is not None else _new_axes(width, height, 1)[0]


def _new_axes(width: float, height: float, columns: int) -> list[Axes]:
    """Return the Axes of a new pyplot figure of ``columns`` charts side by side."""
    try:
        import matplotlib.pyplot as plt  # noqa: PLC0415 - optional, heavy
    except ImportError as error:  # pragma: no cover - the test extra installs it
        message = "charts need matplotlib: pip install 'pymagnesium[plot]'"
        raise ImportError(message) from error
    _, new = plt.subplots(1, columns, figsize=(width, height), layout="constrained",
                          squeeze=False)  # fmt: skip
    return list(new[0])


def plot_intake(
    report: IntakeReport,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Axes:
    """Chart a day's intake: each item's part, the ceiling and the reference.

    Three stacked bars: food, supplemental (what counts toward the ceiling)
    and total, each item a segment of its own colour (greens for foods,
    blues for supplements and water, purples for medicines). A dashed line
    marks the ceiling over the supplemental bar only, since the ceiling
    counts supplemental magnesium alone, and a dotted line the recommended
    intake over the total bar.

    Parameters
    ----------
    report
        From :func:`magnesium.assess_intake`.
    ax
        The matplotlib Axes to draw into; by default a new pyplot figure.
    title
        The chart's title; by default the report's verdict.
    lang
        The language of axis, legend, title and names (by default English,
        or that of a :func:`magnesium.language` block).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn into.

    References
    ----------
    .. [1] SCF (2001): the ceiling counts supplemental magnesium only.

    Examples
    --------
    >>> import magnesium as mg
    >>> ax = plot_intake(mg.assess_intake([mg.supplement(elemental="300 mg")]))
    >>> [line.get_label() for line in ax.collections]
    ['ceiling 250 mg/day (EFSA)']
    >>> ax = plot_intake(mg.assess_intake([mg.food("mandler", "30 g")]), lang="da")
    >>> [t.get_text() for t in ax.get_xticklabels()], ax.get_legend_handles_labels()[1]
    (['kost', 'fra tilskud', 'i alt'], ['øvre grænse 250 mg/dag (EFSA)', 'Mandel, rå (30 g)'])
    """
    lang = check_lang(lang)
    ax = _axes(ax, 9, 4.5)
    columns = ("food", "supplemental", "total")
    position = {column: i for i, column in enumerate(columns)}
    bottoms = dict.fromkeys(columns, 0.0)
    used = dict.fromkeys(_KIND_COLOURS, 0)
    for item in report.items:
        family = _KIND_COLOURS[item.kind]
        colour = family[used[item.kind] % len(family)]
        used[item.kind] += 1
        label = f"{name_text(item.name, lang)} ({amount_text(item.amount, lang)})"
        for n, column in enumerate(["supplemental" if item.counts_toward_ceiling else "food",
                                    "total"]):  # fmt: skip
            ax.bar(
                position[column],
                item.elemental_mg,
                bottom=bottoms[column],
                color=colour,
                edgecolor="white",
                label=label if n == 0 else "_nolegend_",
            )
            bottoms[column] += item.elemental_mg
    ax.set_xticks(list(position.values()), [text(column, lang) for column in columns])
    if (ceiling := report.ceiling) is not None:  # none at ages 1-3 in the EU
        ax.hlines(
            ceiling.value_mg, 0.55, 1.45, colors=_CEILING_COLOUR, linestyles="dashed",
            label=_ceiling_label(ceiling, lang),
        )  # fmt: skip
    if (reference := report.reference) is not None:
        ax.hlines(
            reference.value_mg, 1.55, 2.45, colors="#333333", linestyles="dotted",
            label=_reference_label(reference, lang),
        )  # fmt: skip
    return _finished(ax, title or report.to_text(lang).splitlines()[0], lang)


def _ceiling_label(ceiling: ReferenceValue, lang: str) -> str:
    return msg("ceiling {value:g} mg/day ({authority})", value=ceiling.value_mg,
               authority=str(ceiling.authority)).render(lang)  # fmt: skip


def _reference_label(reference: ReferenceValue, lang: str) -> str:
    return msg("recommended {value:g} mg/day ({kind})", value=reference.value_mg,
               kind=str(reference.kind)).render(lang)  # fmt: skip


def _finished(ax: Axes, title: str, lang: str) -> Axes:
    """Return ``ax`` with the y label, the title and the legend beside: as every day's chart."""
    ax.set_ylabel(text("elemental magnesium [mg]", lang))
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return ax


def plot_days(
    report: DaysReport,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Axes:
    """Chart a person's days: each day's magnesium, the daily ceiling and the reference.

    One bar a day: supplemental magnesium at the bottom (blue), food on top
    (green). The ceiling is drawn dashed at the height of the supplemental
    part, which is what it limits each day; the recommended intake dotted,
    for the whole bar, and the mean of the days as a thin line.

    Parameters
    ----------
    report
        From :func:`magnesium.assess_days`.
    ax
        The matplotlib Axes to draw into; by default a new pyplot figure.
    title
        The chart's title; by default the report's verdict.
    lang
        The language of axis, legend and title (by default English, or that
        of a :func:`magnesium.language` block).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn into.

    References
    ----------
    .. [1] SCF (2001): the ceiling is per day and counts supplemental magnesium only.

    Examples
    --------
    >>> import magnesium as mg
    >>> days = mg.assess_days([[mg.supplement(elemental="300 mg")], [mg.food("almonds", "30 g")]])
    >>> ax = plot_days(days)
    >>> [t.get_text() for t in ax.get_xticklabels()], [c.get_label() for c in ax.collections]
    (['day 1', 'day 2'], ['ceiling 250 mg/day (EFSA)'])
    """
    lang = check_lang(lang)
    ax = _axes(ax, max(5, 1.1 * report.n_days + 3), 4)
    positions = range(report.n_days)
    supplemental = [d.supplemental_mg for d in report.days]
    food = [d.food_mg for d in report.days]
    ax.bar(positions, supplemental, color=_KIND_COLOURS[ItemKind.SUPPLEMENT][0],
           label=text("supplemental", lang))  # fmt: skip
    ax.bar(positions, food, bottom=supplemental, color=_KIND_COLOURS[ItemKind.FOOD][0],
           label=text("food", lang))  # fmt: skip
    ceilings = {d.ceiling_mg for d in report.days if d.ceiling is not None}
    first = report.days[0].ceiling
    if first is not None and len(ceilings) == 1:  # the same person: one ceiling for every day
        ax.hlines(first.value_mg, -0.45, report.n_days - 0.55, colors=_CEILING_COLOUR,
                  linestyles="dashed", label=_ceiling_label(first, lang))  # fmt: skip
    if (reference := report.reference) is not None:
        ax.axhline(reference.value_mg, color="#333333", linestyle="dotted",
                   label=_reference_label(reference, lang))  # fmt: skip
    mean = msg("mean {value:.0f} mg/day", value=report.mean_total_mg).render(lang)
    ax.axhline(report.mean_total_mg, color="#777777", linewidth=0.8, label=mean)
    ax.set_xticks(list(positions), list(report.labels))
    return _finished(ax, title or report.to_text(lang).splitlines()[0], lang)


def plot_schedule(
    schedule: Mapping[str, Any],
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Axes:
    """Chart a day's doses on a 24-hour axis, with the magnesium windows.

    One row per medicine with its doses, and a magnesium row: allowed
    windows shaded green, the rest red, the preferred time as a star and any
    magnesium doses of the schedule as dots.

    Parameters
    ----------
    schedule
        As for :func:`magnesium.check_schedule`.
    ax
        The matplotlib Axes to draw into; by default a new pyplot figure.
    title
        The chart's title; by default the windows' summary.
    lang
        The language of the legend and title (by default English, or that of
        a :func:`magnesium.language` block); medicines are named as given.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn into (hours 0-24 on x).

    References
    ----------
    .. [1] The sources of each interaction record; the article for evening timing.

    Examples
    --------
    >>> ax = plot_schedule({"ciprofloxacin": ["08:00", "20:00"], "magnesium": ["21:00"]})
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['magnesium', 'ciprofloxacin']
    """
    lang = check_lang(lang)
    magnesium, drugs, _ = _schedule.read_doses(schedule, strict=False)
    windows = magnesium_windows(schedule)
    names = list(dict.fromkeys(dose.name for dose in drugs))
    ax = _axes(ax, 8, 1.2 + 0.5 * (len(names) + 1))
    allowed = windows.allowed_minutes()
    ax.broken_barh(_runs(allowed, True), (-0.3, 0.6), color="#b7e4c7",
                   label=text("magnesium allowed", lang))  # fmt: skip
    ax.broken_barh(_runs(allowed, False), (-0.3, 0.6), color="#f4a3a8",
                   label=text("not allowed", lang))  # fmt: skip
    if windows.preferred is not None:
        hour = windows.preferred.hour + windows.preferred.minute / 60
        ax.plot([hour], [0], marker="*", markersize=14, color="#2d6a4f", linestyle="none",
                label=msg("preferred {time}", time=f"{windows.preferred:%H:%M}").render(lang),
                )  # fmt: skip
    if magnesium:
        ax.plot([m / 60 for m in magnesium], [0] * len(magnesium), "o", color="#1b4332",
                label=text("magnesium doses", lang))  # fmt: skip
    for row, name in enumerate(names, start=1):
        hours = [dose.minute / 60 for dose in drugs if dose.name == name]
        ax.plot(hours, [row] * len(hours), "D", color="#2c6e9b", linestyle="none")
    ax.set_yticks(range(len(names) + 1), ["magnesium", *names])
    ax.set_xlim(0, 24)
    ax.set_xticks(range(0, 25, 3), [f"{h:02d}:00" for h in range(0, 25, 3)])
    ax.set_ylim(-0.7, len(names) + 0.7)
    ax.set_title(title or windows.to_text(lang).splitlines()[0], fontsize=9)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return ax


def plot_cohort(
    scored: pd.DataFrame,
    *,
    axes: tuple[Axes, Axes] | None = None,
    lang: str | None = None,
) -> tuple[Axes, Axes]:
    """Chart a scored cohort: supplemental intake against the ceiling, total against the reference.

    Two histograms of :func:`magnesium.frame.score`'s result. Left, each
    person's supplemental magnesium as a share of the ceiling for their age
    (the ceiling counts supplemental magnesium only, so total intake is
    never drawn against it); right, each person's total intake as a share
    of the recommended intake for their sex, age and life stage. A line marks
    100 % on each; the titles give the share over the ceiling and the share
    under the recommended intake, of the people with the inputs (n). An
    intake under an Adequate Intake (EFSA, NNR) is not shown to be
    inadequate: the right panel describes, it does not diagnose.

    Parameters
    ----------
    scored
        A pandas DataFrame from :func:`magnesium.frame.score`.
    axes
        Two matplotlib Axes to draw into; by default a new pyplot figure.
    lang
        The language of axes, legend and titles (by default English, or that
        of a :func:`magnesium.language` block).

    Returns
    -------
    tuple of matplotlib.axes.Axes
        The two Axes drawn into.

    References
    ----------
    .. [1] SCF (2001): the ceiling counts supplemental magnesium only.
    .. [2] IOM (2000). Dietary Reference Intakes: Applications in Dietary
       Assessment: intakes below an AI cannot be judged inadequate.

    Examples
    --------
    >>> import pandas as pd
    >>> from magnesium.frame import score
    >>> people = pd.DataFrame({"sex": ["female", "male", "female", "male"],
    ...                        "age": [30, 45, 60, 2], "food": [220.0, 310.0, 280.0, 90.0],
    ...                        "supplemental": [100.0, 300.0, 0.0, 40.0]})
    >>> left, right = plot_cohort(score(people, units={"food": "mg", "supplemental": "mg"}))
    >>> left.get_title(), right.get_title()
    ('1 of 3 over the ceiling', '2 of 4 under the recommended intake')
    """
    lang = check_lang(lang)
    needed = ("supplemental_mg", "ceiling_mg", "exceeds_ceiling", "coverage")
    if not all(hasattr(scored, "columns") and c in scored.columns for c in needed):
        message = "`scored` needs the result of magnesium.frame.score (a pandas DataFrame)"
        raise ArgumentTypeError(message)
    left, right = axes if axes is not None else _new_axes(10, 3.8, 2)
    # people with a ceiling for their age and a supplemental amount (none at 1-3 in the EU)
    share = (scored["supplemental_mg"] / scored["ceiling_mg"] * 100).dropna()
    over = scored["exceeds_ceiling"][share.index]
    left.hist(share, bins=30, color=_KIND_COLOURS[ItemKind.SUPPLEMENT][0])
    left.axvline(100, color=_CEILING_COLOUR, linestyle="dashed",
                 label=text("ceiling (for each age)", lang))  # fmt: skip
    left.set_xlabel(text("supplemental magnesium, % of the ceiling", lang))
    left.set_ylabel(text("people", lang))
    left.set_title(msg("{count} of {n} over the ceiling", count=int(over.sum()),
                       n=len(over)).render(lang), fontsize=9)  # fmt: skip
    coverage = (scored["coverage"] * 100).dropna()
    right.hist(coverage, bins=30, color=_KIND_COLOURS[ItemKind.FOOD][0])
    right.axvline(100, color="#333333", linestyle="dotted",
                  label=text("recommended intake", lang))  # fmt: skip
    right.set_xlabel(text("total magnesium, % of the recommended intake", lang))
    right.set_title(msg("{count} of {n} under the recommended intake",
                        count=int((coverage < 100).sum()), n=len(coverage)).render(lang),
                    fontsize=9)  # fmt: skip
    for ax in (left, right):
        ax.legend(fontsize=7, frameon=False)
    return left, right


def plot_usual(
    usual: UsualIntake,
    *,
    axes: tuple[Axes, Axes] | None = None,
    lang: str | None = None,
) -> tuple[Axes, Axes]:
    """Chart a cohort's usual intake: against each group's EAR or AI, and the ceiling.

    Left, the estimated distribution of usual intake (food and supplements),
    each person as a share of their group's EAR (or AI), with 100 % marked:
    the part left of it is the EAR cut-point prevalence of inadequate
    intakes. Right, each person's mean supplemental intake as a share of the
    ceiling for their age: the ceiling limits the supplemental part, per
    day, so the title gives the shares over it on average and on any day.
    Survey weights weigh the bars.

    Parameters
    ----------
    usual
        From :func:`magnesium.frame.usual_intake`.
    axes
        Two matplotlib Axes to draw into; by default a new figure of two.
    lang
        The language of axes and titles.

    Returns
    -------
    tuple of matplotlib.axes.Axes
        The two Axes drawn into.

    References
    ----------
    .. [1] IOM (2000): the EAR cut-point method; below an AI nothing can be judged.
    .. [2] SCF (2001): the ceiling counts supplemental magnesium, per day.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> from magnesium.frame import usual_intake
    >>> rng = np.random.default_rng(0)
    >>> days = pd.DataFrame({"person": np.repeat(np.arange(300), 2), "day": np.tile([1, 2], 300),
    ...                      "sex": "male", "age": 45, "food": rng.lognormal(5.8, 0.4, 600),
    ...                      "supplemental": np.tile([0.0, 300.0], 300) * (np.arange(600) < 60)})
    >>> left, right = plot_usual(usual_intake(days, units={"food": "mg", "supplemental": "mg"}))
    >>> left.get_xlabel()
    'usual intake, % of the EAR'
    """
    lang = check_lang(lang)
    persons = getattr(usual, "persons", None)
    if persons is None or "reference_mg" not in persons:
        message = "`usual` needs the result of magnesium.frame.usual_intake"
        raise ArgumentTypeError(message)
    left, right = axes if axes is not None else _new_axes(10, 3.8, 2)
    kinds = set(usual.table["reference_kind"].dropna())
    shown = persons.dropna(subset=["usual_mg", "reference_mg"])
    share = shown["usual_mg"] / shown["reference_mg"] * 100
    left.hist(share, bins=40, weights=shown["weight"], color=_KIND_COLOURS[ItemKind.FOOD][0])
    kind = kinds.pop() if len(kinds) == 1 else "EAR / AI"
    left.axvline(100, color="#333333", linestyle="dotted", label=kind)
    left.set_xlabel(msg("usual intake, % of the {kind}", kind=kind).render(lang))
    left.set_ylabel(text("people", lang))
    everyone = usual.table.iloc[-1]
    if math.isfinite(everyone["below_ear"]):
        title = msg("{share:.0f} % below the EAR", share=100 * everyone["below_ear"])
    else:
        title = msg("{share:.0f} % at or above the AI", share=100 * everyone["at_or_above_ai"])
    left.set_title(title.render(lang), fontsize=9)
    with_ceiling = persons.dropna(subset=["mean_supplemental_mg", "ceiling_mg"])
    supplemental = with_ceiling["mean_supplemental_mg"] / with_ceiling["ceiling_mg"] * 100
    right.hist(supplemental, bins=30, weights=with_ceiling["weight"],
               color=_KIND_COLOURS[ItemKind.SUPPLEMENT][0])  # fmt: skip
    right.axvline(100, color=_CEILING_COLOUR, linestyle="dashed",
                  label=text("ceiling (for each age)", lang))  # fmt: skip
    right.set_xlabel(text("mean supplemental magnesium, % of the ceiling", lang))
    if math.isfinite(everyone["over_ceiling_on_average"]):
        over = msg(
            "over the ceiling on any day: {any:.0f} %, on average: {mean:.0f} %",
            any=100 * everyone["over_ceiling_any_day"],
            mean=100 * everyone["over_ceiling_on_average"],
        )
        right.set_title(over.render(lang), fontsize=9)
    for ax in (left, right):
        ax.legend(fontsize=7, frameon=False)
    return left, right


def _runs(allowed: frozenset[int], wanted: bool) -> list[tuple[float, float]]:
    """(start hour, width hours) spans where a minute's allowedness is ``wanted``."""
    spans: list[tuple[float, float]] = []
    start = None
    for minute in range(_schedule.MINUTES_PER_DAY + 1):
        inside = minute < _schedule.MINUTES_PER_DAY and (minute in allowed) is wanted
        if inside and start is None:
            start = minute
        elif not inside and start is not None:
            spans.append((start / 60, (minute - start) / 60))
            start = None
    return spans
