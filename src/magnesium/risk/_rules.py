"""Internal: the rules' shared parts: findings, thresholds, medicine groups, points, levels.

Both the scalar path (:func:`magnesium.assess`) and the column path
(:mod:`magnesium.frame`) read them. The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, Name, msg, text
from magnesium.interactions import (
    Direction,
    Drug,
    InteractionRecord,
    Severity,
)
from magnesium.reference import Sex
from magnesium.risk import _person
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# --- urgency ----------------------------------------------------------------


@functools.total_ordering
class Urgency(enum.Enum):
    """How soon to act on a finding or an assessment; ordered, so levels compare.

    ``ROUTINE``: nothing needs a doctor. ``ASK_FIRST``: ask a doctor or
    pharmacist before taking a supplement (a caution). ``DOCTOR``: see a
    doctor, and take no supplement until then (a red flag, a measured low
    magnesium, a child over the upper level). ``EMERGENCY``: call 112 (the
    emergency number) now. The Assessing a person page lists every trigger
    of each level with its source.
    """

    ROUTINE = "routine"
    ASK_FIRST = "ask first"
    DOCTOR = "doctor"
    EMERGENCY = "emergency"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Urgency):
            return NotImplemented
        return _RANK[self] < _RANK[other]

    def __hash__(self) -> int:
        return hash(self.value)

    def __str__(self) -> str:
        return self.value

    @property
    def action(self) -> Msg:
        """What to do, in words (``action.render("da")`` in Danish)."""
        return _ACTIONS[self]


_RANK: Final = {level: rank for rank, level in enumerate(Urgency)}
_ACTIONS: Final = {
    Urgency.ROUTINE: msg("No finding needs a doctor."),
    Urgency.ASK_FIRST: msg("Ask a doctor or pharmacist before taking a supplement."),
    Urgency.DOCTOR: msg("See a doctor; take no magnesium supplement until then."),
    Urgency.EMERGENCY: msg("Call 112 (the emergency number) now."),
}


# --- findings ---------------------------------------------------------------


def weight_label(weight: int) -> str:
    """Return a rule's points as a line label (keys are for code: ``to_dict`` has them)."""
    return f"+{weight}"


@attrs.frozen(kw_only=True, repr=False)
class Finding(Displayable):
    """A rule that fired: what it says, on which inputs, from which sources.

    Attributes
    ----------
    key
        Stable identifier of the rule.
    message
        What it means for the person, in English or Danish (``text`` gives
        the English).
    sources
        Keys of :data:`magnesium.sources.SOURCES`.
    weight
        Its weight in the deficiency-risk level (0 where it does not count).
    evidence
        How sure the rule's source is.
    inputs
        The inputs it read, as (name, value) text pairs.
    urgency
        How soon to act on it: routine for a deficiency factor, at least
        ask-first for a caution, doctor or emergency for a red flag.
    """

    key: str
    message: Msg
    sources: tuple[str, ...]
    weight: int = 0
    evidence: Evidence = Evidence.CONFIRMED
    inputs: tuple[tuple[str, str], ...] = ()
    urgency: Urgency = Urgency.ROUTINE

    @property
    def text(self) -> str:
        """What it means for the person, in English."""
        return self.message.render()

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """Return the finding as JSON-ready types; ``text`` in ``lang``."""
        data = super().to_dict(lang=lang)
        data["text"] = data.pop("message")
        return data

    def _title(self, lang: str) -> str:
        # Keys are identifiers for code: a reading in another language gets the text alone.
        return self.message.render(lang) if lang != "en" else f"{self.key}: {self.message}"

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        inputs = ", ".join(f"{name}={value}" for name, value in self.inputs)
        return [
            (text("weight", lang), str(self.weight)),
            (text("inputs", lang), inputs),
            (text("sources", lang), ", ".join(self.sources)),
            (text("evidence", lang), text(self.evidence.value, lang)),
            (text("urgency", lang), self.urgency.action.render(lang)),
        ]


def finding(
    key: str,
    message: Msg,
    *sources: str,
    weight: int = 0,
    evidence: Evidence = Evidence.CONFIRMED,
    urgency: Urgency = Urgency.ROUTINE,
    **inputs: object,
) -> Finding:
    return Finding(
        key=key,
        message=message,
        sources=sources,
        weight=weight,
        evidence=evidence,
        inputs=inputs_of(inputs),
        urgency=urgency,
    )


