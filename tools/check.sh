#!/usr/bin/env bash
# Set up a virtual environment and run every check and test: the command
# README gives, and the one CI runs (.ci/run). Needs only python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
setup_venv --group dev
echo "== ruff check";        "$venv/bin/ruff" check .
echo "== ruff format";       "$venv/bin/ruff" format --check .
echo "== mypy --strict";     "$venv/bin/mypy" --strict
echo "== sphinx -W";         "$venv/bin/python" -m sphinx -W --keep-going -q -b html docs docs/_build/html
echo "== pytest";            "$venv/bin/python" -m pytest "$@"
