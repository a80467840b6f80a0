"""The registries (issue 25): authorities, food tables and languages are data.

Each is a data file plus one entry in ``data/registry.toml``; the last test
adds an authority to a copy of the package as data only and uses it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import magnesium as mg
from magnesium import _catalogue, _data, _i18n
from magnesium.reference import _reference
from magnesium.sources import SOURCES

PACKAGE = Path(mg.__file__).parent


def test_authorities_are_the_registry_in_order() -> None:
    keys = [entry["key"] for entry in _data.registry("authority")]
    assert [str(a) for a in mg.authorities()] == keys
    assert mg.authorities() == tuple(mg.Authority)
    assert keys[0] == _reference.DEFAULT_AUTHORITY == "EFSA"  # the default first


def test_each_authority_has_its_tables_and_sources() -> None:
    for authority in mg.authorities():
        kind, rows, source, _ = _reference.INTAKES[authority]
        upper_rows, upper_source, _ = _reference.UPPER[authority]
        assert kind in {"AI", "RDA"}
        assert rows
        assert upper_rows
        assert source in SOURCES
        assert upper_source in SOURCES


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("efsa", "EFSA"), (" Efsa ", "EFSA"), ("nnr", "NNR2023"), ("NNR 2023", "NNR2023"),
     ("nnr-2023", "NNR2023"), ("us", "US")],
)  # fmt: skip
def test_an_authority_is_read_by_key_or_alias(typed: str, expected: str) -> None:
    assert _reference.read_authority(typed) is mg.Authority(expected)


def test_an_unknown_authority_lists_the_registered_ones() -> None:
    with pytest.raises(mg.UnknownChoiceError) as caught:
        mg.upper_level(age=40, authority="WHO")
    assert all(str(a) in str(caught.value) for a in mg.authorities())


def test_separate_values_in_pregnancy_are_read_from_the_tables() -> None:
    """The US table has pregnancy rows (IOM 1997); EFSA and NNR 2023 have none."""
    us, efsa, nnr = (mg.Authority(key) for key in ("US", "EFSA", "NNR2023"))
    assert _reference.separate_stage_values(us)
    assert not _reference.separate_stage_values(efsa)
    assert not _reference.separate_stage_values(nnr)


def test_the_child_upper_level_comes_from_the_registered_authority() -> None:
    """The SCF set none for ages 1-3: the IOM's 65 mg/day applies (reference.toml)."""
    assert _reference.shared().child_upper is mg.Authority("US")
    found = _reference.child_upper_level(2.0, mg.Authority("EFSA"))
    assert found is not None
    assert (found.value_mg, found.source) == (65.0, "IOM1997")


def test_food_tables_are_the_registry() -> None:
    assert mg.food_tables() == ("usda", "frida")
    for entry in _data.registry("food_table"):
        assert entry["source"] in SOURCES
        assert entry["language"] in mg.languages()
    assert mg.find_food("almonds").release == "SR28, September 2015"
    with pytest.raises(mg.UnknownChoiceError, match=r'choose one of "usda", "frida"$'):
        mg.find_food("almonds", table="ciqual")


def test_languages_are_the_registry() -> None:
    assert mg.languages() == ("en", "da") == _i18n.LANGUAGES
    with pytest.raises(mg.UnknownNameError, match=r'did you mean "en", "da"\?$'):
        mg.food("almonds", "30 g").to_text(lang="de")


@pytest.mark.parametrize(
    ("registry", "message"),
    [
        ({"authority": [{"key": "EFSA", "file": "a.toml"}, {"key": "EFSA", "file": "b.toml"}]},
         "registry.toml, [[authority]]: 'EFSA' is given twice"),
        ({"authority": [{"key": "EFSA"}]},
         "registry.toml, authority 1 (EFSA): field `file` is missing"),
        ({"language": [{"key": "de", "name": "Deutsch", "file": "de.toml", "x": 1}]},
         ("registry.toml, language 1 (de): unknown field(s) ['x']; "
         "the fields are ['file', 'key', 'name']")),
    ],
)  # fmt: skip
def test_a_broken_registry_names_the_entry(
    monkeypatch: pytest.MonkeyPatch, registry: dict[str, Any], message: str
) -> None:
    monkeypatch.setattr(_data, "toml", lambda _name: registry)
    kind = next(iter(registry))
    with pytest.raises(_data.DataFileError) as caught:
        _data.registry.__wrapped__(kind)
    assert str(caught.value) == message


_FICTIONAL = """\
intake_kind = "AI"
intake_source = "EFSA2015"
intake_evidence = "confirmed"
upper = "eu"
upper_source = "SCF2001"
upper_evidence = "confirmed"

[[intake]]
from = 0.0
below = inf
sex = "female"
value = 123.0
group = "women >= 18 y"

[[intake]]
from = 0.0
below = inf
sex = "female"
stage = "pregnancy"
value = 456.0
group = "women >= 18 y"
"""


