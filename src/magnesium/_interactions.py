"""Internal: the medicine catalogue, name lookup and interaction records.

The public face is :mod:`magnesium.interactions`.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _data, _names, _units
from magnesium._display import Displayable, quantity_text
from magnesium._i18n import N_, Msg, Name, msg, plural, text
from magnesium.errors import ArgumentTypeError, UnknownNameError
from magnesium.sources import Evidence

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity


C, S, U = Evidence.CONFIRMED, Evidence.SECONDARY, Evidence.UNCONFIRMED


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _as_msg(value: object) -> Msg:  # pragma: no mutate block
    """Read a text of the tables: a plain English string or a message."""
    return value if isinstance(value, Msg) else Msg(str(value))


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _as_note(value: object) -> Msg | None:  # pragma: no mutate block
    return None if value in (None, "") else _as_msg(value)


class Direction(enum.StrEnum):
    """Which way an interaction runs."""

    LOWERS_DRUG_ABSORPTION = "magnesium lowers the drug's absorption"
    DRUG_LOWERS_MAGNESIUM = "the drug lowers body magnesium"
    DRUG_RAISES_MAGNESIUM = "the drug raises body magnesium"
    ADDITIVE = "additive effect"
    LOW_MAGNESIUM_WORSENS_DRUG = "low magnesium increases the drug's toxicity"
    CAUTION = "caution advised, no mechanism documented"


class Severity(enum.StrEnum):
    """Severity tier of this library, by the action the sources ask for (module docs)."""

    MAJOR = "major"
    MODERATE = "moderate"
    MINOR = "minor"


@attrs.frozen(kw_only=True)
class Spacing:
    """How far apart one source says to take the drug and magnesium.

    Attributes
    ----------
    source
        Key of :data:`magnesium.sources.SOURCES`.
    before_h
        The drug at least this many hours *before* magnesium, or ``None``.
    after_h
        The drug at least this many hours *after* magnesium, or ``None``.
    wording
        The source's advice, in brief.
    evidence
        How sure the figure is.
    """

    source: str
    before_h: float | None
    after_h: float | None
    wording: Msg = attrs.field(converter=_as_msg)
    evidence: Evidence


@attrs.frozen(kw_only=True)
class InteractionRecord:
    """One sourced interaction, for the drugs whose ATC code starts with ``atc``.

    Attributes
    ----------
    key
        Stable identifier.
    atc
        ATC codes or class prefixes the record applies to. Where records of
        the same direction match a drug, the most specific (longest) wins.
    direction, effect, severity, management
        What happens and what to do.
    spacings
        Every source's window; the record's own window is the most
        conservative of them.
    avoid
        The sources advise against the combination at any spacing.
    sources
        Keys of :data:`magnesium.sources.SOURCES`.
    evidence
        How sure the record is, as a whole.
    note
        What to know: where the article differs, what is unconfirmed.
    """

    key: str
    atc: tuple[str, ...]
    direction: Direction
    effect: Msg = attrs.field(converter=_as_msg)
    severity: Severity
    management: Msg = attrs.field(converter=_as_msg)
    sources: tuple[str, ...]
    evidence: Evidence
    spacings: tuple[Spacing, ...] = ()
    avoid: bool = False
    note: Msg | None = attrs.field(default=None, converter=_as_note)

    @property
    def before_h(self) -> float | None:
        """Most conservative hours the drug must come before magnesium, or ``None``."""
        hours = [s.before_h for s in self.spacings if s.before_h is not None]
        return max(hours) if hours else None

    @property
    def after_h(self) -> float | None:
        """Most conservative hours the drug must come after magnesium, or ``None``."""
        hours = [s.after_h for s in self.spacings if s.after_h is not None]
        return max(hours) if hours else None


@attrs.frozen(kw_only=True)
class Drug:
    """One medicine of the catalogue.

    Attributes
    ----------
    name
        English generic name (INN).
    danish
        Danish generic name.
    brands
        Brand names.
    atc
        WHO ATC code.
    drug_class
        The class it belongs to, in plain words.
    names_evidence
        How sure the Danish name and brands are: the Danish spellings and
        brands not shown by a source are unconfirmed.
    note
        What to know about this drug and magnesium.
    sources
        For a drug without a record: the interaction references consulted
        that name no interaction with magnesium ("no known interaction").
    """

    name: str
    danish: str
    atc: str
    drug_class: str
    brands: tuple[str, ...] = ()
    names_evidence: Evidence = U
    note: str = ""
    sources: tuple[str, ...] = ()

    @property
    def records(self) -> tuple[InteractionRecord, ...]:
        """The interaction records that apply to this drug."""
        return _records_for(self.atc)

    @property
    def label(self) -> Name:
        """The generic name, in English or Danish as a text is rendered."""
        return Name(self.name, self.danish)

    @property
    def lowers_magnesium(self) -> bool:
        """Whether a record says this drug lowers body magnesium."""
        return any(r.direction is Direction.DRUG_LOWERS_MAGNESIUM for r in self.records)


def _hours(value: float | None) -> PlainQuantity[float] | None:
    return None if value is None else _units.quantity(float(value), "h")


@attrs.frozen(kw_only=True, repr=False)
class Interaction(Displayable):
    """An interaction found for one drug the caller named.

    Attributes
    ----------
    query
        The name as given.
    drug
        The drug's English generic name.
    atc, drug_class
        Its ATC code and class.
    record
        The sourced record; the properties below read from it.
    """

    query: str
    drug: str
    atc: str
    drug_class: str
    record: InteractionRecord

    _derived = (
        "direction",
        "effect",
        "severity",
        "management",
        "take_drug_before_magnesium",
        "take_drug_after_magnesium",
        "sources",
    )

    def window_text(self, lang: str = "en") -> str:
        """Return the spacing window in words, e.g. "2 h before / 6 h after magnesium"."""
        before, after = self.take_drug_before_magnesium, self.take_drug_after_magnesium
        if self.record.avoid:
            return text("avoid together", lang)
        if before is None and after is None:
            return text("no spacing window", lang)
        # a one-sided rule names only its side: "2 h after magnesium", not "- before / ..."
        if after is None:
            template = N_("{before} before magnesium")
        elif before is None:
            template = N_("{after} after magnesium")
        else:
            template = N_("{before} before / {after} after magnesium")
        return msg(
            template,
            before=quantity_text(before, 0, lang),
            after=quantity_text(after, 0, lang),
        ).render(lang)

    def _title(self, lang: str) -> str:
        name = drug_label(self.drug).render(lang)
        return f"{name} ({self.atc}): {text(self.direction.value, lang)}"

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [
            (text("class", lang), text(self.drug_class, lang)),
            (text("severity", lang), text(self.severity.value, lang)),
            (text("effect", lang), self.record.effect.render(lang)),
            (text("window", lang), self.window_text(lang)),
            (text("management", lang), self.record.management.render(lang)),
            (text("evidence", lang), text(self.record.evidence.value, lang)),
            (text("sources", lang), ", ".join(self.sources)),
        ]

    @property
    def direction(self) -> Direction:
        """Which way the interaction runs."""
        return self.record.direction

    @property
    def effect(self) -> str:
        """What happens (English; ``record.effect.render("da")`` for Danish)."""
        return self.record.effect.render()

    @property
    def severity(self) -> Severity:
        """Severity tier of this library."""
        return self.record.severity

    @property
    def management(self) -> str:
        """What to do (English; ``record.management.render("da")`` for Danish)."""
        return self.record.management.render()

    @property
    def take_drug_before_magnesium(self) -> PlainQuantity[float] | None:
        """Take the drug at least this long before magnesium. [h]"""
        return _hours(self.record.before_h)

    @property
    def take_drug_after_magnesium(self) -> PlainQuantity[float] | None:
        """Take the drug at least this long after magnesium. [h]"""
        return _hours(self.record.after_h)

    @property
    def sources(self) -> tuple[str, ...]:
        """Keys of the sources behind the record."""
        return self.record.sources


@attrs.frozen(kw_only=True, repr=False)
class UnknownMedicine(Displayable):
    """A medicine name the catalogue does not know: not checked, not an error.

    Attributes
    ----------
    query
        The name as given.
    suggestions
        Catalogue names it may mean, best first (possibly none).
    """

    query: str
    suggestions: tuple[str, ...] = ()

    def _title(self, lang: str) -> str:
        return msg("{query}: not in the catalogue", query=self.query).render(lang)

    def line(self, lang: str) -> str:
        """Return one line for a report that lists it: the name and its best suggestions."""
        if not self.suggestions:
            return self._title(lang)
        return msg(
            "{query}: not in the catalogue (did you mean {suggestions}?)",
            query=self.query,
            suggestions=", ".join(self.suggestions[:3]),
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("checked", lang), text(_NOT_CHECKED, lang))]
        if self.suggestions:
            lines.append((text("did you mean", lang), ", ".join(self.suggestions)))
        return lines


_NOT_CHECKED: Final = N_("not checked for interactions with magnesium: a pharmacist can check it")


@attrs.frozen(kw_only=True, repr=False)
class InteractionReport(Displayable):
    """What :func:`interactions` found.

    Attributes
    ----------
    drugs
        The drugs the names resolved to, once each, in the order given.
    interactions
        Every interaction of those drugs.
    no_known_interaction
        Drugs in the catalogue with no magnesium interaction in its sources.
    unknown
        Names the catalogue does not know, in the order given, with
        suggestions: these were *not* checked.
    """

    drugs: tuple[Drug, ...]
    interactions: tuple[Interaction, ...]
    no_known_interaction: tuple[str, ...]
    unknown: tuple[UnknownMedicine, ...] = ()

    def _brief(self) -> str:
        return self._count("en")

    def _count(self, lang: str) -> str:
        return msg(
            "{found} for {drugs}",
            found=plural(len(self.interactions), "{count} interaction", "{count} interactions"),
            drugs=plural(len(self.drugs), "{count} medicine", "{count} medicines"),
        ).render(lang)

    def _title(self, lang: str) -> str:
        return msg("Magnesium interactions: {count}", count=self._count(lang)).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [
            (
                drug_label(i.drug).render(lang),
                (
                    f"{text(i.direction.value, lang)} "
                    f"({text(i.severity.value, lang)}; {i.window_text(lang)})"
                ),
            )
            for i in self.interactions
        ]
        if self.no_known_interaction:
            lines.append(
                (
                    text("no known interaction", lang),
                    ", ".join(drug_label(name).render(lang) for name in self.no_known_interaction),
                )
            )
        lines += [(text("not checked", lang), u.line(lang)) for u in self.unknown]
        return lines


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _sp(
    source: str, before: float | None, after: float | None, wording: str, evidence: Evidence
) -> Spacing:  # pragma: no mutate block
    return Spacing(
        source=source,
        before_h=None if before is None else float(before),
        after_h=None if after is None else float(after),
        wording=wording,
        evidence=evidence,
    )


# The article's own figures are confirmed *as the article's* (status C means
# read in the named source); the record's evidence rates the authorities.
_ARTICLE_ANTIBIOTICS = _sp("ARTICLE", 2, 4, "antibiotic 2 h before or 4 h after magnesium", C)
_NIH_CHELATORS = _sp("NIHODS", 2, 6, "at least 2 h before or 4-6 h after magnesium", S)
_EMC_3_4 = _sp("EMC12118", 4, 4, "magnesium 3-4 h before or after", C)
# UK magnesium SmPCs' general separation: the drugs they name by name get it
# (Magnaspartate 4.5 gives 2-3 h for every medicine; EMC 25343 and 4880 list them).
_UK_MAGNESIUM_SMPCS = (
    _sp("EMC25343", 3, 3, "drug administrations separated by approximately 2 to 3 hours", C),
    _sp("EMC4880", 4, 4, "not within two to four hours of other medications", C),
)
_CHELATION = (
    "Magnesium binds the drug in the gut (insoluble complexes): less of the drug is absorbed."
)
_ACID = (
    "Magnesium salts that neutralise acid raise the stomach's pH, and the drug needs acid to "
    "dissolve: less of it is absorbed."
)
_LOW_MG_BLOOD_TEST = (
    "With long-term use, ask the prescriber about a blood test for magnesium; a supplement "
    "may be needed, but ask the prescriber first."
)


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _separate(before: float | None, after: float | None) -> Msg:  # pragma: no mutate block
    if before is not None and after is not None:
        return msg(
            "Take the drug at least {before:g} h before or at least {after:g} h after "
            "magnesium (the most conservative source).",
            before=before,
            after=after,
        )
    if before is not None:
        return msg(
            "Take the drug at least {before:g} h before magnesium (the most conservative source).",
            before=before,
        )
    if after is not None:
        return msg(
            "Take the drug at least {after:g} h after magnesium (the most conservative source).",
            after=after,
        )
    return msg("No spacing window is given by the sources.")


# Runs only at import, before mutmut can switch a mutant on: not mutated.
def _chelation(
    key: str, atc: tuple[str, ...], *spacings: Spacing, evidence: Evidence, note: str = ""
) -> InteractionRecord:  # pragma: no mutate block
    """Make a record for a drug whose absorption magnesium lowers (strictest window)."""
    record = InteractionRecord(
        key=key,
        atc=atc,
        direction=Direction.LOWERS_DRUG_ABSORPTION,
        effect=_CHELATION,
        severity=Severity.MODERATE,
        management=msg("No spacing window is given by the sources."),
        sources=tuple(dict.fromkeys(s.source for s in spacings)),
        evidence=evidence,
        spacings=spacings,
        note=note,
    )
    return attrs.evolve(record, management=_separate(record.before_h, record.after_h))


_RECORDS: Final = (
    _chelation(
        "tetracyclines",
        ("J01AA",),
        _ARTICLE_ANTIBIOTICS,
        _NIH_CHELATORS,
        _sp("EMC12118", 3, 3, "tetracyclines 2-3 h apart from magnesium", C),
        evidence=C,
    ),
    _chelation(
        "quinolones",
        ("J01MA",),
        _ARTICLE_ANTIBIOTICS,
        _NIH_CHELATORS,
        _sp("STOCKLEY", 2, 6, "at least 2 h before and not less than 4-6 h after", S),
        evidence=S,
    ),
    _chelation(
        "ciprofloxacin",
        ("J01MA02",),
        _ARTICLE_ANTIBIOTICS,
        _NIH_CHELATORS,
        _sp("CIPROLABEL", 2, 6, "2 h before or 6 h after polyvalent cations", S),
        evidence=S,
    ),
    _chelation(
        "levofloxacin",
        ("J01MA12",),
        _ARTICLE_ANTIBIOTICS,
        _NIH_CHELATORS,
        _sp("LEVOLABEL", 2, 2, "2 h before or 2 h after antacids", U),
        evidence=S,
    ),
    _chelation(
        "moxifloxacin",
        ("J01MA14",),
        _ARTICLE_ANTIBIOTICS,
        _NIH_CHELATORS,
        _sp("FDBQUINOLONES", 4, 8, "4 h before or 8 h after oral cations", S),
        evidence=S,
    ),
    attrs.evolve(
        _chelation(
            "levothyroxine",
            ("H03AA01",),
            _sp("ARTICLE", 4, 4, "at least 4 h between the pills", C),
            _sp("STOCKLEY", 4, 4, "at least 4 h apart from antacids", S),
            evidence=S,
        ),
        effect="Less levothyroxine is absorbed: poorer control of the thyroid.",
    ),
    attrs.evolve(
        _chelation(
            "bisphosphonates",
            ("M05BA",),
            _sp(
                "ARTICLE",
                None,
                None,
                "bisphosphonate fasting in the morning; magnesium later in the day",
                C,
            ),
            _sp(
                "ALENDRONATELABEL",
                0.5,
                None,
                "fasting with plain water, then at least 30 min before any other medicine",
                C,
            ),
            _sp("NIHODS", 2, 2, "at least 2 h apart", S),
            _EMC_3_4,
            evidence=C,
        ),
        management="Take the bisphosphonate fasting in the morning with plain water; take "
        "magnesium later in the day, at least 4 h apart (UK SmPC 3-4 h; NIH ODS 2 h; the "
        "alendronate label 30 min).",
    ),
    _chelation(
        "dolutegravir",
        ("J05AJ03",),
        _sp(
            "TIVICAYLABEL",
            2,
            6,
            "2 h before or 6 h after cation-containing antacids or laxatives",
            S,
        ),
        evidence=S,
    ),
    attrs.evolve(
        _chelation(
            "bictegravir",
            ("J05AR20",),
            _sp(
                "BIKTARVYLABEL",
                2,
                None,
                "fasting at least 2 h before Al/Mg antacids; together with them, or 2 h after "
                "them, is not recommended",
                S,
            ),
            _sp(
                "TIVICAYLABEL",
                None,
                6,
                "no safe gap after magnesium is given for bictegravir: the class's longest "
                "(dolutegravir, 6 h after cations) is used",
                U,
            ),
            evidence=S,
            note="The label's 'together with food' is its advice for calcium or iron "
            "supplements, not for magnesium.",
        ),
        management="Take Biktarvy fasting at least 2 h before magnesium. Taking it together "
        "with magnesium, or after it, is not recommended (the label gives no safe gap after; "
        "6 h is used here, the longest of its class): ask a pharmacist.",
    ),
    attrs.evolve(
        _chelation("raltegravir", ("J05AJ01",), evidence=S),
        severity=Severity.MAJOR,
        avoid=True,
        management="Taking raltegravir with aluminium or magnesium antacids, together or "
        "hours apart, is not recommended (the label: within 6 h raltegravir levels fell by "
        "about half). Ask a pharmacist before taking magnesium.",
        sources=("ISENTRESSLABEL",),
    ),
    _chelation(
        "cabotegravir",
        ("J05AJ04",),
        _sp(
            "VOCABRIALABEL",
            4,
            2,
            "antacids at least 2 h before or 4 h after oral cabotegravir",
            S,
        ),
        evidence=S,
        note="For the tablets (Vocabria): the antacid 2 h before or 4 h after the tablet, that "
        "is the tablet 4 h before or 2 h after magnesium. Injected cabotegravir (Apretude, "
        "Vocabria injection) does not pass the gut.",
    ),
    _chelation(
        "elvitegravir",
        ("J05AJ02",),
        _sp("INSTILABELS", 2, 2, "at least 2 h apart", U),
        evidence=U,
    ),
    attrs.evolve(
        _chelation(
            "gabapentin",
            ("N02BF01", "N03AX12"),
            _sp("NEURONTINLABEL", None, 2, "gabapentin at least 2 h after the antacid", S),
            evidence=S,
        ),
        effect="An Al/Mg antacid (Maalox) lowered gabapentin's bioavailability by about 20 %.",
    ),
    _chelation("penicillamine", ("M01CC01",), _EMC_3_4, evidence=C),
    _chelation(
        "eltrombopag",
        ("B02BX05",),
        _EMC_3_4,
        _sp("REVOLADESMPC", 4, 4, "at least four hours before or after polyvalent cations", C),
        _sp("PROMACTALABEL", 2, 4, "at least 2 h before or 4 h after polyvalent cations", S),
        evidence=C,
    ),
    _chelation(
        "emc_3_4_hours",
        ("P01BA01", "P01BA02", "C01BA01", "J01XE01", "B03A"),
        _EMC_3_4,
        evidence=C,
        note="Aminoquinolines, quinidine, nitrofurantoin and iron (UK SmPC of a magnesium "
        "medicine).",
    ),
    _chelation(
        "azole_antifungals",
        ("J02AB02", "J02AC02"),
        _sp("BACKGROUND", 2, 2, "separate by at least 2 h (needs stomach acid)", U),
        *_UK_MAGNESIUM_SMPCS,
        evidence=C,
    ),
    _chelation("mycophenolate", ("L04AA06",), *_UK_MAGNESIUM_SMPCS, evidence=C),
    _chelation(
        "cephalosporins", ("J01DD13", "J01DC02", "J01DC04"), *_UK_MAGNESIUM_SMPCS, evidence=C
    ),
    _chelation(
        "uk_magnesium_smpcs",
        ("R06AX26", "H02AB13", "P01BB01", "N05AL01"),
        *_UK_MAGNESIUM_SMPCS,
        evidence=C,
        note="Fexofenadine, deflazacort, proguanil and sulpiride, named by UK SmPCs of "
        "magnesium antacids among the drugs whose absorption magnesium salts reduce.",
    ),
    attrs.evolve(
        _chelation(
            "ace_inhibitors", ("C09AA01", "C09AA02", "C09AA09"), *_UK_MAGNESIUM_SMPCS, evidence=C
        ),
        effect="Magnesium salts reduce the absorption of captopril, enalapril and fosinopril "
        "(UK SmPCs of magnesium antacids).",
    ),
    attrs.evolve(
        _chelation(
            "erlotinib",
            ("L01EB02",),
            _sp("EMC4880", 2, 4, "the antacid at least 4 h before or 2 h after erlotinib", C),
            evidence=C,
        ),
        effect=_ACID,
    ),
    _chelation("lithium", ("N05AN01",), _UK_MAGNESIUM_SMPCS[1], evidence=C),
    InteractionRecord(
        key="nilotinib",
        atc=("L01EA03",),
        direction=Direction.LOWERS_DRUG_ABSORPTION,
        effect=_ACID,
        severity=Severity.MAJOR,
        management="A UK magnesium antacid SmPC says antacids should be avoided with "
        "nilotinib: ask the doctor or pharmacist before taking magnesium.",
        sources=("EMC25343",),
        evidence=C,
        avoid=True,
    ),
    attrs.evolve(
        _chelation(
            "rosuvastatin",
            ("C10AA07",),
            _sp("CRESTORLABEL", 2, None, "antacid at least 2 h after rosuvastatin", U),
            evidence=U,
        ),
        effect="An Al/Mg hydroxide antacid lowered rosuvastatin exposure (about 50 %).",
    ),
    attrs.evolve(
        _chelation("digoxin_absorption", ("C01AA05",), *_UK_MAGNESIUM_SMPCS, evidence=C),
        effect="Magnesium salts may lower digoxin absorption.",
    ),
    InteractionRecord(
        key="digoxin_low_magnesium",
        atc=("C01AA05",),
        direction=Direction.LOW_MAGNESIUM_WORSENS_DRUG,
        effect="Low magnesium (or potassium), e.g. from diuretics, sensitises the heart to "
        "digoxin.",
        severity=Severity.MODERATE,
        management="The label asks to keep potassium and magnesium normal: blood tests as "
        "the doctor advises. Ask the doctor before taking magnesium.",
        sources=("DIGOXINLABEL",),
        evidence=C,
    ),
    InteractionRecord(
        key="loop_and_thiazide_diuretics",
        atc=("C03CA", "C03AA", "C03BA"),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="More magnesium is lost in the urine with long-term use.",
        severity=Severity.MODERATE,
        management=_LOW_MG_BLOOD_TEST,
        sources=("EMC12118", "NIHODS", "ARTICLE"),
        evidence=C,
    ),
    InteractionRecord(
        key="proton_pump_inhibitors",
        atc=("A02BC",),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="Long-term use lowers magnesium absorption and can cause low magnesium "
        "(Rotterdam Study: OR 2.00, 7.22 with a loop diuretic; meta-analysis: OR 1.71).",
        severity=Severity.MODERATE,
        management=_LOW_MG_BLOOD_TEST,
        sources=("EMC12118", "KIEBOOM2015", "PPIMETA", "ARTICLE"),
        evidence=C,
        note="'Long-term' is often given as more than a year (FDA, NIH ODS): unconfirmed.",
    ),
    InteractionRecord(
        key="egfr_antibodies",
        atc=("L01FE",),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="Renal magnesium wasting.",
        severity=Severity.MODERATE,
        management="Blood tests for magnesium as the oncology team advises.",
        sources=("EMC12118",),
        evidence=C,
    ),
    InteractionRecord(
        key="renal_magnesium_wasting",
        atc=("L04AD", "J01GB", "J02AA01", "L01XA01", "J05AD01"),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="Renal magnesium wasting (calcineurin inhibitors, aminoglycosides, "
        "amphotericin B, cisplatin, foscarnet).",
        severity=Severity.MODERATE,
        management="Blood tests for magnesium as the treating doctor advises.",
        sources=("UCSF", "MEDALG"),
        evidence=S,
    ),
    InteractionRecord(
        key="beta2_agonists",
        atc=("R03AC",),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="The article says beta2-agonist asthma drugs lower magnesium; a transient "
        "shift into cells with high or nebulised doses is the proposed mechanism.",
        severity=Severity.MINOR,
        management="No action from this claim alone; it is not confirmed.",
        sources=("ARTICLE",),
        evidence=U,
        note="Not confirmed in any stored source (facts.md).",
    ),
    InteractionRecord(
        key="statins",
        atc=("C10AA",),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="The article says some statins lower magnesium.",
        severity=Severity.MINOR,
        management="No action from this claim alone; no source supports it.",
        sources=("ARTICLE",),
        evidence=U,
        note="No source found; likely wrong. The documented statin interaction runs the "
        "other way: antacids lower rosuvastatin absorption.",
    ),
    InteractionRecord(
        key="potassium_sparing_diuretics",
        atc=("C03D",),
        direction=Direction.DRUG_RAISES_MAGNESIUM,
        effect="Less magnesium is excreted: risk of too much magnesium (and potassium) with "
        "supplements, especially with reduced kidney function.",
        severity=Severity.MODERATE,
        management="Ask a doctor before supplementing; blood tests regularly (the article).",
        sources=("NIHODS", "ARTICLE"),
        evidence=S,
        note="Eplerenone is unconfirmed; amiloride and spironolactone are named by NIH ODS.",
    ),
    InteractionRecord(
        key="magnesium_laxatives_antacids",
        atc=("A06AD", "A02AA"),
        direction=Direction.ADDITIVE,
        effect="An extra magnesium load that counts toward the 250 mg/day ceiling; risk of "
        "high magnesium with reduced kidney function or bowel obstruction.",
        severity=Severity.MODERATE,
        management="Count it with supplements against the ceiling; blood tests regularly "
        "with reduced kidney function (the article).",
        sources=("ARTICLE", "SCF2001", "ATC2026"),
        evidence=S,
        note="The article's 'opioid laxatives' is read as magnesium-containing laxatives "
        "(ATC A06AD); opioid-antagonist laxatives (A06AH) contain no magnesium.",
    ),
    InteractionRecord(
        key="calcium_channel_blockers",
        atc=("C08",),
        direction=Direction.ADDITIVE,
        effect="With magnesium, mainly intravenous magnesium sulfate (e.g. with nifedipine "
        "in pregnancy), hypotension and neuromuscular effects have been reported.",
        severity=Severity.MINOR,
        management="Mainly relevant to intravenous magnesium; with heart disease ask a doctor "
        "before supplementing (the article).",
        sources=("IMCCCB", "ARTICLE"),
        evidence=S,
    ),
    InteractionRecord(
        key="neuromuscular_blockers",
        atc=("M03A",),
        direction=Direction.ADDITIVE,
        effect="Parenteral magnesium potentiates neuromuscular blockade.",
        severity=Severity.MINOR,
        management="Not relevant to ordinary oral supplements.",
        sources=("BACKGROUND",),
        evidence=U,
    ),
    attrs.evolve(
        _chelation(
            "rilpivirine",
            ("J05AG05",),
            _sp("EDURANTLABEL", 4, 2, "antacids at least 2 h before or 4 h after rilpivirine", S),
            evidence=S,
        ),
        effect=_ACID,
    ),
    attrs.evolve(
        _chelation(
            "atazanavir",
            ("J05AE08",),
            _sp("REYATAZLABEL", 2, 1, "atazanavir 2 h before or 1 h after antacids", S),
            evidence=S,
        ),
        effect=_ACID,
    ),
    attrs.evolve(
        _chelation(
            "dasatinib",
            ("L01EA02",),
            _sp("SPRYCELLABEL", 2, 2, "no antacid from 2 h before to 2 h after dasatinib", S),
            evidence=S,
        ),
        effect=_ACID,
    ),
    attrs.evolve(
        _chelation(
            "ledipasvir",
            ("J05AP51",),
            _sp("HARVONILABEL", 4, 4, "antacids at least 4 h before or after ledipasvir", S),
            evidence=S,
        ),
        effect=_ACID,
    ),
    attrs.evolve(
        _chelation(
            "velpatasvir",
            ("J05AP55", "J05AP56"),
            _sp("AUSTPRESCVOX", 4, 4, "antacids separated from velpatasvir by 4 h", S),
            evidence=S,
        ),
        effect=_ACID,
    ),
    attrs.evolve(
        _chelation("baloxavir", ("J05AX25",), evidence=S),
        management="Do not take with magnesium-containing laxatives, antacids or supplements "
        "(label); no window is given: ask a pharmacist.",
        sources=("XOFLUZALABEL",),
    ),
    InteractionRecord(
        key="polystyrene_sulfonate",
        atc=("V03AE01",),
        direction=Direction.LOWERS_DRUG_ABSORPTION,
        effect="Magnesium binds to the resin: less potassium is removed, and metabolic "
        "alkalosis has been reported with magnesium hydroxide, worst with kidney failure.",
        severity=Severity.MAJOR,
        management="Magnesium-containing antacids and laxatives are to be avoided with the "
        "resin (its SmPC); ask the doctor who prescribed it before taking any magnesium.",
        sources=("RESONIUMSMPC", "EMC25343", "EMC4880", "KAYEXALATELABEL", "EMC2716"),
        evidence=C,
        spacings=(
            _sp("RESONIUMSMPC", 3, 3, "at least 3 h before or after other oral medicines", C),
            _sp("KAYEXALATELABEL", 3, 3, "at least 3 h before or after other oral medicines", S),
        ),
        avoid=True,
        note="Other medicines are taken at least 3 h from the resin; magnesium antacids and "
        "laxatives are avoided altogether.",
    ),
    _chelation(
        "sodium_fluoride",
        ("A01AA01",),
        _sp("ARNOLD1989", None, 2, "together -80 %; antacid 2 h before: no effect", C),
        _sp("EMC2716", 2, 2, "any oral drug at least 2 h apart from the antacid", C),
        evidence=C,
    ),
    _chelation(
        "magnesium_antacid_smpc",
        ("N02BA11", "J01FA10", "J04AC01", "J01CA02", "J04AB02", "N03AB02", "N05AA"),
        _sp("EMC2716", 2, 2, "any oral drug at least 2 h apart from the antacid", C),
        evidence=C,
        note="Named by the SmPC of a magnesium hydroxide antacid (MGOHSMPC); the window is the "
        "antacid SmPC's general 2 h (EMC2716).",
    ),
    InteractionRecord(
        key="dipyridamole",
        atc=("B01AC07",),
        direction=Direction.LOWERS_DRUG_ABSORPTION,
        effect="A magnesium hydroxide antacid raises stomach pH; dipyridamole needs acid to "
        "dissolve.",
        severity=Severity.MAJOR,
        management="The magnesium hydroxide SmPC advises against use during dipyridamole "
        "therapy: ask the doctor or pharmacist.",
        sources=("MGOHSMPC",),
        evidence=C,
        avoid=True,
    ),
    InteractionRecord(
        key="salicylates_urine",
        atc=("B01AC06", "N02BA01"),
        direction=Direction.CAUTION,
        effect="Magnesium hydroxide can make the urine alkaline, and more salicylate is then "
        "excreted.",
        severity=Severity.MINOR,
        management="Relevant to large antacid doses with high-dose aspirin; no action for a "
        "magnesium supplement.",
        sources=("MGOHSMPC",),
        evidence=C,
    ),
    InteractionRecord(
        key="aluminium_antacid_list",
        atc=("C07AB02", "C07AB03", "C07AA05", "H02AB02", "H02AB06", "A02BA"),
        direction=Direction.CAUTION,
        effect="An antacid SmPC lists this drug among those whose absorption "
        "aluminium-containing antacids lower; for magnesium without aluminium no interaction "
        "is documented.",
        severity=Severity.MINOR,
        management="No action for a magnesium supplement; with an aluminium/magnesium antacid, "
        "take the drug at least 2 h apart (the antacid's SmPC).",
        sources=("EMC2716",),
        evidence=C,
    ),
    InteractionRecord(
        key="zinc_high_dose",
        atc=("A12CB",),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="Very high zinc doses from supplements (142 mg a day) interfere with magnesium "
        "absorption.",
        severity=Severity.MINOR,
        management="Only doses far above the upper level for zinc were shown to matter; no "
        "action at ordinary doses.",
        sources=("NIHODS",),
        evidence=S,
    ),
    InteractionRecord(
        key="pentamidine",
        atc=("P01CX01",),
        direction=Direction.DRUG_LOWERS_MAGNESIUM,
        effect="Hypomagnesaemia is common with parenteral pentamidine, which also prolongs "
        "the QT interval.",
        severity=Severity.MODERATE,
        management="Blood tests for magnesium as the treating doctor advises (the Swiss "
        "product information: twice a week).",
        sources=("PENTACARINAT",),
        evidence=C,
    ),
    InteractionRecord(
        key="qt_antiarrhythmics",
        atc=("C07AA07", "C01BD04"),
        direction=Direction.LOW_MAGNESIUM_WORSENS_DRUG,
        effect="Low magnesium (or potassium) raises the risk of torsades de pointes with these "
        "QT-prolonging antiarrhythmics.",
        severity=Severity.MODERATE,
        management="Serum magnesium and potassium are checked before the start and every 3-6 "
        "months (the 2023 atrial fibrillation guideline); ask the doctor before taking "
        "magnesium.",
        sources=("ACCAHA2023",),
        evidence=C,
    ),
    InteractionRecord(
        key="antiarrhythmics",
        atc=("C01B",),
        direction=Direction.CAUTION,
        effect="The article advises a doctor's go-ahead before supplementing with heart "
        "disease on antiarrhythmics; no specific oral magnesium interaction was found.",
        severity=Severity.MINOR,
        management="Ask the doctor before supplementing (the article).",
        sources=("ARTICLE",),
        evidence=U,
    ),
)

#: Every interaction record, by key.
RECORDS: Final[Mapping[str, InteractionRecord]] = MappingProxyType({r.key: r for r in _RECORDS})


@functools.cache
def _records_for(atc: str) -> tuple[InteractionRecord, ...]:
    """Return the records whose ATC prefixes match; per direction the most specific."""
    best: dict[Direction, int] = {}
    matches: list[tuple[int, InteractionRecord]] = []
    for record in _RECORDS:
        length = max((len(p) for p in record.atc if atc.startswith(p)), default=0)
        if length:
            matches.append((length, record))
            best[record.direction] = max(best.get(record.direction, 0), length)
    return tuple(r for length, r in matches if length == best[r.direction])


# Runs only at import, before mutmut can switch a mutant on: not mutated.
# The interaction references read for every drug: a drug none of them names
# has "no known interaction" (which is not a proof of none).
_CONSULTED: Final = ("EMC12118", "MGOHSMPC", "EMC2716", "NIHODS")

# The fields of a [[medicine]] row of data/medicines.toml: type, and whether required.
_MEDICINE: Final = {
    "name": (str, True),
    "danish": (str, True),
    "atc": (str, True),
    "class": (str, True),
    "brands": (list, False),
    "names_evidence": (str, False),
    "note": (str, False),
}


@attrs.frozen
class _Catalogue:
    """The medicine catalogue, read from data/medicines.toml, and its name indexes."""

    drugs: Mapping[str, Drug]
    by_name: Mapping[str, tuple[str, ...]]  # exact names (case, accents, punctuation aside)
    by_spelling: Mapping[str, tuple[str, ...]]  # the looser spelling key
    every_name: tuple[str, ...]  # for suggestions


# Read once into a cache (catalogue) before mutmut switches a mutant on: not mutated.
def _drug(row: Mapping[str, Any]) -> Drug:  # pragma: no mutate block
    brands, evidence = row.get("brands", []), row.get("names_evidence", U.value)
    if not all(isinstance(b, str) for b in brands) or evidence not in set(Evidence):
        message = f"medicines.toml, {row['name']}: brands are texts, names_evidence an Evidence"
        raise _data.DataFileError(message)
    if not _ATC_PATTERN.match(row["atc"]):
        message = f"medicines.toml, {row['name']}: {row['atc']!r} is not an ATC code"
        raise _data.DataFileError(message)
    return Drug(
        name=row["name"],
        danish=row["danish"],
        atc=row["atc"],
        drug_class=row["class"],
        brands=tuple(brands),
        names_evidence=Evidence(evidence),
        note=row.get("note", ""),
        sources=_CONSULTED if not _records_for(row["atc"]) else (),
    )


@functools.cache
def catalogue() -> _Catalogue:  # pragma: no mutate block
    """Read the medicine catalogue once, on the first lookup, and index its names."""
    drugs = tuple(_drug(row) for row in _data.rows("medicines.toml", "medicine", _MEDICINE))
    by_drug = {d.name: d for d in drugs}
    data = _data.toml("medicines.toml")
    aliases: dict[str, str] = data["aliases"]
    combinations = {brand: tuple(parts) for brand, parts in data["combinations"].items()}
    named = [*aliases.values(), *(p for parts in combinations.values() for p in parts)]
    if len(by_drug) != len(drugs) or set(named) - set(by_drug):
        message = "medicines.toml: a name given twice, or an alias or part that is no medicine"
        raise _data.DataFileError(message)

    def index(key: Callable[[str], str]) -> Mapping[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {}
        for drug in drugs:
            for name in (drug.name, drug.danish, *drug.brands):
                found.setdefault(key(name), (drug.name,))
        for alias, name in aliases.items():
            found[key(alias)] = (name,)
        for brand, parts in combinations.items():
            found[key(brand)] = parts
        return MappingProxyType(found)

    every = [n for d in drugs for n in (d.name, d.danish, *d.brands)]
    return _Catalogue(
        drugs=MappingProxyType(by_drug),
        by_name=index(_names.normalize),
        by_spelling=index(_names.spelling_key),
        every_name=tuple(dict.fromkeys([*every, *aliases, *combinations])),
    )


class _Drugs(Mapping[str, Drug]):
    """The read-only mapping :data:`DRUGS`: the catalogue is read on first use."""

    def __getitem__(self, name: str) -> Drug:
        return catalogue().drugs[name]

    def __iter__(self) -> Iterator[str]:
        return iter(catalogue().drugs)

    def __len__(self) -> int:
        return len(catalogue().drugs)

    def __repr__(self) -> str:
        return f"<magnesium.DRUGS: {len(self)} medicines>"


#: Every drug of the catalogue, by English generic name (data/medicines.toml).
DRUGS: Final[Mapping[str, Drug]] = _Drugs()

_ATC_PATTERN = re.compile(r"^[A-Z]\d{2}(?:[A-Z](?:[A-Z](?:\d{2})?)?)?$")


# "losartan/hydrochlorothiazide", "losartan + HCT": a combination named by its parts.
# The separator alone: spaces around it are stripped from the parts, never
# matched (a run of spaces tried from each of its starts is quadratic).
_PARTS: Final = re.compile(r"/|\+|,|\band\b|\bog\b", re.IGNORECASE)


def _resolve(query: str) -> tuple[Drug, ...]:
    """Return the drugs a name means, or raise :class:`UnknownNameError` with suggestions."""
    if not isinstance(query, str):
        message = f"a medicine needs a name such as 'ciprofloxacin', got {_names.shown(query)}"
        raise ArgumentTypeError(message)
    known = catalogue()
    names = known.by_name.get(_names.normalize(query)) or known.by_spelling.get(
        _names.spelling_key(query)
    )
    if names is not None:
        return tuple(DRUGS[name] for name in names)
    parts = [part for part in _PARTS.split(query) if part.strip()]
    if len(parts) > 1:
        try:
            combined = [drug for part in parts for drug in _resolve(part)]
        except UnknownNameError:
            pass  # not a combination of known parts: an unknown name
        else:
            return tuple({d.name: d for d in combined}.values())
    code = re.sub(r"\s+", "", query).upper()
    if _ATC_PATTERN.match(code):
        found = tuple(d for d in DRUGS.values() if d.atc.startswith(code))
        if found:
            return found
        raise UnknownNameError(
            "ATC code",
            query,
            sorted({d.atc[: len(code)] for d in DRUGS.values() if d.atc[0] == code[0]})[:5],
        )
    raise UnknownNameError("medicine", query, _names.suggest(query, catalogue().every_name))


def lookup_name(query: object, *, strict: bool) -> tuple[tuple[Drug, ...], UnknownMedicine | None]:
    """Return the drugs a name means, or none and the name as unknown (raise if strict)."""
    if not isinstance(query, str):
        message = f"a medicine needs a name such as 'ciprofloxacin', got {_names.shown(query)}"
        raise ArgumentTypeError(message)
    try:
        return _resolve(query), None
    except UnknownNameError as error:
        if strict:
            raise
        return (), UnknownMedicine(query=query, suggestions=tuple(error.candidates))


def drug_label(name: str) -> Name:
    """Return a catalogue drug's name in both languages (any other name as it is)."""
    drug = DRUGS.get(name)
    return Name(name, name) if drug is None else drug.label


