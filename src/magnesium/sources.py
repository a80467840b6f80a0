"""The bibliography: every figure in :mod:`magnesium` points to one of these.

A :class:`Source` is one citation. Table rows and constants carry the source
they come from, and :class:`Evidence` says how sure the figure is, using the
status codes of the project's fact sheet: confirmed in the named source,
secondary (a faithful reproduction seen, the primary not), or unconfirmed.

Examples
--------
>>> from magnesium.sources import SOURCES, get_source
>>> get_source("EFSA2015").doi
'10.2903/j.efsa.2015.4186'
>>> len(SOURCES) > 10
True
"""

from __future__ import annotations

import enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from magnesium.errors import ArgumentTypeError, UnknownNameError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["SOURCES", "Evidence", "Source", "get_source"]


class Evidence(enum.StrEnum):
    """How sure a figure is, as read in its source.

    ``CONFIRMED``: read in a stored copy of the named source or a verbatim
    reproduction. ``SECONDARY``: seen only in pages that quote the named
    authority. ``UNCONFIRMED``: not seen in any stored copy; such a figure is
    never used as a silent default.
    """

    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"


@attrs.frozen(kw_only=True)
class Source:
    """One citation.

    Attributes
    ----------
    key
        Short, stable key such as ``"EFSA2015"``.
    author
        Authors or issuing body.
    title
        Title of the work.
    year
        Year of publication, ``None`` where the source shows none (a living
        product text).
    published_in
        Journal, series or publisher, with volume and pages where known.
    url
        A web address, if one exists.
    doi
        A DOI without the ``https://doi.org/`` prefix, if one exists.
    note
        How the source was read (e.g. through which stored copy).
    """

    key: str
    author: str
    title: str
    year: int | None
    published_in: str = ""
    url: str = ""
    doi: str = ""
    note: str = ""

    def citation(self) -> str:
        """Return the source as one line of text.

        Examples
        --------
        >>> get_source("SCF2001").citation()
        'SCF (EU Scientific Committee on Food) (2001). Opinion ... magnesium. ...'
        """
        year = "n.d." if self.year is None else self.year
        parts = [f"{self.author} ({year}). {self.title}."]
        if self.published_in:
            parts.append(f"{self.published_in}.")
        if self.doi:
            parts.append(f"doi:{self.doi}")
        elif self.url:
            parts.append(self.url)
        return " ".join(parts)


def _table(*sources: Source) -> Mapping[str, Source]:
    return MappingProxyType({s.key: s for s in sources})


