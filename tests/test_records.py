"""Stored records are read strictly (issue 24, item 8): a record is data that may have been edited.

``IntakeItem.from_dict`` refuses unknown keys and missing fields, computes the
figure again from kind, name and amount, and checks ``counts_toward_ceiling``
against the kind; ``Person.from_dict`` requires every field that ``to_dict``
writes. Each refusal is an ``InvalidRecordError`` naming the field.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import pytest

import magnesium as mg
from magnesium import _records
from magnesium.intake import _items

ALMONDS = mg.food("almonds", "30 g")  # USDA SR28 12061: 270 mg/100 g, so 81 mg
CITRATE = mg.supplement("magnesium citrate", "1000 mg")
FARRIS = mg.water("0.5 L", magnesium="100 mg/L", label="Farris")


def _edited(item: mg.IntakeItem, **changes: Any) -> dict[str, Any]:
    return {**item.to_dict(), **changes}


TAMPERED = [
    # the figure no longer follows from the inputs: 1e308 mg of almonds (issue 24)
    (_edited(ALMONDS, elemental_mg=1e308), "`elemental_mg` needs 81.0"),
    (_edited(ALMONDS, amount="300 g"), "`elemental_mg` needs 810.0"),
    (_edited(CITRATE, elemental_mg=500.0), "`elemental_mg`"),
    # 6 g in half a litre is 12 g/L, over water()'s bound of 10 g/L
    (_edited(FARRIS, elemental_mg=6000.0), "give no figure: `magnesium` needs .* mg/L"),
    # a supplement that no longer counts toward the ceiling (issue 24)
    (_edited(CITRATE, counts_toward_ceiling=False), "`counts_toward_ceiling` needs true"),
    (_edited(ALMONDS, counts_toward_ceiling=True), "needs false for a food"),
    # keys and types
    (_edited(ALMONDS, note="mine"), r"unknown field\(s\) \['note'\]"),
    (_edited(ALMONDS, food_id="usda:99999"), "unknown food"),
    (_edited(ALMONDS, food_id="12061"), "`food_id` needs a table and id"),
    (_edited(CITRATE, food_id="usda:12061"), "`food_id` needs null"),
    (_edited(ALMONDS, food_id=12061), "`food_id` needs a text or null"),
    (_edited(ALMONDS, elemental={"magnitude": 5.0, "unit": "milligram"}), "`elemental`"),
    (_edited(CITRATE, name="unobtainium"), "unknown compound"),
    (_edited(ALMONDS, sources="USDASR28"), "`sources` needs a list of texts"),
]


@pytest.mark.parametrize(("data", "message"), TAMPERED)
def test_an_edited_record_is_refused_naming_the_field(data: dict[str, Any], message: str) -> None:
    with pytest.raises(mg.InvalidRecordError, match=message):
        mg.IntakeItem.from_dict(data)


@pytest.mark.parametrize(
    "field",
    ["kind", "name", "amount", "elemental_mg", "counts_toward_ceiling", "explanation",
     "assumptions", "sources"],
)  # fmt: skip
def test_every_field_is_required(field: str) -> None:
    data = ALMONDS.to_dict()
    del data[field]
    with pytest.raises(mg.InvalidRecordError, match=f"`{field}` is missing"):
        mg.IntakeItem.from_dict(data)


def test_a_record_from_before_food_id_is_read_by_name_and_source() -> None:
    """Records written before food_id existed resolve the food by its table name."""
    for item in (ALMONDS, mg.food("rugbrød", "2 skiver")):
        data = item.to_dict()
        del data["food_id"]
        assert mg.IntakeItem.from_dict(data).elemental_mg == item.elemental_mg


@pytest.mark.parametrize(
    ("item", "food_id"),
    [(ALMONDS, "usda:12061"), (mg.food("mandler", "30 g"), "frida:35")],
)
def test_a_food_says_its_table_and_id(item: mg.IntakeItem, food_id: str) -> None:
    assert item.food_id == food_id
    assert item.to_dict()["food_id"] == food_id


def test_an_item_comes_back_equal_in_english_and_danish_when_it_assumed_nothing() -> None:
    """Texts are equal when they say the same in English; a Danish record of an item
    that assumed nothing is computed again whole, so it is equal too."""
    for item in (ALMONDS, FARRIS, mg.supplement(elemental="250 mg")):
        for lang in ("en", "da"):
            assert mg.IntakeItem.from_dict(json.loads(json.dumps(item.to_dict(lang)))) == item


def test_a_danish_record_with_an_assumption_keeps_its_texts() -> None:
    """The figure is checked; texts that cannot be made again are kept as written."""
    rye = mg.food("rugbrød", "2 skiver")
    data = rye.to_dict("da")
    back = mg.IntakeItem.from_dict(data)
    assert back.elemental_mg == rye.elemental_mg
    assert back.to_dict("da") == data


def test_a_records_texts_are_shown_as_stored_in_every_language() -> None:
    """Read back, a text is no template (braces stay) and is not translated again."""
    known = "Frida has no oat porridge: USDA's oatmeal cooked with water is used."  # in da.toml
    for explanation in ("measured {by hand}", known):
        data = {
            **mg.food("almonds", "30 g").to_dict(),
            "explanation": explanation,
            "assumptions": ["a {note}", known],
        }
        back = mg.IntakeItem.from_dict(data)
        for lang in ("en", "da"):
            lines = back.to_text(lang=lang).splitlines()
            texts = [line.split(maxsplit=1)[1] for line in lines[-4:-1]]
            assert texts == [explanation, "a {note}", known]


def test_a_person_record_holds_every_field() -> None:
    """{} was read as a person with every default (issue 24)."""
    with pytest.raises(mg.InvalidRecordError, match=r"field\(s\) \['age', .*missing"):
        mg.Person.from_dict({})
    data = mg.Person(sex="female", age=30).to_dict()
    del data["symptoms"]
    with pytest.raises(mg.InvalidRecordError, match=r"\['symptoms'\] missing"):
        mg.Person.from_dict(data)
    data = {**mg.Person().to_dict(), "favourite_food": "skyr"}
    with pytest.raises(mg.InvalidRecordError, match="favourite_food"):
        mg.Person.from_dict(data)


def test_a_person_record_passes_the_constructors_checks() -> None:
    """The same bounds as the constructor: an eGFR of 1e6 or pregnant at 5 is refused."""
    with pytest.raises(mg.MagnesiumError, match="egfr"):
        mg.Person.from_dict(
            {**mg.Person().to_dict(), "egfr": {"magnitude": 1e6, "unit": "mL/min"}}
        )
    record = {**mg.Person().to_dict(), "sex": "female", "age": 5, "pregnant": True}
    with pytest.raises(mg.MagnesiumError, match="pregnant"):
        mg.Person.from_dict(record)


def test_a_figure_off_by_one_part_in_ten_billion_is_refused() -> None:
    """JSON keeps a float exactly, so the figure must agree to a few units in the last place."""
    with pytest.raises(mg.InvalidRecordError, match=r"`elemental_mg` needs 81\.0 "):
        mg.IntakeItem.from_dict(_edited(ALMONDS, elemental_mg=81.0 * (1 + 1e-10)))


def test_a_record_from_before_food_id_reads_frida_foods_in_frida() -> None:
    """ "Pasta, kogt" is Frida 1296 (24 mg/100 g); the name alone reads USDA's (18 mg)."""
    pasta = mg.food("1296", "100 g", table="frida")
    data = pasta.to_dict()
    del data["food_id"]
    assert mg.IntakeItem.from_dict(data).elemental_mg == pasta.elemental_mg == 24.0
    assert mg.food("Pasta, kogt", "100 g").elemental_mg == 18.0  # USDA SR28 20121


