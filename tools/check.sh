#!/usr/bin/env bash
# Set up a virtual environment and run every check and test: the command
# README gives, and the one CI runs (.ci/run). Needs only python3.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${MAGNESIUM_VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e . --group dev
echo "== ruff check";        "$venv/bin/ruff" check .
echo "== ruff format";       "$venv/bin/ruff" format --check .
echo "== mypy --strict";     "$venv/bin/mypy" --strict
echo "== sphinx -W";         "$venv/bin/python" -m sphinx -W --keep-going -q -b html docs docs/_build/html
echo "== pytest";            "$venv/bin/python" -m pytest "$@"
