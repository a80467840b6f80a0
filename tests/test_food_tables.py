"""Two food tables, one lookup (issue 12): Frida for Danish names, USDA SR28 for English."""

from __future__ import annotations

import pytest

import magnesium as mg
from magnesium.foods import FRIDA, USDA, find_food, search_foods

# Frida spot values from the data README (mg per 100 g edible part), each row
# by its FoodID; the value is the source's full-precision mean.
FRIDA_SPOT_VALUES = [
    ("1671", "Rugbrød, fuldkorn, industrifremstillet", 48.8),
    ("59", "Havregryn, uspec.", 154.5),
    ("35", "Mandel, rå", 263.8),
    ("50", "Spinat, rå", 26.0),
    ("3", "Banan, rå", 28.1),
    ("1693", "Skyr, 0.2 % fedt", 12.0),
    ("1010", "Leverpostej", 12.5),
    ("1507", "Græskarkerner, tørret", 460.0),
    ("1022", "Chokolade, mørk", 121.2),
    ("1256", "Kakao, pulver", 523.0),
]


@pytest.mark.parametrize(("food_id", "name", "mg_per_100g"), FRIDA_SPOT_VALUES)
def test_frida_spot_values(food_id: str, name: str, mg_per_100g: float) -> None:
    """Frida's values, by FoodID, as the data README lists them (rounded there to 0.1)."""
    food = find_food(food_id, table="frida")
    assert food.description == name
    assert food.table == FRIDA
    assert round(food.mg_per_100g, 1) == mg_per_100g
    assert food.source == "FRIDA2025"


@pytest.mark.parametrize(
    ("name", "table", "description"),
    [
        # a Danish name resolves in Frida, an English one in USDA SR28
        ("mandler", FRIDA, "Mandel, rå"),
        ("almonds", USDA, "Nuts, almonds"),
        ("spinat", FRIDA, "Spinat, rå"),
        ("spinach", USDA, "Spinach, raw"),
        ("bananer", FRIDA, "Banan, rå"),  # a plural
        ("Græskarkerner, tørret", FRIDA, "Græskarkerner, tørret"),  # a Frida name
        ("Nuts, almonds", USDA, "Nuts, almonds"),  # a USDA description
    ],
)
def test_the_default_table_follows_the_language(name: str, table: str, description: str) -> None:
    """By default a Danish name is read in Frida, an English one in USDA SR28."""
    food = find_food(name)
    assert (food.table, food.description) == (table, description)


@pytest.mark.parametrize(
    ("name", "table", "description"),
    [
        ("mandler", "usda", "Nuts, almonds"),  # table= overrides a Danish name
        ("almonds", "frida", "Mandel, rå"),  # and an English one
        ("Almond, raw", "frida", "Mandel, rå"),  # Frida's English name
        ("havregryn", "usda", "Cereals, oats, regular and quick, not fortified, dry"),
    ],
)
def test_table_overrides_both_ways(name: str, table: str, description: str) -> None:
    """table= chooses the table whatever the language of the name."""
    assert find_food(name, table=table).description == description


def test_a_danish_only_food_is_not_in_usda() -> None:
    """skyr has no curated USDA entry: asked for in USDA, it is unknown."""
    assert find_food("skyr").table == FRIDA
    with pytest.raises(mg.UnknownNameError):
        find_food("skyr", table="usda")


def test_unknown_table_lists_the_tables() -> None:
    """A wrong table is an UnknownChoiceError with both choices."""
    with pytest.raises(mg.UnknownChoiceError, match='"usda", "frida"'):
        find_food("mandler", table="nordic")


def test_an_item_names_its_table_id_release_and_attribution() -> None:
    """A Frida item says table, FoodID and release, and cites Frida (the attribution)."""
    item = mg.food("mandler", "30 g")
    assert item.elemental_mg == pytest.approx(263.75 * 0.3)  # Frida 35
    assert str(item.explanation).startswith("Frida 35 (May 2025 release): 263.8 mg/100 g")
    assert item.sources == ("FRIDA2025",)
    assert "Technical University of Denmark" in mg.get_source("FRIDA2025").note
    shown = find_food("mandler").to_text()
    assert "Frida Food Data / Fødevaredata" in shown
    usda = mg.food("almonds", "30 g")
    assert str(usda.explanation).startswith("USDA SR28 12061")
    assert usda.sources == ("USDASR28",)


def test_tables_that_disagree_say_which_is_which() -> None:
    """Spinach: Frida 26, USDA 79 mg/100 g; both are reachable, each labelled."""
    danish, american = mg.food("spinat", "100 g"), mg.food("spinach", "100 g")
    assert danish.elemental_mg == pytest.approx(26.0)
    assert american.elemental_mg == pytest.approx(79.0)
    assert "Frida 50" in str(danish.explanation)
    assert "USDA SR28 11457" in str(american.explanation)


