"""Who may be low in magnesium, who must see a doctor first, and what to do.

:func:`assess` reads a :class:`Person` (every field optional except what a
rule needs) and returns an :class:`Assessment`: the deficiency-risk level
with every factor that fired, the magnesium depletion score of Fan et al.
(2021), the serum class, cautions (ask a doctor before supplementing), red
flags (see a doctor), the evidence for the person's cramp situation, and a
recommendation built only from sourced advice. Every rule that fires is a
:class:`Finding` with its inputs and sources. The library informs; it does not
diagnose.

The deficiency-risk level is this library's simple, documented rule: each
factor has a weight (2 for the groups the sources treat as major, 1 for the
others, 0 for claims that are unconfirmed); the weights add up, and 0 is
*low*, 1-2 *moderate*, 3 or more *high*. Adding a factor never lowers the
level.

References
----------
.. [1] Mænd Online, "Magnesium og muskelkramper": risk groups, when to see a
   doctor, the supplement table, non-drug measures.
.. [2] NIH Office of Dietary Supplements. Magnesium fact sheet: groups at
   risk of inadequacy.
.. [3] Fan L et al. (2021). Magnesium Depletion Score. J Nutr 151(8):2226-2235.
.. [4] Garrison SR et al. (2020). Magnesium for skeletal muscle cramps.
   Cochrane Database Syst Rev (9):CD009402.
.. [5] SCF (2001). Tolerable upper intake level of magnesium (250 mg/day).

Examples
--------
>>> import magnesium as mg
>>> person = mg.Person(sex="male", age=58, medications=["furosemid", "omeprazol"],
...                    alcohol_drinks_per_day=3, egfr="75 mL/min/1.73m**2")
>>> result = mg.assess(person)
>>> result.depletion_score.value, result.depletion_score.group
(4, '3-5 (highest group)')
>>> result.recommendation.ask_doctor_first
True
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import numbers
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from magnesium import _interactions, _labs, _names, _reference, _units
from magnesium._display import Displayable, jsonable, quantity_text
from magnesium._i18n import N_, Msg, msg, plural, text
from magnesium.errors import (
    ArgumentTypeError,
    InvalidAmountError,
    InvalidRecordError,
    UnitError,
    UnknownNameError,
)
from magnesium.intake import FluidTarget, IntakeItem, IntakeReport, assess_intake, fluid_target
from magnesium.interactions import (
    Direction,
    Drug,
    InteractionRecord,
    Severity,
    UnknownMedicine,
)
from magnesium.labs import SerumClass, SerumStatus, ckd_epi_2021, serum_status
from magnesium.reference import Authority, Sex, upper_level
from magnesium.schedule import magnesium_windows
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

__all__ = [
    "Assessment",
    "Condition",
    "CrampEvidence",
    "CrampSituation",
    "DeficiencyRisk",
    "DepletionScore",
    "Diet",
    "Finding",
    "Person",
    "Recommendation",
    "RiskLevel",
    "SupplementPlan",
    "Symptom",
    "assess",
    "magnesium_depletion_score",
]

C, S, U = Evidence.CONFIRMED, Evidence.SECONDARY, Evidence.UNCONFIRMED
_E = TypeVar("_E", bound=enum.Enum)


# --- vocabularies -----------------------------------------------------------


class Condition(enum.StrEnum):
    """Conditions the rules know (English and Danish words are accepted)."""

    CROHNS = "crohns"
    COELIAC = "coeliac"
    CHRONIC_DIARRHOEA = "chronic diarrhoea"
    GASTRIC_BYPASS = "gastric bypass"
    BOWEL_RESECTION = "small-bowel resection"
    TYPE_2_DIABETES = "type 2 diabetes"
    ALCOHOL_DEPENDENCE = "alcohol dependence"
    KIDNEY_DISEASE = "kidney disease"
    HEART_DISEASE = "heart disease"


class Diet(enum.StrEnum):
    """Diet patterns the rules know."""

    VARIED = "varied"
    CALORIE_RESTRICTED = "calorie-restricted"
    ONE_SIDED = "one-sided"


class Symptom(enum.StrEnum):
    """Symptoms the rules know: cramps, signs of low magnesium, red flags."""

    NIGHT_CRAMPS = "night cramps"
    EXERCISE_CRAMPS = "exercise cramps"
    FREQUENT_CRAMPS = "frequent cramps"
    TWITCHES = "twitches"
    TINGLING = "tingling"
    REDUCED_APPETITE = "reduced appetite"
    NAUSEA = "nausea"
    CONSTIPATION = "constipation"
    FATIGUE = "fatigue"
    WEAKNESS = "weakness"
    PALPITATIONS = "palpitations"
    IRREGULAR_PULSE = "irregular pulse"
    CRAMPS_WAKE_SEVERAL_TIMES = "cramps waking several times a night"
    VIOLENT_CRAMPS = "violent cramps"
    NEW_CRAMPS_NO_CAUSE = "new cramps without obvious cause"
    NUMBNESS = "numbness"
    SWELLING_IN_CRAMPING_AREA = "swelling in the cramping area"
    SHORTNESS_OF_BREATH = "shortness of breath"
    SWOLLEN_ANKLES = "swollen ankles"
    SLOW_PULSE = "slow pulse"
    DEPRESSED_BREATHING = "depressed breathing"
    PERSISTENT_DIARRHOEA = "persistent diarrhoea"


_CONDITION_WORDS: Final = {
    Condition.CROHNS: ("crohn's disease", "crohn", "morbus crohn", "crohns sygdom"),
    Condition.COELIAC: ("celiac", "celiac disease", "coeliac disease", "cøliaki"),
    Condition.CHRONIC_DIARRHOEA: ("chronic diarrhea", "kronisk diarré"),
    Condition.GASTRIC_BYPASS: ("bariatric surgery", "gastrisk bypass", "fedmeoperation"),
    Condition.BOWEL_RESECTION: ("bowel resection", "tyndtarmsresektion"),
    Condition.TYPE_2_DIABETES: ("type 2-diabetes", "diabetes type 2", "type 2 diabetes mellitus"),
    Condition.ALCOHOL_DEPENDENCE: ("alcoholism", "alkoholafhængighed", "alkoholisme"),
    Condition.KIDNEY_DISEASE: (
        "ckd",
        "chronic kidney disease",
        "nyresygdom",
        "nedsat nyrefunktion",
    ),
    Condition.HEART_DISEASE: ("heart failure", "hjertesygdom", "hjertesvigt"),
}
_DIET_WORDS: Final = {
    Diet.VARIED: ("normal", "varieret", "alsidig"),
    Diet.CALORIE_RESTRICTED: ("very calorie-restricted", "kalorierestriktiv", "slankekur"),
    Diet.ONE_SIDED: ("one sided", "ensidig"),
}
_SYMPTOM_WORDS: Final = {
    Symptom.NIGHT_CRAMPS: (
        "nocturnal leg cramps",
        "natlige kramper",
        "natlige lægkramper",
        "kramper om natten",
    ),
    Symptom.EXERCISE_CRAMPS: (
        "cramps during exercise",
        "exercise-associated cramps",
        "træningskramper",
        "kramper under træning",
    ),
    Symptom.FREQUENT_CRAMPS: ("hyppige kramper",),
    Symptom.TWITCHES: ("muscle twitches", "muskeltrækninger", "trækninger"),
    Symptom.TINGLING: ("prikken", "prikkende fornemmelser", "snurren"),
    Symptom.REDUCED_APPETITE: ("nedsat appetit",),
    Symptom.NAUSEA: ("kvalme",),
    Symptom.CONSTIPATION: ("forstoppelse",),
    Symptom.FATIGUE: ("tiredness", "træthed"),
    Symptom.WEAKNESS: ("muscle weakness", "svaghed"),
    Symptom.PALPITATIONS: ("hjertebanken",),
    Symptom.IRREGULAR_PULSE: ("uregelmæssig puls",),
    Symptom.CRAMPS_WAKE_SEVERAL_TIMES: ("kramper der vækker flere gange om natten",),
    Symptom.VIOLENT_CRAMPS: ("voldsomme kramper",),
    Symptom.NEW_CRAMPS_NO_CAUSE: ("nye kramper uden åbenlys årsag",),
    Symptom.NUMBNESS: ("sensory disturbance", "følelsesløshed", "føleforstyrrelser"),
    Symptom.SWELLING_IN_CRAMPING_AREA: ("swelling", "hævelse"),
    Symptom.SHORTNESS_OF_BREATH: ("åndenød",),
    Symptom.SWOLLEN_ANKLES: ("hævede ankler",),
    Symptom.SLOW_PULSE: ("lav puls", "langsom puls"),
    Symptom.DEPRESSED_BREATHING: ("nedsat vejrtrækning",),
    Symptom.PERSISTENT_DIARRHOEA: ("persistent diarrhea", "vedvarende diarré"),
}
_CRAMPS: Final = frozenset(
    {
        Symptom.NIGHT_CRAMPS,
        Symptom.EXERCISE_CRAMPS,
        Symptom.FREQUENT_CRAMPS,
        Symptom.CRAMPS_WAKE_SEVERAL_TIMES,
        Symptom.VIOLENT_CRAMPS,
        Symptom.NEW_CRAMPS_NO_CAUSE,
    }
)


def _vocabulary(kind: type[_E], words: Mapping[_E, tuple[str, ...]]) -> dict[str, _E]:
    index = {_names.normalize(str(member.value)): member for member in kind}
    for member, aliases in words.items():
        index.update({_names.normalize(alias): member for alias in aliases})
    return index


_CONDITIONS: Final = _vocabulary(Condition, _CONDITION_WORDS)
_DIETS: Final = _vocabulary(Diet, _DIET_WORDS)
_SYMPTOMS: Final = _vocabulary(Symptom, _SYMPTOM_WORDS)


def _word(value: object, index: Mapping[str, _E], kind: str) -> _E:
    if isinstance(value, enum.Enum) and value in index.values():
        return value  # type: ignore[return-value]
    if not isinstance(value, str):
        message = f"a {kind} needs a word such as {next(iter(index))!r}, got {value!r}"
        raise ArgumentTypeError(message)
    found = index.get(_names.normalize(value))
    if found is None:
        raise UnknownNameError(kind, value, _names.closest(value, index))
    return found


def _word_set(values: object, index: Mapping[str, _E], kind: str) -> frozenset[_E]:
    if values is None:
        return frozenset()
    if isinstance(values, str | enum.Enum):
        values = [values]
    if not isinstance(values, Iterable):
        message = f"`{kind}s` needs a set of words, got {values!r}"
        raise ArgumentTypeError(message)
    return frozenset(_word(v, index, kind) for v in values)


def _count(value: object, name: str, maximum: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        message = f"`{name}` needs a number such as 2, got {value!r}"
        raise UnitError(message)
    number = float(value)
    if not math.isfinite(number) or not 0 <= number <= maximum:
        message = f"`{name}` needs a number from 0 to {maximum:g}, got {value!r}"
        raise InvalidAmountError(message)
    return number


# attrs converters, one per field, so each field's type is the converter's.
def _to_sex(value: object) -> Sex | None:
    return None if value is None else _reference.read_sex(value)


def _to_age(value: object) -> float | None:
    return None if value is None else _reference.age_in_years(value)


def _to_weight(value: object) -> float | None:
    if value is None:
        return None
    return _units.magnitude(
        value, _units.BODY_MASS, name="body_weight", positive=True, bounds=_units.BODY
    )


def _to_diet(value: object) -> Diet | None:
    return None if value is None else _word(value, _DIETS, "diet")


def _to_conditions(value: object) -> frozenset[Condition]:
    return _word_set(value, _CONDITIONS, "condition")


def _to_symptoms(value: object) -> frozenset[Symptom]:
    return _word_set(value, _SYMPTOMS, "symptom")


def _to_drinks(value: object) -> float | None:
    return _count(value, "alcohol_drinks_per_day", 50)  # this library's bound


def _to_training(value: object) -> float | None:
    return _count(value, "training_hours_per_week", 100)  # of the week's 168 h


def _to_egfr(value: object) -> float | None:
    return None if value is None else _labs.egfr_ml_min(value)


def _to_creatinine(value: object) -> float | None:
    if value is None:
        return None
    return _units.magnitude(
        value,
        _labs.CREATININE,
        name="serum_creatinine",
        positive=True,
        bounds=_labs.CREATININE_RANGE,
    )


def _to_serum(value: object) -> float | None:
    return None if value is None else _labs.serum_mmol(value)


def _to_medicines(values: object) -> tuple[Drug | UnknownMedicine, ...]:
    """Resolve medicine names: each drug once, and each unknown name as given."""
    if values is None:
        return ()
    if isinstance(values, str | Drug | UnknownMedicine):
        values = [values]
    if not isinstance(values, Iterable):
        message = f"`medications` needs a list of medicine names, got {values!r}"
        raise ArgumentTypeError(message)
    found: dict[str, Drug | UnknownMedicine] = {}
    for value in values:
        drugs: tuple[Drug, ...] = ()
        unknown: UnknownMedicine | None = None
        if isinstance(value, Drug):
            drugs = (value,)
        elif isinstance(value, UnknownMedicine):
            unknown = value
        else:
            drugs, unknown = _interactions.lookup_name(value, strict=False)
        for drug in drugs:
            found.setdefault(drug.name, drug)
        if unknown is not None:
            found.setdefault(f"?{unknown.query}", unknown)
    return tuple(found.values())


def _to_times(value: object) -> tuple[tuple[str, tuple[str | dt.time, ...]], ...]:
    if value is None or value == ():
        return ()
    if not isinstance(value, Mapping):
        example = "{'levothyroxine': ['07:00']}"
        message = f"`medication_times` needs a mapping such as {example}, got {value!r}"
        raise ArgumentTypeError(message)
    return tuple(
        (str(name), (times,) if isinstance(times, str | dt.time) else tuple(times))
        for name, times in value.items()
    )


# --- the person -------------------------------------------------------------

_AMOUNT_FIELDS: Final = frozenset({"body_weight", "egfr", "serum_creatinine", "serum_magnesium"})


@attrs.frozen(kw_only=True, repr=False)
class Person(Displayable):
    """A person to assess. Every field is optional; rules needing one say so.

    Attributes
    ----------
    sex, age
        ``"female"``/``"male"``; years (or a duration such as ``"9 months"``).
    body_weight
        Body mass, e.g. ``"82 kg"``. [kg] (stored as kg)
    pregnant, lactating
        Life stage (female only).
    medications
        Medicine names (English or Danish, brand or ATC code), resolved with
        the interaction catalogue: :attr:`medications` holds the drugs,
        :attr:`unknown_medications` the names the catalogue does not know
        (an assessment says they were not checked).
    medication_times
        Optional times of day of the medicines, e.g.
        ``{"levothyroxine": ["07:00"]}``, for a suggested magnesium time.
    alcohol_drinks_per_day
        Standard drinks a day.
    diet
        ``"varied"``, ``"calorie-restricted"`` or ``"one-sided"`` (or Danish).
    conditions, symptoms
        Words of :class:`Condition` and :class:`Symptom`, English or Danish.
    training_hours_per_week, hot_climate, heavy_sweating
        Exercise and sweat.
    egfr
        eGFR, e.g. ``"75 mL/min/1.73m**2"``. [mL/min/1.73 m²]
    serum_creatinine
        For CKD-EPI 2021 when ``egfr`` is not given, e.g. ``"1.2 mg/dL"``.
        [mg/dL]
    serum_magnesium
        Serum magnesium in mmol/L, mg/dL or mEq/L. [mmol/L]
    """

    sex: Sex | None = attrs.field(default=None, converter=_to_sex)
    age: float | None = attrs.field(default=None, converter=_to_age)
    body_weight: float | None = attrs.field(default=None, converter=_to_weight)
    pregnant: bool = False
    lactating: bool = False
    _medications: tuple[Drug | UnknownMedicine, ...] = attrs.field(
        default=(), converter=_to_medicines
    )
    medication_times: tuple[tuple[str, tuple[str | dt.time, ...]], ...] = attrs.field(
        default=(), converter=_to_times
    )
    alcohol_drinks_per_day: float | None = attrs.field(default=None, converter=_to_drinks)
    diet: Diet | None = attrs.field(default=None, converter=_to_diet)
    conditions: frozenset[Condition] = attrs.field(default=(), converter=_to_conditions)
    symptoms: frozenset[Symptom] = attrs.field(default=(), converter=_to_symptoms)
    training_hours_per_week: float | None = attrs.field(default=None, converter=_to_training)
    hot_climate: bool = False
    heavy_sweating: bool = False
    egfr: float | None = attrs.field(default=None, converter=_to_egfr)
    serum_creatinine: float | None = attrs.field(default=None, converter=_to_creatinine)
    serum_magnesium: float | None = attrs.field(default=None, converter=_to_serum)

    def _title(self, lang: str) -> str:
        who = ", ".join(
            part
            for part in (
                text(str(self.sex), lang) if self.sex else "",
                msg("{age:g} y", age=self.age).render(lang) if self.age is not None else "",
                text("pregnant", lang) if self.pregnant else "",
                text("lactating", lang) if self.lactating else "",
            )
            if part
        )
        return msg("Person ({who})", who=who or text("nothing given", lang)).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:  # noqa: ARG002 - inputs as given
        def show(value: object) -> str:
            if isinstance(value, Mapping) and "magnitude" in value:
                return f"{value['magnitude']:g} {value['unit']}"
            if isinstance(value, list):
                return ", ".join(map(str, value))
            return str(value)

        return [
            (name, show(value))
            for name, value in self.to_dict().items()
            if value not in (None, False, [], {}) and name not in ("sex", "age")
        ]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:  # noqa: ARG002 - holds no texts
        """Return the person as JSON-ready types that :meth:`from_dict` reads back.

        Amounts carry their units; medicines are their English generic names.

        Examples
        --------
        >>> person = Person(sex="female", age=40, medications=["Losec"], egfr="80 mL/min")
        >>> Person.from_dict(person.to_dict()) == person
        True
        """

        def amount(value: float | None, unit: str) -> dict[str, Any] | None:
            return None if value is None else {"magnitude": value, "unit": unit}

        return {
            "sex": jsonable(self.sex),
            "age": self.age,
            "body_weight": amount(self.body_weight, "kg"),
            "pregnant": self.pregnant,
            "lactating": self.lactating,
            "medications": [d.name if isinstance(d, Drug) else d.query for d in self._medications],
            "medication_times": {name: jsonable(times) for name, times in self.medication_times},
            "alcohol_drinks_per_day": self.alcohol_drinks_per_day,
            "diet": jsonable(self.diet),
            "conditions": jsonable(self.conditions),
            "symptoms": jsonable(self.symptoms),
            "training_hours_per_week": self.training_hours_per_week,
            "hot_climate": self.hot_climate,
            "heavy_sweating": self.heavy_sweating,
            "egfr": amount(self.egfr, "mL/min"),
            "serum_creatinine": amount(self.serum_creatinine, "mg/dL"),
            "serum_magnesium": amount(self.serum_magnesium, "mmol/L"),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Person:
        """Rebuild a person from :meth:`to_dict` output, validating every field again."""

        def amount(value: object) -> object:
            if isinstance(value, Mapping):
                return f"{value['magnitude']!r} {value['unit']}"
            return value

        if not isinstance(data, Mapping):
            message = f"Person.from_dict needs a mapping (as to_dict gives), got {data!r}"
            raise InvalidRecordError(message)
        known = {a.alias for a in attrs.fields(cls)}
        if stray := sorted(str(name) for name in data if name not in known):
            message = f"Person.from_dict: unknown field(s) {stray}; the fields are {sorted(known)}"
            raise InvalidRecordError(message)
        fields = {
            name: amount(value) if name in _AMOUNT_FIELDS else value
            for name, value in data.items()
        }
        return cls(**fields)  # type: ignore[arg-type]

    def __attrs_post_init__(self) -> None:
        if (self.pregnant or self.lactating) and self.sex is Sex.MALE:
            message = "`pregnant` and `lactating` apply to sex='female' only"
            raise InvalidAmountError(message)
        if self.pregnant and self.lactating:
            message = "give either `pregnant` or `lactating`, not both"
            raise InvalidAmountError(message)

    @property
    def medications(self) -> tuple[Drug, ...]:
        """The catalogue drugs of ``medications``, each once, in the order given."""
        return tuple(d for d in self._medications if isinstance(d, Drug))

    @property
    def unknown_medications(self) -> tuple[UnknownMedicine, ...]:
        """The names of ``medications`` the catalogue does not know: not checked."""
        return tuple(d for d in self._medications if isinstance(d, UnknownMedicine))

    @property
    def egfr_estimate(self) -> tuple[float | None, str]:
        """The eGFR to use and how it was found. [mL/min/1.73 m²]"""
        if self.egfr is not None:
            return self.egfr, N_("given")
        if self.serum_creatinine is None:
            return None, N_("not given (give egfr, or serum_creatinine with age and sex)")
        if self.age is None or self.sex is None:
            return None, N_("CKD-EPI 2021 needs age and sex")
        if self.age < _ADULT:
            return None, N_("CKD-EPI 2021 is for adults; not estimated")
        egfr = ckd_epi_2021(f"{self.serum_creatinine} mg/dL", age=self.age, sex=self.sex)
        return _labs.clean(egfr.m_as("mL/min")), N_("CKD-EPI 2021 from serum creatinine")


# --- findings ---------------------------------------------------------------


def _weight(weight: int, key: str, lang: str) -> str:
    """Return a rule's points as a line label; the key (an identifier) only in English."""
    return f"+{weight}" if lang == "da" else f"+{weight} {key}"


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
    """

    key: str
    message: Msg
    sources: tuple[str, ...]
    weight: int = 0
    evidence: Evidence = C
    inputs: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """What it means for the person, in English."""
        return self.message.render()

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return the finding as JSON-ready types; ``text`` in ``lang``."""
        data = super().to_dict(lang=lang)
        data["text"] = data.pop("message")
        return data

    def _title(self, lang: str) -> str:
        # Keys are identifiers for code: a Danish reading gets the text alone.
        return self.message.render(lang) if lang == "da" else f"{self.key}: {self.message}"

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        inputs = ", ".join(f"{name}={value}" for name, value in self.inputs)
        return [
            (text("weight", lang), str(self.weight)),
            (text("inputs", lang), inputs),
            (text("sources", lang), ", ".join(self.sources)),
            (text("evidence", lang), text(self.evidence.value, lang)),
        ]


