"""Amounts of a food, exactly: the refusals, counts, measures and notes (issue 24).

What the mutation run of ``magnesium.foods`` found unpinned: each refusal's
whole message (which field, which measures to try), the counting rules (a
decimal comma, 0 to 100 portions), a chosen volume measure carried through
``magnesium``/``glas``, a note and the Frida attribution in both languages,
and the language a query is read in.
"""

from __future__ import annotations

import pint
import pytest

import magnesium as mg
from magnesium import _names, foods
from magnesium.foods import _food, _lookup

_US_CUP_ML = 236.5882365  # NIST Handbook 44: 1 cup = 8 US fluid ounces

ALMONDS = '`amount` of "Nuts, almonds" needs a mass such as "30 g", a volume such as "1 dl" or '
ALMONDS += 'a household measure such as "1 small handful", "1 portion", "1 håndfuld", got '


@pytest.mark.parametrize(
    ("amount", "kwargs", "error", "message"),
    [
        ("30 g", {"measure": 5}, mg.ArgumentTypeError,
         "`measure` needs a USDA measure's name such as 'cup, whole', got 5"),
        ("1" * 20_001, {}, mg.InputTooLongError,
         ("an amount of at most 200 characters expected, got one of 20,001: "
         "'1111111111111111111111111111111111111111'...")),
        ("30 gr", {}, mg.UnitError,
         ALMONDS + "'30 gr': \"gr\" could be grams or grains (pint reads grains); write \"g\" "
         "for grams"),
        ("6000 kg", {}, mg.InvalidAmountError,
         ('`amount` needs a mass such as "250 mg", got "6000 kg": it is outside the plausible '
         "0-5e+06 mg (this library's bound)")),
        ("21 L", {}, mg.InvalidAmountError,
         ('`amount` needs a volume such as "1.5 L", got "21 L": it is outside the plausible '
         "0-20 L (this library's bound)")),
        ("3 bananas", {}, mg.UnitError, ALMONDS + "'3 bananas'"),
        ("3 mmol", {}, mg.UnitError, ALMONDS + "'3 mmol'"),
        ("101 portion", {}, mg.InvalidAmountError,
         ('`amount` of "Nuts, almonds" needs a count of portions from 0 to 100, got '
         "'101 portion'")),
        ("101 glas", {}, mg.InvalidAmountError,
         ('`amount` of "Nuts, almonds" needs a count of portions from 0 to 100, got '
         "'101 glas'")),
        ("1,500 portion", {}, mg.InvalidAmountError,
         ("`amount` of \"Nuts, almonds\" needs a count, got '1,500 portion': the comma could "
         "be a decimal comma or a thousands separator; write the number without it or with "
         "a decimal point")),
    ],
)  # fmt: skip
def test_an_amount_of_almonds_is_refused_with_the_whole_message(
    amount: str, kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as refused:
        mg.find_food("almonds").grams(amount, **kwargs)  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_a_food_without_measures_names_none_in_its_refusal() -> None:
    potato = mg.find_food("4", table="frida")  # Frida 4: no household measure of its own
    assert potato.portions == ()
    with pytest.raises(mg.UnitError) as refused:
        potato.grams("3 bananas")
    assert str(refused.value) == (
        '`amount` of "Kartoffel, uspec., rå" needs a mass such as "30 g", a volume such as '
        "\"1 dl\" or a household measure, got '3 bananas'"
    )


@pytest.mark.parametrize(
    ("amount", "grams"),
    [
        ("100 portion", 3000.0),  # 100 portions is the bound itself: allowed
        ("1.5 portion", 45.0),
        ("1,5 portion", 45.0),  # a Danish decimal comma
        ("1,5 håndfuld", 45.0),  # DTU 2015: a handful of nuts is 30 g
    ],
)
def test_counts_of_a_measure(amount: str, grams: float) -> None:
    assert mg.find_food("almonds").grams(amount)[0] == grams


def test_a_chosen_volume_measure_is_used_everywhere() -> None:
    """Cheddar's three cup measures differ: the caller names one, and it is the one used."""
    cheddar = mg.find_food("cheddar cheese")
    with pytest.raises(mg.AmbiguousNameError) as refused:
        cheddar.grams("1 dl")
    assert str(refused.value) == (
        'volume measure of "Cheese, cheddar" is ambiguous; name one of "cup, diced", '
        '"cup, melted", "cup, shredded"'
    )
    with pytest.raises(mg.AmbiguousNameError):
        cheddar.grams("1 glas")
    shredded = 113.0 / _US_CUP_ML  # USDA 01009: 1 cup, shredded = 113 g
    assert cheddar.grams("1 dl", measure="cup, shredded")[0] == pytest.approx(100 * shredded)
    assert cheddar.grams("1 glas", measure="cup, shredded")[0] == pytest.approx(200 * shredded)
    melted = 244.0 / _US_CUP_ML
    assert cheddar.magnesium("1 dl", measure="cup, melted").m == pytest.approx(
        cheddar.mg_per_100g * melted
    )


def test_a_volume_of_a_food_without_a_volume_measure() -> None:
    kale = mg.find_food("kale, raw")  # USDA 11233 gives only "cup 1\" pieces, loosely packed"
    for measure, named in ((None, ""), ("cup", " 'cup'")):
        with pytest.raises(mg.UnitError) as refused:
            kale.grams("1 dl", measure=measure)
        assert str(refused.value) == (
            f'USDA gives no volume measure{named} for "Kale, raw"; give a mass such as "30 g"'
        )


def test_a_note_and_the_attribution_in_both_languages() -> None:
    porridge = mg.find_food("oat porridge")
    assert porridge._lines("en")[-1] == (
        "note",
        "Frida has no oat porridge: USDA's oatmeal cooked with water is used.",
    )
    assert porridge._lines("da")[-1] == (
        "bemærkning",
        "Frida har ingen havregrød: USDA's havregryn kogt i vand bruges.",
    )
    rye = mg.find_food("rugbrød")
    assert rye._lines("da")[2] == (
        "kildeangivelse",
        (
            "Frida Food Data / Fødevaredata (frida.fooddata.dk), udgaven fra maj 2025, DTU "
            "Fødevareinstituttet, Danmarks Tekniske Universitet"
        ),
    )


def test_an_unknown_table_or_name_says_what_it_got() -> None:
    with pytest.raises(mg.UnknownChoiceError) as refused:
        mg.find_food("almonds", table="ciqual")
    assert str(refused.value) == 'unknown food table "ciqual"; choose one of "usda", "frida"'
    with pytest.raises(mg.ArgumentTypeError) as wrong:
        mg.find_food(5)  # type: ignore[arg-type]
    assert str(wrong.value) == "`name` needs a food name such as 'almonds', got 5"


@pytest.mark.parametrize(
    ("words", "singular"),
    [("peas", "pea"), ("oats", "oat"), ("gas", "gas"), ("glass", "glass"), ("cress", "cress")],
)
def test_singular_drops_a_plural_s_only(words: str, singular: str) -> None:
    """A plural s goes from words of four letters or more, never from "ss"."""
    assert _food._singular(words) == singular


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("mandler almonds", "en"),  # one word of each: a tie is English
        ("mandler xyzzy", "da"),  # an unknown word counts for neither
        ("øæå", "da"),  # no known word: the Danish letters decide
        ("rugbrød", "da"),
        ("almonds", "en"),
    ],
)
def test_the_language_a_query_is_read_in(query: str, lang: str) -> None:
    assert foods.query_language(query) == lang


