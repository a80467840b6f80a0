"""Internal: the medicine catalogue, name lookup and interaction records.

The public face is :mod:`magnesium.interactions`.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _data, _names, _units
from magnesium._display import Displayable, Tabular, quantity_text
from magnesium._i18n import N_, Msg, Name, check_lang, msg, plural, text
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
class Spacing(Displayable):
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

    def _title(self, lang: str) -> str:
        return f"{self.source}: {self.wording.render(lang)}"

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        hours = [
            (text("take the drug before magnesium", lang), self.before_h),
            (text("take the drug after magnesium", lang), self.after_h),
        ]
        lines = [(label, _hours_text(_hours(h), lang)) for label, h in hours if h]
        return [*lines, (text("evidence", lang), text(str(self.evidence), lang))]


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
class Drug(Displayable):
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

    def _title(self, lang: str) -> str:
        return f"{self.label.render(lang)} ({self.atc})"

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("class", lang), text(self.drug_class, lang))]
        if self.brands:
            lines.append((text("brands", lang), ", ".join(self.brands)))
        lines.append((text("interactions", lang), ", ".join(r.key for r in self.records) or "-"))
        if self.note:
            lines.append((text("note", lang), self.note))
        return lines


def _hours(value: float | None) -> PlainQuantity[float] | None:
    return None if value is None else _units.quantity(float(value), "h")


def _hours_text(value: PlainQuantity[float] | None, lang: str) -> str:
    """Hours as text: "4 h", and a label's half hour "0.5 h", not "0 h" (decimals if any)."""
    whole = value is None or float(value.magnitude).is_integer()
    return quantity_text(value, 0 if whole else 1, lang)


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

    def window_text(self, lang: str | None = None) -> str:
        """Return the spacing window in words, e.g. "2 h before / 6 h after magnesium"."""
        lang = check_lang(lang)
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
            before=_hours_text(before, lang),
            after=_hours_text(after, lang),
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


# A record's fields that are not one value a row: the nested spacings, its own key and codes.
_NOT_TABULATED: Final = frozenset({"spacings", "key", "atc"})


@attrs.frozen(kw_only=True, repr=False)
class InteractionReport(Displayable, Tabular):
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

    def _table_rows(self, lang: str) -> list[dict[str, Any]]:
        """One row per interaction: the medicine, what happens and how far apart."""
        rows = []
        for found in self.interactions:
            row = found.to_dict(lang)
            record = row.pop("record")
            rows.append(row | {k: v for k, v in record.items() if k not in _NOT_TABULATED})
        return rows

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


# The fields of a [[record]] of data/records.toml, and of one of its spacings.
_RECORD: Final = {
    "key": (str, True),
    "atc": (list, True),
    "direction": (str, True),
    "severity": (str, True),
    "evidence": (str, True),
    "effect": (str, True),
    "management": (str, False),
    "sources": (list, True),
    "avoid": (bool, False),
    "note": (str, False),
    "spacings": (list, False),
}
_SPACING: Final = {
    "source": (str, True),
    "before_h": (float, False),
    "after_h": (float, False),
    "wording": (str, True),
    "evidence": (str, True),
}


# Read once into a cache before mutmut switches a mutant on: not mutated.
def _record(row: Mapping[str, Any]) -> InteractionRecord:  # pragma: no mutate block
    where = f"records.toml, {row['key']}, spacing"
    spacings = [
        Spacing(
            source=spacing["source"],
            before_h=spacing.get("before_h"),
            after_h=spacing.get("after_h"),
            wording=spacing["wording"],
            evidence=Evidence(spacing["evidence"]),
        )
        for spacing in _data.checked(row.get("spacings", []), _SPACING, where)
    ]
    record = InteractionRecord(
        key=row["key"],
        atc=tuple(row["atc"]),
        direction=Direction(row["direction"]),
        effect=row["effect"],
        severity=Severity(row["severity"]),
        management=row.get("management", ""),
        sources=tuple(row["sources"]),
        evidence=Evidence(row["evidence"]),
        spacings=tuple(spacings),
        avoid=row.get("avoid", False),
        note=row.get("note"),
    )
    if "management" in row:
        return record
    # Left out: the record's own window, the most conservative of its sources'.
    return attrs.evolve(record, management=_separate(record.before_h, record.after_h))


@functools.cache
def _by_key() -> Mapping[str, InteractionRecord]:  # pragma: no mutate block
    """Read the interaction records of data/records.toml once, on the first lookup."""
    rows = _data.rows("records.toml", "record", _RECORD)
    return _data.unique((_record(row) for row in rows), lambda r: r.key, "records.toml")


#: Every interaction record, by key (data/records.toml).
RECORDS: Final[Mapping[str, InteractionRecord]] = _data.LazyMapping(_by_key, "RECORDS")


@functools.cache
def _records_for(atc: str) -> tuple[InteractionRecord, ...]:
    """Return the records whose ATC prefixes match; per direction the most specific."""
    best: dict[Direction, int] = {}
    matches: list[tuple[int, InteractionRecord]] = []
    for record in _by_key().values():
        length = max((len(p) for p in record.atc if atc.startswith(p)), default=0)
        if length:
            matches.append((length, record))
            best[record.direction] = max(best.get(record.direction, 0), length)
    return tuple(r for length, r in matches if length == best[r.direction])


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
    combinations: Mapping[str, tuple[str, ...]]  # a brand of several medicines: its parts
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
    rows = _data.rows("medicines.toml", "medicine", _MEDICINE)
    by_drug = _data.unique((_drug(row) for row in rows), lambda d: d.name, "medicines.toml")
    drugs = tuple(by_drug.values())
    data = _data.toml("medicines.toml")
    aliases: dict[str, str] = data["aliases"]
    combinations = {brand: tuple(parts) for brand, parts in data["combinations"].items()}
    named = [*aliases.values(), *(p for parts in combinations.values() for p in parts)]
    if unknown := sorted(set(named) - set(by_drug)):
        message = f"medicines.toml: an alias or combination names no medicine: {unknown}"
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
        drugs=by_drug,
        combinations=MappingProxyType(combinations),
        by_name=index(_names.normalize),
        by_spelling=index(_names.spelling_key),
        every_name=tuple(dict.fromkeys([*every, *aliases, *combinations])),
    )


#: Every drug of the catalogue, by English generic name (data/medicines.toml).
DRUGS: Final[Mapping[str, Drug]] = _data.LazyMapping(lambda: catalogue().drugs, "DRUGS")

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
