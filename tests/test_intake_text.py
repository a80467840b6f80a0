"""Intake items and reports in words, and the exact words of their errors.

Reports are read by people: the texts are pinned whole, in English and
Danish. Figures, each from its source:

- almonds: 270 mg/100 g (USDA SR28 12061), so 30 g give 81.0 mg;
- trimagnesium dicitrate, anhydrous: 3 x 24.305 / 451.1 = 16.16 % magnesium
  (IUPAC 2021 atomic weights), so 1.5 g give 242.5 mg;
- water at 20 mg/L: 1 L gives 20.0 mg;
- EFSA: 250 mg/day supplemental upper level (SCF 2001); adequate intake
  300 mg/day for women from 18 (EFSA 2015), 170 mg/day at ages 1-3;
- US (NIH ODS fact sheet): RDA 310 mg/day for women 19-30, 350 mg/day in
  pregnancy and 310 mg/day in lactation at 19-30.
"""

from __future__ import annotations

import attrs
import pytest

import magnesium as mg


def _day() -> list[mg.IntakeItem]:
    return [
        mg.food("almonds", "30 g"),
        mg.supplement("magnesium citrate", "1.5 g"),
        mg.water("1 L", magnesium="20 mg/L"),
    ]


def test_report_over_the_ceiling_in_words() -> None:
    """262.5 mg supplemental is 12.5 mg over 250; 343.5 mg is 114 % of 300 mg."""
    report = mg.assess_intake(_day(), sex="female", age=30)
    assert report.to_text() == (
        "Magnesium intake: total 343.5 mg, supplemental 262.5 mg, over the ceiling\n"
        "    Nuts, almonds (30 g)                       81.0 mg\n"
        "  * trimagnesium dicitrate, anhydrous (1.5 g)  242.5 mg\n"
        "  * water or drink (1 L)                       20.0 mg\n"
        "  food                                         81.0 mg\n"
        "  supplemental (*)                             262.5 mg\n"
        "  total                                        343.5 mg\n"
        "  ceiling                                      250 mg/d supplemental "
        "(EFSA, source SCF2001)\n"
        "  verdict                                      over the ceiling by 12.5 mg\n"
        "  recommended                                  300 mg/d (AI, women >= 18 y): "
        "114 % covered"
    )
    assert report.to_text("da") == (
        "Magnesiumindtag: i alt 343,5 mg, fra tilskud 262,5 mg, over den øvre grænse\n"
        "    Nuts, almonds (30 g)                    81,0 mg\n"
        "  * trimagnesiumdicitrat, vandfrit (1.5 g)  242,5 mg\n"
        "  * vand eller drik (1 L)                   20,0 mg\n"
        "  kost                                      81,0 mg\n"
        "  fra tilskud (*)                           262,5 mg\n"
        "  i alt                                     343,5 mg\n"
        "  øvre grænse (UL)                          250 mg/dag fra tilskud "
        "(EFSA, kilde SCF2001)\n"
        "  vurdering                                 over den øvre grænse med 12,5 mg\n"
        "  anbefalet                                 300 mg/dag (AI, kvinder >= 18 år): "
        "114 % dækket"
    )


def test_report_within_the_ceiling_in_words() -> None:
    """100 mg supplemental leaves 150 mg under the 250 mg ceiling."""
    report = mg.assess_intake([mg.supplement(elemental="100 mg")])
    assert report.to_text() == (
        "Magnesium intake: total 100.0 mg, supplemental 100.0 mg, within the ceiling\n"
        "  * magnesium (100 mg elemental)  100.0 mg\n"
        "  food                            0.0 mg\n"
        "  supplemental (*)                100.0 mg\n"
        "  total                           100.0 mg\n"
        "  ceiling                         250 mg/d supplemental (EFSA, source SCF2001)\n"
        "  verdict                         150.0 mg still fits under it\n"
        "  assumed                         age not given: the adult ceiling applies\n"
        "  assumed                         sex and age not both given: no reference intake"
    )
    assert report.to_text("da").splitlines()[0] == (
        "Magnesiumindtag: i alt 100,0 mg, fra tilskud 100,0 mg, inden for den øvre grænse"
    )


