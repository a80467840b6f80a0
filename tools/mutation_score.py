"""Print the mutation score per module from mutmut's results (tools/mutate.sh)."""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

VENV = Path(sys.executable).parent


def main() -> None:
    """Count killed and surviving mutants per module and print a table."""
    output = subprocess.run(
        [str(VENV / "mutmut"), "results", "--all", "true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in output.splitlines():
        match = re.match(r"\s*magnesium\.(\w+)\.\S+: (.+)", line)
        if match:
            counts[match[1]][match[2].strip()] += 1
    print(f"{'module':<14}{'checked':>8}{'killed':>8}{'survived':>10}{'score':>8}")
    for module, status in sorted(counts.items()):
        checked = sum(status.values()) - status["not checked"] - status["skipped"]
        # a mutant that hangs (timeout) or that mypy rejects is caught too
        killed = status["killed"] + status["timeout"] + status["caught by type check"]
        score = f"{killed / checked:>8.1%}" if checked else f"{'-':>8}"
        print(f"{module:<14}{checked:>8}{killed:>8}{checked - killed:>10}{score}")


if __name__ == "__main__":
    main()