def _f(
    key: str,
    message: Msg,
    *sources: str,
    weight: int = 0,
    evidence: Evidence = C,
    **inputs: object,
) -> Finding:
    return Finding(
        key=key,
        message=message,
        sources=sources,
        weight=weight,
        evidence=evidence,
        inputs=tuple((name, str(value)) for name, value in inputs.items()),
    )


_ADULT: Final = 18.0
_OLDER_ADULT: Final = 65.0  # NIH ODS names "older adults"; 65 is this library's reading
_POLYPHARMACY: Final = 5  # medicines; the commonest definition (Masnoon et al. 2017)
_EGFR_REDUCED: Final = 60.0  # mL/min/1.73 m²: the MDS band counted as reduced (Fan 2021)
_EGFR_NORMAL: Final = 90.0
_HEAVY_DRINKING: Final = {Sex.FEMALE: 1.0, Sex.MALE: 2.0}  # drinks/day, more than (Fan 2021)
_GI_DISEASE: Final = frozenset(
    {
        Condition.CROHNS,
        Condition.COELIAC,
        Condition.CHRONIC_DIARRHOEA,
        Condition.GASTRIC_BYPASS,
        Condition.BOWEL_RESECTION,
    }
)
_DIURETICS_MDS: Final = ("C03CA", "C03AA", "C03BA")  # loop and thiazide (Fan 2021)
_PPI: Final = ("A02BC",)
_DIURETICS: Final = ("C03",)  # every diuretic (WHO ATC)
_POTASSIUM_SPARING: Final = ("C03D",)  # aldosterone antagonists and other K-sparing agents
# Digitalis, antiarrhythmics (sotalol is one, though ATC files it with beta blockers), CCBs.
_HEART_MEDICINES: Final = ("C01A", "C01B", "C07AA07", "C08")
_MAGNESIUM_MEDICINES: Final = ("A02AA", "A06AD")
_SEE_DOCTOR: Final = msg("See a doctor.")
_ASK_FIRST: Final = msg("Ask a doctor before taking a magnesium supplement.")


