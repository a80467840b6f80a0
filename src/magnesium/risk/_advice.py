"""Internal: advice: the evidence by cramp situation, and the recommendation.

The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _units
from magnesium._display import Displayable, quantity_text
from magnesium._i18n import N_, Msg, msg, text
from magnesium.intake import DaysReport, FluidTarget, IntakeReport, fluid_target
from magnesium.interactions import (
    Direction,
)
from magnesium.labs import SerumClass, SerumStatus
from magnesium.reference import _reference
from magnesium.risk import _person, _rules, _scores
from magnesium.schedule import magnesium_windows

if TYPE_CHECKING:
    import datetime as dt

    from pint.facets.plain import PlainQuantity

    from magnesium.reference import ReferenceValue


# --- evidence by cramp situation --------------------------------------------


class CrampSituation(enum.StrEnum):
    """The cramp situations of the article's evidence table."""

    IDIOPATHIC_NIGHT_CRAMPS = "nocturnal leg cramps in otherwise healthy adults"
    EXERCISE_AND_HEAT = "exercise- and heat-associated cramps"
    PREGNANCY = "pregnancy-associated leg cramps"


@attrs.frozen(kw_only=True, repr=False)
class CrampEvidence(Displayable):
    """What the trials say for one cramp situation: the article beside Cochrane.

    Attributes
    ----------
    situation
        The cramp situation.
    article
        The article's row: evidence base, effect and notes.
    article_direction
        What the article concludes, in a few words.
    review
        The Cochrane 2020 finding, or why there is none.
    review_direction
        What the review concludes, in a few words: the direction of the
        evidence beside its certainty.
    certainty
        The review's certainty of evidence, where it rates one.
    notes
        The article's further claims about the trials, each with its status
        where an authority disagrees or none was found.
    sources
        Keys of the sources.
    """

    situation: CrampSituation
    article: str
    article_direction: str
    review: str
    review_direction: str
    certainty: str
    sources: tuple[str, ...]
    notes: tuple[str, ...] = ()

    def _title(self, lang: str) -> str:
        return msg("Evidence: {situation}", situation=self.situation).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [
            (text("the article", lang), text(self.article, lang)),
            (text("the article concludes", lang), text(self.article_direction, lang)),
            ("Cochrane 2020", text(self.review, lang)),
            (text("Cochrane 2020 concludes", lang), text(self.review_direction, lang)),
            (text("certainty", lang), text(self.certainty, lang)),
            *[(text("note", lang), text(note, lang)) for note in self.notes],
            (text("sources", lang), ", ".join(self.sources)),
        ]


# The article's claims about the trials as a whole (section 3-4 of its tables):
# shown on every situation, with their status.
_TRIAL_NOTES: Final = (
    N_(
        "Why results are mixed (the article): deficient versus normal magnesium status, form "
        "and dose, a 20-40 % reduction on placebo, and small, short trials with self-reported "
        "outcomes."
    ),
    N_("The article says trials used 90-600 mg elemental magnesium a day: unconfirmed."),
    N_(
        "Magnesium oils and sprays on the skin have not been shown to raise serum or muscle "
        "magnesium (the article)."
    ),
)


