"""Run the tests that mutation runs leave out against surviving mutants (issue 24).

    .venv/bin/python tools/unforked.py NAME [NAME ...]

mutmut forks a worker per mutant, and polars' thread pool does not survive a
fork: a polars test hangs there, and every mutant it reached was counted as
caught. So mutation runs deselect the polars tests (``-k "not polars"`` in
``[tool.mutmut]``), and the conversion back to polars and Arrow
(``frame._back``) had no test in them. This runs those tests against each
named mutant in a process of its own, started fresh rather than forked:
mutmut's trampoline reads the mutant to run from ``MUTANT_UNDER_TEST``. A
mutant they fail on is caught; the verdicts are added to
``mutants/unforked.json``, which ``tools/mutation_score.py`` reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
_LEFT_OUT = "polars"  # the -k expression mutation runs deselect (pyproject.toml)


def _caught(name: str) -> bool:
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": str(MUTANTS / "src")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "tests", "-q", "-x", "-k", _LEFT_OUT,
         "-o", "addopts=", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=MUTANTS, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if run.returncode not in {0, 1}:  # 5: no test selected; others: the run itself failed
        raise SystemExit(f"{name}: pytest exited {run.returncode}\n{run.stdout[-2000:]}")
    return run.returncode == 1


def main() -> int:
    names = sys.argv[1:]
    if not names or not _caught("fail"):  # mutmut's check: every test fails in "fail"
        raise SystemExit("name surviving mutants; the left-out tests must fail under 'fail'")
    path = MUTANTS / "unforked.json"
    verdicts = json.loads(path.read_text("utf-8")) if path.exists() else {}
    for name in names:
        verdicts[name] = "caught" if _caught(name) else "survived"
        print(f"{verdicts[name]:<9} {name}", flush=True)
        path.write_text(json.dumps(verdicts, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
