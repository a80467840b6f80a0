"""Internal: the assessment of one person, tying scores, safety and advice together.

The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from magnesium import _names
from magnesium._display import Displayable, Tabular
from magnesium._i18n import msg, plural, text
from magnesium.errors import (
    ArgumentTypeError,
    UnknownNameError,
)
from magnesium.intake import DaysReport, IntakeItem, IntakeReport, assess_days, assess_intake
from magnesium.labs import SerumStatus, serum_status
from magnesium.reference import Authority, _reference, upper_level
from magnesium.risk import _advice, _person, _rules, _safety, _scores, _triage

if TYPE_CHECKING:
    from collections.abc import Iterable

# --- the assessment ---------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Assessment(Displayable, Tabular):
    """Everything :func:`assess` found about a person.

    Attributes
    ----------
    person
        The person assessed.
    deficiency_risk
        Level, score and every factor.
    depletion_score
        The magnesium depletion score (Fan 2021), possibly incomplete.
    serum
        The serum class, when a value was given.
    egfr, egfr_source
        The eGFR used [mL/min/1.73 m²] and how it was found.
    urgency
        How soon to act: the highest urgency of the cautions and red flags
        (:class:`Urgency`): routine, ask first, doctor or emergency (call 112).
    cautions
        Ask a doctor before supplementing.
    red_flags
        See a doctor, or call 112; kept apart from the score, the most urgent
        first.
    interactions
        Every interaction record of every medicine the person takes, with its
        effect and management: none is left out, whatever the advice.
    evidence
        What the trials say for the person's cramp situations.
    recommendation
        What to do.
    intake
        The intake report, when a day's items were given; with several days,
        the day with the most supplemental magnesium (the ceiling is per day).
    days
        The days, when several were given: each against the ceiling, their
        mean against the reference.
    """

    person: _person.Person
    deficiency_risk: _scores.DeficiencyRisk
    depletion_score: _scores.DepletionScore
    serum: SerumStatus | None
    egfr: float | None
    egfr_source: str
    urgency: _rules.Urgency
    cautions: tuple[_rules.Finding, ...]
    red_flags: tuple[_rules.Finding, ...]
    evidence: tuple[_advice.CrampEvidence, ...]
    recommendation: _advice.Recommendation
    intake: IntakeReport | None = None
    interactions: tuple[_rules.Finding, ...] = ()
    days: DaysReport | None = None

    def _table_rows(self, lang: str) -> list[dict[str, Any]]:
        """One row per finding: red flags, cautions, then interactions, each with its urgency."""
        kinds = (("red flag", self.red_flags), ("caution", self.cautions),
                 ("interaction", self.interactions))  # fmt: skip
        rows = []
        for kind, findings in kinds:
            for finding in findings:
                row = finding.to_dict(lang)
                rows.append({"kind": kind, **{k: v for k, v in row.items() if k != "inputs"}})
        return rows

    def _brief(self) -> str:
        return self._summary("en")

    def _summary(self, lang: str) -> str:
        score = self.depletion_score.value
        return msg(
            "deficiency risk {level}, MDS {score}, {cautions}, {flags}",
            level=msg(str(self.deficiency_risk.level)),
            score=text("incomplete", lang) if score is None else str(score),
            cautions=plural(len(self.cautions), "{count} caution", "{count} cautions"),
            flags=plural(len(self.red_flags), "{count} red flag", "{count} red flags"),
        ).render(lang)

    def _title(self, lang: str) -> str:
        return msg(
            "{action} Assessment: {summary}",
            action=self.urgency.action,
            summary=self._summary(lang),
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(_flag_label(f, lang), f.message.render(lang)) for f in self.red_flags]
        lines += [(text("caution", lang), f.message.render(lang)) for f in self.cautions]
        lines += [(text("interaction", lang), f.message.render(lang)) for f in self.interactions]
        risk = self.deficiency_risk
        lines.append((text("deficiency risk", lang), risk._title(lang)))  # noqa: SLF001
        # The factor keys are identifiers for code (to_dict has them); text has the message.
        lines += [
            (f"  {_rules.weight_label(f.weight)}", f.message.render(lang)) for f in risk.factors
        ]
        lines.append((text("depletion score", lang), self.depletion_score._title(lang)))  # noqa: SLF001
        if self.serum is not None:
            lines.append((text("serum", lang), self.serum._title(lang)))  # noqa: SLF001
        if self.egfr is not None:
            egfr = msg(
                "{egfr:.0f} mL/min/1.73 m² ({how})", egfr=self.egfr, how=msg(self.egfr_source)
            )
            lines.append(("eGFR", egfr.render(lang)))
        lines += [
            (
                text("evidence", lang),
                msg(
                    "{situation}: {direction} (Cochrane 2020, {certainty} certainty); the "
                    "article: {article}",
                    situation=e.situation,
                    direction=msg(e.review_direction),
                    certainty=msg(e.certainty),
                    article=msg(e.article_direction),
                ).render(lang),
            )
            for e in self.evidence
        ]
        if self.days is not None:
            lines.append((text("days", lang), self.days._verdict(lang)))  # noqa: SLF001
        lines.append((text("recommendation", lang), self.recommendation.summary.render(lang)))
        return lines

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """Return the assessment as JSON-ready types, texts in ``lang``."""
        data = super().to_dict(lang=lang)
        data["rules_fired"] = [f.to_dict(lang=lang) for f in self.rules_fired]
        return data

    @property
    def rules_fired(self) -> tuple[_rules.Finding, ...]:
        """Every rule that fired, with its inputs and sources."""
        return (
            *self.deficiency_risk.factors,
            *self.depletion_score.parts,
            *self.cautions,
            *self.red_flags,
            *self.interactions,
        )


def assess(
    person: _person.Person,
    intake: Iterable[IntakeItem]
    | Mapping[Any, Iterable[IntakeItem]]
    | Iterable[Iterable[IntakeItem]]
    | DaysReport
    | None = None,
    *,
    authority: Authority | str = _reference.DEFAULT_AUTHORITY,
    rosanoff_2022: bool = False,
    strict: bool = False,
) -> Assessment:
    """Assess a person: deficiency risk, depletion score, cautions, red flags, advice.

    Parameters
    ----------
    person
        The person.
    intake
        Optional: a day's intake items, as for :func:`magnesium.assess_intake`;
        or several days, as for :func:`magnesium.assess_days` (a mapping of
        dates to items, a list of days, or a :class:`DaysReport`, judged
        again for this person). With days, the day with the most
        supplemental magnesium is read against the ceiling (it is per day)
        and the mean of the days against the recommended intake.
    authority
        For the reference intake and the ceiling (EFSA by default).
    rosanoff_2022
        Classify serum magnesium with the 0.85 mmol/L lower limit.
    strict
        Raise for a medicine the catalogue does not know, instead of a caution
        saying it was not checked.

    Returns
    -------
    Assessment
        Every output lists the rules that fired, their inputs and sources.

    Raises
    ------
    UnknownNameError
        With ``strict=True``, for the first medicine not in the catalogue.

    References
    ----------
    .. [1] Mænd Online, "Magnesium og muskelkramper", sections on risk groups,
       doctors and supplements.
    .. [2] NIH ODS; Fan L et al. (2021); Garrison SR et al. (2020); SCF (2001).

    Examples
    --------
    >>> person = Person(sex="female", age=34, diet="calorie-restricted",
    ...                 symptoms={"night cramps"}, serum_magnesium="0.80 mmol/L")
    >>> from magnesium import supplement
    >>> result = assess(person, [supplement(elemental="100 mg")])
    >>> str(result.deficiency_risk.level), result.recommendation.supplement.dose
    ('high', <Quantity(150.0, 'milligram / day')>)
    """
    if not isinstance(person, _person.Person):
        message = f"`person` needs a magnesium.Person, got {_names.shown(person)}"
        raise ArgumentTypeError(message)
    rosanoff_2022 = _names.flag(rosanoff_2022, "rosanoff_2022")
    if _names.flag(strict, "strict") and person.unknown_medications:
        first = person.unknown_medications[0]
        raise UnknownNameError("medicine", first.query, first.suggestions)
    serum = (
        serum_status(f"{person.serum_magnesium} mmol/L", rosanoff_2022=rosanoff_2022)
        if person.serum_magnesium is not None
        else None
    )
    report, days = _intake_of(person, intake, authority)
    factors = _scores.deficiency_factors(person, report, serum, days)
    score = sum(f.weight for f in factors)
    risk = _scores.DeficiencyRisk(
        level=_rules.risk_level(score), score=score, factors=tuple(factors)
    )
    egfr, egfr_source = person.egfr_estimate
    case = _safety.Case(person, egfr, serum, report, _reference.read_authority(authority))
    cautions = sorted(_safety.all_cautions(case), key=lambda f: f.urgency, reverse=True)
    # the most urgent first; declaration order within a level (a stable sort)
    red_flags = sorted(_triage.all_red_flags(case), key=lambda f: f.urgency, reverse=True)
    if report is not None:
        ceiling = 0.0 if report.ceiling is None else report.ceiling.value_mg
    else:
        ceiling = _ceiling_mg(person, authority)
    situations = _advice.situations_of(person)
    return Assessment(
        person=person,
        deficiency_risk=risk,
        depletion_score=_scores.magnesium_depletion_score(person),
        serum=serum,
        egfr=egfr,
        egfr_source=egfr_source,
        urgency=_triage.urgency([*cautions, *red_flags]),
        cautions=tuple(cautions),
        red_flags=tuple(red_flags),
        evidence=tuple(_advice.EVIDENCE[s] for s in situations),
        recommendation=_advice.recommend(
            person,
            risk=risk,
            serum=serum,
            cautions=cautions,
            red_flags=red_flags,
            intake=report,
            ceiling_mg=ceiling,
            situations=situations,
            days=days,
        ),
        intake=report,
        interactions=tuple(_interaction_findings(person)),
        days=days,
    )


def _intake_of(
    person: _person.Person, intake: object, authority: Authority | str
) -> tuple[IntakeReport | None, DaysReport | None]:
    """Read one day's items, or several days: the report the rules read, and the days."""
    if intake is None:
        return None, None
    about: dict[str, Any] = {
        "sex": person.sex,
        "age": person.age,
        "pregnant": person.pregnant,
        "lactating": person.lactating,
        "authority": authority,
    }
    given: Any = intake
    if isinstance(intake, DaysReport):  # judged again: this person's reference and ceiling
        given = dict(zip(intake.labels, (day.items for day in intake.days), strict=True))
    elif not isinstance(intake, Mapping):
        given = _names.listed(intake, "`intake` needs intake items, or days of them")
        if all(isinstance(item, IntakeItem) for item in given):
            return assess_intake(given, **about), None
        if any(isinstance(item, IntakeItem) for item in given):
            message = "`intake` needs either one day's items or a list of days, not a mix"
            raise ArgumentTypeError(message)
    days = assess_days(given, **about)
    return days.worst_day, days


def _flag_label(flag: _rules.Finding, lang: str) -> str:
    if flag.urgency is _rules.Urgency.EMERGENCY:
        return text("emergency", lang)
    return text("red flag", lang)


def _interaction_findings(person: _person.Person) -> list[_rules.Finding]:
    """One finding per medicine and interaction record: what happens and what to do."""
    return [
        _rules.finding(
            f"interaction:{drug.name}:{record.key}",
            msg(
                "{drug}: {effect} {management}",
                drug=drug.label,
                effect=record.effect,
                management=record.management,
            ),
            *record.sources,
            evidence=record.evidence,
            medication=drug.name,
            direction=record.direction,
        )
        for drug in person.medications
        for record in drug.records
    ]


def _ceiling_mg(person: _person.Person, authority: Authority | str) -> float:
    age = _reference.ADULT_AGE if person.age is None else person.age
    try:
        return upper_level(age=age, authority=authority).value_mg
    except LookupError:
        return 0.0  # no level for young children: no supplement dose
