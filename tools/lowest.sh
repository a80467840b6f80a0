#!/usr/bin/env bash
# Run the tests with the lowest versions pyproject.toml declares
# (tools/lowest-constraints.txt), in a fresh virtual environment: the floors
# must be versions that work. CI runs it after tools/check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
MAGNESIUM_VENV="${MAGNESIUM_LOWEST_VENV:-$(mktemp -d)/venv}" \
  setup_venv -c tools/lowest-constraints.txt --group test
"$venv/bin/python" -m pip list --disable-pip-version-check 2>/dev/null \
  | grep -iE '^(attrs|pint|pandas|numpy|pint-pandas|dask|matplotlib|pyarrow|pyspark|polars) '
# The tests, not the docs' examples: those print reprs of the newest versions.
# Nor the type check of the examples: mypy is a tool of the lint group, not a
# runtime dependency, and tools/check.sh runs it with the newest versions.
echo "== pytest (lowest supported versions)"
"$venv/bin/python" -m pytest tests --no-cov -q -p no:cacheprovider \
  --ignore=tests/test_doc_types.py "$@"
