"""The wider medicine catalogue (issue 11): corrected and new windows, combinations, lists."""

from __future__ import annotations

import pytest

import magnesium as mg
from magnesium.interactions import DRUGS, RECORDS

# Each source's own figure on the corrected and new records, as the source
# words it: (record, source, drug hours before magnesium, drug hours after).
SOURCE_FIGURES = [
    # Vocabria PI: "antacids ... at least 2 hours before or 4 hours after the oral
    # cabotegravir dose" -> the drug 4 h before or 2 h after magnesium
    ("cabotegravir", "VOCABRIALABEL", 4, 2),
    # Biktarvy: fasting at least 2 h before Al/Mg antacids; together or 2 h after them is
    # not recommended, and no safe gap after is given
    ("bictegravir", "BIKTARVYLABEL", 2, None),
    # the class's longest gap after cations (Tivicay: 6 h), used for bictegravir
    ("bictegravir", "TIVICAYLABEL", None, 6),
    # Revolade SmPC: "at least four hours before or after" polyvalent cations
    ("eltrombopag", "REVOLADESMPC", 4, 4),
    # Promacta: "at least 2 hours before or 4 hours after"
    ("eltrombopag", "PROMACTALABEL", 2, 4),
    # Edurant: antacids "at least 2 hours before or 4 hours after" rilpivirine
    ("rilpivirine", "EDURANTLABEL", 4, 2),
    # Reyataz: atazanavir "2 hours before or 1 hour after" antacids
    ("atazanavir", "REYATAZLABEL", 2, 1),
    # Sprycel: antacids "at least two hours before and two hours after" dasatinib
    ("dasatinib", "SPRYCELLABEL", 2, 2),
    # Harvoni (consumer summary of the label): antacids "at least 4 hours before or
    # after" ledipasvir/sofosbuvir
    ("ledipasvir", "HARVONILABEL", 4, 4),
    # Australian Prescriber: "antacids should be administered separately by four hours"
    ("velpatasvir", "AUSTPRESCVOX", 4, 4),
    # Kayexalate: "at least 3 hr before or after other oral medications"
    ("polystyrene_sulfonate", "KAYEXALATELABEL", 3, 3),
    # Resonium A SmPC 4.2: "at least 3 hours before or 3 hours after other oral medications"
    ("polystyrene_sulfonate", "RESONIUMSMPC", 3, 3),
    # emc 25343: "separated by approximately 2 to 3 hours"; emc 4880: "not ... within two to
    # four hours of other medications (allow at least 4 hours before or 2 hours after
    # erlotinib)", the antacid before or after the drug
    ("ace_inhibitors", "EMC25343", 3, 3),
    ("ace_inhibitors", "EMC4880", 4, 4),
    ("mycophenolate", "EMC25343", 3, 3),
    ("cephalosporins", "EMC4880", 4, 4),
    ("digoxin_absorption", "EMC25343", 3, 3),
    ("uk_magnesium_smpcs", "EMC4880", 4, 4),
    ("lithium", "EMC4880", 4, 4),
    ("erlotinib", "EMC4880", 2, 4),
    # Arnold 1989: antacid 2 h before fluoride had no significant effect
    ("sodium_fluoride", "ARNOLD1989", None, 2),
    # emc 2716: "staggering ... any orally administered drug and the antacid by at least 2 hours"
    ("sodium_fluoride", "EMC2716", 2, 2),
    ("magnesium_antacid_smpc", "EMC2716", 2, 2),
]


def test_cabotegravir_is_read_the_labels_way_only() -> None:
    """The inverted reading of the Vocabria label (the drug 2 h before) is gone (issue 22)."""
    assert [s.source for s in RECORDS["cabotegravir"].spacings] == ["VOCABRIALABEL"]


@pytest.mark.parametrize(("key", "source", "before", "after"), SOURCE_FIGURES)
def test_each_source_figure_stays_on_the_record(
    key: str, source: str, before: float | None, after: float | None
) -> None:
    """Every source's own figure is kept beside the conservative window."""
    (spacing,) = [s for s in RECORDS[key].spacings if s.source == source]
    assert (spacing.before_h, spacing.after_h) == (before, after)


