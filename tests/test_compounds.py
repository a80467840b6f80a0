"""Tests for magnesium.compounds: formulas, molar masses, fractions and names."""

from __future__ import annotations

import molmass
import numpy as np
import pandas as pd
import pint
import pint_pandas  # noqa: F401 - registers the pint[...] dtypes
import pytest

import magnesium as mg
from magnesium import _names
from magnesium.compounds import ATOMIC_WEIGHTS, COMPOUNDS, _compounds

# Molar mass [g/mol] and Mg % (m/m) of each form, from the table in section 6 of
# shared/domain/facts.md (computed there from IUPAC 2021 abridged weights).
FACTS_TABLE = [
    ("oxide", 40.30, 60.3),
    ("hydroxide", 58.32, 41.7),
    ("carbonate_anhydrous", 84.31, 28.8),
    ("carbonate_basic", 485.65, 25.0),
    ("citrate_tmdc_anhydrous", 451.11, 16.2),
    ("citrate_tmdc_nonahydrate", 613.25, 11.9),
    ("citrate_hydrogen", 214.41, 11.3),
    ("bisglycinate", 172.42, 14.1),
    ("lactate_anhydrous", 202.44, 12.0),
    ("lactate_dihydrate", 238.48, 10.2),
    ("malate_anhydrous", 156.38, 15.5),
    ("malate_trihydrate", 210.42, 11.6),
    ("sulfate_anhydrous", 120.36, 20.2),
    ("sulfate_heptahydrate", 246.47, 9.9),
    ("chloride_anhydrous", 95.21, 25.5),
    ("chloride_hexahydrate", 203.30, 12.0),
    ("aspartate_anhydrous", 288.50, 8.4),
    ("aspartate_dihydrate", 324.53, 7.5),
    ("aspartate_hydrochloride", 245.89, 9.9),
    ("gluconate_anhydrous", 414.60, 5.9),
    ("gluconate_dihydrate", 450.63, 5.4),
    ("orotate_anhydrous", 334.48, 7.3),
    ("orotate_dihydrate", 370.51, 6.6),
    ("threonate", 294.50, 8.3),
    ("taurate", 272.57, 8.9),
    ("pidolate", 280.52, 8.7),
    ("glycerophosphate", 194.36, 12.5),
]


def test_facts_table_covers_every_formula() -> None:
    """Every compound with a formula is checked against the facts table."""
    with_formula = {key for key, c in COMPOUNDS.items() if c.formula is not None}
    assert with_formula == {key for key, _, _ in FACTS_TABLE}


@pytest.mark.parametrize(("key", "molar_mass", "percent"), FACTS_TABLE)
def test_against_facts_table(key: str, molar_mass: float, percent: float) -> None:
    """Molar mass and Mg fraction match the facts table (IUPAC 2021 weights)."""
    entry = COMPOUNDS[key]
    assert entry.molar_mass is not None
    assert entry.molar_mass.m_as("g/mol") == pytest.approx(molar_mass, abs=0.01)
    assert round(entry.magnesium_fraction * 100, 1) == pytest.approx(percent)


@pytest.mark.parametrize("key", [key for key, _, _ in FACTS_TABLE])
def test_against_molmass(key: str) -> None:
    """Molar masses agree with the independent molmass package within 0.01 g/mol."""
    entry = COMPOUNDS[key]
    assert entry.formula is not None
    assert entry.molar_mass is not None
    independent = molmass.Formula(entry.formula.replace("·", ".")).mass
    assert entry.molar_mass.m_as("g/mol") == pytest.approx(independent, abs=0.01)


def test_iupac_atomic_weights() -> None:
    """Atomic weights are the IUPAC 2021 abridged values (facts.md section 6)."""
    assert dict(ATOMIC_WEIGHTS) == {
        "H": 1.008,
        "C": 12.011,
        "N": 14.007,
        "O": 15.999,
        "Mg": 24.305,
        "P": 30.974,
        "S": 32.06,
        "Cl": 35.45,
    }


def test_formula_parser_counts_groups_and_hydrates() -> None:
    """The formula parser multiplies groups and hydrate water."""
    assert _compounds._composition("(MgCO3)4·Mg(OH)2·5H2O") == {"Mg": 5, "C": 4, "O": 19, "H": 12}
    with pytest.raises(ValueError, match="cannot read formula"):
        _compounds._composition("Mg$")