def inputs_of(inputs: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Return a finding's inputs as (name, value) text pairs."""
    return tuple((name, str(value)) for name, value in inputs.items())


OLDER_ADULT: Final = 65.0  # NIH ODS names "older adults"; 65 is this library's reading
POLYPHARMACY: Final = 5  # medicines; the commonest definition (Masnoon et al. 2017)
EGFR_REDUCED: Final = 60.0  # mL/min/1.73 m²: the MDS band counted as reduced (Fan 2021)
EGFR_NORMAL: Final = 90.0
HEAVY_DRINKING: Final = {Sex.FEMALE: 1.0, Sex.MALE: 2.0}  # drinks/day, more than (Fan 2021)
GI_DISEASE: Final = frozenset(
    {
        _person.Condition.CROHNS,
        _person.Condition.COELIAC,
        _person.Condition.CHRONIC_DIARRHOEA,
        _person.Condition.GASTRIC_BYPASS,
        _person.Condition.BOWEL_RESECTION,
    }
)
RESTRICTED_DIETS: Final = frozenset({_person.Diet.CALORIE_RESTRICTED, _person.Diet.ONE_SIDED})
DIURETICS_MDS: Final = ("C03CA", "C03AA", "C03BA")  # loop and thiazide (Fan 2021)
PPI: Final = ("A02BC",)
DIURETICS: Final = ("C03",)  # every diuretic (WHO ATC)
POTASSIUM_SPARING: Final = ("C03D",)  # aldosterone antagonists and other K-sparing agents
# Digitalis, antiarrhythmics (sotalol is one, though ATC files it with beta blockers), CCBs.
HEART_MEDICINES: Final = ("C01A", "C01B", "C07AA07", "C08")
MAGNESIUM_MEDICINES: Final = ("A02AA", "A06AD")
ASK_FIRST: Final = msg("Ask a doctor before taking a magnesium supplement.")


def with_atc(drugs: Iterable[Drug], prefixes: tuple[str, ...]) -> list[Drug]:
    return [d for d in drugs if d.atc.startswith(prefixes)]


# --- deficiency risk --------------------------------------------------------


class RiskLevel(enum.IntEnum):
    """Deficiency-risk level; ordered, so levels compare."""

    LOW = 0
    MODERATE = 1
    HIGH = 2

    def __str__(self) -> str:
        return self.name.lower()


def risk_level(score: int) -> RiskLevel:
    if score >= 3:
        return RiskLevel.HIGH
    return RiskLevel.MODERATE if score >= 1 else RiskLevel.LOW


def mds_group(value: int) -> str:
    if value <= 1:
        return N_("0-1 (lowest group)")
    return N_("2 (middle group)") if value == 2 else N_("3-5 (highest group)")


def counted_records(record: InteractionRecord) -> bool:
    """Whether a record counts as a magnesium-lowering medicine (the frame reads it too).

    Confirmed or secondary, and more than minor: an unconfirmed claim (statins) or
    a high-dose-only effect (zinc) is shown but not counted.
    """
    return (
        record.direction is Direction.DRUG_LOWERS_MAGNESIUM
        and record.evidence is not Evidence.UNCONFIRMED
        and record.severity is not Severity.MINOR
    )


NIGHT_RED_FLAGS: Final = frozenset(
    {_person.Symptom.CRAMPS_WAKE_SEVERAL_TIMES, _person.Symptom.VIOLENT_CRAMPS}
)
HIGH_MG_SIGNS: Final = frozenset({_person.Symptom.SLOW_PULSE, _person.Symptom.DEPRESSED_BREATHING})
# With serum magnesium above the reference interval: the first signs of too
# much (Medscape 2022, at 2-4 mEq/L: nausea, vomiting, skin flushing, weakness,
# lightheadedness; NIH ODS: lethargy), a red flag for a doctor; and the danger
# signs of toxicity (Medscape 2022 and NIH ODS: hypotension, slow pulse,
# depressed breathing; NIH ODS: "difficulty breathing, extreme hypotension,
# irregular heartbeat, and cardiac arrest"), an emergency at any level.
HIGH_SERUM_SIGNS: Final = frozenset(
    {
        _person.Symptom.NAUSEA,
        _person.Symptom.VOMITING,
        _person.Symptom.FLUSHING,
        _person.Symptom.WEAKNESS,
        _person.Symptom.LIGHTHEADEDNESS,
        _person.Symptom.DROWSINESS,
    }
)
HIGH_SERUM_DANGER_SIGNS: Final = HIGH_MG_SIGNS | {
    _person.Symptom.LOW_BLOOD_PRESSURE,
    _person.Symptom.SHORTNESS_OF_BREATH,
    _person.Symptom.IRREGULAR_PULSE,
    _person.Symptom.CONFUSION,  # Medscape 2022: "depressed levels of consciousness"
}
# With serum magnesium below the reference interval, the signs of severe
# hypomagnesaemia (NHS SPS: "nystagmus, tetany, seizures, and cardiac
# arrhythmias"): an emergency.
LOW_SERUM_DANGER_SIGNS: Final = frozenset(
    {
        _person.Symptom.IRREGULAR_PULSE,
        _person.Symptom.TETANY,
        _person.Symptom.SEIZURES,
        _person.Symptom.NYSTAGMUS,
    }
)
# Signs of low magnesium the article lists (section 6): nonspecific.
LOW_MG_SIGNS: Final = frozenset(
    {
        _person.Symptom.FREQUENT_CRAMPS,
        _person.Symptom.TWITCHES,
        _person.Symptom.TINGLING,
        _person.Symptom.REDUCED_APPETITE,
        _person.Symptom.NAUSEA,
        _person.Symptom.CONSTIPATION,
        _person.Symptom.FATIGUE,
        _person.Symptom.WEAKNESS,
        _person.Symptom.PALPITATIONS,
        _person.Symptom.IRREGULAR_PULSE,
    }
)
# With tremor, which StatPearls lists among the manifestations of hypomagnesaemia
# ("from mild tremors and generalized weakness"), though the article does not.
LOW_SERUM_SIGNS: Final = LOW_MG_SIGNS | {_person.Symptom.TREMOR}


def listed_symptoms(symptoms: Iterable[_person.Symptom]) -> str:
    """Return the symptoms as a finding's input: their identifiers, sorted."""
    return ", ".join(sorted(str(s) for s in symptoms))


def symptom_words(symptoms: Iterable[_person.Symptom]) -> Name:
    """Return the symptoms for a text, in English or Danish (the catalogue's words)."""
    chosen = sorted(symptoms, key=str)
    return Name(listed_symptoms(chosen), ", ".join(text(str(s), "da") for s in chosen))
