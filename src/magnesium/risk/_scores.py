"""Internal: the scores: deficiency risk and the magnesium depletion score.

The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final, Protocol, cast

import attrs

from magnesium import _names
from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, msg, source_keys, text
from magnesium.errors import (
    ArgumentTypeError,
)
from magnesium.interactions import Direction
from magnesium.labs import SerumClass
from magnesium.risk import _person, _rules
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    import numpy as np

    from magnesium.intake import DaysReport, IntakeReport
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
                f"{f.message.render(lang)} [{source_keys(f.sources).render(lang)}]",
            )
            for f in self.factors
        ]
        return [*lines, (text("rule", lang), text(self.rule, lang))]


# --- deficiency-risk factors, declared once --------------------------------
#
# Each factor below is one declaration that both paths read: its key, weight,
# message and sources, its reading of one person (``reads``: the inputs it
# read when it fires, else None) and its reading of a cohort's columns
# (``column``: True, or a count, per row where it fires). :func:`assess`
# builds findings from ``reads``; :func:`magnesium.frame.score` adds up
# ``points`` per row. Adding a factor is one entry here plus its test.


@attrs.frozen
class Case:
    """What the scalar readers read: one person, the day's intake and serum status.

    With several days, ``days`` holds them: their mean is read against the
    reference (``intake`` is then the day with the most supplements).
    """

    person: _person.Person
    intake: IntakeReport | None = None
    serum: SerumStatus | None = None
    days: DaysReport | None = None


class Cohort(Protocol):
    """What the column readers read: one array per input, one row per person.

    :mod:`magnesium.frame` provides it. A flag not given is False; a number
    not given is NaN, which compares False, so a factor not reported adds
    nothing, as in the scalar path.
    """

    @property
    def years(self) -> np.ndarray:
        """Return the age in years (NaN where missing)."""

    def flag(self, name: str) -> np.ndarray:
        """Return a yes/no column (or a word column read into flags) by its frame name."""

    def heavy_drinking(self) -> np.ndarray:
        """Return 1 where the drinks per day exceed the sex's limit, else 0."""

    def lowering_medicines(self) -> np.ndarray | None:
        """Return the counted magnesium-lowering records per row (None without medicines)."""

    def below_reference(self) -> np.ndarray | None:
        """Return whether the total intake is below the reference (None without intake)."""

    def egfr(self) -> tuple[np.ndarray, np.ndarray]:
        """Return the eGFR, given or estimated (NaN where unknown), and where it is unknown."""

    def medicines_with_atc(self, prefixes: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Return 1 where a drug's ATC code starts with ``prefixes`` (else 0), and the missing."""

    def drinking_known(self) -> np.ndarray:
        """Return where both the drinks per day and the sex are known."""

    def by_serum_class(self, values: list[int]) -> np.ndarray | None:
        """Return each row's entry of ``values`` (one per serum class) by its class, else 0."""


@attrs.frozen
class Fired:
    """A factor that fired for one person: the inputs read, and sources of what it read."""

    inputs: dict[str, object]
    sources: tuple[str, ...] = ()
    message: Msg | None = None  # this reading's own words, where the factor's do not fit


@attrs.frozen(kw_only=True)
class Factor:
    """One deficiency-risk factor with a fixed weight and message."""

    key: str
    weight: int
    message: Msg
    sources: tuple[str, ...]
    evidence: Evidence = Evidence.CONFIRMED
    reads: Callable[[Case], Fired | None]
    column: Callable[[Cohort], np.ndarray | None] | None  # None: the frame has no such column

    def findings(self, case: Case) -> list[_rules.Finding]:
        fired = self.reads(case)
        if fired is None:
            return []
        return [
            _rules.Finding(
                key=self.key,
                message=fired.message or self.message,
                sources=(*self.sources, *fired.sources),
                weight=self.weight,
                evidence=self.evidence,
                inputs=_rules.inputs_of(fired.inputs),
            )
        ]

    def points(self, cohort: Cohort) -> np.ndarray | None:
        times = self.column(cohort) if self.column is not None else None
        return None if times is None else times * self.weight


@attrs.frozen(kw_only=True)
class MedicineFactor:
    """Each record of a drug that lowers magnesium: shown, and counted unless unconfirmed or minor.

    Its message and sources are the record's (:func:`_rules.counted_records`).
    """

    key: str = "medicine"
    weight: int = 1

    def findings(self, case: Case) -> list[_rules.Finding]:
        found = []
        for drug in case.person.medications:
            for record in drug.records:
                if record.direction is not Direction.DRUG_LOWERS_MAGNESIUM:
                    continue
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
                        f"{self.key}:{drug.name}",
                        message,
                        *record.sources,
                        weight=self.weight if counted else 0,
                        evidence=record.evidence,
                        medication=drug.name,
                    )
                )
        return found

    def points(self, cohort: Cohort) -> np.ndarray | None:
        counts = cohort.lowering_medicines()
        return None if counts is None else counts * self.weight


