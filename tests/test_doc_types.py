"""Typed for users (issue 26): the README's and the docs' examples pass mypy --strict.

The code of every ``python`` block (its ``>>>`` and ``...`` lines) of
README.md and docs/*.md becomes one script per page, checked as a user's
code would be: a bare number for an amount, an Optional used unchecked or a
misspelt name is an error.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def script(markdown: str) -> str:
    """Return the code of a page's ``python`` blocks, without prompts or outputs."""
    lines = []
    for block in re.findall(r"```python\n(.*?)```", markdown, re.DOTALL):
        for line in block.splitlines():
            if line.startswith((">>> ", "... ")):
                lines.append(line[4:])
            elif line in {">>>", "..."}:
                lines.append("")
    return "\n".join(lines) + "\n"


def _mypy(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / ".cache"),
         "--no-error-summary", str(folder)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip


def test_the_examples_type_check(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is in the lint group (tools/check.sh has it)")
    for page in PAGES:
        code = script(page.read_text(encoding="utf-8"))
        if code.strip():
            (tmp_path / f"{page.stem.replace('-', '_')}_page.py").write_text(code, "utf-8")
    done = _mypy(tmp_path)
    assert done.stdout == "", done.stdout


def test_the_check_can_fail(tmp_path: Path) -> None:
    """A bare number for an amount, and an Optional used unchecked, are errors."""
    pytest.importorskip("mypy", reason="mypy is in the lint group (tools/check.sh has it)")
    (tmp_path / "user.py").write_text(
        script(
            "```python\n"
            '>>> import magnesium as mg\n>>> mg.food("almonds", 30)\n'
            '>>> report = mg.assess_intake([], sex="female", age=30)\n'
            ">>> round(report.coverage, 2)\n```\n"
        ),
        "utf-8",
    )
    errors = _mypy(tmp_path).stdout.splitlines()
    assert len(errors) == 2, errors
    assert 'Argument 2 to "food" has incompatible type "int"' in errors[0]
    assert '"round" has incompatible type "float | None"' in errors[1]
