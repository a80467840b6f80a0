"""Tests for magnesium.errors: the hierarchy, messages and pickling."""

from __future__ import annotations

import pickle

import pytest

import magnesium as mg


@pytest.mark.parametrize(
    "error",
    [
        mg.UnitError("`dose` needs a mass"),
        mg.InvalidAmountError("`dose` must be finite"),
        mg.NoReferenceValueError("no UL below 4"),
        mg.UnknownNameError("food", "almnds", ["almonds"]),
        mg.AmbiguousNameError("compound", "magnesia", ["magnesium oxide", "magnesium hydroxide"]),
    ],
)
def test_errors_pickle(error: mg.MagnesiumError) -> None:
    """Every error survives pickling with its message and fields."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert isinstance(copy, mg.MagnesiumError)


def test_unknown_name_lists_candidates() -> None:
    """An unknown name says what was looked up and suggests the closest names."""
    error = mg.UnknownNameError("food", "almnds", ["almonds", "almond"])
    assert error.candidates == ("almonds", "almond")
    assert str(error) == 'unknown food "almnds"; did you mean "almonds", "almond"?'


def test_unknown_name_without_candidates() -> None:
    """With no close name the message ends after the name."""
    assert str(mg.UnknownNameError("food", "xyz")) == 'unknown food "xyz"'


def test_ambiguous_name_lists_options() -> None:
    """An ambiguous name lists every option and is a LookupError."""
    error = mg.AmbiguousNameError(
        "compound", "magnesia", ["magnesium oxide", "magnesium hydroxide"]
    )
    assert "ambiguous" in str(error)
    assert "magnesium hydroxide" in str(error)
    assert isinstance(error, LookupError)
