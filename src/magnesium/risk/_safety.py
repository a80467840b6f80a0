"""Internal: safety: the cautions (ask a doctor first) and the red flags (see a doctor).

Each is one declaration (:data:`CAUTIONS`, :data:`RED_FLAGS`) read by both
paths (see the comment above them). The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol

import attrs

from magnesium import _units
from magnesium._i18n import msg
from magnesium.interactions import (
    Direction,
    Drug,
    InteractionRecord,
    UnknownMedicine,
)
from magnesium.labs import SerumClass, SerumStatus, _labs
from magnesium.reference import Authority, _reference
from magnesium.risk import _person, _rules, _scores
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np

    from magnesium.intake import IntakeReport

# --- cautions and red flags -------------------------------------------------


def _over_ceiling(case: Case) -> list[_rules.Finding]:
    intake = case.intake
    if intake is None or intake.ceiling is None or not intake.exceeds_ceiling:
        return []
    if _is_child(case.person):
        return []  # a child over a limit is told to stop: child_over_limit
    ceiling = intake.ceiling
    return [
        _rules.finding(
            "over_ceiling",
            msg(
                "Supplemental magnesium of {supplemental:.0f} mg a day is {excess:.0f} mg over "
                "the ceiling of {ceiling:g} mg/day ({authority}): reduce it to at most "
                "{ceiling:g} mg. Above the ceiling magnesium can cause osmotic diarrhoea, "
                "nausea and stomach cramps. If a doctor prescribed it, ask the doctor.",
                supplemental=intake.supplemental_mg,
                excess=intake.supplemental_mg - ceiling.value_mg,
                ceiling=ceiling.value_mg,
                authority=str(ceiling.authority),
            ),
            ceiling.source,
            "NIHODS",
            "ARTICLE",
            supplemental_mg=round(intake.supplemental_mg, 1),
            ceiling_mg=ceiling.value_mg,
        )
    ]


def _pregnancy_or_lactation(case: Case) -> list[_rules.Finding]:
    person = case.person
    if not (person.pregnant or person.lactating):
        return []
    return [
        _rules.finding(
            "pregnancy_or_lactation",
            msg(
                "Pregnant or breastfeeding: talk to your midwife or doctor before taking a "
                "magnesium supplement. The trials in pregnancy are of very low certainty "
                "(Cochrane 2020), and EFSA found no higher need."
            ),
            "COCHRANE2020",
            "ZHOU2015",
            "EFSA2015",
            pregnant=person.pregnant,
            lactating=person.lactating,
        )
    ]


def _age_unknown(case: Case) -> list[_rules.Finding]:
    if case.person.age is not None:
        return []
    return [
        _rules.finding(
            "age_unknown",
            msg(
                "Age not given: the supplement advice here is for adults, and the ceiling "
                "depends on age (none under 4 in the EU). Give the age, or ask a doctor "
                "first."
            ),
            "SCF2001",
            "ARTICLE",
            age=None,
        )
    ]


def _older_adult_kidney_unknown(case: Case) -> list[_rules.Finding]:
    age = case.person.age
    if age is None or age < _rules.OLDER_ADULT or case.egfr is not None:
        return []
    return [
        _rules.finding(
            "older_adult_kidney_unknown",
            msg(
                "Age {age:g}: older people often have reduced kidney function without "
                "knowing it (the article). Ask a doctor for a kidney test (eGFR) before "
                "taking magnesium; an eGFR of 60 or more lifts this caution.",
                age=age,
            ),
            "ARTICLE",
            "NIHODS",
            evidence=Evidence.SECONDARY,
            age=age,
            egfr=None,
        )
    ]


def _medicine_cautions(case: Case) -> list[_rules.Finding]:
    """Medicines that need a doctor's or pharmacist's word before magnesium is added.

    A drug whose absorption magnesium lowers but for which no source gives a
    window; a confirmed magnesium-wasting drug other than the diuretics and
    PPIs (which have their own caution); a magnesium medicine, which already
    counts toward the ceiling. The raltegravir-style "avoid" records are
    cautions of their own (``avoid:``).
    """
    person = case.person
    found = [_unknown_medicine(unknown) for unknown in person.unknown_medications]
    for drug in person.medications:
        for record in drug.records:
            kind = medicine_caution(drug, record)
            if kind == "no_spacing_window":
                message = msg(
                    "{drug}: {effect} {management} No spacing window is known: ask a pharmacist "
                    "or doctor before taking magnesium.",
                    drug=drug.label,
                    effect=record.effect,
                    management=record.management,
                )
            elif kind == "magnesium_wasting_medicine":
                message = msg(
                    "{drug}: {effect} {management} {ask}",
                    drug=drug.label,
                    effect=record.effect,
                    management=record.management,
                    ask=_rules.ASK_FIRST,
                )
            elif kind == "magnesium_medicine":
                message = msg(
                    "{drug} is a magnesium medicine: it already adds magnesium that counts "
                    "toward the ceiling, so no supplement is offered on top. {management} Ask "
                    "a doctor or pharmacist before adding more.",
                    drug=drug.label,
                    management=record.management,
                )
            else:
                continue
            found.append(
                _rules.finding(
                    f"{kind}:{drug.name}",
                    message,
                    *record.sources,
                    evidence=record.evidence,
                    medication=drug.name,
                )
            )
    return found


def _unknown_medicine(unknown: UnknownMedicine) -> _rules.Finding:
    """Say that a name the catalogue does not know was not checked, and who can check it."""
    message = msg(
        "{name} is not in this library's catalogue: its interactions with magnesium were not "
        "checked. A pharmacist can check it before you take magnesium.",
        name=unknown.query,
    )
    if unknown.suggestions:
        message = msg(
            "{name} is not in this library's catalogue: its interactions with magnesium were "
            "not checked (did you mean {suggestions}?). A pharmacist can check it before you "
            "take magnesium.",
            name=unknown.query,
            suggestions=", ".join(unknown.suggestions[:3]),
        )
    return _rules.finding(
        f"unknown_medicine:{unknown.query}",
        message,
        "ARTICLE",  # several medicines: ask before supplementing
        evidence=Evidence.UNCONFIRMED,
        medication=unknown.query,
        suggestions=", ".join(unknown.suggestions),
    )


def medicine_caution(drug: Drug, record: InteractionRecord) -> str | None:
    """Return the kind of medicine caution a record raises, if any (the frame reads it too)."""
    if record.avoid:
        return None  # a caution of its own: avoid:<drug>
    if (
        record.direction is Direction.LOWERS_DRUG_ABSORPTION
        and record.before_h is None
        and record.after_h is None
    ):
        return "no_spacing_window"
    if _rules.counted_records(record) and not drug.atc.startswith(
        (*_rules.DIURETICS, *_rules.PPI)
    ):  # their own
        return "magnesium_wasting_medicine"
    if drug.atc.startswith(_rules.MAGNESIUM_MEDICINES) and record.direction is Direction.ADDITIVE:
        return "magnesium_medicine"
    return None


def _takes_magnesium(case: Case) -> bool:
    taking = _rules.with_atc(case.person.medications, _rules.MAGNESIUM_MEDICINES)
    return bool(taking) or (case.intake is not None and case.intake.supplemental_mg > 0)


def _kidney(case: Case) -> list[_rules.Finding]:
    person, egfr = case.person, case.egfr
    if not (
        _person.Condition.KIDNEY_DISEASE in person.conditions
        or (egfr is not None and egfr < _rules.EGFR_REDUCED)
    ):
        return []
    takes_magnesium = _takes_magnesium(case)
    warning = msg(
        "Reduced kidney function: excess magnesium is not excreted, and the risk of "
        "high magnesium (slow pulse, depressed breathing) rises. {ask}",
        ask=_rules.ASK_FIRST,
    )
    if takes_magnesium:
        warning = msg(
            "Reduced kidney function: excess magnesium is not excreted, and the risk of "
            "high magnesium (slow pulse, depressed breathing) rises. Magnesium medicines "
            "or supplements are already taken: high risk. {ask}",
            ask=_rules.ASK_FIRST,
        )
    return [
        _rules.finding(
            "reduced_kidney_function",
            warning,
            "ARTICLE",
            "FAN2021",
            egfr=egfr,
            magnesium_taken=takes_magnesium,
        )
    ]


def _heart(case: Case) -> list[_rules.Finding]:
    person = case.person
    heart = _rules.with_atc(person.medications, _rules.HEART_MEDICINES)
    if not (_person.Condition.HEART_DISEASE in person.conditions or heart):
        return []
    names = ", ".join(d.name for d in heart) or "none listed"
    return [
        _rules.finding(
            "heart",
            msg(
                "Heart disease, especially with antiarrhythmics, digitalis or calcium "
                "channel blockers. {ask}",
                ask=_rules.ASK_FIRST,
            ),
            "ARTICLE",
            heart_medicines=names,
        )
    ]


def _polypharmacy(case: Case) -> list[_rules.Finding]:
    count = len(case.person.medications)
    if count < _rules.POLYPHARMACY:
        return []
    return [
        _rules.finding(
            "polypharmacy",
            msg(
                "{count} medicines (5 or more): more interactions, and kidney function is "
                "often reduced unknowingly. {ask}",
                count=count,
                ask=_rules.ASK_FIRST,
            ),
            "ARTICLE",
            "MASNOON2017",
            medications=count,
        )
    ]


def _diuretic_or_ppi(case: Case) -> list[_rules.Finding]:
    lowering = _rules.with_atc(case.person.medications, (*_rules.DIURETICS, *_rules.PPI))
    if not lowering:
        return []
    return [
        _rules.finding(
            "diuretic_or_ppi",
            msg(
                "On diuretics or proton pump inhibitors: ask a "
                "doctor or clinical dietitian before supplementing."
            ),
            "ARTICLE",
            medications=", ".join(d.name for d in lowering),
        )
    ]


def _potassium_sparing(case: Case) -> list[_rules.Finding]:
    sparing = _rules.with_atc(case.person.medications, _rules.POTASSIUM_SPARING)
    if not sparing:
        return []
    return [
        _rules.finding(
            "potassium_sparing_diuretic",
            msg(
                "Potassium-sparing diuretics lower magnesium excretion: risk of too much "
                "magnesium and potassium; blood tests regularly. {ask}",
                ask=_rules.ASK_FIRST,
            ),
            "NIHODS",
            "ARTICLE",
            evidence=Evidence.SECONDARY,
            medications=", ".join(d.name for d in sparing),
        )
    ]


def _avoid(case: Case) -> list[_rules.Finding]:
    return [
        _rules.finding(
            f"avoid:{drug.name}",
            msg("{drug}: {management}", drug=drug.label, management=record.management),
            *record.sources,
            evidence=record.evidence,
            medication=drug.name,
        )
        for drug in case.person.medications
        for record in drug.records
        if record.avoid
    ]


def _serum_high(case: Case) -> list[_rules.Finding]:
    serum = case.serum
    if serum is None or serum.status is not SerumClass.HIGH:
        return []
    return [
        _rules.finding(
            "serum_high",
            msg(
                "Serum magnesium {value:.2f} mmol/L is above the reference interval "
                "({low:g}-{high:g} mmol/L; many laboratories' ranges reach about 1.0-1.1): "
                "do not supplement, and discuss the value with a doctor.",
                value=serum.mmol_per_l,
                low=_labs.REFERENCE[0],
                high=_labs.REFERENCE[1],
            ),
            *serum.sources,
            serum_mmol_per_l=serum.mmol_per_l,
        )
    ]


def _is_child(person: _person.Person) -> bool:
    return person.age is not None and person.age < _reference.ADULT_AGE


def _child(case: Case) -> list[_rules.Finding]:
    if not _is_child(case.person):
        return []
    return [
        _rules.finding(
            "child",
            msg(
                "Under 18: the supplement advice here is for adults. Ask a doctor before "
                "giving a child a magnesium supplement."
            ),
            "SCF2001",  # this library's policy; the upper levels by age: SCF 2001, IOM 1997
            "IOM1997",
            age=case.person.age,
        )
    ]


def _child_over_limit(case: Case) -> list[_rules.Finding]:
    """Tell a child's carer that supplemental magnesium is over the upper level for the age.

    Under every authority: from 1 to 3 years the SCF set no level, so the
    IOM's 65 mg/day, the only one that exists, applies.
    """
    person, intake = case.person, case.intake
    if intake is None or not _is_child(person):
        return []
    age = float(person.age)  # type: ignore[arg-type] # a child has an age
    # under 1 year assess_intake refuses any intake (no level can be set): never None here
    limit = _reference.child_upper_level(age, case.authority)
    if limit is None or not _units.above(intake.supplemental_mg, limit.value_mg):
        return []
    return [
        _rules.finding(
            "child_over_limit",
            msg(
                "{supplemental:.0f} mg of supplemental magnesium a day is {times:.1f} times the "
                "upper level of {limit:g} mg/day ({authority}; {group}). Stop it and ask a "
                "doctor.",
                supplemental=intake.supplemental_mg,
                times=intake.supplemental_mg / limit.value_mg,
                limit=limit.value_mg,
                group=msg(limit.group),
                authority=str(limit.authority),
            ),
            limit.source,
            age=age,
            supplemental_mg=round(intake.supplemental_mg, 1),
            limit_mg=limit.value_mg,
        )
    ]


def _persistent_diarrhoea(case: Case) -> list[_rules.Finding]:
    if _person.Symptom.PERSISTENT_DIARRHOEA not in case.person.symptoms:
        return []
    return [
        _rules.finding(
            "persistent_diarrhoea",
            msg(
                "Persistent diarrhoea: stop magnesium supplements (the article) and ask a doctor."
            ),
            "ARTICLE",
            symptoms=_person.Symptom.PERSISTENT_DIARRHOEA,
        )
    ]


# --- the declarations -----------------------------------------------------------
#
# Each caution and red flag is one Rule: its reading of one person (``reads``,
# the findings above) beside its reading of a cohort's columns (``columns``:
# the frame's column name and a boolean per row). :func:`magnesium.assess`
# reads ``CAUTIONS`` and ``RED_FLAGS`` in this order; :func:`magnesium.frame.score`
# writes their columns. A rule whose input the frame lacks gives no column.
#
# Each rule declares its urgency, which its findings carry; the frame's
# ``urgency`` column is the highest urgency of the rules that fire for a row.
# A rule on symptoms alone may give a finding a higher or lower urgency by
# what it found (depressed breathing, a seizure): the frame reads that
# from the scalar findings themselves, once per distinct symptoms value.

Columns = dict[str, "np.ndarray"]


class Cohort(_scores.Cohort, Protocol):
    """What the cautions and red flags read, beyond the factors' columns (the frame gives it)."""

    def exceeds_ceiling(self) -> np.ndarray | None:
        """Return whether the supplemental intake exceeds the ceiling (None without intake)."""

    def pregnant_or_lactating(self) -> np.ndarray:
        """Return whether each person is pregnant or lactating."""

    def medicines(self, key: str, at_least: float = 1) -> np.ndarray | None:
        """Return whether the count of ``key`` reaches ``at_least`` (None without medicines)."""

    def unknown_medicines(self) -> np.ndarray | None:
        """Return whether any medicine name is unknown (None without medicines)."""

    def age_unknown(self) -> np.ndarray:
        """Return where the age is missing."""

    def serum(self) -> np.ndarray:
        """Return serum magnesium in mmol/L (NaN where missing, or without the column)."""

    def serum_given(self) -> bool:
        """Return whether the cohort has a serum magnesium column."""

    def with_symptoms(self, symptoms: frozenset[_person.Symptom]) -> np.ndarray | None:
        """Return whether any of ``symptoms`` is reported (None without the column)."""

    def fires_for_symptoms(
        self, reads: Callable[[Case], list[_rules.Finding]]
    ) -> np.ndarray | None:
        """Return whether ``reads`` fires for each person's symptoms (None without the column)."""

    def ranks_for_symptoms(self, reads: Callable[[Case], list[_rules.Finding]]) -> np.ndarray:
        """Return the rank of the highest urgency ``reads`` gives each person's symptoms."""

    def over_child_limit(self) -> np.ndarray | None:
        """Return whether a child's supplemental intake is over its limit (None without intake)."""


