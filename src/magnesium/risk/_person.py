"""Internal: the person: vocabularies (conditions, diets, symptoms) and the reading of each field.

The public face is :mod:`magnesium.risk`.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import numbers
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from magnesium import _data, _names, _units
from magnesium._display import Displayable, jsonable
from magnesium._i18n import N_, format_number, msg, text
from magnesium.errors import (
    ArgumentTypeError,
    InvalidAmountError,
    InvalidRecordError,
    UnitError,
    UnknownNameError,
)
from magnesium.interactions import (
    Drug,
    UnknownMedicine,
    _interactions,
)
from magnesium.labs import _labs, ckd_epi_2021
from magnesium.reference import _reference
from magnesium.schedule import _schedule

if TYPE_CHECKING:
    from magnesium.reference import Sex

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
    TETANY = "tetany"
    SEIZURES = "seizures"
    LOW_BLOOD_PRESSURE = "low blood pressure"
    TREMOR = "tremor"
    FLUSHING = "flushing"
    VOMITING = "vomiting"
    LIGHTHEADEDNESS = "lightheadedness"
    DROWSINESS = "drowsiness"
    CONFUSION = "confusion"
    NYSTAGMUS = "nystagmus"


CRAMPS: Final = frozenset(
    {
        Symptom.NIGHT_CRAMPS,
        Symptom.EXERCISE_CRAMPS,
        Symptom.FREQUENT_CRAMPS,
        Symptom.CRAMPS_WAKE_SEVERAL_TIMES,
        Symptom.VIOLENT_CRAMPS,
        Symptom.NEW_CRAMPS_NO_CAUSE,
    }
)


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _vocabulary(kind: type[_E], table: str) -> dict[str, _E]:  # pragma: no mutate block
    """Index a vocabulary's names and the words of data/words.toml for them."""
    index = {_names.normalize(str(member.value)): member for member in kind}
    words = _data.toml("words.toml")[table]
    for value, aliases in words.items():
        member = kind(value)  # a word for no member is a fault of the file: ValueError
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            message = f"words.toml, [{table}] {value!r}: a list of texts is expected"
            raise _data.DataFileError(message)
        index.update({_names.normalize(alias): member for alias in aliases})
    return index


# The Person's fields as Danish labels (English shows the argument names); and
# every vocabulary word, which Danish text renders from the catalogue.
_FIELD_WORDS: Final = {
    "body_weight": N_("body weight"),
    "pregnant": N_("pregnant"),
    "lactating": N_("breastfeeding"),
    "medications": N_("medicines"),
    "medication_times": N_("medicine times"),
    "alcohol_drinks_per_day": N_("alcohol_drinks_per_day"),
    "diet": N_("diet"),
    "conditions": N_("conditions"),
    "symptoms": N_("symptoms"),
    "training_hours_per_week": N_("training hours a week"),
    "hot_climate": N_("hot climate"),
    "heavy_sweating": N_("heavy sweating"),
    "egfr": N_("eGFR"),
    "serum_creatinine": N_("serum creatinine"),
    "serum_magnesium": N_("serum magnesium"),
}
_VOCABULARY_WORDS: Final = frozenset(
    str(member.value) for kind in (Condition, Diet, Symptom) for member in kind
)
_CONDITION_TEXTS: Final = (  # their Danish forms (the catalogue holds the Symptom ones)
    N_("crohns"), N_("coeliac"), N_("chronic diarrhoea"), N_("gastric bypass"),
    N_("small-bowel resection"), N_("type 2 diabetes"), N_("alcohol dependence"),
    N_("kidney disease"), N_("heart disease"), N_("varied"), N_("calorie-restricted"),
    N_("one-sided"),
)  # fmt: skip
_CONDITIONS: Final = _vocabulary(Condition, "conditions")
_DIETS: Final = _vocabulary(Diet, "diets")
_SYMPTOMS: Final = _vocabulary(Symptom, "symptoms")


