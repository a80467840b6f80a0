"""The Reliability page says only what a test proves: every test it names exists.

docs/reliability.md and its log of mutation runs (docs/mutation-log.md) link
each claim to a test as ``tests/<file>.py`` or ``tests/<file>.py::<test>``; a
renamed or deleted test would leave a claim without its proof, so this fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PAGE = "\n".join(
    (ROOT / "docs" / page).read_text(encoding="utf-8")
    for page in ("reliability.md", "mutation-log.md")
)
NAMED = sorted(set(re.findall(r"tests/(\w+\.py)(?:::(\w+))?", PAGE)))


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_the_page_names_its_tests() -> None:
    assert len(NAMED) >= 15


@pytest.mark.parametrize(("file", "test"), NAMED, ids=[f"{f}::{t}" for f, t in NAMED])
def test_every_named_test_exists(file: str, test: str) -> None:
    path = ROOT / "tests" / file
    assert path.is_file(), file
    if test:
        assert test in _functions(path), f"{file}::{test}"
