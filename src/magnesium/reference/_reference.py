"""Internal: reference intakes, upper levels, and the readers of age, sex and authority.

The public face is :mod:`magnesium.reference`.
"""

from __future__ import annotations

import enum
import functools
import math
import numbers
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

import attrs

from magnesium import _data, _names, _units
from magnesium._display import Displayable, quantity_text
from magnesium._i18n import Msg, msg, text
from magnesium.errors import (
    InvalidAmountError,
    NoReferenceValueError,
    UnitError,
    UnknownChoiceError,
)
from magnesium.sources import SOURCES, Evidence, Source

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

_V = TypeVar("_V")


HOURS_PER_YEAR: Final = 365.25 * 24
MAX_AGE: Final = 130.0
# Adult reference values, the adult ceiling and CKD-EPI 2021 apply from 18 years.
ADULT_AGE: Final = 18.0
# No authority sets an upper level in the first year (IOM 1997: magnesium
# from milk, formula and food only); from 1 to 4 only the US has one.
INFANT_LIMIT: Final = 1.0  # years


def _member(key: str) -> str:
    """Return the enum member name of an authority's key: its letters and digits."""
    return "".join(ch for ch in key if ch.isalnum()).upper()


if TYPE_CHECKING:

    class Authority(enum.StrEnum):
        """Who sets the reference values; the members come from data/registry.toml."""

else:
    # The authorities are data (data/registry.toml, one entry each): the enum is
    # made from the registry at import, the one data file read then (a few lines).
    Authority = enum.StrEnum(
        "Authority",
        [(_member(entry["key"]), entry["key"]) for entry in _data.registry("authority")],
        module=__name__,
        qualname="Authority",
    )
    Authority.__doc__ = (
        "Who sets the reference values. EFSA is the default; :func:`authorities` "
        "lists them all (data/registry.toml)."
    )

#: The authority a caller gets without choosing one.
DEFAULT_AUTHORITY: Final = "EFSA"


def authorities() -> tuple[Authority, ...]:
    """Return the authorities whose reference values the library holds.

    Each is a data file plus one entry in ``data/registry.toml``; pass one,
    or its key in any case, as ``authority=``.

    Returns
    -------
    tuple of Authority
        In the registry's order; EFSA, the default, first.

    References
    ----------
    .. [1] The sources of each authority's tables: ``reference_intake(...).source``.

    Examples
    --------
    >>> [str(a) for a in authorities()][:3]
    ['EFSA', 'NNR2023', 'US']
    """
    return tuple(Authority)


class Sex(enum.StrEnum):
    """Sex, as the reference tables are split."""

    FEMALE = "female"
    MALE = "male"


class Stage(enum.StrEnum):
    NONE = ""
    PREGNANCY = "pregnancy"
    LACTATION = "lactation"


@attrs.frozen(kw_only=True, repr=False)
class ReferenceValue(Displayable):
    """One reference value and where it comes from.

    Attributes
    ----------
    authority
        Who sets it.
    kind
        ``"AI"`` (adequate intake), ``"RDA"`` (recommended dietary allowance),
        ``"EAR"`` (estimated average requirement) or ``"UL"`` (tolerable
        upper level).
    group
        The group it is set for, in the source's words, e.g. ``"men >= 18 y"``.
    value_mg
        The value. [mg/day] (``value`` gives it as a Quantity)
    scope
        What it counts: ``"total"`` (food and supplements) or
        ``"supplemental"`` (supplements, medicines, water; not food).
    source
        Key of :data:`magnesium.sources.SOURCES`.
    evidence
        How sure the figure is.
    note
        What to know, e.g. that pregnancy has no separate value.
    """

    authority: Authority
    kind: str
    group: str
    value_mg: float
    scope: str
    source: str
    evidence: Evidence
    note: Msg | None = None

    @property
    def value(self) -> PlainQuantity[float]:
        """The value as a Quantity. [mg/day]"""
        return _units.quantity(self.value_mg, "mg/day")

    @property
    def source_record(self) -> Source:
        """The full citation."""
        return SOURCES[self.source]

    _derived = ("value",)

    def _title(self, lang: str) -> str:
        value = quantity_text(self.value, 0, lang)
        return f"{self.authority} {self.kind}: {value} ({text(self.group, lang)})"

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [
            (text("counts", lang), text(self.scope, lang)),
            (text("source", lang), self.source_record.citation()),
            (text("evidence", lang), text(self.evidence.value, lang)),
        ]
        note = [(text("note", lang), self.note.render(lang))] if self.note else []
        return lines + note