EVIDENCE: Final = {
    CrampSituation.IDIOPATHIC_NIGHT_CRAMPS: CrampEvidence(
        situation=CrampSituation.IDIOPATHIC_NIGHT_CRAMPS,
        article=N_(
            ">10 studies and 3 Cochrane reviews: no or a very modest reduction against "
            "placebo; most trials find no clinically relevant difference."
        ),
        review=N_(
            "11 RCTs: % change in cramps/week at 4 weeks MD -9.59 % (95 % CI -23.14 to "
            "3.97; 3 studies, 177 participants); responders RR 1.04 (0.84-1.29). Magnesium is "
            "unlikely to give clinically meaningful prophylaxis to older adults."
        ),
        article_direction=N_("no effect, or a very modest one"),
        review_direction=N_("unlikely to help: no clinically meaningful benefit for older adults"),
        certainty=N_("moderate to high"),
        sources=("ARTICLE", "COCHRANE2020"),
        notes=(
            N_(
                "The article's '3 Cochrane reviews': two were found, Garrison 2012/2020 (one "
                "review, updated) and Zhou 2015 (pregnancy)."
            ),
            *_TRIAL_NOTES,
        ),
    ),
    CrampSituation.EXERCISE_AND_HEAT: CrampEvidence(
        situation=CrampSituation.EXERCISE_AND_HEAT,
        article=N_(
            "6 small RCTs (athletes, miners, soldiers): inconsistent; intravenous "
            "magnesium may speed resolution, oral supplements usually do not prevent cramps; "
            "hydration and electrolytes matter more."
        ),
        review=N_(
            "The Cochrane review covered idiopathic, pregnancy and cirrhosis cramps, not "
            "exercise-associated cramps: no pooled estimate."
        ),
        article_direction=N_("inconsistent: oral supplements usually do not prevent cramps"),
        review_direction=N_("not studied by the review"),
        certainty=N_("not rated"),
        sources=("ARTICLE", "COCHRANE2020"),
        notes=_TRIAL_NOTES,
    ),
    CrampSituation.PREGNANCY: CrampEvidence(
        situation=CrampSituation.PREGNANCY,
        article=N_(
            "5 RCTs (n=370): a small but significant effect in 2 of 5; positive studies "
            "used 300-360 mg magnesium citrate/oxide daily; 1-2 fewer cramps a week; more mild "
            "diarrhoea."
        ),
        review=N_(
            "3 studies (204 women) could not be pooled: one found benefit, one was "
            "uninterpretable, the one low-risk-of-bias trial trended towards placebo; no "
            "conclusion possible (Zhou 2015: outcomes too inconsistent to pool)."
        ),
        article_direction=N_("a small benefit in 2 of 5 trials"),
        review_direction=N_("uncertain: the trials conflict and no conclusion is possible"),
        certainty=N_("very low"),
        sources=("ARTICLE", "COCHRANE2020", "ZHOU2015"),
        notes=(
            N_(
                "The article's n=370: Cochrane 2020 counts 5 pregnancy trials with 408 women "
                "(Zhou 2015: 6 trials, 390 women, all treatments)."
            ),
            N_(
                "The article's '1-2 fewer cramps a week': no pooled figure supports it; the "
                "review could not pool the pregnancy trials (unconfirmed)."
            ),
            N_(
                "The article's 300-360 mg a day in the positive pregnancy trials is "
                "unconfirmed (no stored copy of the trials was read)."
            ),
            *_TRIAL_NOTES,
        ),
    ),
}


def situations_of(person: _person.Person) -> list[CrampSituation]:
    symptoms = person.symptoms
    if not symptoms & _person.CRAMPS:
        return []
    if person.pregnant:
        return [CrampSituation.PREGNANCY]
    found = []
    if _person.Symptom.EXERCISE_CRAMPS in symptoms or (
        person.training_hours_per_week and person.hot_climate and symptoms & _person.CRAMPS
    ):
        found.append(CrampSituation.EXERCISE_AND_HEAT)
    if symptoms & (_person.CRAMPS - {_person.Symptom.EXERCISE_CRAMPS}):
        found.append(CrampSituation.IDIOPATHIC_NIGHT_CRAMPS)
    return found


# --- recommendation ---------------------------------------------------------


# The article's supplement trial: 200-250 mg elemental magnesium a day, 4-6 weeks.
TRIAL_MG: Final = (200.0, 250.0)
TRIAL_WEEKS: Final = (4, 6)


