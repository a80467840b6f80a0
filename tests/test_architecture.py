"""The package's borders hold (issue 15): no module takes another module's private name.

What several modules share lives in an internal underscore module (plain
names inside), as in attrs (``attr/_make.py``); public modules re-export.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import magnesium

SOURCE = Path(magnesium.__file__).parent
MODULES = sorted(SOURCE.glob("*.py"))


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("magnesium"):
            module = (node.module or "").rpartition(".")[2]
            if module.startswith("_") or node.module == "magnesium":
                continue  # an internal module: its plain names are shared inside
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_module_imports_another_modules_private_name(path: Path) -> None:
    assert _private_imports(path) == []


def test_the_rule_can_fail(tmp_path: Path) -> None:
    """The check finds a private import where there is one."""
    bad = tmp_path / "bad.py"
    bad.write_text("from magnesium.risk import _POINTS\nfrom magnesium._rules import POINTS\n")
    assert _private_imports(bad) == ["magnesium.risk._POINTS"]


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_file_over_about_800_lines_but_tables(path: Path) -> None:
    """One concept a file. The exceptions say why: data tables."""
    # The data tables moved to data/ files (issue 25); foods.py is still the
    # tables' readers, the Food class and the search: the layout step splits it.
    exceptions = {"foods.py": "the food tables, Food and the search (a subpackage to come)"}
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 800 or path.name in exceptions, f"{path.name}: {lines} lines"


# The layers of the Architecture page, bottom up: a module imports only from its
# own layer or below.
LAYERS = {
    0: {"errors", "sources", "_names", "_units", "units", "_i18n", "_catalogue", "_display",
        "_public", "_records", "_versions", "_search", "_data"},
    1: {"foods", "_compounds", "compounds", "_reference", "reference", "_labs", "labs",
        "_interactions", "interactions"},
    2: {"intake", "_items", "_fluids", "_schedule", "schedule"},
    3: {"_person", "_rules", "_scores", "_safety", "_triage", "_advice", "_assessment", "risk"},
    4: {"_columns", "frame", "plot", "__init__"},
}  # fmt: skip
LAYER_OF = {name: layer for layer, names in LAYERS.items() for name in names}


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "magnesium":
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("magnesium."):
            found.add((node.module or "").split(".")[1])
    return found & set(LAYER_OF)


def test_every_module_has_a_layer() -> None:
    assert {p.stem for p in MODULES} == set(LAYER_OF)


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_imports_go_down_the_layers(path: Path) -> None:
    upward = {m for m in _imported_modules(path) if LAYER_OF[m] > LAYER_OF[path.stem]}
    assert upward == set()
