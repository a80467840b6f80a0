"""The package's borders hold (issues 15 and 25): no module takes another module's
private name, and imports go down the layers.

What several modules share lives in an internal underscore module (plain
names inside), as in attrs (``attr/_make.py``); each concept is a subpackage
whose ``__init__`` is its public face, with its internal modules beside it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import magnesium

SOURCE = Path(magnesium.__file__).parent
MODULES = sorted(SOURCE.rglob("*.py"))
IDS = [p.relative_to(SOURCE).as_posix() for p in MODULES]


def _is_module(dotted: str) -> bool:
    """Whether ``magnesium.a.b`` names a module or package of the source tree."""
    path = SOURCE.joinpath(*dotted.split(".")[1:])
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("magnesium"):
            module = (node.module or "").rpartition(".")[2]
            if module.startswith("_") or node.module == "magnesium":
                continue  # an internal module: its plain names are shared inside
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not _is_module(f"{node.module}.{a.name}")
            ]  # an internal module of a concept's package is shared, as above
    return found


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_no_module_imports_another_modules_private_name(path: Path) -> None:
    assert _private_imports(path) == []


def test_the_rule_can_fail(tmp_path: Path) -> None:
    """The check finds a private import where there is one."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from magnesium.risk import _POINTS\nfrom magnesium.risk._rules import POINTS\n"
    )
    assert _private_imports(bad) == ["magnesium.risk._POINTS"]


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_no_file_over_about_800_lines_but_tables(path: Path) -> None:
    """One concept a file."""
    # The data tables moved to data/ files and foods/ was split into its tables,
    # a food and its amounts, and the lookup (issue 25): no exception is left.
    where = path.relative_to(SOURCE).as_posix()
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 800, f"{where}: {lines} lines"


# The layers of the Architecture page, bottom up: a module imports only from its
# own layer or below. A unit is a top-level module or a concept's package (its
# face and the internal modules beside it).
LAYERS = {
    0: {"errors", "sources", "_names", "_units", "units", "_i18n", "_catalogue", "_display",
        "_public", "_records", "_versions", "_data"},
    1: {"foods", "compounds", "reference", "labs", "interactions"},
    2: {"intake", "schedule"},
    3: {"risk"},
    4: {"frame", "plot", "spark", "__init__"},
}  # fmt: skip
LAYER_OF = {name: layer for layer, names in LAYERS.items() for name in names}


def _unit(path: Path) -> str:
    """The top-level module or package a file belongs to."""
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return parts[0]


def _imported_units(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "magnesium":
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("magnesium."):
            found.add((node.module or "").split(".")[1])
    return found & set(LAYER_OF)


def test_every_module_has_a_layer() -> None:
    assert {_unit(p) for p in MODULES} == set(LAYER_OF)


def test_every_concept_is_a_package_of_its_face_and_its_internal_modules() -> None:
    """Issue 25: subpackages by concept; only the ground floor stays at the top level."""
    packages = {p.parent.name for p in MODULES if p.parent != SOURCE}
    assert packages == {"foods", "compounds", "reference", "labs", "interactions", "intake",
                        "schedule", "risk", "frame"}  # fmt: skip
    for package in packages:  # each an internal module or more beside its face
        inside = sorted(p.name for p in (SOURCE / package).glob("*.py"))
        assert inside[0] == "__init__.py"
        assert all(name.startswith("_") for name in inside), package


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_imports_go_down_the_layers(path: Path) -> None:
    upward = {m for m in _imported_units(path) if LAYER_OF[m] > LAYER_OF[_unit(path)]}
    assert upward == set()


def test_a_face_that_only_re_exports_says_why() -> None:
    """Issue 25: a package face without code of its own says why it is a face."""
    for face in sorted(SOURCE.glob("*/__init__.py")):
        tree = ast.parse(face.read_text(encoding="utf-8"))
        own_code = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)]
        if not own_code:
            assert "# Why a face: implemented in" in face.read_text(encoding="utf-8"), face