def _has(drugs: Iterable[Drug], prefixes: tuple[str, ...]) -> list[Drug]:
    return [d for d in drugs if d.atc.startswith(prefixes)]


# --- deficiency risk --------------------------------------------------------


class RiskLevel(enum.IntEnum):
    """Deficiency-risk level; ordered, so levels compare."""

    LOW = 0
    MODERATE = 1
    HIGH = 2

    def __str__(self) -> str:
        return self.name.lower()


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

    level: RiskLevel
    score: int
    factors: tuple[Finding, ...]
    rule: str = N_("weights add up: 0 low, 1-2 moderate, 3 or more high (this library's rule)")

    def _title(self, lang: str) -> str:
        return msg(
            "Deficiency risk: {level} (score {score})",
            level=msg(str(self.level)),
            score=self.score,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [
            (_weight(f.weight, f.key, lang), f"{f.message.render(lang)} [{', '.join(f.sources)}]")
            for f in self.factors
        ]
        return [*lines, (text("rule", lang), text(self.rule, lang))]


def _level(score: int) -> RiskLevel:
    if score >= 3:
        return RiskLevel.HIGH
    return RiskLevel.MODERATE if score >= 1 else RiskLevel.LOW


# Points of each deficiency-risk factor, by its finding key: this library's
# weighting (the module docs): 2 for the groups the sources treat as major, 1
# for the others. magnesium.frame reads the same table.
_POINTS: Final = {
    "heavy_sweating": 1,
    "training_in_heat": 1,
    "heavy_drinking": 1,
    "alcohol_dependence": 2,
    "diet": 1,
    "gastrointestinal_disease": 2,
    "type_2_diabetes": 1,
    "older_adult": 1,
    "medicine": 1,  # each record of a drug lowering magnesium, unless unconfirmed
    "intake_below_reference": 1,
}
_SERUM_POINTS: Final = {SerumClass.SEVERELY_LOW: 3, SerumClass.LOW: 3, SerumClass.GREY_ZONE: 1}


def _deficiency_factors(
    person: Person, intake: IntakeReport | None, serum: SerumStatus | None
) -> list[Finding]:
    found: list[Finding] = []
    if person.heavy_sweating:
        found.append(
            _f(
                "heavy_sweating",
                msg("Heavy sweating loses magnesium, sodium and potassium."),
                "ARTICLE",
                weight=_POINTS["heavy_sweating"],
                heavy_sweating=True,
            )
        )
    hours = person.training_hours_per_week
    if person.hot_climate and hours:
        found.append(
            _f(
                "training_in_heat",
                msg("Long training in heat can lose magnesium in sweat."),
                "ARTICLE",
                weight=_POINTS["training_in_heat"],
                training_hours_per_week=hours,
                hot_climate=True,
            )
        )
    drinks = person.alcohol_drinks_per_day
    if drinks is not None and person.sex is not None and drinks > _HEAVY_DRINKING[person.sex]:
        found.append(
            _f(
                "heavy_drinking",
                msg("Alcohol raises urinary magnesium loss and lowers uptake."),
                "ARTICLE",
                "FAN2021",
                weight=_POINTS["heavy_drinking"],
                evidence=S,
                alcohol_drinks_per_day=drinks,
                sex=person.sex,
            )
        )
    if Condition.ALCOHOL_DEPENDENCE in person.conditions:
        found.append(
            _f(
                "alcohol_dependence",
                msg("Alcohol dependence is a group at risk of inadequacy."),
                "NIHODS",
                weight=_POINTS["alcohol_dependence"],
                evidence=S,
                conditions=Condition.ALCOHOL_DEPENDENCE,
            )
        )
    if person.diet in (Diet.CALORIE_RESTRICTED, Diet.ONE_SIDED):
        found.append(
            _f(
                "diet",
                msg(
                    "A one-sided or very calorie-restricted diet can fall below "
                    "the recommended intake."
                ),
                "ARTICLE",
                weight=_POINTS["diet"],
                diet=person.diet,
            )
        )
    gut = sorted(str(c) for c in person.conditions & _GI_DISEASE)
    if gut:
        found.append(
            _f(
                "gastrointestinal_disease",
                msg("Gut disease lowers uptake and raises losses (malabsorption)."),
                "ARTICLE",
                "NIHODS",
                weight=_POINTS["gastrointestinal_disease"],
                conditions=", ".join(gut),
            )
        )
    if Condition.TYPE_2_DIABETES in person.conditions:
        found.append(
            _f(
                "type_2_diabetes",
                msg("Type 2 diabetes raises urinary magnesium loss."),
                "NIHODS",
                weight=_POINTS["type_2_diabetes"],
                evidence=S,
                conditions=Condition.TYPE_2_DIABETES,
            )
        )
    if person.age is not None and person.age >= _OLDER_ADULT:
        found.append(
            _f(
                "older_adult",
                msg(
                    "Older adults absorb less and excrete more magnesium (age {age:g} or over, "
                    "this library's reading).",
                    age=_OLDER_ADULT,
                ),
                "NIHODS",
                weight=_POINTS["older_adult"],
                evidence=S,
                age=person.age,
            )
        )
    for drug in person.medications:
        for record in drug.records:
            if record.direction is Direction.DRUG_LOWERS_MAGNESIUM:
                counted = _counted(record)
                message = msg("{drug}: {effect}", drug=drug.label, effect=record.effect)
                if record.evidence is U:
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
                    _f(
                        f"medicine:{drug.name}",
                        message,
                        *record.sources,
                        weight=_POINTS["medicine"] if counted else 0,
                        evidence=record.evidence,
                        medication=drug.name,
                    )
                )
    reference = intake.reference if intake is not None else None
    if intake is not None and reference is not None and intake.total_mg < reference.value_mg:
        found.append(
            _f(
                "intake_below_reference",
                msg("The day's intake is below the recommended intake."),
                reference.source,
                weight=_POINTS["intake_below_reference"],
                total_mg=round(intake.total_mg),
                reference_mg=reference.value_mg,
            )
        )
    if serum is not None and serum.status in _SERUM_POINTS:
        found.append(
            _f(
                "serum_magnesium",
                msg(
                    "Serum magnesium is {status}: {meaning}.",
                    status=serum.status,
                    meaning=serum.meaning,
                ),
                *serum.sources,
                weight=_SERUM_POINTS[serum.status],
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
    parts: tuple[Finding, ...]
    missing: tuple[str, ...]
    group: str | None
    sources: tuple[str, ...] = ("FAN2021", "ZHANG2025", "SONG2025", "COSTELLO2025")
    evidence: Evidence = S
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
        lines = [(_weight(p.weight, p.key, lang), p.message.render(lang)) for p in self.parts]
        lines += [(text("missing", lang), name) for name in self.missing]
        return [
            *lines,
            (text("note", lang), text(self.note, lang)),
            (text("sources", lang), ", ".join(self.sources)),
        ]


def _mds_group(value: int) -> str:
    if value <= 1:
        return N_("0-1 (lowest group)")
    return N_("2 (middle group)") if value == 2 else N_("3-5 (highest group)")


def magnesium_depletion_score(person: Person) -> DepletionScore:
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
    if not isinstance(person, Person):
        message = f"`person` needs a magnesium.Person, got {person!r}"
        raise ArgumentTypeError(message)
    parts: list[Finding] = []
    missing: list[str] = []
    diuretics = _has(person.medications, _DIURETICS_MDS)
    if diuretics:
        parts.append(
            _f(
                "mds_diuretic",
                msg("Current loop or thiazide diuretic use: 1 point."),
                "FAN2021",
                weight=1,
                medication=diuretics[0].name,
            )
        )
    ppis = _has(person.medications, _PPI)
    if ppis:
        parts.append(
            _f(
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
    elif drinks is not None and drinks > _HEAVY_DRINKING[person.sex]:
        parts.append(
            _f(
                "mds_heavy_drinking",
                msg("Heavy drinking (more than 1 drink a day for women, 2 for men): 1 point."),
                "FAN2021",
                weight=1,
                evidence=S,
                alcohol_drinks_per_day=drinks,
                sex=person.sex,
            )
        )
    egfr, how = person.egfr_estimate
    if egfr is None:
        missing.append("egfr (or serum_creatinine with age and sex)")
    elif egfr < _EGFR_REDUCED:
        parts.append(
            _f(
                "mds_egfr_below_60",
                msg("eGFR below 60 mL/min/1.73 m²: 2 points."),
                "FAN2021",
                weight=2,
                evidence=S,
                egfr=f"{egfr:g} ({how})",
            )
        )
    elif egfr < _EGFR_NORMAL:
        parts.append(
            _f(
                "mds_egfr_60_89",
                msg("eGFR 60 to below 90 mL/min/1.73 m²: 1 point."),
                "FAN2021",
                weight=1,
                evidence=S,
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
        group=None if value is None else _mds_group(value),
    )


# --- cautions and red flags -------------------------------------------------


def _over_ceiling(intake: IntakeReport | None) -> list[Finding]:
    if intake is None or intake.ceiling is None or not intake.exceeds_ceiling:
        return []
    ceiling = intake.ceiling
    return [
        _f(
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


def _who_cautions(person: Person, egfr: float | None) -> list[Finding]:
    """Who gets no dose whatever the other findings: life stage, age, unknown kidneys."""
    found: list[Finding] = []
    if person.pregnant or person.lactating:
        found.append(
            _f(
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
            _f(
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
    elif person.age >= _OLDER_ADULT and egfr is None:
        found.append(
            _f(
                "older_adult_kidney_unknown",
                msg(
                    "Age {age:g}: older people often have reduced kidney function without "
                    "knowing it (the article). Ask a doctor for a kidney test (eGFR) before "
                    "taking magnesium; an eGFR of 60 or more lifts this caution.",
                    age=person.age,
                ),
                "ARTICLE",
                "NIHODS",
                evidence=S,
                age=person.age,
                egfr=None,
            )
        )
    return found


def _medicine_cautions(person: Person) -> list[Finding]:
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
            kind = _medicine_caution(drug, record)
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
                    ask=_ASK_FIRST,
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
                _f(
                    f"{kind}:{drug.name}",
                    message,
                    *record.sources,
                    evidence=record.evidence,
                    medication=drug.name,
                )
            )
    return found


def _counted(record: InteractionRecord) -> bool:
    """Whether a record counts as a magnesium-lowering medicine (the frame reads it too).

    Confirmed or secondary, and more than minor: an unconfirmed claim (statins) or
    a high-dose-only effect (zinc) is shown but not counted.
    """
    return (
        record.direction is Direction.DRUG_LOWERS_MAGNESIUM
        and record.evidence is not U
        and record.severity is not Severity.MINOR
    )


def _unknown_medicine(unknown: UnknownMedicine) -> Finding:
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
    return _f(
        f"unknown_medicine:{unknown.query}",
        message,
        "ARTICLE",  # several medicines: ask before supplementing
        evidence=U,
        medication=unknown.query,
        suggestions=", ".join(unknown.suggestions),
    )


def _medicine_caution(drug: Drug, record: InteractionRecord) -> str | None:
    """Return the kind of medicine caution a record raises, if any (the frame reads it too)."""
    if record.avoid:
        return None  # a caution of its own: avoid:<drug>
    if (
        record.direction is Direction.LOWERS_DRUG_ABSORPTION
        and record.before_h is None
        and record.after_h is None
    ):
        return "no_spacing_window"
    if _counted(record) and not drug.atc.startswith((*_DIURETICS, *_PPI)):  # their own
        return "magnesium_wasting_medicine"
    if drug.atc.startswith(_MAGNESIUM_MEDICINES) and record.direction is Direction.ADDITIVE:
        return "magnesium_medicine"
    return None


def _cautions(
    person: Person, egfr: float | None, serum: SerumStatus | None, intake: IntakeReport | None
) -> list[Finding]:
    found = [*_over_ceiling(intake), *_who_cautions(person, egfr), *_medicine_cautions(person)]
    takes_magnesium = bool(_has(person.medications, _MAGNESIUM_MEDICINES)) or (
        intake is not None and intake.supplemental_mg > 0
    )
    kidney = Condition.KIDNEY_DISEASE in person.conditions or (
        egfr is not None and egfr < _EGFR_REDUCED
    )
    if kidney:
        warning = msg(
            "Reduced kidney function: excess magnesium is not excreted, and the risk of "
            "high magnesium (slow pulse, depressed breathing) rises. {ask}",
            ask=_ASK_FIRST,
        )
        if takes_magnesium:
            warning = msg(
                "Reduced kidney function: excess magnesium is not excreted, and the risk of "
                "high magnesium (slow pulse, depressed breathing) rises. Magnesium medicines "
                "or supplements are already taken: high risk. {ask}",
                ask=_ASK_FIRST,
            )
        found.append(
            _f(
                "reduced_kidney_function",
                warning,
                "ARTICLE",
                "FAN2021",
                egfr=egfr,
                magnesium_taken=takes_magnesium,
            )
        )
    heart = _has(person.medications, _HEART_MEDICINES)
    if Condition.HEART_DISEASE in person.conditions or heart:
        names = ", ".join(d.name for d in heart) or "none listed"
        found.append(
            _f(
                "heart",
                msg(
                    "Heart disease, especially with antiarrhythmics, digitalis or calcium "
                    "channel blockers. {ask}",
                    ask=_ASK_FIRST,
                ),
                "ARTICLE",
                heart_medicines=names,
            )
        )
    if len(person.medications) >= _POLYPHARMACY:
        found.append(
            _f(
                "polypharmacy",
                msg(
                    "{count} medicines (5 or more): more interactions, and kidney function is "
                    "often reduced unknowingly. {ask}",
                    count=len(person.medications),
                    ask=_ASK_FIRST,
                ),
                "ARTICLE",
                "MASNOON2017",
                medications=len(person.medications),
            )
        )
    lowering = _has(person.medications, (*_DIURETICS, *_PPI))
    if lowering:
        found.append(
            _f(
                "diuretic_or_ppi",
                msg(
                    "On diuretics or proton pump inhibitors: ask a "
                    "doctor or clinical dietitian before supplementing."
                ),
                "ARTICLE",
                medications=", ".join(d.name for d in lowering),
            )
        )
    sparing = _has(person.medications, _POTASSIUM_SPARING)
    if sparing:
        found.append(
            _f(
                "potassium_sparing_diuretic",
                msg(
                    "Potassium-sparing diuretics lower magnesium excretion: risk of too much "
                    "magnesium and potassium; blood tests regularly. {ask}",
                    ask=_ASK_FIRST,
                ),
                "NIHODS",
                "ARTICLE",
                evidence=S,
                medications=", ".join(d.name for d in sparing),
            )
        )
    found.extend(
        _f(
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
            _f(
                "serum_high",
                msg(
                    "Serum magnesium {value:g} mmol/L is above the reference interval "
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
    if person.age is not None and person.age < _ADULT:
        found.append(
            _f(
                "child",
                msg(
                    "The supplement advice here is for adults; children's upper levels "
                    "differ. {ask}",
                    ask=_ASK_FIRST,
                ),
                "ARTICLE",
                "SCF2001",
                age=person.age,
            )
        )
    if Symptom.PERSISTENT_DIARRHOEA in person.symptoms:
        found.append(
            _f(
                "persistent_diarrhoea",
                msg(
                    "Persistent diarrhoea: stop magnesium supplements (the article) and ask a "
                    "doctor."
                ),
                "ARTICLE",
                symptoms=Symptom.PERSISTENT_DIARRHOEA,
            )
        )
    return found


_NIGHT_RED_FLAGS: Final = frozenset({Symptom.CRAMPS_WAKE_SEVERAL_TIMES, Symptom.VIOLENT_CRAMPS})
_HIGH_MG_SIGNS: Final = frozenset({Symptom.SLOW_PULSE, Symptom.DEPRESSED_BREATHING})
# Symptoms that, with serum magnesium above the reference interval, may be the
# first signs of too much (Medscape: nausea, weakness; the article: slow pulse,
# depressed breathing): then a red flag below the dangerous level too.
_HIGH_SERUM_SIGNS: Final = _HIGH_MG_SIGNS | {Symptom.NAUSEA, Symptom.WEAKNESS}


def _listed(symptoms: Iterable[Symptom]) -> str:
    return ", ".join(sorted(str(s) for s in symptoms))


def _red_flags(person: Person, serum: SerumStatus | None) -> list[Finding]:
    found: list[Finding] = []
    symptoms = person.symptoms
    cramps = bool(symptoms & _CRAMPS)
    if symptoms & _NIGHT_RED_FLAGS:
        found.append(
            _f(
                "violent_or_frequent_night_cramps",
                msg(
                    "Frequent or violent cramps that wake you several times a night. {see}",
                    see=_SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_listed(symptoms & _NIGHT_RED_FLAGS),
            )
        )
    if Symptom.NEW_CRAMPS_NO_CAUSE in symptoms:
        older = person.age is not None and person.age > 50
        found.append(
            _f(
                "new_cramps",
                msg("New cramps without an obvious cause, over age 50. {see}", see=_SEE_DOCTOR)
                if older
                else msg("New cramps without an obvious cause. {see}", see=_SEE_DOCTOR),
                "ARTICLE",
                age=person.age,
            )
        )
    local = symptoms & {Symptom.NUMBNESS, Symptom.SWELLING_IN_CRAMPING_AREA}
    if local or (cramps and Symptom.WEAKNESS in symptoms):
        found.append(
            _f(
                "weakness_numbness_swelling",
                msg(
                    "Weakness, numbness or swelling in the cramping area. {see}",
                    see=_SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_listed(local | (symptoms & {Symptom.WEAKNESS})),
            )
        )
    heart = symptoms & {Symptom.PALPITATIONS, Symptom.IRREGULAR_PULSE}
    breath = symptoms & {Symptom.SHORTNESS_OF_BREATH, Symptom.SWOLLEN_ANKLES}
    if heart or (cramps and breath):
        found.append(
            _f(
                "heart_or_breathing_signs",
                msg(
                    "Palpitations, irregular pulse, shortness of breath or swollen ankles. {see}",
                    see=_SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_listed(heart | breath),
            )
        )
    if symptoms & _HIGH_MG_SIGNS:
        found.append(
            _f(
                "high_magnesium_signs",
                msg(
                    "Slow pulse or depressed breathing can be signs of too much magnesium. {see}",
                    see=_SEE_DOCTOR,
                ),
                "ARTICLE",
                symptoms=_listed(symptoms & _HIGH_MG_SIGNS),
            )
        )
    if serum is not None and serum.status is SerumClass.SEVERELY_LOW:
        found.append(
            _f(
                "serum_severely_low",
                msg(
                    "Serum magnesium {value:g} mmol/L (0.6 or below: overt symptoms expected). "
                    "{see}",
                    value=serum.mmol_per_l,
                    see=_SEE_DOCTOR,
                ),
                "ROSANOFF2022",
                serum_mmol_per_l=serum.mmol_per_l,
            )
        )
    if serum is not None and serum.status is SerumClass.HIGH:
        signs = symptoms & _HIGH_SERUM_SIGNS
        if serum.mmol_per_l >= _labs.DANGEROUS_HIGH:
            found.append(
                _f(
                    "serum_hypermagnesaemia",
                    msg(
                        "Serum magnesium {value:g} mmol/L: {meaning}. {see}",
                        value=serum.mmol_per_l,
                        meaning=serum.meaning,
                        see=_SEE_DOCTOR,
                    ),
                    "MEDSCAPE2022",
                    "NIHODS",
                    serum_mmol_per_l=serum.mmol_per_l,
                )
            )
        elif signs:
            found.append(
                _f(
                    "serum_high_with_symptoms",
                    msg(
                        "Serum magnesium {value:g} mmol/L, above the reference interval, with "
                        "{symptoms}: possible first signs of too much magnesium. {see}",
                        value=serum.mmol_per_l,
                        symptoms=_listed(signs),
                        see=_SEE_DOCTOR,
                    ),
                    "MEDSCAPE2022",
                    "COSTELLO2016",
                    serum_mmol_per_l=serum.mmol_per_l,
                    symptoms=_listed(signs),
                )
            )
    return found


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


_EVIDENCE: Final = {
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
        notes=_TRIAL_NOTES,
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
                "The article's 300-360 mg a day in the positive pregnancy trials is "
                "unconfirmed (no stored copy of the trials was read)."
            ),
            *_TRIAL_NOTES,
        ),
    ),
}


def _situations(person: Person) -> list[CrampSituation]:
    symptoms = person.symptoms
    if not symptoms & _CRAMPS:
        return []
    if person.pregnant:
        return [CrampSituation.PREGNANCY]
    found = []
    if Symptom.EXERCISE_CRAMPS in symptoms or (
        person.training_hours_per_week and person.hot_climate and symptoms & _CRAMPS
    ):
        found.append(CrampSituation.EXERCISE_AND_HEAT)
    if symptoms & (_CRAMPS - {Symptom.EXERCISE_CRAMPS}):
        found.append(CrampSituation.IDIOPATHIC_NIGHT_CRAMPS)
    return found


# --- recommendation ---------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class SupplementPlan(Displayable):
    """A supplement trial within the ceiling, as the article and EFSA allow.

    Attributes
    ----------
    dose_mg
        Elemental magnesium a day: the article's 200-250 mg, never more than
        the headroom under the ceiling. [mg/day] (``dose`` as a Quantity)
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
    forms: tuple[str, ...] = ("magnesium citrate", "magnesium bisglycinate")
    forms_note: str = N_(
        "The article prefers these for bioavailability and fewer stomach complaints; no "
        "authoritative source ranks the forms (EFSA treats soluble salts as similar)."
    )
    timing: str = N_("in the evening, with a light meal")
    weeks: tuple[int, int] = (4, 6)
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
    summary: Msg
    diet: tuple[Msg, ...]
    fluid: FluidTarget | None
    measures: tuple[str, ...]
    supplement: SupplementPlan | None
    blood_test: Msg | None = None
    sources: tuple[str, ...] = ("ARTICLE", "EFSA2015", "SCF2001")

    def _title(self, lang: str) -> str:
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


_FOODS: Final = msg(
    "Eat magnesium-rich foods: nuts (30 g almonds about 81 mg), whole grains (50 g oats "
    "about 69 mg), legumes (1 dl cooked black beans about 51 mg) and green vegetables "
    "(100 g raw spinach about 79 mg) (USDA SR28; the article's list)."
)
_MEASURES: Final = (
    N_("Stretch calves, hamstrings and soles regularly before bed."),
    N_("Raise training load by at most 10 % a week."),
    N_("Heat (bath, wrap) to relax; ice after hard training for irritable nerves."),
    N_("Good shoes and insoles."),
    N_("Balance caffeine and alcohol: both raise urinary magnesium loss."),
    N_("Heavy sweaters can replace salt with a glass of mineral water with sodium and potassium."),
)


# The article's four foods of its practical guide (30 g almonds, a bowl of
# oatmeal, a whole-grain roll, 100 g spinach) in USDA SR28 portions: almonds
# 12061, 30 g: 81 mg; oatmeal 08121, 1 cup cooked (234 g): 63 mg; whole-wheat
# dinner roll 18348, 1 oz (28 g): 24 mg; raw spinach 11457, 100 g: 79 mg.
_FOUR_FOODS_MG: Final = 247
_FOUR_FOODS: Final = msg(
    "The article's four foods (30 g almonds, a cup of cooked oatmeal, a small whole-grain "
    "roll, 100 g spinach) give about {mg} mg (USDA SR28); the article says they cover "
    "60-70 % of the need: {men:.0f} % of the men's 350 mg and {women:.0f} % of the women's "
    "300 mg (EFSA 2015).",
    mg=_FOUR_FOODS_MG,
    men=_FOUR_FOODS_MG / 350 * 100,
    women=_FOUR_FOODS_MG / 300 * 100,
)
# Signs of low magnesium the article lists (section 6): nonspecific.
_LOW_MG_SIGNS: Final = frozenset(
    {
        Symptom.FREQUENT_CRAMPS,
        Symptom.TWITCHES,
        Symptom.TINGLING,
        Symptom.REDUCED_APPETITE,
        Symptom.NAUSEA,
        Symptom.CONSTIPATION,
        Symptom.FATIGUE,
        Symptom.WEAKNESS,
        Symptom.PALPITATIONS,
        Symptom.IRREGULAR_PULSE,
    }
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


def _spacing(person: Person) -> list[Msg]:
    """Every medicine whose absorption magnesium lowers, window or not: none is dropped."""
    return [
        msg("{drug}: {management}", drug=drug.label, management=record.management)
        for drug in person.medications
        for record in drug.records
        if record.direction is Direction.LOWERS_DRUG_ABSORPTION
    ]


def _suggested_time(person: Person) -> dt.time | None:
    if not person.medication_times:
        return None
    return magnesium_windows(dict(person.medication_times)).preferred


def _recommend(
    person: Person,
    *,
    risk: DeficiencyRisk,
    serum: SerumStatus | None,
    cautions: list[Finding],
    red_flags: list[Finding],
    intake: IntakeReport | None,
    ceiling_mg: float,
    situations: list[CrampSituation],
) -> Recommendation:
    diet = [_FOODS, _FOUR_FOODS]
    if intake is not None and intake.reference is not None:
        gap = intake.reference.value_mg - intake.total_mg
        if gap > 0:
            diet.insert(
                0,
                msg(
                    "The day's intake is {gap:.0f} mg below the recommended {reference:g} mg "
                    "({authority}).",
                    gap=gap,
                    reference=intake.reference.value_mg,
                    authority=str(intake.reference.authority),
                ),
            )
        else:
            diet.insert(0, msg("The day's intake meets the recommended intake."))
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
    if red_flags:
        summary = msg("See a doctor: {reasons}", reasons=tuple(f.message for f in red_flags))
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
    elif risk.level is RiskLevel.LOW and serum is None:
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
    else:
        dose = min(250.0, headroom)
        night_cramps = CrampSituation.IDIOPATHIC_NIGHT_CRAMPS in situations
        supplement = SupplementPlan(
            dose_mg=dose,
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
        if dose < 200:
            summary = msg(
                "Food first. A {low}-{high} week trial of {dose:.0f} mg elemental magnesium a "
                "day (below the article's 200-250 mg: only {headroom:.0f} mg fits under the "
                "ceiling), {timing}, can be reasonable (the article); stop if it does not help.",
                headroom=headroom,
                **fields,
            )
    if supplement is not None and supplement.caveat is not None:
        summary = msg("{summary} {caveat}", summary=summary, caveat=supplement.caveat)
    signs = person.symptoms & _LOW_MG_SIGNS
    return Recommendation(
        ask_doctor_first=bool(red_flags or cautions),
        summary=summary,
        diet=tuple(diet),
        fluid=fluid,
        measures=_MEASURES,
        supplement=supplement,
        blood_test=msg(_BLOOD_TEST, symptoms=_listed(signs)) if signs and serum is None else None,
    )


# --- the assessment ---------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Assessment(Displayable):
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
    cautions
        Ask a doctor before supplementing.
    red_flags
        See a doctor; kept apart from the score.
    interactions
        Every interaction record of every medicine the person takes, with its
        effect and management: none is left out, whatever the advice.
    evidence
        What the trials say for the person's cramp situations.
    recommendation
        What to do.
    intake
        The intake report, when a day's items were given.
    """

    person: Person
    deficiency_risk: DeficiencyRisk
    depletion_score: DepletionScore
    serum: SerumStatus | None
    egfr: float | None
    egfr_source: str
    cautions: tuple[Finding, ...]
    red_flags: tuple[Finding, ...]
    evidence: tuple[CrampEvidence, ...]
    recommendation: Recommendation
    intake: IntakeReport | None = None
    interactions: tuple[Finding, ...] = ()

    def _brief(self) -> str:
        return self._summary("en")

    def _summary(self, lang: str) -> str:
        score = self.depletion_score.value
        return msg(
            "deficiency risk {level}, MDS {score}, {cautions}, {flags}",
            level=msg(str(self.deficiency_risk.level)),
            score="?" if score is None else str(score),
            cautions=plural(len(self.cautions), "{count} caution", "{count} cautions"),
            flags=plural(len(self.red_flags), "{count} red flag", "{count} red flags"),
        ).render(lang)

    def _title(self, lang: str) -> str:
        return msg("Assessment: {summary}", summary=self._summary(lang)).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("red flag", lang), f.message.render(lang)) for f in self.red_flags]
        lines += [(text("caution", lang), f.message.render(lang)) for f in self.cautions]
        lines += [(text("interaction", lang), f.message.render(lang)) for f in self.interactions]
        risk = self.deficiency_risk
        lines.append((text("deficiency risk", lang), risk._title(lang)))  # noqa: SLF001
        # The factor keys are identifiers for code; a Danish reader gets the text alone.
        lines += [
            (f"  +{f.weight}", f.message.render(lang) if lang == "da" else f"{f.key}: {f.message}")
            for f in risk.factors
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
        lines.append((text("recommendation", lang), self.recommendation.summary.render(lang)))
        return lines

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return the assessment as JSON-ready types, texts in ``lang``."""
        data = super().to_dict(lang=lang)
        data["rules_fired"] = [f.to_dict(lang=lang) for f in self.rules_fired]
        return data

    @property
    def rules_fired(self) -> tuple[Finding, ...]:
        """Every rule that fired, with its inputs and sources."""
        return (
            *self.deficiency_risk.factors,
            *self.depletion_score.parts,
            *self.cautions,
            *self.red_flags,
            *self.interactions,
        )


def assess(
    person: Person,
    intake: Iterable[IntakeItem] | None = None,
    *,
    authority: Authority | str = Authority.EFSA,
    rosanoff_2022: bool = False,
    strict: bool = False,
) -> Assessment:
    """Assess a person: deficiency risk, depletion score, cautions, red flags, advice.

    Parameters
    ----------
    person
        The person.
    intake
        Optional: a day's intake items, as for :func:`magnesium.assess_intake`.
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
    ...                 symptoms={"night cramps"}, serum_magnesium="0.72 mmol/L")
    >>> from magnesium import supplement
    >>> result = assess(person, [supplement(elemental="100 mg")])
    >>> str(result.deficiency_risk.level), result.recommendation.supplement.dose
    ('high', <Quantity(150.0, 'milligram / day')>)
    """
    if not isinstance(person, Person):
        message = f"`person` needs a magnesium.Person, got {person!r}"
        raise ArgumentTypeError(message)
    if strict and person.unknown_medications:
        first = person.unknown_medications[0]
        raise UnknownNameError("medicine", first.query, first.suggestions)
    serum = (
        serum_status(f"{person.serum_magnesium} mmol/L", rosanoff_2022=rosanoff_2022)
        if person.serum_magnesium is not None
        else None
    )
    report = None
    if intake is not None:
        report = assess_intake(
            intake,
            sex=person.sex,
            age=person.age,
            pregnant=person.pregnant,
            lactating=person.lactating,
            authority=authority,
        )
    factors = _deficiency_factors(person, report, serum)
    score = sum(f.weight for f in factors)
    risk = DeficiencyRisk(level=_level(score), score=score, factors=tuple(factors))
    egfr, egfr_source = person.egfr_estimate
    cautions = _cautions(person, egfr, serum, report)
    red_flags = _red_flags(person, serum)
    if report is not None:
        ceiling = 0.0 if report.ceiling is None else report.ceiling.value_mg
    else:
        ceiling = _ceiling_mg(person, authority)
    situations = _situations(person)
    return Assessment(
        person=person,
        deficiency_risk=risk,
        depletion_score=magnesium_depletion_score(person),
        serum=serum,
        egfr=egfr,
        egfr_source=egfr_source,
        cautions=tuple(cautions),
        red_flags=tuple(red_flags),
        evidence=tuple(_EVIDENCE[s] for s in situations),
        recommendation=_recommend(
            person,
            risk=risk,
            serum=serum,
            cautions=cautions,
            red_flags=red_flags,
            intake=report,
            ceiling_mg=ceiling,
            situations=situations,
        ),
        intake=report,
        interactions=tuple(_interaction_findings(person)),
    )


def _interaction_findings(person: Person) -> list[Finding]:
    """One finding per medicine and interaction record: what happens and what to do."""
    return [
        _f(
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


def _ceiling_mg(person: Person, authority: Authority | str) -> float:
    age = _ADULT if person.age is None else person.age
    try:
        return upper_level(age=age, authority=authority).value_mg
    except LookupError:
        return 0.0  # no level for young children: no supplement dose
