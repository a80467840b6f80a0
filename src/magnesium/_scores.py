"""Internal: the scores: deficiency risk and the magnesium depletion score.

The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from magnesium import _person, _rules
from magnesium._display import Displayable
from magnesium._i18n import N_, msg, text
from magnesium.errors import (
    ArgumentTypeError,
)
from magnesium.interactions import (
    Direction,
)
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from magnesium.intake import IntakeReport
    from magnesium.labs import SerumStatus


@attrs.frozen(kw_only=True, repr=False)
class DeficiencyRisk(Displayable):
    """Who may be low in magnesium, and why.

    Attributes
    ----------
    level
        Low (total weight 0), moderate (1-2) or high (3 or more).
    score
        The total weight of the factors.
    factors
        Every factor that fired, with its weight, reason and source.
    """

    level: _rules.RiskLevel
    score: int
    factors: tuple[_rules.Finding, ...]
    rule: str = N_("weights add up: 0 low, 1-2 moderate, 3 or more high (this library's rule)")

    def _title(self, lang: str) -> str:
        return msg(
            "Deficiency risk: {level} (score {score})",
            level=msg(str(self.level)),
            score=self.score,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [
            (
                _rules.weight_label(f.weight),
                f"{f.message.render(lang)} [{', '.join(f.sources)}]",
            )
            for f in self.factors
        ]
        return [*lines, (text("rule", lang), text(self.rule, lang))]


def deficiency_factors(
    person: _person.Person, intake: IntakeReport | None, serum: SerumStatus | None
) -> list[_rules.Finding]:
    found: list[_rules.Finding] = []
    if person.heavy_sweating:
        found.append(
            _rules.finding(
                "heavy_sweating",
                msg("Heavy sweating loses magnesium, sodium and potassium."),
                "ARTICLE",
                weight=_rules.POINTS["heavy_sweating"],
                heavy_sweating=True,
            )
        )
    hours = person.training_hours_per_week
    if person.hot_climate and hours:
        found.append(
            _rules.finding(
                "training_in_heat",
                msg("Long training in heat can lose magnesium in sweat."),
                "ARTICLE",
                weight=_rules.POINTS["training_in_heat"],
                training_hours_per_week=hours,
                hot_climate=True,
            )
        )
    drinks = person.alcohol_drinks_per_day
    if (
        drinks is not None
        and person.sex is not None
        and drinks > _rules.HEAVY_DRINKING[person.sex]
    ):
        found.append(
            _rules.finding(
                "heavy_drinking",
                msg("Alcohol raises urinary magnesium loss and lowers uptake."),
                "ARTICLE",
                "FAN2021",
                weight=_rules.POINTS["heavy_drinking"],
                evidence=Evidence.SECONDARY,
                alcohol_drinks_per_day=drinks,
                sex=person.sex,
            )
        )
    if _person.Condition.ALCOHOL_DEPENDENCE in person.conditions:
        found.append(
            _rules.finding(
                "alcohol_dependence",
                msg("Alcohol dependence is a group at risk of inadequacy."),
                "NIHODS",
                weight=_rules.POINTS["alcohol_dependence"],
                evidence=Evidence.SECONDARY,
                conditions=_person.Condition.ALCOHOL_DEPENDENCE,
            )
        )
    if person.diet in (_person.Diet.CALORIE_RESTRICTED, _person.Diet.ONE_SIDED):
        found.append(
            _rules.finding(
                "diet",
                msg(
                    "A one-sided or very calorie-restricted diet can fall below "
                    "the recommended intake."
                ),
                "ARTICLE",
                weight=_rules.POINTS["diet"],
                diet=person.diet,
            )
        )
    gut = sorted(str(c) for c in person.conditions & _rules.GI_DISEASE)
    if gut:
        found.append(
            _rules.finding(
                "gastrointestinal_disease",
                msg("Gut disease lowers uptake and raises losses (malabsorption)."),
                "ARTICLE",
                "NIHODS",
                weight=_rules.POINTS["gastrointestinal_disease"],
                conditions=", ".join(gut),
            )
        )
    if _person.Condition.TYPE_2_DIABETES in person.conditions:
        found.append(
            _rules.finding(
                "type_2_diabetes",
                msg("Type 2 diabetes raises urinary magnesium loss."),
                "NIHODS",
                weight=_rules.POINTS["type_2_diabetes"],
                evidence=Evidence.SECONDARY,
                conditions=_person.Condition.TYPE_2_DIABETES,
            )
        )
    if person.age is not None and person.age >= _rules.OLDER_ADULT:
        found.append(
            _rules.finding(
                "older_adult",
                msg(
                    "Older adults absorb less and excrete more magnesium (age {age:g} or over, "
                    "this library's reading).",
                    age=_rules.OLDER_ADULT,
                ),
                "NIHODS",
                weight=_rules.POINTS["older_adult"],
                evidence=Evidence.SECONDARY,
                age=person.age,
            )
        )
    for drug in person.medications:
        for record in drug.records:
            if record.direction is Direction.DRUG_LOWERS_MAGNESIUM:
                counted = _rules.counted_records(record)
                message = msg("{drug}: {effect}", drug=drug.label, effect=record.effect)
                if record.evidence is Evidence.UNCONFIRMED:
                    message = msg(
                        "{drug}: {effect} (unconfirmed claim, not counted)",
                        drug=drug.label,
                        effect=record.effect,
                    )
                elif not counted:
                    message = msg(
                        "{drug}: {effect} (minor: not counted)",
                        drug=drug.label,
                        effect=record.effect,
                    )
                found.append(
                    _rules.finding(
                        f"medicine:{drug.name}",
                        message,
                        *record.sources,
                        weight=_rules.POINTS["medicine"] if counted else 0,
                        evidence=record.evidence,
                        medication=drug.name,
                    )
                )
    reference = intake.reference if intake is not None else None
    if intake is not None and reference is not None and intake.total_mg < reference.value_mg:
        found.append(
            _rules.finding(
                "intake_below_reference",
                msg("The day's intake is below the recommended intake."),
                reference.source,
                weight=_rules.POINTS["intake_below_reference"],
                total_mg=round(intake.total_mg),
                reference_mg=reference.value_mg,
            )
        )
    if serum is not None and serum.status in _rules.SERUM_POINTS:
        found.append(
            _rules.finding(
                "serum_magnesium",
                msg(
                    "Serum magnesium is {status}: {meaning}.",
                    status=serum.status,
                    meaning=serum.meaning,
                ),
                *serum.sources,
                weight=_rules.SERUM_POINTS[serum.status],
                serum_mmol_per_l=serum.mmol_per_l,
            )
        )
    return found


# --- magnesium depletion score ----------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class DepletionScore(Displayable):
    """The magnesium depletion score of Fan et al. (2021).

    Attributes
    ----------
    value
        0-5, or ``None`` when a part is unknown (see ``missing``).
    minimum
        The score from the known parts alone (a lower bound when incomplete).
    parts
        The parts that scored, each with its points as ``weight``.
    missing
        The inputs needed for a complete score.
    group
        The published grouping: "0-1 (lowest group)", "2 (middle group)" or
        "3-5 (highest group)" (Zhang 2025; Song 2025), when the value is known.
    note
        What the score is and is not.
    """

    value: int | None
    minimum: int
    parts: tuple[_rules.Finding, ...]
    missing: tuple[str, ...]
    group: str | None
    sources: tuple[str, ...] = ("FAN2021", "ZHANG2025", "SONG2025", "COSTELLO2025")
    evidence: Evidence = Evidence.SECONDARY
    note: str = N_(
        "An epidemiological score associated with inflammation and cardiovascular mortality "
        "in NHANES adults; not a diagnosis. The points are as reproduced by later papers."
    )

    def _title(self, lang: str) -> str:
        if self.value is None or self.group is None:
            return msg(
                "Magnesium depletion score: incomplete (at least {minimum})", minimum=self.minimum
            ).render(lang)
        return msg(
            "Magnesium depletion score: {value} of 5, group {group}",
            value=self.value,
            group=msg(self.group),
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(_rules.weight_label(p.weight), p.message.render(lang)) for p in self.parts]
        lines += [(text("missing", lang), name) for name in self.missing]
        return [
            *lines,
            (text("note", lang), text(self.note, lang)),
            (text("sources", lang), ", ".join(self.sources)),
        ]


def magnesium_depletion_score(person: _person.Person) -> DepletionScore:
    """Compute the magnesium depletion score (MDS) of Fan et al. (2021).

    One point each for current loop or thiazide diuretic use, current proton
    pump inhibitor use and heavy drinking (more than 1 drink a day for women,
    more than 2 for men); one point for eGFR 60 to below 90 and two for eGFR
    below 60 mL/min/1.73 m². Total 0-5.

    Parameters
    ----------
    person
        Uses ``medications``, ``alcohol_drinks_per_day`` with ``sex``, and
        ``egfr`` (or ``serum_creatinine`` with age and sex, by CKD-EPI 2021).

    Returns
    -------
    DepletionScore
        The score with its parts, or ``None`` with what is missing.

    References
    ----------
    .. [1] Fan L et al. (2021). J Nutr 151(8):2226-2235.
    .. [2] Zhang H et al. (2025). PLoS ONE 20(1):e0314298 (groupings 0-1, 2, 3-5).
    .. [3] Costello RB, Fan Z, Wallace TC (2025). Nutrients 17:3286.

    Examples
    --------
    >>> score = magnesium_depletion_score(Person(sex="female", medications=["omeprazole"],
    ...                                          alcohol_drinks_per_day=0, egfr="95 mL/min"))
    >>> score.value, score.group
    (1, '0-1 (lowest group)')
    >>> magnesium_depletion_score(Person()).missing
    ('alcohol_drinks_per_day', 'sex', 'egfr (or serum_creatinine with age and sex)')
    """
    if not isinstance(person, _person.Person):
        message = f"`person` needs a magnesium.Person, got {person!r}"
        raise ArgumentTypeError(message)
    parts: list[_rules.Finding] = []
    missing: list[str] = []
    diuretics = _rules.with_atc(person.medications, _rules.DIURETICS_MDS)
    if diuretics:
        parts.append(
            _rules.finding(
                "mds_diuretic",
                msg("Current loop or thiazide diuretic use: 1 point."),
                "FAN2021",
                weight=1,
                medication=diuretics[0].name,
            )
        )
    ppis = _rules.with_atc(person.medications, _rules.PPI)
    if ppis:
        parts.append(
            _rules.finding(
                "mds_ppi",
                msg("Current proton pump inhibitor use: 1 point."),
                "FAN2021",
                weight=1,
                medication=ppis[0].name,
            )
        )
    drinks = person.alcohol_drinks_per_day
    if drinks is None:
        missing.append("alcohol_drinks_per_day")
    if person.sex is None:
        missing.append("sex")
    elif drinks is not None and drinks > _rules.HEAVY_DRINKING[person.sex]:
        parts.append(
            _rules.finding(
                "mds_heavy_drinking",
                msg("Heavy drinking (more than 1 drink a day for women, 2 for men): 1 point."),
                "FAN2021",
                weight=1,
                evidence=Evidence.SECONDARY,
                alcohol_drinks_per_day=drinks,
                sex=person.sex,
            )
        )
    egfr, how = person.egfr_estimate
    if egfr is None:
        missing.append("egfr (or serum_creatinine with age and sex)")
    elif egfr < _rules.EGFR_REDUCED:
        parts.append(
            _rules.finding(
                "mds_egfr_below_60",
                msg("eGFR below 60 mL/min/1.73 m²: 2 points."),
                "FAN2021",
                weight=2,
                evidence=Evidence.SECONDARY,
                egfr=f"{egfr:g} ({how})",
            )
        )
    elif egfr < _rules.EGFR_NORMAL:
        parts.append(
            _rules.finding(
                "mds_egfr_60_89",
                msg("eGFR 60 to below 90 mL/min/1.73 m²: 1 point."),
                "FAN2021",
                weight=1,
                evidence=Evidence.SECONDARY,
                egfr=f"{egfr:g} ({how})",
            )
        )
    minimum = sum(p.weight for p in parts)
    value = None if missing else minimum
    return DepletionScore(
        value=value,
        minimum=minimum,
        parts=tuple(parts),
        missing=tuple(missing),
        group=None if value is None else _rules.mds_group(value),
    )
