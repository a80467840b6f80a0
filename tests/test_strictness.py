"""Issue 24, first slice: flags are booleans, impossible people are refused,
every amount entry point has its bound, and the text footguns are closed."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium.frame import _columns, score

if TYPE_CHECKING:
    from collections.abc import Callable

# --- flags ------------------------------------------------------------------

FLAG_FIELDS = ["pregnant", "lactating", "hot_climate", "heavy_sweating"]

# What a table may hold for a yes/no, and what it means (issue 24's list).
READ_AS: list[tuple[object, bool]] = [
    (True, True),
    (False, False),
    (np.True_, True),
    (np.False_, False),
    (1, True),
    (0, False),
    (np.int64(1), True),
    (1.0, True),  # a 0/1 column with gaps is float
    (0.0, False),
    ("true", True),
    ("FALSE", False),
    ("yes", True),
    ("no", False),
    ("Ja", True),
    (" nej ", False),
    ("1", True),
    ("0", False),
    (None, False),  # not given
    (float("nan"), False),
    (pd.NA, False),
]
REFUSED: list[object] = ["maybe", "", "falsk!", 2, -1, 0.5, "2", [], {}, b"true", "x" * 500]


@pytest.mark.parametrize("field", FLAG_FIELDS)
@pytest.mark.parametrize(("given", "expected"), READ_AS, ids=[repr(g) for g, _ in READ_AS])
def test_a_flag_reads_what_a_table_holds(field: str, given: object, expected: bool) -> None:
    """'false' from a CSV was a pregnant person (truthiness); now it is not."""
    person = mg.Person(sex="female", age=30, **{field: given})
    assert getattr(person, field) is expected


@pytest.mark.parametrize("field", FLAG_FIELDS)
@pytest.mark.parametrize("given", REFUSED, ids=repr)
def test_a_flag_refuses_anything_else(field: str, given: object) -> None:
    with pytest.raises(mg.ArgumentTypeError, match=f"`{field}` needs True or False"):
        mg.Person(sex="female", age=30, **{field: given})


def test_a_temperature_is_not_a_flag() -> None:
    """A degC Quantity raised pint's ValueError; now the flag's own error."""
    ureg = pint.UnitRegistry()  # type: ignore[var-annotated]
    with pytest.raises(mg.ArgumentTypeError, match="`hot_climate` needs True or False"):
        mg.Person(hot_climate=ureg.Quantity(30, "degC"))


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda v: mg.interactions("metformin", strict=v), "strict"),
        (lambda v: mg.check_schedule({"magnesium": ["08:00"]}, strict=v), "strict"),
        (lambda v: mg.magnesium_windows({"levothyroxine": ["07:00"]}, strict=v), "strict"),
        (lambda v: mg.serum_status("0.8 mmol/L", rosanoff_2022=v), "rosanoff_2022"),
        (lambda v: mg.assess(mg.Person(), strict=v), "strict"),
        (lambda v: mg.assess(mg.Person(), rosanoff_2022=v), "rosanoff_2022"),
        (lambda v: score(pd.DataFrame({"age": [40]}), strict=v), "strict"),
        (lambda v: mg.reference_intake(sex="female", age=30, pregnant=v), "pregnant"),
        (lambda v: mg.assess_intake([], pregnant=v), "pregnant"),
    ],
)
def test_every_switch_is_a_boolean(call: Callable[[object], object], name: str) -> None:
    """A switch reads the same spellings; its truthiness is never used."""
    with pytest.raises(mg.ArgumentTypeError, match=f"`{name}` needs True or False"):
        call("maybe")
    call("false")  # read, not refused


def test_the_text_false_switches_off() -> None:
    """rosanoff_2022='false' was the Rosanoff band (a non-empty text is truthy)."""
    rosanoff = mg.serum_status("0.80 mmol/L", rosanoff_2022=True).status
    plain = mg.serum_status("0.80 mmol/L", rosanoff_2022=False).status
    assert rosanoff != plain  # the two bands classify 0.80 mmol/L apart
    assert mg.serum_status("0.80 mmol/L", rosanoff_2022="false").status == plain  # type: ignore[arg-type]
    assert mg.serum_status("0.80 mmol/L", rosanoff_2022="ja").status == rosanoff  # type: ignore[arg-type]


def test_a_switch_has_no_missing_value() -> None:
    """NA is "not given" for a person's flag, but a switch must be said."""
    with pytest.raises(mg.ArgumentTypeError, match="missing value"):
        mg.interactions("metformin", strict=pd.NA)  # type: ignore[arg-type]