@attrs.frozen(kw_only=True, repr=False)
class SupplementPlan(Displayable):
    """A supplement trial within the ceiling, as the article and EFSA allow.

    Attributes
    ----------
    dose_mg
        Elemental magnesium a day to add: with what is taken already, the
        article's 200-250 mg, never more than the headroom under the ceiling.
        [mg/day] (``dose`` as a Quantity)
    taken_mg
        Supplemental magnesium taken already. [mg/day]
    headroom_mg
        What still fits under the ceiling before this dose. [mg/day]
    forms, timing, weeks, side_effects, split
        The article's table, with BfR's advice to split the dose.
    spacing
        How to space magnesium from each of this person's medicines whose
        absorption magnesium lowers, with or without a known window.
    suggested_time
        A time of day allowed under every spacing rule, evening preferred,
        when the medicines' times are known.
    caveat
        What the evidence says against the trial for this person's cramps
        (night cramps: Cochrane 2020), or ``None``.
    topical
        The article: magnesium on the skin has no support.
    """

    dose_mg: float
    headroom_mg: float
    spacing: tuple[Msg, ...]
    suggested_time: dt.time | None
    caveat: Msg | None = None
    taken_mg: float = 0.0
    forms: tuple[str, ...] = ("magnesium citrate", "magnesium bisglycinate")
    forms_note: str = N_(
        "The article prefers these for bioavailability and fewer stomach complaints; no "
        "authoritative source ranks the forms (EFSA treats soluble salts as similar)."
    )
    timing: str = N_("in the evening, with a light meal")
    weeks: tuple[int, int] = TRIAL_WEEKS
    side_effects: str = N_(
        "Soft stools, mild diarrhoea or bloating: lower or split the dose; stop at "
        "persistent diarrhoea."
    )
    split: str = N_("Splitting the daily dose into at least two doses is advised (BfR 2017).")
    topical: str = N_(
        "Magnesium oils and sprays on the skin have not been shown to raise serum or muscle "
        "magnesium (the article)."
    )
    sources: tuple[str, ...] = ("ARTICLE", "SCF2001", "BFR2017", "EFSA2009")

    _derived = ("dose",)

    @property
    def dose(self) -> PlainQuantity[float]:
        """Elemental magnesium a day. [mg/day]"""
        return _units.quantity(self.dose_mg, "mg/day")

    def _title(self, lang: str) -> str:
        return msg(
            "Supplement trial: {dose} elemental, {timing}, {low}-{high} weeks",
            dose=quantity_text(self.dose, 0, lang),
            timing=msg(self.timing),
            low=self.weeks[0],
            high=self.weeks[1],
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [
            (text("forms", lang), f"{', '.join(self.forms)} ({text(self.forms_note, lang)})"),
            (
                text("headroom under the ceiling", lang),
                msg("{mg:.0f} mg/day", mg=self.headroom_mg).render(lang),
            ),
            (text("split", lang), text(self.split, lang)),
            (text("side effects", lang), text(self.side_effects, lang)),
            (text("on the skin", lang), text(self.topical, lang)),
        ]
        if self.caveat is not None:
            lines.insert(0, (text("caveat", lang), self.caveat.render(lang)))
        lines += [(text("spacing", lang), line.render(lang)) for line in self.spacing]
        if self.suggested_time is not None:
            lines.append((text("suggested time", lang), f"{self.suggested_time:%H:%M}"))
        return [*lines, (text("sources", lang), ", ".join(self.sources))]


@attrs.frozen(kw_only=True, repr=False)
class Recommendation(Displayable):
    """What to do, from sourced advice only.

    Attributes
    ----------
    ask_doctor_first
        A caution or red flag applies: no dose is given.
    urgency
        How soon to act (:class:`Urgency`); the summary starts with it.
    summary
        One paragraph (``str(summary)`` in English, ``summary.render("da")``).
    diet
        Diet first: the gap to the recommended intake and magnesium-rich foods.
    fluid
        The daily fluid target (article) beside EFSA's water intake.
    measures
        Non-drug measures.
    supplement
        The supplement trial, or ``None`` with the reason in ``summary``.
    blood_test
        Where the person reports signs of low magnesium and no serum value:
        the article's word that the signs are nonspecific and a blood test
        tells more; else ``None``.
    """

    ask_doctor_first: bool
    urgency: _rules.Urgency
    summary: Msg
    diet: tuple[Msg, ...]
    fluid: FluidTarget | None
    measures: tuple[str, ...]
    supplement: SupplementPlan | None
    blood_test: Msg | None = None
    sources: tuple[str, ...] = ("ARTICLE", "EFSA2015", "SCF2001")

    def _title(self, lang: str) -> str:
        if self.urgency is _rules.Urgency.EMERGENCY:
            return text("Recommendation: call 112 now", lang)
        if self.urgency is _rules.Urgency.DOCTOR:
            return text("Recommendation: see a doctor first", lang)
        if self.ask_doctor_first:
            return text("Recommendation: ask a doctor first", lang)
        return text("Recommendation", lang)

    def _brief(self) -> str:
        return str(self.summary)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("summary", lang), self.summary.render(lang))]
        if self.blood_test is not None:
            lines.append((text("blood test", lang), self.blood_test.render(lang)))
        lines += [(text("diet", lang), line.render(lang)) for line in self.diet]
        if self.fluid is not None:
            fluid = msg(
                "{low:.2f}-{high:.2f} L/day (the article's 30-35 mL/kg)",
                low=self.fluid.low_l,
                high=self.fluid.high_l,
            )
            if self.fluid.efsa is not None:
                fluid = msg(
                    "{low:.2f}-{high:.2f} L/day (the article's 30-35 mL/kg); EFSA water AI "
                    "{efsa:g} L/day",
                    low=self.fluid.low_l,
                    high=self.fluid.high_l,
                    efsa=self.fluid.efsa.value_l,
                )
            lines.append((text("fluid", lang), fluid.render(lang)))
        lines += [(text("measure", lang), text(line, lang)) for line in self.measures]
        if self.supplement is not None:
            lines.append((text("supplement", lang), self.supplement._title(lang)))  # noqa: SLF001
        return lines


