"""The examples run: the quickstart script and the tour notebook (executed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbclient
import nbformat
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _run(script: str) -> str:
    """Run an example script in a fresh interpreter and return what it printed."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_quickstart_runs() -> None:
    """README's main demo prints the day, the interactions and an assessment."""
    out = _run("quickstart.py")
    assert "Supplemental     700.8 mg" in out
    assert "over the ceiling by 450.8 mg" in out
    assert "doxycycline" in out
    assert "magnesium depletion score 4" in out
    assert out.rstrip().endswith("Not medical advice.")


def test_cohort_example_runs() -> None:
    """examples/cohort.py scores 100,000 generated people and summarises them."""
    out = _run("cohort.py")
    assert "Scored 100,000 people" in out
    assert "3-5" in out
    assert "Deficiency-risk level" in out


@pytest.mark.parametrize("name", ["tour.ipynb", "tour_da.ipynb", "usual_intake.ipynb"])
def test_tour_is_stored_without_outputs(name: str) -> None:
    """The notebooks are committed clean: no outputs, no execution counts."""
    notebook = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []
            assert cell["execution_count"] is None


def _executed(name: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Run a notebook in a fresh kernel: its outputs, and the HTML among them."""
    notebook = nbformat.read(EXAMPLES / name, as_version=4)  # type: ignore[no-untyped-call]
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute(
        cwd=str(EXAMPLES)
    )
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    return outputs, html


def _images(outputs: list[dict[str, Any]]) -> int:
    return sum("image/png" in o.get("data", {}) for o in outputs)


def test_tour_executes() -> None:
    """Every cell of the tour runs in a fresh kernel and shows rich results."""
    outputs, html = _executed("tour.ipynb")
    assert any("Magnesium intake" in h for h in html)
    assert any("Assessment" in h for h in html)
    assert any("red_flag_any" in h for h in html)  # the cohort, scored
    assert _images(outputs) == 2


def test_the_danish_tour_is_danish_throughout() -> None:
    """Issue 26: mg.language("da") in the first cell; every result after it in Danish."""
    outputs, html = _executed("tour_da.ipynb")
    assert html[0].startswith("<div class='magnesium-result'><strong>Magnesiumindtag: i alt")
    assert "Interaktioner med magnesium" in html[1]
    assert "Doseringsplan" in html[2]
    assert "Vurdering: risiko for mangel" in html[3]
    english = ("Magnesium intake", "Interactions with magnesium", "Assessment")
    assert not [h for h in html for word in english if word in h]
    assert _images(outputs) == 3


def test_the_usual_intake_notebook_executes_and_beats_the_mean_of_the_days() -> None:
    """Issue 27: the worked example runs, shows the result and its chart."""
    outputs, html = _executed("usual_intake.ipynb")
    assert any("Usual magnesium intake of 3000 persons" in h for h in html)
    assert any("Sædvanligt magnesiumindtag" in h for h in html)
    assert _images(outputs) == 1