@pytest.mark.parametrize(
    ("key", "before", "after"),
    [
        ("cabotegravir", 4, 2),  # the Vocabria label, read the right way round (issue 22)
        ("bictegravir", 2, 6),
        ("eltrombopag", 4, 4),  # the SmPC's 4 h either way beats the US 2 h before
        ("rilpivirine", 4, 2),
        ("atazanavir", 2, 1),
        ("dasatinib", 2, 2),
        ("polystyrene_sulfonate", 3, 3),
        ("sodium_fluoride", 2, 2),
    ],
)
def test_the_record_uses_the_most_conservative_figure(
    key: str, before: float, after: float
) -> None:
    """The record's window is the largest of its sources', each way (facts.md policy 5)."""
    assert (RECORDS[key].before_h, RECORDS[key].after_h) == (before, after)


def _conflicts(drug: str, drug_time: str, magnesium_time: str) -> list[str]:
    check = mg.check_schedule({drug: [drug_time], "magnesium": [magnesium_time]})
    return [c.side for c in check.conflicts]


@pytest.mark.parametrize(
    ("drug", "drug_time", "magnesium_time", "side"),
    [
        # cabotegravir tablets, 4 h before or 2 h after magnesium
        ("cabotegravir", "09:59", "08:00", "drug after magnesium"),
        ("cabotegravir", "10:00", "08:00", None),
        ("cabotegravir", "04:01", "08:00", "drug before magnesium"),
        ("cabotegravir", "04:00", "08:00", None),
        ("cabotegravir", "21:01", "01:00", "drug before magnesium"),  # across midnight
        ("cabotegravir", "21:00", "01:00", None),
        # Biktarvy (bictegravir), 2 h before; after magnesium not at 2 h (6 h is used)
        ("Biktarvy", "08:00", "07:00", "drug after magnesium"),
        ("Biktarvy", "09:00", "07:00", "drug after magnesium"),
        ("Biktarvy", "12:59", "07:00", "drug after magnesium"),
        ("Biktarvy", "13:00", "07:00", None),
        ("Biktarvy", "05:01", "07:00", "drug before magnesium"),
        ("Biktarvy", "05:00", "07:00", None),
        ("Biktarvy", "00:30", "23:00", "drug after magnesium"),  # across midnight
        # eltrombopag, 4 h each way
        ("eltrombopag", "11:59", "08:00", "drug after magnesium"),
        ("eltrombopag", "12:00", "08:00", None),
        ("eltrombopag", "02:30", "23:00", "drug after magnesium"),  # across midnight
        ("eltrombopag", "03:00", "23:00", None),
        # Epclusa (velpatasvir) and Harvoni (ledipasvir), 4 h each way
        ("Epclusa", "11:59", "08:00", "drug after magnesium"),
        ("Epclusa", "12:00", "08:00", None),
        ("Harvoni", "04:01", "08:00", "drug before magnesium"),
        ("Harvoni", "04:00", "08:00", None),
    ],
)
def test_schedule_of_corrected_records(
    drug: str, drug_time: str, magnesium_time: str, side: str | None
) -> None:
    """A conflict just inside each window, none just outside, also across midnight."""
    assert _conflicts(drug, drug_time, magnesium_time) == ([] if side is None else [side])


@pytest.mark.parametrize(
    ("product", "parts"),
    [
        ("Triumeq", {"abacavir", "dolutegravir", "lamivudine"}),
        ("Dovato", {"dolutegravir", "lamivudine"}),
        ("Juluca", {"dolutegravir", "rilpivirine"}),
        ("Genvoya", {"elvitegravir", "cobicistat", "emtricitabine", "tenofovir alafenamide"}),
        ("Stribild", {"elvitegravir", "cobicistat", "emtricitabine", "tenofovir disoproxil"}),
        ("Biktarvy", {"bictegravir", "emtricitabine", "tenofovir alafenamide"}),
        ("Fosavance", {"alendronic acid", "colecalciferol"}),
        ("Harvoni", {"ledipasvir", "sofosbuvir"}),
        ("Epclusa", {"sofosbuvir", "velpatasvir"}),
        ("Vosevi", {"sofosbuvir", "velpatasvir", "voxilaprevir"}),
        ("Cozaar Comp", {"losartan", "hydrochlorothiazide"}),
        ("losartan/hydrochlorothiazide", {"losartan", "hydrochlorothiazide"}),
        ("losartan + HCT", None),  # "HCT" is not a catalogue name: the whole is unknown
        ("Magnesia", {"magnesium oxide"}),  # the article's example; the Danish laxative
    ],
)
def test_combination_products_resolve_to_every_part(product: str, parts: set[str] | None) -> None:
    """A combination product answers for each of its parts."""
    found = mg.interactions(product)
    if parts is None:
        assert [u.query for u in found.unknown] == [product]
    else:
        assert {d.name for d in found.drugs} == parts
        assert found.unknown == ()


