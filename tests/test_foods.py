"""Tests for magnesium.foods: the USDA SR28 table, names, portions and volumes."""

from __future__ import annotations

import subprocess
import sys

import pytest

import magnesium as mg
from magnesium.foods import ARTICLE_FOODS, curated, find_food, search_foods
from magnesium.foods._tables import frida_table, usda_table


def test_table_has_every_sr28_food() -> None:
    """The package holds all 8,050 SR28 foods and 14,608 measures (data README)."""
    foods, portions = usda_table()
    assert len(foods) == 8050
    assert sum(len(p) for p in portions.values()) == 14608
    assert len(portions) == 7823  # foods with at least one measure


# Spot checks, mg per 100 g: shared/data/README.md table and facts.md section 3.
@pytest.mark.parametrize(
    ("ndb", "description", "mg_per_100g"),
    [
        ("12061", "Nuts, almonds", 270),
        ("20038", "Oats", 177),
        ("16015", "Beans, black, mature seeds, cooked, boiled, without salt", 70),
        ("11457", "Spinach, raw", 79),
        ("18075", "Bread, whole-wheat, commercially prepared", 75),
        ("08120", "Cereals, oats, regular and quick, not fortified, dry", 138),
        ("12016", "Seeds, pumpkin and squash seed kernels, roasted, without salt", 550),
        ("12006", "Seeds, chia seeds, dried", 335),
        ("19904", "Chocolate, dark, 70-85% cacao solids", 228),
        ("01077", "Milk, whole, 3.25% milkfat, with added vitamin D", 10),
        ("01001", "Butter, salted", 2),
    ],
)
def test_usda_values(ndb: str, description: str, mg_per_100g: float) -> None:
    """USDA SR28 values are carried unchanged."""
    food = find_food(ndb)
    assert food.description == description
    assert food.mg_per_100g == mg_per_100g
    assert food.source == "USDASR28"


@pytest.mark.parametrize(
    ("name", "amount", "expected_mg"),
    [
        ("almonds", "30 g", 81.0),  # data README: 270 x 30/100
        ("almonds", "1 oz", 76.545),  # data README: 1 oz gives 76.5 mg
        ("black beans", "1 dl", 70 * 172 / 236.5882365 * 100 / 100),  # facts.md: ~51 mg
        ("black beans", "0.5 cup", 60.2),  # NIH: 1/2 cup 60 mg; USDA 86 g x 0.70
        ("raw spinach", "50 g", 39.5),  # facts.md: 50 g -> 40
        ("spinach", "100 g", 79.0),
        ("whole-grain bread", "2 slices", 48.0),  # facts.md: 2 x 32 g -> 48
        ("whole-grain bread", "2 skiver", 48.0),  # Danish measure word
        ("brown rice", "1 cup", 78.78),  # facts.md: 1 cup 202 g -> 79
        ("milk", "1 cup", 24.4),  # facts.md: 1 cup 244 g -> 24
        ("pumpkin seeds", "1 oz", 155.925),  # facts.md: 1 oz -> 156
    ],
)
def test_portion_magnesium(name: str, amount: str, expected_mg: float) -> None:
    """Magnesium per amount follows USDA's value and household measures."""
    assert find_food(name).magnesium(amount).m_as("mg") == pytest.approx(expected_mg, rel=1e-3)


@pytest.mark.parametrize(
    ("name", "amount", "grams"),
    [
        ("almonds", "1 small handful", 30.0),  # article: a small handful = 30 g
        ("mandler", "1 lille håndfuld", 30.0),
        ("coarse oats", "1 portion", 50.0),  # article: 1 dl coarse oats = 50 g
        ("havregryn", "2 portioner", 100.0),
        ("spinach", "1 portion", 50.0),  # article: raw spinach "2 cups" = 50 g
    ],
)
def test_article_portions(name: str, amount: str, grams: float) -> None:
    """The article's portion weights are named portions with the ARTICLE source."""
    found, how = find_food(name).grams(amount)
    assert found == pytest.approx(grams)
    assert "ARTICLE" in str(how)