class Row(NamedTuple):
    """A value for ages ``low <= age < high`` (years)."""

    low: float
    high: float
    sex: Sex | None  # None: both sexes
    stage: Stage
    value: float
    group: str


# The fields of a row of data/reference.toml's tables, and of an authority.
_ROW: Final = {
    "from": (float, True),
    "below": (float, True),
    "sex": (str, False),
    "stage": (str, False),
    "value": (float, True),
    "group": (str, True),
}
_AUTHORITY: Final = {
    "intake_kind": (str, True),
    "intake_source": (str, True),
    "intake_evidence": (str, True),
    "upper": (str, True),
    "upper_source": (str, True),
    "upper_evidence": (str, True),
    "stage_evidence": (str, False),
    "intake": (list, True),
    "requirement_source": (str, False),
    "requirement_evidence": (str, False),
    "requirement": (list, False),
}


def _rows(rows: list[Any], where: str) -> tuple[Row, ...]:  # pragma: no mutate block
    return tuple(
        Row(
            row["from"],
            row["below"],
            None if row.get("sex") is None else Sex(row["sex"]),
            Stage(row.get("stage", "")),
            row["value"],
            row["group"],
        )
        for row in _data.checked(rows, _ROW, f"{where} row")
    )


class _Shared(NamedTuple):
    """data/reference.toml: the upper-level tables, the child ceiling's authority, water."""

    uppers: Mapping[str, tuple[Row, ...]]
    child_upper: Authority
    water: tuple[Row, ...]


class _AuthorityTables(NamedTuple):
    """One authority's file: its intakes, its upper level and, where published, its EARs."""

    intakes: tuple[str, tuple[Row, ...], str, Evidence]
    upper: tuple[tuple[Row, ...], str, Evidence]
    # how sure "no separate value in pregnancy or lactation" is
    stage_evidence: Evidence
    # Estimated Average Requirements, where the authority publishes them
    requirements: tuple[tuple[Row, ...], str, Evidence] | None


@functools.cache
def shared() -> _Shared:  # pragma: no mutate block
    """Read data/reference.toml once, on first use; each upper-level table once."""
    data = _data.toml("reference.toml")
    # EFSA and NNR 2023 share the SCF's upper-level table.
    uppers = {
        name: _rows(rows, f"reference.toml, upper.{name}") for name, rows in data["upper"].items()
    }
    return _Shared(
        uppers=MappingProxyType(uppers),
        child_upper=Authority(data["child_upper"]),
        water=_rows(data["water"], "reference.toml, water"),
    )


@functools.cache
def authority_tables(chosen: Authority) -> _AuthorityTables:  # pragma: no mutate block
    """Read one registered authority's file once, on its first use (not the others')."""
    entry = next(e for e in _data.registry("authority") if e["key"] == chosen.value)
    fields = _data.toml(entry["file"])
    _data.check(fields, _AUTHORITY, entry["file"])
    uppers = shared().uppers
    if fields["upper"] not in uppers:
        message = f"{entry['file']}: no [[upper.{fields['upper']}]] in reference.toml"
        raise _data.DataFileError(message)
    requirements = None
    if "requirement" in fields:
        requirements = (
            _rows(fields["requirement"], f"{entry['file']}, requirement"),
            fields["requirement_source"],
            Evidence(fields["requirement_evidence"]),
        )
    upper = (uppers[fields["upper"]], fields["upper_source"], Evidence(fields["upper_evidence"]))
    return _AuthorityTables(
        intakes=(
            fields["intake_kind"],
            _rows(fields["intake"], f"{entry['file']}, intake"),
            fields["intake_source"],
            Evidence(fields["intake_evidence"]),
        ),
        upper=upper,
        stage_evidence=Evidence(fields.get("stage_evidence", fields["intake_evidence"])),
        requirements=requirements,
    )


class _PerAuthority(Mapping[Authority, _V]):
    """A read-only mapping of the registered authorities, each read on its own first use."""

    def __init__(self, part: Callable[[_AuthorityTables], _V], name: str) -> None:
        self._part, self._name = part, name

    def __getitem__(self, key: Authority) -> _V:
        if key not in authorities():
            raise KeyError(key)
        return self._part(authority_tables(Authority(key)))

    def __iter__(self) -> Iterator[Authority]:
        return iter(authorities())

    def __len__(self) -> int:
        return len(authorities())

    def __repr__(self) -> str:
        return f"<magnesium.{self._name}: {len(self)} entries>"


