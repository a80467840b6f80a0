"""`import magnesium` loads only what intake needs; the rest loads on first use (issue 15)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import magnesium as mg

LAZY = ("magnesium.risk", "magnesium.schedule", "magnesium.labs", "magnesium.interactions",
        "magnesium.plot", "magnesium.frame")  # fmt: skip


def _run(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_and_a_first_intake_result_load_no_lazy_module() -> None:
    _run(
        "import sys, magnesium as mg; "
        "mg.assess_intake([mg.food('almonds', '30 g'), mg.supplement(elemental='100 mg')], "
        "sex='female', age=40); "
        f"loaded = [m for m in {LAZY!r} if m in sys.modules]; "
        "assert loaded == [], loaded"
    )


def test_a_first_result_builds_nothing_it_does_not_use() -> None:
    """The cold start's first result (issue 25): no water table, no unused pattern compiled."""
    _run(
        "import sys, magnesium as mg; "
        "from magnesium._names import LazyPattern; "
        "mg.assess_intake([mg.supplement(elemental='250 mg')], sex='female', age=40); "
        "later = ['magnesium.reference._water', 'magnesium.intake._days', "
        "'magnesium.intake._fluids']; "
        "loaded = [m for m in later if m in sys.modules]; assert loaded == [], loaded; "
        "compiled = [(m, k) for m in list(sys.modules) if m.startswith('magnesium') "
        "for k, v in vars(sys.modules[m]).items() "
        "if isinstance(v, LazyPattern) and v._compiled is not None]; "
        "assert compiled == [], compiled"
    )


def test_water_loads_on_first_use_as_the_reference_modules() -> None:
    _run(
        "import pickle, sys, magnesium as mg; "
        "assert 'magnesium.reference._water' not in sys.modules; "
        "ai = mg.water_intake(sex='female', age=30); "
        "assert type(ai).__module__ == 'magnesium.reference' == mg.water_intake.__module__; "
        "assert pickle.loads(pickle.dumps(ai)) == ai; "
        "from magnesium.reference import WaterIntake; assert type(ai) is WaterIntake; "
        "assert {'WaterIntake', 'water_intake'} <= set(dir(mg.reference))"
    )


def test_an_unknown_name_of_the_reference_module_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        mg.reference.nothing  # noqa: B018 - the attribute lookup is the test


@pytest.mark.parametrize(
    ("name", "module"),
    [("assess", "risk"), ("check_schedule", "schedule"), ("serum_status", "labs"),
     ("find_drug", "interactions"), ("Person", "risk"), ("ScheduleError", "schedule")],
)  # fmt: skip
def test_a_lazy_name_loads_its_module(name: str, module: str) -> None:
    _run(
        f"import sys, magnesium as mg; assert 'magnesium.{module}' not in sys.modules; "
        f"obj = mg.{name}; assert 'magnesium.{module}' in sys.modules; "
        f"assert obj is sys.modules['magnesium.{module}'].{name}"
    )


def test_interactions_stays_the_function_whatever_loads_first() -> None:
    """The module `magnesium.interactions` never shadows the function of its name."""
    for first in ("mg.Person(age=40)", "import magnesium.risk", "import magnesium.schedule"):
        _run(
            f"import magnesium as mg; {first}; "
            "assert callable(mg.interactions) and mg.interactions.__name__ == 'interactions'; "
            "from magnesium import interactions; assert callable(interactions)"
        )


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in mg.__all__:
        assert getattr(mg, name) is not None
    assert set(mg.__all__) <= set(dir(mg))


def _stub_imports() -> dict[str, str]:
    stub = Path(mg.__file__).with_suffix(".pyi").read_text(encoding="utf-8")
    return {
        alias.name: f"{node.module}"
        for node in ast.parse(stub).body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def test_the_stub_lists_each_public_name_once_and_the_package_follows_it() -> None:
    """Issue 25: one list of public names (__init__.pyi); __all__ and loading follow it."""
    stub = Path(mg.__file__).with_suffix(".pyi").read_text(encoding="utf-8")
    tree = ast.parse(stub)
    listed = [a.name for n in tree.body if isinstance(n, ast.ImportFrom) for a in n.names]
    assert len(listed) == len(set(listed))  # each once, each re-exported as itself
    assert all(a.asname == a.name for n in tree.body if isinstance(n, ast.ImportFrom)
               for a in n.names)  # fmt: skip
    assert sorted(mg.__all__) == sorted([*listed, "__version__"])
    for name, module in _stub_imports().items():  # each from the module the stub names
        assert getattr(mg, name) is getattr(importlib.import_module(module), name), name
    init = Path(mg.__file__).read_text(encoding="utf-8")
    assert not [name for name in listed if f'"{name}"' in init or f" {name}," in init]


def test_dir_lists_the_public_names_and_modules_only() -> None:
    """Issue 26: no importlib, sys, types or TYPE_CHECKING in dir(magnesium)."""
    modules = {"compounds", "errors", "foods", "frame", "intake", "interactions", "labs",
               "plot", "reference", "risk", "schedule", "sources", "spark", "units"}  # fmt: skip
    assert set(dir(mg)) == {*mg.__all__, *modules}
    assert mg.reference.reference_intake is mg.reference_intake  # a module as an attribute


def test_submodules_resolve_as_attributes() -> None:
    assert mg.risk.assess is mg.assess
    assert mg.schedule.check_schedule is mg.check_schedule


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'assesss'"):
        mg.assesss  # type: ignore[attr-defined]  # noqa: B018 - mypy catches it too


def test_first_use_from_many_threads() -> None:
    """Eight threads asking for lazy names at once all get the same objects."""
    code = (
        "import magnesium as mg\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "names = ['assess', 'Person', 'check_schedule', 'serum_status', 'interactions'] * 8\n"
        "with ThreadPoolExecutor(8) as pool:\n"
        "    got = list(pool.map(lambda n: getattr(mg, n), names))\n"
        "assert all(g is getattr(mg, n) for g, n in zip(got, names))\n"
        "assert callable(mg.interactions)\n"
    )
    _run(code)
    with ThreadPoolExecutor(4) as pool:  # and in this process, already loaded
        assert set(pool.map(lambda _: mg.assess, range(8))) == {mg.assess}


_WITHOUT_NUMPY = """
import sys

class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"numpy", "pandas"}:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)")
        return None

sys.meta_path.insert(0, Blocked())
import magnesium as mg
day = [mg.food("almonds", "30 g"), mg.supplement("magnesium citrate", "1 g"),
       mg.water("1 L", magnesium="100 mg/L")]
report = mg.assess_intake(day, sex="female", age=30)
print(round(report.total.m, 1), report.exceeds_ceiling)
print(mg.reference_intake(sex="male", age=40, authority="D-A-CH").value_mg)
print(len(mg.interactions(["levothyroxine"]).interactions))
print(mg.assess(mg.Person(sex="female", age=30), day).intake is not None)
print(mg.search_foods("mandler").foods[0].ndb)
"""


def test_the_core_needs_no_numpy() -> None:
    """pint is the core's one numeric dependency: numpy and pandas only for cohorts."""
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_NUMPY], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    # 81 mg of almonds (USDA 12061, 270 mg/100 g), 161.6 of citrate, 100 of water
    assert done.stdout.split() == ["342.6", "True", "350.0", "1", "True", "35"]