FOODS: Final = msg(
    "Eat magnesium-rich foods: nuts (30 g almonds about 81 mg), whole grains (50 g oats "
    "about 69 mg), legumes (1 dl cooked black beans about 51 mg) and green vegetables "
    "(100 g raw spinach about 79 mg) (USDA SR28; the article's list)."
)
_MEASURES: Final = (
    N_("Stretch calves, hamstrings and soles regularly before bed."),
    N_("Raise training load by at most 10 % a week (the article's rule of thumb; unconfirmed)."),
    N_("Heat (bath, wrap) to relax; ice after hard training for irritable nerves."),
    N_("Good shoes and insoles."),
    N_(
        "Balance caffeine and alcohol: both raise urinary magnesium loss (the article; for "
        "caffeine unconfirmed)."
    ),
    N_("Heavy sweaters can replace salt with a glass of mineral water with sodium and potassium."),
)


# The article's four foods of its practical guide (30 g almonds, a bowl of
# oatmeal, a whole-grain roll, 100 g spinach) in USDA SR28 portions: almonds
# 12061, 30 g: 81 mg; oatmeal 08121, 1 cup cooked (234 g): 63 mg; whole-wheat
# dinner roll 18348, 1 oz (28 g): 24 mg; raw spinach 11457, 100 g: 79 mg.
_FOUR_FOODS_MG: Final = 247
# The adults' adequate intakes of EFSA 2015, from the reference table itself.
_MEN_MG: Final = _reference.reference_intake(sex="male", age=40).value_mg
_WOMEN_MG: Final = _reference.reference_intake(sex="female", age=40).value_mg
_FOUR_FOODS: Final = msg(
    "The article's four foods (30 g almonds, a cup of cooked oatmeal, a small whole-grain "
    "roll, 100 g spinach) give about {mg} mg (USDA SR28); the article says they cover "
    "60-70 % of the need: {men:.0f} % of the men's {men_mg:.0f} mg and {women:.0f} % of "
    "the women's {women_mg:.0f} mg (EFSA 2015).",
    mg=_FOUR_FOODS_MG,
    men=_FOUR_FOODS_MG / _MEN_MG * 100,
    men_mg=_MEN_MG,
    women=_FOUR_FOODS_MG / _WOMEN_MG * 100,
    women_mg=_WOMEN_MG,
)
_BLOOD_TEST: Final = N_(
    "Signs such as {symptoms} are nonspecific: a blood test for magnesium tells more (the "
    "article)."
)
_NIGHT_CRAMP_CAVEAT: Final = msg(
    "For night cramps in otherwise healthy adults a Cochrane review (2020) found magnesium "
    "unlikely to help (moderate to high certainty): a trial makes sense for a suspected "
    "magnesium shortfall, not for the cramps alone."
)


def _spacing(person: _person.Person) -> list[Msg]:
    """Every medicine whose absorption magnesium lowers, window or not: none is dropped."""
    return [
        msg("{drug}: {management}", drug=drug.label, management=record.management)
        for drug in person.medications
        for record in drug.records
        if record.direction is Direction.LOWERS_DRUG_ABSORPTION
    ]


def _suggested_time(person: _person.Person) -> dt.time | None:
    if not person.medication_times:
        return None
    return magnesium_windows(dict(person.medication_times)).preferred


def _intake_line(total_mg: float, reference: ReferenceValue, n_days: int | None) -> Msg:
    """Say how a day's intake (or the mean of ``n_days`` days) compares with the reference."""
    gap = reference.value_mg - total_mg
    given = {"gap": gap, "reference": reference.value_mg, "authority": str(reference.authority)}
    if n_days is None:
        if gap > 0:
            return msg(
                "The day's intake is {gap:.0f} mg below the recommended {reference:g} mg "
                "({authority}).",
                **given,
            )
        return msg("The day's intake meets the recommended intake.")
    if gap > 0:
        return msg(
            "The mean of the {n} days is {gap:.0f} mg below the recommended {reference:g} mg "
            "({authority}).",
            n=n_days,
            **given,
        )
    return msg("The mean of the {n} days meets the recommended intake.", n=n_days)


