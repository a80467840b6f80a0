"""Tests for magnesium.reference: intakes and upper levels against their sources."""

from __future__ import annotations

from typing import Any

import pytest

import magnesium as mg
from magnesium.reference import Authority, _reference


# EFSA 2015 adequate intakes (facts.md section 2a; EFSA Journal 13(7):4186).
@pytest.mark.parametrize(
    ("sex", "age", "mg_day"),
    [
        ("male", 0.75, 80),
        ("female", "9 months", 80),
        ("male", 1, 170),
        ("female", 2.99, 170),
        ("male", 3, 230),
        ("female", 9.9, 230),
        ("male", 10, 300),
        ("female", 10, 250),
        ("male", 17, 300),
        ("male", 18, 350),
        ("female", 18, 300),
        ("male", 90, 350),
    ],
)
def test_efsa_adequate_intakes(sex: str, age: object, mg_day: float) -> None:
    """EFSA 2015 adequate intakes by age and sex; 1-<3 y is 170 (adopted), not 160."""
    value = mg.reference_intake(sex=sex, age=age)
    assert value.value_mg == mg_day
    assert value.kind == "AI"
    assert value.source == "EFSA2015"
    assert value.evidence is mg.Evidence.CONFIRMED


# NNR 2023 (facts.md section 2b; secondary).
@pytest.mark.parametrize(
    ("sex", "age", "mg_day"),
    [
        ("male", 0.6, 80),
        ("female", 3, 170),
        ("male", 4, 230),
        ("female", 10, 230),
        ("female", 11, 250),
        ("male", 11, 300),
        ("female", 30, 300),
        ("male", 40, 350),
    ],
)
def test_nnr2023(sex: str, age: float, mg_day: float) -> None:
    """NNR 2023 adequate intakes, with their own age bands."""
    value = mg.reference_intake(sex=sex, age=age, authority="NNR2023")
    assert value.value_mg == mg_day
    assert value.evidence is mg.Evidence.SECONDARY


# US RDAs (IOM 1997 via NIH ODS; facts.md section 2c).
@pytest.mark.parametrize(
    ("sex", "age", "pregnant", "lactating", "mg_day"),
    [
        ("male", 0.2, False, False, 30),
        ("female", 0.8, False, False, 75),
        ("male", 2, False, False, 80),
        ("female", 6, False, False, 130),
        ("male", 12, False, False, 240),
        ("male", 18, False, False, 410),
        ("female", 18, False, False, 360),
        ("male", 19, False, False, 400),
        ("female", 25, False, False, 310),
        ("male", 40, False, False, 420),
        ("female", 60, False, False, 320),
        ("female", 16, True, False, 400),
        ("female", 25, True, False, 350),
        ("female", 35, True, False, 360),
        ("female", 16, False, True, 360),
        ("female", 25, False, True, 310),
        ("female", 40, False, True, 320),
    ],
)
def test_us_rdas(sex: str, age: float, pregnant: bool, lactating: bool, mg_day: float) -> None:
    """US RDAs by age, sex and life stage; infants get AIs."""
    value = mg.reference_intake(
        sex=sex, age=age, pregnant=pregnant, lactating=lactating, authority=Authority("US")
    )
    assert value.value_mg == mg_day
    assert value.kind == ("AI" if age < 1 else "RDA")


def test_pregnancy_under_efsa_is_the_womens_value() -> None:
    """EFSA found no higher need in pregnancy or lactation: 300 mg/day, with a note."""
    for pregnant in (True, False):
        value = mg.reference_intake(
            sex="female", age=30, pregnant=pregnant, lactating=not pregnant
        )
        assert value.value_mg == 300
        assert "no evidence of a higher need" in str(value.note)


