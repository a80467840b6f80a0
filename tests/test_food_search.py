"""Foods as people type them (issue 23): one ranked search over both tables, used everywhere.

The benchmark (tests/data/food_queries.tsv, made by tools/make_food_queries.py)
holds 456 queries as users type them, each with the food ids that answer it,
chosen by reading the tables: the rows of NIH ODS's table of magnesium
sources as printed, common US foods, everyday Danish foods, each with a
typo and in another form. The Food tables page reports the hit rates; the
test fails below them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pint
import pytest

import magnesium as mg
from magnesium.foods import MARGIN, FoodSearch, _search, find_food, query_language, search_foods

QUERIES = Path(__file__).parent / "data" / "food_queries.tsv"
# The rates the Food tables page reports (hits out of queries), per language.
REPORTED = {"en": (297, 297, 298), "da": (207, 208, 208)}  # top-1, top-3, queries


def _queries() -> list[tuple[str, frozenset[str], str | None]]:
    rows = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        query, answers, lang, _ = line.split("\t")
        rows.append((query, frozenset(answers.split()), lang or None))
    return rows


def test_the_benchmark_is_large_enough() -> None:
    """At least 300 queries, in both languages, each with its answers from the tables."""
    rows = _queries()
    assert len(rows) >= 300
    tables = {a.split(":")[0] for _, answers, _ in rows for a in answers}
    assert tables == {"usda", "frida"}
    for _, answers, _ in rows:  # every answer is a real food of its table
        for answer in answers:
            table, food_id = answer.split(":")
            assert find_food(food_id, table=table).ndb == food_id


def test_hit_rates_are_at_least_the_reported() -> None:
    """Top-1 and top-3 hit rates per language are not below the Food tables page's."""
    found: dict[str, list[int]] = {"en": [0, 0, 0], "da": [0, 0, 0]}
    for query, answers, lang in _queries():
        got = [f"{f.table}:{f.ndb}" for f in search_foods(query, lang=lang, limit=3)]
        counts = found["da" if next(iter(answers)).startswith("frida") else "en"]
        counts[0] += bool(got[:1]) and got[0] in answers
        counts[1] += bool(answers & set(got))
        counts[2] += 1
    for language, (top1, top3, total) in REPORTED.items():
        assert found[language][2] == total, language
        assert found[language][0] >= top1, (language, found[language])
        assert found[language][1] >= top3, (language, found[language])
    # the goal of issue 23: top-1 at least 95 %, top-3 at least 99 %
    assert all(top1 / total >= 0.95 for top1, _, total in REPORTED.values())
    assert all(top3 / total >= 0.99 for _, top3, total in REPORTED.values())


@pytest.mark.parametrize(
    ("query", "ndb"),
    [
        ("almonds, dry roasted", "12063"),  # the table's order
        ("dry roasted almonds", "12063"),  # another order
        ("ALMONDS; DRY-ROASTED", "12063"),  # case and punctuation
        ("almond", "12061"),  # singular
        ("spinach, boiled", "11458"),  # boiled = cooked
        ("cooked spinach", "11458"),
        ("alomnds", "12061"),  # two letters swapped
        ("almonnds", "12061"),  # one letter too many
        ("aple", "09003"),  # a double letter typed once: apples, not Alpen cereal
        ("aples", "09003"),
    ],
)
def test_search_reads_order_form_and_typos(query: str, ndb: str) -> None:
    """Word order, punctuation, case, plurals, cooking words and typos are read."""
    assert search_foods(query, limit=1)[0].ndb == ndb


@pytest.mark.parametrize(
    ("query", "description"),
    [
        ("rugbrød", "Rugbrød, mørkt, industrifremstillet"),
        ("rugbroed", "Rugbrød, mørkt, industrifremstillet"),  # ø as oe
        ("græskarkærner", "Græskarkerner, tørret"),  # a spelling variant
        ("mandlerne", "Mandel, rå"),  # a definite plural
        ("havregrynn", "Havregryn, uspec."),  # a typo
        ("blaabaer", "Blåbær, rå"),  # å as aa, æ as ae
        ("æg", "Æg, høne, skrabehøns, rå"),  # the hen's egg, not the duck's or a salad
        ("oksekød", "Oksekød, uspec., magert, råt"),
        ("fisk", "Torsk, filet, rå"),
        ("ris", "Ris, kogte"),  # Frida 1973's names, swapped in the release, put right
        ("champignon", "Champignon, rå"),  # a bare name: the raw food, not the canned
    ],
)
def test_danish_words_read_frida(query: str, description: str) -> None:
    """Danish words read Frida first, in their Danish forms and spellings."""
    found = search_foods(query, limit=1)[0]
    assert (found.table, found.description) == ("frida", description)


