"""The fuzz corpus: every input that once escaped or hung, run again (issue 24, item 9).

``tests/data/fuzz_corpus.json`` keeps the inputs behind every escape site and
hang the issues reproduced, each with its entry point and what it must give
now: a value ("ok") or the named ``MagnesiumError``, within the time bound.
The random fuzzing is in ``tests/test_robustness.py`` (a seeded slice in the
suite; ``tools/fuzz.sh`` runs 305,000 calls).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import pint
import pytest

import magnesium as mg
from magnesium.frame import food_mg, score
from test_robustness import _ENTRIES

if TYPE_CHECKING:
    from collections.abc import Callable

CORPUS = json.loads((Path(__file__).parent / "data" / "fuzz_corpus.json").read_text("utf-8"))
SECONDS = 2.0  # the fuzz tests' bound; a 10 MB text is refused in milliseconds
_ureg: pint.UnitRegistry[float] = pint.UnitRegistry()
_ALMONDS = mg.food("almonds", "30 g").to_dict()
_CITRATE = mg.supplement("magnesium citrate", "1 g").to_dict()
_ADULT = {"sex": ["female"], "age": [40.0]}


def _one_column(column: str, value: object, **kwargs: Any) -> pd.DataFrame:
    return score(pd.DataFrame({**_ADULT, column: pd.Series([value], dtype=object)}), **kwargs)


def _numbers(column: str, value: object, unit: str) -> pd.DataFrame:
    series = pd.Series([value]) if isinstance(value, float) else pd.Series([value], dtype=object)
    return score(pd.DataFrame({**_ADULT, column: series}), units={column: unit})


# Entry points beyond the fuzzed ones, for inputs that need a frame or a record.
ENTRIES: dict[str, Callable[[Any], object]] = {
    **_ENTRIES,
    "frame.food_mg(amount)": lambda v: food_mg(["almonds"], [v]),
    "frame.score(units food)": lambda v: score(pd.DataFrame({"food": [100.0]}), units={"food": v}),
    "frame.score(creatinine mg/dL)": lambda v: _numbers("creatinine", v, "mg/dL"),
    "frame.score(egfr)": lambda v: _numbers("egfr", v, "mL/min"),
    "frame.score(food mg)": lambda v: _numbers("food", v, "mg"),
    "frame.score(sex)": lambda v: score(pd.DataFrame({"sex": [v], "age": [40.0]})),
    "frame.score(pregnant)": lambda v: _one_column("pregnant", v),
    "frame.score(column named)": lambda v: score(pd.DataFrame({**_ADULT, v: [1.0]})),
    "frame.score(food=)": lambda v: score(
        pd.DataFrame({"food": [1.0]}), food=v, units={"food": "mg"}
    ),
    "frame.score(duplicate columns)": lambda v: score(pd.DataFrame([[40, 41]], columns=[v, v])),
    "Person(pregnant)": lambda v: mg.Person(sex="female", age=30, pregnant=v),
    "Person(pregnant at age)": lambda v: mg.Person(sex="female", age=v, pregnant=True),
    "Person(alcohol_drinks_per_day)": lambda v: mg.Person(alcohol_drinks_per_day=v),
    "IntakeItem.from_dict(elemental_mg)": lambda v: mg.IntakeItem.from_dict(
        {**_ALMONDS, "elemental_mg": v}
    ),
    "IntakeItem.from_dict(counts_toward_ceiling)": lambda v: mg.IntakeItem.from_dict(
        {**_CITRATE, "counts_toward_ceiling": v}
    ),
    "IntakeItem.from_dict(extra key)": lambda v: mg.IntakeItem.from_dict({**_ALMONDS, v: 1}),
    "check_schedule(int key)": lambda v: mg.check_schedule({v: ["07:00"], "magnesium": ["08:00"]}),
    "check_schedule(bytes key)": lambda v: mg.check_schedule({v: ["07:00"]}),
    "search_foods(limit)": lambda v: mg.search_foods("almonds", limit=v),
}


def _nested(depth: int) -> list[object]:
    nested: list[object] = []
    for _ in range(depth):
        nested = [nested]
    return nested


# The tagged forms of values JSON cannot hold (see the corpus's "about").
_TAGS: dict[str, Callable[[dict[str, Any]], object]] = {
    "repeat": lambda v: v.get("prefix", "") + v["repeat"] * v["times"] + v.get("suffix", ""),
    "pow10": lambda v: 10 ** v["pow10"],
    "float": lambda v: float(v["float"]),
    "bytes": lambda v: v["bytes"].encode(),
    "nested": lambda v: _nested(v["nested"]),
    "quantity": lambda v: _ureg.Quantity(*v["quantity"]),
    "na": lambda _: pd.NA,
}


def _decoded(value: object) -> object:
    if isinstance(value, dict):
        for tag, decode in _TAGS.items():
            if tag in value:
                return decode(value)
    return value


@pytest.mark.parametrize(
    "case", CORPUS["cases"], ids=[f"{c['entry']}-{i}" for i, c in enumerate(CORPUS["cases"])]
)
def test_the_corpus_gives_a_value_or_the_named_error(case: dict[str, Any]) -> None:
    call = ENTRIES[case["entry"]]
    value = _decoded(case["value"])
    started = time.perf_counter()
    if case["expect"] == "ok":
        call(value)
    else:
        with pytest.raises(getattr(mg, case["expect"])):
            call(value)
    assert time.perf_counter() - started < SECONDS, case["issue"]


def test_the_corpus_covers_every_item_of_the_issue() -> None:
    """Items 1-10 of issue 24 each have a case (11 is about tests, not inputs)."""
    items = {c["issue"].split(":")[0].split("/")[0].split(" ")[0] for c in CORPUS["cases"]}
    assert {f"24.{n}" for n in range(1, 11)} <= items
