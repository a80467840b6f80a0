"""Issue 14: versioned records that round-trip, a fuzz test per entry point, threads, registries.

The fuzz tests draw values of every family (text of any kind, numbers
including NaN and infinities, None, booleans, containers, Quantities) for
each argument of each public entry point: a call gives a result or raises a
MagnesiumError (also the matching builtin) with a message, within a time
bound, never anything else. The default profile keeps the suite fast; the
``long`` profile (``HYPOTHESIS_PROFILE=long``) draws fifty times more.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import pandas as pd
import pint
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium.frame import score, usual_intake
from magnesium.intake import ITEM_SCHEMA
from magnesium.risk._person import PERSON_SCHEMA
from test_hardening import _ENTRY_POINTS

if TYPE_CHECKING:
    from collections.abc import Callable

_LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
_EXAMPLES = 5000 if _LONG else 60
_SECONDS_PER_CALL = 2.0  # far above any real call (microseconds to milliseconds)

# --- versioned records -------------------------------------------------------


def test_records_carry_their_schema_version() -> None:
    assert (
        mg.food("almonds", "30 g").to_dict()["schema"] == ITEM_SCHEMA == "magnesium.IntakeItem/1"
    )
    assert mg.Person(age=40).to_dict()["schema"] == PERSON_SCHEMA == "magnesium.Person/1"


def test_records_without_a_version_are_read_as_version_1() -> None:
    """Records stored before the version key existed still read."""
    item = mg.food("almonds", "30 g").to_dict()
    del item["schema"]
    assert mg.IntakeItem.from_dict(item).elemental_mg == 81.0  # USDA 12061: 270 mg/100 g
    person = mg.Person(age=40, sex="female").to_dict()
    del person["schema"]
    assert mg.Person.from_dict(person) == mg.Person(age=40, sex="female")


@pytest.mark.parametrize("read", [mg.IntakeItem.from_dict, mg.Person.from_dict])
def test_another_schema_version_is_named(read: Callable[[dict[str, Any]], object]) -> None:
    data = (
        mg.food("almonds", "30 g") if read is mg.IntakeItem.from_dict else mg.Person(age=1)
    ).to_dict()
    data["schema"] = "magnesium.Thing/2"
    with pytest.raises(mg.InvalidRecordError, match=r"`schema`.*magnesium\.Thing/2"):
        read(data)


@pytest.mark.parametrize(
    "egfr",
    [{"unit": "mL/min"}, {"magnitude": "80", "unit": "mL/min"}, {"magnitude": 80}, {}],
)
def test_a_broken_amount_in_a_person_record_names_the_field(egfr: dict[str, object]) -> None:
    with pytest.raises(mg.InvalidRecordError, match="`egfr"):
        mg.Person.from_dict({**mg.Person().to_dict(), "egfr": egfr})


_FOODS = ["almonds", "mandler", "rugbrød", "spinach", "havregryn", "black beans", "skyr"]
_MEASURED = [("havregryn", "1 dl"), ("black beans", "1 dl"), ("rugbrød", "2 skiver"),
             ("mælk", "1 glas"), ("banan", "1 stk")]  # fmt: skip
items = st.one_of(
    st.builds(mg.food, st.sampled_from(_FOODS), st.sampled_from(["30 g", "0 g", "250 g"])),
    st.sampled_from(_MEASURED).map(lambda pair: mg.food(*pair)),
    st.builds(
        mg.supplement,
        st.sampled_from(["magnesium citrate", "magnesiumoxid", "magnesium bisglycinate"]),
        st.floats(0, 5000).map(lambda g: f"{g} mg"),
    ),
    st.builds(
        lambda mg_: mg.supplement(elemental=f"{mg_} mg"), st.floats(0, 1000, allow_nan=False)
    ),
    st.builds(
        lambda litres, conc: mg.water(f"{litres} L", magnesium=f"{conc} mg/L"),
        st.floats(0, 5),
        st.floats(0, 500),
    ),
    st.builds(mg.medicine, st.sampled_from(["magnesium hydroxide"]), st.sampled_from(["1 g"])),
)


@settings(max_examples=_EXAMPLES, deadline=None)
@given(items, st.sampled_from(["en", "da"]))
def test_every_item_round_trips(item: mg.IntakeItem, lang: str) -> None:
    """to_dict, then from_dict, gives the same record, in either language."""
    data = item.to_dict(lang=lang)
    assert mg.IntakeItem.from_dict(data).to_dict(lang=lang) == data


@settings(max_examples=_EXAMPLES, deadline=None)
@given(items)
def test_every_item_comes_back_equal_through_json(item: mg.IntakeItem) -> None:
    """from_dict(x.to_dict()) == x, through JSON text (issue 24: half the items were not)."""
    assert mg.IntakeItem.from_dict(json.loads(json.dumps(item.to_dict()))) == item


people = st.builds(
    mg.Person,
    sex=st.sampled_from([None, "female", "male", "kvinde", "M"]),
    age=st.one_of(st.none(), st.floats(0, 110)),
    body_weight=st.one_of(st.none(), st.floats(1, 300).map(lambda kg: f"{kg} kg")),
    medications=st.lists(
        st.sampled_from(["furosemid", "Losec", "levothyroxine", "metformin", "zyxquux"]),
        max_size=4,
    ),
    alcohol_drinks_per_day=st.one_of(st.none(), st.floats(0, 20)),
    diet=st.sampled_from([None, "varied", "ensidig"]),
    conditions=st.sets(st.sampled_from(["nyresygdom", "coeliac", "heart disease"]), max_size=2),
    symptoms=st.sets(st.sampled_from(["night cramps", "hjertebanken", "fatigue"]), max_size=2),
    heavy_sweating=st.booleans(),
    egfr=st.one_of(st.none(), st.floats(5, 150).map(lambda v: f"{v} mL/min")),
    serum_creatinine=st.one_of(st.none(), st.floats(0.3, 8).map(lambda v: f"{v} mg/dL")),
    serum_magnesium=st.one_of(st.none(), st.floats(0.2, 3).map(lambda v: f"{v} mmol/L")),
)


@settings(max_examples=_EXAMPLES, deadline=None)
@given(people)
def test_every_person_round_trips(person: mg.Person) -> None:
    again = mg.Person.from_dict(person.to_dict())
    assert again == person
    assert again.to_dict() == person.to_dict()


# --- a fuzz test per entry point -------------------------------------------

_ureg: pint.UnitRegistry[float] = pint.UnitRegistry()
anything = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789.,eE+- mgLdlkMmolμµ/*^()", max_size=30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**12), 10**12),
    st.none(),
    st.booleans(),
    st.lists(st.text(max_size=10), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.floats(-1e6, 1e6).map(lambda v: _ureg.Quantity(v, "mg")),
    st.floats(-1e6, 1e6).map(lambda v: _ureg.Quantity(v, "s")),
)
# The bad-input table's entry points (tests/test_hardening.py), and a few more.
_ENTRIES: dict[str, Callable[[Any], object]] = {
    **_ENTRY_POINTS,
    "food(amount, Danish)": lambda v: mg.food("mandler", v),
    "to_mmol": mg.to_mmol,
    "Person(serum_magnesium)": lambda v: mg.Person(serum_magnesium=v),
    "frame.score(age)": lambda v: score(pd.DataFrame({"age": [v], "sex": ["female"]})),
    "frame.score(medications)": lambda v: score(pd.DataFrame({"medications": [v]})),
    "average_requirement(age)": lambda v: mg.average_requirement(sex="female", age=v),
    "average_requirement(authority)": lambda v: mg.average_requirement(
        sex="male", age=40, authority=v
    ),
    "usual_intake(food)": lambda v: usual_intake(
        pd.DataFrame({"person": [1, 1], "day": [1, 2], "sex": "male", "age": 40, "food": [v, v]}),
        units={"food": "mg"},
    ),
    "usual_intake(person)": lambda v: usual_intake(
        pd.DataFrame(
            {"person": [v, v], "day": [1, 2], "sex": "male", "age": 40, "food": [200.0, 250.0]}
        ),
        units={"food": "mg"},
    ),
    "usual_intake(units)": lambda v: usual_intake(
        pd.DataFrame(
            {"person": [1, 1], "day": [1, 2], "sex": "male", "age": 40, "food": [200.0, 250.0]}
        ),
        units={"food": v},
    ),
    "assess(days)": lambda v: mg.assess(mg.Person(sex="female", age=40), v),
}


@pytest.mark.parametrize("entry", sorted(_ENTRIES))
def test_fuzz_every_entry_point(entry: str) -> None:
    call = _ENTRIES[entry]

    # The suite runs a seeded slice (the same values every run); tools/fuzz.sh
    # draws 5,000 random values an entry point.
    @settings(
        max_examples=_EXAMPLES,
        deadline=None,
        derandomize=not _LONG,  # derandomised runs keep no example database
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(anything)
    def fuzz(value: object) -> None:
        start = time.perf_counter()
        raised: mg.MagnesiumError | None = None
        try:
            call(value)
        except mg.MagnesiumError as error:  # anything else fails the test as it escapes
            raised = error
        assert time.perf_counter() - start < _SECONDS_PER_CALL
        if raised is not None:  # also the matching builtin, with a message
            assert isinstance(raised, TypeError | ValueError | LookupError)
            assert str(raised)

    fuzz()


# --- threads and registries ----------------------------------------------------

_CALLS: list[Callable[[], object]] = [
    lambda: (
        mg.assess_intake(
            [mg.food("mandler", "30 g"), mg.supplement("magnesium citrate", "1 g")],
            sex="female",
            age=40,
        ).total_mg
    ),
    lambda: tuple(
        i.drug for i in mg.interactions("doxycyklin", "Losec", "metformin").interactions
    ),
    lambda: mg.assess(
        mg.Person(age=70, sex="male", medications=["furosemid"], symptoms={"night cramps"})
    ).to_dict(),
    lambda: score(  # as JSON: missing values (NaN) compare equal there
        pd.DataFrame({"sex": ["female", "male"], "age": [30.0, 80.0], "medications": ["", "PPI"]}),
    ).to_json(),
    lambda: mg.check_schedule({"magnesium": ["21:00"], "ciprofloxacin": ["20:00"]}).ok,
]
_THREADS, _PER_THREAD = 8, 10_000 if _LONG else 250


def test_threads_agree_with_serial_calls() -> None:
    """8 threads x mixed calls (10,000 each in the long profile) give the serial answers."""
    serial = [call() for call in _CALLS]

    def work(seed: int) -> list[tuple[int, object]]:
        return [
            ((seed + i) % len(_CALLS), _CALLS[(seed + i) % len(_CALLS)]())
            for i in range(_PER_THREAD)
        ]

    with ThreadPoolExecutor(_THREADS) as pool:
        results = [r for chunk in pool.map(work, range(_THREADS)) for r in chunk]
    assert len(results) == _THREADS * _PER_THREAD
    assert all(value == serial[k] for k, value in results)


def test_a_user_application_registry_set_after_import() -> None:
    """A user who sets pint's application registry after importing magnesium gets its units."""
    before = pint.get_application_registry().get()  # type: ignore[no-untyped-call]
    mine: pint.UnitRegistry[float] = pint.UnitRegistry()
    pint.set_application_registry(mine)  # type: ignore[no-untyped-call]
    try:
        total = mg.assess_intake([mg.supplement(elemental=mine.Quantity(250, "mg"))]).supplemental
        assert total.m_as("mg") == 250.0
        assert total._REGISTRY is mine  # returned in the user's registry
        assert mg.to_mg("1 mmol").m_as("mg") == pytest.approx(24.305)  # IUPAC 2021
        assert mg.elemental("magnesium oxide", mine.Quantity(1, "g")).m_as("mg") == pytest.approx(
            603.0, rel=1e-3
        )  # MgO: 24.305 / 40.304 of the mass (IUPAC 2021)
    finally:
        pint.set_application_registry(before)  # type: ignore[no-untyped-call]
    assert mg.to_mg("1 mmol")._REGISTRY is before
