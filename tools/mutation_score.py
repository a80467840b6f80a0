"""Print the mutation score per module from mutmut's results (tools/mutate.sh).

A survivor that tests fail on in a fresh process (``tools/unforked.py``,
``mutants/unforked.json``: the polars tests mutation runs leave out, or tests
written after the run) counts as caught. A survivor that
``tools/equivalent.py`` shows equivalent on its battery
(``mutants/equivalence.json``) is no fault a test could find: it is left out
of the score, which is caught / (mutants - shown equivalent), the usual
definition (Jia and Harman 2011, "An analysis and survey of the development
of mutation testing", IEEE Trans. Softw. Eng. 37(5):649-678). The plain share
caught of all mutants is printed beside it.
"""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

VENV = Path(sys.executable).parent
MUTANTS = Path("mutants")


def _verdicts(name: str) -> dict[str, object]:
    path = MUTANTS / name
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def main() -> None:
    """Count caught, equivalent and surviving mutants per module and print a table."""
    output = subprocess.run(
        [str(VENV / "mutmut"), "results", "--all", "true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    unforked = _verdicts("unforked.json")
    equivalence = _verdicts("equivalence.json")
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in output.splitlines():
        match = re.match(r"\s*(magnesium\.[\w.]+?)\.(x[_ǁ]\S*): (.+)", line)
        if not match:
            continue
        module, name, status = match[1], f"{match[1]}.{match[2]}", match[3].strip()
        if status == "survived" and unforked.get(name) == "caught":
            status = "caught in a fresh process"
        elif status == "survived" and isinstance(verdict := equivalence.get(name), dict):
            status = "shown equivalent" if verdict["verdict"] == "equivalent" else status
        counts[module.removeprefix("magnesium.")][status] += 1
    header = ("module", "mutants", "caught", "equivalent", "survived", "score", "of all")
    print(f"{header[0]:<22}" + "".join(f"{h:>11}" for h in header[1:]))
    for module, status in sorted(counts.items()):
        checked = sum(status.values()) - status["not checked"] - status["skipped"]
        # a mutant that hangs (timeout) or that mypy rejects is caught too
        caught = sum(status[s] for s in ("killed", "timeout", "caught by type check",
                                         "caught in a fresh process"))  # fmt: skip
        equivalent = status["shown equivalent"]
        survived = checked - caught - equivalent
        score = f"{caught / (checked - equivalent):>11.1%}" if checked > equivalent else " " * 11
        share = f"{caught / checked:>11.1%}" if checked else " " * 11
        print(f"{module:<22}{checked:>11}{caught:>11}{equivalent:>11}{survived:>11}{score}{share}")


if __name__ == "__main__":
    main()
