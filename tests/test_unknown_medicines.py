"""Every medicine a user types gets an answer (issue 11): unknown names are reported, not fatal."""

from __future__ import annotations

import collections
from typing import TYPE_CHECKING

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium import _data, _names
from magnesium.frame import score
from magnesium.interactions import DRUGS, _interactions

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

# A name no catalogue holds, and a misspelling with an obvious suggestion.
NONSENSE = "zyxquux forte"
TYPO = "omeprazle"


def test_unknown_names_are_listed_in_order() -> None:
    """The report answers the known names and lists the unknown ones as given, in order."""
    found = mg.interactions("doxycyklin", NONSENSE, "paracetamol", TYPO)
    assert [d.name for d in found.drugs] == ["doxycycline", "paracetamol"]
    assert [u.query for u in found.unknown] == [NONSENSE, TYPO]
    assert found.unknown[0].suggestions == ()
    assert found.unknown[1].suggestions[0] == "omeprazole"
    assert "not checked" in found.to_text()
    assert "ikke kontrolleret" in found.to_text(lang="da")


def test_strict_keeps_the_error() -> None:
    """strict=True raises as before, in every entry point."""
    with pytest.raises(mg.UnknownNameError, match="omeprazole"):
        mg.interactions(TYPO, strict=True)
    with pytest.raises(mg.UnknownNameError):
        mg.check_schedule({TYPO: ["08:00"]}, strict=True)
    with pytest.raises(mg.UnknownNameError):
        mg.magnesium_windows({TYPO: ["08:00"]}, strict=True)
    with pytest.raises(mg.UnknownNameError):
        mg.assess(mg.Person(medications=[TYPO]), strict=True)
    with pytest.raises(mg.UnknownNameError):
        score(pd.DataFrame({"medications": [[TYPO]]}), strict=True)


def test_person_keeps_unknown_names() -> None:
    """A person's unknown medicines are kept, round-trip, and do not stop the assessment."""
    person = mg.Person(age=40, medications=["furosemid", NONSENSE, "Lasix", NONSENSE])
    assert [d.name for d in person.medications] == ["furosemide"]
    assert [u.query for u in person.unknown_medications] == [NONSENSE]
    assert mg.Person.from_dict(person.to_dict()) == person
    result = mg.assess(person)
    (caution,) = [c for c in result.cautions if c.key.startswith("unknown_medicine:")]
    assert caution.key == f"unknown_medicine:{NONSENSE}"
    assert "were not checked" in caution.text
    assert "pharmacist" in caution.text
    assert result.recommendation.supplement is None  # not checked: no dose


def test_schedule_reports_unknown_names() -> None:
    """An unknown name in a schedule is reported; the rest is still checked; not ok."""
    check = mg.check_schedule(
        {"ciprofloxacin": ["08:00"], NONSENSE: ["09:00"], "magnesium": ["09:00"]}
    )
    assert [c.drug for c in check.conflicts] == ["ciprofloxacin"]
    assert [u.query for u in check.unknown] == [NONSENSE]
    clean = mg.check_schedule({NONSENSE: ["09:00"], "magnesium": ["20:00"]})
    assert clean.conflicts == ()
    assert not clean.ok  # nothing conflicts, but a name was not checked
    windows = mg.magnesium_windows({NONSENSE: ["09:00"]})
    assert any(NONSENSE in str(line) for line in windows.explanation)


def test_frame_reports_the_same_unknown_names() -> None:
    """The frame's unknown_medications column holds what Person.unknown_medications holds."""
    lists = [["furosemid", NONSENSE], [TYPO, "digoxin", TYPO], [], None, "paracetamol"]
    out = score(pd.DataFrame({"medications": lists}))
    for value, got, caution in zip(
        lists, out["unknown_medications"], out["caution_unknown_medicine"], strict=True
    ):
        person = mg.Person(medications=value)
        expected = tuple(u.query for u in person.unknown_medications)
        assert got == expected
        assert bool(caution) is bool(expected)


# --- matching -----------------------------------------------------------------


def test_no_two_drugs_share_a_spelling_key() -> None:
    """The loose spelling key never makes one name mean two drugs."""
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for drug in _interactions.DRUGS.values():
        for name in (drug.name, drug.danish, *drug.brands):
            owners[_names.spelling_key(name)].add(drug.name)
    for alias, name in _data.toml("medicines.toml")["aliases"].items():
        owners[_names.spelling_key(alias)].add(name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Levo-thyroxine", "levothyroxine"),
        ("levothyroxin", "levothyroxine"),
        ("LEVOTHYROXINE", "levothyroxine"),
        ("doxycyklin", "doxycycline"),
        ("Doxy cycline", "doxycycline"),
        ("furosemid", "furosemide"),
        ("omeprazol", "omeprazole"),
        ("amoxicilin", "amoxicillin"),
        ("hydrochlorthiazid", "hydrochlorothiazide"),
    ],
)
def test_spelling_variants_resolve(typed: str, name: str) -> None:
    """Hyphens, spaces, case and Danish/English variants find the drug."""
    assert mg.find_drug(typed).name == name


@pytest.mark.parametrize(
    ("typed", "never"),
    [("metformine xr", "tobramycin"), ("aspiration", "Spiron"), ("lithionit", "Lasix")],
)
def test_suggestions_are_plausible(typed: str, never: str) -> None:
    """Suggestions share a word or the first letter: no far-fetched names."""
    (unknown,) = mg.interactions(typed).unknown
    assert never not in unknown.suggestions
    assert all(s[0].casefold() == typed[0] for s in unknown.suggestions)


def test_a_word_of_the_name_suggests_the_drug() -> None:
    """'metformine xr' is not a catalogue name, but its first word suggests metformin."""
    (unknown,) = mg.interactions("metformine xr").unknown
    assert unknown.suggestions[0] == "metformin"


_VARIANTS: list[Callable[[str], str]] = [
    str.upper,
    str.title,
    lambda name: name.replace("ph", "f"),
    lambda name: name.replace("c", "k", 1) if "c" in name[1:] else name,
    lambda name: f" {name} ",
    lambda name: name + "e" if not name.endswith("e") else name[:-1],
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(DRUGS)), st.sampled_from(range(len(_VARIANTS))))
def test_spelling_never_changes_the_drug(name: str, variant: int) -> None:
    """A spelling variant of a catalogue name resolves to the same drug."""
    typed = _VARIANTS[variant](name)
    if " " in name.strip() and variant == 3:  # k for c inside a two-word name: still one drug
        typed = name.upper()
    assert mg.find_drug(typed).name == name


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*sorted(DRUGS)[:40], NONSENSE, TYPO]), max_size=8), st.randoms())
def test_order_never_changes_the_result(names: list[str], rng: random.Random) -> None:
    """The same names in another order give the same drugs, interactions and unknowns."""
    shuffled = list(names)
    rng.shuffle(shuffled)
    a, b = mg.interactions(names), mg.interactions(shuffled)
    assert {d.name for d in a.drugs} == {d.name for d in b.drugs}
    assert {(i.drug, i.record.key) for i in a.interactions} == {
        (i.drug, i.record.key) for i in b.interactions
    }
    assert {u.query for u in a.unknown} == {u.query for u in b.unknown}
