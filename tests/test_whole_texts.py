"""Refusals and texts read whole, where mutation survivors showed that no test looked.

Each case below was a surviving mutant of 2026-12-07 that ``tools/equivalent.py``
found to differ (issue 24): a refusal that named ``None`` instead of the value
given, a Danish text rendered in English, a column left in a table.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import pytest

import magnesium as mg


def _bad(value: object) -> Any:
    """A value of the wrong type, as a caller without a type checker passes it."""
    return value


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: mg.check_schedule(_bad(True)), mg.ScheduleError,
         "a schedule is a mapping of names to times of day, got True"),
        (lambda: mg.check_schedule(_bad({b"x": ["07:00"]})), mg.ScheduleError,
         "a schedule's names are texts such as 'levothyroxine', got b'x'"),
        (lambda: mg.find_drug(_bad([])), mg.ArgumentTypeError,
         "a medicine needs a name such as 'ciprofloxacin', got []"),
        (lambda: mg.Person(egfr="885523.5 mL/min/1.73m**2"), mg.InvalidAmountError,
         ("`egfr` needs an eGFR of at most 250 mL/min/1.73 m² (this library's bound), "
         "got '885523.5 mL/min/1.73m**2'")),
        (lambda: mg.Person.from_dict(_bad(True)), mg.InvalidRecordError,
         "Person.from_dict needs a mapping (as to_dict gives), got True"),
        (lambda: mg.Person(medication_times=(1, 2)), mg.ArgumentTypeError,
         "`medication_times` needs a mapping such as {'levothyroxine': ['07:00']}, got (1, 2)"),
        (lambda: mg.compound(_bad(42)), mg.ArgumentTypeError,
         "`compound` needs a compound name such as 'magnesium citrate', got 42"),
        (lambda: mg.assess_days({}), mg.InvalidAmountError, "`days` needs at least one day"),
        (lambda: mg.assess(_bad("x")), mg.ArgumentTypeError,
         "`person` needs a magnesium.Person, got 'x'"),
        (lambda: mg.assess(mg.Person(age=30), _bad(3)), mg.ArgumentTypeError,
         "`intake` needs intake items, or days of them, got 3"),
        (lambda: mg.average_requirement(sex="female", age=True), mg.UnitError,
         "`age` needs years such as 40 or a duration such as '9 months', got True"),
        (lambda: mg.average_requirement(sex="female", age="3 kg"), mg.UnitError,
         ("`age` needs a number of years such as 40, or a duration with its unit such as "
          "'9 months', got '3 kg'")),
        (lambda: mg.average_requirement(sex="x", age=40), mg.InvalidAmountError,
         "`sex` needs 'female' or 'male' (also F/M, woman/man, kvinde/mand, K), got 'x'"),
        (lambda: mg.average_requirement(sex="female", age=40, pregnant=_bad("maybe")),
         mg.ArgumentTypeError,
         ('`pregnant` needs True or False (or "true"/"false", "ja"/"nej", 1/0 from a table), '
          "got 'maybe'")),
        (lambda: mg.average_requirement(sex="female", age=40, lactating=_bad("maybe")),
         mg.ArgumentTypeError,
         ('`lactating` needs True or False (or "true"/"false", "ja"/"nej", 1/0 from a table), '
          "got 'maybe'")),
        (lambda: mg.average_requirement(sex="female", age=40, authority="EFSA"),
         mg.NoReferenceValueError,
         ("EFSA sets no Estimated Average Requirement for magnesium (only adequate or "
          "recommended intakes); the US (IOM 1997) does: authority='US'")),
        (lambda: mg.average_requirement(sex="male", age=30, pregnant=True),
         mg.InvalidAmountError, "`pregnant` applies to sex='female' only, got sex='male'"),
        (lambda: mg.average_requirement(sex="female", age=70, pregnant=True),
         mg.InvalidAmountError,
         ("`pregnant` needs an `age` from 10 to 60 years (WHO counts adolescent mothers from "
          "10; 60 is this library's bound), got age=70")),
        # IOM 1997 sets EARs from 1 year, and in pregnancy and lactation from 14
        (lambda: mg.average_requirement(sex="female", age="6 months"), mg.NoReferenceValueError,
         "US sets no Estimated Average Requirement for female, age 0.5 y"),
        (lambda: mg.average_requirement(sex="female", age=12, pregnant=True),
         mg.NoReferenceValueError,
         "US sets no Estimated Average Requirement for female, age 12 y, pregnancy"),
        (lambda: mg.average_requirement(sex="female", age=12, lactating=True),
         mg.NoReferenceValueError,
         "US sets no Estimated Average Requirement for female, age 12 y, lactation"),
    ],
)  # fmt: skip
def test_a_refusal_names_the_value_given(call: object, error: type, message: str) -> None:
    with pytest.raises(error, match=f"^{re.escape(message)}$"):
        call()  # type: ignore[operator]


def test_a_record_without_its_fields_is_refused_naming_them_all() -> None:
    fields = [
        "age", "alcohol_drinks_per_day", "body_weight", "conditions", "diet", "egfr",
        "heavy_sweating", "hot_climate", "lactating", "medication_times", "medications",
        "pregnant", "serum_creatinine", "serum_magnesium", "sex", "symptoms",
        "training_hours_per_week",
    ]  # fmt: skip
    message = (
        f"Person.from_dict: field(s) {fields} missing; a record holds every field "
        "(null where not given), as to_dict writes it"
    )
    with pytest.raises(mg.InvalidRecordError, match=f"^{re.escape(message)}$"):
        mg.Person.from_dict({})


def test_a_persons_medicine_times_read_in_danish() -> None:
    """The times line names each medicine as the medicines line does (furosemid)."""
    person = mg.Person(
        sex="male", age=40, medications=["furosemide"], medication_times={"furosemide": ["08:00"]}
    )
    assert person.to_text("da").splitlines() == [
        "Person (mand, 40 år)",
        "  lægemidler                  furosemid",
        "  tidspunkter for lægemidler  furosemid 08:00",
    ]


def _night_cramps() -> mg.Assessment:
    person = mg.Person(
        sex="female", age=30, diet="one-sided", symptoms=["night cramps"], body_weight="60 kg"
    )
    return mg.assess(person)


CAVEAT_DA = (
    "Ved natlige kramper hos ellers raske voksne fandt en Cochrane-oversigt (2020), at "
    "magnesium næppe hjælper (moderat til høj sikkerhed): et forsøg giver mening ved mistanke "
    "om for lidt magnesium, ikke for krampernes skyld alene."
)


def test_the_plans_caveat_and_the_recommendations_summary_and_diet_read_in_danish() -> None:
    recommendation = _night_cramps().recommendation
    assert recommendation.supplement is not None
    assert recommendation.supplement.to_text("da").splitlines()[1] == (
        f"  forbehold                    {CAVEAT_DA}"
    )
    lines = recommendation.to_text("da").splitlines()
    assert lines[1] == (
        "  sammenfatning  Kosten først. Et forsøg i 4-6 uger med 250 mg elementært magnesium "
        "om dagen, om aftenen, med et let måltid, kan være fornuftigt (artiklen); stop, hvis "
        f"det ikke hjælper. {CAVEAT_DA}"
    )
    diet = [line for line in lines if line.startswith("  kost ")]
    assert [line[17:50] for line in diet] == [
        "Spis magnesiumrige fødevarer: nød",
        "Artiklens fire fødevarer (30 g ma",
    ]


def test_any_supplement_taken_now_is_counted_in_the_trial_dose() -> None:
    """Half a milligram taken now is a supplement taken now (the dose is in all supplements)."""
    person = mg.Person(sex="female", age=55, diet="one-sided", symptoms=["night cramps"])
    taken = [mg.supplement(elemental="0.5 mg")]
    summary = mg.assess(person, taken).recommendation.summary.render("en")
    assert "250 mg elemental magnesium a day in all supplements" in summary
    alone = mg.assess(person).recommendation.summary.render("en")
    assert "in all supplements" not in alone


def test_an_assessments_table_leaves_the_inputs_out() -> None:
    """``to_frame`` has one row per finding; the inputs behind each stay in ``to_dict``."""
    table = mg.assess(mg.Person(sex="female", age=30, medications=["spironolactone"])).to_frame()
    assert list(table.columns) == [
        "kind", "key", "sources", "weight", "evidence", "urgency", "text"
    ]  # fmt: skip


def test_days_of_a_woman_are_not_of_pregnancy_or_lactation_unless_given() -> None:
    """``assess_days``' life stage defaults to neither: no pregnancy note on the reference."""
    days = {
        dt.date(2026, 12, 1): [mg.food("almonds", "30 g")],
        dt.date(2026, 12, 2): [mg.food("almonds", "60 g")],
    }
    note = (
        "EFSA sets no separate value for pregnancy: it found no evidence of a higher need, so "
        "the value for women of this age applies."
    )
    for pregnant, expected in [(None, None), (True, note)]:
        given: dict[str, Any] = {} if pregnant is None else {"pregnant": pregnant}
        report = mg.assess_days(days, sex="female", age=40, **given)
        notes = [day.reference.note for day in report.days if day.reference is not None]
        assert [n if n is None else n.render("en") for n in notes] == [expected, expected]


def test_an_average_requirement_is_the_whole_record_of_its_source() -> None:
    """IOM 1997, ch. 6, p. 219: girls 14-18 y, an EAR of 300 mg/day of total intake."""
    assert mg.average_requirement(sex="female", age=16).to_dict() == {
        "authority": "US", "kind": "EAR", "group": "females 14-18 y", "value_mg": 300.0,
        "scope": "total", "source": "IOM1997", "evidence": "secondary", "note": None,
        "value": {"magnitude": 300.0, "unit": "milligram / day"},
    }  # fmt: skip


@pytest.mark.parametrize(
    "call", [mg.average_requirement, functools.partial(mg.reference_intake, authority="US")]
)
def test_a_missing_life_stage_from_a_table_is_not_given(call: Any) -> None:
    """An empty cell (None, NaN) for pregnant or lactating: a woman in neither stage.

    The US (IOM 1997) sets values of their own in pregnancy and lactation.
    """
    plain = call(sex="female", age=40)
    for missing in (None, float("nan")):
        assert call(sex="female", age=40, pregnant=missing, lactating=missing) == plain
        assert call(sex="female", age=40, pregnant=missing, lactating=True).group != plain.group
        assert call(sex="female", age=40, pregnant=True, lactating=missing).group != plain.group