#: The recommended intakes per authority: kind, rows, source and evidence.
INTAKES: Final[Mapping[Authority, tuple[str, tuple[Row, ...], str, Evidence]]] = _PerAuthority(
    lambda tables: tables.intakes, "INTAKES"
)
#: The supplemental upper levels per authority: rows, source and evidence.
UPPER: Final[Mapping[Authority, tuple[tuple[Row, ...], str, Evidence]]] = _PerAuthority(
    lambda tables: tables.upper, "UPPER"
)


def age_in_years(age: object) -> float:
    """Read an age: a number of years, or a duration such as ``"9 months"``."""
    if age is None or isinstance(age, bool):
        message = (
            f"`age` needs years such as 40 or a duration such as '9 months', "
            f"got {_names.shown(age)}"
        )
        raise UnitError(message)
    if isinstance(age, numbers.Real):
        try:
            years = float(age)
        except OverflowError:  # an int beyond a float (10**400): not an age
            years = math.inf
    else:
        try:
            years = _units.magnitude(age, _units.DURATION, name="age") / HOURS_PER_YEAR
        except UnitError:
            message = (
                f"`age` needs a number of years such as 40, or a duration with its unit "
                f"such as '9 months', got {_names.shown(age)}"
            )
            raise UnitError(message) from None
    if not (math.isfinite(years) and 0 <= years <= MAX_AGE):
        message = f"`age` needs years from 0 to {MAX_AGE:g}, got {_names.shown(age)}"
        raise InvalidAmountError(message)
    return years


def _folded_authority(name: str) -> str:
    return "".join(name.split()).replace("-", "").replace("_", "").upper()


@functools.cache
def _authority_names() -> Mapping[str, Authority]:  # pragma: no mutate block
    """Each authority's key and aliases, folded (any case; spaces, hyphens ignored)."""
    names: dict[str, Authority] = {}
    for entry in _data.registry("authority"):
        for name in [entry["key"], *entry.get("aliases", [])]:
            if not isinstance(name, str):
                message = f"registry.toml, authority {entry['key']}: alias {name!r} is not text"
                raise _data.DataFileError(message)
            names[_folded_authority(name)] = Authority(entry["key"])
    return MappingProxyType(names)


def read_authority(value: object) -> Authority:
    """Read an authority in any case ("efsa", "NNR2023", "nnr", "us"), or list the choices."""
    if isinstance(value, Authority):
        return value
    if isinstance(value, str):
        key = _folded_authority(_names.check_length(value, "`authority`"))
        found = _authority_names().get(key)
        if found is not None:
            return found
    raise UnknownChoiceError("authority", str(value), [a.value for a in Authority])


def separate_stage_values(authority: Authority) -> bool:
    """Whether ``authority`` sets its own values in pregnancy and lactation.

    Read from its table (a row with a stage); where it sets none, the value
    for women of the same age applies, in the one-person and the cohort path.
    """
    return any(row.stage is not Stage.NONE for row in INTAKES[authority][1])


# Words read as a sex, English and Danish, and the usual one-letter codes
# (F/M; Danish forms write K for kvinde and M for mand).
SEX_WORDS: Final = MappingProxyType(
    {
        **dict.fromkeys(("female", "f", "woman", "w", "kvinde", "k"), Sex.FEMALE),
        **dict.fromkeys(("male", "m", "man", "mand"), Sex.MALE),
    }
)


def read_sex(sex: object) -> Sex:
    if isinstance(sex, Sex):
        return sex
    if isinstance(sex, str):
        found = SEX_WORDS.get(_names.check_length(sex, "`sex`").strip().casefold())
        if found is not None:
            return found
    message = (
        f"`sex` needs 'female' or 'male' (also F/M, woman/man, kvinde/mand, K), "
        f"got {_names.shown(sex)}"
    )
    raise InvalidAmountError(message)


# Ages at which `pregnant` or `lactating` can be true, in years: WHO counts
# adolescent mothers from age 10 (source key WHOADOLPREG); 60 is this
# library's bound, years past natural menopause (pregnancy later is
# exceptional). Outside, the flag is a data error, refused, not assessed.
CHILDBEARING_AGES: Final = (10.0, 60.0)