def recommend(
    person: _person.Person,
    *,
    risk: _scores.DeficiencyRisk,
    serum: SerumStatus | None,
    cautions: list[_rules.Finding],
    red_flags: list[_rules.Finding],
    intake: IntakeReport | None,
    ceiling_mg: float,
    situations: list[CrampSituation],
    days: DaysReport | None = None,
) -> Recommendation:
    diet = [FOODS, _FOUR_FOODS]
    if days is not None and days.reference is not None:  # the mean estimates usual intake
        diet.insert(0, _intake_line(days.mean_total_mg, days.reference, days.n_days))
    elif intake is not None and intake.reference is not None:
        diet.insert(0, _intake_line(intake.total_mg, intake.reference, None))
    fluid = None
    if person.body_weight is not None:
        adult = person.age is not None and person.sex is not None and person.age >= 14
        fluid = fluid_target(
            f"{person.body_weight} kg",
            sex=person.sex if adult else None,
            age=person.age if adult else None,
            pregnant=person.pregnant,
            lactating=person.lactating,
        )
    supplemental = intake.supplemental_mg if intake is not None else 0.0
    headroom = max(ceiling_mg - supplemental, 0.0)
    supplement = None
    urgency = max((f.urgency for f in (*cautions, *red_flags)), default=_rules.Urgency.ROUTINE)
    if urgency is _rules.Urgency.EMERGENCY:
        summary = msg(
            "Call 112 (the emergency number) now: {reasons} Take no magnesium until a doctor "
            "has seen you.",
            reasons=tuple(f.message for f in red_flags),
        )
    elif red_flags:
        summary = msg(
            "See a doctor: {reasons} Take no magnesium supplement until then.",
            reasons=tuple(f.message for f in red_flags),
        )
    elif cautions:
        summary = msg(
            "Ask your doctor first: {reasons} No supplement dose is given here.",
            reasons=tuple(f.message for f in cautions),
        )
    elif serum is not None and serum.status is SerumClass.NORMAL:
        summary = msg(
            "Serum magnesium is normal: fluid and salt, stretching and load management "
            "help more than magnesium (the article)."
        )
    elif risk.level is _rules.RiskLevel.LOW and serum is None:
        summary = msg(
            "No risk factor for low magnesium was found: food first; fluid, stretching "
            "and load management help more than a supplement (the article)."
        )
    elif headroom <= 0:
        summary = msg(
            "Supplemental magnesium already reaches the ceiling of {ceiling:g} mg/day: no "
            "further supplement.",
            ceiling=ceiling_mg,
        )
    elif supplemental >= TRIAL_MG[0]:
        summary = msg(
            "Supplements already give {taken:.0f} mg of magnesium a day, a trial dose (the "
            "article's 200-250 mg): no further supplement; stop it if it does not help in "
            "{low}-{high} weeks.",
            taken=supplemental,
            low=TRIAL_WEEKS[0],
            high=TRIAL_WEEKS[1],
        )
    else:
        # the article's trial is 200-250 mg a day in all; what is taken counts
        dose = min(TRIAL_MG[1] - supplemental, headroom)
        night_cramps = CrampSituation.IDIOPATHIC_NIGHT_CRAMPS in situations
        supplement = SupplementPlan(
            dose_mg=dose,
            taken_mg=supplemental,
            headroom_mg=headroom,
            spacing=tuple(_spacing(person)),
            suggested_time=_suggested_time(person),
            caveat=_NIGHT_CRAMP_CAVEAT if night_cramps else None,
        )
        fields = {
            "low": supplement.weeks[0],
            "high": supplement.weeks[1],
            "dose": dose,
            "timing": msg(supplement.timing),
        }
        summary = msg(
            "Food first. A {low}-{high} week trial of {dose:.0f} mg elemental magnesium a "
            "day, {timing}, can be reasonable (the article); stop if it does not help.",
            **fields,
        )
        if supplemental > 0:
            summary = msg(
                "Food first. A {low}-{high} week trial of {total:.0f} mg elemental magnesium a "
                "day in all supplements ({dose:.0f} mg on top of the {taken:.0f} mg taken now), "
                "{timing}, can be reasonable (the article); stop if it does not help.",
                total=supplemental + dose,
                taken=supplemental,
                **fields,
            )
    if supplement is not None and supplement.caveat is not None:
        summary = msg("{summary} {caveat}", summary=summary, caveat=supplement.caveat)
    signs = person.symptoms & _rules.LOW_SERUM_SIGNS
    return Recommendation(
        ask_doctor_first=bool(red_flags or cautions),
        urgency=urgency,
        summary=summary,
        diet=tuple(diet),
        fluid=fluid,
        measures=_MEASURES,
        supplement=supplement,
        blood_test=msg(_BLOOD_TEST, symptoms=_rules.symptom_words(signs))
        if signs and serum is None
        else None,
    )
