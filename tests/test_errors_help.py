"""Errors that help (issue 13, part 4): words as users write them, messages with choices."""

from __future__ import annotations

import pandas as pd
import pytest

import magnesium as mg
from magnesium.frame import score


@pytest.mark.parametrize(
    ("word", "sex"),
    [("female", "female"), ("F", "female"), ("woman", "female"), ("kvinde", "female"),
     ("K", "female"), ("male", "male"), ("M", "male"), ("man", "male"), ("Mand", "male")],
)  # fmt: skip
def test_sex_words(word: str, sex: str) -> None:
    """F/M, English and Danish words are read, in the scalar and the frame path alike."""
    assert str(mg.Person(sex=word).sex) == sex
    out = score(pd.DataFrame({"sex": [word], "age": [30.0], "food": [0.0]}), units={"food": "mg"})
    expected = mg.reference_intake(sex=sex, age=30).value_mg  # EFSA 2015: 300 or 350 mg
    assert out["reference_mg"].iloc[0] == expected


def test_unknown_sex_lists_the_words() -> None:
    """A sex that is none of them names every accepted form."""
    with pytest.raises(mg.InvalidAmountError, match="kvinde/mand"):
        mg.Person(sex="x")


def test_age_as_text_without_a_unit() -> None:
    """age='30' says a number of years or a duration with its unit is needed."""
    with pytest.raises(mg.UnitError, match="a number of years such as 40"):
        mg.Person(age="30")
    assert mg.Person(age="9 months").age == pytest.approx(0.75, abs=0.01)


@pytest.mark.parametrize(
    ("typed", "expected", "never"),
    [
        (
            "beans",
            "black beans",
            "sojamælk",
        ),  # a whole word in common, not a Danish lookalike ("oatmeal" is now read)
        ("spinat frisk", "spinat", None),
    ],
)
def test_food_suggestions(typed: str, expected: str, never: str | None) -> None:
    """Suggestions share a word or the first letter with what was typed."""
    with pytest.raises(mg.UnknownNameError) as info:
        mg.food(typed, "30 g")
    assert expected in info.value.candidates[:3]
    assert never not in info.value.candidates


def test_compound_suggestions_put_the_plain_name_first() -> None:
    """'magnesium citrat' suggests 'magnesium citrate' before its longer forms."""
    with pytest.raises(mg.UnknownNameError) as info:
        mg.compound("magnesium citrat")
    assert info.value.candidates[0] == "magnesium citrate"


def test_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing magnesium.frame without pandas says which extra to install."""
    import importlib
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "magnesium.frame")
    with pytest.raises(ImportError, match=r"pip install 'pymagnesium\[pandas\]'"):
        importlib.import_module("magnesium.frame")
