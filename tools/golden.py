"""Record the golden corpus (issue 25): what the library says about 1,000 people and days.

    .venv/bin/python tools/golden.py          # write tests/data/golden.json
    .venv/bin/python tools/golden.py --check  # compare, and name the cases that differ

Run it before a change that must not change any result (moving data into
files, a new layout), commit the corpus, and ``tests/test_golden.py`` checks
every output after. A deliberate change of output is recorded again, saying
why in the commit. See tests/golden.py for what is digested.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import golden  # noqa: E402 - the tests' own module, found through the path above

CORPUS = ROOT / "tests" / "data" / "golden.json"


def main() -> int:
    now = golden.record()
    if "--check" not in sys.argv:
        CORPUS.write_text(json.dumps(now, indent=0) + "\n", encoding="utf-8")
        print(f"recorded {len(now['cases'])} cases and the cohort in {CORPUS.relative_to(ROOT)}")
        return 0
    then = json.loads(CORPUS.read_text(encoding="utf-8"))
    differ = [
        i for i, (a, b) in enumerate(zip(then["cases"], now["cases"], strict=True)) if a != b
    ]
    cohort = then["cohort"] != now["cohort"]
    print(f"{len(differ)} cases differ: {differ[:20]}; the cohort differs: {cohort}")
    return 1 if differ or cohort else 0


if __name__ == "__main__":
    raise SystemExit(main())
