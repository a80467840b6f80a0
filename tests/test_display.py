"""Tests of notebook display and serialisation of every result object."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg

if TYPE_CHECKING:
    from magnesium._display import Displayable


class Printer:
    """Stands in for IPython's pretty printer."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def text(self, text: str) -> None:
        self.parts.append(text)


def results() -> dict[str, Displayable]:
    person = mg.Person(
        sex="male", age=58, body_weight="82 kg", medications=["furosemid", "omeprazol"],
        alcohol_drinks_per_day=3, egfr="75 mL/min/1.73m**2", symptoms={"night cramps"},
        serum_magnesium="0.68 mmol/L",
    )  # fmt: skip
    woman = mg.Person(sex="female", age=34, diet="one-sided", serum_magnesium="0.80 mmol/L",
                      medications=["levothyroxine"],
                      medication_times={"levothyroxine": ["07:00"]})  # fmt: skip
    day = [mg.food("almonds", "30 g"), mg.supplement("magnesium citrate", "1.5 g")]
    assessment = mg.assess(person, day)
    advice = mg.assess(woman).recommendation
    assert advice.supplement is not None
    windows = mg.magnesium_windows({"ciprofloxacin": ["08:00", "20:00"]})
    return {
        "item": day[0],
        "report": mg.assess_intake(day, sex="male", age=40),
        "reference": mg.upper_level(age=40),
        "interactions": mg.interactions("doxycyklin", "omeprazol", "paracetamol"),
        "interaction": mg.interactions("ciprofloxacin").interactions[0],
        "check": mg.check_schedule({"magnesium": ["21:00"], "ciprofloxacin": ["20:00"]}),
        "conflict": mg.check_schedule({"magnesium": "21:00", "ciprofloxacin": "20:00"}).conflicts[
            0
        ],
        "windows": windows,
        "window": windows.allowed[0],
        "serum": mg.serum_status("0.7 mmol/L"),
        "person": person,
        "assessment": assessment,
        "risk": assessment.deficiency_risk,
        "score": assessment.depletion_score,
        "finding": assessment.deficiency_risk.factors[0],
        "evidence": assessment.evidence[0],
        "recommendation": advice,
        "plan": advice.supplement,
        "fluid": mg.fluid_target("70 kg", sex="male", age=40),
        "sweat": mg.sweat_loss("2 L"),
        "food": mg.find_food("almonds"),
        "compound": mg.compound("Epsom salt"),
    }


# What each rendering must say (checked against the inputs, not copied output).
EXPECTED = {
    "item": ["Nuts, almonds", "81.0 mg", "USDASR28"],
    "report": ["323.5 mg", "242.5 mg", "250 mg/d", "SCF2001", "7.5 mg still fits"],
    "reference": ["250 mg/d", "supplemental", "SCF"],
    "interactions": ["doxycycline", "3 h before / 6 h after", "paracetamol"],
    "interaction": ["ciprofloxacin", "J01MA02", "CIPROLABEL", "2 h before / 6 h after"],
    "check": ["1 conflict", "needs 2 h"],
    "conflict": ["20:00", "21:00", "1 h"],
    "windows": ["10:00-14:00", "22:00-02:00", "22:00"],
    "window": ["10:00-14:00", "4 h"],
    "serum": ["0.70 mmol/L", "low", "0.75"],
    "person": ["male", "58 y", "furosemide", "82 kg"],
    "assessment": ["high", "MDS 4", "diuretics or proton pump inhibitors"],
    "risk": ["high", "Alcohol raises urinary magnesium loss", "FAN2021"],
    "score": ["4 of 5", "Current loop or thiazide diuretic use", "not a diagnosis"],
    "finding": ["heavy_drinking", "alcohol_drinks_per_day=3.0"],
    "evidence": ["Cochrane 2020", "-9.59"],
    "recommendation": ["250 mg", "in the evening", "Stretch"],
    "plan": ["250 mg/d", "4-6 weeks", "levothyroxine", "20:00"],
    "fluid": ["2.10-2.45 L/day", "2.5 L/day of total water", "EFSA2010W", "unconfirmed"],
    "sweat": ["6.8 mg", "2 L", "3.40 mg/L", "BELLER1975"],
    "food": ["Nuts, almonds", "12061", "270 mg", "small handful = 30 g (ARTICLE)", "mandler"],
    "compound": ["MgSO4·7H2O", "9.9 % magnesium", "bittersalt", "IUPAC2021"],
}


