"""Tests for magnesium.interactions: the catalogue, records and lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

import magnesium as mg
from magnesium.interactions import DRUGS, RECORDS, Direction, Severity

# WHO ATC codes: shared/domain/facts.md section 8 (WHOCC index, 2026-04-25
# scrape), or read in that index (fabkury/atcd "WHO ATC-DDD 2026-04-25.csv").
ATC_TABLE = [
    # named by UK magnesium antacid SmPCs, or asked for by issue 22 (WHO ATC index)
    ("captopril", "C09AA01"),
    ("cefaclor", "J01DC04"),
    ("fexofenadine", "R06AX26"),
    ("deflazacort", "H02AB13"),
    ("proguanil", "P01BB01"),
    ("sulpiride", "N05AL01"),
    ("nilotinib", "L01EA03"),
    ("erlotinib", "L01EB02"),
    ("lithium carbonate", "N05AN01"),
    ("triamterene", "C03DB02"),
    ("darunavir", "J05AE10"),
    ("fostemsavir", "J05AX29"),
    ("doxycycline", "J01AA02"),  # facts 8b
    ("tetracycline", "J01AA07"),
    ("oxytetracycline", "J01AA06"),
    ("lymecycline", "J01AA04"),
    ("minocycline", "J01AA08"),
    ("demeclocycline", "J01AA01"),
    ("ciprofloxacin", "J01MA02"),
    ("levofloxacin", "J01MA12"),
    ("moxifloxacin", "J01MA14"),
    ("ofloxacin", "J01MA01"),
    ("norfloxacin", "J01MA06"),
    ("levothyroxine", "H03AA01"),
    ("alendronic acid", "M05BA04"),
    ("risedronic acid", "M05BA07"),
    ("ibandronic acid", "M05BA06"),
    ("dolutegravir", "J05AJ03"),
    ("bictegravir", "J05AR20"),
    ("raltegravir", "J05AJ01"),
    ("cabotegravir", "J05AJ04"),
    ("elvitegravir", "J05AJ02"),
    ("gabapentin", "N02BF01"),
    ("penicillamine", "M01CC01"),
    ("eltrombopag", "B02BX05"),
    ("chloroquine", "P01BA01"),
    ("hydroxychloroquine", "P01BA02"),
    ("quinidine", "C01BA01"),
    ("nitrofurantoin", "J01XE01"),
    ("mycophenolic acid", "L04AA06"),
    ("ketoconazole", "J02AB02"),
    ("itraconazole", "J02AC02"),
    ("cefpodoxime", "J01DD13"),
    ("cefuroxime", "J01DC02"),
    ("rosuvastatin", "C10AA07"),
    ("digoxin", "C01AA05"),
    ("furosemide", "C03CA01"),  # facts 8c
    ("bumetanide", "C03CA02"),
    ("torasemide", "C03CA04"),
    ("hydrochlorothiazide", "C03AA03"),
    ("bendroflumethiazide", "C03AA01"),
    ("chlortalidone", "C03BA04"),
    ("indapamide", "C03BA11"),
    ("omeprazole", "A02BC01"),
    ("pantoprazole", "A02BC02"),
    ("lansoprazole", "A02BC03"),
    ("rabeprazole", "A02BC04"),
    ("esomeprazole", "A02BC05"),
    ("cetuximab", "L01FE01"),
    ("panitumumab", "L01FE02"),
    ("cisplatin", "L01XA01"),
    ("foscarnet", "J05AD01"),
    ("salbutamol", "R03AC02"),
    ("terbutaline", "R03AC03"),
    ("spironolactone", "C03DA01"),  # facts 8d
    ("eplerenone", "C03DA04"),
    ("amiloride", "C03DB01"),
    ("magnesium oxide", "A02AA02"),
    ("magnesium hydroxide", "A02AA04"),
    ("magnesium sulfate", "A06AD04"),
    ("magnesium citrate", "A06AD19"),
    ("magnesium carbonate", "A02AA01"),
    ("methylnaltrexone", "A06AH01"),
    ("naloxegol", "A06AH03"),
    ("naldemedine", "A06AH05"),
    ("nifedipine", "C08CA05"),
    ("verapamil", "C08DA01"),
    ("diltiazem", "C08DB01"),
    ("amlodipine", "C08CA01"),
    ("rocuronium", "M03AC09"),
    # Read in the WHO index itself (not listed in facts.md):
    ("amiodarone", "C01BD01"),
    ("flecainide", "C01BC04"),
    ("simvastatin", "C10AA01"),
    ("atorvastatin", "C10AA05"),
    ("metoprolol", "C07AB02"),
    ("atenolol", "C07AB03"),
    ("amoxicillin", "J01CA04"),
    ("gentamicin", "J01GB03"),
    ("tobramycin", "J01GB01"),
    ("amphotericin B", "J02AA01"),
    # Common codes not read in a stored WHO copy (paracetamol and ibuprofen seen
    # in public registers; the rest from the WHO classes named in facts.md):
    ("paracetamol", "N02BE01"),
    ("ibuprofen", "M01AE01"),
    ("ciclosporin", "L04AD01"),
    ("tacrolimus", "L04AD02"),
    ("ferrous sulfate", "B03AA07"),
    # Issue 11 additions: codes of the WHO ATC index as published (dasatinib's
    # L01EA02 replaced L01XE06 in 2022); not each read in the stored scrape.
    ("rilpivirine", "J05AG05"),
    ("sofosbuvir", "J05AP08"),
    ("ledipasvir", "J05AP51"),  # the combination's code: sofosbuvir and ledipasvir
    ("velpatasvir", "J05AP55"),  # sofosbuvir and velpatasvir
    ("voxilaprevir", "J05AP56"),  # sofosbuvir, velpatasvir and voxilaprevir
    ("atazanavir", "J05AE08"),
    ("dasatinib", "L01EA02"),
    ("baloxavir marboxil", "J05AX25"),
    ("sodium polystyrene sulfonate", "V03AE01"),
    ("sodium fluoride", "A01AA01"),
    ("zinc sulfate", "A12CB01"),
    ("pentamidine", "P01CX01"),
    ("sotalol", "C07AA07"),
    ("dofetilide", "C01BD04"),
    ("diflunisal", "N02BA11"),
    ("azithromycin", "J01FA10"),
    ("isoniazid", "J04AC01"),
    ("pivampicillin", "J01CA02"),
    ("rifampicin", "J04AB02"),
    ("phenytoin", "N03AB02"),
    ("fosinopril", "C09AA09"),
    ("chlorpromazine", "N05AA01"),
    ("dipyridamole", "B01AC07"),
    ("acetylsalicylic acid", "B01AC06"),
    ("propranolol", "C07AA05"),
    ("prednisolone", "H02AB06"),
    ("dexamethasone", "H02AB02"),
    ("famotidine", "A02BA03"),
    ("abacavir", "J05AF06"),
    ("lamivudine", "J05AF05"),
    ("emtricitabine", "J05AF09"),
    ("tenofovir alafenamide", "J05AF13"),
    ("tenofovir disoproxil", "J05AF07"),
    ("cobicistat", "V03AX03"),
    ("colecalciferol", "A11CC05"),
    ("metformin", "A10BA02"),
    ("lisinopril", "C09AA03"),
    ("ramipril", "C09AA05"),
    ("enalapril", "C09AA02"),
    ("losartan", "C09CA01"),
    ("candesartan", "C09CA06"),
    ("valsartan", "C09CA03"),
    ("bisoprolol", "C07AB07"),
    ("sertraline", "N06AB06"),
    ("citalopram", "N06AB04"),
    ("escitalopram", "N06AB10"),
    ("mirtazapine", "N06AX11"),
    ("venlafaxine", "N06AX16"),
    ("duloxetine", "N06AX21"),
    ("amitriptyline", "N06AA09"),
    ("quetiapine", "N05AH04"),
    ("zopiclone", "N05CF01"),
    ("melatonin", "N05CH01"),
    ("warfarin", "B01AA03"),
    ("apixaban", "B01AF02"),
    ("rivaroxaban", "B01AF01"),
    ("edoxaban", "B01AF03"),
    ("dabigatran etexilate", "B01AE07"),
    ("clopidogrel", "B01AC04"),
    ("insulin (human)", "A10AB01"),
    ("insulin aspart", "A10AB05"),
    ("insulin glargine", "A10AE04"),
    ("insulin degludec", "A10AE06"),
    ("empagliflozin", "A10BK03"),
    ("dapagliflozin", "A10BK01"),
    ("semaglutide", "A10BJ06"),
    ("sitagliptin", "A10BH01"),
    ("allopurinol", "M04AA01"),
    ("tramadol", "N02AX02"),
    ("morphine", "N02AA01"),
    ("oxycodone", "N02AA05"),
    ("pregabalin", "N02BF02"),
    ("diclofenac", "M01AB05"),
    ("naproxen", "M01AE02"),
    ("sumatriptan", "N02CC01"),
    ("levetiracetam", "N03AX14"),
    ("lamotrigine", "N03AX09"),
    ("cetirizine", "R06AE07"),
    ("loratadine", "R06AX13"),
    ("montelukast", "R03DC03"),
    ("budesonide", "R03BA02"),
    ("tiotropium", "R03BB04"),
    ("estradiol", "G03CA03"),
    ("tamsulosin", "G04CA02"),
    ("finasteride", "G04CB01"),
    ("pivmecillinam", "J01CA08"),
    ("phenoxymethylpenicillin", "J01CE02"),
    ("dicloxacillin", "J01CF01"),
    ("methotrexate", "L01BA01"),
    ("mesalazine", "A07EC02"),
    ("latanoprost", "S01EE01"),
]


def test_atc_table_covers_the_catalogue() -> None:
    """Every catalogue drug's ATC code is checked against its source below."""
    assert {name for name, _ in ATC_TABLE} == set(DRUGS)