def test_article_food_table_rows() -> None:
    """The article's food table is kept, with its figures (article-spec section 1)."""
    assert [(a.food, a.amount, a.article_mg) for a in ARTICLE_FOODS] == [
        ("almonds", "30 g", 80.0),
        ("coarse oats", "50 g", 65.0),
        ("black beans", "1 dl", 60.0),
        ("raw spinach", "50 g", 40.0),
        ("whole-grain bread", "2 slices", 30.0),
    ]


@pytest.mark.parametrize(
    ("food", "usda_mg"),
    [
        ("almonds", 81.0),  # facts.md section 3: 30 g -> 81
        ("coarse oats", 69.0),  # 08120 138 mg/100 g x 50 g
        ("black beans", 50.9),  # facts.md: 1 dl ~ 51, not the article's 60
        ("raw spinach", 39.5),  # facts.md: 50 g -> 40
        ("whole-grain bread", 48.0),  # facts.md: about 48, not the article's 30
    ],
)
def test_article_vs_usda(food: str, usda_mg: float) -> None:
    """Where the article and USDA differ, USDA's figure is what the library computes."""
    row = next(a for a in ARTICLE_FOODS if a.food == food)
    assert row.usda_mg().m_as("mg") == pytest.approx(usda_mg, abs=0.1)


@pytest.mark.parametrize(
    ("name", "ndb"),
    [
        ("almonds", "12061"),
        ("Mandler", "35"),  # a Danish name: Frida (issue 12)
        ("havregryn", "59"),
        ("spinat", "50"),
        ("rugbrød", "1670"),
        ("rugbrod", "1670"),
        ("fuldkornsbrød", "615"),  # Danish: Frida 615, coarse wheat bread with kernels (issue 23)
        ("sorte bønner", "1814"),
        ("black beans, cooked", "16015"),
        ("græskarkerner", "1507"),
        ("pumpernickel", "18044"),
        ("12061", "12061"),
        ("1077", "01077"),
        ("nuts, ALMONDS", "12061"),
    ],
)
def test_find_by_name_id_or_description(name: str, ndb: str) -> None:
    """Foods are found by English or Danish name, NDB number or USDA description."""
    assert find_food(name).ndb == ndb


def test_rugbrod_reads_as_a_danish_rye_bread() -> None:
    """'rugbrød' is Frida's dark rye bread, and the item says what it was read as."""
    assert find_food("rugbrød").description == "Rugbrød, mørkt, industrifremstillet"
    item = mg.food("rugbrød", "50 g")
    assert any("read as dark rye bread" in str(a) for a in item.assumptions)


def test_curated_list() -> None:
    """At least 40 curated foods; every id a real entry of its table; names unique."""
    foods, _ = usda_table()
    assert len(curated()) >= 40
    assert all(c.ndb in foods for c in curated() if c.ndb)
    assert all(c.frida in frida_table() for c in curated() if c.frida)
    assert all(c.ndb or c.frida for c in curated())
    english = [n for c in curated() for n in c.names]
    danish = [n for c in curated() for n in c.danish]
    assert len(english) == len(set(english))
    assert len(danish) == len(set(danish))


def test_unknown_food_suggests() -> None:
    """An unknown food lists close curated names and USDA descriptions."""
    with pytest.raises(mg.UnknownNameError, match="black beans") as info:
        find_food("beans")  # many beans, none clearly ahead
    assert info.value.candidates[:2] == ("black beans", "kidney beans")  # curated names
    assert "Beans, snap, green, raw" in info.value.candidates  # else the table's own
    assert find_food("almods").ndb == "12061"  # a typo of a curated name is read


def test_food_name_must_be_text() -> None:
    """A non-string food name is a TypeError."""
    with pytest.raises(TypeError, match="food name"):
        find_food(None)  # type: ignore[arg-type]


