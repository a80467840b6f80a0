"""Interaction results in words (English and Danish), and texts that follow the data.

The windows themselves are checked against each source's figure in
test_interactions.py; here the words a reader sees are pinned, and each
record's advice is checked against its own windows.
"""

from __future__ import annotations

import pytest

import magnesium as mg
from magnesium.interactions import (
    DRUGS,
    RECORDS,
    Direction,
    InteractionRecord,
    Severity,
    find_drug,
)

# The references read for every drug (interactions module docs): a drug none
# of them names has "no known interaction".
CONSULTED = ("EMC12118", "MGOHSMPC", "EMC2716", "NIHODS")


def test_report_in_words_english_and_danish() -> None:
    """A list with a chelator, a diuretic, a harmless medicine, a typo and a combination."""
    report = mg.interactions("doxycyklin", "furosemid", "metformin", "metforminx", "Biktarvy")
    assert report.to_text() == (
        "Magnesium interactions: 3 interactions for 6 medicines\n"
        "  doxycycline           magnesium lowers the drug's absorption "
        "(moderate; 3 h before / 6 h after magnesium)\n"
        "  furosemide            the drug lowers body magnesium (moderate; no spacing window)\n"
        "  bictegravir           magnesium lowers the drug's absorption "
        "(moderate; 2 h before / 6 h after magnesium)\n"
        "  no known interaction  metformin, emtricitabine, tenofovir alafenamide\n"
        "  not checked           metforminx: not in the catalogue (did you mean metformin?)"
    )
    assert report.to_text("da") == (
        "Interaktioner med magnesium: 3 interaktioner for 6 lægemidler\n"
        "  doxycyklin               magnesium nedsætter lægemidlets optagelse "
        "(moderat; 3 t før / 6 t efter magnesium)\n"
        "  furosemid                lægemidlet sænker kroppens magnesium "
        "(moderat; ingen tidsafstand)\n"
        "  bictegravir              magnesium nedsætter lægemidlets optagelse "
        "(moderat; 2 t før / 6 t efter magnesium)\n"
        "  ingen kendt interaktion  metformin, emtricitabin, tenofoviralafenamid\n"
        "  ikke kontrolleret        metforminx: ikke i kataloget (mente du metformin?)"
    )


def test_counts_in_words() -> None:
    """One medicine and no interaction read in the singular and plural as they should."""
    assert mg.interactions("metformin").to_text() == (
        "Magnesium interactions: 0 interactions for 1 medicine\n  no known interaction  metformin"
    )
    assert mg.interactions("doxycycline").to_text("da").splitlines()[0] == (
        "Interaktioner med magnesium: 1 interaktion for 1 lægemiddel"
    )


def test_one_interaction_in_words() -> None:
    """Doxycycline: class, severity, effect, window, advice, evidence and sources."""
    (found,) = mg.interactions("doxycycline").interactions
    assert found.to_text() == (
        "doxycycline (J01AA02): magnesium lowers the drug's absorption\n"
        "  class       tetracycline\n"
        "  severity    moderate\n"
        "  effect      Magnesium binds the drug in the gut (insoluble complexes): less of the "
        "drug is absorbed.\n"
        "  window      3 h before / 6 h after magnesium\n"
        "  management  Take the drug at least 3 h before or at least 6 h after magnesium "
        "(the most conservative source).\n"
        "  evidence    confirmed\n"
        "  sources     ARTICLE, NIHODS, EMC12118"
    )
    assert found.to_text("da") == (
        "doxycyklin (J01AA02): magnesium nedsætter lægemidlets optagelse\n"
        "  klasse       tetracyklin\n"
        "  alvorlighed  moderat\n"
        "  virkning     Magnesium binder lægemidlet i tarmen (uopløselige komplekser): mindre "
        "af lægemidlet optages.\n"
        "  tidsvindue   3 t før / 6 t efter magnesium\n"
        "  håndtering   Tag lægemidlet mindst 3 t før eller mindst 6 t efter magnesium "
        "(den mest forsigtige kilde).\n"
        "  evidens      bekræftet\n"
        "  kilder       ARTICLE, NIHODS, EMC12118"
    )