# --- impossible people ------------------------------------------------------

# WHO counts adolescent mothers from age 10 (WHOADOLPREG); 60 is the
# library's bound past natural menopause. Each message names both fields.
IMPOSSIBLE: list[tuple[dict[str, Any], str]] = [
    ({"sex": "female", "age": 5, "pregnant": True}, "`pregnant` needs an `age` from 10 to 60"),
    ({"sex": "female", "age": 70, "pregnant": True}, "`pregnant` needs an `age` from 10 to 60"),
    ({"age": 3, "lactating": True}, "`lactating` needs an `age` from 10 to 60"),
    ({"age": 9.9, "pregnant": "ja"}, "`pregnant` needs an `age`"),
    ({"sex": "male", "lactating": True}, "`lactating` applies to sex='female' only"),
    ({"egfr": "500 mL/min/1.73m2"}, "`egfr` needs an eGFR of at most 250"),
    ({"egfr": "1e6 mL/min/1.73m2"}, "`egfr` needs an eGFR of at most 250"),
    ({"egfr": "150 mL/min/m**2"}, "at most 250"),  # 150 per m² is 259.5 per 1.73 m²
]


@pytest.mark.parametrize(("fields", "message"), IMPOSSIBLE)
def test_an_impossible_person_is_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(mg.InvalidAmountError, match=message.replace("*", r"\*")):
        mg.Person(**fields)


@pytest.mark.parametrize("age", [10, 30, 60])
def test_the_childbearing_bounds_themselves_are_allowed(age: int) -> None:
    assert mg.Person(sex="female", age=age, pregnant=True).pregnant
    assert mg.Person(sex="female", age=age, lactating=True).lactating


def test_the_egfr_bound_itself_is_allowed() -> None:
    assert mg.Person(egfr="250 mL/min/1.73m2").egfr == 250.0


def test_ckd_epi_stays_inside_the_egfr_bound() -> None:
    """The bound is above all CKD-EPI 2021 gives in the creatinine range (Inker 2021):
    142 x (0.1/0.7)^-0.241 x 0.9938^18 x 1.012 for a woman of 18 = 205.4."""
    expected = 142 * (0.1 / 0.7) ** -0.241 * 0.9938**18 * 1.012
    got = mg.ckd_epi_2021("0.1 mg/dL", age=18, sex="female").m_as("mL/min")
    assert got == pytest.approx(expected, rel=1e-9)
    assert got < 250


@pytest.mark.parametrize(
    "call",
    [
        lambda: mg.assess_intake([], age=2, pregnant=True),
        lambda: mg.assess_intake([], sex="male", lactating=True),
        lambda: mg.fluid_target("60 kg", age=70, pregnant=True),
        lambda: mg.water_intake(sex="female", age=65, lactating=True),
    ],
)
def test_functions_refuse_impossible_stages_too(call: Callable[[], object]) -> None:
    """Without sex or a reference to look up, the flags are still checked."""
    with pytest.raises(mg.InvalidAmountError, match=r"`pregnant`|`lactating`"):
        call()


@pytest.mark.parametrize(
    "times",
    [
        {"levothyroxine": ["25:00"]},
        {"levothyroxine": ["banana"]},
        {"levothyroxine": [7]},
        {"levothyroxine": ["07:00", "12:60"]},
        {"levothyroxine": [dt.time(7, 0, 30)]},
    ],
)
def test_unreadable_medication_times_are_refused(times: dict[str, list[object]]) -> None:
    """They were accepted and silently ignored by the suggested time."""
    with pytest.raises(mg.ScheduleError, match=r"medication_times\['levothyroxine'\]"):
        mg.Person(medication_times=times)


