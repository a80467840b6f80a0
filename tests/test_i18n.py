"""Tests of the English and Danish texts: one catalogue, complete, chosen per call."""

from __future__ import annotations

import json
import string

import pytest

import magnesium as mg
from _templates import all_templates
from magnesium._catalogue import DANISH, catalogue
from magnesium._i18n import msg
from test_display import EXPECTED, results


def _fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)


@pytest.mark.parametrize("lang", mg.languages()[1:])
def test_every_english_text_has_a_translation(lang: str) -> None:
    """Every template the library writes (code literals and table texts) is in each catalogue.

    A registered language is held complete here, though at run time a text a
    catalogue lacks would show in English (gettext's fallback).
    """
    templates = all_templates()
    missing = sorted(t for t in templates if t not in catalogue(lang).texts)
    assert missing == []


@pytest.mark.parametrize("lang", mg.languages()[1:])
def test_no_stale_translations(lang: str) -> None:
    """A catalogue holds nothing the library no longer writes."""
    assert sorted(set(catalogue(lang).texts) - all_templates()) == []


def test_danish_is_the_registered_catalogue() -> None:
    assert dict(DANISH) == dict(catalogue("da").texts)
    assert catalogue("en").texts == {}  # English is the templates themselves


@pytest.mark.parametrize("english", sorted(DANISH))
def test_danish_has_the_same_fields(english: str) -> None:
    """A Danish template fills exactly the fields of its English one, and is not empty."""
    danish = DANISH[english]
    assert danish.strip()
    assert _fields(danish) == _fields(english)


@pytest.fixture(scope="module")
def rendered() -> dict[str, mg.IntakeReport]:
    return results()  # type: ignore[return-value]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_result_renders_in_danish(rendered: dict[str, object], name: str) -> None:
    """to_text, to_html and to_dict work in Danish; no English template is left over."""
    result = rendered[name]
    danish = result.to_text(lang="da")  # type: ignore[attr-defined]
    assert danish
    html = result.to_html(lang="da")  # type: ignore[attr-defined]
    assert html.startswith("<div class='magnesium-result'>")
    data = result.to_dict(lang="da")  # type: ignore[attr-defined]
    assert json.loads(json.dumps(data)) == data


# What the Danish rendering says (the catalogue's words, for figures checked in English).
DANISH_WORDS = {
    "report": ["Magnesiumindtag", "fra tilskud", "øvre grænse", "323,5 mg",
               "mere under grænsen"],
    "interactions": ["nedsætter lægemidlets optagelse", "ingen kendt interaktion"],
    "interaction": ["Tag lægemidlet mindst 2 t før eller mindst 6 t efter magnesium"],
    "check": ["1 konflikt", "lægemiddel før magnesium", "kræver 2 t"],
    "windows": ["Tidsvinduer for magnesium", "intet magnesium efter"],
    "serum": ["Serum-magnesium 0,70 mmol/L: lav", "under referenceintervallet"],
    "assessment": ["risiko for mangel høj", "spørg en læge eller klinisk diætist"],
    "recommendation": ["Kosten først", "om aftenen, med et let måltid", "Stræk lægge"],
    "plan": ["Tilskudsforsøg", "4-6 uger", "levothyroxin:"],  # the Danish drug name
    "evidence": ["Cochrane 2020", "Magnesium giver næppe klinisk betydende forebyggelse"],
    "score": ["Magnesiumtabsscore (MDS): 4 af 5", "højeste gruppe", "ikke en diagnose"],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DANISH_WORDS))
def test_danish_words(rendered: dict[str, object], name: str) -> None:
    """The Danish rendering uses the catalogue's Danish, with decimal commas."""
    danish = rendered[name].to_text(lang="da")  # type: ignore[attr-defined]
    for words in DANISH_WORDS[name]:
        assert words in danish, (name, words)


def test_danish_in_to_dict(rendered: dict[str, object]) -> None:
    """to_dict(lang="da") writes texts in Danish, codes (enum values) unchanged."""
    data = rendered["assessment"].to_dict(lang="da")  # type: ignore[attr-defined]
    texts = [f["text"] for f in data["rules_fired"]]
    assert "Aktuel brug af protonpumpehæmmer: 1 point." in texts
    assert data["serum"]["status"] == "low"  # a code, not a text
    assert data["recommendation"]["summary"].startswith("Søg læge: Serum-magnesium 0,68")
    assert data["urgency"] == "doctor"  # a code


def test_english_is_the_default_and_nothing_is_global(rendered: dict[str, object]) -> None:
    """Danish is chosen per call; rendering Danish never changes the next English one."""
    report = rendered["report"]
    english = report.to_text()  # type: ignore[attr-defined]
    report.to_text(lang="da")  # type: ignore[attr-defined]
    assert report.to_text() == english  # type: ignore[attr-defined]
    assert "Magnesium intake" in english
    assert report._repr_html_() == report.to_html(lang="en")  # type: ignore[attr-defined]


def test_decimal_comma_in_danish() -> None:
    """Numbers get a decimal comma in Danish and a point in English."""
    text = msg("{mg:.1f} mg", mg=81.25)
    assert text.render("en") == "81.2 mg"
    assert text.render("da") == "81,2 mg"


def test_unknown_language() -> None:
    """A language other than en or da is an error naming the choices."""
    with pytest.raises(mg.UnknownNameError, match="language") as info:
        mg.assess_intake([]).to_text(lang="de")
    assert info.value.candidates == ("en", "da")


def test_messages_render_in_both() -> None:
    """Item texts (explanations, assumptions) render in both languages."""
    item = mg.supplement("magnesium citrate", "1.5 g")
    assert "read as" in str(item.assumptions[0])
    assert "læst som" in item.assumptions[0].render("da")
    assert item.explanation.render("da").endswith("× 16,16 % magnesium")


# --- issue 26: a `with mg.language(...)` block -----------------------------------------


def test_a_language_block_sets_the_default_and_is_undone() -> None:
    report = mg.assess_intake([mg.supplement(elemental="300 mg")], sex="female", age=40)
    english = report.to_text()
    with mg.language("da") as chosen:
        assert chosen == "da"
        assert report.to_text() == report.to_text("da") != english
        assert report._repr_html_() == report.to_html("da")
        assert report.to_dict() == report.to_dict("da")
        assert str(msg("total")) == "i alt"  # a text's str() too
        assert report.to_text("en") == english  # lang= still wins
        with mg.language("en"):
            assert report.to_text() == english  # nested blocks
        assert report.to_text() == report.to_text("da")
    assert report.to_text() == english


def test_a_language_block_holds_for_its_own_thread_only() -> None:
    """A context variable: another thread keeps English while one is in a Danish block."""
    import threading

    report = mg.assess_intake([mg.supplement(elemental="300 mg")])
    inside, outside = threading.Barrier(2), threading.Barrier(2)
    seen: dict[str, str] = {}

    def danish() -> None:
        with mg.language("da"):
            inside.wait()  # the other thread renders while this block is open
            seen["danish"] = report.headline
            outside.wait()

    def english() -> None:
        inside.wait()
        seen["english"] = report.headline
        outside.wait()

    threads = [threading.Thread(target=danish), threading.Thread(target=english)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen["english"].startswith("Magnesium intake:")
    assert seen["danish"].startswith("Magnesiumindtag:")


def test_a_language_block_refuses_an_unknown_language() -> None:
    with pytest.raises(mg.UnknownNameError, match='unknown language "sv"'), mg.language("sv"):
        pass  # pragma: no cover - never entered