def test_combination_keeps_its_parts_windows() -> None:
    """Juluca gets dolutegravir's and rilpivirine's windows, each with its sources."""
    found = mg.interactions("Juluca")
    assert {i.drug for i in found.interactions} == {"dolutegravir", "rilpivirine"}


# Forty medicines from real prescribing, as a patient or a Danish pharmacy
# writes them: generic names in English or Danish, and brands.
COMMON_LIST = [
    "metformin", "lisinopril", "ramipril", "simvastatin", "atorvastatin", "sertralin",
    "citalopram", "warfarin", "Eliquis", "acetylsalicylsyre", "Hjertemagnyl", "ibuprofen",
    "insulin", "prednisolon", "amlodipin", "losartan", "Cozaar", "enalapril", "bisoprolol",
    "metoprolol", "pantoprazol", "omeprazol", "furosemid", "bendroflumethiazid", "Panodil",
    "levothyroxin", "alendronat", "clopidogrel", "Xarelto", "allopurinol", "tramadol",
    "pregabalin", "gabapentin", "zopiclon", "mirtazapin", "quetiapin", "escitalopram",
    "cetirizin", "Ozempic", "tamsulosin",
]  # fmt: skip


def test_a_real_medication_list_has_no_unknowns() -> None:
    """A typical long list returns with every name resolved."""
    assert len(COMMON_LIST) == 40
    found = mg.interactions(COMMON_LIST)
    assert found.unknown == ()
    assert len(found.drugs) == 38  # Cozaar is losartan, Hjertemagnyl acetylsalicylic acid


def test_no_known_interaction_says_what_was_consulted() -> None:
    """Every drug without a record names the references consulted, all in the bibliography."""
    for drug in DRUGS.values():
        if not drug.records:
            assert drug.sources, drug.name
            assert all(s in mg.SOURCES for s in drug.sources), drug.name


def test_where_a_source_names_an_interaction_it_is_a_record() -> None:
    """Statins (the article's claim) and aspirin (alkaline urine) carry records, not 'none'."""
    assert [r.key for r in DRUGS["atorvastatin"].records] == ["statins"]
    assert [r.key for r in DRUGS["acetylsalicylic acid"].records] == ["salicylates_urine"]
    assert DRUGS["metformin"].records == ()


def test_minor_records_raise_no_caution() -> None:
    """High-dose-only zinc and the aluminium-antacid list neither block a dose nor add risk."""
    for medicine in ["zinc", "metoprolol", "prednisolone"]:
        person = mg.Person(sex="female", age=40, diet="one-sided", medications=[medicine])
        result = mg.assess(person)
        assert result.cautions == (), medicine
        assert result.recommendation.supplement is not None, medicine
        assert result.deficiency_risk.score == 1, medicine  # the diet's point only


@pytest.mark.parametrize(
    ("medicine", "caution"),
    [
        ("pentamidine", "magnesium_wasting_medicine:pentamidine"),  # Pentacarinat SmPC
        ("baloxavir", "no_spacing_window:baloxavir marboxil"),  # Xofluza: avoid, no window
        ("dipyridamole", "avoid:dipyridamole"),  # Mg hydroxide SmPC: not advised
        ("sotalol", "heart"),  # 2023 AF guideline: keep magnesium normal
        ("dofetilide", "heart"),
    ],
)
def test_new_records_reach_the_assessment(medicine: str, caution: str) -> None:
    """The new magnesium-lowering and magnesium-sensitive drugs ask a doctor first."""
    result = mg.assess(mg.Person(sex="female", age=40, medications=[medicine]))
    assert caution in [c.key for c in result.cautions]


def test_danish_output_names_the_medicine_in_danish() -> None:
    """Wherever a Danish text names a medicine, it uses the Danish generic name."""
    found = mg.interactions("doxycycline", "furosemide", "paracetamol").to_text(lang="da")
    assert "doxycyklin" in found
    assert "furosemid " in found
    assert "doxycycline" not in found
    check = mg.check_schedule({"levothyroxine": ["08:00"], "magnesium": ["09:00"]})
    assert "levothyroxin kl. 08:00" in check.to_text(lang="da")
    assert "levothyroxine at 08:00" in check.to_text()
    person = mg.Person(sex="female", age=40, diet="one-sided", medications=["furosemide"])
    danish = mg.assess(person).to_text(lang="da")
    assert "furosemid: Mere magnesium" in danish  # the key medicine:furosemide stays English
    assert "furosemide: Mere" not in danish