@pytest.mark.parametrize("times", [{1: ["07:00"]}, {b"x": ["07:00"]}])
def test_medication_times_need_text_names(times: dict[object, list[str]]) -> None:
    with pytest.raises(mg.ArgumentTypeError, match="medicine names as texts"):
        mg.Person(medication_times=times)


def test_readable_medication_times_are_kept() -> None:
    person = mg.Person(medication_times={"levothyroxine": ["07:00", dt.time(19, 0)]})
    assert person.medication_times == (("levothyroxine", ("07:00", dt.time(19, 0))),)


# --- bounds and overflow ----------------------------------------------------


def test_elemental_has_the_compound_bound() -> None:
    """mg.elemental was the one amount entry point without a plausible bound."""
    with pytest.raises(mg.InvalidAmountError, match="plausible 0-100000 mg"):
        mg.elemental("magnesium oxide", "1e308 mg")
    # 100 g, the bound itself, is read: MgO is 24.305 / 40.304 magnesium (IUPAC 2021).
    got = mg.elemental("magnesium oxide", "100 g").m_as("mg")
    assert got == pytest.approx(100_000 * 24.305 / (24.305 + 15.999), rel=1e-4)


@pytest.mark.parametrize(
    "call",
    [
        lambda: mg.Person(age=10**400),
        lambda: mg.Person(alcohol_drinks_per_day=10**400),
        lambda: mg.Person(training_hours_per_week=-(10**400)),
        lambda: mg.reference_intake(sex="female", age=10**400),
    ],
)
def test_a_huge_integer_is_out_of_range_not_an_overflow(call: Callable[[], object]) -> None:
    """10**400 raised OverflowError (it is beyond a float); now the range's error."""
    with pytest.raises(mg.InvalidAmountError, match="from 0 to"):
        call()


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: mg.food("almonds", "1 dl", measure=1), mg.ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: mg.check_schedule({1: ["08:00"]}), mg.ScheduleError),  # type: ignore[dict-item]
        (lambda: mg.check_schedule({b"x": ["08:00"]}), mg.ScheduleError),  # type: ignore[dict-item]
        (lambda: mg.search_foods("milk", limit=""), mg.InvalidAmountError),  # type: ignore[arg-type]
        (lambda: mg.search_foods("milk", limit=-1), mg.InvalidAmountError),
        (lambda: mg.search_foods("milk", limit=True), mg.InvalidAmountError),
    ],
)
def test_wrong_types_are_magnesium_errors(
    call: Callable[[], object], error: type[mg.MagnesiumError]
) -> None:
    """These raised TypeError or AttributeError from inside the package."""
    with pytest.raises(error):
        call()


def test_a_deeply_nested_list_is_a_magnesium_error() -> None:
    """A list 1,000 deep is not a list of medicine names (it raised RecursionError)."""
    nested: list[Any] = []
    for _ in range(1000):
        nested = [nested]
    with pytest.raises(mg.MagnesiumError):
        mg.interactions(nested)


# --- text footguns ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["250\x00mg", "250 mg{}", "250 mg;", "250 mg\x07", "250 m\u200bg"]
)
def test_a_unit_with_a_stray_character_is_refused(text: str) -> None:
    """A control character, a brace or a semicolon was dropped by pint's parser."""
    with pytest.raises(mg.UnitError):
        mg.supplement(elemental=text)


@pytest.mark.parametrize("text", ["-0 g", "-0 mg", "-0.0 kg"])
def test_minus_zero_is_zero(text: str) -> None:
    """'-0 g' gave -0.0 mg, which prints as '-0'."""
    value = mg.to_mg(text).magnitude
    assert value == 0.0
    assert str(value) == "0.0"