# The authority of a case made without one (the library's default).
_DEFAULT_AUTHORITY: Final = Authority(_reference.DEFAULT_AUTHORITY)


@attrs.frozen
class Case:
    """What the scalar readers read: the person, the eGFR used, serum status, the intake."""

    person: _person.Person
    egfr: float | None = None
    serum: SerumStatus | None = None
    intake: IntakeReport | None = None
    authority: Authority = _DEFAULT_AUTHORITY


@attrs.frozen(kw_only=True)
class Rule:
    """A caution or red flag: its reading of one person and of a cohort's columns."""

    name: str
    reads: Callable[[Case], list[_rules.Finding]]
    columns: Callable[[Cohort], Columns]
    urgency: _rules.Urgency
    symptoms_only: bool = False  # reads the symptoms alone (the frame runs it per value)
    # Where the rule fires, for the urgency column, when that is not where any
    # of its columns holds (red_flag_serum holds three rules of two urgencies).
    fires: Callable[[Cohort], np.ndarray | None] | None = None

    def read(self, case: Case) -> list[_rules.Finding]:
        """Return the findings for one person, each with its urgency (the rule's by default)."""
        return [
            found
            if found.urgency is not _rules.Urgency.ROUTINE
            else attrs.evolve(found, urgency=self.urgency)
            for found in self.reads(case)
        ]