@pytest.fixture(scope="module")
def rendered() -> dict[str, Displayable]:
    return results()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_says_what_matters(rendered: dict[str, Displayable], name: str) -> None:
    """Plain text names the figures, rules and sources of the result."""
    text = rendered[name].to_text()
    for needle in EXPECTED[name]:
        assert needle in text, (name, needle)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_html_and_pretty(rendered: dict[str, Displayable], name: str) -> None:
    """_repr_html_ is a table of the same content; _repr_pretty_ prints the text."""
    result = rendered[name]
    html = result._repr_html_()
    assert html.startswith("<div class='magnesium-result'>")
    assert "<table>" in html
    printer = Printer()
    result._repr_pretty_(printer, cycle=False)
    assert printer.parts == [result.to_text()]
    cyclic = Printer()
    result._repr_pretty_(cyclic, cycle=True)
    assert cyclic.parts == [repr(result)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_repr_is_short(rendered: dict[str, Displayable], name: str) -> None:
    """__repr__ is one short line naming the class."""
    text = repr(rendered[name])
    assert text.startswith(f"<{type(rendered[name]).__name__}: ")
    assert "\n" not in text
    assert len(text) < 260


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_to_dict_is_json(rendered: dict[str, Displayable], name: str) -> None:
    """to_dict is JSON-ready, Quantities as magnitude and unit."""
    data = rendered[name].to_dict()
    assert json.loads(json.dumps(data)) == data


def test_to_dict_content(rendered: dict[str, Displayable]) -> None:
    """Derived values are in to_dict, with their units."""
    report = rendered["report"].to_dict()
    assert report["total"] == {"magnitude": pytest.approx(323.45, abs=0.01), "unit": "milligram"}
    assert report["exceeds_ceiling"] is False
    assert report["ceiling"]["value"]["unit"] == "milligram / day"
    interaction = rendered["interaction"].to_dict()
    assert interaction["take_drug_after_magnesium"] == {"magnitude": 6.0, "unit": "hour"}
    assert interaction["direction"] == "magnesium lowers the drug's absorption"
    windows = rendered["windows"].to_dict()
    assert windows["preferred"] == "22:00"
    assert windows["allowed"][0]["start"] == "10:00"
    assessment = rendered["assessment"].to_dict()
    assert assessment["person"]["medications"] == ["furosemide", "omeprazole"]
    assert {"mds_ppi", "heavy_drinking"} <= {f["key"] for f in assessment["rules_fired"]}


def test_html_escapes_content() -> None:
    """Content is escaped in HTML: a drink label cannot inject markup."""
    item = mg.water("1 L", magnesium="10 mg/L", label="<script>alert(1)</script>")
    html = mg.assess_intake([item])._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_no_ipython_import() -> None:
    """Display needs no IPython: the module imports nothing of it."""
    import subprocess
    import sys

    code = "import sys, magnesium; assert 'IPython' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- round trips ----------------------------------------------------------------

amounts = st.floats(min_value=0, max_value=5000, allow_nan=False, allow_infinity=False)


@given(
    st.sampled_from(["almonds", "spinat", "havregryn"]),
    amounts,
    st.sampled_from(["magnesium citrate", "Epsom salt", "magnesium oxide"]),
    amounts,
)
def test_intake_items_round_trip(food: str, grams: float, salt: str, mg_salt: float) -> None:
    """'An item stored as JSON and reloaded is the same item.'"""
    for item in (mg.food(food, f"{grams} g"), mg.supplement(salt, f"{mg_salt} mg"),
                 mg.water("1 L", magnesium=f"{grams} mg/L")):  # fmt: skip
        stored = json.loads(json.dumps(item.to_dict()))
        again = mg.IntakeItem.from_dict(stored)
        assert again.to_dict() == item.to_dict()
        assert (again.kind, again.elemental_mg, again.sources) == (
            item.kind,
            item.elemental_mg,
            item.sources,
        )


people: st.SearchStrategy[dict[str, Any]] = st.builds(
    dict,
    sex=st.sampled_from(["female", "male", None]),
    age=st.one_of(st.none(), st.floats(min_value=18, max_value=100)),
    body_weight=st.one_of(st.none(), st.floats(30, 200).map(lambda v: f"{v} kg")),
    medications=st.lists(st.sampled_from(["furosemide", "Losec", "levothyroxin", "C08CA05"]),
                         max_size=3),
    alcohol_drinks_per_day=st.one_of(st.none(), st.floats(min_value=0, max_value=20)),
    diet=st.sampled_from([None, "varied", "ensidig"]),
    conditions=st.sets(st.sampled_from(["crohns", "cøliaki", "type 2 diabetes"])),
    symptoms=st.sets(st.sampled_from(["night cramps", "tingling", "hjertebanken"])),
    egfr=st.one_of(st.none(), st.floats(min_value=5, max_value=150).map(lambda v: f"{v} mL/min")),
    serum_magnesium=st.one_of(st.none(), st.floats(min_value=0.2, max_value=3).map(
        lambda v: f"{v} mmol/L")),
    medication_times=st.sampled_from([None, {"levothyroxine": ["07:00"]}]),
)  # fmt: skip


@given(people)
def test_people_round_trip(fields: dict[str, Any]) -> None:
    """'A person stored as JSON and reloaded is the same person.'"""
    person = mg.Person(**fields)
    again = mg.Person.from_dict(json.loads(json.dumps(person.to_dict())))
    assert again == person


def test_no_internal_keys_or_question_marks_in_text() -> None:
    """Issue 13: text says what is missing and shows no rule keys; to_dict keeps the keys."""
    person = mg.Person(sex="male", age=58, medications=["omeprazol"], serum_magnesium="1.7 mg/dL")
    result = mg.assess(person)
    text = result.to_text()
    assert "MDS incomplete" in result.headline
    assert "?" not in result.headline
    assert "medicine:omeprazole" not in text
    assert "0.70 mmol/L" in text  # 1.7 mg/dL / 2.4305 = 0.699 mmol/L, to 2 decimals
    assert "medicine:omeprazole" in {
        f["key"] for f in result.to_dict()["deficiency_risk"]["factors"]
    }
    assert "MDS ufuldstændig" in result.to_text(lang="da")
