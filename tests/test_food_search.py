"""Foods as people type them (issue 23): one ranked search over both tables, used everywhere.

The benchmark (tests/data/food_queries.tsv, made by tools/make_food_queries.py)
holds 384 queries as users type them, each with the food ids that answer it,
chosen by reading the tables: the rows of NIH ODS's table of magnesium
sources as printed, common US foods, everyday Danish foods, each with a
typo and in another form. The Food tables page reports the hit rates; the
test fails below them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import magnesium as mg
from magnesium.foods import MARGIN, FoodSearch, find_food, query_language, search_foods

QUERIES = Path(__file__).parent / "data" / "food_queries.tsv"
# The rates the Food tables page reports (hits out of queries), per language.
REPORTED = {"en": (174, 174, 176), "da": (207, 208, 208)}  # top-1, top-3, queries


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
    # the goal of issue 23: top-1 at least 95 %, top-3 at least 99 % (Danish) / 98 %
    assert all(top1 / total >= 0.95 for top1, _, total in REPORTED.values())


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
        mg.food("rubgrod", "30 g")  # rugbrød with two letters swapped: several rye breads
    assert str(caught.value).startswith(
        'unknown food "rubgrod"; did you mean "Rugbrød, mørkt, industrifremstillet", '
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