@attrs.frozen(kw_only=True)
class SerumFactor:
    """Serum magnesium below or near the reference interval: points by class."""

    key: str = "serum_magnesium"
    weights: Mapping[SerumClass, int]

    def findings(self, case: Case) -> list[_rules.Finding]:
        serum = case.serum
        if serum is None or serum.status not in self.weights:
            return []
        return [
            _rules.finding(
                self.key,
                msg(
                    "Serum magnesium is {status}: {meaning}.",
                    status=serum.status,
                    meaning=serum.meaning,
                ),
                *serum.sources,
                weight=self.weights[serum.status],
                serum_mmol_per_l=serum.mmol_per_l,
            )
        ]

    def points(self, cohort: Cohort) -> np.ndarray | None:
        return cohort.by_serum_class([self.weights.get(c, 0) for c in SerumClass])


def _heavy_drinking(case: Case) -> Fired | None:
    person, drinks = case.person, case.person.alcohol_drinks_per_day
    if drinks is None or person.sex is None or drinks <= _rules.HEAVY_DRINKING[person.sex]:
        return None
    return Fired({"alcohol_drinks_per_day": drinks, "sex": person.sex})


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _condition(
    condition: _person.Condition,
) -> Callable[[Case], Fired | None]:  # pragma: no mutate block
    def reads(case: Case) -> Fired | None:
        return Fired({"conditions": condition}) if condition in case.person.conditions else None

    return reads


def _gut_disease(case: Case) -> Fired | None:
    gut = sorted(str(c) for c in case.person.conditions & _rules.GI_DISEASE)
    return Fired({"conditions": ", ".join(gut)}) if gut else None


def _below_reference(case: Case) -> Fired | None:
    if case.days is not None:  # several days: their mean estimates usual intake (IOM 2000)
        total, reference = case.days.mean_total_mg, case.days.reference
        message = msg(
            "The mean of the {n} days is below the recommended intake (the mean of a few days "
            "estimates usual intake).",
            n=case.days.n_days,
        )
    else:
        intake = case.intake
        total = intake.total_mg if intake is not None else math.nan
        reference, message = (intake.reference if intake is not None else None), None
    if reference is None or not total < reference.value_mg:
        return None
    return Fired(
        {"total_mg": round(total), "reference_mg": reference.value_mg},
        sources=(reference.source,),
        message=message,
    )