@pytest.mark.parametrize(("name", "atc"), ATC_TABLE)
def test_atc_codes(name: str, atc: str) -> None:
    """ATC codes match the WHO index."""
    assert DRUGS[name].atc == atc
    assert mg.find_drug(atc).name == name


# Separation windows (hours): drug before magnesium / drug after magnesium.
# The most conservative source wins (facts.md policy 5); comments name it.
WINDOWS = [
    ("doxycycline", 3, 6),  # emc 12118 2-3 h apart; NIH ODS 4-6 h after
    ("ciprofloxacin", 2, 6),  # Cipro label 2 h before / 6 h after
    ("levofloxacin", 2, 6),  # NIH ODS quinolones 4-6 h after (label 2 h)
    ("moxifloxacin", 4, 8),  # FDB monograph 4 h before / 8 h after
    ("ofloxacin", 2, 6),  # NIH ODS class rule
    ("levothyroxine", 4, 4),  # >= 4 h apart (article, Stockley)
    ("alendronic acid", 4, 4),  # emc 12118 3-4 h
    ("dolutegravir", 2, 6),  # Tivicay label
    ("cabotegravir", 4, 2),  # Vocabria: antacids 2 h before or 4 h after the tablet
    ("bictegravir", 2, 6),  # Biktarvy: fasting 2 h before; after: the class's 6 h
    ("enalapril", 4, 4),  # emc 25343 2-3 h; emc 4880 2-4 h
    ("captopril", 4, 4),
    ("mycophenolic acid", 4, 4),
    ("cefaclor", 4, 4),
    ("fexofenadine", 4, 4),
    ("deflazacort", 4, 4),
    ("proguanil", 4, 4),
    ("sulpiride", 4, 4),
    ("lithium carbonate", 4, 4),  # emc 4880 names lithium
    ("erlotinib", 2, 4),  # emc 4880: the antacid 4 h before or 2 h after erlotinib
    ("rilpivirine", 4, 2),  # Edurant: antacids 2 h before or 4 h after rilpivirine
    ("atazanavir", 2, 1),  # Reyataz: atazanavir 2 h before or 1 h after antacids
    ("dasatinib", 2, 2),  # Sprycel: no antacid 2 h before to 2 h after
    ("ledipasvir", 4, 4),  # Harvoni: antacids at least 4 h before or after
    ("velpatasvir", 4, 4),  # Australian Prescriber: antacids separated by 4 h
    ("sodium polystyrene sulfonate", 3, 3),  # 3 h before or after other oral medicines
    ("sodium fluoride", 2, 2),  # emc 2716: any oral drug 2 h apart; Arnold 1989 2 h
    ("azithromycin", 2, 2),  # Mg hydroxide SmPC names it; emc 2716 general 2 h
    ("phenytoin", 2, 2),  # Mg hydroxide SmPC names it; emc 2716 general 2 h
    ("gabapentin", None, 2),  # Neurontin: >= 2 h after the antacid
    ("penicillamine", 4, 4),  # emc 12118 3-4 h
    ("eltrombopag", 4, 4),  # Revolade SmPC 4 h either way; US label 2 h / 4 h
    ("hydroxychloroquine", 4, 4),  # emc 12118 3-4 h
    ("nitrofurantoin", 4, 4),  # emc 12118 3-4 h
    ("ferrous sulfate", 4, 4),  # emc 12118 3-4 h (iron)
    ("rosuvastatin", 2, None),  # Crestor label: antacid >= 2 h after (unconfirmed)
]