def test_nnr_pregnancy_is_marked_unconfirmed() -> None:
    """NNR 2023's pregnancy value is unconfirmed (facts.md) and says so."""
    value = mg.reference_intake(sex="female", age=30, pregnant=True, authority="NNR2023")
    assert value.value_mg == 300
    assert value.evidence is mg.Evidence.UNCONFIRMED


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"sex": "male", "age": 0.3}, mg.NoReferenceValueError, "EFSA sets no"),
        (
            {"sex": "female", "age": 13, "pregnant": True, "authority": "US"},
            mg.NoReferenceValueError,
            "pregnancy",
        ),
        ({"sex": "male", "age": 30, "pregnant": True}, mg.InvalidAmountError, "'female' only"),
        (
            {"sex": "female", "age": 30, "pregnant": True, "lactating": True},
            mg.InvalidAmountError,
            "not both",
        ),
        ({"sex": "other", "age": 30}, mg.InvalidAmountError, "'female' or 'male'"),
        ({"sex": "male", "age": -1}, mg.InvalidAmountError, "from 0 to 130"),
        ({"sex": "male", "age": 200}, mg.InvalidAmountError, "from 0 to 130"),
        ({"sex": "male", "age": float("nan")}, mg.InvalidAmountError, "from 0 to 130"),
        ({"sex": "male", "age": None}, mg.UnitError, "needs years"),
        ({"sex": "male", "age": True}, mg.UnitError, "needs years"),
        ({"sex": "male", "age": "30 kg"}, mg.UnitError, "duration"),
    ],
)
def test_bad_groups(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    """Groups without a value, and impossible inputs, raise clear errors."""
    with pytest.raises(error, match=match):
        mg.reference_intake(**kwargs)  # type: ignore[arg-type]


def test_sex_accepts_enum_and_any_case() -> None:
    """Sex is 'female'/'male' in any case, or the Sex enum."""
    assert mg.reference_intake(sex="MALE", age=40).value_mg == 350
    assert mg.reference_intake(sex=mg.Sex.FEMALE, age=40).value_mg == 300


def test_unknown_authority() -> None:
    """An unknown authority is a ValueError naming it."""
    with pytest.raises(ValueError, match="WHO"):
        mg.reference_intake(sex="male", age=40, authority="WHO")


# Supplemental upper levels: SCF 2001 (EFSA) from age 4; IOM 1997 by age.
@pytest.mark.parametrize(
    ("authority", "age", "mg_day"),
    [
        ("EFSA", 4, 250),
        ("EFSA", 40, 250),
        ("NNR2023", 40, 250),
        ("US", 1, 65),
        ("US", 3.9, 65),
        ("US", 4, 110),
        ("US", 8.9, 110),
        ("US", 9, 350),
        ("US", 70, 350),
    ],
)
def test_upper_levels(authority: str, age: float, mg_day: float) -> None:
    """Upper levels for supplemental magnesium by authority and age."""
    level = mg.upper_level(age=age, authority=authority)
    assert level.value_mg == mg_day
    assert level.scope == "supplemental"
    assert level.kind == "UL"


def test_efsa_upper_level_source_is_scf_2001() -> None:
    """The EU level was set by the SCF in 2001, not by EFSA itself (facts.md policy 1)."""
    level = mg.upper_level(age=30)
    assert level.source == "SCF2001"
    assert level.source_record.year == 2001


@pytest.mark.parametrize(("authority", "age"), [("EFSA", 3.9), ("EFSA", 1), ("US", 0.5)])
def test_no_upper_level_for_young_children(authority: str, age: float) -> None:
    """No EU level below age 4 and no US level below 1 year: an error, not a guess."""
    with pytest.raises(mg.NoReferenceValueError, match="no upper level"):
        mg.upper_level(age=age, authority=authority)


# EFSA 2010 adequate intakes of total water (facts.md section 5).
@pytest.mark.parametrize(
    ("kwargs", "litres"),
    [
        ({"sex": "female", "age": 30}, 2.0),
        ({"sex": "male", "age": 30}, 2.5),
        ({"sex": "female", "age": 30, "pregnant": True}, 2.3),
        ({"sex": "female", "age": 30, "lactating": True}, 2.7),
        ({"sex": "male", "age": 2}, 1.3),
        ({"sex": "female", "age": 6}, 1.6),
        ({"sex": "male", "age": 10}, 2.1),
        ({"sex": "female", "age": 10}, 1.9),
    ],
)
def test_water_intake(kwargs: dict[str, object], litres: float) -> None:
    """EFSA's adequate intakes of total water, with pregnancy +0.3 L and lactation +0.7 L."""
    value = mg.water_intake(**kwargs)  # type: ignore[arg-type]
    assert value.value_l == pytest.approx(litres)
    assert value.source == "EFSA2010W"


def test_no_water_value_for_infants() -> None:
    """EFSA's water AIs are not tabulated here below age 2: an error."""
    with pytest.raises(mg.NoReferenceValueError):
        mg.water_intake(sex="male", age=1)


# Each value's record as its source states it (EFSA 2015 Table; SCF 2001 as
# worded by EFSA 2018; IOM 1997 via NIH ODS): issue 14's mutants found these
# fields unpinned.
@pytest.mark.parametrize(
    ("value", "record"),
    [
        (
            lambda: mg.reference_intake(sex="female", age=30),
            ("EFSA", "AI", "women >= 18 y", 300.0, "total", "EFSA2015", "confirmed"),
        ),
        (
            lambda: mg.upper_level(age=30),
            ("EFSA", "UL", "from 4 y, including pregnancy and lactation", 250.0,
             "supplemental", "SCF2001", "confirmed"),
        ),
        (
            lambda: mg.reference_intake(sex="female", age=25, pregnant=True, authority="US"),
            ("US", "RDA", "pregnancy 19-30 y", 350.0, "total", "IOM1997", "secondary"),
        ),
    ],
)  # fmt: skip
def test_reference_value_records(value: Any, record: tuple[object, ...]) -> None:
    found = value()
    assert (
        found.authority.value,
        found.kind,
        found.group,
        found.value_mg,
        found.scope,
        found.source,
        found.evidence.value,
    ) == record


def test_reference_value_text_in_both_languages() -> None:
    """Title: authority, kind, value per day and group; then scope, source and evidence."""
    value = mg.reference_intake(sex="female", age=25, pregnant=True, authority="US")
    source = mg.SOURCES["IOM1997"].citation()
    assert value.to_text() == (
        "US RDA: 350 mg/d (pregnancy 19-30 y)\n"
        "  counts    total\n"
        f"  source    {source}\n"
        "  evidence  secondary"
    )
    assert value.to_text("da") == (
        "US RDA: 350 mg/dag (graviditet 19-30 år)\n"
        "  tæller   i alt\n"
        f"  kilde    {source}\n"
        "  evidens  sekundær"
    )


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: mg.reference_intake(sex="male", age=30, pregnant=True),
            mg.InvalidAmountError,
            "`pregnant` applies to sex='female' only, got sex='male'",
        ),
        (
            lambda: mg.reference_intake(sex="female", age=30, pregnant=True, lactating=True),
            mg.InvalidAmountError,
            "give either `pregnant` or `lactating`, not both",
        ),
        (
            lambda: mg.water_intake(sex="female", age=0.1),
            mg.NoReferenceValueError,
            "EFSA 2010 sets no adequate water intake for a female aged 0.1 y",
        ),
        (
            lambda: mg.reference_intake(sex="female", age=130.5),
            mg.InvalidAmountError,
            "`age` needs years from 0 to 130, got 130.5",
        ),
        (
            lambda: mg.reference_intake(sex="female", age="abc years"),
            mg.InvalidAmountError,
            '`age` needs a duration such as "2 h", got "abc years": could not read it',
        ),
        (
            lambda: mg.reference_intake(sex="f" * 201, age=30),
            mg.InputTooLongError,
            f"`sex` of at most 200 characters expected, got one of 201: {'f' * 40!r}...",
        ),
    ],
)
def test_reference_errors_say_what_was_expected(
    call: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


def test_the_oldest_age_is_accepted() -> None:
    """130 years is the last age read (MAX_AGE, inclusive)."""
    assert mg.reference_intake(sex="female", age=130).value_mg == 300.0


def test_water_in_lactation_adds_its_extra() -> None:
    """EFSA 2010: 2.0 L/day for women, plus 0.7 L in lactation."""
    water = mg.water_intake(sex="female", age=30, lactating=True)
    assert (water.value_l, water.extra_l, water.group, water.source) == (
        2.7,
        0.7,
        "females >= 14 y",
        "EFSA2010W",
    )


def test_life_stage_without_its_own_value_says_so() -> None:
    """EFSA 2015 and NNR 2023 set no separate value in pregnancy or lactation (facts.md)."""
    efsa = mg.reference_intake(sex="female", age=30, pregnant=True)
    note = (
        "EFSA sets no separate value for pregnancy: it found no evidence of a higher need, "
        "so the value for women of this age applies."
    )
    assert efsa.note is not None
    assert efsa.note.render() == note
    assert efsa.to_text().splitlines()[-1] == f"  note      {note}"
    assert (
        efsa.to_text("da")
        .splitlines()[-1]
        .startswith("  bemærkning  EFSA fastsætter ingen særskilt værdi for graviditet")
    )
    assert mg.reference_intake(sex="female", age=30).note is None
    nnr = mg.reference_intake(sex="female", age=30, lactating=True, authority="NNR2023")
    assert nnr.note is not None
    assert nnr.note.render().startswith("NNR2023 sets no separate value for lactation")
    assert nnr.evidence is mg.Evidence.UNCONFIRMED  # NNR's stance is not read in the source


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: mg.reference_intake(sex="female", age=0),  # age 0 is read: no value
            "EFSA sets no recommended magnesium intake for female, age 0 y",
        ),
        (
            lambda: mg.reference_intake(sex="female", age=12, pregnant=True, authority="US"),
            "US sets no recommended magnesium intake for female, age 12 y, pregnancy",
        ),
    ],
)
def test_no_reference_value_says_for_whom(call: Any, message: str) -> None:
    with pytest.raises(mg.NoReferenceValueError) as caught:
        call()
    assert str(caught.value) == message