def find_drug(name: str) -> Drug:
    """Find a medicine by English or Danish generic name, brand or ATC code.

    Parameters
    ----------
    name
        ``"furosemide"``, ``"furosemid"``, ``"Lasix"`` or ``"C03CA01"``; case,
        accents and punctuation do not matter.

    Returns
    -------
    Drug
        The catalogue entry.

    Raises
    ------
    UnknownNameError
        If no drug has this name (``candidates`` holds the closest), or an ATC
        class prefix matches several drugs (use :func:`interactions`).

    References
    ----------
    .. [1] WHO Collaborating Centre for Drug Statistics Methodology. ATC/DDD Index.

    Examples
    --------
    >>> find_drug("Furix").name, find_drug("C03CA01").name
    ('furosemide', 'furosemide')
    """
    found = _resolve(name)
    if len(found) > 1:
        raise UnknownNameError("single medicine", name, [d.name for d in found])
    return found[0]


def interactions(*names: str | Iterable[str], strict: bool = False) -> InteractionReport:
    """Look up the magnesium interactions of one or more medicines.

    Parameters
    ----------
    *names
        Medicines by English or Danish generic name, brand or ATC code; an ATC
        class prefix (``"J01A"``) means every catalogue drug in it. Lists of
        names are accepted too.
    strict
        Raise for a name the catalogue does not know, instead of listing it
        in ``unknown``.

    Returns
    -------
    InteractionReport
        ``interactions`` for the drugs that have any, with windows as time
        Quantities; ``no_known_interaction`` for known drugs with none;
        ``unknown`` for names not in the catalogue, which were not checked.

    Raises
    ------
    UnknownNameError
        With ``strict=True``, if a name is not in the catalogue; ``candidates``
        holds the closest names.

    References
    ----------
    .. [1] NIH ODS, Magnesium fact sheet; UK SmPC (emc 12118); drug labels as
       cited on each record.

    Examples
    --------
    >>> [i.drug for i in interactions("J01A").interactions]  # every tetracycline
    ['doxycycline', 'tetracycline', 'oxytetracycline', 'lymecycline', 'minocycline', ...]
    >>> interactions("doxycyklin", "ciprofloxaxin").unknown
    (<UnknownMedicine: ciprofloxaxin: not in the catalogue>,)
    >>> interactions("ciprofloxaxin", strict=True)
    Traceback (most recent call last):
    ...
    magnesium.errors.UnknownNameError: unknown medicine "ciprofloxaxin"; did you mean ...?
    """
    queries: list[object] = []  # names, or anything else for lookup to refuse with a message
    for item in names:
        value: object = item  # callers may pass anything; the types say what is meant
        if isinstance(value, str) or not isinstance(value, Iterable) or isinstance(value, Mapping):
            queries.append(value)
        else:
            queries.extend(_names.listed(value, "a medicine name or a list of names"))
    seen: dict[str, tuple[str, Drug]] = {}
    unknown: list[UnknownMedicine] = []
    strict = _names.flag(strict, "strict")
    for query in queries:
        drugs, missing = lookup_name(query, strict=strict)
        for drug in drugs:
            seen.setdefault(drug.name, (str(query), drug))
        if missing is not None:
            unknown.append(missing)
    found = [
        Interaction(
            query=query, drug=drug.name, atc=drug.atc, drug_class=drug.drug_class, record=r
        )
        for query, drug in seen.values()
        for r in drug.records
    ]
    return InteractionReport(
        drugs=tuple(drug for _, drug in seen.values()),
        interactions=tuple(found),
        no_known_interaction=tuple(d.name for _, d in seen.values() if not d.records),
        unknown=tuple(unknown),
    )