def test_unknown_in_words() -> None:
    """An unknown name says it was not checked, who can check it, and what it may mean."""
    (typo,) = mg.interactions("metforminx").unknown
    assert typo.to_text() == (
        "metforminx: not in the catalogue\n"
        "  checked       not checked for interactions with magnesium: a pharmacist can check it\n"
        "  did you mean  metformin"
    )
    assert typo.to_text("da") == (
        "metforminx: ikke i kataloget\n"
        "  kontrolleret  ikke kontrolleret for interaktioner med magnesium: et apotek kan "
        "kontrollere det\n"
        "  mente du      metformin"
    )
    (nothing_like_it,) = mg.interactions("zzzzqqq").unknown
    assert nothing_like_it.to_text() == (
        "zzzzqqq: not in the catalogue\n"
        "  checked  not checked for interactions with magnesium: a pharmacist can check it"
    )


@pytest.mark.parametrize(
    ("drug", "english", "danish"),
    [
        ("raltegravir", "avoid together", "undgå sammen"),
        ("furosemide", "no spacing window", "ingen tidsafstand"),
        ("gabapentin", "2 h after magnesium", "2 t efter magnesium"),  # NEURONTINLABEL
        ("rosuvastatin", "2 h before magnesium", "2 t før magnesium"),  # CRESTORLABEL
        ("levothyroxine", "4 h before / 4 h after magnesium", "4 t før / 4 t efter magnesium"),
    ],
)
def test_window_in_words(drug: str, english: str, danish: str) -> None:
    """Windows read as the rule: avoid, none, one side only, or both sides."""
    found = mg.interactions(drug).interactions[0]  # rosuvastatin: also the statin record
    assert found.window_text() == english
    assert found.window_text("da") == danish


def _advice(before: float | None, after: float | None) -> str:
    """The advice a window gives, as the interactions module words it."""
    tail = "magnesium (the most conservative source)."
    if before is not None and after is not None:
        return f"Take the drug at least {before:g} h before or at least {after:g} h after {tail}"
    if before is not None:
        return f"Take the drug at least {before:g} h before {tail}"
    if after is not None:
        return f"Take the drug at least {after:g} h after {tail}"
    return "No spacing window is given by the sources."


SPACING_RECORDS = [r for r in RECORDS.values() if r.spacings and not r.avoid]
# Advice worded from the label instead of the window alone: bisphosphonates
# (fasting, morning; UK SmPC) and Biktarvy (fasting, or both with food; label).
OWN_ADVICE = {"bisphosphonates", "bictegravir"}


@pytest.mark.parametrize("record", SPACING_RECORDS, ids=lambda r: r.key)
def test_spacing_advice_follows_the_windows(record: InteractionRecord) -> None:
    """Each spacing record's advice states its own (most conservative) window."""
    befores = [s.before_h for s in record.spacings if s.before_h is not None]
    afters = [s.after_h for s in record.spacings if s.after_h is not None]
    assert record.before_h == (max(befores) if befores else None)
    assert record.after_h == (max(afters) if afters else None)
    if record.key not in OWN_ADVICE:
        assert str(record.management) == _advice(record.before_h, record.after_h)
    # every source with a figure is named once, in the order given, before any other
    figures = tuple(dict.fromkeys(s.source for s in record.spacings))
    assert record.sources[: len(figures)] == figures


@pytest.mark.parametrize("record", SPACING_RECORDS, ids=lambda r: r.key)
def test_spacing_records_are_chelation(record: InteractionRecord) -> None:
    """A record with windows is about absorption, of moderate severity, in both languages."""
    if record.direction is Direction.LOWERS_DRUG_ABSORPTION:
        assert record.severity is Severity.MODERATE
    for lang in ("en", "da"):
        assert record.effect.render(lang)
        assert record.management.render(lang)
        for spacing in record.spacings:
            assert spacing.wording.render(lang)


