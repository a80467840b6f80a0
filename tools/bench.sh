#!/usr/bin/env bash
# Run the benchmarks (not part of the pass/fail suite). Needs only python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
setup_venv --group bench
exec "$venv/bin/python" -m pytest benchmarks -o addopts="" -p no:cacheprovider -s \
  --benchmark-columns=min,median,mean,ops --benchmark-sort=name "$@"