@pytest.mark.parametrize(
    ("query", "lang", "table"),
    [
        ("apple", None, "usda"),
        ("æble", None, "frida"),
        ("broccoli", None, "usda"),  # both languages' word: English unless told
        ("broccoli", "da", "frida"),
        ("chicken", None, "usda"),
        ("kylling", None, "frida"),
    ],
)
def test_language_routing(query: str, lang: str | None, table: str) -> None:
    """English words read USDA first, Danish words Frida; lang= decides a shared word."""
    assert search_foods(query, lang=lang, limit=1)[0].table == table
    assert find_food(query, lang=lang).table == table


def test_a_food_only_the_other_table_has_is_used() -> None:
    """A Danish word for a food Frida lacks reads USDA, and the item says which table."""
    item = mg.food("paranødder", "30 g")  # Brazil nuts: not in Frida
    assert "USDA SR28 12078" in str(item.explanation)
    assert search_foods("dadler", limit=1)[0].table == "usda"  # dates: USDA only
    assert search_foods("Rye bread, dark", table="frida", limit=1)[0].table == "frida"
    assert query_language("halibut") == "en"
    assert query_language("helleflynder") == "da"
    assert query_language("anything", "da") == "da"
    with pytest.raises(mg.UnknownChoiceError, match="language"):
        query_language("x", "de")


def test_table_keeps_one_table() -> None:
    """table= keeps the hits to one table."""
    assert {f.table for f in search_foods("almond", table="frida", limit=5)} == {"frida"}
    assert {f.table for f in search_foods("mandel", table="usda", limit=5)} <= {"usda"}


def test_food_reads_a_clear_top_hit_and_says_so() -> None:
    """mg.food takes the top hit when it is clearly ahead, and the item says what it read."""
    item = mg.food("almonds, dry roasted", "1 oz")
    assert item.name == "Nuts, almonds, dry roasted, without salt added"
    assert "USDA SR28 12063" in str(item.explanation)
    (said,) = [str(a) for a in item.assumptions if "read as" in str(a)]
    assert said == (
        '"almonds, dry roasted" read as Nuts, almonds, dry roasted, without salt added '
        "(USDA SR28 12063), the clear best match"
    )
    assert "det klart bedste match" in item.assumptions[0].render("da")
    assert item.to_dict()["assumptions"][0] == said


def test_food_refuses_when_no_hit_is_clearly_ahead() -> None:
    """'beans' could be many beans: an error lists the best, curated names first."""
    with pytest.raises(mg.UnknownNameError) as info:
        mg.food("beans", "100 g")
    assert info.value.candidates[:2] == ("black beans", "kidney beans")
    assert MARGIN == 1.15
    with pytest.raises(mg.UnknownNameError):
        mg.food("xqzv plorb", "100 g")  # nothing at all


def test_same_magnesium_does_not_stand_in_the_way() -> None:
    """With or without salt, the magnesium is the same: the top one is read."""
    assert mg.food("dry roasted cashews", "30 g").name.startswith("Nuts, cashew nuts, dry roasted")


@pytest.mark.parametrize(
    ("amount", "grams"),
    [
        ("½ cup", 0.5 * 180),  # USDA 11458 cooked spinach: 1 cup = 180 g
        ("1/2 cup", 90.0),
        ("1 1/2 cups", 270.0),
        ("1½ cup", 270.0),
        ("¼ cup", 45.0),
    ],
)
def test_fractions(amount: str, grams: float) -> None:
    """Fractions as cookbooks write them: ½, ¼, 1/2, 1 1/2, 1½."""
    spinach = find_food("spinach, boiled")
    assert spinach.grams(amount)[0] == pytest.approx(grams)