def column(name: str, values: np.ndarray | None) -> Columns:
    return {} if values is None else {name: values}


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def by_symptoms(
    name: str, reads: Callable[[Case], list[_rules.Finding]]
) -> Rule:  # pragma: no mutate block
    """Return a rule on symptoms alone: the frame runs ``reads`` once per symptoms value."""
    return Rule(
        name=name,
        reads=reads,
        columns=lambda cohort: column(f"red_flag_{name}", cohort.fires_for_symptoms(reads)),
        urgency=_rules.Urgency.DOCTOR,
        symptoms_only=True,
    )


def _medicine_columns(cohort: Cohort) -> Columns:
    columns = {
        f"caution_{kind}": cohort.medicines(kind)
        for kind in ("no_spacing_window", "magnesium_wasting_medicine", "magnesium_medicine")
    }
    columns["caution_unknown_medicine"] = cohort.unknown_medicines()
    return {name: values for name, values in columns.items() if values is not None}


def _kidney_column(cohort: Cohort) -> Columns:
    egfr, _ = cohort.egfr()
    return {"caution_kidney": cohort.flag("kidney_disease") | (egfr < _rules.EGFR_REDUCED)}


def _heart_column(cohort: Cohort) -> Columns:
    heart = cohort.flag("heart_disease")
    medicines = cohort.medicines("heart_medicine")
    return {"caution_heart": heart if medicines is None else heart | medicines}


