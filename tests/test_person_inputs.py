"""A person's inputs: the words and amounts read, and the exact refusals.

(An authority's spellings and refusals are in test_hardening.py.)

Bounds are this library's (documented on the Reliability page): at most 50
drinks a day, 100 training hours a week (of 168), serum creatinine
0.1-30 mg/dL; a body weight and a creatinine must be positive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import pytest

import magnesium as mg
from magnesium.interactions import find_drug

if TYPE_CHECKING:
    import enum


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"conditions": [mg.Condition.CROHNS]}, {"conditions": frozenset({mg.Condition.CROHNS})}),
        ({"symptoms": "nausea"}, {"symptoms": frozenset({mg.Symptom.NAUSEA})}),
        ({"alcohol_drinks_per_day": 50}, {"alcohol_drinks_per_day": 50.0}),
        ({"training_hours_per_week": 100}, {"training_hours_per_week": 100.0}),
        (
            {"medication_times": {"levothyroxine": "07:00"}},
            {"medication_times": (("levothyroxine", ("07:00",)),)},
        ),
    ],
)
def test_inputs_read(fields: dict[str, Any], expected: dict[str, Any]) -> None:
    """Enum members, a single word, the bounds themselves and a single time are read."""
    person = mg.Person(**fields)
    assert {name: getattr(person, name) for name in expected} == expected


def test_catalogue_drugs_are_read_as_given() -> None:
    """A Drug from the catalogue is taken as it is."""
    omeprazole = find_drug("omeprazole")
    assert mg.Person(medications=[omeprazole]).medications == (omeprazole,)


def _known(kind: str, vocabulary: type[enum.Enum]) -> str:
    """The closing list of an unknown word's message: every word of the vocabulary."""
    return f" (known {kind}s: " + ", ".join(word.value for word in vocabulary) + ")"


REFUSED: list[tuple[dict[str, Any], type[Exception], str]] = [
    (
        {"conditions": [mg.Diet.VARIED]},
        mg.UnknownNameError,
        'unknown condition "varied"' + _known("condition", mg.Condition),
    ),
    (
        {"conditions": ["crohnz"]},
        mg.UnknownNameError,
        'unknown condition "crohnz"; did you mean "crohn", "crohns"?'
        + _known("condition", mg.Condition),
    ),
    ({"diet": "xx"}, mg.UnknownNameError, 'unknown diet "xx"' + _known("diet", mg.Diet)),
    (
        {"symptoms": ["xx"]},
        mg.UnknownNameError,
        'unknown symptom "xx"' + _known("symptom", mg.Symptom),
    ),
    (
        {"symptoms": ["breathing dificulty"]},
        mg.UnknownNameError,
        'unknown symptom "breathing dificulty"; did you mean "breathing difficulty"?'
        + _known("symptom", mg.Symptom),
    ),
    (
        {"alcohol_drinks_per_day": 50.5},
        mg.InvalidAmountError,
        "`alcohol_drinks_per_day` needs a number from 0 to 50, got 50.5",
    ),
    (
        {"training_hours_per_week": 101},
        mg.InvalidAmountError,
        "`training_hours_per_week` needs a number from 0 to 100, got 101",
    ),
    (
        {"body_weight": "0 kg"},
        mg.InvalidAmountError,
        '`body_weight` needs a body mass such as "70 kg", got "0 kg": it must be positive',
    ),
    (
        {"serum_creatinine": "0 mg/dL"},
        mg.InvalidAmountError,
        (
            "`serum_creatinine` needs a serum creatinine (mg/dL or µmol/L) such as "
            '"1.2 mg/dL", got "0 mg/dL": it must be positive'
        ),
    ),
    (
        {"serum_creatinine": "50 mg/dL"},
        mg.InvalidAmountError,
        (
            "`serum_creatinine` needs a serum creatinine (mg/dL or µmol/L) such as "
            '"1.2 mg/dL", got "50 mg/dL": it is outside the plausible 0.1-30 mg/dL (this '
            "library's bound)"
        ),
    ),
    (
        {"medications": 5},
        mg.ArgumentTypeError,
        "`medications` needs a list of medicine names, got 5",
    ),
    (
        {"medication_times": 5},
        mg.ArgumentTypeError,
        "`medication_times` needs a mapping such as {'levothyroxine': ['07:00']}, got 5",
    ),
    (
        {"sex": "male", "pregnant": True},
        mg.InvalidAmountError,
        "`pregnant` applies to sex='female' only, got sex='male'",
    ),
    (
        {"sex": "female", "pregnant": True, "lactating": True},
        mg.InvalidAmountError,
        "give either `pregnant` or `lactating`, not both",
    ),
]


