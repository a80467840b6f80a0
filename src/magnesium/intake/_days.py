"""Internal: a person's days, each against the ceiling, their mean against the reference.

The ceiling is per day (SCF 2001: a daily upper level for supplemental
magnesium), so each day over it is a finding with its date. The reference
is for usual (long-term) intake; the mean of a few days estimates it, and
the fewer the days the less it says about one person (IOM 2000, Dietary
Reference Intakes: Applications in Dietary Assessment). Below an Adequate
Intake an intake cannot be judged inadequate (IOM 2000).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import attrs

from magnesium import _public
from magnesium._display import Displayable, Tabular, quantity_text
from magnesium._i18n import Msg, msg, text

if TYPE_CHECKING:
    from magnesium.intake import IntakeReport
    from magnesium.reference import ReferenceValue

__all__: list[str] = []

#: Sources of the reading of several days: the daily ceiling, and usual intake.
SOURCES = ("SCF2001", "IOM2000")


@attrs.frozen(kw_only=True, repr=False)
class DaysReport(Displayable, Tabular):
    """A person's days: each against the supplement ceiling, the mean against the reference.

    Attributes
    ----------
    labels
        Each day's label (its date, as given, or "day 1", "day 2", ...).
    days
        Each day's :class:`IntakeReport`, in the order given.
    sources
        The sources of the reading: SCF 2001 (the ceiling is per day) and
        IOM 2000 (usual intake, and what an Adequate Intake can tell).
    """

    labels: tuple[str, ...]
    days: tuple[IntakeReport, ...]
    sources: tuple[str, ...] = SOURCES

    _derived = (
        "n_days",
        "mean_food_mg",
        "mean_supplemental_mg",
        "mean_total_mg",
        "mean_coverage",
        "days_over_ceiling",
        "days_with_supplements",
    )

    @property
    def n_days(self) -> int:
        """How many days the means rest on."""
        return len(self.days)

    @property
    def mean_food_mg(self) -> float:
        """Mean daily magnesium from food. [mg/day]"""
        return math.fsum(d.food_mg for d in self.days) / self.n_days

    @property
    def mean_supplemental_mg(self) -> float:
        """Mean daily magnesium that counts toward the ceiling. [mg/day]"""
        return math.fsum(d.supplemental_mg for d in self.days) / self.n_days

    @property
    def mean_total_mg(self) -> float:
        """Mean daily magnesium from everything: the estimate of usual intake. [mg/day]"""
        return math.fsum(d.total_mg for d in self.days) / self.n_days

    @property
    def reference(self) -> ReferenceValue | None:
        """The recommended intake (the same every day), or ``None`` without sex and age."""
        return self.days[0].reference

    @property
    def mean_coverage(self) -> float | None:
        """Share of the recommended intake met by the mean (1.0 = 100 %)."""
        if self.reference is None:
            return None
        return self.mean_total_mg / self.reference.value_mg

    @property
    def days_over_ceiling(self) -> tuple[str, ...]:
        """The labels of the days whose supplemental magnesium is over that day's ceiling."""
        return tuple(label for label, d in zip(self.labels, self.days, strict=True)
                     if d.exceeds_ceiling)  # fmt: skip

    @property
    def worst_day(self) -> IntakeReport:
        """The day with the most supplemental magnesium (first of equals): it tests the ceiling."""
        return max(self.days, key=lambda day: day.supplemental_mg)

    @property
    def days_with_supplements(self) -> tuple[str, ...]:
        """The labels of the days with magnesium that counts toward the ceiling."""
        return tuple(label for label, d in zip(self.labels, self.days, strict=True)
                     if d.supplemental_mg > 0)  # fmt: skip

    def _brief(self) -> str:
        return self._verdict("en")

    def _verdict(self, lang: str) -> str:
        return msg(
            "{n} days, mean {mean:.1f} mg/day, over the ceiling on {over}",
            n=self.n_days,
            mean=self.mean_total_mg,
            over=len(self.days_over_ceiling),
        ).render(lang)

    def _title(self, lang: str) -> str:
        return msg("Magnesium over several days: {verdict}", verdict=self._verdict(lang)).render(
            lang
        )

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = []
        for label, day in zip(self.labels, self.days, strict=True):
            over = text(" (over the ceiling)", lang) if day.exceeds_ceiling else ""
            line = msg(
                "total {total:.1f} mg, supplemental {supplemental:.1f} mg",
                total=day.total_mg,
                supplemental=day.supplemental_mg,
            ).render(lang)
            lines.append((label, line + over))
        mean = msg(
            "{total:.1f} mg/day (food {food:.1f}, supplemental {supplemental:.1f})",
            total=self.mean_total_mg,
            food=self.mean_food_mg,
            supplemental=self.mean_supplemental_mg,
        )
        lines.append((text("mean", lang), mean.render(lang)))
        lines.append((text("estimate", lang), self._estimate().render(lang)))
        lines.append((text("ceiling", lang), self._ceiling_line().render(lang)))
        taken = msg("on {count} of {n} days", count=len(self.days_with_supplements),
                    n=self.n_days)  # fmt: skip
        lines.append((text("supplements", lang), taken.render(lang)))
        if (reference := self.reference) is not None and self.mean_coverage is not None:
            covered = msg(
                "{value} ({kind}, {group}): the mean covers {percent:.0f} %",
                value=quantity_text(reference.value, 0, lang),
                kind=str(reference.kind),
                group=msg(reference.group),
                percent=self.mean_coverage * 100,
            )
            lines.append((text("recommended", lang), covered.render(lang)))
            if str(reference.kind) == "AI" and self.mean_coverage < 1:
                lines.append((text("note", lang), _BELOW_AI.render(lang)))
        lines.append((text("sources", lang), ", ".join(self.sources)))
        return lines

    def _estimate(self) -> Msg:
        if self.n_days == 1:
            return msg("one day is not a person's usual intake (IOM 2000)")
        return msg(
            "the mean of {n} days estimates usual intake; the fewer the days, the less it "
            "says about one person (IOM 2000)",
            n=self.n_days,
        )

    def _ceiling_line(self) -> Msg:
        over = self.days_over_ceiling
        if not over:
            return msg("not over it on any day (the ceiling is per day)")
        return msg("over it on {count} of {n} days: {days} (the ceiling is per day)",
                   count=len(over), n=self.n_days, days=", ".join(over))  # fmt: skip

    def _table_rows(self, lang: str) -> list[dict[str, Any]]:  # noqa: ARG002 - numbers only
        """One row per day: its sums, the ceiling and the reference."""
        rows = []
        for label, day in zip(self.labels, self.days, strict=True):
            rows.append({
                "day": label,
                "food_mg": day.food_mg,
                "supplemental_mg": day.supplemental_mg,
                "total_mg": day.total_mg,
                "ceiling_mg": day.ceiling_mg,
                "exceeds_ceiling": day.exceeds_ceiling,
                "headroom_mg": None if day.headroom is None else day.headroom.m_as("mg"),
                "coverage": day.coverage,
            })  # fmt: skip
        return rows


_BELOW_AI = msg(
    "below an Adequate Intake an intake cannot be judged inadequate; above it, it is almost "
    "certainly adequate (IOM 2000)"
)


# Documented, pickled and shown as magnesium.intake's, which loads this module on first use.
_public.claim("magnesium.intake", globals(), ["DaysReport"])
