"""Danish that reads as Danish (issue 12): no English words, proper plurals, Danish numbers.

The word list holds English words that have no place in a Danish sentence
(words that are also Danish, such as "drink" or "supplement", are left out).
It is checked against every catalogue text and against the rendered text of
a varied set of results built on a Danish (Frida) day.
"""

from __future__ import annotations

import re

import pytest

import magnesium as mg
from magnesium._catalogue import DANISH
from magnesium._i18n import format_number, plural, unit_text
from magnesium.compounds import COMPOUNDS
from magnesium.interactions import DRUGS

ENGLISH_WORDS = frozenset(
    [
        "the", "and", "of", "with", "given", "ceiling", "caution", "cautions", "flag", "flags",
        "red", "water", "depletion", "hours", "hour", "before", "after", "take", "taken",
        "doctor", "anhydrous", "dihydrate", "unknown", "known", "medicine", "medicines",
        "intake", "week", "weeks", "day", "days", "or", "not", "no", "yes", "none", "should",
        "may", "checked", "unchecked", "spacing", "window", "windows", "loft",
        # issue 22: the words that still escaped
        "elemental", "authority", "missing", "review", "rated", "certainty", "still",
        "alcohol", "drinks", "ARTICLE", "see", "ask", "only", "below", "above", "trial",
        "supplemental", "emergency", "call", "now", "routine", "pharmacist", "body", "weight",
        "breastfeeding", "conditions", "symptoms", "heavy", "sweating", "hot", "climate",
        "crohns", "coeliac", "varied", "sided", "True", "False", "medium",
    ]
)  # fmt: skip
# Where English may stand in a Danish rendering, and why (issue 22):
# - a line of sources or of a finding's inputs: bibliography keys, citations in the
#   source's own language, and argument names (code);
# - a USDA food's description and its household measures, and an amount as typed:
#   the American table exists only in English (a Danish word reads Frida, issue 23).
CODE_LABELS = ("kilder", "kilde", "input")
USDA_DAY = ("Rice, boiled", "Nuts, almonds", "Milk, whole", "cup, whole", "oz ")
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")


def _english_words(danish: str) -> list[str]:
    # Fields ({name}) and identifiers in quotes or parentheses such as authority='US'
    # are code, not prose; so are the lines named in CODE_LABELS, and USDA's data.
    found = []
    for line in danish.splitlines():
        if line.strip().startswith(CODE_LABELS) or any(u in line for u in USDA_DAY):
            continue
        prose = re.sub(r"\{[^}]*\}|\w+='[^']*'", " ", line)
        found += [w for w in _WORD.findall(prose) if w in ENGLISH_WORDS]
    return found


@pytest.mark.parametrize("english", sorted(DANISH))
def test_no_english_word_in_a_catalogue_text(english: str) -> None:
    assert _english_words(DANISH[english]) == []


def _danish_day() -> list[mg.IntakeItem]:
    return [
        mg.food("rugbrød", "2 skiver"),
        mg.food("havregryn", "1 dl"),
        mg.food("letmælk", "1 glas"),
        mg.food("mandler", "1 håndfuld"),
        mg.food("banan", "1 stk"),
        mg.food("kakao", "2 dl"),
        mg.supplement("magnesiumcitrat", "1.5 g"),
        mg.supplement("magnesiumchlorid", "1 g"),
        mg.water("1.5 L", magnesium="20 mg/L"),
    ]


def _results() -> list[object]:
    day = _danish_day()
    people = [
        mg.Person(
            age=70,
            sex="kvinde",
            medications=("furosemid", "omeprazol", "metformin", "ukendtol"),
            serum_creatinine="1.1 mg/dL",
            symptoms=("night_cramps",),
            alcohol_drinks_per_day=3,
        ),
        mg.Person(age=30, sex="K", pregnant=True, diet="one-sided"),
        mg.Person(age=45, sex="mand", medications=("levothyroxin",), heavy_sweating=True),
        mg.Person(age=8, sex="M"),
        mg.Person(sex="mand", age=58, medications=["furosemid"], symptoms={"hjertebanken"}),
        mg.Person(age=50, sex="F", serum_magnesium="0.6 mmol/L", egfr="25 mL/min/1.73m**2"),
    ]
    results: list[object] = [mg.assess_intake(day, sex="kvinde", age=70), *day]
    results += [mg.assess(p, intake=day) for p in people]
    results += [mg.assess(p) for p in people]
    results.append(mg.interactions(*sorted(DRUGS)[:60], "ukendtol"))
    results.append(mg.interactions(*sorted(DRUGS)[60:]))
    results.append(mg.check_schedule({"magnesium": ["07:00"], "doxycyklin": ["08:00"]}))
    results.append(mg.magnesium_windows({"levothyroxin": ["07:00"], "ciprofloxacin": ["12:00"]}))
    results.append(mg.serum_status("0.7 mmol/L"))
    # issue 22: every urgency, a child over the level, a measured low magnesium, an
    # elemental supplement, missing inputs, a person shown with all its fields
    triage = [
        mg.Person(age=40, serum_magnesium="3.5 mmol/L"),
        mg.Person(age=40, symptoms={"depressed breathing", "seizures"}),
        mg.Person(age=40, serum_magnesium="0.62 mmol/L", symptoms={"weakness", "tingling"}),
        mg.Person(age=40, serum_magnesium="0.45 mmol/L"),
        mg.Person(age=40, serum_magnesium="1.2 mmol/L", symptoms={"low blood pressure"}),
        mg.Person(sex="mand", medications=["furosemid"]),
        mg.Person(age=40, sex="mand", diet="one-sided", symptoms={"night cramps"}),
        mg.Person(
            sex="mand", age=40, body_weight="80 kg", conditions=["crohns"], diet="varied",
            training_hours_per_week=5, hot_climate=True, heavy_sweating=True, egfr="80 mL/min",
            medications=["furosemid"], medication_times={"furosemid": ["08:00"]},
        ),
    ]  # fmt: skip
    results += [mg.assess(p) for p in triage]
    results += triage
    results.append(mg.assess(mg.Person(sex="kvinde", age=2), [mg.supplement(elemental="300 mg")]))
    results.append(
        mg.assess(
            mg.Person(sex="mand", age=40, diet="one-sided"), [mg.supplement(elemental="99 mg")]
        )
    )
    results.append(mg.interactions("ciproflxacin", "Biktarvy", "Resonium", "CellCept"))
    results += [mg.find_food(name) for name in ("rugbrød", "mandler", "havregryn", "skyr")]
    return results