# The weights are this library's (the module docs of magnesium.risk): 2 for
# the groups the sources treat as major, 1 for the others; serum points by class.
FACTORS: Final[tuple[Factor | MedicineFactor | SerumFactor, ...]] = (
    Factor(
        key="heavy_sweating",
        weight=1,
        message=msg("Heavy sweating loses magnesium, sodium and potassium."),
        sources=("ARTICLE",),
        reads=lambda c: Fired({"heavy_sweating": True}) if c.person.heavy_sweating else None,
        column=lambda cohort: cohort.flag("heavy_sweating"),
    ),
    Factor(
        key="training_in_heat",
        weight=1,
        message=msg("Long training in heat can lose magnesium in sweat."),
        sources=("ARTICLE",),
        reads=lambda c: (
            Fired(
                {"training_hours_per_week": c.person.training_hours_per_week, "hot_climate": True}
            )
            if c.person.hot_climate and c.person.training_hours_per_week
            else None
        ),
        column=None,  # no training or climate columns in the frame
    ),
    Factor(
        key="heavy_drinking",
        weight=1,
        message=msg("Alcohol raises urinary magnesium loss and lowers uptake."),
        sources=("ARTICLE", "FAN2021"),
        evidence=Evidence.SECONDARY,
        reads=_heavy_drinking,
        column=lambda cohort: cohort.heavy_drinking(),
    ),
    Factor(
        key="alcohol_dependence",
        weight=2,
        message=msg("Alcohol dependence is a group at risk of inadequacy."),
        sources=("NIHODS",),
        evidence=Evidence.SECONDARY,
        reads=_condition(_person.Condition.ALCOHOL_DEPENDENCE),
        column=lambda cohort: cohort.flag("alcohol_dependence"),
    ),
    Factor(
        key="diet",
        weight=1,
        message=msg(
            "A one-sided or very calorie-restricted diet can fall below the recommended intake."
        ),
        sources=("ARTICLE",),
        reads=lambda c: (
            Fired({"diet": c.person.diet}) if c.person.diet in _rules.RESTRICTED_DIETS else None
        ),
        column=lambda cohort: cohort.flag("restricted_diet"),
    ),
    Factor(
        key="gastrointestinal_disease",
        weight=2,
        message=msg("Gut disease lowers uptake and raises losses (malabsorption)."),
        sources=("ARTICLE", "NIHODS"),
        reads=_gut_disease,
        column=lambda cohort: cohort.flag("gi_disease"),
    ),
    Factor(
        key="type_2_diabetes",
        weight=1,
        message=msg("Type 2 diabetes raises urinary magnesium loss."),
        sources=("NIHODS",),
        evidence=Evidence.SECONDARY,
        reads=_condition(_person.Condition.TYPE_2_DIABETES),
        column=lambda cohort: cohort.flag("type_2_diabetes"),
    ),
    Factor(
        key="older_adult",
        weight=1,
        message=msg(
            "Older adults absorb less and excrete more magnesium (age {age:g} or over, "
            "this library's reading).",
            age=_rules.OLDER_ADULT,
        ),
        sources=("NIHODS",),
        evidence=Evidence.SECONDARY,
        reads=lambda c: (
            Fired({"age": c.person.age})
            if c.person.age is not None and c.person.age >= _rules.OLDER_ADULT
            else None
        ),
        column=lambda cohort: cohort.years >= _rules.OLDER_ADULT,
    ),
    MedicineFactor(weight=1),
    Factor(
        key="intake_below_reference",
        weight=1,
        message=msg("The day's intake is below the recommended intake."),
        sources=(),  # the reference value's own source
        reads=_below_reference,
        column=lambda cohort: cohort.below_reference(),
    ),
    SerumFactor(
        weights={SerumClass.SEVERELY_LOW: 3, SerumClass.LOW: 3, SerumClass.GREY_ZONE: 1},
    ),
)


def deficiency_factors(
    person: _person.Person,
    intake: IntakeReport | None,
    serum: SerumStatus | None,
    days: DaysReport | None = None,
) -> list[_rules.Finding]:
    case = Case(person, intake, serum, days)
    return [found for factor in FACTORS for found in factor.findings(case)]


# --- magnesium depletion score ----------------------------------------------
#
# Each part is declared once, as the factors are: its points, thresholds,
# source, its reading of one person (``read``: the findings and the inputs
# missing) and of a cohort (``read_columns``: points per row, and where unknown).

MdsReading = tuple[list[_rules.Finding], list[str]]


@attrs.frozen(kw_only=True)
class MedicinePart:
    """One point for current use of a drug of an ATC group (Fan 2021)."""

    key: str
    points: int
    atc: tuple[str, ...]
    message: Msg

    @property
    def column(self) -> str:
        return self.key

    def read(self, person: _person.Person) -> MdsReading:
        drugs = _rules.with_atc(person.medications, self.atc)
        if not drugs:
            return [], []
        found = _rules.finding(
            self.key, self.message, "FAN2021", weight=self.points, medication=drugs[0].name
        )
        return [found], []

    def read_columns(self, cohort: Cohort) -> tuple[np.ndarray, np.ndarray]:
        using, missing = cohort.medicines_with_atc(self.atc)
        return using * self.points, missing