def _serum_high_column(cohort: Cohort) -> Columns:
    return {"caution_serum_high": cohort.serum() > _labs.REFERENCE[1]}  # NaN compares False


def _adult_over_ceiling(cohort: Cohort) -> Columns:
    exceeds = cohort.exceeds_ceiling()
    if exceeds is None:
        return {}
    return {"caution_over_ceiling": exceeds & ~(cohort.years < _reference.ADULT_AGE)}


A, D = _rules.Urgency.ASK_FIRST, _rules.Urgency.DOCTOR

CAUTIONS: Final[tuple[Rule, ...]] = (
    Rule(name="over_ceiling", reads=_over_ceiling, columns=_adult_over_ceiling, urgency=A),
    Rule(
        name="pregnancy_or_lactation",
        reads=_pregnancy_or_lactation,
        columns=lambda cohort: {"caution_pregnancy_or_lactation": cohort.pregnant_or_lactating()},
        urgency=A,
    ),
    Rule(
        name="age_unknown",
        reads=_age_unknown,
        columns=lambda cohort: {"caution_age_unknown": cohort.age_unknown()},
        urgency=A,
    ),
    Rule(
        name="older_adult_kidney_unknown",
        reads=_older_adult_kidney_unknown,
        columns=lambda cohort: {
            "caution_older_adult_kidney_unknown": (cohort.years >= _rules.OLDER_ADULT)
            & cohort.egfr()[1]
        },
        urgency=A,
    ),
    Rule(name="medicine", reads=_medicine_cautions, columns=_medicine_columns, urgency=A),
    Rule(name="reduced_kidney_function", reads=_kidney, columns=_kidney_column, urgency=D),
    Rule(name="heart", reads=_heart, columns=_heart_column, urgency=D),
    Rule(
        name="polypharmacy",
        reads=_polypharmacy,
        columns=lambda cohort: column(
            "caution_polypharmacy", cohort.medicines("n_medications", _rules.POLYPHARMACY)
        ),
        urgency=A,
    ),
    Rule(
        name="diuretic_or_ppi",
        reads=_diuretic_or_ppi,
        columns=lambda cohort: column(
            "caution_diuretic_or_ppi", cohort.medicines("diuretic_or_ppi")
        ),
        urgency=A,
    ),
    Rule(
        name="potassium_sparing_diuretic",
        reads=_potassium_sparing,
        columns=lambda cohort: column(
            "caution_potassium_sparing", cohort.medicines("potassium_sparing")
        ),
        urgency=D,
    ),
    Rule(
        name="avoid",
        reads=_avoid,
        columns=lambda cohort: column("caution_avoid_medicine", cohort.medicines("avoid")),
        urgency=A,
    ),
    Rule(name="serum_high", reads=_serum_high, columns=_serum_high_column, urgency=D),
    Rule(
        name="child",
        reads=_child,
        columns=lambda cohort: {"caution_child": cohort.years < _reference.ADULT_AGE},
        urgency=A,
    ),
    Rule(
        name="child_over_limit",
        reads=_child_over_limit,
        columns=lambda cohort: column("caution_child_over_limit", cohort.over_child_limit()),
        urgency=D,
    ),
    Rule(
        name="persistent_diarrhoea",
        reads=_persistent_diarrhoea,
        columns=lambda cohort: column(
            "caution_persistent_diarrhoea",
            cohort.with_symptoms(frozenset({_person.Symptom.PERSISTENT_DIARRHOEA})),
        ),
        urgency=D,
    ),
)


def all_cautions(case: Case) -> list[_rules.Finding]:
    return [found for rule in CAUTIONS for found in rule.read(case)]
