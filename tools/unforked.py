"""Run the tests that mutation runs leave out against surviving mutants (issue 24).

    .venv/bin/python tools/unforked.py NAME [NAME ...]
    .venv/bin/python tools/unforked.py --tests tests/test_usual.py -k "" NAME [NAME ...]

mutmut forks a worker per mutant, and polars' thread pool does not survive a
fork: a polars test hangs there, and every mutant it reached was counted as
caught. So mutation runs deselect the polars tests (``-k "not polars"`` in
``[tool.mutmut]``), and the conversion back to polars and Arrow
(``frame._back``) had no test in them. This runs those tests against each
named mutant in a process of its own, started fresh rather than forked:
mutmut's trampoline reads the mutant to run from ``MUTANT_UNDER_TEST``. A
mutant they fail on is caught; the verdicts are added to
``mutants/unforked.json``, which ``tools/mutation_score.py`` reads.

``--tests`` and ``-k`` choose other tests (``-k ""``: all of them): the tests
written after a run, against its survivors, without running mutmut again
(copy them into ``mutants/tests`` first). A mutant that runs only at import
cannot be switched on this way; such a one is applied to the source by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
_LEFT_OUT = "polars"  # the -k expression mutation runs deselect (pyproject.toml)


def _caught(name: str, tests: list[str], keyword: str) -> bool:
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": str(MUTANTS / "src")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *tests, "-q", "-x", "-k", keyword,
         "-o", "addopts=", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=MUTANTS, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if run.returncode not in {0, 1}:  # 5: no test selected; others: the run itself failed
        raise SystemExit(f"{name}: pytest exited {run.returncode}\n{run.stdout[-2000:]}")
    return run.returncode == 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", metavar="NAME", help="surviving mutants")
    parser.add_argument("--tests", nargs="+", default=["tests"], help="test files (tests)")
    parser.add_argument("-k", default=_LEFT_OUT, help="pytest's -k (polars; '' for all)")
    options = parser.parse_args()
    if not _caught("fail", options.tests, options.k):  # mutmut's check: all fail in "fail"
        raise SystemExit("the tests chosen must fail under the mutant 'fail'")
    path = MUTANTS / "unforked.json"
    verdicts = json.loads(path.read_text("utf-8")) if path.exists() else {}
    for name in options.names:
        caught = _caught(name, options.tests, options.k)
        verdicts[name] = "caught" if caught else "survived"
        print(f"{verdicts[name]:<9} {name}", flush=True)
        path.write_text(json.dumps(verdicts, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
