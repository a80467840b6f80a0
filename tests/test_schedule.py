"""Tests for magnesium.schedule: conflicts and allowed magnesium windows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg


def hm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def test_issue_example() -> None:
    """The issue's schedule: ciprofloxacin at 20:00 is 1 h before magnesium at 21:00."""
    check = mg.check_schedule(
        {"magnesium": ["21:00"], "ciprofloxacin": ["08:00", "20:00"], "levothyroxine": ["07:00"]}
    )
    assert not check.ok
    (conflict,) = check.conflicts
    assert conflict.drug == "ciprofloxacin"
    assert conflict.drug_time == dt.time(20, 0)
    assert conflict.magnesium_time == dt.time(21, 0)
    assert conflict.side == "drug before magnesium"
    assert conflict.required is not None
    assert conflict.required.m_as("h") == 2  # Cipro label: 2 h before
    assert conflict.actual.m_as("h") == 1
    assert "CIPROLABEL" in conflict.sources
    assert str(conflict) == (
        "ciprofloxacin at 20:00 and magnesium at 21:00: drug before magnesium, 1 h (needs 2 h)"
    )


@pytest.mark.parametrize(
    ("drug_time", "mg_time", "ok"),
    [
        ("08:00", "10:00", True),  # exactly 2 h before: allowed
        ("08:00", "09:59", False),  # 1 min short
        ("14:00", "08:00", True),  # exactly 6 h after: allowed
        ("13:59", "08:00", False),
        ("23:00", "01:00", True),  # 2 h before, across midnight
        ("23:01", "01:00", False),
        ("01:00", "19:00", True),  # 6 h after, across midnight
        ("00:59", "19:00", False),
        ("08:00", "08:00", False),  # together
    ],
)
def test_ciprofloxacin_boundaries(drug_time: str, mg_time: str, ok: bool) -> None:
    """A gap exactly equal to the rule is allowed; one minute less is not."""
    assert mg.check_schedule({"ciprofloxacin": [drug_time], "magnesium": [mg_time]}).ok is ok


def test_gabapentin_only_after() -> None:
    """Gabapentin must follow magnesium by 2 h; taking it before is not restricted."""
    assert mg.check_schedule({"gabapentin": ["08:00"], "magnesium": ["09:00"]}).ok
    check = mg.check_schedule({"gabapentin": ["10:00"], "magnesium": ["09:00"]})
    assert [c.side for c in check.conflicts] == ["drug after magnesium"]


def test_avoid_rule_always_conflicts() -> None:
    """Raltegravir with magnesium antacids conflicts at any time."""
    check = mg.check_schedule({"raltegravir": ["08:00"], "magnesium hydroxide": ["20:00"]})
    assert [c.side for c in check.conflicts] == ["not recommended together"]
    assert check.conflicts[0].required is None


def test_magnesium_by_compound_or_medicine() -> None:
    """Magnesium doses may be named as compounds or Mg antacids from the catalogue."""
    for name in ("magnesium citrate", "Epsom salt", "milk of magnesia", "mg"):
        assert not mg.check_schedule({name: ["09:00"], "doxycycline": ["08:00"]}).ok


def test_drugs_without_spacing_do_not_conflict() -> None:
    """Drugs with no spacing window (furosemide, paracetamol) never conflict."""
    check = mg.check_schedule({"magnesium": ["08:00"], "furosemide": ["08:00"],
                               "paracetamol": ["08:00"]})  # fmt: skip
    assert check.ok


def test_several_drugs_and_doses() -> None:
    """Every pair of drug and magnesium doses is checked."""
    check = mg.check_schedule(
        {"magnesium": ["08:00", "20:00"], "doxycycline": ["09:00"], "levothyroxine": ["07:00"]}
    )
    found = {(c.drug, c.magnesium_time.hour) for c in check.conflicts}
    assert found == {("doxycycline", 8), ("levothyroxine", 8)}


def test_times_as_datetime_time() -> None:
    """datetime.time values are accepted, and a single time need not be in a list."""
    check = mg.check_schedule({"ciprofloxacin": dt.time(20, 0), "magnesium": "21:00"})
    assert len(check.conflicts) == 1


@pytest.mark.parametrize("bad", ["25:00", "8", "8:0", "noon", "", 800, dt.time(8, 0, 30)])
def test_bad_times(bad: object) -> None:
    """Times that cannot be read raise ScheduleError naming the entry."""
    with pytest.raises(mg.ScheduleError, match="magnesium"):
        mg.check_schedule({"magnesium": [bad]})


def test_bad_schedule_shapes() -> None:
    """A schedule must be a mapping of names to times."""
    with pytest.raises(mg.ScheduleError, match="mapping"):
        mg.check_schedule([("magnesium", "08:00")])  # type: ignore[arg-type]
    with pytest.raises(mg.ScheduleError, match="list of times"):
        mg.check_schedule({"magnesium": 8})
    with pytest.raises(mg.UnknownNameError):
        mg.check_schedule({"ciprofloxaxin": ["08:00"]}, strict=True)