def test_citrate_malate_uses_efsa_upper_bound() -> None:
    """Magnesium citrate malate, a mixed salt, uses EFSA's 15 % upper bound (EFSA 2018)."""
    entry = mg.compound("magnesium citrate malate")
    assert entry.molar_mass is None
    assert entry.magnesium_fraction == 0.15
    assert "EFSA2018" in entry.sources


def test_bisglycinate_buffered_warning() -> None:
    """Bisglycinate notes that buffered products can claim more than 14.1 %."""
    assert "buffered" in mg.compound("magnesium glycinate").note


def test_elemental_oxide_example() -> None:
    """400 mg magnesium oxide holds about 241 mg magnesium (issue example; 60.3 %)."""
    assert mg.elemental("magnesium oxide", "400 mg").m_as("mg") == pytest.approx(241.2, abs=0.1)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("magnesium oxide", "oxide"),
        ("Magnesiumoxid", "oxide"),
        ("milk of magnesia", "hydroxide"),
        ("Epsom salt", "sulfate_heptahydrate"),
        ("bittersalt", "sulfate_heptahydrate"),
        ("magnesiumcitrat", "citrate_tmdc_anhydrous"),
        ("MAGNESIUM L-THREONATE", "threonate"),
        ("magnesium chloride hexahydrate", "chloride_hexahydrate"),
        ("magnesium glycinate", "bisglycinate"),
        ("magnesium taurinate", "taurate"),
        ("TMDC", "citrate_tmdc_anhydrous"),
    ],
)
def test_names_and_aliases(name: str, key: str) -> None:
    """Compounds are found by English and Danish names and common aliases."""
    assert mg.compound(name).key == key


# What a generic name means: the form sold under it, with the source that says
# so (facts.md section 6 for the percentages), or the richest form where no
# product text was read.
GENERIC_FORMS = [
    # USP 29 and Ph. Eur. 0402: magnesium chloride is MgCl2·6H2O (12.0 %)
    ("magnesium chloride", "chloride_hexahydrate", 12.0, "USPMGCL2", "confirmed"),
    ("magnesiumklorid", "chloride_hexahydrate", 12.0, "USPMGCL2", "confirmed"),
    # SmPC (emc 13170): magnesium sulfate heptahydrate; Epsom salt (9.9 %)
    ("magnesium sulfate", "sulfate_heptahydrate", 9.9, "EMC13170", "confirmed"),
    ("magnesium sulphate", "sulfate_heptahydrate", 9.9, "EMC13170", "confirmed"),
    # USP 32: hydrated basic carbonate, 40.0-43.5 % MgO = 24.1-26.2 % Mg (25.0 %)
    ("magnesium carbonate", "carbonate_basic", 25.0, "USPMGCO3", "confirmed"),
    # Magnaspartate SmPC: magnesium aspartate dihydrate (7.5 %)
    ("magnesium aspartate", "aspartate_dihydrate", 7.5, "MAGNASPARTATE", "confirmed"),
    # Magnesium Diasporal 300: 295.7 mg Mg from 1830 mg citrate = 16.2 % (TMDC)
    ("magnesium citrate", "citrate_tmdc_anhydrous", 16.2, "DIASPORAL", "secondary"),
    # Magnesioboi SmPC: 48.62 mg Mg from 404.85 mg lactate = 12.0 % (anhydrous)
    ("magnesium lactate", "lactate_anhydrous", 12.0, "MAGNESIOBOI", "confirmed"),
    ("magnesiumlaktat", "lactate_anhydrous", 12.0, "MAGNESIOBOI", "confirmed"),  # Danish
    # No product text read: the anhydrous, richest form (never undercounts)
    ("magnesium malate", "malate_anhydrous", 15.5, "IUPAC2021", "unconfirmed"),
    # Magonate: 54 mg Mg from 1000 mg magnesium gluconate dihydrate = 5.4 % (issue 22)
    ("magnesium gluconate", "gluconate_dihydrate", 5.4, "MAGONATE", "confirmed"),
    # Magnerot: 32.8 mg Mg from 500 mg magnesium orotate dihydrate = 6.56 % (issue 22)
    ("magnesium orotate", "orotate_dihydrate", 6.6, "MAGNEROT", "confirmed"),
]