@pytest.mark.parametrize(("name", "before", "after"), WINDOWS)
def test_windows(name: str, before: float | None, after: float | None) -> None:
    """Windows are time Quantities from the most conservative source."""
    (found,) = [
        i
        for i in mg.interactions(name).interactions
        if i.direction is Direction.LOWERS_DRUG_ABSORPTION
    ]
    got_before, got_after = found.take_drug_before_magnesium, found.take_drug_after_magnesium
    assert (None if got_before is None else got_before.m_as("h")) == before
    assert (None if got_after is None else got_after.m_as("h")) == after


def test_article_figure_stays_visible() -> None:
    """The article's 2 h / 4 h for antibiotics stays on the record beside the labels'."""
    record = RECORDS["ciprofloxacin"]
    article = [s for s in record.spacings if s.source == "ARTICLE"]
    assert [(s.before_h, s.after_h) for s in article] == [(2, 4)]
    assert {s.source for s in record.spacings} == {"ARTICLE", "NIHODS", "CIPROLABEL"}
    assert (record.before_h, record.after_h) == (2, 6)


def test_bisphosphonate_rule() -> None:
    """Bisphosphonates: fasting in the morning, magnesium later (article); label 30 min."""
    record = RECORDS["bisphosphonates"]
    assert "fasting in the morning" in str(record.management)
    label = next(s for s in record.spacings if s.source == "ALENDRONATELABEL")
    assert label.before_h == 0.5
    assert label.evidence is mg.Evidence.CONFIRMED