def test_a_danish_measure_word_is_the_second_word() -> None:
    assert foods.measure_language("2 skiver franskbrød med smør") == "da"
    assert foods.measure_language("2 slices rye bread med smør") is None


@pytest.mark.parametrize(
    ("name", "table", "lang", "found"),
    [
        ("almonds", None, None, ("usda", "12061")),  # a curated English name: USDA
        ("mandler", None, None, ("frida", "35")),  # a curated Danish name: Frida
        ("mandlerne", None, None, ("frida", "35")),  # another form of its words
        ("broccolis", None, None, ("usda", "11090")),  # a form of both languages' name
        ("broccolis", None, "da", ("frida", "17")),  # ... read as Danish when asked
        ("12061", None, None, ("usda", "12061")),  # an NDB number
        ("1289", None, None, ("usda", "01289")),  # without its leading zero; no measures
        ("4", "frida", None, ("frida", "4")),  # a Frida FoodID
        ("999999", "frida", None, None),  # an id Frida does not have
        ("99999", None, None, None),
        ("Nuts, almonds", None, None, ("usda", "12061")),  # USDA's own description
        ("Nuts, almonds", "frida", None, None),
        ("Rugbrød, mørkt, industrifremstillet", None, None, ("frida", "1670")),  # Frida's
        ("Rugbrød, mørkt, industrifremstillet", "usda", None, None),
        ("rugbrød", "usda", None, None),  # a Danish-only food asked for in USDA
    ],
)
def test_the_lookup_by_name_id_or_the_tables_own_name(
    name: str, table: str | None, lang: str | None, found: tuple[str, str] | None
) -> None:
    """The exact lookup before any search (foods._lookup._lookup_food), rule by rule."""
    food = _lookup._lookup_food(_names.normalize(name), table, lang)
    assert (None if food is None else (food.table, food.ndb)) == found


