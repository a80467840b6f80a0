"""Tests for the mutation tools' own judgements (tools/equivalent.py, issue 24).

The Reliability page counts a surviving mutant as equivalent when
``tools/equivalent.py`` finds every recorded call agreeing; these tests check
that its comparison tells apart what a user could tell apart, and that its
sample of calls reaches late calls too.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import attrs
import numpy as np
import pandas as pd
import pytest


def _tool() -> Any:  # the tool is no package: its names are read at run time
    path = Path(__file__).resolve().parent.parent / "tools" / "equivalent.py"
    spec = importlib.util.spec_from_file_location("equivalent_tool", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs and dataclasses look their module up
    spec.loader.exec_module(module)
    return module


equivalent = _tool()


@attrs.frozen(eq=False)
class _ByIdentity:  # as magnesium.frame.UsualIntake: no == of its own
    values: np.ndarray
    label: str


class _Broken:  # as a mutant's message without its template: == and repr both raise
    def __init__(self, error: str) -> None:
        self.error = error

    def __eq__(self, other: object) -> bool:
        raise AttributeError(self.error)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        raise AttributeError(self.error)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (float("nan"), float("nan"), True),
        (1.0, 1.0 + 2**-52, False),
        (np.array([1, 2], np.int8), np.array([1, 2], np.int8), True),
        (np.array([1, 2], np.int8), np.array([1, 2], np.int64), False),  # memory, overflow
        (np.array([np.nan, 1.0]), np.array([np.nan, 1.0]), True),
        (pd.DataFrame({"a": [1.0]}), pd.DataFrame({"a": [1.0]}), True),
        (pd.DataFrame({"a": [1.0]}), pd.DataFrame({"a": [1]}), False),  # a column's dtype
        (pd.array([True, None], "boolean"), pd.array([True, None], "boolean"), True),
        (pd.array([True, None], "boolean"), pd.array([True, False], "boolean"), False),
        (_ByIdentity(np.array([1.0]), "a"), _ByIdentity(np.array([1.0]), "a"), True),
        (_ByIdentity(np.array([1.0]), "a"), _ByIdentity(np.array([2.0]), "a"), False),
        (_ByIdentity(np.array([1.0]), "a"), _ByIdentity(np.array([1.0]), "b"), False),
        ({"x": np.array([1.0])}, {"x": np.array([1.0])}, True),
        ({"x": np.array([1.0])}, {"y": np.array([1.0])}, False),
        (("value", 1), ("raised", 1), False),
        ((object(),), (object(),), True),  # the fuzz corpus's bare object(), copied
        (np.array([pd.NA, 1], object), np.array([pd.NA, 1], object), True),  # NA: no truth
        (np.array([pd.NA, 1], object), np.array([pd.NA, 2], object), False),
        ((_Broken("no format"),), ("text",), False),
        ((_Broken("no format"),), (_Broken("no format"),), True),
        ((_Broken("no format"),), (_Broken("no join"),), False),
    ],
)
def test_results_are_the_same_only_where_a_user_could_not_tell_them_apart(
    a: object, b: object, *, same: bool
) -> None:
    assert equivalent._same(a, b) is same


def test_an_outcome_is_a_value_or_an_exception_with_its_message() -> None:
    assert equivalent._outcome(int, ("7",), {}) == ("value", 7)
    kind, message = equivalent._outcome(int, ("x",), {})
    assert kind == "raised"
    assert message == "ValueError: invalid literal for int() with base 10: 'x'"


def test_the_recorded_calls_are_a_seeded_sample_of_all_of_them() -> None:
    """500 of 5,000 calls, late ones among them, the same in every run."""

    def sample() -> list[int]:
        seen: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        record = equivalent._recorder(lambda i: i, seen)
        for i in range(5_000):
            assert record(i) == i  # the call itself goes through
        return [args[0] for args, _ in seen]

    first = sample()
    assert len(first) == equivalent._MAX_CALLS == 500
    assert len(set(first)) == 500
    assert sum(i >= 4_000 for i in first) > 50  # about 100 expected of the last fifth
    assert first == sample()
