"""Charts of a day's intake and of a dosing schedule (needs ``pymagnesium[plot]``).

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

from typing import TYPE_CHECKING, Any

from magnesium.intake import IntakeReport, ItemKind
from magnesium.schedule import _schedule, magnesium_windows

if TYPE_CHECKING:
    from collections.abc import Mapping

    from matplotlib.axes import Axes

__all__ = ["plot_intake", "plot_schedule"]

_KIND_COLOURS = {
    ItemKind.FOOD: "#4c956c",
    ItemKind.SUPPLEMENT: "#2c6e9b",
    ItemKind.WATER: "#61a5c2",
    ItemKind.MEDICINE: "#a05195",
}


def _axes(ax: Axes | None, width: float, height: float) -> Axes:
    """Return ``ax``, or the Axes of a new pyplot figure (a notebook shows it)."""
    if ax is not None:
        return ax
    try:
        import matplotlib.pyplot as plt  # noqa: PLC0415 - optional, heavy
    except ImportError as error:  # pragma: no cover - the test extra installs it
        message = "charts need matplotlib: pip install 'pymagnesium[plot]'"
        raise ImportError(message) from error
    _, new = plt.subplots(figsize=(width, height), layout="constrained")
    return new


def plot_intake(report: IntakeReport, *, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Chart a day's intake: each item's part, the ceiling and the reference.

    Three stacked bars: food, supplemental (what counts toward the ceiling)
    and total, each item a segment coloured by kind. A dashed line marks the
    ceiling over the supplemental bar and a dotted line the recommended
    intake over the total bar.

    Parameters
    ----------
    report
        From :func:`magnesium.assess_intake`.
    ax
        The matplotlib Axes to draw into; by default a new pyplot figure.
    title
        The chart's title; by default the report's verdict.

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
    """
    ax = _axes(ax, 9, 4.5)
    position = {"food": 0, "supplemental": 1, "total": 2}
    bottoms = dict.fromkeys(position, 0.0)
    labelled: set[str] = set()
    for item in report.items:
        columns = ["supplemental" if item.counts_toward_ceiling else "food", "total"]
        for column in columns:
            label = f"{item.name} ({item.amount})"
            ax.bar(
                position[column],
                item.elemental_mg,
                bottom=bottoms[column],
                color=_KIND_COLOURS[item.kind],
                edgecolor="white",
                label=label if label not in labelled else "_nolegend_",
            )
            labelled.add(label)
            bottoms[column] += item.elemental_mg
    ax.set_xticks(list(position.values()), list(position))
    if (ceiling := report.ceiling) is not None:  # none at ages 1-3 in the EU
        ax.hlines(
            ceiling.value_mg, 0.55, 1.45, colors="#d1495b", linestyles="dashed",
            label=f"ceiling {ceiling.value_mg:g} mg/day ({ceiling.authority})",
        )  # fmt: skip
    if report.reference is not None:
        ax.hlines(
            report.reference.value_mg, 1.55, 2.45, colors="#333333", linestyles="dotted",
            label=f"recommended {report.reference.value_mg:g} mg/day ({report.reference.kind})",
        )  # fmt: skip
    ax.set_ylabel("elemental magnesium [mg]")
    ax.set_title(title or report.headline, fontsize=9)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return ax


def plot_schedule(
    schedule: Mapping[str, Any], *, ax: Axes | None = None, title: str | None = None
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
    magnesium, drugs, _ = _schedule.read_doses(schedule, strict=False)
    windows = magnesium_windows(schedule)
    names = list(dict.fromkeys(dose.name for dose in drugs))
    ax = _axes(ax, 8, 1.2 + 0.5 * (len(names) + 1))
    allowed = windows.allowed_minutes()
    ax.broken_barh(_runs(allowed, True), (-0.3, 0.6), color="#b7e4c7", label="magnesium allowed")
    ax.broken_barh(_runs(allowed, False), (-0.3, 0.6), color="#f4a3a8", label="not allowed")
    if windows.preferred is not None:
        hour = windows.preferred.hour + windows.preferred.minute / 60
        ax.plot([hour], [0], marker="*", markersize=14, color="#2d6a4f", linestyle="none",
                label=f"preferred {windows.preferred:%H:%M}")  # fmt: skip
    if magnesium:
        ax.plot([m / 60 for m in magnesium], [0] * len(magnesium), "o", color="#1b4332",
                label="magnesium doses")  # fmt: skip
    for row, name in enumerate(names, start=1):
        hours = [dose.minute / 60 for dose in drugs if dose.name == name]
        ax.plot(hours, [row] * len(hours), "D", color="#2c6e9b", linestyle="none")
    ax.set_yticks(range(len(names) + 1), ["magnesium", *names])
    ax.set_xlim(0, 24)
    ax.set_xticks(range(0, 25, 3), [f"{h:02d}:00" for h in range(0, 25, 3)])
    ax.set_ylim(-0.7, len(names) + 0.7)
    ax.set_title(title or windows.headline, fontsize=9)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return ax


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