def test_a_zero_figure_must_be_zero() -> None:
    """No absolute tolerance: 1e-9 mg of a food of 0 g is not 0."""
    nothing = mg.food("almonds", "0 g")
    with pytest.raises(mg.InvalidRecordError, match=r"`elemental_mg` needs 0\.0 "):
        mg.IntakeItem.from_dict(_edited(nothing, elemental_mg=1e-9))


@pytest.mark.parametrize(
    ("amount", "elemental_mg", "message"),
    [
        # water()'s bound on one drink, read as the record's own field `amount`
        ("21 L", 0.0, ("IntakeItem.from_dict: fields `kind`, `name` and `amount` give no "
         'figure: `amount` needs a volume such as "1.5 L", got "21 L": it is outside the '
         "plausible 0-20 L (this library's bound)")),
        ("0 L", 1.0, ("IntakeItem.from_dict: field `elemental_mg` needs 0.0 (computed again "
         "from kind, name and amount), got 1.0")),  # nothing drunk gives nothing
    ],
)  # fmt: skip
def test_a_drink_record_keeps_waters_bounds(
    amount: str, elemental_mg: float, message: str
) -> None:
    with pytest.raises(mg.InvalidRecordError) as refused:
        mg.IntakeItem.from_dict(_edited(FARRIS, amount=amount, elemental_mg=elemental_mg))
    assert str(refused.value) == message


