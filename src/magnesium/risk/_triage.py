"""Internal: triage: the red flags (see a doctor, or call 112) and the urgency of a result.

Each red flag is one :class:`~magnesium.risk._safety.Rule` declaration
(:data:`RED_FLAGS`) read by both paths, as the cautions are. The urgency of
an assessment is the highest urgency of its cautions and red flags
(:func:`urgency`); the cohort path's ``urgency`` column is the same
maximum over the same declarations (:func:`urgency_codes`). The public face
is :mod:`magnesium.risk`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from magnesium._i18n import N_, msg
from magnesium.labs import SerumClass, _labs
from magnesium.risk import _person, _rules, _safety
from magnesium.risk._safety import Case, Cohort, Columns, Rule, by_symptoms, column

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    import numpy as np

# --- red flags ----------------------------------------------------------------
#
# A red flag's message says what was found; what to do is its urgency
# (see a doctor, or call 112), which the assessment and the recommendation
# put first.

U = _rules.Urgency


def _night_cramps(case: Case) -> list[_rules.Finding]:
    night = case.person.symptoms & _rules.NIGHT_RED_FLAGS
    if not night:
        return []
    return [
        _rules.finding(
            "violent_or_frequent_night_cramps",
            msg("Frequent or violent cramps that wake you several times a night."),
            "ARTICLE",
            symptoms=_rules.listed_symptoms(night),
        )
    ]


def _new_cramps(case: Case) -> list[_rules.Finding]:
    person = case.person
    if _person.Symptom.NEW_CRAMPS_NO_CAUSE not in person.symptoms:
        return []
    older = person.age is not None and person.age > 50
    return [
        _rules.finding(
            "new_cramps",
            msg("New cramps without an obvious cause, over age 50.")
            if older
            else msg("New cramps without an obvious cause."),
            "ARTICLE",
            age=person.age,
        )
    ]


def _weakness_numbness_swelling(case: Case) -> list[_rules.Finding]:
    symptoms = case.person.symptoms
    cramps = bool(symptoms & _person.CRAMPS)
    local = symptoms & {
        _person.Symptom.NUMBNESS,
        _person.Symptom.SWELLING_IN_CRAMPING_AREA,
    }
    if not (local or (cramps and _person.Symptom.WEAKNESS in symptoms)):
        return []
    return [
        _rules.finding(
            "weakness_numbness_swelling",
            msg("Weakness, numbness or swelling in the cramping area."),
            "ARTICLE",
            symptoms=_rules.listed_symptoms(local | (symptoms & {_person.Symptom.WEAKNESS})),
        )
    ]


def _heart_or_breathing(case: Case) -> list[_rules.Finding]:
    symptoms = case.person.symptoms
    cramps = bool(symptoms & _person.CRAMPS)
    heart = symptoms & {
        _person.Symptom.PALPITATIONS,
        _person.Symptom.IRREGULAR_PULSE,
    }
    breath = symptoms & {
        _person.Symptom.SHORTNESS_OF_BREATH,
        _person.Symptom.SWOLLEN_ANKLES,
    }
    if not (heart or (cramps and breath)):
        return []
    return [
        _rules.finding(
            "heart_or_breathing_signs",
            msg("Palpitations, irregular pulse, shortness of breath or swollen ankles."),
            "ARTICLE",
            symptoms=_rules.listed_symptoms(heart | breath),
        )
    ]


def _high_magnesium_signs(case: Case) -> list[_rules.Finding]:
    """Slow pulse: see a doctor. Depressed breathing: an emergency whatever its cause."""
    signs = case.person.symptoms & _rules.HIGH_MG_SIGNS
    if not signs:
        return []
    breathing = _person.Symptom.DEPRESSED_BREATHING in signs
    return [
        _rules.finding(
            "high_magnesium_signs",
            msg(
                "Depressed breathing needs emergency help; with magnesium taken, it can be a "
                "sign of too much magnesium."
            )
            if breathing
            else msg("Slow pulse or depressed breathing can be signs of too much magnesium."),
            "ARTICLE",
            "MEDSCAPE2022",
            urgency=U.EMERGENCY if breathing else U.DOCTOR,
            symptoms=_rules.listed_symptoms(signs),
        )
    ]


def _tetany_or_seizures(case: Case) -> list[_rules.Finding]:
    """Seizures: an emergency. Tetany: see a doctor (severe low magnesium or calcium)."""
    signs = case.person.symptoms & {_person.Symptom.TETANY, _person.Symptom.SEIZURES}
    if not signs:
        return []
    seizures = _person.Symptom.SEIZURES in signs
    return [
        _rules.finding(
            "tetany_or_seizures",
            msg(
                "A seizure needs emergency help; severe low magnesium is one of its possible "
                "causes."
            )
            if seizures
            else msg(
                "Tetany (lasting muscle spasms, such as of the hands and feet) can be a sign "
                "of severe low magnesium or calcium: a blood test is needed."
            ),
            "SPSHYPOMG",
            urgency=U.EMERGENCY if seizures else U.DOCTOR,
            symptoms=_rules.listed_symptoms(signs),
        )
    ]


# --- serum: what a measured value asks for -------------------------------------
#
# Below the reference interval (0.75 mmol/L, Costello 2016; the NIH ODS
# definition of hypomagnesaemia) a measured low magnesium is a diagnosis whose
# cause a doctor finds, with potassium and calcium (Magnaspartate SmPC 4.4;
# SPS): no self-dosing. Below 0.5 mmol/L, or low with arrhythmia, tetany,
# seizures or nystagmus, it is severe and treated in hospital (SPS). From 1.75
# mmol/L toxicity begins (Medscape 2022; NIH ODS), and above the interval the
# signs in _rules.HIGH_SERUM_DANGER_SIGNS are its danger signs.

_DOCTOR_LOW: Final = msg(
    "A measured low magnesium has a cause that a doctor must find: do not treat it yourself "
    "with supplements, and talk to the doctor who ordered the test, who will check potassium "
    "and calcium too."
)


def _low_band(case: Case, low: float, high: float) -> float | None:
    """Return the serum value if it lies in [low, high), else None."""
    serum = case.serum
    if serum is None or not low <= serum.mmol_per_l < high:
        return None
    return serum.mmol_per_l


def _serum_low(case: Case) -> list[_rules.Finding]:
    value = _low_band(case, math.nextafter(_labs.OVERT, math.inf), _labs.REFERENCE[0])
    if value is None:
        return []
    signs = case.person.symptoms & (_rules.LOW_SERUM_SIGNS | _person.CRAMPS)
    message = msg(
        "Serum magnesium {value:.2f} mmol/L is below the reference interval "
        "({low:g}-{high:g} mmol/L). {advice}",
        value=value,
        low=_labs.REFERENCE[0],
        high=_labs.REFERENCE[1],
        advice=_DOCTOR_LOW,
    )
    if signs:
        message = msg(
            "Serum magnesium {value:.2f} mmol/L is below the reference interval "
            "({low:g}-{high:g} mmol/L), with {symptoms}. {advice}",
            value=value,
            low=_labs.REFERENCE[0],
            high=_labs.REFERENCE[1],
            symptoms=_rules.symptom_words(signs),
            advice=_DOCTOR_LOW,
        )
    return [
        _rules.finding(
            "serum_low",
            message,
            "COSTELLO2016",
            "MAGNASPARTATE",
            "SPSHYPOMG",
            *(("STATPEARLSHYPOMG",) if _person.Symptom.TREMOR in signs else ()),
            serum_mmol_per_l=value,
            symptoms=_rules.listed_symptoms(signs),
        )
    ]


def _serum_severely_low(case: Case) -> list[_rules.Finding]:
    value = _low_band(case, _labs.SEVERE_LOW, math.nextafter(_labs.OVERT, math.inf))
    if value is None:
        return []
    return [
        _rules.finding(
            "serum_severely_low",
            msg(
                "Serum magnesium {value:.2f} mmol/L (0.6 or below: overt symptoms expected). "
                "{advice}",
                value=value,
                advice=_DOCTOR_LOW,
            ),
            "ROSANOFF2022",
            "MAGNASPARTATE",
            "SPSHYPOMG",
            serum_mmol_per_l=value,
        )
    ]


def _serum_critically_low(case: Case) -> list[_rules.Finding]:
    value = _low_band(case, 0.0, _labs.SEVERE_LOW)
    if value is None:
        return []
    return [
        _rules.finding(
            "serum_critically_low",
            msg(
                "Serum magnesium {value:.2f} mmol/L, below 0.5: severe hypomagnesaemia, which "
                "is treated in hospital. Take no magnesium on your own.",
                value=value,
            ),
            "SPSHYPOMG",
            serum_mmol_per_l=value,
        )
    ]


def _with_signs(
    code: str,
    value: float | None,
    signs: frozenset[_person.Symptom],
    text: str,
    *sources: str,
) -> list[_rules.Finding]:
    """Return the finding of a serum value the symptoms make urgent: none without both.

    Its urgency is its rule's (see ``RED_FLAGS``).

    ``text`` (marked with ``N_`` for the catalogue) has ``{value}`` and ``{symptoms}``.
    """
    if value is None or not signs:
        return []
    return [
        _rules.finding(
            code,
            msg(text, value=value, symptoms=_rules.symptom_words(signs)),
            *sources,
            serum_mmol_per_l=value,
            symptoms=_rules.listed_symptoms(signs),
        )
    ]


def _serum_low_with_danger_signs(case: Case) -> list[_rules.Finding]:
    return _with_signs(
        "serum_low_with_danger_signs",
        _low_band(case, _labs.SEVERE_LOW, _labs.REFERENCE[0]),
        case.person.symptoms & _rules.LOW_SERUM_DANGER_SIGNS,
        N_(
            "Serum magnesium {value:.2f} mmol/L, below the reference interval, with "
            "{symptoms}: signs of severe hypomagnesaemia, which is treated in hospital."
        ),
        "SPSHYPOMG",
        "COSTELLO2016",
    )


def _serum_hypermagnesaemia(case: Case) -> list[_rules.Finding]:
    serum = case.serum
    if serum is None or serum.status is not SerumClass.HIGH:
        return []
    if serum.mmol_per_l < _labs.DANGEROUS_HIGH:
        return []
    return [
        _rules.finding(
            "serum_hypermagnesaemia",
            msg(
                "Serum magnesium {value:.2f} mmol/L: {meaning}. Take no magnesium.",
                value=serum.mmol_per_l,
                meaning=serum.meaning,
            ),
            "MEDSCAPE2022",
            "NIHODS",
            serum_mmol_per_l=serum.mmol_per_l,
        )
    ]


def _high_below_dangerous(case: Case) -> float | None:
    serum = case.serum
    if serum is None or serum.status is not SerumClass.HIGH:
        return None
    return None if serum.mmol_per_l >= _labs.DANGEROUS_HIGH else serum.mmol_per_l


def _serum_high_with_danger_signs(case: Case) -> list[_rules.Finding]:
    return _with_signs(
        "serum_high_with_danger_signs",
        _high_below_dangerous(case),
        case.person.symptoms & _rules.HIGH_SERUM_DANGER_SIGNS,
        N_(
            "Serum magnesium {value:.2f} mmol/L, above the reference interval, with "
            "{symptoms}: possible signs of magnesium toxicity. Take no magnesium."
        ),
        "MEDSCAPE2022",
        "NIHODS",
    )


def _serum_high_with_symptoms(case: Case) -> list[_rules.Finding]:
    return _with_signs(
        "serum_high_with_symptoms",
        _high_below_dangerous(case),
        case.person.symptoms & _rules.HIGH_SERUM_SIGNS,
        N_(
            "Serum magnesium {value:.2f} mmol/L, above the reference interval, with "
            "{symptoms}: possible first signs of too much magnesium."
        ),
        "MEDSCAPE2022",
        "COSTELLO2016",
    )


# --- the declarations -----------------------------------------------------------


def _serum_column(cohort: Cohort) -> Columns:
    # Rosanoff 2022: <= 0.6 overt symptoms; Medscape 2022: from 1.75 reflexes fade
    if not cohort.serum_given():
        return {}
    serum = cohort.serum()
    return {"red_flag_serum": (serum <= _labs.OVERT) | (serum >= _labs.DANGEROUS_HIGH)}


def _serum_between(cohort: Cohort, low: float, high: float) -> np.ndarray | None:
    """Where serum lies in [low, high) (None without the column; NaN compares False)."""
    if not cohort.serum_given():
        return None
    serum = cohort.serum()
    return (serum >= low) & (serum < high)


def _with(
    cohort: Cohort, band: np.ndarray | None, signs: frozenset[_person.Symptom]
) -> np.ndarray | None:
    """Return where ``band`` holds and any of ``signs`` is reported (None without the band)."""
    if band is None:
        return None
    reported = cohort.with_symptoms(signs)
    both: np.ndarray = band & (False if reported is None else reported)
    return both


_ABOVE_OVERT: Final = math.nextafter(_labs.OVERT, math.inf)
_HIGH: Final = math.nextafter(_labs.REFERENCE[1], math.inf)  # above the interval


def _serum_low_band(cohort: Cohort) -> np.ndarray | None:
    return _serum_between(cohort, _ABOVE_OVERT, _labs.REFERENCE[0])


def _low_with_danger(cohort: Cohort) -> np.ndarray | None:
    band = _serum_between(cohort, _labs.SEVERE_LOW, _labs.REFERENCE[0])
    return _with(cohort, band, _rules.LOW_SERUM_DANGER_SIGNS)


def _high_with(cohort: Cohort, signs: frozenset[_person.Symptom]) -> np.ndarray | None:
    band = _serum_between(cohort, _HIGH, _labs.DANGEROUS_HIGH)
    return _with(cohort, band, signs)


def _high_with_danger(cohort: Cohort) -> np.ndarray | None:
    return _high_with(cohort, _rules.HIGH_SERUM_DANGER_SIGNS)


def _high_with_symptoms(cohort: Cohort) -> np.ndarray | None:
    return _high_with(cohort, _rules.HIGH_SERUM_SIGNS)


RED_FLAGS: Final[tuple[Rule, ...]] = (
    by_symptoms("violent_or_frequent_night_cramps", _night_cramps),
    by_symptoms("new_cramps", _new_cramps),
    by_symptoms("weakness_numbness_swelling", _weakness_numbness_swelling),
    by_symptoms("heart_or_breathing_signs", _heart_or_breathing),
    by_symptoms("high_magnesium_signs", _high_magnesium_signs),
    by_symptoms("tetany_or_seizures", _tetany_or_seizures),
    # the frame's red_flag_serum holds both ends: at or below 0.6, and from 1.75
    Rule(
        name="serum_critically_low",
        reads=_serum_critically_low,
        columns=_serum_column,
        urgency=U.EMERGENCY,
        fires=lambda cohort: _serum_between(cohort, 0.0, _labs.SEVERE_LOW),
    ),
    Rule(
        name="serum_low_with_danger_signs",
        reads=_serum_low_with_danger_signs,
        columns=lambda cohort: column(
            "red_flag_serum_low_with_danger_signs", _low_with_danger(cohort)
        ),
        urgency=U.EMERGENCY,
    ),
    Rule(
        name="serum_severely_low",
        reads=_serum_severely_low,
        columns=_serum_column,
        urgency=U.DOCTOR,
        fires=lambda cohort: _serum_between(cohort, _labs.SEVERE_LOW, _ABOVE_OVERT),
    ),
    Rule(
        name="serum_low",
        reads=_serum_low,
        columns=lambda cohort: column("red_flag_serum_low", _serum_low_band(cohort)),
        urgency=U.DOCTOR,
    ),
    Rule(
        name="serum_hypermagnesaemia",
        reads=_serum_hypermagnesaemia,
        columns=_serum_column,
        urgency=U.EMERGENCY,
        fires=lambda cohort: _serum_between(cohort, _labs.DANGEROUS_HIGH, math.inf),
    ),
    Rule(
        name="serum_high_with_danger_signs",
        reads=_serum_high_with_danger_signs,
        columns=lambda cohort: column(
            "red_flag_serum_high_with_danger_signs", _high_with_danger(cohort)
        ),
        urgency=U.EMERGENCY,
    ),
    Rule(
        name="serum_high_with_symptoms",
        reads=_serum_high_with_symptoms,
        columns=lambda cohort: column(
            "red_flag_serum_high_with_symptoms", _high_with_symptoms(cohort)
        ),
        urgency=U.DOCTOR,
    ),
)


def all_red_flags(case: Case) -> list[_rules.Finding]:
    return [found for rule in RED_FLAGS for found in rule.read(case)]


def urgency(findings: Iterable[_rules.Finding]) -> _rules.Urgency:
    """Return the highest urgency of ``findings`` (routine when there are none)."""
    return max((f.urgency for f in findings), default=_rules.Urgency.ROUTINE)


URGENCY_LEVELS: Final = tuple(_rules.Urgency)  # the frame's codes: their positions


def urgency_codes(cohort: Cohort, n: int, read: Mapping[int, Columns] | None = None) -> np.ndarray:
    """Return each row's highest urgency as its position in :data:`URGENCY_LEVELS`.

    The same rules as ``_safety.all_cautions`` and :func:`all_red_flags`: a rule
    on symptoms alone through its scalar findings per symptoms value, any
    other where it fires (its ``fires``, else any of its columns: from
    ``read``, by the rule's identity, where the caller has them already).
    """
    import numpy as np  # noqa: PLC0415 - the cohort path has numpy

    codes = np.zeros(n, np.int8)
    for rule in (*_safety.CAUTIONS, *RED_FLAGS):
        if rule.symptoms_only:
            np.maximum(codes, cohort.ranks_for_symptoms(rule.read), out=codes)
            continue
        if rule.fires is not None:
            fired = rule.fires(cohort)
        else:
            known = None if read is None else read.get(id(rule))
            fired = _any(rule.columns(cohort) if known is None else known, n)
        if fired is not None:  # a masked maximum: no gather and scatter of the fired rows
            np.maximum(codes, URGENCY_LEVELS.index(rule.urgency), out=codes, where=fired)
    return codes


def _any(columns: Columns, n: int) -> np.ndarray:
    """Return where any of the columns holds (nowhere, for none)."""
    import numpy as np  # noqa: PLC0415 - the cohort path has numpy

    if len(columns) == 1:  # the column itself: read, never written
        (only,) = columns.values()
        return np.asarray(only)
    return np.asarray(np.logical_or.reduce([np.zeros(n, bool), *columns.values()]))
