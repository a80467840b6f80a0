#!/usr/bin/env bash
# The long fuzz run (a tool, not in CI): 5,000 random values for each fuzzed
# entry point of tests/test_robustness.py (61: 305,000 calls); each must give
# a value or a MagnesiumError within 2 s. The suite (and CI) runs a seeded
# slice of 60 values each. An input that escapes belongs in
# tests/data/fuzz_corpus.json, as a regression case. Needs only python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
setup_venv --group dev
HYPOTHESIS_PROFILE=long exec "$venv/bin/python" -m pytest tests/test_robustness.py \
  -k "fuzz" -o addopts="" -p no:cacheprovider -p no:randomly -q "$@"
