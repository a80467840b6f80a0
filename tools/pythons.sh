#!/usr/bin/env bash
# The tests on every newer Python the project supports (3.12, 3.13), each in a
# fresh virtual environment with the newest dependencies, side by side (one
# core each). CI runs it after tools/check.sh (3.11, every check) and
# tools/lowest.sh (3.11, the floors). A Python is found as python3.12 on PATH
# or, where pyenv has it without a global version, in pyenv's versions; one
# not found is named and skipped, so the run says which versions it covered.
# The test-core group: no notebooks and no Spark, whose tests check.sh runs on
# 3.11; arguments go to pytest (CI leaves out the slowest files too).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh

find_python() {
  if "python$1" -c "" 2> /dev/null; then
    command -v "python$1"
  elif command -v pyenv > /dev/null; then
    find "$(pyenv root)/versions" -maxdepth 3 -path "*/$1.*/bin/python$1" 2> /dev/null \
      | sort -V | tail -n 1
  fi
}

test_on() {  # a fresh venv of this interpreter, the test-core group, the tests
  MAGNESIUM_VENV="$(mktemp -d)/venv"
  "$1" -m venv "$MAGNESIUM_VENV"
  MAGNESIUM_VENV="$MAGNESIUM_VENV" setup_venv --group test-core
  "$venv/bin/python" -m pytest tests --no-cov -q -p no:cacheprovider \
    --ignore=tests/test_examples.py --ignore=tests/test_spark.py \
    --ignore=tests/test_doc_types.py "${@:2}"
}

logs=() pids=() names=()
for version in 3.12 3.13; do
  python="$(find_python "$version")"
  if [ -z "$python" ]; then
    echo "== python$version: not on this machine, not tested"
    continue
  fi
  log="$(mktemp)"
  echo "== pytest on $("$python" --version) ($python)"
  test_on "$python" "$@" > "$log" 2>&1 &
  logs+=("$log") pids+=("$!") names+=("$("$python" --version)")
done
status=0
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || status=1
  echo "== ${names[$i]}:"
  grep -v "is ignored: it is neither a file nor a directory" "${logs[$i]}" | tail -n 15
done
exit "$status"