def test_rows_are_read_with_their_types() -> None:
    """The tables are read from data/reference.toml: sex, stage and value get types."""
    rows = _reference._rows(
        [
            {"from": 14.0, "below": 19.0, "sex": "female", "stage": "pregnancy",
             "value": 400.0, "group": "pregnancy 14-18 y"},
            {"from": 1.0, "below": 4.0, "value": 80.0, "group": "children 1-3 y"},
        ],
        "test",
    )  # fmt: skip
    assert rows == (
        _reference.Row(
            14, 19, mg.Sex.FEMALE, _reference.Stage.PREGNANCY, 400.0, "pregnancy 14-18 y"
        ),
        _reference.Row(1, 4, None, _reference.Stage.NONE, 80.0, "children 1-3 y"),
    )
    assert isinstance(rows[0].value, float)


def test_water_for_a_pregnant_man_is_refused() -> None:
    with pytest.raises(mg.InvalidAmountError, match="applies to sex='female' only"):
        mg.water_intake(sex="male", age=30, pregnant=True)


_BOUND = "(WHO counts adolescent mothers from 10; 60 is this library's bound)"


@pytest.mark.parametrize(
    ("person", "message"),
    [
        ({"sex": "male", "age": 30, "pregnant": True},
         "`pregnant` applies to sex='female' only, got sex='male'"),
        ({"sex": "male", "age": 30, "lactating": "true"},
         "`lactating` applies to sex='female' only, got sex='male'"),
        ({"sex": "female", "age": 30, "pregnant": True, "lactating": True},
         "give either `pregnant` or `lactating`, not both"),
        ({"sex": "female", "age": 5, "lactating": True},
         f"`lactating` needs an `age` from 10 to 60 years {_BOUND}, got age=5"),
        ({"sex": "female", "age": 70, "pregnant": True},
         f"`pregnant` needs an `age` from 10 to 60 years {_BOUND}, got age=70"),
    ],
)  # fmt: skip
def test_a_life_stage_that_cannot_be_is_refused_word_for_word(
    person: dict[str, object], message: str
) -> None:
    """Issue 24: what the mutation run of _reference found unpinned (life_stage's messages)."""
    with pytest.raises(mg.InvalidAmountError) as caught:
        mg.reference_intake(**person)  # type: ignore[arg-type]
    assert str(caught.value) == message


@pytest.mark.parametrize(("age", "fine"), [(10, True), (60, True), (9.9, False), (60.1, False)])
def test_the_childbearing_ages_are_inclusive(age: float, fine: bool) -> None:
    """From 10 (WHO: adolescent mothers) to 60 years, both ends included."""
    if fine:
        assert mg.reference_intake(sex="female", age=age, pregnant=True).value_mg > 0
    else:
        with pytest.raises(mg.InvalidAmountError, match="needs an `age` from 10 to 60"):
            mg.reference_intake(sex="female", age=age, pregnant=True)
