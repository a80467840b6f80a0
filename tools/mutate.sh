#!/usr/bin/env bash
# Mutation testing (issue 14), outside CI: mutmut mutates the modules named
# in pyproject.toml ([tool.mutmut] only_mutate), runs the tests that cover
# each mutant, and reports what survived. Over an hour for the 13 core
# modules on two cores. Results: .venv/bin/mutmut results; one: mutmut show NAME.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
setup_venv --group mutation
rm -rf mutants
"$venv/bin/mutmut" run "$@"
"$venv/bin/python" tools/mutation_score.py
