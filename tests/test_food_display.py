"""A food and a food search as a reader sees them, whole, in English and Danish (issue 23).

The figures are the tables' own: USDA SR28 12061 almonds 270 mg/100 g with
SR28's measures (cup, whole 143 g; sliced 92 g; slivered 108 g; ground 95 g;
oz 28.35 g; one almond 1.2 g); Frida 35 "Mandel, rå" 263.75 mg/100 g; the
article's small handful of 30 g and DTU's håndfuld of 30 g (DTUNUTS2015).
Written whole, so a changed word or number in the rendering fails.
"""

from __future__ import annotations

import magnesium as mg

_USDA_MEASURES = [
    ("cup, whole", "143"), ("cup, sliced", "92"), ("cup, slivered", "108"),
    ("cup, ground", "95"), ("oz (23 whole kernels)", "28.35"), ("almond", "1.2"),
]  # fmt: skip


def test_a_usda_food_in_english() -> None:
    lines = [
        "Nuts, almonds (USDA SR28 12061): 270 mg magnesium per 100 g",
        "  group              Nut and Seed Products",
        "  names              almonds, almond, mandler, mandel",
        "  household measure  1 small handful = 30 g (ARTICLE)",
        "  household measure  1 portion = 30 g (ARTICLE)",
        "  household measure  1 håndfuld = 30 g (DTUNUTS2015)",
        *(f"  household measure  1 {m} = {g} g (USDASR28)" for m, g in _USDA_MEASURES),
    ]
    assert mg.find_food("almonds").to_text() == "\n".join(lines)


def test_a_usda_food_in_danish() -> None:
    lines = [
        "Nuts, almonds (USDA SR28 12061): 270 mg magnesium pr. 100 g",
        "  gruppe  Nut and Seed Products",
        "  navne   almonds, almond, mandler, mandel",
        "  mål     1 small handful = 30 g (artiklen)",
        "  mål     1 portion = 30 g (artiklen)",
        "  mål     1 håndfuld = 30 g (DTUNUTS2015)",
        *(f"  mål     1 {m} = {g.replace('.', ',')} g (USDASR28)" for m, g in _USDA_MEASURES),
    ]
    assert mg.find_food("almonds").to_text("da") == "\n".join(lines)


def test_a_frida_food_in_both_languages() -> None:
    almond = mg.find_food("mandler")
    english = almond.to_text().splitlines()
    assert english[:4] == [
        "Almond, raw (Frida 35, May 2025 release): 263.8 mg magnesium per 100 g",
        "  Danish name        Mandel, rå",
        "  group              Nødder",
        (
            "  attribution        Frida Food Data / Fødevaredata (frida.fooddata.dk), May 2025 "
            "release, National Food Institute, Technical University of Denmark"
        ),
    ]
    danish = almond.to_text("da").splitlines()
    assert danish[:3] == [
        "Mandel, rå (Frida 35, udgaven fra maj 2025): 263,8 mg magnesium pr. 100 g",
        "  dansk navn      Mandel, rå",
        "  gruppe          Nødder",
    ]
    assert danish[5] == "  mål             1 håndfuld = 30 g (DTUNUTS2015)"


def test_a_search_in_both_languages() -> None:
    found = mg.search_foods("mandler", limit=2)
    assert found.to_text("da").splitlines() == [
        'Fødevarer for "mandler": 2 fund',
        (
            "  frida 35    Mandel, rå / Almond, raw: 263,8 mg/100 g; håndfuld, small handful, "
            "portion, cup, whole"
        ),
        (
            "  usda 12063  Nuts, almonds, dry roasted, without salt added: 279,0 mg/100 g; "
            "cup whole kernels, oz (22 whole kernels)"
        ),
    ]
    assert found.to_text().splitlines()[0] == 'Foods for "mandler": 2 hits'
    assert mg.search_foods("almonds", limit=1).to_text().splitlines()[0] == (
        'Foods for "almonds": 1 hit'
    )


def test_a_search_as_a_frame() -> None:
    frame = mg.search_foods("mandler", limit=2).to_frame()
    assert frame.columns.tolist() == [
        "table", "id", "description", "danish", "english", "mg_per_100g", "measures"
    ]  # fmt: skip
    assert frame.iloc[0].to_dict() == {
        "table": "frida",
        "id": "35",
        "description": "Almond, raw",
        "danish": "Mandel, rå",
        "english": "Almond, raw",
        "mg_per_100g": 263.75,
        "measures": "håndfuld, small handful, portion, cup, whole, cup, sliced, cup, "
        "slivered, cup, ground, oz (23 whole kernels), almond",
    }
    assert frame["table"].tolist() == ["frida", "usda"]
    assert frame.iloc[1]["danish"] == ""
    assert frame.iloc[1]["mg_per_100g"] == 279.0  # USDA SR28 12063