def _word(value: object, index: Mapping[str, _E], kind: str) -> _E:
    if isinstance(value, enum.Enum) and value in index.values():
        return value  # type: ignore[return-value]
    if not isinstance(value, str):
        message = f"a {kind} needs a word such as {next(iter(index))!r}, got {_names.shown(value)}"
        raise ArgumentTypeError(message)
    found = index.get(_names.normalize(value))
    if found is None:
        known = [str(member.value) for member in dict.fromkeys(index.values())]
        raise UnknownNameError(kind, value, _names.closest(value, index), known)
    return found


def _word_set(values: object, index: Mapping[str, _E], kind: str) -> frozenset[_E]:
    if values is None:
        return frozenset()
    if isinstance(values, str):
        values = _names.separated(values)
    elif isinstance(values, enum.Enum):
        values = [values]
    words = _names.listed(values, f"`{kind}s` needs a set of words")
    return frozenset(_word(v, index, kind) for v in words)


def _count(value: object, name: str, maximum: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        message = f"`{name}` needs a number such as 2, got {_names.shown(value)}"
        raise UnitError(message)
    try:
        number = float(value)
    except OverflowError:  # an int beyond a float (10**400)
        number = math.inf
    if not math.isfinite(number) or not 0 <= number <= maximum:
        message = f"`{name}` needs a number from 0 to {maximum:g}, got {_names.shown(value)}"
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


# Flags: booleans, or a table's spellings ("false", "nej", 0); a missing value
# (None, NaN, pandas NA) is "not given", which for a flag is False.
def _to_pregnant(value: object) -> bool:
    return _names.flag(value, "pregnant", missing=False)


def _to_lactating(value: object) -> bool:
    return _names.flag(value, "lactating", missing=False)


def _to_hot_climate(value: object) -> bool:
    return _names.flag(value, "hot_climate", missing=False)


def _to_heavy_sweating(value: object) -> bool:
    return _names.flag(value, "heavy_sweating", missing=False)


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
    if isinstance(values, str):
        values = _names.separated(values)
    elif isinstance(values, Drug | UnknownMedicine):
        values = [values]
    names = _names.listed(values, "`medications` needs a list of medicine names")
    found: dict[str, Drug | UnknownMedicine] = {}
    for value in names:
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
    """Read ``{"levothyroxine": ["07:00"]}``: each name a text, each time readable now."""
    if value is None or (isinstance(value, tuple) and not value):
        return ()
    example = "{'levothyroxine': ['07:00']}"
    if not isinstance(value, Mapping):
        got = _names.shown(value)
        message = f"`medication_times` needs a mapping such as {example}, got {got}"
        raise ArgumentTypeError(message)
    read: list[tuple[str, tuple[str | dt.time, ...]]] = []
    for name, times in value.items():
        if not isinstance(name, str):
            message = (
                f"`medication_times` needs medicine names as texts, such as {example}, "
                f"got the key {_names.shown(name)}"
            )
            raise ArgumentTypeError(message)
        _names.check_length(name, "a `medication_times` name")
        given = (
            [times]
            if isinstance(times, str | dt.time)
            else _names.listed(times, f"`medication_times[{name!r}]` needs a list of times")
        )
        for time in given:  # an unreadable time is an error now, not a silent gap later
            _schedule.minutes_of_day(time, f"medication_times[{name!r}]")
        read.append((name, tuple(given)))  # type: ignore[arg-type]
    return tuple(read)


# --- the person -------------------------------------------------------------

# The version of Person.to_dict's layout: raise it when a field changes meaning.
PERSON_SCHEMA: Final = "magnesium.Person/1"
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
    pregnant: bool = attrs.field(default=False, converter=_to_pregnant)
    lactating: bool = attrs.field(default=False, converter=_to_lactating)
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
    hot_climate: bool = attrs.field(default=False, converter=_to_hot_climate)
    heavy_sweating: bool = attrs.field(default=False, converter=_to_heavy_sweating)
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

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        # The inputs, labelled in the reader's language: words of the vocabularies
        # and medicines in Danish in Danish; amounts with their units as given.
        danish = {d.name: d.danish for d in self.medications}

        def word(value: object) -> str:
            if isinstance(value, str) and value in _VOCABULARY_WORDS:
                return text(value, lang)
            if lang == "da" and isinstance(value, str):
                return danish.get(value, value)
            return str(value)

        def show(value: object) -> str:
            if isinstance(value, Mapping) and "magnitude" in value:
                number = format_number(value["magnitude"], "g", lang)
                return f"{number} {value['unit']}"
            if isinstance(value, Mapping):
                return "; ".join(f"{word(k)} {', '.join(v)}" for k, v in value.items())
            if isinstance(value, list):
                return ", ".join(map(word, value))
            if isinstance(value, bool):
                return text("yes", lang) if lang != "en" else str(value)
            if isinstance(value, float):
                return format_number(value, "g", lang)
            return word(value)

        return [
            (name if lang == "en" else text(_FIELD_WORDS[name], lang), show(value))
            for name, value in self.to_dict().items()
            if value not in (None, False, [], {}) and name not in ("schema", "sex", "age")
        ]

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:  # noqa: ARG002 - holds no texts
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
            "schema": PERSON_SCHEMA,
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
        """Rebuild a person from :meth:`to_dict` output, validating every field again.

        Every field is required (null where not given), as :meth:`to_dict`
        writes them; a missing or unknown field raises
        :class:`~magnesium.errors.InvalidRecordError`. The values pass the same
        checks as the constructor's arguments, with its errors.
        """

        def amount(name: str, value: object) -> object:
            if not isinstance(value, Mapping):
                return value
            magnitude, unit = value.get("magnitude"), value.get("unit")
            if isinstance(magnitude, bool) or not isinstance(magnitude, int | float):
                message = (
                    f"Person.from_dict: field `{name}.magnitude` needs a number, "
                    f"got {_names.shown(magnitude)}"
                )
                raise InvalidRecordError(message)
            if not isinstance(unit, str):
                message = (
                    f"Person.from_dict: field `{name}.unit` needs a unit text, "
                    f"got {_names.shown(unit)}"
                )
                raise InvalidRecordError(message)
            return f"{magnitude!r} {unit}"

        if not isinstance(data, Mapping):
            message = (
                f"Person.from_dict needs a mapping (as to_dict gives), got {_names.shown(data)}"
            )
            raise InvalidRecordError(message)
        schema = data.get("schema", PERSON_SCHEMA)
        if schema != PERSON_SCHEMA:
            message = (
                f'Person.from_dict: field `schema` needs "{PERSON_SCHEMA}" (this version of '
                f"magnesium reads that one), got {_names.shown(schema)}"
            )
            raise InvalidRecordError(message)
        known = {a.alias for a in attrs.fields(cls)}
        fields = {name: value for name, value in data.items() if name != "schema"}
        if stray := sorted(str(name) for name in fields if name not in known):
            message = f"Person.from_dict: unknown field(s) {stray}; the fields are {sorted(known)}"
            raise InvalidRecordError(message)
        if missing := sorted(known - set(fields)):
            message = (
                f"Person.from_dict: field(s) {missing} missing; a record holds every field "
                "(null where not given), as to_dict writes it"
            )
            raise InvalidRecordError(message)
        read = {
            name: amount(name, value) if name in _AMOUNT_FIELDS else value
            for name, value in fields.items()
        }
        return cls(**read)

    def __attrs_post_init__(self) -> None:
        # A pregnant male, both flags, or pregnancy at 5 or at 70: refused.
        _reference.life_stage(self.sex, self.age, self.pregnant, self.lactating)

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
        if self.age < _reference.ADULT_AGE:
            return None, N_("CKD-EPI 2021 is for adults; not estimated")
        egfr = ckd_epi_2021(f"{self.serum_creatinine} mg/dL", age=self.age, sex=self.sex)
        return _labs.clean(egfr.m_as("mL/min")), N_("CKD-EPI 2021 from serum creatinine")