def test_a_count_with_a_thousands_comma_is_refused() -> None:
    """'1,500 small handful' was read as 1.5 handfuls while '1,500 g' was refused."""
    with pytest.raises(mg.InvalidAmountError, match="comma"):
        mg.food("almonds", "1,500 small handful")
    with pytest.raises(mg.InvalidAmountError, match="comma"):
        mg.food("almonds", "1,500 g")


# A cohort's flag column reads each value as a person's flag does: the same table.
COHORT_FLAGS = ["pregnant", "hot_climate", "heavy_sweating", "gi_disease", "diuretic"]


@pytest.mark.parametrize("column", COHORT_FLAGS)
def test_a_flag_column_reads_what_a_person_reads(column: str) -> None:
    """2 was read as False and "false" refused; now the column reads as Person does."""
    values = [given for given, _ in READ_AS]
    frame = pd.DataFrame({"sex": "female", "age": 30.0, column: pd.Series(values, dtype=object)})
    read = _columns.flag(frame, column)
    assert read.tolist() == [expected for _, expected in READ_AS]


@pytest.mark.parametrize("column", COHORT_FLAGS)
@pytest.mark.parametrize("given", [g for g in REFUSED if not isinstance(g, list | dict)], ids=repr)
def test_a_flag_column_refuses_what_a_person_refuses(column: str, given: object) -> None:
    frame = pd.DataFrame({"sex": ["female", "female"], "age": [30.0, 31.0], column: [True, given]})
    with pytest.raises(mg.UnitError, match=rf"column `{column}` needs True/False.*rows \[1\]"):
        _columns.flag(frame, column)


@pytest.mark.parametrize(
    ("column", "like"),
    [
        ("supplements_mg", "supplemental"),  # issue 24: ignored, NA totals
        ("food_mg", "food"),
        ("age_years", "age"),
        ("egfr (mL/min)", "egfr"),
        ("Symptom", "symptoms"),
        ("creatinine_mg_dl", "creatinine"),
    ],
)
def test_a_column_with_a_unit_or_plural_added_is_named(column: str, like: str) -> None:
    """A far-misspelt input column is refused, naming the one it resembles."""
    frame = pd.DataFrame({"sex": ["female"], "age": [40.0], column: [1.0]})
    with pytest.raises(
        mg.UnknownNameError, match=f'unknown column "{re.escape(column)}"; did you mean "{like}"'
    ):
        score(frame)


@pytest.mark.parametrize(
    "column", ["id", "person_id", "name", "medication_count", "visit", "date"]
)
def test_other_columns_are_left_alone(column: str) -> None:
    frame = pd.DataFrame({"sex": ["female"], "age": [40.0], column: ["x"]})
    assert len(score(frame)) == 1


# --- the cohort's column names ----------------------------------------------


@pytest.mark.parametrize(
    ("frame", "kwargs", "message"),
    [
        (pd.DataFrame({"food": [1.0]}), {"food": None}, "`food` needs a column name"),
        (
            pd.DataFrame({"food": [1.0]}),
            {"food": ("food", "food"), "units": {"food": "mg"}},
            "twice",
        ),
        (pd.DataFrame({"food": [1.0]}), {"supplemental": [1]}, "column names as texts"),
        (pd.DataFrame({0: [40]}), {}, "names as texts"),
        (pd.DataFrame([[40, 41]], columns=["age", "age"]), {}, "distinct names"),
    ],
)
def test_a_cohorts_column_names_are_checked(
    frame: pd.DataFrame, kwargs: dict[str, Any], message: str
) -> None:
    """A column named twice was counted twice; integer names were silently ignored."""
    with pytest.raises(mg.ArgumentTypeError, match=message):
        score(frame, **kwargs)