def _in_a_copy(tmp_path: Path, file: str, text: str, entry: str, script: str) -> str:
    """Run ``script`` against a copy of the package with one data file and registry entry."""
    copy = tmp_path / "magnesium"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "data" / file).write_text(text, encoding="utf-8")
    registry = copy / "data" / "registry.toml"
    registry.write_text(registry.read_text(encoding="utf-8") + entry, encoding="utf-8")
    code = f"import magnesium as mg\nassert mg.__file__.startswith({str(tmp_path)!r})\n"
    done = subprocess.run(
        [sys.executable, "-c", code + textwrap.dedent(script)],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_authority_is_added_as_data_only(tmp_path: Path) -> None:
    """A copy of the package with one more data file and registry entry, no code."""
    out = _in_a_copy(
        tmp_path,
        "authorities/test.toml",
        _FICTIONAL,
        '\n[[authority]]\nkey = "T-E-ST"\nfile = "authorities/test.toml"\naliases = ["TEST2"]\n',
        """
        print(mg.authorities()[-1].name, mg.Authority.TEST)
        print(mg.reference_intake(sex="female", age=30, authority="test").value_mg)
        print(mg.reference_intake(sex="female", age=30, authority="test2", pregnant=True).value_mg)
        print(mg.upper_level(age=30, authority="t-e-st").value_mg)
        """,
    )
    assert out.split() == ["TEST", "T-E-ST", "123.0", "456.0", "250.0"]


def test_a_broken_authority_row_names_its_own_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row of an authority's table is named by that file, not by reference.toml."""
    real = _data.toml

    def broken(name: str) -> dict[str, Any]:
        found = real(name)
        if name == "authorities/us.toml":
            found = {**found, "intake": [*found["intake"][:2], {"from": 1.0, "value": 80.0}]}
        return found

    monkeypatch.setattr(_data, "toml", broken)
    with pytest.raises(_data.DataFileError) as caught:
        _reference.authority_tables.__wrapped__(mg.Authority("US"))
    assert str(caught.value) == "authorities/us.toml, intake row 3: field `below` is missing"


def test_an_authority_is_read_on_its_own_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first EFSA result reads EFSA's file and reference.toml, not the other authorities'."""
    read: list[str] = []
    real = _data.toml

    def recorded(name: str) -> dict[str, Any]:
        read.append(name)
        return real(name)

    monkeypatch.setattr(_data, "toml", recorded)
    _reference.authority_tables.cache_clear()
    try:
        mg.reference_intake(sex="female", age=40, authority="EFSA")
        assert [n for n in read if n.startswith("authorities/")] == ["authorities/efsa.toml"]
        assert len(_reference.INTAKES) == len(mg.authorities())  # every registered one listed
        assert list(_reference.UPPER) == [mg.Authority(a) for a in mg.authorities()]
        with pytest.raises(KeyError):
            _reference.INTAKES["WHO"]  # type: ignore[index]
    finally:
        _reference.authority_tables.cache_clear()


_TEST_LANGUAGE = """
[numbers]
decimal = "'"
thousands = " "

[units]
d = "dy"

[texts]
"Magnesium intake: {verdict}" = "MAGNESIUM INTAKE> {verdict}"
"total" = "TOTAL"
"{headroom} still fits under it" = "{headroom} STILL FITS"
"""


def test_a_language_is_added_as_data_only(tmp_path: Path) -> None:
    """A copy of the package with one catalogue file and one registry entry, no code.

    Its texts, number separators and unit symbols are used; a text its
    catalogue lacks is shown in English (gettext's fallback); names keep the
    English form their sources give.
    """
    out = _in_a_copy(
        tmp_path,
        "xx.toml",
        _TEST_LANGUAGE,
        '\n[[language]]\nkey = "xx"\nname = "Test"\nfile = "xx.toml"\n',
        """
        print(mg.languages())
        day = [mg.food("almonds", "30 g"), mg.supplement("magnesium citrate", "1500 mg")]
        print(mg.assess_intake(day, sex="female", age=35).to_text("xx"))
        """,
    )
    lines = out.splitlines()
    assert lines[0] == "('en', 'da', 'xx')"
    # USDA 12061: 270 mg/100 g x 30 g = 81 mg; 1500 mg of trimagnesium dicitrate
    # (anhydrous, 16.17 % Mg) = 242.5 mg; EFSA's 250 mg/day leaves 7.5 mg
    assert lines[1].startswith("MAGNESIUM INTAKE> total 323'5 mg, supplemental 242'5 mg")
    assert lines[2].split() == ["Nuts,", "almonds", "(30", "g)", "81'0", "mg"]
    assert lines[6].split() == ["TOTAL", "323'5", "mg"]
    assert "250 mg/dy supplemental" in lines[7]  # its unit symbol; the rest in English
    assert lines[8].split()[1:] == ["7'5", "mg", "STILL", "FITS"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"numbers": None}, "da.toml, [numbers]: a table is expected"),
        ({"numbers": {"decimal": ","}}, "da.toml, [numbers]: field `thousands` is missing"),
        ({"units": {"h": 1}}, "da.toml, [units]: each unit symbol needs a text"),
        ({"texts": {}}, "da.toml: no [texts] table"),
    ],
)
def test_a_broken_catalogue_names_its_file(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, Any], message: str
) -> None:
    real = _data.toml

    def broken(name: str) -> dict[str, Any]:
        found = real(name)
        return {**found, **change} if name == "da.toml" else found

    monkeypatch.setattr(_data, "toml", broken)
    with pytest.raises(_data.DataFileError) as caught:
        _catalogue.catalogue.__wrapped__("da")
    assert str(caught.value).startswith(message)