@pytest.mark.parametrize(
    ("name", "compound_mg", "declared_mg"),
    [
        ("magnesium glycinate", 1350, 190),  # Folona: 190 mg from 1350 mg (C4H8MgN2O4)
        ("magnesium gluconate", 1000, 54),  # Magonate: 54 mg from 1000 mg dihydrate
        ("magnesium orotate", 500, 32.8),  # Magnerot: 32.8 mg from 500 mg dihydrate
        ("magnesium lactate", 404.85, 48.62),  # Magnesioboi SmPC
    ],
)
def test_products_declare_what_the_formula_gives(
    name: str, compound_mg: float, declared_mg: float
) -> None:
    """A product's declared magnesium matches the formula the name reads to (within 1 %)."""
    got = mg.elemental(name, f"{compound_mg} mg").m_as("mg")
    assert got == pytest.approx(declared_mg, rel=0.01)


@pytest.mark.parametrize(("generic", "key", "percent", "source", "evidence"), GENERIC_FORMS)
def test_generic_names_mean_the_form_sold(
    generic: str, key: str, percent: float, source: str, evidence: str
) -> None:
    """A generic name means the form its source declares, and the entry says why."""
    chosen = mg.compound(generic)
    assert chosen.key == key
    assert round(chosen.magnesium_fraction * 100, 1) == percent
    assert source in chosen.sources
    assert chosen.default_evidence == evidence
    assert chosen.default_reason
    shown = chosen.to_text()
    assert "the form of" in shown
    assert chosen.default_reason[:40] in shown


def test_every_generic_name_is_reviewed() -> None:
    """Every generic name in the table is one of the reviewed defaults above."""
    generic = {key for key, c in COMPOUNDS.items() if c.generic_names}
    assert generic == {key for _, key, _, _, _ in GENERIC_FORMS}
    for entry in COMPOUNDS.values():
        assert bool(entry.default_reason) is bool(entry.generic_names), entry.key


@pytest.mark.parametrize(
    ("generic", "exact", "ratio"),
    [
        ("magnesium chloride", "magnesium chloride anhydrous", 25.5 / 12.0),  # 2.1x overcount
        ("magnesium sulfate", "magnesium sulfate anhydrous", 20.2 / 9.9),  # 2.0x
    ],
)
def test_anhydrous_salt_would_overcount(generic: str, exact: str, ratio: float) -> None:
    """The anhydrous salt is still there by its exact name, about twice as rich (facts.md)."""
    assert mg.compound(exact).magnesium_fraction / mg.compound(generic).magnesium_fraction == (
        pytest.approx(ratio, rel=0.01)
    )
    one_gram = mg.elemental(generic, "1 g").m_as("mg")
    assert one_gram == pytest.approx(1000 * mg.compound(generic).magnesium_fraction)


def test_supplement_item_shows_assumed_form() -> None:
    """An item from a generic name says which form it assumed."""
    item = mg.supplement("magnesium citrate", "1.5 g")
    assert item.name == "trimagnesium dicitrate, anhydrous"
    assert any("read as trimagnesium dicitrate" in str(a) for a in item.assumptions)
    assert any("Diasporal" in str(a) for a in item.assumptions)  # why, with its source
    exact = mg.supplement("trimagnesium dicitrate nonahydrate", "1.5 g")
    assert exact.assumptions == ()


def test_unknown_compound_suggests_close_names() -> None:
    """An unknown compound lists the closest known names."""
    with pytest.raises(mg.UnknownNameError, match="magnesium citrate") as info:
        mg.compound("magnesium citrat")
    assert "magnesium citrate" in info.value.candidates


def test_ambiguous_magnesia() -> None:
    """'magnesia' means oxide or hydroxide, so it is an error, not a pick."""
    with pytest.raises(mg.AmbiguousNameError) as info:
        mg.compound("magnesia")
    assert set(info.value.candidates) == {"magnesium oxide", "magnesium hydroxide"}


def test_compound_name_must_be_text() -> None:
    """A non-string compound name is a TypeError."""
    with pytest.raises(TypeError, match="compound name"):
        mg.compound(42)  # type: ignore[arg-type]