def test_gr_and_a_thousands_point_are_refused() -> None:
    """'30 gr' could be grains or grams; '1.500 g' could be 1.5 g or 1500 g."""
    with pytest.raises(mg.UnitError, match='"gr" could be grams or grains'):
        mg.food("almonds", "30 gr")
    with pytest.raises(mg.UnitError, match='"gr" could be grams or grains'):
        mg.supplement("magnesium citrate", "300 gr")
    with pytest.raises(mg.InvalidAmountError, match="Danish thousands point"):
        mg.food("almonds", "1.500 g")
    with pytest.raises(mg.InvalidAmountError, match="decimal comma or a thousands"):
        mg.food("almonds", "1,500 small handful")
    assert mg.food("almonds", "1.5 g").elemental_mg == pytest.approx(4.05)
    assert mg.to_meq("24.305 mg") == pytest.approx(2.0)  # read as a decimal
    with pytest.raises(mg.InvalidAmountError, match="denominator"):
        mg.food("almonds", "1/0 cup")


OUNCE_G = 28.349523125  # the avoirdupois ounce (NIST Handbook 44)
TBSP_PER_CUP = 16  # US customary: 1 cup = 16 tablespoons (NIST Handbook 44)


@pytest.mark.parametrize(
    ("name", "amount", "ndb", "grams"),
    [
        # the older NIH ODS table's rows as printed; grams from SR28's measures
        ("Cereal, shredded wheat", "2 rectangular biscuits", "08147", 47.0),  # 2 biscuits 47 g
        ("Peanut butter, smooth", "2 Tablespoons", "16098", 32.0),  # 2 tbsp 32 g
        ("Wheat Bran, crude", "2 Tablespoons", "20077", 2 * 58 / TBSP_PER_CUP),  # cup 58 g
        ("Wheat Germ, crude", "2 Tablespoons", "20078", 2 * 115 / TBSP_PER_CUP),  # cup 115 g
        ("Yogurt, plain, skim milk", "8 fluid ounces", "01118", 245.0),  # cup (8 fl oz) 245 g
        ("Milk Chocolate candy bar", "1.5 ounce bar", "19120", 1.5 * OUNCE_G),
        ("Puddings, chocolate, ready-to-eat", "4 ounce portion", "19183", 4 * OUNCE_G),
        ("Chocolate milk", "1 cup", "01102", 250.0),  # cup 250 g
        ("Banana, raw", "1 medium", "09040", 118.0),  # medium (7" to 7-7/8" long) 118 g
        ("Blackeyed Peas, cooked", "½ cup", "16063", 171 / 2),  # cup 171 g
        ("Pinto Beans, cooked", "½ cup", "16043", 171 / 2),  # cup 171 g
        ("Soybeans, mature, cooked", "½ cup", "16109", 172 / 2),  # cup 172 g
        ("Nuts, mixed, dry roasted", "1 ounce", "12135", 28.35),  # oz 28.35 g
        ("Rice, brown, long-grained, cooked", "½ cup", "20037", 202 / 2),  # cup 202 g
        ("Potato, baked w/ skin", "1 medium", "11674", 173.0),  # potato medium 173 g
        ("almonds", "3 Ounces", "12061", 3 * OUNCE_G),
        ("almonds", "2 OUNCES", "12061", 2 * OUNCE_G),
        ("yogurt, plain, skim milk", "8 fl. oz.", "01118", 245.0),
        ("milk", "1 Cup", "01077", 244.0),  # cup 244 g
    ],
)
def test_rows_as_printed(name: str, amount: str, ndb: str, grams: float) -> None:
    """Printed tables' rows are read: unit words in any case, fractions, shape words."""
    item = mg.food(name, amount)
    assert item.food_id == f"usda:{ndb}"
    per_100g = find_food(ndb, table="usda").mg_per_100g
    assert item.elemental_mg == pytest.approx(per_100g * grams / 100, rel=1e-3)


def test_a_mass_may_name_what_it_weighs_and_says_so() -> None:
    """'1.5 ounce bar' is 1.5 oz, and the item says how it read it; a plural is refused."""
    item = mg.food("milk chocolate", "1.5 ounce bar")
    assert 'mass ("1.5 ounce bar" read as 1.5 oz)' in str(item.explanation)
    assert 'masse ("1.5 ounce bar" læst som 1.5 oz)' in item.explanation.render("da")
    pudding = "puddings, chocolate, ready-to-eat"
    portion = mg.food(pudding, "4 ounce ready-to-eat portion")
    assert portion.elemental_mg == pytest.approx(mg.food(pudding, f"{4 * OUNCE_G} g").elemental_mg)
    refused = ["2 oz pieces", "2 oz 3", "1 oz bar 2", "30 g bar", "1 cup glass", "8 ounce glass"]
    for amount in refused:
        with pytest.raises(mg.UnitError, match="needs a mass"):
            mg.food("almonds", amount)