def test_raltegravir_is_avoided() -> None:
    """Raltegravir with Mg antacids is not recommended at any spacing (major; the label)."""
    record = RECORDS["raltegravir"]
    assert record.avoid
    assert record.severity is Severity.MAJOR
    assert record.sources == ("ISENTRESSLABEL",)
    assert record.evidence is mg.Evidence.SECONDARY  # the label, as the FDA quoted it


@pytest.mark.parametrize("name", ["sodium polystyrene sulfonate", "nilotinib"])
def test_avoided_with_magnesium(name: str) -> None:
    """Resonium (its SmPC) and nilotinib (a UK antacid SmPC): magnesium is to be avoided."""
    (found,) = mg.interactions(name).interactions
    assert found.record.avoid
    assert found.record.severity is Severity.MAJOR
    person = mg.Person(sex="male", age=60, medications=[name])
    result = mg.assess(person)
    assert f"avoid:{DRUGS[name].name}" in {c.key for c in result.cautions}
    assert result.recommendation.supplement is None


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        ("furosemid", Direction.DRUG_LOWERS_MAGNESIUM),
        ("bendroflumethiazide", Direction.DRUG_LOWERS_MAGNESIUM),
        ("omeprazol", Direction.DRUG_LOWERS_MAGNESIUM),
        ("cetuximab", Direction.DRUG_LOWERS_MAGNESIUM),
        ("spironolactone", Direction.DRUG_RAISES_MAGNESIUM),
        ("magnesium hydroxide", Direction.ADDITIVE),
        ("nifedipine", Direction.ADDITIVE),
        ("digoxin", Direction.LOW_MAGNESIUM_WORSENS_DRUG),
        ("amiodarone", Direction.CAUTION),
    ],
)
def test_directions(name: str, direction: Direction) -> None:
    """Each class of interaction runs the way its sources say."""
    assert direction in {i.direction for i in mg.interactions(name).interactions}