def test_search_puts_curated_first() -> None:
    """Search returns curated foods first, then shorter USDA descriptions."""
    hits = search_foods("almonds", table="usda")
    assert hits[0].ndb == "12061"
    assert all("almond" in h.description.casefold() for h in hits)
    assert search_foods("   ") == ()
    assert search_foods("spinat", table="usda")[0].ndb == "11457"
    assert search_foods("spinat")[0].description == "Spinat, rå"  # Frida 50, plainest


def test_volume_needs_agreeing_measures() -> None:
    """A volume is ambiguous where USDA's cup measures differ; a named measure settles it."""
    almonds = find_food("almonds")
    with pytest.raises(mg.AmbiguousNameError) as info:
        almonds.grams("1 dl")
    assert "cup, whole" in info.value.candidates
    grams, how = almonds.grams("1 dl", measure="cup, whole")
    assert grams == pytest.approx(100 * 143 / 236.5882365)
    assert "cup, whole" in str(how)


def test_household_measure_ambiguity() -> None:
    """'1 cup' of almonds matches several USDA cups and is an error listing them."""
    with pytest.raises(mg.AmbiguousNameError, match="cup, sliced"):
        find_food("almonds").grams("1 cup")


def test_single_headed_measure_is_found() -> None:
    """'1 slice' finds USDA's only slice measure even with a qualifier ('slice, regular')."""
    with pytest.raises(mg.AmbiguousNameError):
        find_food("pumpernickel").grams("1 slice")  # regular, thin, snack-size differ
    grams, _ = find_food("pumpernickel").grams("1 slice, regular")
    assert grams == 26.0


def test_volume_without_usda_measure() -> None:
    """A food with no USDA volume measure refuses a volume and asks for a mass."""
    with pytest.raises(mg.UnitError, match="no volume measure"):
        find_food("whole-grain bread").grams("1 dl")
    with pytest.raises(mg.UnitError, match="no volume measure"):
        find_food("black beans").grams("1 dl", measure="cup, chopped")


def test_amount_of_wrong_kind() -> None:
    """An amount that is neither mass, volume nor a measure says what is needed."""
    with pytest.raises(mg.UnitError, match="household measure such as"):
        find_food("almonds").grams("2 h")


def test_import_is_lazy() -> None:
    """import magnesium does not read the 1 MB of food tables; first use does."""
    code = (
        "import sys, magnesium; from magnesium.foods import _tables; "
        "assert _tables.usda_table.cache_info().currsize == 0; "
        "assert _tables.frida_table.cache_info().currsize == 0; "
        "magnesium.find_food('almonds'); "
        "assert _tables.usda_table.cache_info().currsize == 1; "
        "assert _tables.frida_table.cache_info().currsize == 0; "
        "magnesium.find_food('Mandel, rå'); "
        "assert _tables.frida_table.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Size words where USDA puts them after the item, and an unsized whole item
# read as "medium" (issue 23; foodmineral.com's list: "avocado, 1 medium, 58 mg",
# "baked potato with skin, 1 medium, 48 mg").
@pytest.mark.parametrize(
    ("name", "amount", "grams"),
    [
        ("baked potato", "1 medium", 173.0),  # USDA SR28 11674 "potato medium"
        ("baked potato", "2 large", 2 * 299.0),  # "potato large"
        ("avocado", "1 medium", 201.0),  # 09037: one unsized "avocado, NS as to ..."
        ("banana", "1 large", 136.0),  # 09040 "large (8\" to 8-7/8\" long)"
    ],
)
def test_size_words(name: str, amount: str, grams: float) -> None:
    item = mg.food(name, amount)
    assert item.food_id is not None
    per_100g = mg.find_food(item.food_id.split(":")[1]).mg_per_100g
    assert item.elemental_mg == pytest.approx(per_100g * grams / 100)


def test_an_unsized_item_is_medium_only() -> None:
    """USDA's one avocado is the average one: "1 large avocado" is not read as it."""
    with pytest.raises(mg.UnitError, match="household measure"):
        mg.food("avocado", "1 large")


def test_cocoa_is_cacao() -> None:
    """USDA says "cacao solids"; people say cocoa."""
    assert mg.food("dark chocolate 70-85% cocoa", "1 oz").food_id == "usda:19904"