def test_toddler_report_in_words() -> None:
    """Ages 1-3: no EU ceiling, the US level named; 361.8 mg is 213 % of 170 mg."""
    report = mg.assess_intake([mg.supplement("magnesium oxide", "600 mg")], sex="male", age=2)
    assert report.to_text() == (
        "Magnesium intake: total 361.8 mg, supplemental 361.8 mg, no ceiling for this age\n"
        "  * magnesium oxide (600 mg)  361.8 mg\n"
        "  food                        0.0 mg\n"
        "  supplemental (*)            361.8 mg\n"
        "  total                       361.8 mg\n"
        "  ceiling                     none for this age (see assumed)\n"
        "  recommended                 170 mg/d (AI, children 1-<3 y): 213 % covered\n"
        "  assumed                     no EFSA upper level at ages 1-3 (the SCF derived none): "
        "no ceiling to compare with; the US upper level for ages 1-3 is 65 mg/day of "
        "supplemental magnesium (authority='US')"
    )
    assert report.to_text("da") == (
        "Magnesiumindtag: i alt 361,8 mg, fra tilskud 361,8 mg, "
        "ingen øvre grænse for denne alder\n"
        "  * magnesiumoxid (600 mg)  361,8 mg\n"
        "  kost                      0,0 mg\n"
        "  fra tilskud (*)           361,8 mg\n"
        "  i alt                     361,8 mg\n"
        "  øvre grænse (UL)          intet for denne alder (se antaget)\n"
        "  anbefalet                 170 mg/dag (AI, børn 1-<3 år): 213 % dækket\n"
        "  antaget                   ingen øvre grænse fra EFSA for 1-3-årige (SCF fastsatte "
        "intet): ingen øvre grænse at sammenligne med; den amerikanske øvre grænse (UL) for "
        "1-3-årige er 65 mg/dag magnesium fra tilskud (authority='US')"
    )
    nnr = mg.assess_intake([], sex="male", age=2, authority="nnr2023")
    assert str(nnr.assumptions[0]).startswith("no NNR2023 upper level at ages 1-3")


@pytest.mark.parametrize(
    ("pregnant", "lactating", "rda_mg"),
    [(False, False, 310), (True, False, 350), (False, True, 310)],
)
def test_report_reference_follows_pregnancy(pregnant: bool, lactating: bool, rda_mg: int) -> None:
    """The report's reference is the one for pregnancy or lactation when given (US RDA)."""
    report = mg.assess_intake(
        [], sex="female", age=25, pregnant=pregnant, lactating=lactating, authority="US"
    )
    assert report.reference is not None
    assert report.reference.value_mg == rda_mg
    assert report.reference == mg.reference_intake(
        sex="female", age=25, pregnant=pregnant, lactating=lactating, authority="US"
    )


def test_items_in_words() -> None:
    """Each kind of item says how its figure was found, and from which sources."""
    assert mg.supplement(elemental="100 mg").to_dict() == {
        "schema": "magnesium.IntakeItem/1",
        "kind": "supplement",
        "name": "magnesium",
        "amount": "100 mg elemental",
        "elemental_mg": 100.0,
        "counts_toward_ceiling": True,
        "explanation": "100 mg elemental magnesium as labelled",
        "assumptions": [],
        "sources": ["SCF2001"],
        "food_id": None,  # a food's table and id ("usda:12061"); none for a supplement
        "elemental": {"magnitude": 100.0, "unit": "milligram"},
    }
    named = mg.medicine("magnesium oxide", elemental="400 mg")
    assert (named.kind, named.name, named.amount) == (
        "medicine",
        "magnesium oxide",
        "400 mg elemental",
    )
    assert mg.water("1.5 L", magnesium="100 mg/L").to_text() == (
        "water: water or drink (1.5 L), 150.0 mg\n"
        "  elemental                  150.0 mg\n"
        "  counts toward the ceiling  yes\n"
        "  how                        1.5 L × 100 mg/L\n"
        "  sources                    SCF2001"
    )
    # a mixed salt has no formula: EFSA (2018) gives 15 % magnesium
    assert mg.supplement("magnesium citrate malate", "1 g").to_text("da") == (
        "tilskud: magnesiumcitratmalat (1 g), 150,0 mg\n"
        "  elementært                        150,0 mg\n"
        "  tæller med under den øvre grænse  ja\n"
        "  hvordan                           1.000 mg magnesiumcitratmalat (blandet salt) "
        "× 15,00 % magnesium\n"
        "  kilder                            EFSA2018, SCF2001"
    )


def test_compound_item_in_words() -> None:
    """A compound item names its formula, its share and the form assumed."""
    item = _day()[1]
    assert item.to_text().splitlines()[:4] == [
        "supplement: trimagnesium dicitrate, anhydrous (1.5 g), 242.5 mg",
        "  elemental                  242.5 mg",
        "  counts toward the ceiling  yes",
        (
            "  how                        1500 mg trimagnesium dicitrate, anhydrous "
            "(Mg3(C6H5O7)2) × 16.16 % magnesium"
        ),
    ]
    assert str(item.assumptions[0]).startswith(
        '"magnesium citrate" read as trimagnesium dicitrate, anhydrous: '
    )
    assert item.sources[-1] == "SCF2001"