@pytest.mark.parametrize(
    ("frame", "kwargs", "error", "message"),
    [
        ([1, 2], {}, mg.ArgumentTypeError,
         "`frame` needs a pandas, Dask or polars DataFrame or an Arrow table, got list"),
        (pd.DataFrame({"food": [1.0]}), {"supplemental": [1]}, mg.ArgumentTypeError,
         "`supplemental` needs column names as texts, got 1"),
        (pd.DataFrame({0: [40]}), {}, mg.ArgumentTypeError,
         "a cohort's columns need names as texts (such as 'age'), got 0"),
        (pd.DataFrame({"sex": ["female"]}), {"extra": "strict"}, mg.UnknownChoiceError,
         'unknown `extra` value "strict"; choose one of "check", "forbid", "ignore"'),
        (pd.DataFrame({"sex": ["male"], "age": [55.0], "creatinine": [1.2],
                       "serum_creatinine": [1.2]}), {}, mg.InvalidAmountError,
         "give either `creatinine` or `serum_creatinine` (the same input), not both"),
        (pd.DataFrame({"serum_magnesium": [0.8, 68.0]}), {"units": {"serum_magnesium": "mmol/L"}},
         mg.InvalidAmountError, ("column `serum_magnesium` is outside the plausible "
                                 "0.1-10 mmol/L in rows [1]; check the unit")),
    ],
)  # fmt: skip
def test_a_cohorts_refusals_word_for_word(
    frame: object, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    """Each refusal of the cohort path names the argument and what was expected."""
    with pytest.raises(error) as caught:
        score(frame, **kwargs)  # type: ignore[call-overload]
    assert str(caught.value) == message


def test_a_dask_cohort_reads_the_named_amount_columns() -> None:
    """food= and supplemental= reach every partition, as they reach a pandas frame."""
    frame = pd.DataFrame({"sex": ["female", "male"] * 3, "age": [40.0] * 6,
                          "meals": [250.0, 300.0, 310.0, 200.0, 150.0, 400.0],
                          "pills": [0.0, 100.0, 300.0, 0.0, 50.0, 250.0]})  # fmt: skip
    kwargs: dict[str, Any] = {"food": ("meals",), "supplemental": ("pills",),
                              "units": {"meals": "mg", "pills": "mg"}}  # fmt: skip
    partitioned = dd.from_pandas(frame, npartitions=2)  # type: ignore[no-untyped-call]
    computed = score(partitioned, **kwargs).compute()
    pd.testing.assert_frame_equal(computed, score(frame, **kwargs))
    assert computed["total_mg"].tolist() == [250.0, 400.0, 610.0, 200.0, 200.0, 650.0]


def test_a_cohorts_columns_keep_their_kinds() -> None:
    """Amounts are float64, counts small integers, classes categorical, names objects."""
    frame = pd.DataFrame({"sex": ["female", "male"], "age": [40.0, 70.0],
                          "food": [250.0, 300.0], "supplemental": [0.0, 100.0],
                          "serum_magnesium": [0.8, 0.6], "egfr": [90.0, 50.0],
                          "medications": [["furosemide", "zyxquux"], []]})  # fmt: skip
    units = {"food": "mg", "supplemental": "mg", "serum_magnesium": "mmol/L",
             "egfr": "mL/min/1.73m**2"}  # fmt: skip
    out = score(frame, units=units)
    kinds = {
        "float64": ["food_mg", "supplemental_mg", "total_mg", "ceiling_mg", "headroom_mg",
                    "reference_mg", "coverage", "egfr", "serum_mmol_per_l"],
        "Int8": ["mds_diuretic", "mds_ppi", "mds_alcohol", "mds_egfr", "mds"],
        "category": ["mds_group", "serum_class", "deficiency_level", "urgency"],
        "boolean": ["exceeds_ceiling"],
        "int16": ["deficiency_score"],
        "object": ["unknown_medications"],
        "bool": ["caution_any", "red_flag_any"],
    }  # fmt: skip
    for kind, columns in kinds.items():
        assert {c: str(out[c].dtype) for c in columns} == dict.fromkeys(columns, kind)
    assert out["unknown_medications"].tolist() == [("zyxquux",), ()]


def test_one_food_column_by_name() -> None:
    """food='diet_mg' names one column, as food=('diet_mg',) does."""
    frame = pd.DataFrame({"diet_mg": [300.0], "supplemental": [100.0]})
    units = {"diet_mg": "mg", "supplemental": "mg"}
    one = score(frame, food="diet_mg", units=units)
    many = score(frame, food=("diet_mg",), units=units)
    assert one["total_mg"].tolist() == many["total_mg"].tolist() == [400.0]


# --- property: flags and stages ---------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    age=st.floats(0, 130, allow_nan=False),
    pregnant=st.booleans(),
    lactating=st.booleans(),
    sex=st.sampled_from(["female", "male", None]),
)
def test_a_person_is_built_exactly_when_the_stage_is_possible(
    age: float, pregnant: bool, lactating: bool, sex: str | None
) -> None:
    """Refused if and only if: both flags, a flagged male, or a flag outside 10-60 y."""
    impossible = (pregnant and lactating) or (
        (pregnant or lactating) and (sex == "male" or not 10 <= age <= 60)
    )
    try:
        mg.Person(sex=sex, age=age, pregnant=pregnant, lactating=lactating)
    except mg.InvalidAmountError:
        assert impossible
    else:
        assert not impossible


