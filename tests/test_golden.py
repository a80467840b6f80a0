"""Every output is what the golden corpus recorded (issue 25: knowledge as data changes no result).

tests/golden.py generates 1,000 people and days from a seed and digests all
that the library says about them; tests/data/golden.json holds the digests
recorded with ``tools/golden.py`` before the move.
"""

from __future__ import annotations

import json
from pathlib import Path

import golden

CORPUS = json.loads((Path(__file__).parent / "data" / "golden.json").read_text("utf-8"))


def test_the_corpus_is_the_generators() -> None:
    assert CORPUS["seed"] == golden.SEED
    assert len(CORPUS["cases"]) == golden.CASES


def test_every_case_says_what_it_said() -> None:
    cases = [golden.case(i) for i in range(golden.CASES)]
    differ = [i for i, (_, digest) in enumerate(cases) if digest != CORPUS["cases"][i]]
    assert differ == [], (
        f"{len(differ)} cases differ, first {differ[:10]}: tools/golden.py --check"
    )
    assert golden.cohort_digest([fields for fields, _ in cases]) == CORPUS["cohort"]


def test_a_change_changes_the_digest() -> None:
    """The digest can fail: one word more in a case's output is another digest."""
    assert golden._digest(["a", {"x": 1.0}]) != golden._digest(["a", {"x": 1.0000001}])
    assert golden._digest(["a", {"x": 1.0}]) == golden._digest(["a", {"x": 1.0 + 1e-15}])