def test_food_measure_reaches_the_food() -> None:
    """A named volume measure sets the density: 1 dl of whole almonds, 143 g a cup."""
    item = mg.food("almonds", "1 dl", measure="cup, whole")
    assert str(item.explanation) == (
        'USDA SR28 12061: 270 mg/100 g × 60.44 g (volume, at the density of USDA\'s "cup, whole")'
    )
    with pytest.raises(mg.AmbiguousNameError):
        mg.food("almonds", "1 dl")


def test_stored_items_render_in_both_languages() -> None:
    """An item read back from JSON shows its stored texts as they are, in any language."""
    item = _day()[1]
    back = mg.IntakeItem.from_dict(item.to_dict())
    assert back.to_text("da").splitlines()[3] == (
        "  hvordan                           1500 mg trimagnesium dicitrate, anhydrous "
        "(Mg3(C6H5O7)2) × 16.16 % magnesium"
    )
    assert back.assumptions[0].render("da") == str(item.assumptions[0])


def test_salt_errors_in_words() -> None:
    """Both or neither amount, or a compound mass with no name, say what to give."""
    both = (
        "a supplement needs either the compound mass, e.g. supplement('magnesium citrate', "
        "'1.5 g'), or `elemental`, e.g. supplement('magnesium citrate', elemental='250 mg'), "
        "not both or neither"
    )
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.supplement("magnesium citrate", "1 g", elemental="100 mg")
    assert str(error.value) == both
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.medicine("magnesium oxide")
    assert str(error.value) == both.replace("supplement", "medicine")
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.supplement(None, "1 g")
    assert str(error.value) == "a supplement given as compound mass needs the compound's name"
    with pytest.raises(mg.UnitError, match=r"^`amount` "):
        mg.supplement("magnesium oxide", "1 L")
    with pytest.raises(mg.UnitError, match=r"^`elemental` "):
        mg.supplement("magnesium oxide", elemental="1 L")


def test_record_errors_in_words() -> None:
    """A stale item, a report with wrong sums and a bad stored kind say what to do."""
    item = mg.food("almonds", "30 g")
    with pytest.raises(mg.InvalidRecordError) as error:
        attrs.evolve(item, amount="60 g")
    assert str(error.value) == (
        "IntakeItem: its 81 mg were computed for '30 g' of 'Nuts, almonds'; an item with "
        "another kind, name, amount or figure is made anew with magnesium.food, supplement, "
        "water or medicine, not with attrs.evolve"
    )
    with pytest.raises(mg.InvalidRecordError) as error:
        mg.IntakeReport(
            items=(item,), food_mg=1.0, supplemental_mg=0.0, ceiling=None, reference=None
        )
    assert str(error.value) == (
        "IntakeReport: food_mg and supplemental_mg are the sums of the items (81 and 0 mg), "
        "got 1 and 0; make a new report with assess_intake(items)"
    )
    with pytest.raises(mg.InvalidRecordError) as error:
        mg.IntakeItem.from_dict({**item.to_dict(), "kind": "pill"})
    assert str(error.value) == (
        "IntakeItem.from_dict: field `kind` needs one of food, supplement, water, medicine, "
        "got 'pill'"
    )


def test_assess_errors_in_words() -> None:
    """Not a list, not an item, or an infant: each says what is expected or why."""
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.assess_intake(5)  # type: ignore[arg-type]
    assert str(error.value) == "`items` needs a list of intake items, got 5"
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.assess_intake([5])  # type: ignore[list-item]
    assert str(error.value) == (
        "`items` needs intake items made by food(), supplement(), water() or medicine(), got 5"
    )
    with pytest.raises(mg.NoReferenceValueError) as infant:
        mg.assess_intake([], age="6 months")
    assert str(infant.value) == (
        "no authority sets an upper level for supplemental magnesium under 1 year: an "
        "infant's magnesium comes from breast milk, formula and food only (IOM 1997); ask a "
        "doctor before giving an infant any supplement"
    )


def test_food_item_in_words() -> None:
    """A Danish food from Frida (1670, dark rye bread, 49.0 mg/100 g): 50 g give 24.5 mg."""
    item = mg.food("rugbrød", "50 g")
    assert item.to_text("da") == (
        "kost: Rugbrød, mørkt, industrifremstillet (50 g), 24,5 mg\n"
        "  elementært                        24,5 mg\n"
        "  tæller med under den øvre grænse  nej (kost)\n"
        "  hvordan                           Frida 1670 (udgaven fra maj 2025): 49,0 mg/100 g "
        "× 50 g (masse)\n"
        '  antaget                           "rugbrød" læst som mørkt rugbrød, '
        'industrifremstillet (Frida 1670); skriv "fuldkornsrugbrød" eller "rugbrød med '
        'kerner" for dem\n'
        "  kilder                            FRIDA2025"
    )
    assert item.to_text().splitlines()[2] == "  counts toward the ceiling  no (food)"
    assert (
        item.to_text()
        .splitlines()[4]
        .startswith('  assumed                    "rugbrød" read as ')
    )