def test_every_compound_has_sources() -> None:
    """Every entry cites IUPAC weights or its EFSA opinion, all in the bibliography."""
    for entry in COMPOUNDS.values():
        records = entry.source_records()
        assert records
        assert all(r.key in mg.SOURCES for r in records)


def test_medicine_salts_carry_atc_codes() -> None:
    """Antacid and laxative salts carry their WHO ATC codes (A02AA, A06AD)."""
    assert mg.compound("magnesium hydroxide").atc == ("A02AA04",)
    assert mg.compound("magnesium oxide").atc == ("A02AA02", "A06AD02")
    assert mg.compound("magnesium sulfate").atc == ("A06AD04", "A12CC02")


def test_elemental_of_many_doses() -> None:
    """Arrays and pint-pandas Series in, the same type out, element by element."""
    app = pint.get_application_registry()  # type: ignore[no-untyped-call]
    doses = app.Quantity(np.array([400.0, 0.0, np.nan]), "mg")
    oxide = mg.compound("magnesium oxide")
    expected = [400.0 * oxide.magnesium_fraction, 0.0, np.nan]  # MgO is 60.3 % Mg
    np.testing.assert_array_equal(mg.elemental("magnesium oxide", doses).magnitude, expected)
    series = pd.Series([1.0, 2.0], index=["mon", "tue"], dtype="pint[g]")
    result = oxide.elemental(series)
    assert list(result.index) == ["mon", "tue"]
    assert result.pint.magnitude.tolist() == pytest.approx(
        [mg.elemental("magnesium oxide", f"{g} g").m_as("mg") for g in (1, 2)]
    )
    with pytest.raises(mg.InvalidAmountError, match=r"\['tue'\] are not"):
        oxide.elemental(pd.Series([1.0, -2.0], index=["mon", "tue"], dtype="pint[g]"))


@pytest.mark.parametrize(
    ("formula", "counts"),
    [
        ("CH3COOH", {"C": 2, "H": 4, "O": 2}),  # one element twice at one level
        ("(OH)2(OH)3", {"O": 5, "H": 5}),  # the same group twice
        ("Mg(OH)", {"Mg": 1, "O": 1, "H": 1}),  # a group without a count is one
    ],
)
def test_formula_parser_adds_repeats(formula: str, counts: dict[str, int]) -> None:
    """Counts add up wherever an element appears again (issue 14: mutants found it unpinned)."""
    assert _compounds._composition(formula) == counts


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("magnesium oxide", True),  # an exact name
        ("magnesium citrate", True),  # a generic name, read as its form
        ("magnesia", True),  # ambiguous, but a compound name
        ("almonds", False),
    ],
)
def test_is_compound_name(name: str, known: bool) -> None:
    assert _compounds.is_compound_name(name) is known


def test_compound_errors_say_what_and_which() -> None:
    """Unknown and ambiguous names say it is a compound, quote the name, and list choices."""
    with pytest.raises(mg.UnknownNameError) as unknown:
        mg.compound("magnesium citrat")
    assert str(unknown.value).startswith(
        'unknown compound "magnesium citrat"; did you mean "magnesium citrate"'
    )
    with pytest.raises(mg.AmbiguousNameError) as ambiguous:
        mg.compound("magnesia")
    assert str(ambiguous.value) == (
        'compound "magnesia" is ambiguous; name one of "magnesium oxide", "magnesium hydroxide"'
    )
    with pytest.raises(mg.InvalidAmountError, match=r"^`amount` needs a mass"):
        mg.compound("magnesium oxide").elemental("abc")
    app = pint.get_application_registry()  # type: ignore[no-untyped-call]
    with pytest.raises(mg.InvalidAmountError, match=r"^`amount` needs a mass"):
        mg.compound("magnesium oxide").elemental(app.Quantity(np.array([-1.0]), "mg"))


def test_many_doses_come_back_in_mg() -> None:
    app = pint.get_application_registry()  # type: ignore[no-untyped-call]
    result = mg.compound("magnesium oxide").elemental(app.Quantity(np.array([1.0]), "g"))
    assert str(result.units) == "milligram"


