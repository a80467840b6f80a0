#!/usr/bin/env bash
# Run the benchmarks (not part of the pass/fail suite). Needs only python3.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${MAGNESIUM_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e . --group bench
exec "$venv/bin/python" -m pytest benchmarks -o addopts="" -p no:cacheprovider -s \
  --benchmark-columns=min,median,mean,ops --benchmark-sort=name "$@"