# --- mutation survivors that were real gaps ---------------------------------


def test_an_atc_prefix_of_two_drugs_is_not_one_drug() -> None:
    """find_drug's `len(found) > 1` survived as `> 2`, yet N02BF is two drugs."""
    both = sorted(d.name for d in mg.DRUGS.values() if d.atc.startswith("N02BF"))
    assert both == ["gabapentin", "pregabalin"]  # WHO ATC N02BF01, N02BF02
    with pytest.raises(mg.UnknownNameError) as info:
        mg.find_drug("N02BF")
    assert sorted(info.value.candidates) == both


def test_atc_suggestions_are_cut_at_five() -> None:
    """The cut `[:5]` survived as `[:6]`, yet C99 has more than five candidates."""
    prefixes = sorted({d.atc[:3] for d in mg.DRUGS.values() if d.atc.startswith("C")})
    assert len(prefixes) > 5
    with pytest.raises(mg.UnknownNameError) as info:
        mg.find_drug("C99")
    assert list(info.value.candidates) == prefixes[:5]


# --- the cohort path is as strict as the scalar path -----------------------


def _refused(call: Callable[[], object]) -> bool:
    try:
        call()
    except mg.InvalidAmountError:
        return True
    return False


_EXTREME = st.one_of(
    st.floats(0, 1e6, allow_nan=False),
    st.sampled_from([0.0, 1e-300, 0.1, 30.0, 250.0, 250.0001, 10_000.0, 10_000.01, 1e308]),
)


@settings(max_examples=150, deadline=None)
@given(value=_EXTREME, column=st.sampled_from(["egfr", "creatinine", "supplemental", "food"]))
def test_scalar_and_cohort_refuse_the_same_values(value: float, column: str) -> None:
    """A value the scalar path refuses, the cohort refuses too, and the reverse (issue 24).

    Creatinine 1e-300 gave an eGFR of 2e74, 1e308 mg a total of inf, eGFR 500
    was accepted; the scalar path refused all three.
    """
    text = f"{value!r}"
    scalar: dict[str, Callable[[], object]] = {
        "egfr": lambda: mg.Person(egfr=f"{text} mL/min/1.73m**2"),
        "creatinine": lambda: mg.Person(serum_creatinine=f"{text} mg/dL"),
        "supplemental": lambda: mg.supplement(elemental=f"{text} mg"),
        "food": lambda: mg.supplement(elemental=f"{text} mg"),  # one column is one item's bound
    }
    units = {"egfr": "mL/min/1.73m**2", "creatinine": "mg/dL"}
    frame = pd.DataFrame({column: [value], "age": [40], "sex": ["female"]})
    cohort_refused = _refused(
        lambda: score(frame, units={column: units.get(column, "mg")}, extra="ignore")
    )
    # eGFR and creatinine must be positive on the scalar path; 0 is "none" in a column.
    if value == 0.0 and column in {"egfr", "creatinine"}:
        return
    assert cohort_refused == _refused(scalar[column])