def life_stage(sex: Sex | None, years: float | None, pregnant: object, lactating: object) -> Stage:
    """Read the pregnant and lactating flags and check them against sex and age.

    Raises :class:`InvalidAmountError` naming both fields for a pregnant or
    lactating male, both flags at once, or an age outside
    :data:`CHILDBEARING_AGES`.
    """
    is_pregnant = _names.flag(pregnant, "pregnant", missing=False)
    is_lactating = _names.flag(lactating, "lactating", missing=False)
    if not (is_pregnant or is_lactating):
        return Stage.NONE
    which = "pregnant" if is_pregnant else "lactating"
    if sex is Sex.MALE:
        message = f"`{which}` applies to sex='female' only, got sex='male'"
        raise InvalidAmountError(message)
    if is_pregnant and is_lactating:
        message = "give either `pregnant` or `lactating`, not both"
        raise InvalidAmountError(message)
    low, high = CHILDBEARING_AGES
    if years is not None and not low <= years <= high:
        message = (
            f"`{which}` needs an `age` from {low:g} to {high:g} years (WHO counts "
            f"adolescent mothers from 10; 60 is this library's bound), got age={years:g}"
        )
        raise InvalidAmountError(message)
    return Stage.PREGNANCY if is_pregnant else Stage.LACTATION


def check_life_stage(sex: object, age: object, pregnant: object, lactating: object) -> Stage:
    """:func:`life_stage` of a caller's own arguments, any of them not given (None)."""
    return life_stage(
        None if sex is None else read_sex(sex),
        None if age is None else age_in_years(age),
        pregnant,
        lactating,
    )


def find_row(rows: tuple[Row, ...], years: float, sex: Sex | None, stage: Stage) -> Row | None:
    for row in rows:
        if row.low <= years < row.high and row.sex in (None, sex) and row.stage is stage:
            return row
    return None


def reference_intake(
    *,
    sex: Sex | str,
    age: object,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority | str = DEFAULT_AUTHORITY,
) -> ReferenceValue:
    """Return the recommended daily magnesium intake for a group.

    Parameters
    ----------
    sex
        ``"female"`` or ``"male"``.
    age
        Years (``40``, ``0.75``) or a duration (``"9 months"``).
    pregnant, lactating
        Life stage (female only).
    authority
        One of :func:`authorities`: ``"EFSA"`` (default; 2015 adequate
        intakes), ``"NNR2023"``, ``"US"`` (IOM 1997 RDAs), ...

    Returns
    -------
    ReferenceValue
        The value (total intake, food and supplements), its group and source.

    Raises
    ------
    NoReferenceValueError
        If the authority has no value for the group (e.g. EFSA below
        7 months).

    Notes
    -----
    EFSA found no evidence of a higher need in pregnancy or lactation and set
    no separate value; nor does NNR 2023 (unconfirmed, so marked so). For
    these the value for women of the same age applies, and the note says so.

    References
    ----------
    .. [1] EFSA NDA Panel (2015). EFSA Journal 13(7):4186.
    .. [2] Nordic Nutrition Recommendations 2023.
    .. [3] IOM (1997), via the NIH ODS fact sheet.

    Examples
    --------
    >>> reference_intake(sex="male", age=40).value
    <Quantity(350.0, 'milligram / day')>
    >>> reference_intake(sex="male", age=40, authority="US").value
    <Quantity(420.0, 'milligram / day')>
    """
    chosen = read_authority(authority)
    years, who = age_in_years(age), read_sex(sex)
    stage = life_stage(who, years, pregnant, lactating)
    kind, rows, source, evidence = INTAKES[chosen]
    note = None
    if stage is not Stage.NONE and not separate_stage_values(chosen):
        note = msg(
            "{authority} sets no separate value for {stage}: it found no evidence of a "
            "higher need, so the value for women of this age applies.",
            authority=chosen.value,
            stage=msg(stage.value),
        )
        evidence = authority_tables(chosen).stage_evidence
        stage = Stage.NONE
    row = find_row(rows, years, who, stage)
    if row is None:
        what = f"{who.value}, age {years:g} y" + (f", {stage.value}" if stage else "")
        message = f"{chosen.value} sets no recommended magnesium intake for {what}"
        raise NoReferenceValueError(message)
    return ReferenceValue(
        authority=chosen,
        kind="AI" if "(AI)" in row.group else kind,
        group=row.group,
        value_mg=row.value,
        scope="total",
        source=source,
        evidence=evidence,
        note=note,
    )