@pytest.mark.parametrize("drug", sorted(DRUGS))
def test_every_drug_in_words(drug: str) -> None:
    """Every catalogue drug renders in both languages; with no record, it cites the references."""
    entry = DRUGS[drug]
    report = mg.interactions(drug)
    for lang in ("en", "da"):
        assert report.to_text(lang)
        for found in report.interactions:
            assert found.to_text(lang)
    if entry.records:
        assert entry.sources == ()
        assert {i.record for i in report.interactions} == set(entry.records)
    else:
        assert entry.sources == CONSULTED
        assert report.no_known_interaction == (drug,)


def test_several_suggestions_in_words() -> None:
    """Suggestions are listed best first, comma-separated."""
    (unknown,) = mg.interactions("insulin aspartx").unknown
    assert unknown.to_text().splitlines()[-1] == (
        "  did you mean  insulin, insulin aspart, insulin (human), insulin (humant), "
        "insulin glargine"
    )


def test_find_drug_needs_a_single_medicine() -> None:
    """A combination brand is several medicines: find_drug names them."""
    with pytest.raises(mg.UnknownNameError) as error:
        find_drug("Biktarvy")
    assert str(error.value) == (
        'unknown single medicine "Biktarvy"; did you mean "bictegravir", "emtricitabine", '
        '"tenofovir alafenamide"?'
    )
    assert find_drug("magnesiumsulfat").name == "magnesium sulfate"


def test_refusals_of_names_in_words() -> None:
    """A name that is not text is refused; an unknown ATC code is reported, not checked."""
    with pytest.raises(mg.ArgumentTypeError) as error:
        mg.interactions(5)  # type: ignore[arg-type]
    assert str(error.value) == "a medicine needs a name such as 'ciprofloxacin', got 5"
    with pytest.raises(mg.UnknownNameError) as unknown:
        mg.interactions("J01XX99", strict=True)
    assert str(unknown.value).startswith('unknown ATC code "J01XX99"; did you mean "J01')
    with pytest.raises(mg.UnknownNameError) as typo:
        mg.interactions("metforminx", strict=True)
    assert str(typo.value) == 'unknown medicine "metforminx"; did you mean "metformin"?'


@pytest.mark.parametrize("record", list(RECORDS.values()), ids=lambda r: r.key)
def test_every_records_action_is_in_its_text(record: InteractionRecord) -> None:
    """What a record does (avoid, a window, none) is what its advice says (issue 22)."""
    advice = str(record.management)
    if record.avoid:
        assert "not recommended" in advice or "avoided" in advice or "advises against" in advice
        assert "Take the drug at least" not in advice
    elif record.direction is Direction.LOWERS_DRUG_ABSORPTION and record.spacings:
        if record.key == "bisphosphonates":  # fasting in the morning, magnesium 4 h later
            assert f"at least {record.before_h:g} h apart" in advice
        elif record.before_h is not None:
            assert f"{record.before_h:g} h before" in advice
        if record.after_h is not None and record.key != "bisphosphonates":
            assert f"{record.after_h:g} h" in advice
    elif record.direction is Direction.LOWERS_DRUG_ABSORPTION:
        assert "no window" in advice.lower() or "no spacing window" in advice.lower()
    elif record.direction is Direction.DRUG_LOWERS_MAGNESIUM:
        assert any(w in advice for w in ("blood test", "Blood test", "No action", "no action"))
    # the danish text says the same thing in Danish
    assert record.management.render("da") != advice


def test_biktarvy_advice_is_the_labels() -> None:
    """Biktarvy: fasting 2 h before magnesium; the 'with food' advice is not for magnesium."""
    record = RECORDS["bictegravir"]
    advice = str(record.management)
    assert "with food" not in advice
    assert advice.startswith("Take Biktarvy fasting at least 2 h before magnesium.")
    assert "not recommended" in advice
    assert "calcium or iron" in str(record.note)