def test_a_drink_of_nothing_is_computed_again_at_no_concentration() -> None:
    """0 L: the concentration cannot be read back from 0 mg, so none is assumed."""
    item = _items._recomputed(
        mg.water("0 L", magnesium="100 mg/L", label="Farris"),
        _records.Record({}, "IntakeItem"),
    )
    assert (item.elemental_mg, str(item.explanation)) == (0.0, "0 L × 0 mg/L")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"counts_toward_ceiling": False},
            (
                r"^IntakeItem.from_dict: field `counts_toward_ceiling` needs true for a "
                r"supplement, got False$"
            ),
        ),
        (
            {"elemental": {"magnitude": 1.0, "unit": "milligram"}},
            (
                r"^IntakeItem.from_dict: field `elemental` needs the same milligrams as "
                r"`elemental_mg`, got \{'magnitude': 1.0, 'unit': 'milligram'\}$"
            ),
        ),
        (
            {"food_id": "usda:12061"},
            (
                r"^IntakeItem.from_dict: field `food_id` needs null for a supplement, "
                r"got 'usda:12061'$"
            ),
        ),
        (
            {"elemental_mg": 1.0},
            (
                r"^IntakeItem.from_dict: field `elemental_mg` needs 161.6\d+ \(computed again "
                r"from kind, name and amount\), got 1.0$"
            ),
        ),
    ],
)
def test_each_refusal_in_words(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(mg.InvalidRecordError, match=message):
        mg.IntakeItem.from_dict(_edited(CITRATE, **changes))


@pytest.mark.parametrize(
    ("food_id", "message"),
    [
        ("usda", "`food_id` needs a table and id such as \"usda:12061\", got 'usda'"),
        ("soup:1", "`food_id` needs a table and id"),
        ("usda:12061:5", 'give no figure: unknown food "12061:5"'),
    ],
)
def test_a_food_id_is_a_table_and_an_id(food_id: str, message: str) -> None:
    with pytest.raises(mg.InvalidRecordError, match=re.escape(message)):
        mg.IntakeItem.from_dict(_edited(ALMONDS, food_id=food_id))


def test_a_drink_record_names_its_amount() -> None:
    with pytest.raises(mg.InvalidRecordError, match="give no figure: `amount` needs a volume"):
        mg.IntakeItem.from_dict(_edited(FARRIS, amount="1 kg"))


@pytest.mark.parametrize(
    "item",
    [
        mg.supplement(CITRATE.name, "1000 mg"),  # the exact form: nothing assumed
        mg.supplement("magnesium bisglycinate", elemental="100 mg"),
        mg.medicine("magnesium hydroxide", "500 mg"),
        FARRIS,
        ALMONDS,
    ],
)
def test_an_item_read_back_is_the_librarys_own(item: mg.IntakeItem) -> None:
    """Computed again whole: its figure is guarded against a stale evolve, as a new one's."""
    back = mg.IntakeItem.from_dict(item.to_dict())
    assert back.to_dict("da") == item.to_dict("da")
    with pytest.raises(mg.InvalidRecordError, match="computed for"):
        attrs.evolve(back, amount="1 g")


def test_an_item_with_an_assumption_read_back_is_guarded_too() -> None:
    back = mg.IntakeItem.from_dict(CITRATE.to_dict())
    assert back == CITRATE
    with pytest.raises(mg.InvalidRecordError, match="computed for"):
        attrs.evolve(back, amount="1 g")


def test_an_elemental_amount_reads_elemental_in_danish() -> None:
    item = mg.supplement(elemental="250 mg")
    assert item.to_text("da").splitlines()[0].startswith("tilskud: magnesium (250 mg elementært)")