def average_requirement(
    *,
    sex: Sex | str,
    age: object,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority | str = "US",
) -> ReferenceValue:
    """Return the Estimated Average Requirement (EAR) of magnesium for a group.

    The EAR is the intake that meets the need of half of the healthy people
    in the group; the share of a group whose *usual* intake is below it
    estimates the prevalence of inadequate intakes (the EAR cut-point
    method, IOM 2000). Only an authority that publishes EARs has them: the
    US (IOM 1997). EFSA, NNR 2023 and D-A-CH set Adequate Intakes only.

    Parameters
    ----------
    sex
        ``"female"`` or ``"male"``.
    age
        Years (``40``) or a duration (``"30 months"``).
    pregnant, lactating
        Life stage (female only); the US sets separate EARs for both.
    authority
        An authority that publishes EARs (``"US"``, the default).

    Returns
    -------
    ReferenceValue
        ``kind="EAR"``, the group, the value (total intake), the source.

    Raises
    ------
    NoReferenceValueError
        For an authority without EARs, or a group without one (below 1 year
        the IOM set AIs only).

    References
    ----------
    .. [1] IOM (1997). Dietary Reference Intakes for Calcium, Phosphorus,
       Magnesium, Vitamin D, and Fluoride, ch. 6 (e.g. p. 219).
    .. [2] IOM (2000). Dietary Reference Intakes: Applications in Dietary
       Assessment (the EAR cut-point method).

    Examples
    --------
    >>> average_requirement(sex="female", age=16).value
    <Quantity(300.0, 'milligram / day')>
    >>> average_requirement(sex="male", age=45).value
    <Quantity(350.0, 'milligram / day')>
    """
    chosen = read_authority(authority)
    years, who = age_in_years(age), read_sex(sex)
    stage = life_stage(who, years, pregnant, lactating)
    requirements = authority_tables(chosen).requirements
    if requirements is None:
        message = (
            f"{chosen.value} sets no Estimated Average Requirement for magnesium (only "
            "adequate or recommended intakes); the US (IOM 1997) does: authority='US'"
        )
        raise NoReferenceValueError(message)
    rows, source, evidence = requirements
    row = find_row(rows, years, who, stage)
    if row is None:
        what = f"{who.value}, age {years:g} y" + (f", {stage.value}" if stage else "")
        message = f"{chosen.value} sets no Estimated Average Requirement for {what}"
        raise NoReferenceValueError(message)
    return ReferenceValue(
        authority=chosen,
        kind="EAR",
        group=row.group,
        value_mg=row.value,
        scope="total",
        source=source,
        evidence=evidence,
    )


def upper_level(*, age: object, authority: Authority | str = DEFAULT_AUTHORITY) -> ReferenceValue:
    """Return the tolerable upper level for supplemental magnesium.

    The level counts supplements, magnesium medicines (antacids, laxatives)
    and magnesium in water or added to drinks, never magnesium naturally in
    food.

    Parameters
    ----------
    age
        Years or a duration.
    authority
        One of :func:`authorities`: ``"EFSA"`` (default; the SCF 2001 level
        of 250 mg/day, from age 4), ``"NNR2023"`` (the same level), ``"US"``
        (IOM 1997: 65, 110 or 350 mg/day by age), ...

    Returns
    -------
    ReferenceValue
        The level, with ``scope="supplemental"``.

    Raises
    ------
    NoReferenceValueError
        Where the authority sets no level: below age 4 for those that use
        the SCF's (it derived none for ages 1-3), below 1 year for the US.

    References
    ----------
    .. [1] SCF (2001), reprinted by EFSA (2006); age scope per BfR (2017).
    .. [2] IOM (1997), via the NIH ODS fact sheet.

    Examples
    --------
    >>> upper_level(age=6, authority="US").value
    <Quantity(110.0, 'milligram / day')>
    """
    chosen = read_authority(authority)
    years = age_in_years(age)
    found = _upper(chosen, years)
    if found is None:
        message = (
            f"{chosen.value} sets no upper level for supplemental magnesium at age {years:g} y"
        )
        raise NoReferenceValueError(message)
    return found


def _upper(authority: Authority, years: float) -> ReferenceValue | None:
    rows, source, evidence = UPPER[authority]
    row = find_row(rows, years, None, Stage.NONE)
    if row is None:
        return None
    return ReferenceValue(
        authority=authority,
        kind="UL",
        group=row.group,
        value_mg=row.value,
        scope="supplemental",
        source=source,
        evidence=evidence,
    )


def child_upper_level(years: float, authority: Authority) -> ReferenceValue | None:
    """Return the upper level that applies to a child: the authority's, else the US one.

    The SCF set no level for ages 1-3, so there the IOM's 65 mg/day, the only
    level that exists, applies under every authority. Under 1 year no body
    sets one (IOM 1997: not determinable): ``None``.
    """
    found = _upper(authority, years)
    return found if found is not None else _upper(shared().child_upper, years)