@pytest.mark.parametrize(
    ("alias", "read_as"),
    [("kakao", "cocoa milk"), ("rugbrød", "dark rye bread"), ("sild", "marinated herring")],
)
def test_an_ambiguous_alias_says_what_it_was_read_as(alias: str, read_as: str) -> None:
    """'kakao' is the drink, not the powder: the item says so, as generic salt names do."""
    item = mg.food(alias, "100 g")
    assert any(read_as in str(a) for a in item.assumptions)


def test_kakao_is_the_drink_and_kakaopulver_the_powder() -> None:
    """'2 dl kakao' was 363 mg of cocoa powder; the drink (Frida 1205) is 18.5 mg/100 g."""
    assert round(find_food("kakao").mg_per_100g, 1) == 18.5
    assert round(find_food("kakaopulver").mg_per_100g, 1) == 523.0


def test_search_marks_the_table() -> None:
    """search_foods searches both tables and each hit says which."""
    tables = {f.table for f in search_foods("almond", limit=20)}  # Frida's English names too
    assert tables == {FRIDA, USDA}
    assert {f.table for f in search_foods("mandel")} == {FRIDA}  # a Danish word: Frida
    assert all(f.table == FRIDA for f in search_foods("rugbrød", table="frida"))


def test_at_least_sixty_danish_foods() -> None:
    """The curated list maps at least 60 everyday Danish names to Frida."""
    from magnesium.foods import curated

    danish = [n for c in curated() if c.frida for n in c.danish]
    assert len(danish) >= 60
    for name in ["banan", "bananer", "rugbrød", "fuldkornsrugbrød", "havregryn", "skyr",
                 "leverpostej", "kartofler", "græskarkerner", "mørk chokolade", "kakaomælk",
                 "kakaopulver", "mandler", "hørfrø", "sild", "kaffe", "øl"]:  # fmt: skip
        assert find_food(name).table == FRIDA, name


# US customary cup in mL (NIST Handbook 44), for USDA's measured cup weights.
_CUP_ML = 236.5882365


@pytest.mark.parametrize(
    ("name", "amount", "grams", "source"),
    [
        ("rugbrød", "1 skive", 50.0, "FULDKORN"),  # "en skive rugbrød på 50 gram"
        ("fuldkornsrugbrød", "2 skiver", 100.0, "FULDKORN"),
        ("mandler", "1 håndfuld", 30.0, "DTUNUTS2015"),  # 30 g of nuts a day
        ("hasselnødder", "2 håndfulde", 60.0, "DTUNUTS2015"),
        ("almonds", "1 handful", 30.0, "DTUNUTS2015"),
        ("mandler", "1 lille håndfuld", 30.0, "ARTICLE"),  # the article's small handful
        ("banan", "1 stk", 118.0, "USDASR28"),  # USDA 09040 medium banana, 118 g
        ("bananer", "2 stk.", 236.0, "USDASR28"),
        ("havregrød", "1 portion", 234.0, "USDASR28"),  # USDA 08121 primary measure: 1 cup
        ("havregryn", "1 portion", 50.0, "ARTICLE"),  # the article's 1 dl of coarse oats
        ("oats", "1 cup", 81.0, "USDASR28"),  # USDA 08120 primary measure, not "ambiguous"
    ],
)
def test_danish_portions_weigh_what_their_source_says(
    name: str, amount: str, grams: float, source: str
) -> None:
    found, how = find_food(name).grams(amount)
    assert found == pytest.approx(grams)
    assert source in str(how)


@pytest.mark.parametrize(
    ("name", "amount", "grams"),
    [
        ("havregryn", "1 dl", 81.0 / _CUP_ML * 100),  # USDA 08120: 1 cup = 81 g, measured
        ("havregryn", "2 dl", 81.0 / _CUP_ML * 200),
        ("mælk", "1 glas", 244.0 / _CUP_ML * 200),  # a glass is 2 dl; USDA 01077 cup 244 g
        ("letmælk", "2 glas", 244.0 / _CUP_ML * 400),  # USDA 01079 cup 244 g
    ],
)
def test_volumes_use_a_measured_density(name: str, amount: str, grams: float) -> None:
    """ "1 dl havregryn" is a measured dl (34 g), not the article's 50 g."""
    found, how = find_food(name).grams(amount)
    assert found == pytest.approx(grams, rel=1e-3)
    assert "ARTICLE" not in str(how)


def test_a_glass_names_its_source() -> None:
    item = mg.food("mælk", "1 glas")
    assert "GLASS2DL" in str(item.explanation)
    assert mg.get_source("GLASS2DL").url.startswith("https://")


def test_an_unknown_measure_word_lists_the_foods_measures() -> None:
    with pytest.raises(mg.UnitError, match=r'"1 skive"'):
        mg.food("rugbrød", "1 klump")


def test_the_article_coarse_oats_row_keeps_its_figure() -> None:
    """The article's "1 dl coarse oats, 65 mg" is compared at its own 50 g."""
    row = next(a for a in mg.foods.ARTICLE_FOODS if a.food == "coarse oats")
    assert row.usda_mg().m_as("mg") == pytest.approx(138 * 0.5)  # 08120: 138 mg/100 g