SOURCES: Mapping[str, Source] = _table(
    Source(
        key="ARTICLE",
        author="Mænd Online",
        title="Magnesium og muskelkramper (consumer article, Danish)",
        year=None,
        note="The origin article of this library; a consumer article, not an authority.",
    ),
    Source(
        key="IUPAC2021",
        author="IUPAC Commission on Isotopic Abundances and Atomic Weights",
        title="Standard atomic weights of the elements 2021 (abridged values)",
        year=2022,
        published_in="Pure Appl Chem 94(5):573-600",
        doi="10.1515/pac-2019-0603",
        url="https://iupac.qmul.ac.uk/AtWt/",
    ),
    Source(
        key="SCF2001",
        author="SCF (EU Scientific Committee on Food)",
        title="Opinion of the Scientific Committee on Food on the Tolerable Upper Intake "
        "Level of magnesium",
        year=2001,
        published_in="Reprinted in EFSA, Tolerable Upper Intake Levels for Vitamins and "
        "Minerals, 2006",
        url="https://www.efsa.europa.eu/sites/default/files/efsa_rep/blobserver_assets/ndatolerableuil.pdf",
        note="UL 250 mg/day of supplemental magnesium (supplements, water, added to food "
        "and beverages), from age 4; no UL for ages 1-3.",
    ),
    Source(
        key="BFR2017",
        author="BfR (German Federal Institute for Risk Assessment)",
        title="Maximum levels of magnesium in food supplements: press release 50/2017 and "
        "Opinion 034/2017",
        year=2017,
        url="https://www.bfr.bund.de/en/press_information/2017/50/",
        note="Age scope of the SCF UL (from age 4) and the advice to split doses.",
    ),
    Source(
        key="EFSA2015",
        author="EFSA NDA Panel",
        title="Scientific Opinion on Dietary Reference Values for magnesium",
        year=2015,
        published_in="EFSA Journal 13(7):4186",
        doi="10.2903/j.efsa.2015.4186",
        url="https://www.efsa.europa.eu/en/efsajournal/pub/4186",
    ),
    Source(
        key="EFSA2010W",
        author="EFSA NDA Panel",
        title="Scientific Opinion on Dietary Reference Values for water",
        year=2010,
        published_in="EFSA Journal 8(3):1459",
        doi="10.2903/j.efsa.2010.1459",
    ),
    Source(
        key="EFSA2009",
        author="EFSA ANS Panel",
        title="Magnesium taurinate as a source of magnesium added for nutritional purposes "
        "to food supplements",
        year=2009,
        published_in="EFSA Journal 1118",
    ),
    Source(
        key="EFSA2016",
        author="EFSA ANS Panel",
        title="Safety of trimagnesium dicitrate anhydrous (TMDC) as a food additive in "
        "food supplements",
        year=2016,
        published_in="EFSA Journal 14(11):4599",
        doi="10.2903/j.efsa.2016.4599",
    ),
    Source(
        key="EFSA2018",
        author="EFSA NDA Panel",
        title="Magnesium citrate malate as a source of magnesium added for nutritional "
        "purposes to food supplements",
        year=2018,
        published_in="EFSA Journal 16(12):5484",
        doi="10.2903/j.efsa.2018.5484",
    ),
    Source(
        key="NNR2023",
        author="Nordic Council of Ministers",
        title="Nordic Nutrition Recommendations 2023",
        year=2023,
        published_in="Nord 2023:003",
        url="https://pub.norden.org/nord2023-003",
        note="Magnesium values read in a faithful reproduction (testmottagningen.se); they "
        "equal the EFSA 2015 adequate intakes.",
    ),
    Source(
        key="IOM1997",
        author="Institute of Medicine, Food and Nutrition Board",
        title="Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and "
        "Fluoride",
        year=1997,
        published_in="National Academies Press, Washington DC",
        doi="10.17226/5776",
        note="The RDAs and the supplemental UL, as tabulated by the NIH ODS fact sheet.",
    ),
    Source(
        key="NIHODS",
        author="NIH Office of Dietary Supplements",
        title="Magnesium: Fact Sheet for Health Professionals",
        year=None,
        url="https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
        note="Read through verbatim quotes in public repositories and secondary pages. "
        "'Symptoms of magnesium toxicity, which usually develop after serum concentrations "
        "exceed 1.74-2.61 mmol/L, can include hypotension, nausea, vomiting, facial flushing, "
        "retention of urine, ileus, depression, and lethargy before progressing to muscle "
        "weakness, difficulty breathing, extreme hypotension, irregular heartbeat, and "
        "cardiac arrest.'",
    ),
    Source(
        key="USDASR28",
        author="US Department of Agriculture, Agricultural Research Service, Nutrient Data "
        "Laboratory",
        title="USDA National Nutrient Database for Standard Reference, Release 28",
        year=2015,
        published_in="Version Current: September 2015 (SR Legacy in FoodData Central)",
        url="https://fdc.nal.usda.gov/",
        note="Nutrient 304 (magnesium), mg per 100 g edible portion, and household "
        "measures (WEIGHT file). Public domain.",
    ),
    Source(
        key="FRIDA2025",
        author="National Food Institute, Technical University of Denmark (DTU "
        "Fødevareinstituttet)",
        title="Frida Food Data / Fødevaredata, the Danish Food Composition Database",
        year=2025,
        published_in="May 2025 release (frida.fooddata.dk, now fcdb.fooddata.dk)",
        url="https://frida.fooddata.dk/",
        note="Parameter 184 (magnesium), mg per 100 g edible part, full-precision means. "
        "Reuse with a clear indication of the source: 'Frida Food Data / Fødevaredata "
        "(frida.fooddata.dk), May 2025 release, National Food Institute, Technical "
        "University of Denmark.'",
    ),
    Source(
        key="FULDKORN",
        author="Fuldkornspartnerskabet (the Danish Whole Grain Partnership), R. I. Neess",
        title="75 gram fuldkorn - hvor meget er det? (a slice of rye bread: 50 g)",
        year=None,
        published_in="Quoted in Kemifokus, '75 gram fuldkorn og hvor meget er det'",
        url="https://kemifokus.dk/75-gram-fuldkorn-og-hvor-meget-er-det-og-hvorfor-er-det-sundt",
        note="Rule of thumb of the partnership's campaign lead: 'en skive rugbrød på 50 gram'. "
        "Secondary: read in the quoting article, not in a DTU table.",
    ),
    Source(
        key="DTUNUTS2015",
        author="DTU Fødevareinstituttet (National Food Institute, Technical University of "
        "Denmark)",
        title="Helhedsvurdering af nødder (risk-benefit assessment of 30 g of nuts a day, "
        "'en håndfuld nødder')",
        year=2015,
        url="http://www.livret.dk/2015/05/en-handfuld-ndder-dagligt-kan-fremme.html",
        note="A handful of nuts taken as 30 g, the daily amount the assessment examines; "
        "read through a report of it. The origin article's small handful of almonds is also "
        "30 g.",
    ),
    Source(
        key="GLASS2DL",
        author="Helsedirektoratet (Norwegian Directorate of Health), helsenorge.no",
        title="Kostråd om mjølk og meieriprodukt ('eit glas mjølk eller syrna mjølk (2 dl)')",
        year=None,
        url="https://www.helsenorge.no/en/kosthold-og-ernaring/kostrad/velg-magre-meieriprodukter/",
        note="A glass is 2 dl. The Danish guidance agrees: Levnedsmiddelstyrelsen's 'ca. ½ "
        "liter mælk ... svarende til 2-3 glas', quoted in Vidensgrundlag for rådgivning om "
        "indtag af mælk (Altomkost.dk, 2013).",
    ),
    Source(
        key="BELLER1975",
        author="Beller GA, et al.",
        title="Changes in serum and sweat magnesium levels during work in the heat",
        year=1975,
        published_in="Aviat Space Environ Med 46(5):709-712",
        note="Mean sweat magnesium 0.28 mEq/L (0.14 mmol/L), range 0.13-0.45 mEq/L.",
    ),
    Source(
        key="ATC2026",
        author="WHO Collaborating Centre for Drug Statistics Methodology",
        title="ATC/DDD Index",
        year=2026,
        url="https://atcddd.fhi.no/atc_ddd_index/",
        note="Read through a scrape dated 2026-04-25 (repository fabkury/atcd).",
    ),
    Source(
        key="EMC12118",
        author="Electronic Medicines Compendium (UK)",
        title="Summary of Product Characteristics of an oral magnesium medicine, section 4.5 "
        "(interactions)",
        year=None,
        url="https://www.medicines.org.uk/emc/product/12118/smpc",
    ),
    Source(
        key="STOCKLEY",
        author="Stockley's Drug Interactions",
        title="Antacids + quinolones; antacids + levothyroxine (summaries)",
        year=None,
        note="Read through summaries reproduced on medpill.info.",
    ),
    Source(
        key="CIPROLABEL",
        author="Bayer HealthCare",
        title="Cipro (ciprofloxacin) US prescribing information: polyvalent cations",
        year=None,
        note="As reproduced in secondary interaction tables.",
    ),
    Source(
        key="LEVOLABEL",
        author="Janssen",
        title="Levaquin (levofloxacin) US prescribing information: antacids",
        year=None,
        note="Label wording not read; secondary copies only.",
    ),
    Source(
        key="FDBQUINOLONES",
        author="First Databank / WebMD",
        title="Drug interaction monograph: selected oral quinolones / selected oral cations",
        year=None,
    ),
    Source(
        key="ALENDRONATELABEL",
        author="US label, alendronate sodium tablets",
        title="Dosage and administration",
        year=None,
        note="Read through a medizzine.com copy of the label text.",
    ),
    Source(
        key="TIVICAYLABEL",
        author="ViiV Healthcare",
        title="Tivicay (dolutegravir) US prescribing information",
        year=None,
        note="The openFDA record exists; the windows come from secondary tables.",
    ),
    Source(
        key="INSTILABELS",
        author="Gilead",
        title="Genvoya and Stribild (elvitegravir) prescribing information: antacids",
        year=None,
        note="Not read in a stored copy; the advice is unconfirmed.",
    ),
    Source(
        key="ISENTRESSLABEL",
        author="Merck Sharp & Dohme",
        title="Isentress (raltegravir) US prescribing information, 2015 revision: aluminium "
        "and magnesium antacids",
        year=2015,
        url="http://mail.spinics.net/lists/fda/msg09520.html",
        note="'Coadministration or staggered administration of aluminum and/or magnesium "
        "hydroxide-containing antacids and Isentress is not recommended'; an Al/Mg antacid "
        "within 6 h lowered raltegravir levels. Read through the FDA HIV/AIDS list serve of "
        "18 February 2015 and UCSF HIV InSite (Cmin -63 % together, about -50 % at 6 h).",
    ),
    Source(
        key="EMC25343",
        author="Electronic Medicines Compendium (UK)",
        title="Summary of Product Characteristics of a magnesium-containing antacid, section 4.5",
        year=None,
        url="https://medicines.org.uk/emc/medicine/25343",
        note="'Drug administrations should be separated by approximately 2 to 3 hours. "
        "Magnesium salts reduce the absorption of' ACE inhibitors (captopril, enalapril, "
        "fosinopril), cefaclor, cefpodoxime, itraconazole, fexofenadine, deflazacort, "
        "digoxin, mycophenolate, proguanil, sulpiride and others; 'Concomitant use with "
        "sodium polystyrene sulphonate may produce metabolic alkalosis'; 'Antacids should "
        "be avoided with nilotinib'.",
    ),
    Source(
        key="EMC4880",
        author="Electronic Medicines Compendium (UK)",
        title="Summary of Product Characteristics of a magnesium antacid, section 4.5",
        year=None,
        url="https://medicines.org.uk/emc/product/4880/smpc",
        note="'This product should not be taken within two to four hours of other medications "
        "(allow at least 4 hours before or 2 hours after erlotinib)'; lists ACE inhibitors, "
        "cephalosporins, deflazacort, digoxin, fexofenadine, itraconazole, lithium, "
        "mycophenolate, proguanil, sulpiride and others; 'a risk of metabolic alkalosis when "
        "oral magnesium salts are given with polystyrene sulphonate resins'.",
    ),
    Source(
        key="RESONIUMSMPC",
        author="Sanofi",
        title="Resonium A (sodium polystyrene sulfonate) Summary of Product Characteristics, "
        "sections 4.2, 4.4 and 4.5",
        year=2019,
        url="https://rxreasoner.com/monographs/resonium-a/precautions",
        note="At least 3 h from other oral medicines; the resin binds calcium and magnesium; "
        "non-absorbable cation-donating antacids and laxatives such as magnesium hydroxide "
        "can cause systemic alkalosis and lower the resin's potassium binding (4.5, as in "
        "the calcium polystyrene sulfonate SmPC). MHRA text of 2019.",
    ),
    Source(
        key="NEURONTINLABEL",
        author="Pfizer",
        title="Neurontin (gabapentin) prescribing information: antacids (Maalox)",
        year=None,
        note="Read through secondary summaries.",
    ),
    Source(
        key="DIGOXINLABEL",
        author="US label, Digoxin Tablets USP",
        title="Use in patients with electrolyte disorders",
        year=None,
        note="openFDA/DailyMed label, quoted in a public label-evidence worksheet.",
    ),
    Source(
        key="KIEBOOM2015",
        author="Kieboom BCT, et al.",
        title="Proton pump inhibitors and hypomagnesemia in the general population: a "
        "population-based cohort study",
        year=2015,
        published_in="Am J Kidney Dis 66(5):775-782",
        doi="10.1053/j.ajkd.2015.05.012",
    ),
    Source(
        key="PPIMETA",
        author="PMC6946416",
        title="Meta-analysis of proton pump inhibitor use and hypomagnesaemia "
        "(16 observational studies; descriptive title)",
        year=None,
        published_in="Medicine (Baltimore)",
        url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6946416/",
    ),
    Source(
        key="UCSF",
        author="UCSF Hospital Handbook",
        title="Hypomagnesemia",
        year=None,
        url="https://hospitalhandbook.ucsf.edu",
    ),
    Source(
        key="MEDALG",
        author="Medical Algorithms Company",
        title="Causes of magnesium depletion; clinical findings in hypermagnesemia",
        year=None,
        url="https://www.medicalalgorithms.com",
    ),
    Source(
        key="CRESTORLABEL",
        author="AstraZeneca",
        title="Crestor (rosuvastatin) prescribing information: antacids",
        year=None,
        note="Not read in a stored copy; unconfirmed.",
    ),
    Source(
        key="BACKGROUND",
        author="magnesium project fact sheet",
        title="Background knowledge not seen in any stored source (status unconfirmed)",
        year=None,
        note="Kept only with its unconfirmed status visible; never a silent default.",
    ),
    Source(
        key="IMCCCB",
        author="IMC Access",
        title="Consumer monograph: magnesium and calcium channel blockers",
        year=None,
        note="Read through a pfusion.net copy.",
    ),
    Source(
        key="INKER2021",
        author="Inker LA, Eneanya ND, Coresh J, et al.",
        title="New creatinine- and cystatin C-based equations to estimate GFR without race",
        year=2021,
        published_in="N Engl J Med 385:1737-1749",
        doi="10.1056/NEJMoa2102953",
    ),
    Source(
        key="COSTELLO2016",
        author="Costello RB, et al.",
        title="Perspective: the case for an evidence-based reference interval for serum "
        "magnesium: the time has come",
        year=2016,
        published_in="Adv Nutr",
        note="Reference interval 0.75-0.95 mmol/L (derived from NHANES I).",
    ),
    Source(
        key="COSTELLO2017",
        author="Costello RB, Nielsen F",
        title="Interpreting magnesium status to enhance clinical care: key indicators",
        year=2017,
        published_in="Curr Opin Clin Nutr Metab Care 20(6):504-511",
        note="The 0.75-0.85 mmol/L grey zone.",
    ),
    Source(
        key="ROSANOFF2022",
        author="Rosanoff A, et al. (MaGNet)",
        title="Recommendation on an updated standardization of serum magnesium reference ranges",
        year=2022,
        published_in="Eur J Nutr 61(7):3697-3706",
        doi="10.1007/s00394-022-02916-w",
    ),
    Source(
        key="MEDSCAPE2022",
        author="Novello NP",
        title="Hypermagnesemia in Emergency Medicine: clinical presentation",
        year=2022,
        published_in="Medscape eMedicine 766604",
        url="https://emedicine.medscape.com/article/766604-clinical",
        note="'Magnesium levels of 2-4 mEq/L are associated with the following: nausea, "
        "vomiting, skin flushing, weakness, lightheadedness'; 5-6 mEq/L hypotension; high "
        "levels 'depressed levels of consciousness, respiratory depression, and cardiac arrest'.",
    ),
    Source(
        key="FAN2021",
        author="Fan L, Zhu X, Rosanoff A, et al.",
        title="Magnesium Depletion Score (MDS) predicts risk of systemic inflammation and "
        "cardiovascular mortality among US adults",
        year=2021,
        published_in="J Nutr 151(8):2226-2235",
        doi="10.1093/jn/nxab138",
    ),
    Source(
        key="ZHANG2025",
        author="Zhang H, Kuang L, Wan Q",
        title="Higher magnesium depletion score increases the risk of all-cause and "
        "cardiovascular mortality in US adults with diabetes",
        year=2025,
        published_in="PLoS ONE 20(1):e0314298",
    ),
    Source(
        key="SONG2025",
        author="Song J, et al.",
        title="Magnesium depletion score and mortality in hypertension",
        year=2025,
        published_in="Biol Trace Elem Res 203(3):1287-1296",
        doi="10.1007/s12011-024-04254-w",
    ),
    Source(
        key="COSTELLO2025",
        author="Costello RB, Fan Z, Wallace TC",
        title="Magnesium Depletion Score as an indicator of health risk and nutritional "
        "status: a scoping review",
        year=2025,
        published_in="Nutrients 17:3286",
        doi="10.3390/nu17203286",
    ),
    Source(
        key="COCHRANE2020",
        author="Garrison SR, Korownyk CS, Kolber MR, et al.",
        title="Magnesium for skeletal muscle cramps",
        year=2020,
        published_in="Cochrane Database Syst Rev (9):CD009402",
        doi="10.1002/14651858.CD009402.pub3",
    ),
    Source(
        key="ZHOU2015",
        author="Zhou K, et al.",
        title="Interventions for leg cramps in pregnancy",
        year=2015,
        published_in="Cochrane Database Syst Rev, CD010655.pub2",
    ),
    Source(
        key="MASNOON2017",
        author="Masnoon N, Shakib S, Kalisch-Ellett L, Caughey GE",
        title="What is polypharmacy? A systematic review of definitions",
        year=2017,
        published_in="BMC Geriatr 17:230",
        doi="10.1186/s12877-017-0621-2",
        note="Five or more medicines daily is the commonest definition.",
    ),
    Source(
        key="USPMGCL2",
        author="United States Pharmacopeia",
        title="Magnesium Chloride (monograph): MgCl2·6H2O, 203.30",
        year=2006,
        published_in="USP 29-NF 24",
        url="http://pharmacopeia.cn/v29240/usp29nf24s0_m46710.html",
        note="The pharmacopoeial magnesium chloride is the hexahydrate (98.0-101.0 % "
        "MgCl2·6H2O); Ph. Eur. 0402 is likewise 'magnesium chloride hexahydrate'.",
    ),
    Source(
        key="USPMGCO3",
        author="United States Pharmacopeia",
        title="Magnesium Carbonate (monograph)",
        year=2009,
        published_in="USP 32-NF 27",
        url="https://www.drugfuture.com/pharmacopoeia/usp32/pub/data/v32270/usp32nf27s0_m46680.html",
        note="'A basic hydrated magnesium carbonate or a normal hydrated magnesium "
        "carbonate', 40.0-43.5 % as MgO, i.e. 24.1-26.2 % magnesium.",
    ),
    Source(
        key="EMC13170",
        author="Electronic Medicines Compendium (UK)",
        title="Magnesium Sulfate 50% w/v Solution for Injection/Infusion: Summary of "
        "Product Characteristics, section 2",
        year=2023,
        url="https://medicines.org.uk/emc/product/13170/smpc",
        note="'Magnesium sulfate heptahydrate 50% w/v (2 mmol Mg2+ in 1 ml)'; Epsom salt "
        "is the same heptahydrate.",
    ),
    Source(
        key="MAGNASPARTATE",
        author="Kora Healthcare",
        title="Magnaspartate 243 mg powder for oral solution: Summary of Product "
        "Characteristics, sections 2, 4.2, 4.4 and 4.5",
        year=2023,
        url="http://www.medicines.org.uk/emc/medicine/30238",
        note="'Magnesium aspartate dihydrate equivalent to 243 mg (10 mmol) of magnesium'. "
        "4.4: 'In the case of confirmed magnesium deficiency, concomitant hypocalcaemia and "
        "hypokalaemia should be suspected and corrected if confirmed'. 4.5: 'a time interval "
        "of 2 to 3 hours should generally be respected'. Indicated for magnesium deficiency "
        "'as diagnosed by a doctor'. Sections 4 read through the MHRA text (2016) on "
        "rxreasoner.com.",
    ),
    Source(
        key="WHOADOLPREG",
        author="World Health Organization",
        title="Adolescent pregnancy (fact sheet)",
        year=2018,
        url="https://www.who.int/news-room/fact-sheets/detail/adolescent-pregnancy",
        note="'Adolescent mothers (aged 10-19 years) face higher risks of eclampsia, puerperal "
        "endometritis, and systemic infections than women aged 20 to 24 years'; 'an estimated "
        "21 million girls aged 15 to 19 years and 2 million girls aged under 15 years become "
        "pregnant in developing regions' each year. The library's lower age for `pregnant` "
        "and `lactating` (10 years); the upper (60) is the library's own bound.",
    ),
    Source(
        key="STATPEARLSHYPOMG",
        author="Gragossian A, Bashir K, Bhutta BS, Friede R",
        title="Hypomagnesemia",
        year=2023,
        published_in="StatPearls. Treasure Island (FL): StatPearls Publishing",
        url="https://www.ncbi.nlm.nih.gov/books/NBK500003/",
        note="Normal serum magnesium 1.46-2.68 mg/dL; clinical manifestations 'ranging from "
        "mild tremors and generalized weakness to severe complications such as cardiac "
        "ischemia'. The library's source for tremor as a sign of low magnesium.",
    ),
    Source(
        key="SPSHYPOMG",
        author="NHS Specialist Pharmacy Service (SPS)",
        title="Using magnesium for acute hypomagnesaemia",
        year=None,
        url="https://sps.nhs.uk/?p=104376",
        note="Hypomagnesaemia below 0.7 mmol/L; mild 0.5-0.7 (no or nonspecific symptoms); "
        "severe below 0.5, with 'severe neurologic symptoms such as nystagmus, tetany, "
        "seizures, and cardiac arrhythmias'; intravenous magnesium in a hospital setting; "
        "'Hypomagnesaemia is often associated with hypocalcaemia and hypokalaemia.'",
    ),
    Source(
        key="DIASPORAL",
        author="Protina Pharmazeutische GmbH",
        title="Magnesium Diasporal 300 granules: composition",
        year=None,
        url="https://talkdrugs.info/magny-diasporal-300-5316.html",
        note="'Magnesium citrate 1830.0 mg (equivalent to a magnesium content of 295.7 "
        "mg)': 16.2 %, the anhydrous trimagnesium dicitrate. Read through a product "
        "information copy; sold in Denmark and Sweden as Magnesium Diasporal.",
    ),
    Source(
        key="EMC2716",
        author="Electronic Medicines Compendium (UK)",
        title="Summary of Product Characteristics of an aluminium and magnesium hydroxide "
        "antacid, section 4.5",
        year=None,
        url="http://www.medicines.org.uk/emc/product/2716/smpc",
        note="Lists drugs whose absorption aluminium-containing antacids lower; 'staggering the "
        "administration times of any orally administered drug and the antacid by at least 2 "
        "hours (4 hours for the fluoroquinolones)'; polystyrene sulphonate: caution.",
    ),
    Source(
        key="MGOHSMPC",
        author="Summary of Product Characteristics (UK)",
        title="Magnesium Hydroxide Mixture 8% w/w oral suspension, section 4.5",
        year=2015,
        url="https://medine.co.uk/magnesium-hydroxide-mixture-8-w-w-oral-suspension/summary",
        note="A magnesium-only product: lower absorption of diflunisal, azithromycin, "
        "ciprofloxacin, isoniazid, norfloxacin, ofloxacin, pivampicillin, rifampicin, "
        "tetracyclines, phenytoin, itraconazole, ketoconazole, fosinopril, chloroquine, "
        "hydroxychloroquine, phenothiazines, bisphosphonates and penicillamine; not advised "
        "with dipyridamole; alkaline urine raises salicylate and lowers quinidine excretion.",
    ),
    Source(
        key="VOCABRIALABEL",
        author="ViiV Healthcare",
        title="Vocabria (cabotegravir) product information: polyvalent cations",
        year=2021,
        note="'Antacids and mineral supplements should be administered at least 2 hours before "
        "or 4 hours after the oral cabotegravir dose', as quoted in the Drugs.com professional "
        "interaction monograph.",
    ),
    Source(
        key="BIKTARVYLABEL",
        author="Gilead Sciences",
        title="Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) prescribing "
        "information: antacids and supplements",
        year=None,
        note="Fasting, at least 2 h before Al/Mg antacids; not routinely together with or 2 h "
        "after them; with supplements, together with food. Read through a Drugs.com summary.",
    ),
    Source(
        key="REVOLADESMPC",
        author="Novartis",
        title="Revolade (eltrombopag) Summary of Product Characteristics, sections 4.2 and 4.5",
        year=None,
        url="http://wordscope.be/francais-neerlandais/Produit+contenant+de+l'iodure+de+calcium.html",
        note="'At least four hours before or after' antacids, dairy products or mineral "
        "supplements with polyvalent cations (French and Dutch SmPC text).",
    ),
    Source(
        key="PROMACTALABEL",
        author="Novartis",
        title="Promacta (eltrombopag) US prescribing information: polyvalent cations",
        year=2021,
        note="'At least 2 hours before or 4 hours after' products with polyvalent cations.",
    ),
    Source(
        key="EDURANTLABEL",
        author="Janssen",
        title="Edurant (rilpivirine) product information: antacids",
        year=None,
        note="Antacids 'at least 2 hours before or 4 hours after' Edurant (patient summary of "
        "the label); rilpivirine needs stomach acid to be absorbed.",
    ),
    Source(
        key="REYATAZLABEL",
        author="Bristol-Myers Squibb",
        title="Reyataz (atazanavir) prescribing information: antacids and buffered medicines",
        year=None,
        note="Atazanavir '2 hours before or 1 hour after' antacids (MedicineNet summary of the "
        "label); absorption needs an acid stomach.",
    ),
    Source(
        key="SPRYCELLABEL",
        author="Bristol-Myers Squibb",
        title="Sprycel (dasatinib) prescribing information: antacids",
        year=2006,
        note="Antacids 'at least two hours before and two hours after' dasatinib; together, "
        "AUC fell 55 % (Drugs.com professional monograph citing the label).",
    ),
    Source(
        key="HARVONILABEL",
        author="Gilead Sciences",
        title="Harvoni (ledipasvir/sofosbuvir) product information: antacids",
        year=None,
        note="Antacids with aluminium or magnesium 'at least 4 hours before or after' "
        "ledipasvir/sofosbuvir (consumer summary of the label, audiblerx.com); ledipasvir "
        "needs stomach acid to dissolve.",
    ),
    Source(
        key="AUSTPRESCVOX",
        author="Australian Prescriber",
        title="Sofosbuvir/velpatasvir/voxilaprevir for hepatitis C (new drugs)",
        year=None,
        note="'The solubility of velpatasvir decreases as gastric pH increases so antacids "
        "should be administered separately by four hours.'",
    ),
    Source(
        key="XOFLUZALABEL",
        author="Genentech",
        title="Xofluza (baloxavir marboxil) prescribing information: polyvalent cations",
        year=2018,
        note="Avoid co-administration with polyvalent-cation laxatives, antacids or oral "
        "supplements (calcium, iron, magnesium, selenium, zinc); no window is given.",
    ),
    Source(
        key="KAYEXALATELABEL",
        author="Sodium polystyrene sulfonate product information",
        title="Administration and interactions with cation-donating antacids and laxatives",
        year=2017,
        note="Take 'at least 3 hr before or after other oral medications'; with magnesium "
        "hydroxide, less potassium binding and metabolic alkalosis have been reported.",
    ),
    Source(
        key="ARNOLD1989",
        author="Arnold P, Wermeille M, Chapuy MC, et al.",
        title="Influence of food and antacid administration on fluoride bioavailability from "
        "enteric-coated sodium fluoride tablets",
        year=1989,
        published_in="Bone 10(6):401-407",
        note="An Al/Mg hydroxide antacid taken together cut fluoride bioavailability by 80 %; "
        "taken 2 h before it had no significant effect.",
    ),
    Source(
        key="PENTACARINAT",
        author="Sanofi",
        title="Pentacarinat (pentamidine isetionate) Summary of Product Characteristics and "
        "Swiss product information",
        year=2019,
        note="Hypomagnesaemia is common with parenteral use; QT prolongation; the Swiss "
        "information asks for blood magnesium twice a week.",
    ),
    Source(
        key="ACCAHA2023",
        author="Joglar JA, et al. (ACC/AHA/ACCP/HRS)",
        title="2023 Guideline for the Diagnosis and Management of Atrial Fibrillation, Table 25",
        year=2023,
        published_in="Circulation 149(1):e1-e156",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC11104284/table/T25",
        note="Dofetilide and sotalol: serum potassium and magnesium at baseline and every "
        "3-6 months.",
    ),
    Source(
        key="MAGONATE",
        author="Fleming & Company",
        title="Magonate (magnesium gluconate) tablets and liquid: product information",
        year=2000,
        url="http://www.carloanibaldi.com/therapy/listingdrugs/drugs/Magonate_Tablets.HTM",
        note="'Each 2 tablets contain magnesium 54 mgs (from 1000 mg magnesium gluconate "
        "dihydrate)': 5.4 %, the dihydrate (rev. 7/00).",
    ),
    Source(
        key="MAGNEROT",
        author="Wörwag Pharma",
        title="Magnerot 500 mg tablets: composition",
        year=None,
        url="https://www.medixlife.com/magnerot-instructions/",
        note="'Magnesium orotate dihydrate 500 mg, equivalent to magnesium content 32.8 mg "
        "(1.35 mmol)': 6.56 %, the dihydrate.",
    ),
    Source(
        key="FOLONAGLY",
        author="Folona",
        title="Magnesium Glycinate: supplement facts",
        year=None,
        url="https://www.folona.com/blogs/blogs/what-is-elemental-magnesium-magnesium-"
        "glycinate-the-case-of-less-is-more",
        note="'190 mg elemental magnesium from 1350mg of Magnesium Glycinate (C4H8MgN2O4)': "
        "14.1 %, the unbuffered bisglycinate.",
    ),
    Source(
        key="MAGNESIOBOI",
        author="Gravitate-Health FHIR IG",
        title="Magnesioboi 48.62 mg tablets: Summary of Product Characteristics (ES)",
        year=None,
        note="48.62 mg magnesium from 404.85 mg magnesium lactate: 12.0 %, the anhydrous "
        "L-lactate.",
    ),
)


def get_source(key: str) -> Source:
    """Return the source with this key.

    Parameters
    ----------
    key
        A key of :data:`SOURCES`, such as ``"EFSA2015"``.

    Returns
    -------
    Source
        The citation.

    Raises
    ------
    UnknownNameError
        If no source has this key; the error lists the keys.

    Examples
    --------
    >>> get_source("USDASR28").year
    2015
    """
    if not isinstance(key, str):
        message = f"`key` needs a source key such as 'EFSA2015', got {key!r}"
        raise ArgumentTypeError(message)
    try:
        return SOURCES[key]
    except KeyError:
        raise UnknownNameError("source", key, sorted(SOURCES)) from None
