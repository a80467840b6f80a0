"""Knowledge as data (issue 25): data files checked by their schema, and no big Python tables.

The library's tables move from Python literals into ``magnesium/data`` files,
each read by one validating loader (``magnesium._data``). A literal of more
than 30 rows left in the source is a table that has not moved yet: the ones
still to move are listed here, and the list only shrinks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import magnesium
from magnesium import _catalogue, _data, compounds, foods, sources
from magnesium.interactions import _interactions

SOURCE = Path(magnesium.__file__).parent
MAX_ROWS = 30

# Tables not yet moved (issue 25's next slices), with their size today: none left
# (the public names are listed once, in __init__.pyi, which this check does not read).
NOT_YET_MOVED: dict[tuple[str, str], int] = {}


def _literal_tables(folder: Path = SOURCE) -> dict[tuple[str, str], int]:
    """Every literal (list, tuple, set, dict, call arguments) of more than MAX_ROWS items."""
    found: dict[tuple[str, str], int] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.List | ast.Tuple | ast.Set):
                size, kind = len(node.elts), type(node).__name__
            elif isinstance(node, ast.Dict):
                size, kind = len(node.keys), "Dict"
            elif isinstance(node, ast.Call):
                size, kind = len(node.args), "Call"
            else:
                continue
            if size > MAX_ROWS:
                key = (path.relative_to(folder).as_posix(), kind)
                found[key] = max(found.get(key, 0), size)
    return found


def test_no_python_table_of_more_than_30_rows_but_those_not_yet_moved() -> None:
    found = _literal_tables()
    assert set(found) <= set(NOT_YET_MOVED), sorted(set(found) - set(NOT_YET_MOVED))
    grown = {key: size for key, size in found.items() if size > NOT_YET_MOVED[key] + 10}
    assert grown == {}, "a table not yet moved grew: move it to a data file"


def test_the_check_can_fail(tmp_path: Path) -> None:
    """The walker finds a 31-row table, and not a 30-row one."""
    (tmp_path / "big.py").write_text("T = f(" + ", ".join(map(str, range(31))) + ")\n")
    (tmp_path / "small.py").write_text("T = {" + ", ".join(f"{i}: 0" for i in range(30)) + "}\n")
    assert _literal_tables(tmp_path) == {("big.py", "Call"): 31}


def test_the_bibliography_is_data() -> None:
    """data/sources.toml holds every citation; sources.py holds none."""
    rows = _data.toml("sources.toml")["source"]
    assert [row["key"] for row in rows] == list(sources.SOURCES)
    assert "Source(\n" not in (SOURCE / "sources.py").read_text(encoding="utf-8")


def test_the_medicine_catalogue_is_data() -> None:
    """data/medicines.toml holds every medicine, alias and combination; the code none."""
    data = _data.toml("medicines.toml")
    assert [row["name"] for row in data["medicine"]] == list(_interactions.DRUGS)
    assert len(data["medicine"]) > 180
    assert len(data["aliases"]) > 20
    assert len(data["combinations"]) > 10
    assert "Vibramycin" not in (SOURCE / "interactions" / "_interactions.py").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"atc": "J1"}, "is not an ATC code"),
        ({"brands": "Cipro"}, "`brands` needs list"),
        ({"brands": [1]}, "brands are texts"),
        ({"names_evidence": "sure"}, "names_evidence an Evidence"),
    ],
)
def test_a_broken_medicine_row_is_named(
    row: dict[str, object], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = {"name": "x", "danish": "x", "atc": "J01AA02", "class": "c"}
    table = {"medicine": [{**good, **row}], "aliases": {}, "combinations": {}}
    monkeypatch.setattr(_data, "toml", lambda _name: table)
    _interactions.catalogue.cache_clear()
    try:
        with pytest.raises(_data.DataFileError, match=message):
            _interactions.catalogue()
    finally:
        _interactions.catalogue.cache_clear()


def test_the_words_for_conditions_diets_and_symptoms_are_data() -> None:
    words = _data.toml("words.toml")
    assert set(words) == {"conditions", "diets", "symptoms"}
    assert set(words["symptoms"]) <= {str(s) for s in magnesium.Symptom}
    assert "åndenød" in words["symptoms"]["shortness of breath"]
    assert "åndenød" not in (SOURCE / "risk" / "_person.py").read_text(encoding="utf-8")


def test_the_curated_foods_are_data() -> None:
    rows = _data.toml("foods.toml")["food"]
    assert len(rows) == len(foods.curated()) > 100
    assert rows[0]["names"] == ["almonds", "almond"]
    assert "rolled oats" not in (SOURCE / "foods" / "__init__.py").read_text(encoding="utf-8")


def test_the_interaction_records_are_data() -> None:
    rows = _data.toml("records.toml")["record"]
    assert [row["key"] for row in rows] == list(_interactions.RECORDS)
    assert len(rows) > 50
    assert "tetracyclines 2-3 h apart" not in (
        SOURCE / "interactions" / "_interactions.py"
    ).read_text("utf-8")


def test_a_left_out_management_is_the_records_own_window() -> None:
    """records.toml leaves out what to do where it is the strictest source's window."""
    cipro = _interactions.RECORDS["ciprofloxacin"]
    assert "management" not in next(
        r for r in _data.toml("records.toml")["record"] if r["key"] == "ciprofloxacin"
    )
    assert (cipro.before_h, cipro.after_h) == (2.0, 6.0)  # NIH ODS and the label: 2 h, 4-6 h
    assert str(cipro.management) == (
        "Take the drug at least 2 h before or at least 6 h after magnesium "
        "(the most conservative source)."
    )