@pytest.mark.parametrize(
    ("ndb", "message"),
    [
        ("12061", ('measure of "Nuts, almonds" "cup" is ambiguous; name one of "cup, whole", '
         '"cup, sliced", "cup, slivered", "cup, ground"')),
        # two cup measures of different weights are ambiguous too (USDA 01005)
        ("01005", ('measure of "Cheese, brick" "cup" is ambiguous; name one of "cup, diced", '
         '"cup, shredded"')),
    ],
)  # fmt: skip
def test_a_measure_word_of_several_weights_is_ambiguous(ndb: str, message: str) -> None:
    with pytest.raises(mg.AmbiguousNameError) as refused:
        mg.find_food(ndb).grams("1 cup")
    assert str(refused.value) == message


def test_what_tools_equivalent_found_unpinned() -> None:
    """Survivors that tools/equivalent.py showed to differ on the battery's calls."""
    with pytest.raises(mg.UnitError) as refused:
        mg.find_food("rugbrød").grams("1 dl")  # Frida 1670 has no volume measure
    assert str(refused.value) == (
        'Frida gives no volume measure for "Rugbrød, mørkt, industrifremstillet"; give a '
        'mass such as "30 g"'
    )
    assert foods.query_language("smør") == "da"
    assert foods.read_as("whole wheat bread") == (
        '"fuldkornsbrød" read as coarse wheat bread with whole kernels (Frida 615); say '
        '"rugbrød" for rye bread'
    )


def test_how_a_typed_name_was_read_comes_before_the_foods_own_notes() -> None:
    """The reading of a typo is the first assumption, before the curated food's note."""
    item = mg.food("cooked oamteal", "100 g")
    assert [str(a) for a in item.assumptions] == [
        (
            '"cooked oamteal" read as Cereals, oats, regular and quick, unenriched, cooked with '
            "water (includes boiling and microwaving), without salt (USDA SR28 08121), the "
            "clear best match"
        ),
        "Frida has no oat porridge: USDA's oatmeal cooked with water is used.",
    ]


@pytest.mark.parametrize(
    ("name", "amount", "measure", "grams", "mg_per_100g"),
    [
        # USDA SR28 12061, almonds: 270 mg/100 g; "cup, whole" 143 g, "cup, sliced" 92 g
        ("almonds", pint.UnitRegistry().Quantity(250, "mL"), "cup, whole",
         143 * 250 / _US_CUP_ML, 270.0),  # a Quantity from the caller's own registry
        ("almonds", "1 cup (236 ml)", "cup, whole", 143 * 236 / _US_CUP_ML, 270.0),
        ("almonds", "236 ml (1 cup)", "cup, whole", 143 * 236 / _US_CUP_ML, 270.0),
        # Frida 35, Mandel, rå: 263.75 mg/100 g, at the density of SR28 12061's measure
        ("mandler", "1 dl", "cup, sliced", 92 * 100 / _US_CUP_ML, 263.75),
    ],
)  # fmt: skip
def test_the_measure_named_gives_the_density_of_every_volume(
    name: str, amount: object, measure: str, grams: float, mg_per_100g: float
) -> None:
    """Where USDA gives several cups, the one named is used, however the volume is given."""
    item = mg.food(name, amount, measure=measure)  # type: ignore[arg-type]
    assert item.elemental_mg == pytest.approx(grams * mg_per_100g / 100, rel=1e-9)
    with pytest.raises(mg.AmbiguousNameError, match="is ambiguous; name one of"):
        mg.food(name, amount)  # type: ignore[arg-type]