def test_windows_issue_example() -> None:
    """Ciprofloxacin twice a day and levothyroxine: allowed windows, evening preferred."""
    windows = mg.magnesium_windows(
        {"ciprofloxacin": ["08:00", "20:00"], "levothyroxine": ["07:00"]}
    )
    # cipro: no Mg after 02:00 and before 10:00, after 14:00 and before 22:00;
    # levothyroxine: none after 03:00 and before 11:00.
    assert [str(w) for w in windows.allowed] == ["11:00-14:00", "22:00-02:00"]
    assert windows.preferred == dt.time(22, 0)
    assert windows.allowed[1].duration.m_as("h") == 4
    assert "22:00" in windows.allowed[1]
    assert "21:59" not in windows.allowed[1]
    assert len(windows.forbidden) == 3
    assert "ciprofloxacin at 08:00: no magnesium after 02:00 and before 10:00" in str(
        windows.explanation[0]
    )


def test_windows_prefer_evening() -> None:
    """With the evening free, 20:00 is preferred (the article: evening)."""
    windows = mg.magnesium_windows({"levothyroxine": ["07:00"]})
    assert windows.preferred == dt.time(20, 0)


def test_windows_without_evening() -> None:
    """Without an allowed evening time, the allowed time nearest 20:00 is given."""
    windows = mg.magnesium_windows({"moxifloxacin": ["20:00"]})  # 4 h before / 8 h after
    assert windows.preferred == dt.time(0, 0)
    assert any("no evening time" in str(e) for e in windows.explanation)


def test_exact_boundaries_leave_single_instants() -> None:
    """Moxifloxacin at 00:00 and 12:00 (4 h / 8 h) leaves exactly 04:00 and 16:00."""
    windows = mg.magnesium_windows({"moxifloxacin": ["00:00", "12:00"]})
    assert [str(w) for w in windows.allowed] == ["04:00-04:00", "16:00-16:00"]
    assert windows.allowed[0].duration.m_as("h") == 0


def test_no_allowed_time() -> None:
    """When no time is allowed, the result says so and gives no preferred time."""
    windows = mg.magnesium_windows({"moxifloxacin": ["00:00", "08:00", "16:00"]})
    assert windows.allowed == ()
    assert windows.preferred is None
    assert any("no time of day is allowed" in str(e) for e in windows.explanation)


def test_empty_schedule_allows_the_whole_day() -> None:
    """With no interacting drug, the whole day is allowed and 20:00 preferred."""
    windows = mg.magnesium_windows({"paracetamol": ["08:00"], "magnesium": ["21:00"]})
    assert [str(w) for w in windows.allowed] == ["00:00-23:59"]
    assert len(windows.allowed_minutes()) == 24 * 60
    assert windows.preferred == dt.time(20, 0)


def test_windows_agree_with_check() -> None:
    """Every allowed minute passes check_schedule, every other minute fails it."""
    schedule = {"doxycycline": ["09:30"], "gabapentin": ["13:00"]}
    allowed = mg.magnesium_windows(schedule).allowed_minutes()
    for minute in range(0, 24 * 60, 7):
        ok = mg.check_schedule({**schedule, "magnesium": [hm(minute)]}).ok
        assert ok is (minute in allowed), hm(minute)


_DRUGS = ["ciprofloxacin", "levothyroxine", "doxycycline", "gabapentin", "alendronate",
          "moxifloxacin", "dolutegravir", "rosuvastatin"]  # fmt: skip
doses = st.lists(
    st.tuples(st.sampled_from(_DRUGS), st.integers(0, 24 * 60 - 1)), min_size=1, max_size=4
)


def as_schedule(pairs: list[tuple[str, int]], shift: int = 0) -> dict[str, list[str]]:
    schedule: dict[str, list[str]] = {}
    for name, minute in pairs:
        schedule.setdefault(name, []).append(hm(minute + shift))
    return schedule


@given(doses, st.integers(0, 24 * 60 - 1))
def test_shifting_doses_shifts_windows(pairs: list[tuple[str, int]], shift: int) -> None:
    """'Shifting every dose by the same amount shifts the windows by it.'"""
    before = mg.magnesium_windows(as_schedule(pairs)).allowed_minutes()
    after = mg.magnesium_windows(as_schedule(pairs, shift)).allowed_minutes()
    assert after == {(m + shift) % (24 * 60) for m in before}


@given(doses, st.sampled_from(_DRUGS), st.integers(0, 24 * 60 - 1))
def test_adding_a_drug_never_widens(pairs: list[tuple[str, int]], drug: str, at: int) -> None:
    """'Adding a drug never widens the windows.'"""
    before = mg.magnesium_windows(as_schedule(pairs)).allowed_minutes()
    after = mg.magnesium_windows(as_schedule([*pairs, (drug, at)])).allowed_minutes()
    assert after <= before
