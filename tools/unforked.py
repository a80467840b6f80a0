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


def _exit_code(name: str, tests: list[str], keyword: str) -> int:
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": str(MUTANTS / "src")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", *tests, "-q", "-x", "-k", keyword,
         "-o", "addopts=", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=MUTANTS, env=env, capture_output=True, text=True, check=False,
    ).returncode  # fmt: skip


def _caught(name: str, tests: list[str], keyword: str) -> bool:
    code = _exit_code(name, tests, keyword)
    # 1: a test failed; 2: interrupted, as a test file that computes its cases
    # at import stops at collection (the tests pass without a mutant: checked)
    if code not in {0, 1, 2}:  # 5: no test selected; 3, 4: pytest itself failed
        raise SystemExit(f"{name}: pytest exited {code}")
    return code != 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", metavar="NAME", help="surviving mutants")
    parser.add_argument("--tests", nargs="+", default=["tests"], help="test files (tests)")
    parser.add_argument("-k", default=_LEFT_OUT, help="pytest's -k (polars; '' for all)")
    options = parser.parse_args()
    # mutmut's check: every test fails under "fail" (at collection too, where a
    # test file computes its cases at import)
    if _exit_code("fail", options.tests, options.k) in {0, 5}:
        raise SystemExit("the tests chosen must fail under the mutant 'fail'")
    if _caught("", options.tests, options.k):  # no mutant: a failure would catch them all
        raise SystemExit("the tests chosen fail without a mutant (tests newer than the source?)")
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