def test_article_only_claims_are_marked_unconfirmed() -> None:
    """Statins and beta2-agonists lowering Mg are the article's claims, marked unconfirmed."""
    for key in ("statins", "beta2_agonists", "antiarrhythmics"):
        assert RECORDS[key].evidence is mg.Evidence.UNCONFIRMED
        assert RECORDS[key].severity is Severity.MINOR


def test_opioid_antagonist_laxatives_hold_no_magnesium() -> None:
    """A06AH laxatives have no interaction and say why (facts.md policy 6)."""
    found = mg.interactions("naloxegol")
    assert found.no_known_interaction == ("naloxegol",)
    assert "no magnesium" in found.drugs[0].note


def test_issue_example() -> None:
    """The issue's lookup: Danish name, brand, Danish name, and a drug with nothing."""
    found = mg.interactions("doxycyklin", "Eltroxin", "omeprazol", "paracetamol")
    assert [i.drug for i in found.interactions] == ["doxycycline", "levothyroxine", "omeprazole"]
    assert found.no_known_interaction == ("paracetamol",)
    assert all(s in mg.SOURCES for i in found.interactions for s in i.sources)
    first = found.interactions[0]
    assert first.query == "doxycyklin"
    assert first.drug_class == "tetracycline"
    assert first.atc == "J01AA02"
    assert first.severity is Severity.MODERATE
    assert "insoluble complexes" in first.effect
    assert "3 h before" in first.management


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Furix", "furosemide"),
        ("LASIX", "furosemide"),
        ("furosemid", "furosemide"),
        ("  Levothyroxin ", "levothyroxine"),
        ("Tivicay", "dolutegravir"),
        ("aspirin", "acetylsalicylic acid"),
        ("L-thyroxin", "levothyroxine"),
        ("acetaminophen", "paracetamol"),
        ("alendronate", "alendronic acid"),
        ("c03ca01", "furosemide"),
        ("j01 aa 02", "doxycycline"),
    ],
)
def test_lookup_by_any_name(query: str, name: str) -> None:
    """Lookup is case-, space- and punctuation-insensitive, by name, brand or ATC."""
    assert mg.find_drug(query).name == name


def test_atc_prefix_finds_the_class() -> None:
    """'J01A' finds every tetracycline; 'A02BC' every PPI."""
    assert {d.name for d in mg.interactions("J01A").drugs} == {
        "doxycycline", "tetracycline", "oxytetracycline", "lymecycline", "minocycline",
        "demeclocycline",
    }  # fmt: skip
    assert len(mg.interactions("A02BC").drugs) == 5