@attrs.frozen(kw_only=True)
class DrinkingPart:
    """One point for heavy drinking: more than 1 drink a day for women, 2 for men (Fan 2021)."""

    key: str
    column: str
    points: int
    message: Msg

    def read(self, person: _person.Person) -> MdsReading:
        drinks = person.alcohol_drinks_per_day
        missing = [N_("alcohol_drinks_per_day")] if drinks is None else []
        if person.sex is None:
            return [], [*missing, N_("sex")]
        if _heavy_drinking(Case(person)) is None:  # the deficiency factor's own limits
            return [], missing
        found = _rules.finding(
            self.key,
            self.message,
            "FAN2021",
            weight=self.points,
            evidence=Evidence.SECONDARY,
            alcohol_drinks_per_day=drinks,
            sex=person.sex,
        )
        return [found], []

    def read_columns(self, cohort: Cohort) -> tuple[np.ndarray, np.ndarray]:
        return cohort.heavy_drinking() * self.points, ~cohort.drinking_known()


@attrs.frozen
class EgfrBand:
    """Points for an eGFR below ``below`` mL/min/1.73 m² (the first band that holds)."""

    below: float
    points: int
    key: str
    message: Msg


@attrs.frozen(kw_only=True)
class EgfrPart:
    """Points for reduced kidney function (Fan 2021): the bands, lowest first."""

    column: str
    bands: tuple[EgfrBand, ...]

    def read(self, person: _person.Person) -> MdsReading:
        egfr, how = person.egfr_estimate
        if egfr is None:
            return [], [N_("egfr (or serum_creatinine with age and sex)")]
        for band in self.bands:
            if egfr < band.below:
                found = _rules.finding(
                    band.key,
                    band.message,
                    "FAN2021",
                    weight=band.points,
                    evidence=Evidence.SECONDARY,
                    egfr=f"{egfr:g} ({how})",
                )
                return [found], []
        return [], []

    def read_columns(self, cohort: Cohort) -> tuple[np.ndarray, np.ndarray]:
        egfr, unknown = cohort.egfr()
        # The first band that holds, as comparisons added: below each limit
        # adds that band's points less the next band's (NaN compares False).
        steps = [b.points - n.points for b, n in zip(self.bands, self.bands[1:], strict=False)]
        steps.append(self.bands[-1].points)
        points = sum((egfr < b.below) * step for b, step in zip(self.bands, steps, strict=True))
        return cast("np.ndarray", points), unknown  # comparisons of arrays: an array


MDS_PARTS: Final[tuple[MedicinePart | DrinkingPart | EgfrPart, ...]] = (
    MedicinePart(
        key="mds_diuretic",
        points=1,
        atc=_rules.DIURETICS_MDS,
        message=msg("Current loop or thiazide diuretic use: 1 point."),
    ),
    MedicinePart(
        key="mds_ppi",
        points=1,
        atc=_rules.PPI,
        message=msg("Current proton pump inhibitor use: 1 point."),
    ),
    DrinkingPart(
        key="mds_heavy_drinking",
        column="mds_alcohol",
        points=1,
        message=msg("Heavy drinking (more than 1 drink a day for women, 2 for men): 1 point."),
    ),
    EgfrPart(
        column="mds_egfr",
        bands=(
            EgfrBand(
                _rules.EGFR_REDUCED,
                2,
                "mds_egfr_below_60",
                msg("eGFR below 60 mL/min/1.73 m²: 2 points."),
            ),
            EgfrBand(
                _rules.EGFR_NORMAL,
                1,
                "mds_egfr_60_89",
                msg("eGFR 60 to below 90 mL/min/1.73 m²: 1 point."),
            ),
        ),
    ),
)


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
        # ``missing`` holds the argument names (for code); Danish reads them in words
        lines += [(text("missing", lang), text(name, lang)) for name in self.missing]
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
        message = f"`person` needs a magnesium.Person, got {_names.shown(person)}"
        raise ArgumentTypeError(message)
    parts: list[_rules.Finding] = []
    missing: list[str] = []
    for part in MDS_PARTS:
        found, unknown = part.read(person)
        parts += found
        missing += unknown
    minimum = sum(p.weight for p in parts)
    value = None if missing else minimum
    return DepletionScore(
        value=value,
        minimum=minimum,
        parts=tuple(parts),
        missing=tuple(missing),
        group=None if value is None else _rules.mds_group(value),
    )