CUP_ML = 236.5882365  # NIST Handbook 44


@pytest.mark.parametrize(
    ("name", "amount", "grams"),
    [
        # Canadian tables print mL first: at the density of SR28's cup (180 g)
        ("spinach, cooked", "125 mL (½ cup)", 125 / CUP_ML * 180.0),
        ("spinach, cooked", "125 mL (1/2 cup)", 125 / CUP_ML * 180.0),
        # US labels print the mass second: the mass is used
        ("whole milk", "1 cup (244 g)", 244.0),
        ("whole milk", "1 cup (195g)", 195.0),  # a fifth apart: within a quarter
        ("whole milk", "1 cup (240 mL)", 244.0),  # neither a mass: the first, SR28's cup
        # a mass needs nothing of the food: the other side may be a measure it lacks
        ("almonds", "2/3 cup (55g)", 55.0),  # "cup" is ambiguous for almonds
        ("almonds", "1 slice (30 g)", 30.0),
        ("rugbrød", "1 skive (50 g)", 50.0),  # Frida 1670, skive 50 g
        # a unit this food lacks: the other side alone (SR28 okra: "cup slices" 160 g)
        ("okra, cooked", "125 mL (½ cup)", 80.0),
    ],
)
def test_an_amount_printed_two_ways_is_one_amount(name: str, amount: str, grams: float) -> None:
    """'125 mL (½ cup)' as Canadian tables print it, '2/3 cup (55g)' as US labels do."""
    item = mg.food(name, amount)
    food = find_food(name)
    assert item.elemental_mg == pytest.approx(food.mg_per_100g * grams / 100, rel=1e-9)
    assert item.amount == amount


def test_an_amount_printed_two_ways_says_how_it_was_read() -> None:
    both = mg.food("whole milk", "1 cup (244 g)").explanation
    assert str(both).endswith('(mass; "1 cup (244 g)" read as one amount)')
    assert both.render("da").endswith('(masse; "1 cup (244 g)" læst som én mængde)')
    alone = mg.food("almonds", "2/3 cup (55g)").explanation
    assert str(alone).endswith('(mass; "2/3 cup" not read for this food)')
    assert alone.render("da").endswith('(masse; "2/3 cup" ikke læst for denne fødevare)')


