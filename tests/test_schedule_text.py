"""Schedule results in words (English and Danish) and the edges of reading times.

The texts are pinned whole: a schedule check is read by people, and a word
lost or a window misprinted is a wrong answer. The windows come from the
records' sources (ciprofloxacin: 2 h before / 6 h after, CIPROLABEL;
tetracycline: 6 h after; the full table is in test_interactions.py).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import magnesium as mg


def test_check_in_words_english_and_danish() -> None:
    """Two conflicts and one name not checked, as a reader sees them."""
    schedule = {
        "magnesium": ["21:00"],
        "ciprofloxacin": ["20:00"],  # label: 2 h before magnesium
        "tetracycline": ["21:30"],  # 6 h after magnesium
        "metforminx": ["08:00"],  # no such medicine
    }
    check = mg.check_schedule(schedule)
    assert check.to_text() == (
        "Schedule: 2 conflicts\n"
        "  ciprofloxacin 20:00  ciprofloxacin at 20:00 and magnesium at 21:00: "
        "drug before magnesium, 1 h (needs 2 h)\n"
        "  tetracycline 21:30   tetracycline at 21:30 and magnesium at 21:00: "
        "drug after magnesium, 0.5 h (needs 6 h)\n"
        "  not checked          metforminx: not in the catalogue (did you mean metformin?)"
    )
    assert check.to_text("da") == (
        "Doseringsplan: 2 konflikter\n"
        "  ciprofloxacin 20:00  ciprofloxacin kl. 20:00 og magnesium kl. 21:00: "
        "lægemiddel før magnesium, 1 t (kræver 2 t)\n"
        "  tetracyklin 21:30    tetracyklin kl. 21:30 og magnesium kl. 21:00: "
        "lægemiddel efter magnesium, 0,5 t (kræver 6 t)\n"
        "  ikke kontrolleret    metforminx: ikke i kataloget (mente du metformin?)"
    )


@pytest.mark.parametrize(
    ("schedule", "english", "danish"),
    [
        ({"magnesium": "08:00"}, "Schedule: no conflicts", "Doseringsplan: ingen konflikter"),
        (
            {"magnesium": "09:00", "doxycycline": "08:00"},
            "Schedule: 1 conflict",
            "Doseringsplan: 1 konflikt",
        ),
    ],
)
def test_conflict_counts_in_words(schedule: dict[str, str], english: str, danish: str) -> None:
    """None, one (singular) and several conflicts read naturally in both languages."""
    check = mg.check_schedule(schedule)
    assert check.to_text().splitlines()[0] == english
    assert check.to_text("da").splitlines()[0] == danish


def test_one_conflict_in_words() -> None:
    """A conflict shows its rule and its sources."""
    check = mg.check_schedule({"magnesium": ["21:00"], "ciprofloxacin": ["20:00"]})
    (conflict,) = check.conflicts
    assert conflict.to_text() == (
        "ciprofloxacin at 20:00 and magnesium at 21:00: drug before magnesium, 1 h (needs 2 h)\n"
        "  rule     Take the drug at least 2 h before or at least 6 h after magnesium "
        "(the most conservative source).\n"
        "  sources  ARTICLE, NIHODS, CIPROLABEL"
    )
    assert conflict.to_text("da") == (
        "ciprofloxacin kl. 20:00 og magnesium kl. 21:00: lægemiddel før magnesium, 1 t "
        "(kræver 2 t)\n"
        "  regel   Tag lægemidlet mindst 2 t før eller mindst 6 t efter magnesium "
        "(den mest forsigtige kilde).\n"
        "  kilder  ARTICLE, NIHODS, CIPROLABEL"
    )


def test_avoid_conflict_in_words() -> None:
    """A rule with no window gives the gap but no requirement."""
    check = mg.check_schedule({"raltegravir": "09:00", "magnesium": "08:00"})
    assert str(check.conflicts[0]) == (
        "raltegravir at 09:00 and magnesium at 08:00: not recommended together, 1 h"
    )


def test_windows_in_words_english_and_danish() -> None:
    """Levothyroxine at 07:00 (4 h each way) and a name the catalogue lacks."""
    windows = mg.magnesium_windows({"levothyroxine": ["07:00"], "foox": ["09:00"]})
    assert windows.to_text() == (
        "Magnesium windows: allowed 11:00-03:00; preferred 20:00\n"
        "  why  levothyroxine at 07:00: no magnesium after 03:00 and before 11:00 "
        "(ARTICLE, STOCKLEY)\n"
        "  why  foox was not checked (not in the catalogue): ask a pharmacist whether it "
        "needs spacing from magnesium"
    )
    assert windows.to_text("da") == (
        "Tidsvinduer for magnesium: tilladt 11:00-03:00; foretrukket 20:00\n"
        "  hvorfor  levothyroxin kl. 07:00: intet magnesium efter 03:00 og før 11:00 "
        "(artiklen, STOCKLEY)\n"
        "  hvorfor  foox blev ikke kontrolleret (ikke i kataloget): spørg et apotek, om det "
        "kræver tidsafstand til magnesium"
    )
    assert windows.allowed[0].to_text() == "11:00-03:00\n  duration  16 h"
    assert windows.allowed[0].to_text("da") == "11:00-03:00\n  varighed  16 t"
    # 11:00 to 03:00 both included: 16 h of minutes plus the last one
    assert len(windows.allowed_minutes()) == 16 * 60 + 1


def test_windows_with_several_spans_in_words() -> None:
    """Spans are listed from the earliest; one-sided rules print their own edge."""
    windows = mg.magnesium_windows({"gabapentin": "13:00", "rosuvastatin": "08:00"})
    # gabapentin 2 h after magnesium (NEURONTINLABEL); rosuvastatin 2 h before (CRESTORLABEL)
    assert windows.to_text() == (
        "Magnesium windows: allowed 10:00-11:00, 13:01-07:59; preferred 20:00\n"
        "  why  gabapentin at 13:00: no magnesium after 11:00 and before 13:00 (NEURONTINLABEL)\n"
        "  why  rosuvastatin at 08:00: no magnesium after 08:00 and before 10:00 (CRESTORLABEL)"
    )


def test_avoid_rule_leaves_no_time() -> None:
    """Raltegravir with magnesium antacids: no minute of the day is allowed."""
    windows = mg.magnesium_windows({"raltegravir": "08:00"})
    assert windows.allowed == ()
    assert windows.allowed_minutes() == frozenset()
    assert windows.to_text() == (
        "Magnesium windows: no allowed time\n"
        "  why  raltegravir: magnesium not recommended at any time (raltegravir)\n"
        "  why  no time of day is allowed for magnesium under these rules: ask a doctor or "
        "pharmacist whether a dose can move"
    )
    assert windows.to_text("da").splitlines()[0] == (
        "Tidsvinduer for magnesium: intet tilladt tidspunkt"
    )


@pytest.mark.parametrize("drug", ["furosemide", "baloxavir", "spironolactone"])
def test_records_without_a_window_forbid_nothing(drug: str) -> None:
    """Records that lower magnesium or name no window set no span and no conflict."""
    windows = mg.magnesium_windows({drug: "08:00"})
    assert windows.forbidden == ()
    assert [str(w) for w in windows.allowed] == ["00:00-23:59"]
    assert mg.check_schedule({drug: "08:00", "magnesium": "08:00"}).ok


def test_window_ends_are_inside() -> None:
    """Both ends of a window belong to it, across midnight too."""
    windows = mg.magnesium_windows({"ciprofloxacin": ["08:00", "20:00"]})
    late = windows.allowed[1]
    assert str(late) == "22:00-02:00"
    for inside in ("22:00", "00:00", "02:00"):
        assert inside in late
    assert "02:01" not in late
    assert "21:59" not in late


def test_magnesium_named_by_atc_code() -> None:
    """A magnesium antacid given by its ATC code is a magnesium dose."""
    check = mg.check_schedule({"A02AA04": "09:00", "doxycycline": "08:00"})
    assert [(c.drug, c.magnesium_time) for c in check.conflicts] == [
        ("doxycycline", dt.time(9, 0))
    ]


@pytest.mark.parametrize(
    ("time", "minutes_after_midnight"),
    [
        ("00:00", 0),
        ("08:30", 510),
        ("23:59", 1439),
        (dt.time(8, 30), 510),
        (dt.time(23, 59), 1439),
    ],
)
def test_times_read(time: object, minutes_after_midnight: int) -> None:
    """Strings and datetime.time read to the same minute of the day."""
    # raltegravir conflicts at any gap, and reports the gap it sees
    (conflict,) = mg.check_schedule({"magnesium": time, "raltegravir": "00:00"}).conflicts
    hour, minute = divmod(minutes_after_midnight, 60)
    assert conflict.magnesium_time == dt.time(hour, minute)
    assert conflict.actual_minutes == min(minutes_after_midnight, 24 * 60 - minutes_after_midnight)


@pytest.mark.parametrize("bad", ["24:00", "23:60", "99:99"])
def test_clock_times_out_of_range(bad: str) -> None:
    """Hours past 23 and minutes past 59 are refused."""
    with pytest.raises(mg.ScheduleError, match=r"^`magnesium` needs times of day such as "):
        mg.check_schedule({"magnesium": bad})


@pytest.mark.parametrize(
    "bad", [dt.time(8, 0, 0, 5), dt.time(8, 0, tzinfo=dt.UTC), dt.time(8, 0, 30)]
)
def test_time_objects_finer_than_minutes(bad: dt.time) -> None:
    """Seconds, microseconds and time zones are refused, each alone."""
    with pytest.raises(mg.ScheduleError, match="minute resolution and no time zone"):
        mg.check_schedule({"magnesium": bad})


def test_too_long_time_names_the_entry() -> None:
    """A time string too long to be real is refused at once, naming its entry."""
    with pytest.raises(mg.InputTooLongError, match=r"^`magnesium` time of at most 200 "):
        mg.check_schedule({"magnesium": "x" * 300})
    with pytest.raises(mg.InputTooLongError, match=r"^`moment` time of at most 200 "):
        "x" * 300 in mg.magnesium_windows({}).allowed[0]  # noqa: B015


def test_evening_edges_are_evening() -> None:
    """18:00 and 22:00 both belong to the evening (the article's evening: 18:00-22:00)."""
    # levothyroxine at 22:00 (4 h each way): magnesium allowed 02:00-18:00
    early = mg.magnesium_windows({"levothyroxine": "22:00", "foox": "08:00"})
    assert [str(w) for w in early.allowed] == ["02:00-18:00"]
    assert early.preferred == dt.time(18, 0)
    assert not any("no evening time" in str(e) for e in early.explanation)
    # ciprofloxacin at 08:00 and 20:00: allowed 11:00-14:00 and 22:00-02:00
    late = mg.magnesium_windows({"ciprofloxacin": ["08:00", "20:00"]})
    assert late.preferred == dt.time(22, 0)
    assert not any("no evening time" in str(e) for e in late.explanation)
    # what forbids the rest, and what was not checked
    (span,) = early.forbidden
    assert (span.drug, span.drug_time, span.record.key) == (
        "levothyroxine",
        dt.time(22, 0),
        "levothyroxine",
    )
    assert [u.query for u in early.unknown] == ["foox"]


def test_a_conflict_made_by_hand_names_its_drug() -> None:
    """A drug name outside the catalogue reads as given, in both languages."""

    (conflict,) = mg.check_schedule({"magnesium": "21:00", "ciprofloxacin": "20:00"}).conflicts
    made = attrs.evolve(conflict, drug="made-up drug")
    assert made.message().render("da").startswith("made-up drug kl. 20:00 og magnesium")
    assert str(made).startswith("made-up drug at 20:00 and magnesium at 21:00")


def test_no_evening_time_in_words() -> None:
    """Moxifloxacin at 20:00 (4 h before / 8 h after) leaves no evening: it says so."""
    windows = mg.magnesium_windows({"moxifloxacin": "20:00"})
    assert [str(e) for e in windows.explanation][-1] == (
        "no evening time (18:00-22:00) is allowed; nearest to 20:00 given"
    )