def test_list_of_medicines() -> None:
    """A list of names is accepted and each drug is reported once."""
    found = mg.interactions(["furosemide", "Lasix"], "omeprazole")
    assert [d.name for d in found.drugs] == ["furosemide", "omeprazole"]


def test_class_record_and_specific_record() -> None:
    """A drug-specific record overrides its class record of the same direction."""
    keys = [r.key for r in mg.find_drug("moxifloxacin").records]
    assert keys == ["moxifloxacin"]
    assert [r.key for r in mg.find_drug("ofloxacin").records] == ["quinolones"]


def test_digoxin_has_two_records() -> None:
    """Digoxin: absorption (unconfirmed) and low magnesium sensitising the heart (label)."""
    keys = {r.key for r in mg.find_drug("digoxin").records}
    assert keys == {"digoxin_absorption", "digoxin_low_magnesium"}


def test_lowers_magnesium_flag() -> None:
    """Drugs that lower body magnesium are flagged for risk scoring."""
    assert mg.find_drug("furosemide").lowers_magnesium
    assert mg.find_drug("omeprazole").lowers_magnesium
    assert not mg.find_drug("ciprofloxacin").lowers_magnesium


def test_typo_suggests() -> None:
    """A misspelt drug is reported unknown with the closest drug; strict=True raises."""
    found = mg.interactions("doxycyklin", "ciprofloxaxin")
    assert [d.name for d in found.drugs] == ["doxycycline"]
    (unknown,) = found.unknown
    assert unknown.query == "ciprofloxaxin"
    assert unknown.suggestions[0] == "ciprofloxacin"
    with pytest.raises(mg.UnknownNameError) as info:
        mg.interactions("ciprofloxaxin", strict=True)
    assert info.value.candidates[0] == "ciprofloxacin"


def test_unknown_atc() -> None:
    """An ATC-shaped name that matches nothing lists close codes."""
    with pytest.raises(mg.UnknownNameError, match="ATC code"):
        mg.interactions("J09", strict=True)
    (unknown,) = mg.interactions("J09").unknown
    assert unknown.suggestions  # close codes of the J group
    assert all(code.startswith("J0") for code in unknown.suggestions)


def test_class_prefix_is_not_a_single_drug() -> None:
    """find_drug refuses a class prefix that matches several drugs."""
    with pytest.raises(mg.UnknownNameError, match="single medicine"):
        mg.find_drug("C03CA")


def test_name_must_be_text() -> None:
    """A non-string medicine is a TypeError."""
    with pytest.raises(TypeError, match="needs a name"):
        mg.interactions(None)  # type: ignore[arg-type]


def test_every_record_is_sourced() -> None:
    """Every record and spacing cites keys of the bibliography."""
    for record in RECORDS.values():
        assert record.sources
        assert all(s in mg.SOURCES for s in record.sources)
        assert all(s.source in mg.SOURCES for s in record.spacings)


def test_danish_names_of_the_brief() -> None:
    """The six Danish names of the brief resolve (facts.md section 8a)."""
    for danish, name in [
        ("doxycyklin", "doxycycline"),
        ("ciprofloxacin", "ciprofloxacin"),
        ("levothyroxin", "levothyroxine"),
        ("alendronat", "alendronic acid"),
        ("furosemid", "furosemide"),
        ("omeprazol", "omeprazole"),
    ]:
        assert mg.find_drug(danish).name == name


