#!/usr/bin/env bash
# The tests on every newer Python the project supports (3.12, 3.13), each in a
# fresh virtual environment with the newest dependencies. CI runs it after
# tools/check.sh (3.11, every check) and tools/lowest.sh (3.11, the floors).
# A Python that is not on PATH (as python3.12, python3.13) is named and
# skipped: the run says which versions it covered. The test-core group: no
# notebooks and no Spark, whose tests check.sh runs on 3.11; arguments go to
# pytest (CI leaves out the slowest files too).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
for version in 3.12 3.13; do
  if ! command -v "python$version" > /dev/null; then
    echo "== python$version: not on this machine, not tested"
    continue
  fi
  echo "== pytest on $("python$version" --version)"
  MAGNESIUM_VENV="$(mktemp -d)/venv"
  "python$version" -m venv "$MAGNESIUM_VENV"
  MAGNESIUM_VENV="$MAGNESIUM_VENV" setup_venv --group test-core
  "$venv/bin/python" -m pytest tests --no-cov -q -p no:cacheprovider \
    --ignore=tests/test_examples.py --ignore=tests/test_spark.py \
    --ignore=tests/test_doc_types.py "$@"
done