@pytest.mark.parametrize(
    ("amount", "error", "message"),
    [
        ("1 cup (2 cups)", mg.InvalidAmountError, "'1 cup' (244 g) and '2 cups' (488 g)"),
        ("1 cup (180 g)", mg.InvalidAmountError, "which disagree"),  # 26 % apart
        ("1 cup (100 g)", mg.InvalidAmountError, "which disagree"),
        ("½ cup (bogus)", mg.InvalidAmountError, 'got "bogus"'),
        ("½ cup (2 bogus)", mg.UnitError, "got '2 bogus'"),  # no unit, no measure
        ("(½ cup)", mg.InvalidAmountError, "could not read it"),
        ("1 cup (2 dl) (1 cup)", mg.UnitError, "needs a mass"),
    ],
)
def test_an_amount_printed_two_ways_that_disagree_or_is_no_amount_is_refused(
    amount: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        mg.food("whole milk", amount)


def test_a_unit_word_in_any_case_is_a_plain_mass_or_volume() -> None:
    """'3 Ounces' is a mass and says only that; '2 Tablespoons' a volume at USDA's density."""
    assert str(mg.food("almonds", "3 Ounces").explanation).endswith("(mass)")
    assert "volume, at the density" in str(mg.food("wheat bran", "2 Tablespoons").explanation)


def test_an_amount_may_be_a_quantity() -> None:
    """A pint Quantity, of the library's registry or the caller's, is a mass or a volume."""
    ureg: pint.UnitRegistry[float] = pint.UnitRegistry()
    assert mg.food("almonds", ureg.Quantity(30, "g")).elemental_mg == pytest.approx(81.0)
    by_volume = mg.food("milk", ureg.Quantity(0.5, "cup"))
    assert by_volume.elemental_mg == pytest.approx(mg.food("milk", "½ cup").elemental_mg)
    assert "mass" in str(mg.food("almonds", ureg.Quantity(1, "oz")).explanation)


@pytest.mark.parametrize("amount", ["30 G", "1 ML", "30 Gr"])
def test_short_unit_words_count_only_as_pint_writes_them(amount: str) -> None:
    """'G' is a gauss and 'ML' a megalitre to pint: not read as grams or millilitres."""
    with pytest.raises(mg.MagnesiumError):
        mg.food("almonds", amount)


def test_a_shape_word_is_dropped_but_no_other() -> None:
    """'2 rectangular biscuits' is 2 biscuits; 'large' or 'heaping' still ask for their measure."""
    assert mg.food("shredded wheat", "2 rectangular biscuits").elemental_mg == pytest.approx(
        mg.food("shredded wheat", "2 biscuits").elemental_mg
    )
    round_cup = mg.food("broccoli", "1 round cup, chopped or diced")  # what is left: two words
    assert round_cup.elemental_mg == pytest.approx(
        mg.food("broccoli", "1 cup, chopped or diced").elemental_mg
    )
    two_shapes = mg.food("shredded wheat", "2 round rectangular biscuits")
    assert two_shapes.elemental_mg == pytest.approx(
        mg.food("shredded wheat", "2 biscuits").elemental_mg
    )
    for amount in ["2 large rectangular biscuits", "2 rectangular large biscuits", "2 round"]:
        with pytest.raises(mg.UnitError):
            mg.food("shredded wheat", amount)  # SR28: no large biscuit
    with pytest.raises(mg.UnitError):
        mg.food("peanut butter", "2 heaping tablespoons")  # more than 2 tbsp: how much?
    with pytest.raises(mg.UnitError):
        mg.food("milk chocolate", "2 ounce bars")  # not "bars": a plural count


def test_a_brand_or_a_way_of_keeping_not_asked_for_ranks_lower() -> None:
    """Mixed nuts are not CHOSEN ROASTER's; pinto beans are not frozen or sprouted."""
    top = [f.ndb for f in search_foods("nuts, mixed, dry roasted", limit=4)]
    assert set(top[:2]) == {"12135", "12635"}  # the two unbranded, before the brands
    assert search_foods("mixed nuts chosen roaster", limit=1)[0].ndb == "12141"
    assert "frozen" in search_foods("pinto beans, frozen", limit=1)[0].description
    assert search_foods("pinto beans, cooked", limit=1)[0].ndb in {"16043", "16343"}


def test_with_and_synonyms_are_read_through_typos() -> None:
    """'w/' is with, 'w/o' without; a slip of 'boiled' is still 'cooked'."""
    assert search_foods("spinach, boield", limit=1)[0].ndb == "11458"
    assert search_foods("potato, baked w/ skin", limit=1)[0].ndb == "11674"
    assert search_foods("beans, pinto, cooked w/o salt", limit=1)[0].ndb == "16043"


@pytest.mark.parametrize(
    ("query", "ndb"),
    [("baanna", "09040"), ("Baanna, raw", "09040"), ("Pinto Beans, cokoed", "16043")],
)
def test_a_slip_is_measured_from_the_word_as_typed_too(query: str, ndb: str) -> None:
    """'baanna' folds to 'banna' (aa as the Danish å), one slip from 'banan' too: as typed,
    it is 'banana' with two letters swapped, and that reading comes first."""
    assert search_foods(query, limit=1)[0].ndb == ndb


def test_fridas_english_name_is_read_as_is_only_in_frida() -> None:
    """'Banana, raw' is also Frida's English name: in English, USDA's banana comes first."""
    assert find_food("Banana, raw").table == "usda"
    assert find_food("Banana, raw", table="frida").ndb == "3"
    assert find_food("Banan, rå").table == "frida"


def test_a_language_decides_a_name_both_lists_hold_in_another_form() -> None:
    """'broccolis' folds to a curated name of both languages: English, unless lang="da"."""
    assert find_food("broccolis").table == "usda"
    assert find_food("broccolis", lang="da").table == "frida"
    assert str(mg.food("brocolli", "100 g", lang="da").food_id).startswith("frida:")  # a slip
    assert mg.food("brocolli", "100 g").food_id == "usda:11090"


def test_danish_letters_written_out_fold_as_the_letters() -> None:
    assert _search.words("rugbroed blaabaer") == _search.words("rugbrød blåbær")


def test_an_unknown_measure_lists_those_that_exist() -> None:
    """The error names the household measures the food has."""
    with pytest.raises(mg.UnitError, match='"1 small handful", "1 portion"'):
        mg.food("almonds", "1 bucket")


def test_a_danish_measure_says_danish() -> None:
    """'1 stk' makes a shared word ('avocado') Danish: Frida's avocado is read."""
    with pytest.raises(mg.UnitError, match='"Avocado, rå"'):
        mg.food("avocado", "1 stk")  # Frida has no piece weight yet: the error says so
    assert mg.food("avocado", "100 g").name == "Avocados, raw, all commercial varieties"


def test_frida_foods_have_their_usda_twins_measures() -> None:
    """A Frida food with a USDA twin reads its measures ("1 skive" = USDA's slice)."""
    item = mg.food("fuldkornsbrød", "1 skive")
    assert "Frida 615" in str(item.explanation)
    assert '"slice" (32 g, USDASR28)' in str(item.explanation)


def test_a_search_reads_whole_a_usda_food_and_a_food_without_measures() -> None:
    """Frida's foods with their English name, SR28's without; no measures, no "; "."""
    assert search_foods("almonds raw", limit=2).to_text().splitlines()[1:] == [
        (
            "  frida 35    Mandel, rå / Almond, raw: 263.8 mg/100 g; håndfuld, small handful, "
            "portion, cup, whole"
        ),
        (
            "  usda 12061  Nuts, almonds: 270.0 mg/100 g; small handful, portion, håndfuld, "
            "cup, whole"
        ),
    ]
    assert search_foods("torsk", limit=2).to_text(lang="da").splitlines()[1:] == [
        "  frida 72   Torsk, filet, rå / Cod, fillet, raw: 25,0 mg/100 g; oz, fillet",
        "  frida 608  Torsk, lever, rå / Cod, liver, raw: 8,0 mg/100 g",
    ]


def test_a_search_without_hits_is_a_table_with_its_columns() -> None:
    frame = search_foods("xqzv plorb").to_frame()
    assert (len(frame), list(frame.columns)) == (0, [
        "table", "id", "description", "danish", "english", "mg_per_100g", "measures",
    ])  # fmt: skip


def test_results_show_and_convert() -> None:
    """A search result renders as a table and converts to a DataFrame; it is a sequence."""
    found = search_foods("mandel", limit=3)  # one food holds the word
    assert isinstance(found, FoodSearch)
    assert len(found) == 1
    assert found[0].description == "Mandel, rå"
    assert found[:1] == (found[0],)
    assert found == tuple(found)
    assert found == search_foods("mandel")
    assert hash(found) == hash(search_foods("mandel", limit=3))
    text = found.to_text()
    assert text.splitlines()[0] == 'Foods for "mandel": 1 hit'
    assert "frida 35" in text
    assert "Mandel, rå / Almond, raw: 263.8 mg/100 g; håndfuld" in text
    assert found.to_text("da").splitlines()[0] == 'Fødevarer for "mandel": 1 fund'
    assert search_foods("almonds", limit=3).headline == 'Foods for "almonds": 3 hits'
    assert "<table>" in found.to_html()
    frame = found.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [
        "table", "id", "description", "danish", "english", "mg_per_100g", "measures",
    ]  # fmt: skip
    assert frame.loc[0, "english"] == "Almond, raw"
    assert found.to_frame("da").loc[0, "description"] == "Mandel, rå"
    assert found.rows()[0]["description"] == "Almond, raw"


@pytest.mark.parametrize("limit", [0, -1, 101, "", 2.5, True])
def test_limit_is_a_count(limit: object) -> None:
    """limit is a whole number from 1 to 100."""
    with pytest.raises(mg.InvalidAmountError, match="`limit`"):
        search_foods("almonds", limit=limit)  # type: ignore[arg-type]


def test_empty_query_finds_nothing() -> None:
    """Words are needed; blanks find nothing."""
    assert search_foods("   ") == ()


# --- the call's edges, in words (mutation survivors of search_foods) ----------


def test_ten_hits_by_default_and_up_to_a_hundred() -> None:
    assert len(mg.search_foods("cheese")) == 10
    assert len(mg.search_foods("cheese", limit=100)) == 100


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"query": "cheese", "limit": 101}, mg.InvalidAmountError,
         "`limit` needs a whole number from 1 to 100, got 101"),
        ({"query": "cheese", "limit": 0}, mg.InvalidAmountError,
         "`limit` needs a whole number from 1 to 100, got 0"),
        ({"query": "cheese", "lang": "de"}, mg.UnknownChoiceError,
         'unknown language "de"; choose one of "en", "da"'),
        ({"query": 5}, mg.ArgumentTypeError, "`query` needs words such as 'almonds', got 5"),
        ({"query": "x" * 300}, mg.InputTooLongError,
         "a food name of at most 200 characters expected, got one of 300"),
    ],
)  # fmt: skip
def test_search_refusals_in_words(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        mg.search_foods(**kwargs)
    assert str(raised.value).startswith(message)


def test_a_danish_letter_routes_to_frida() -> None:
    """ "bønner" reads Frida first, "beans" USDA (the query's language)."""
    assert mg.search_foods("bønner", limit=1).foods[0].table == "frida"
    assert mg.search_foods("beans", limit=1).foods[0].table == "usda"


def test_a_blank_query_finds_nothing() -> None:
    assert len(mg.search_foods("   ")) == 0


def test_a_query_with_one_hit_is_read_as_it() -> None:
    """One hit is clearly ahead of none: "alpen" is the one food that names it."""
    assert len(search_foods("alpen")) == 1
    item = mg.food("alpen", "100 g")
    assert str(item.explanation) == "USDA SR28 43218: 94 mg/100 g × 100 g (mass)"
    assert item.food_id == "usda:43218"
    assert item.elemental_mg == pytest.approx(94.0)  # SR28 43218: 94 mg per 100 g


def test_rows_of_an_american_hit_have_no_danish_name() -> None:
    """USDA names are English: the row's `english` is its description, `danish` is empty."""
    row = search_foods("dry roasted almonds", limit=1).rows()[0]
    assert (row["table"], row["id"]) == ("usda", "12063")
    assert row["danish"] == ""
    assert row["english"] == row["description"] == "Nuts, almonds, dry roasted, without salt added"


def test_suggestions_name_the_tables_food_when_no_curated_name_was_typed() -> None:
    """A curated name ("rugbrød") is offered only when it shares a typed word."""
    with pytest.raises(mg.UnknownNameError) as caught:
        # rugbrød with two letters swapped, and a word no rye bread holds
        mg.food("rubgrod hjemmebagt", "30 g")
    assert str(caught.value).startswith(
        'unknown food "rubgrod hjemmebagt"; did you mean "Rugbrød, mørkt, industrifremstillet", '
        '"Rugbrød, lyst"'
    )


def test_equal_searches_hash_alike() -> None:
    """Searches are values: equal ones are one key of a dict, different ones two.

    A search also equals the tuple of its foods (what it was before issue 23),
    so it must hash as that tuple (Python's data model: equal objects, equal hashes).
    """
    first, again = search_foods("mandel"), search_foods("mandel")
    assert first == again == first.foods
    assert hash(first) == hash(again) == hash(first.foods)
    assert {first.foods: "found"}[first] == "found"  # type: ignore[index]
    assert len({first, again, search_foods("almonds")}) == 2


@pytest.mark.parametrize(
    ("name", "ndb"),
    [
        # Dietitians of Canada (2014), as printed: a slash offers two names
        ("Edamame/baby soy beans, cooked", "11212"),  # SR28: Edamame, frozen, prepared
        ("Tempeh/fermented soy product, cooked", "16174"),  # SR28: Tempeh, cooked
        ("Peas, black-eyed peas/cowpeas, cooked", "16063"),
        # out of the shell: the tables' nuts and seeds are shelled
        ("Brazil nuts, without shell", "12078"),
        ("Almonds, without shell", "12061"),
        ("Pumpkin or squash seeds, no shell", "12016"),  # "or" need not be held
        ("pistachios, shelled", "12151"),
        # soy foods as Canadian tables name them (SR28's descriptions)
        ("Soy nuts", "16111"),  # Soybeans, mature seeds, dry roasted
        ("Cheese, soy", "43299"),  # Soybean, curd cheese
        ("Yogurt, soy", "43476"),  # Tofu yogurt
        ("Soy beverage, fortified", "16139"),  # Soymilk, ... with added calcium
        ("wohle wheat bread", "18075"),  # a slip measured from the word as typed
    ],
)
def test_names_as_canadian_tables_print_them(name: str, ndb: str) -> None:
    item = mg.food(name, "100 g")
    assert item.food_id == f"usda:{ndb}"
    assert item.elemental_mg == pytest.approx(find_food(ndb, table="usda").mg_per_100g)


def test_a_name_that_offers_two_says_how_it_was_read_in_both_languages() -> None:
    (said,) = mg.food("kikærter/chickpeas", "100 g", lang="da").assumptions
    assert str(said) == (
        '"kikærter/chickpeas" read as Kikærter, lyse, kogte, konserves (Frida 1812), the '
        "clear best match"
    )
    assert said.render("da") == (
        '"kikærter/chickpeas" læst som Kikærter, lyse, kogte, konserves (Frida 1812), det '
        "klart bedste match"
    )


@pytest.mark.parametrize(
    ("name", "kwargs", "food_id"),
    [
        # each name offered is read in the table and language asked for
        ("rugbrød/rye bread", {}, "frida:1670"),  # Frida: Rugbrød, mørkt, industrifremstillet
        ("rugbrød/rye bread", {"table": "usda"}, "usda:18060"),  # SR28: Bread, rye
        ("kikærter/chickpeas", {"lang": "da"}, "frida:1812"),  # both Danish: Kikærter, lyse
        ("kikærter/chickpeas", {"table": "usda"}, "usda:16057"),  # SR28: Chickpeas, cooked
        # a name no table knows is passed over; the other decides
        ("zqxw/almonds", {}, "usda:12061"),  # SR28: Nuts, almonds
    ],
)
def test_each_name_offered_is_read_as_asked(
    name: str, kwargs: dict[str, Any], food_id: str
) -> None:
    assert mg.food(name, "100 g", **kwargs).food_id == food_id


@pytest.mark.parametrize(
    "name",
    [
        "butter",  # SR28's butter, butter oil and the curated peanut butter
        "seeds",
        "nuts",
        "soy",
        "chocolate",
        "b",  # one letter: "SUBWAY, B.L.T." held it
        "a/b/c",  # no two names
        "almonds/cashews",  # two foods
        "mandler/almonds",  # Frida's almonds in Danish, SR28's in English: two foods
        "kikærter/chickpeas",  # the same: Frida's chickpeas and SR28's
        "ab/almonds",  # two letters are no name to offer
        "Whole Wheat Bread, homemade",  # not the commercially prepared bread
    ],
)
def test_a_word_of_several_foods_is_refused_not_read_as_one(name: str) -> None:
    """A generic word is refused with its choices, never read as a food that mentions it."""
    with pytest.raises(mg.UnknownNameError) as caught:
        mg.food(name, "100 g")
    assert caught.value.candidates


@pytest.mark.parametrize(
    ("name", "ndb"),
    [
        ("Bacon, pan-fried", "10862"),  # Pork, cured, bacon, ...: not Canadian bacon (10998)
        ("canadian bacon", "10130"),  # asked for: Canadian bacon, unprepared
        ("sweet potato", "11507"),  # not Sweet potato leaves (11505)
        ("soy milk", "16139"),  # a curated name typed: the kind asked for
        ("almonds, dry roasted", "12063"),  # "ristede mandler" is almonds: not a kind
    ],
)
def test_a_kind_of_a_food_that_was_not_asked_for_counts_less(name: str, ndb: str) -> None:
    """A table name's first part of several words names a kind; a query must hold them all."""
    assert mg.food(name, "100 g").food_id == f"usda:{ndb}"


def test_a_stand_in_that_was_not_asked_for_counts_less() -> None:
    """ "Bacon, meatless" and imitation cheese are not bacon and cheese."""
    top = search_foods("bacon", limit=1)[0]
    assert "meatless" not in top.description
    assert "imitation" not in search_foods("cheese, cheddar", limit=1)[0].description.casefold()


def test_a_word_a_curated_name_mentions_is_not_that_food() -> None:
    """ "oil" is an oil (0 mg), not the curated "oil roasted peanuts" (176 mg per 100 g)."""
    assert mg.food("oil", "100 g").elemental_mg == 0.0
    homemade = mg.search_foods("Whole Wheat Bread, homemade", limit=1)[0]
    assert homemade.description == "Bread, whole-wheat, prepared from recipe"