@pytest.fixture(scope="module")
def danish_texts() -> list[str]:
    return [r.to_text(lang="da") for r in _results()]  # type: ignore[attr-defined]


def test_no_english_word_in_a_danish_rendering(danish_texts: list[str]) -> None:
    """A Frida day, assessments, interaction lists and a schedule, all in Danish."""
    found = {w for text in danish_texts for w in _english_words(text)}
    assert found == set()


def test_no_compound_name_left_in_english(danish_texts: list[str]) -> None:
    names = {c.name for c in COMPOUNDS.values()}
    assert [n for n in names if any(n in text for text in danish_texts)] == []


def test_hours_are_t_in_danish(danish_texts: list[str]) -> None:
    assert not any(re.search(r"\d h\b", text) for text in danish_texts)


def test_no_bracketed_plurals_in_either_language(danish_texts: list[str]) -> None:
    english = [r.to_text() for r in _results()]  # type: ignore[attr-defined]
    for text in [*danish_texts, *english]:
        assert "(s)" not in text
        assert "(er)" not in text


@pytest.mark.parametrize(
    ("count", "english", "danish"),
    [
        (0, "0 cautions", "0 forholdsregler"),
        (1, "1 caution", "1 forholdsregel"),
        (2, "2 cautions", "2 forholdsregler"),
    ],
)
def test_plural_forms(count: int, english: str, danish: str) -> None:
    message = plural(count, "{count} caution", "{count} cautions")
    assert message.render("en") == english
    assert message.render("da") == danish


@pytest.mark.parametrize(
    ("cautions", "english", "danish"),
    [
        ({"age": 40}, "0 cautions, 0 red flags", "0 forholdsregler, 0 alarmsignaler"),
        (
            {"age": 30, "pregnant": True},
            "1 caution, 0 red flags",
            "1 forholdsregel, 0 alarmsignaler",
        ),
        (
            {"age": 30, "pregnant": True, "medications": ("furosemid",)},
            "2 cautions, 0 red flags",
            "2 forholdsregler, 0 alarmsignaler",
        ),
        (
            {"age": 58, "symptoms": {"hjertebanken"}},
            "0 cautions, 1 red flag",
            "0 forholdsregler, 1 alarmsignal",
        ),
    ],
)
def test_the_assessment_counts_in_words(
    cautions: dict[str, object], english: str, danish: str
) -> None:
    result = mg.assess(mg.Person(sex="female", **cautions))
    assert english in result.headline
    assert danish in result.to_text(lang="da").splitlines()[0]


@pytest.mark.parametrize(
    ("names", "english", "danish"),
    [
        (("metformin",), "0 interactions for 1 medicine", "0 interaktioner for 1 lægemiddel"),
        (("doxycyklin",), "1 interaction for 1 medicine", "1 interaktion for 1 lægemiddel"),
        (
            ("doxycyklin", "levothyroxin"),
            "2 interactions for 2 medicines",
            "2 interaktioner for 2 lægemidler",
        ),
    ],
)
def test_the_interaction_list_counts_in_words(
    names: tuple[str, ...], english: str, danish: str
) -> None:
    found = mg.interactions(*names)
    assert english in found.to_text()
    assert danish in found.to_text(lang="da")


@pytest.mark.parametrize(
    ("value", "spec", "danish"),
    [
        (1234.5, ".1f", "1.234,5"),  # Danish style: thousands point, decimal comma
        (1234567.891, ".2f", "1.234.567,89"),
        (999.5, ".1f", "999,5"),
        (0.25, "g", "0,25"),
        (-1500, "d", "-1.500"),
        (250, "g", "250"),
        (1500.0, "8.1f", " 1.500,0"),
    ],
)
def test_danish_numbers(value: float, spec: str, danish: str) -> None:
    assert format_number(value, spec, "da") == danish
    assert format_number(value, spec, "en") == format(value, spec)


@pytest.mark.parametrize(
    ("units", "danish"), [("mg/d", "mg/dag"), ("h", "t"), ("mg", "mg"), ("mmol/L", "mmol/L")]
)
def test_danish_units(units: str, danish: str) -> None:
    assert unit_text(units, "da") == danish
    assert unit_text(units, "en") == units
