"""Internal: safety: the cautions (ask a doctor first) and the red flags (see a doctor).

The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magnesium import _labs, _person, _reference, _rules
from magnesium._i18n import msg
from magnesium.interactions import (
    Direction,
    Drug,
    InteractionRecord,
    UnknownMedicine,
)
from magnesium.labs import SerumClass, SerumStatus
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from magnesium.intake import IntakeReport

# --- cautions and red flags -------------------------------------------------


def _over_ceiling(intake: IntakeReport | None) -> list[_rules.Finding]:
    if intake is None or intake.ceiling is None or not intake.exceeds_ceiling:
        return []
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


def _who_cautions(person: _person.Person, egfr: float | None) -> list[_rules.Finding]:
    """Who gets no dose whatever the other findings: life stage, age, unknown kidneys."""
    found: list[_rules.Finding] = []
    if person.pregnant or person.lactating:
        found.append(
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
        )
    if person.age is None:
        found.append(
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
        )
    elif person.age >= _rules.OLDER_ADULT and egfr is None:
        found.append(
            _rules.finding(
                "older_adult_kidney_unknown",
                msg(
                    "Age {age:g}: older people often have reduced kidney function without "
                    "knowing it (the article). Ask a doctor for a kidney test (eGFR) before "
                    "taking magnesium; an eGFR of 60 or more lifts this caution.",
                    age=person.age,
                ),
                "ARTICLE",
                "NIHODS",
                evidence=Evidence.SECONDARY,
                age=person.age,
                egfr=None,
            )
        )
    return found


def _medicine_cautions(person: _person.Person) -> list[_rules.Finding]:
    """Medicines that need a doctor's or pharmacist's word before magnesium is added.

    A drug whose absorption magnesium lowers but for which no source gives a
    window; a confirmed magnesium-wasting drug other than the diuretics and
    PPIs (which have their own caution); a magnesium medicine, which already
    counts toward the ceiling. The raltegravir-style "avoid" records are
    cautions of their own (``avoid:``).
    """
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


def all_cautions(
    person: _person.Person,
    egfr: float | None,
    serum: SerumStatus | None,
    intake: IntakeReport | None,
) -> list[_rules.Finding]:
    found = [*_over_ceiling(intake), *_who_cautions(person, egfr), *_medicine_cautions(person)]
    takes_magnesium = bool(_rules.with_atc(person.medications, _rules.MAGNESIUM_MEDICINES)) or (
        intake is not None and intake.supplemental_mg > 0
    )
    kidney = _person.Condition.KIDNEY_DISEASE in person.conditions or (
        egfr is not None and egfr < _rules.EGFR_REDUCED
    )
    if kidney:
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
        found.append(
            _rules.finding(
                "reduced_kidney_function",
                warning,
                "ARTICLE",
                "FAN2021",
                egfr=egfr,
                magnesium_taken=takes_magnesium,
            )
        )
    heart = _rules.with_atc(person.medications, _rules.HEART_MEDICINES)
    if _person.Condition.HEART_DISEASE in person.conditions or heart:
        names = ", ".join(d.name for d in heart) or "none listed"
        found.append(
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
        )
    if len(person.medications) >= _rules.POLYPHARMACY:
        found.append(
            _rules.finding(
                "polypharmacy",
                msg(
                    "{count} medicines (5 or more): more interactions, and kidney function is "
                    "often reduced unknowingly. {ask}",
                    count=len(person.medications),
                    ask=_rules.ASK_FIRST,
                ),
                "ARTICLE",
                "MASNOON2017",
                medications=len(person.medications),
            )
        )
    lowering = _rules.with_atc(person.medications, (*_rules.DIURETICS, *_rules.PPI))
    if lowering:
        found.append(
            _rules.finding(
                "diuretic_or_ppi",
                msg(
                    "On diuretics or proton pump inhibitors: ask a "
                    "doctor or clinical dietitian before supplementing."
                ),
                "ARTICLE",
                medications=", ".join(d.name for d in lowering),
            )
        )
    sparing = _rules.with_atc(person.medications, _rules.POTASSIUM_SPARING)
    if sparing:
        found.append(
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
        )
    found.extend(
        _rules.finding(
            f"avoid:{drug.name}",
            msg("{drug}: {management}", drug=drug.label, management=record.management),
            *record.sources,
            evidence=record.evidence,
            medication=drug.name,
        )
        for drug in person.medications
        for record in drug.records
        if record.avoid
    )
    if serum is not None and serum.status is SerumClass.HIGH:
        found.append(
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
        )
    if person.age is not None and person.age < _reference.ADULT_AGE:
        found.append(
            _rules.finding(
                "child",
                msg(
                    "The supplement advice here is for adults; children's upper levels "
                    "differ. {ask}",
                    ask=_rules.ASK_FIRST,
                ),
                "ARTICLE",
                "SCF2001",
                age=person.age,
            )
        )
    if _person.Symptom.PERSISTENT_DIARRHOEA in person.symptoms:
        found.append(
            _rules.finding(
                "persistent_diarrhoea",
                msg(
                    "Persistent diarrhoea: stop magnesium supplements (the article) and ask a "
                    "doctor."
                ),
                "ARTICLE",
                symptoms=_person.Symptom.PERSISTENT_DIARRHOEA,
            )
        )
    return found


def all_red_flags(person: _person.Person, serum: SerumStatus | None) -> list[_rules.Finding]:
    found: list[_rules.Finding] = []
    symptoms = person.symptoms
    cramps = bool(symptoms & _person.CRAMPS)
    if symptoms & _rules.NIGHT_RED_FLAGS:
        found.append(
            _rules.finding(
                "violent_or_frequent_night_cramps",
                msg(
                    "Frequent or violent cramps that wake you several times a night. {see}",
                    see=_rules.SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_rules.listed_symptoms(symptoms & _rules.NIGHT_RED_FLAGS),
            )
        )
    if _person.Symptom.NEW_CRAMPS_NO_CAUSE in symptoms:
        older = person.age is not None and person.age > 50
        found.append(
            _rules.finding(
                "new_cramps",
                msg(
                    "New cramps without an obvious cause, over age 50. {see}",
                    see=_rules.SEE_DOCTOR,
                )
                if older
                else msg("New cramps without an obvious cause. {see}", see=_rules.SEE_DOCTOR),
                "ARTICLE",
                age=person.age,
            )
        )
    local = symptoms & {
        _person.Symptom.NUMBNESS,
        _person.Symptom.SWELLING_IN_CRAMPING_AREA,
    }
    if local or (cramps and _person.Symptom.WEAKNESS in symptoms):
        found.append(
            _rules.finding(
                "weakness_numbness_swelling",
                msg(
                    "Weakness, numbness or swelling in the cramping area. {see}",
                    see=_rules.SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_rules.listed_symptoms(local | (symptoms & {_person.Symptom.WEAKNESS})),
            )
        )
    heart = symptoms & {
        _person.Symptom.PALPITATIONS,
        _person.Symptom.IRREGULAR_PULSE,
    }
    breath = symptoms & {
        _person.Symptom.SHORTNESS_OF_BREATH,
        _person.Symptom.SWOLLEN_ANKLES,
    }
    if heart or (cramps and breath):
        found.append(
            _rules.finding(
                "heart_or_breathing_signs",
                msg(
                    "Palpitations, irregular pulse, shortness of breath or swollen ankles. {see}",
                    see=_rules.SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_rules.listed_symptoms(heart | breath),
            )
        )
    if symptoms & _rules.HIGH_MG_SIGNS:
        found.append(
            _rules.finding(
                "high_magnesium_signs",
                msg(
                    "Slow pulse or depressed breathing can be signs of too much magnesium. {see}",
                    see=_rules.SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_rules.listed_symptoms(symptoms & _rules.HIGH_MG_SIGNS),
            )
        )
    if serum is not None and serum.status is SerumClass.SEVERELY_LOW:
        found.append(
            _rules.finding(
                "serum_severely_low",
                msg(
                    "Serum magnesium {value:.2f} mmol/L (0.6 or below: overt symptoms expected). "
                    "{see}",
                    value=serum.mmol_per_l,
                    see=_rules.SEE_DOCTOR,
                ),
                "ROSANOFF2022",
                serum_mmol_per_l=serum.mmol_per_l,
            )
        )
    if serum is not None and serum.status is SerumClass.HIGH:
        signs = symptoms & _rules.HIGH_SERUM_SIGNS
        if serum.mmol_per_l >= _labs.DANGEROUS_HIGH:
            found.append(
                _rules.finding(
                    "serum_hypermagnesaemia",
                    msg(
                        "Serum magnesium {value:.2f} mmol/L: {meaning}. {see}",
                        value=serum.mmol_per_l,
                        meaning=serum.meaning,
                        see=_rules.SEE_DOCTOR,
                    ),
                    "MEDSCAPE2022",
                    "NIHODS",
                    serum_mmol_per_l=serum.mmol_per_l,
                )
            )
        elif signs:
            found.append(
                _rules.finding(
                    "serum_high_with_symptoms",
                    msg(
                        "Serum magnesium {value:.2f} mmol/L, above the reference interval, with "
                        "{symptoms}: possible first signs of too much magnesium. {see}",
                        value=serum.mmol_per_l,
                        symptoms=_rules.listed_symptoms(signs),
                        see=_rules.SEE_DOCTOR,
                    ),
                    "MEDSCAPE2022",
                    "COSTELLO2016",
                    serum_mmol_per_l=serum.mmol_per_l,
                    symptoms=_rules.listed_symptoms(signs),
                )
            )
    return found