def test_the_compounds_are_data() -> None:
    rows = _data.toml("compounds.toml")["compound"]
    assert [row["key"] for row in rows] == list(compounds.COMPOUNDS)
    assert "Mg3(C6H5O7)2" not in (SOURCE / "compounds" / "_compounds.py").read_text(
        encoding="utf-8"
    )


def test_the_reference_tables_are_data() -> None:
    """EFSA 2015's men's AI, 350 mg/day, is in data/authorities/efsa.toml, not in the code."""
    rows = _data.toml("authorities/efsa.toml")["intake"]
    assert {"from": 18.0, "below": float("inf"), "sex": "male", "value": 350.0,
            "group": "men >= 18 y"} in rows  # fmt: skip
    assert "boys 10-<18 y" not in (SOURCE / "reference" / "_reference.py").read_text(
        encoding="utf-8"
    )


def test_the_danish_texts_are_data() -> None:
    """data/da.toml holds every Danish text; _catalogue.py holds none."""
    assert len(_data.toml("da.toml")["texts"]) == len(_catalogue.DANISH) > 600
    assert '": "' not in (SOURCE / "_catalogue.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"key": "X", "author": "A"}, "field `title` is missing"),
        ({"key": "X", "author": "A", "title": "T", "year": "2001"}, "`year` needs int"),
        ({"key": "X", "author": "A", "title": "T", "year": True}, "`year` needs int"),
        (
            {"key": "X", "author": "A", "title": "T", "pages": "1-2"},
            r"unknown field\(s\) \['pages'\]",
        ),
    ],
)
def test_a_row_that_breaks_the_schema_names_its_field(
    row: dict[str, object], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_data, "toml", lambda _name: {"source": [row]})
    with pytest.raises(_data.DataFileError, match=message):
        _data.rows("sources.toml", "source", sources._SCHEMA)


# Sourced constants, each written once in the package (issue 25: rules stated
# once): Mg's atomic weight (IUPAC 2021), the toxic serum level (Medscape 2022),
# the reference interval's top (Costello 2016), CKD-EPI 2021's coefficients
# (Inker 2021), the standard body surface area and creatinine's µmol factor.
WRITTEN_ONCE = [24.305, 1.75, 0.95, 142.0, 0.9938, 1.012, 0.241, 0.302, 1.73, 88.4]


