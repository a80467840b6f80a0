"""Tests of the public surface: the pinned __all__, docstrings, typing, purity."""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import pickle
import re
import threading
import tomllib
from pathlib import Path

import pint
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import magnesium as mg
from magnesium import sources

APP = pint.get_application_registry()  # type: ignore[no-untyped-call]

PUBLIC = [
    "COMPOUNDS",
    "DRUGS",
    "RECORDS",
    "SOURCES",
    "AmbiguousNameError",
    "Amount",
    "ArgumentTypeError",
    "Assessment",
    "Authority",
    "Compound",
    "Condition",
    "Conflict",
    "CrampEvidence",
    "CrampSituation",
    "DaysReport",
    "DeficiencyRisk",
    "DepletionScore",
    "Diet",
    "Direction",
    "Drug",
    "Evidence",
    "Finding",
    "FluidTarget",
    "Food",
    "ForbiddenSpan",
    "InputTooLongError",
    "IntakeItem",
    "IntakeReport",
    "Interaction",
    "InteractionRecord",
    "InteractionReport",
    "InvalidAmountError",
    "InvalidRecordError",
    "ItemKind",
    "MagnesiumError",
    "MagnesiumWindows",
    "NoReferenceValueError",
    "Person",
    "Recommendation",
    "ReferenceValue",
    "RiskLevel",
    "ScheduleCheck",
    "ScheduleError",
    "SerumClass",
    "SerumStatus",
    "Severity",
    "Sex",
    "Source",
    "Spacing",
    "SupplementPlan",
    "SweatLoss",
    "Symptom",
    "TimeWindow",
    "UnitError",
    "UnknownChoiceError",
    "UnknownMedicine",
    "UnknownNameError",
    "Urgency",
    "WaterIntake",
    "__version__",
    "assess",
    "assess_days",
    "assess_intake",
    "authorities",
    "average_requirement",
    "check_schedule",
    "ckd_epi_2021",
    "compound",
    "elemental",
    "find_drug",
    "find_food",
    "fluid_target",
    "food",
    "food_tables",
    "get_source",
    "interactions",
    "language",
    "languages",
    "magnesium_depletion_score",
    "magnesium_windows",
    "medicine",
    "reference_intake",
    "search_foods",
    "serum_status",
    "show_versions",
    "supplement",
    "sweat_loss",
    "to_meq",
    "to_mg",
    "to_mmol",
    "upper_level",
    "water",
    "water_intake",
]
MODULES = [
    "compounds",
    "errors",
    "foods",
    "intake",
    "interactions",
    "labs",
    "reference",
    "risk",
    "schedule",
    "sources",
    "units",
]


def test_all_is_pinned() -> None:
    """The curated top level exports exactly these names (order kept by ruff's RUF022)."""
    assert mg.__all__ == PUBLIC


def test_every_export_has_a_docstring() -> None:
    """Every exported function and class explains itself."""
    for name in mg.__all__:
        value = getattr(mg, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), name


def test_every_module_has_all() -> None:
    """Every module declares __all__, and every name in it exists."""
    for module_name in MODULES:
        module = importlib.import_module(f"magnesium.{module_name}")
        assert all(hasattr(module, name) for name in module.__all__), module_name


def test_py_typed_ships() -> None:
    """The package is marked typed (PEP 561)."""
    assert (Path(mg.__file__).parent / "py.typed").exists()


def test_every_cited_key_is_in_the_bibliography() -> None:
    """Every source key the tables cite resolves to a Source with a year and title."""
    keys = {key for c in mg.COMPOUNDS.values() for key in c.sources}
    keys |= {"SCF2001", "EFSA2015", "NNR2023", "IOM1997", "USDASR28", "ARTICLE", "BELLER1975"}
    for key in keys:
        record = mg.get_source(key)
        assert record.title
        assert record.year is None or record.year > 1900
        assert record.citation().startswith(record.author)


def test_unknown_source_key() -> None:
    """An unknown source key lists the known keys."""
    with pytest.raises(mg.UnknownNameError) as info:
        mg.get_source("EFSA2051")
    assert "EFSA2015" in info.value.candidates


def test_sources_are_read_only() -> None:
    """The bibliography cannot be changed at run time."""
    with pytest.raises(TypeError):
        sources.SOURCES["X"] = sources.SOURCES["EFSA2015"]  # type: ignore[index]


def test_results_pickle() -> None:
    """Reports and items pickle, so they cross process boundaries."""
    report = mg.assess_intake([mg.food("almonds", "30 g")], sex="male", age=40)
    assert pickle.loads(pickle.dumps(report)) == report


def test_thread_safe_and_registry_untouched() -> None:
    """Concurrent calls give the same answers and leave pint's registry unchanged."""
    registry = APP.get()
    before = set(registry._units)
    results: list[float] = []

    def work() -> None:
        for _ in range(20):
            day = [mg.food("spinat", "100 g"), mg.supplement("magnesium citrate", "1 g")]
            results.append(mg.assess_intake(day).total_mg)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
    assert len(results) == 80
    assert set(registry._units) == before
    assert APP.get() is registry


def test_the_core_imports_no_pandas() -> None:
    """`import magnesium` and its scalar calls do not load pandas (an optional extra).

    (pint itself imports Dask when it is installed, so Dask is not checked.)
    """
    import subprocess
    import sys

    code = (
        "import sys, magnesium as mg; mg.assess_intake([mg.supplement(elemental='100 mg')]); "
        "mg.ckd_epi_2021('1 mg/dL', age=50, sex='male'); "
        "assert 'pandas' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_distribution_name_and_one_version() -> None:
    """Installed as pymagnesium (the index name magnesium is taken), one version source."""
    assert importlib.metadata.version("pymagnesium") == mg.__version__
    assert importlib.metadata.distribution("pymagnesium").metadata["Name"] == "pymagnesium"


def test_show_versions_prints_and_returns(capsys: pytest.CaptureFixture[str]) -> None:
    assert mg.show_versions() is None
    printed = capsys.readouterr().out
    assert f"pymagnesium : {mg.__version__}" in printed
    found = mg.show_versions(as_json=True)
    assert found is not None
    assert found["pint"] == importlib.metadata.version("pint")


def test_citation_names_this_version() -> None:
    citation = (Path(__file__).parent.parent / "CITATION.cff").read_text(encoding="utf-8")
    assert f'version: "{mg.__version__}"' in citation


def test_the_lowest_versions_ci_installs_are_the_declared_floors() -> None:
    """Issue 13: tools/lowest-constraints.txt pins each floor of pyproject.toml."""
    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(r) for r in project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        requirements += [Requirement(r) for r in extra]
    floors = {r.name.lower(): Version(str(r.specifier).removeprefix(">=")) for r in requirements}
    constraints = (root / "tools" / "lowest-constraints.txt").read_text(encoding="utf-8")
    pinned = {
        r.name.lower(): Version(str(r.specifier).removeprefix("=="))
        for line in constraints.splitlines()
        if (text := line.split("#")[0].strip())
        for r in [Requirement(text)]
    }
    assert {name: pinned.get(name) for name in floors} == floors


def test_the_readme_links_work_on_the_package_index() -> None:
    """Issue 26: no relative link (it breaks on the index page); pages are named instead."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert [t for t in targets if not t.startswith(("https://", "http://"))] == []


def test_the_sdist_holds_what_the_tests_read() -> None:
    """Issue 26: tests/test_examples.py reads benchmarks/; the sdist must carry it."""
    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    included = set(project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"])
    assert {"src", "tests", "docs", "examples", "tools", "benchmarks"} <= included