MGO_PERCENT = 24.305 / (24.305 + 15.999) * 100  # IUPAC 2021 abridged weights: 60.3 %


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            (
                f"magnesium oxide: MgO, {MGO_PERCENT:.1f} % magnesium\n"
                "  names    magnesium oxide, MgO, magnesiumoxid, magnesia usta\n"
                "  ATC      A02AA02, A06AD02\n"
                "  sources  IUPAC2021, ATC2026"
            ),
        ),
        (
            "da",
            f"magnesiumoxid: MgO, {MGO_PERCENT:.1f} % magnesium\n".replace(".", ",")
            + "  navne   magnesium oxide, MgO, magnesiumoxid, magnesia usta\n"
            "  ATC     A02AA02, A06AD02\n"
            "  kilder  IUPAC2021, ATC2026",
        ),
    ],
)
def test_compound_text_in_both_languages(lang: str, expected: str) -> None:
    """The text names the salt, formula and percentage, then its names, ATC codes, sources."""
    assert mg.compound("magnesium oxide").to_text(lang) == expected


def test_a_generic_names_form_says_why_in_both_languages() -> None:
    """A form chosen for a generic name says for which names, why, and how sure."""
    citrate = mg.compound("magnesium citrate")
    english = dict(line.strip().split("  ", 1) for line in citrate.to_text().splitlines()[1:])
    assert english["the form of"].strip() == ", ".join(citrate.generic_names)
    assert english["why"].strip().endswith("(secondary)")
    danish = dict(line.strip().split("  ", 1) for line in citrate.to_text("da").splitlines()[1:])
    assert danish["formen for"].strip() == ", ".join(citrate.generic_names)
    assert danish["hvorfor"].strip().startswith("lægemidler med magnesiumcitrat")
    assert danish["hvorfor"].strip().endswith("(sekundær)")
    assert list(danish) == ["navne", "formen for", "hvorfor", "ATC", "kilder"]


@pytest.mark.parametrize("key", [key for key, _, _ in FACTS_TABLE])
def test_fraction_is_computed_from_the_formula(key: str) -> None:
    """The fraction function itself (its table is built at import) against molmass."""
    entry = COMPOUNDS[key]
    assert entry.formula is not None
    formula = molmass.Formula(entry.formula.replace("·", "."))
    magnesium = formula.composition()["Mg"]
    expected = magnesium.count * 24.305 / formula.mass  # IUPAC 2021 abridged weight of Mg
    assert _compounds._fraction(entry) == pytest.approx(expected, rel=1e-4)


def test_a_declared_fraction_is_used_as_declared() -> None:
    """Mixed salts without one formula keep the fraction their source declares (EFSA)."""
    mixed = [entry for entry in COMPOUNDS.values() if entry.formula is None]
    assert mixed
    for entry in mixed:
        assert _compounds._fraction(entry) == entry.declared_fraction


def test_the_name_index_maps_every_name_to_its_entry() -> None:
    """Built on first use from the table: each exact and generic name finds its entry."""
    exact, generic = _compounds.table().exact, _compounds.table().generic
    for entry in COMPOUNDS.values():
        for name in (entry.name, *entry.names):
            assert exact[_names.normalize(name)] == entry.key
        for name in entry.generic_names:
            assert generic[_names.normalize(name)] == entry.key


@pytest.mark.parametrize("key", sorted(COMPOUNDS))
def test_every_compound_reads_in_danish(key: str) -> None:
    """Each compound's text renders in Danish (a note without a translation crashed it)."""
    entry = COMPOUNDS[key]
    danish = entry.to_text("da")
    assert danish.splitlines()[-1].startswith("  kilder")
    if entry.note:
        assert "  bemærkning  " in danish
        assert entry.note not in danish


def test_a_mixed_salt_shows_no_formula() -> None:
    """A salt without one formula shows "-" where the formula goes (EFSA 2018: 12-15 %)."""
    text = mg.compound("magnesium citrate malate").to_text()
    assert text.splitlines()[0] == "magnesium citrate malate: -, 15.0 % magnesium"


def test_a_note_is_shown_in_each_language() -> None:
    citrate_malate = mg.compound("magnesium citrate malate")
    english = citrate_malate.to_text().splitlines()
    assert english[2] == f"  note     {citrate_malate.note}"
    danish = citrate_malate.to_text("da").splitlines()
    assert danish[2].startswith("  bemærkning  Et blandingssalt med varierende sammensætning")