def _numbers(folder: Path = SOURCE) -> dict[float, list[str]]:
    found: dict[float, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
                found.setdefault(float(node.value), []).append(
                    f"{path.relative_to(folder).as_posix()}:{node.lineno}"
                )
    return found


@pytest.mark.parametrize("value", WRITTEN_ONCE)
def test_each_sourced_constant_is_written_once(value: float) -> None:
    assert len(_numbers().get(value, [])) == 1, _numbers().get(value)


# Counting and clock arithmetic, not knowledge: these may appear anywhere.
_ARITHMETIC = {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 10.0, 24.0, 60.0, 100.0, 1000.0}
# A number two or more modules write with different meanings, each named; a
# module not listed that writes it fails the test below (plot.py's layout
# numbers are not counted).
_COINCIDENCES: dict[float, tuple[set[str], str]] = {
    0.25: ({"_units.py", "foods/_food.py"}, "¼; two ways of printing an amount agree within 25 %"),
    0.5: (
        {"labs/_labs.py", "foods/_search.py", "_units.py"},
        "serum 0.5 mmol/L (NHS SPS); BM25's +0.5; ½ and the 0.5 kg body bound",
    ),
    0.6: ({"labs/_labs.py", "_names.py"}, "serum 0.6 mmol/L (Rosanoff 2022); difflib's cutoff"),
    0.7: (
        {"labs/_labs.py", "reference/_water.py", "foods/_search.py", "foods/_lookup.py"},
        "CKD-EPI kappa (women); water in lactation (EFSA 2010); search weights",
    ),
    0.75: (
        {"labs/_labs.py", "_names.py", "foods/_search.py", "_units.py"},
        "serum 0.75 mmol/L (Costello 2016); difflib's cutoff; BM25's b; ¾",
    ),
    0.85: (
        {"labs/_labs.py", "foods/_search.py"},
        "serum 0.85 mmol/L (Rosanoff 2022); a search weight",
    ),
    0.9: (
        {"labs/_labs.py", "foods/_lookup.py"},
        "CKD-EPI kappa (men); the weight of an English name",
    ),
    1.2: ({"labs/_labs.py", "foods/_search.py"}, "CKD-EPI exponent -1.200; BM25's k1 and a bonus"),
    6.0: ({"risk/_advice.py", "frame/__init__.py"}, "a 4-6 week trial; the MDS scores 0-5"),
    18.0: ({"reference/_reference.py", "schedule/_schedule.py"}, "adult age 18; 18:00"),
    20.0: (
        {"schedule/_schedule.py", "_units.py", "foods/_lookup.py", "frame/_nrc.py"},
        "20:00; 20 L a day; candidates x20; 20 Gauss-Hermite nodes",
    ),
    30.0: (
        {"intake/_fluids.py", "labs/_labs.py", "foods/_search.py", "foods/__init__.py"},
        "30 mL/kg (the article); creatinine bound; candidates; the article's 30 mg",
    ),
    40.0: (
        {"risk/_advice.py", "_names.py", "foods/__init__.py", "foods/_lookup.py"},
        "an adult's age; text lengths; the article's 40 mg of spinach",
    ),
    50.0: (
        {"risk/_person.py", "foods/_search.py", "risk/_triage.py", "frame/_usual.py"},
        "drinks bound; candidates; new cramps after 50 (triage); the 50th percentile",
    ),
    65.0: (
        {"risk/_rules.py", "foods/__init__.py"},
        "older adult at 65; the article's 65 mg of oats",
    ),
    90.0: ({"risk/_rules.py", "frame/_usual.py"}, "eGFR 90 (MDS, Fan 2021); the 90th percentile"),
    200.0: ({"risk/_advice.py", "errors.py"}, "a 200-250 mg trial; 200 characters of a name"),
    250.0: ({"risk/_advice.py", "labs/_labs.py"}, "a 200-250 mg trial; the eGFR bound 250"),
    300.0: (
        {"frame/_columns.py", "frame/_nrc.py"},
        "powers of ten to 1e300; the 300 mg scale of the Box-Cox transform",
    ),
}


def _modules_of_numbers(folder: Path = SOURCE) -> dict[float, set[str]]:
    found: dict[float, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        where = path.relative_to(folder).as_posix()
        if where == "plot.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, int | float) and not isinstance(value, bool):
                found.setdefault(float(value), set()).add(where)
    return found


def test_no_threshold_is_written_in_two_modules() -> None:
    """A number in two modules is one rule stated twice, unless a coincidence named above."""
    for value, modules in _modules_of_numbers().items():
        if len(modules) < 2 or value in _ARITHMETIC:
            continue
        allowed, _meanings = _COINCIDENCES.get(value, (set(), ""))
        assert modules <= allowed, f"{value:g} is written in {sorted(modules)}"


def test_a_threshold_in_two_modules_is_found(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("LOW = 0.62\n")
    (tmp_path / "b.py").write_text("if serum < 0.62: pass\n")
    assert _modules_of_numbers(tmp_path)[0.62] == {"a.py", "b.py"}


def test_a_constant_written_twice_is_found(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("X = 1.75\n")
    (tmp_path / "b.py").write_text("Y = (1.75, 2)\n")
    assert _numbers(tmp_path)[1.75] == ["a.py:1", "b.py:1"]


def test_a_key_given_twice_is_a_fault_of_its_file() -> None:
    """One check for every table read by key (sources, medicines, records, compounds)."""
    with pytest.raises(_data.DataFileError, match=r"x\.toml: 'a' is given twice"):
        _data.unique(["a", "b", "a"], str, "x.toml")
    assert list(_data.unique(["b", "a"], str, "x.toml")) == ["b", "a"]


def test_nested_rows_are_checked_and_numbered() -> None:
    schema = {"grams": (float, True)}
    with pytest.raises(_data.DataFileError, match=r"foods\.toml, portion 2: field `grams`"):
        _data.checked([{"grams": 30.0}, {"grams": "30"}], schema, "foods.toml, portion")
    with pytest.raises(_data.DataFileError, match="a list is expected"):
        _data.checked({"grams": 30.0}, schema, "foods.toml, portion")