def test_catalogue_size_in_docs() -> None:
    """README states the catalogue's size, which is 186 drugs and 53 records."""
    assert (len(DRUGS), len(RECORDS)) == (186, 53)
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "186 medicines with WHO ATC codes and 53 sourced records" in readme


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("levothyroxine", "en", ("levothyroxine (H03AA01)\n"
                                "  class         thyroid hormone\n"
                                "  brands        Eltroxin, Euthyrox\n"
                                "  interactions  levothyroxine")),
        # the class in Danish too (it was printed in English until 2026-12-07)
        ("levothyroxine", "da", ("levothyroxin (H03AA01)\n"
                                "  klasse         skjoldbruskkirtelhormon\n"
                                "  handelsnavne   Eltroxin, Euthyrox\n"
                                "  interaktioner  levothyroxine")),
        ("tetracycline", "en", ("tetracycline (J01AA07)\n"
                               "  class         tetracycline\n"
                               "  interactions  tetracyclines")),
        ("darunavir", "en", ("darunavir (J05AE10)\n"
                            "  class         protease inhibitor\n"
                            "  brands        Prezista\n"
                            "  interactions  -")),
        ("gabapentin", "en", ("gabapentin (N02BF01)\n"
                             "  class         gabapentinoid\n"
                             "  brands        Neurontin\n"
                             "  interactions  gabapentin\n"
                             "  note          ATC N02BF01 (formerly N03AX12).")),
        ("gabapentin", "da", ("gabapentin (N02BF01)\n"
                              "  klasse         gabapentinoid\n"
                              "  handelsnavne   Neurontin\n"
                              "  interaktioner  gabapentin\n"
                              "  bemærkning     ATC N02BF01 (formerly N03AX12).")),
        ("digoxin", "en", ("digoxin (C01AA05)\n"
                           "  class         cardiac glycoside (digitalis)\n"
                           "  interactions  digoxin_absorption, digoxin_low_magnesium")),
    ],
)  # fmt: skip
def test_a_drug_is_shown_whole_in_both_languages(name: str, lang: str, expected: str) -> None:
    """A catalogue drug's text: its class, brands, records and note, labels aligned."""
    assert mg.find_drug(name).to_text(lang) == expected


@pytest.mark.parametrize(
    ("record", "source", "lang", "expected"),
    [
        ("levothyroxine", "ARTICLE", "en", ("ARTICLE: at least 4 h between the pills\n"
                                           "  take the drug before magnesium  4 h\n"
                                           "  take the drug after magnesium   4 h\n"
                                           "  evidence                        confirmed")),
        ("levothyroxine", "ARTICLE", "da", ("ARTICLE: mindst 4 t mellem pillerne\n"
                                           "  tag lægemidlet før magnesium    4 t\n"
                                           "  tag lægemidlet efter magnesium  4 t\n"
                                           "  evidens                         bekræftet")),
        # one side only: the other line is left out; half an hour is 0.5 h (it read "0 h")
        ("bisphosphonates", "ALENDRONATELABEL", "en",
         ("ALENDRONATELABEL: fasting with plain water, then at least 30 min before any other "
         "medicine\n"
         "  take the drug before magnesium  0.5 h\n"
         "  evidence                        confirmed")),
        ("bisphosphonates", "ALENDRONATELABEL", "da",
         ("ALENDRONATELABEL: fastende med almindeligt vand, derefter mindst 30 min før al anden "
         "medicin\n"
         "  tag lægemidlet før magnesium  0,5 t\n"
         "  evidens                       bekræftet")),
        ("bictegravir", "TIVICAYLABEL", "en",
         ("TIVICAYLABEL: no safe gap after magnesium is given for bictegravir: the class's "
         "longest (dolutegravir, 6 h after cations) is used\n"
         "  take the drug after magnesium  6 h\n"
         "  evidence                       unconfirmed")),
    ],
)  # fmt: skip
def test_a_sources_window_is_shown_whole_in_both_languages(
    record: str, source: str, lang: str, expected: str
) -> None:
    """One source's window of a record: its wording, each side's hours, its evidence."""
    spacing = next(s for s in RECORDS[record].spacings if s.source == source)
    assert spacing.to_text(lang) == expected