def test_a_megagram_unit_is_out_of_range() -> None:
    """units={'food': 'Mg'} (megagram) gave 2.6e11 mg; it is outside the plausible range."""
    frame = pd.DataFrame({"food": [260.0], "supplemental": [0.0]})
    with pytest.raises(mg.InvalidAmountError, match="plausible 0-10000 mg"):
        score(frame, units={"food": "Mg", "supplemental": "mg"})


@pytest.mark.parametrize(
    ("column", "values", "message"),
    [
        ("age", [True, False], "not True/False"),
        ("age", pd.array([True, None], dtype="boolean"), "not True/False"),
        ("food", [100 + 5j, 1 + 0j], "not complex numbers"),
        ("food", [True, 100.0], r"rows \[0\] are not \(True\)"),
        ("food", ["100", 100.0], r"rows \[0\] are not \('100'\)"),
    ],
)
def test_a_number_column_holds_real_numbers(column: str, values: Any, message: str) -> None:
    """Age True read as 1 year; a complex food lost its imaginary part; '100' passed."""
    frame = pd.DataFrame({column: values, "sex": ["female", "male"]})
    with pytest.raises(mg.InvalidAmountError, match=message):
        score(frame, units={"food": "mg"} if column == "food" else {}, extra="ignore")


def test_nullable_and_numpy_numbers_are_read() -> None:
    """Int64 with gaps and NumPy scalars in an object column are numbers."""
    frame = pd.DataFrame(
        {
            "age": pd.array([40, None], dtype="Int64"),
            "food": pd.Series([np.int64(300), None], dtype=object),
            "supplemental": [0.0, 0.0],
            "sex": ["female", "male"],
        }
    )
    out = score(frame, units={"food": "mg", "supplemental": "mg"})
    assert out["food_mg"].tolist()[0] == 300.0


# --- unit texts ---------------------------------------------------------------

_PINT_CACHES = ("parse_unit", "root_units", "dimensionality", "conversion_factor")


def _cache_sizes() -> dict[str, int]:
    registry = pint.get_application_registry().get()  # type: ignore[no-untyped-call]
    return {name: len(getattr(registry._cache, name)) for name in _PINT_CACHES}


def test_unit_texts_leave_pints_caches_alone() -> None:
    """5,000 distinct unit texts grew pint's parse cache by 5,000 (issue 24, item 2)."""
    frame = pd.DataFrame({"food": [100.0]})
    score(frame, units={"food": "mg"})  # warm: the library's own units are parsed once
    mg.supplement(elemental="1 mg")
    before = _cache_sizes()
    names = ["mg", "milligram", "mg * L / L", "mg / L * L", "mg * g / g"]
    texts = [n + " * s / s" * r + " " * k for n in names for r in range(16) for k in range(63)]
    assert len(set(texts[:5_000])) == 5_000  # valid and all distinct
    for text in texts[:5_000]:
        assert score(frame, units={"food": text})["food_mg"].iloc[0] == 100.0
        if len(text) < 190:
            assert mg.supplement(elemental=f"1 {text}").elemental_mg == 1.0
    assert _cache_sizes() == before


@pytest.mark.parametrize(
    ("unit", "error", "message"),
    [
        ("m" * 1_000_000, mg.InputTooLongError, "at most 200 characters"),
        ("mg;", mg.UnitError, "not one unit"),
        ("mg + 1 mg", mg.UnitError, "not one unit"),
        ("degC", mg.UnitError, "needs an amount of magnesium"),
    ],
)
def test_a_cohort_unit_text_is_one_short_unit(
    unit: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        score(pd.DataFrame({"food": [100.0]}), units={"food": unit})