@pytest.mark.parametrize(("fields", "error", "message"), REFUSED)
def test_refusals_in_words(fields: dict[str, Any], error: type[Exception], message: str) -> None:
    """Each refusal says which field and what it needs."""
    with pytest.raises(error) as raised:
        mg.Person(**fields)
    assert str(raised.value) == message


def test_evolve_keeps_unknown_medicines() -> None:
    """A changed copy of a person keeps the names the catalogue does not know."""

    person = mg.Person(sex="female", age=40, medications=["omeprazole", "metforminx"])
    older = attrs.evolve(person, age=50)
    assert [d.name for d in older.medications] == ["omeprazole"]
    assert [u.query for u in older.unknown_medications] == ["metforminx"]
    assert older.to_dict()["medications"] == ["omeprazole", "metforminx"]


# --- what the mutation run of _person found unpinned (issue 24) -----------------------

_EXAMPLE = "{'levothyroxine': ['07:00']}"


@pytest.mark.parametrize(
    ("times", "error", "message"),
    [
        (["07:00"], mg.ArgumentTypeError,
         f"`medication_times` needs a mapping such as {_EXAMPLE}, got ['07:00']"),
        ({3: ["07:00"]}, mg.ArgumentTypeError,
         f"`medication_times` needs medicine names as texts, such as {_EXAMPLE}, got the key 3"),
        ({"levothyroxine": 7}, mg.ArgumentTypeError,
         "`medication_times['levothyroxine']` needs a list of times, got 7"),
        ({"levothyroxine": ["25:00"]}, mg.ScheduleError,
         ("`medication_times['levothyroxine']` needs times of day such as \"08:00\" or "
          "datetime.time(8, 0), got '25:00'")),
    ],
)  # fmt: skip
def test_medication_times_are_refused_word_for_word(
    times: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        mg.Person(medication_times=times)
    assert str(caught.value) == message


def test_medication_times_read_one_time_or_a_list() -> None:
    import datetime as dt

    assert mg.Person(medication_times={"levothyroxine": "07:00"}).medication_times == (
        ("levothyroxine", ("07:00",)),
    )
    seven = dt.time(7)
    assert mg.Person(medication_times={"levothyroxine": seven}).medication_times == (
        ("levothyroxine", (seven,)),
    )
    assert mg.Person(medication_times=()).medication_times == ()


def test_a_person_shows_every_input_in_both_languages() -> None:
    """The text of a person, whole: labels and words in the reader's language."""
    person = mg.Person(sex="female", age=58, medications=["furosemid", "omeprazol"],
                       medication_times={"furosemide": ["08:00"]}, alcohol_drinks_per_day=2.5,
                       body_weight="70 kg", conditions={"kidney disease"},
                       symptoms={"night cramps"}, diet="one-sided", heavy_sweating=True,
                       serum_magnesium="0.7 mmol/L")  # fmt: skip
    assert person.to_text().splitlines() == [
        "Person (female, 58 y)",
        "  body_weight             70 kg",
        "  medications             furosemide, omeprazole",
        "  medication_times        furosemide 08:00",
        "  alcohol_drinks_per_day  2.5",
        "  diet                    one-sided",
        "  conditions              kidney disease",
        "  symptoms                night cramps",
        "  heavy_sweating          True",
        "  serum_magnesium         0.7 mmol/L",
    ]
    assert person.to_text("da").splitlines() == [
        "Person (kvinde, 58 år)",
        "  kropsvægt                   70 kg",
        "  lægemidler                  furosemid, omeprazol",
        "  tidspunkter for lægemidler  furosemid 08:00",
        "  genstande alkohol om dagen  2,5",
        "  kost                        ensidig",
        "  sygdomme                    nyresygdom",
        "  symptomer                   natlige kramper",
        "  kraftig sved                ja",
        "  serum-magnesium             0,7 mmol/L",
    ]
