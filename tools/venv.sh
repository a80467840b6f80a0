# Sourced by the tools: make (or reuse) the virtual environment at
# $MAGNESIUM_VENV (default .venv), with a current pip, and install the
# project editable with the dependency groups given: setup_venv --group dev
setup_venv() {
  venv="${MAGNESIUM_VENV:-.venv}"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e . "$@"
}
