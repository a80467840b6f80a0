"""Internal: magnesium compounds, their molar masses and elemental fractions, and name lookup.

The public face is :mod:`magnesium.compounds`.
"""

from __future__ import annotations

import re
from collections import Counter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, overload

import attrs

from magnesium import _names, _units
from magnesium._display import Displayable
from magnesium._i18n import N_, msg, name_text, text
from magnesium.errors import AmbiguousNameError, ArgumentTypeError, UnknownNameError
from magnesium.sources import SOURCES, Evidence, Source

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd
    from pint.facets.plain import PlainQuantity


#: IUPAC 2021 abridged standard atomic weights [g/mol] of the elements in the
#: salts below (source key ``IUPAC2021``).
ATOMIC_WEIGHTS: Final[Mapping[str, float]] = MappingProxyType(
    {
        "H": 1.008,
        "C": 12.011,
        "N": 14.007,
        "O": 15.999,
        "Mg": _units.MAGNESIUM_MOLAR_MASS,  # one value for every use of it
        "P": 30.974,
        "S": 32.06,
        "Cl": 35.45,
    }
)

_TOKEN = re.compile(r"([A-Z][a-z]?)(\d*)|(\()|\)(\d*)")
_HYDRATE_DOT = "·"


def _composition(formula: str) -> Counter[str]:
    """Count the atoms of a formula such as ``"(MgCO3)4·Mg(OH)2·5H2O"``."""
    total: Counter[str] = Counter()
    for part in formula.split(_HYDRATE_DOT):
        multiplier_text = re.match(r"\d*", part)[0]  # type: ignore[index]
        multiplier = int(multiplier_text or 1)
        stack: list[Counter[str]] = [Counter()]
        position = len(multiplier_text)
        while position < len(part):
            token = _TOKEN.match(part, position)
            if token is None:
                message = f"cannot read formula {formula!r} at {part[position:]!r}"
                raise ValueError(message)
            element, count, opening, group_count = token.groups()
            if element:
                stack[-1][element] += int(count or 1)
            elif opening:
                stack.append(Counter())
            else:
                group = stack.pop()
                for symbol, n in group.items():
                    stack[-1][symbol] += n * int(group_count or 1)
            position = token.end()
        for symbol, n in stack[0].items():
            total[symbol] += n * multiplier
    return total


@attrs.frozen(kw_only=True, repr=False)
class Compound(Displayable):
    """One magnesium salt in one hydration state.

    Attributes
    ----------
    key
        Stable identifier, e.g. ``"citrate_tmdc_anhydrous"``.
    name
        English display name naming the exact form.
    formula
        Chemical formula, hydrate water after ``·``; ``None`` for a mixed salt
        of variable composition.
    names
        English and Danish names and aliases that mean exactly this form.
    generic_names
        Names of the salt family for which this form is the documented default.
    atc
        ATC codes where the salt is also a medicine (antacid, laxative).
    sources
        Keys of :data:`magnesium.sources.SOURCES`.
    declared_fraction
        Mass fraction of magnesium for a salt without a fixed formula.
    note
        What to know about this form.
    default_reason
        For the form a generic name resolves to: why this form, with its source.
    default_evidence
        How sure that choice is (:class:`magnesium.sources.Evidence`).
    """

    key: str
    name: str
    formula: str | None
    names: tuple[str, ...]
    generic_names: tuple[str, ...] = ()
    atc: tuple[str, ...] = ()
    sources: tuple[str, ...] = ("IUPAC2021",)
    declared_fraction: float | None = None
    note: str = ""
    default_reason: str = ""
    default_evidence: Evidence | None = None

    _derived = ("molar_mass", "magnesium_fraction")

    def _title(self, lang: str) -> str:
        return msg(
            "{name}: {formula}, {percent:.1f} % magnesium",
            name=name_text(self.name, lang),
            formula=self.formula or "-",
            percent=self.magnesium_fraction * 100,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("names", lang), ", ".join(self.names))]
        if self.generic_names:
            lines.append((text("the form of", lang), ", ".join(self.generic_names)))
            evidence = text(str(self.default_evidence), lang)
            lines.append((text("why", lang), f"{text(self.default_reason, lang)} ({evidence})"))
        if self.note:
            lines.append((text("note", lang), text(self.note, lang)))
        if self.atc:
            lines.append(("ATC", ", ".join(self.atc)))
        return [*lines, (text("sources", lang), ", ".join(self.sources))]

    @property
    def molar_mass(self) -> PlainQuantity[float] | None:
        """Molar mass from the formula and IUPAC 2021 atomic weights. [g/mol]"""
        if self.formula is None:
            return None
        return _units.quantity(_molar_mass(self.formula), "g/mol")

    @property
    def magnesium_fraction(self) -> float:
        """Mass fraction of elemental magnesium in the compound (0-1)."""
        return _FRACTIONS[self.key]

    @overload
    def elemental(self, amount: str) -> PlainQuantity[float]: ...
    @overload
    def elemental(self, amount: pd.Series[Any]) -> pd.Series[Any]: ...  # type: ignore[overload-overlap]
    @overload
    def elemental(self, amount: object) -> PlainQuantity[Any]: ...
    def elemental(self, amount: object) -> Any:
        """Return the elemental magnesium in ``amount`` of this compound. [mg]

        ``amount`` is a mass, or many: a Quantity of an array or a pint-pandas
        Series, and the result is of the same type (NaN stays NaN).

        Examples
        --------
        >>> compound("magnesium chloride hexahydrate").elemental("1 g")
        <Quantity(119.5..., 'milligram')>
        """
        if _units.is_array(amount):
            masses = _units.amounts(amount, _units.MASS, name="amount")
            return masses.quantity(masses.values * self.magnesium_fraction, "mg")
        mass = _units.magnitude(amount, _units.MASS, name="amount", bounds=_units.ITEM_COMPOUND)
        return _units.quantity(mass * self.magnesium_fraction, "mg")

    def source_records(self) -> tuple[Source, ...]:
        """Return the full citations behind this entry."""
        return tuple(SOURCES[key] for key in self.sources)


def _molar_mass(formula: str) -> float:
    return sum(ATOMIC_WEIGHTS[symbol] * n for symbol, n in _composition(formula).items())


def _fraction(entry: Compound) -> float:
    if entry.formula is None:
        assert entry.declared_fraction is not None
        return entry.declared_fraction
    count = _composition(entry.formula)["Mg"]
    return count * ATOMIC_WEIGHTS["Mg"] / _molar_mass(entry.formula)


# Why a generic name means the form it resolves to (see the module docs).
_RICHEST = N_(
    "no stored product text declares the form: the anhydrous salt, the richest in "
    "magnesium, is assumed, so an unspecified label is not undercounted against the ceiling"
)

_ROWS: Final = (
    Compound(
        key="oxide",
        name="magnesium oxide",
        formula="MgO",
        names=("magnesium oxide", "MgO", "magnesiumoxid", "magnesia usta"),
        atc=("A02AA02", "A06AD02"),
        sources=("IUPAC2021", "ATC2026"),
    ),
    Compound(
        key="hydroxide",
        name="magnesium hydroxide",
        formula="Mg(OH)2",
        names=("magnesium hydroxide", "milk of magnesia", "magnesiumhydroxid"),
        atc=("A02AA04",),
        sources=("IUPAC2021", "ATC2026"),
    ),
    Compound(
        key="carbonate_anhydrous",
        name="magnesium carbonate, anhydrous",
        formula="MgCO3",
        names=("magnesium carbonate anhydrous", "anhydrous magnesium carbonate"),
    ),
    Compound(
        key="carbonate_basic",
        name="magnesium hydroxide carbonate (basic magnesium carbonate), pentahydrate",
        formula="(MgCO3)4·Mg(OH)2·5H2O",
        names=(
            "magnesium hydroxide carbonate",
            "basic magnesium carbonate",
            "heavy magnesium carbonate",
            "light magnesium carbonate",
            "basisk magnesiumcarbonat",
        ),
        generic_names=("magnesium carbonate", "magnesiumcarbonat"),
        atc=("A02AA01", "A06AD01"),
        sources=("IUPAC2021", "USPMGCO3", "ATC2026"),
        default_reason=N_(
            "pharmacopoeial magnesium carbonate ('heavy' or 'light') is a hydrated basic "
            "carbonate of 40.0-43.5 % MgO, 24.1-26.2 % magnesium (USP); this form, 25.0 %, "
            "lies in that range, where the anhydrous MgCO3 (28.8 %) would overcount"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="citrate_tmdc_anhydrous",
        name="trimagnesium dicitrate, anhydrous",
        formula="Mg3(C6H5O7)2",
        names=(
            "trimagnesium dicitrate",
            "trimagnesium dicitrate anhydrous",
            "magnesium citrate anhydrous",
            "TMDC",
        ),
        generic_names=("magnesium citrate", "magnesiumcitrat"),
        atc=("A06AD19",),
        sources=("IUPAC2021", "EFSA2016", "DIASPORAL", "ATC2026"),
        default_reason=N_(
            "magnesium citrate medicines declare this form: Magnesium Diasporal 300 gives "
            "295.7 mg magnesium from 1830 mg magnesium citrate, 16.2 %; EFSA evaluated the "
            "anhydrous trimagnesium dicitrate for food supplements (2016)"
        ),
        default_evidence=Evidence.SECONDARY,
    ),
    Compound(
        key="citrate_tmdc_nonahydrate",
        name="trimagnesium dicitrate nonahydrate",
        formula="Mg3(C6H5O7)2·9H2O",
        names=("trimagnesium dicitrate nonahydrate", "magnesium citrate nonahydrate"),
    ),
    Compound(
        key="citrate_hydrogen",
        name="magnesium hydrogen citrate (1:1)",
        formula="MgC6H6O7",
        names=("magnesium hydrogen citrate", "monomagnesium citrate"),
    ),
    Compound(
        key="citrate_malate",
        name="magnesium citrate malate",
        formula=None,
        names=("magnesium citrate malate", "magnesiumcitratmalat"),
        declared_fraction=0.15,
        sources=("EFSA2018",),
        note="A mixed salt of variable composition, 12-15 % magnesium (EFSA 2018); the "
        "upper bound is used so that intake is not undercounted against the ceiling.",
    ),
    Compound(
        key="bisglycinate",
        name="magnesium bisglycinate",
        formula="Mg(C2H4NO2)2",
        names=(
            "magnesium bisglycinate",
            "magnesium glycinate",
            "magnesium diglycinate",
            "magnesiumbisglycinat",
            "magnesiumglycinat",
        ),
        sources=("IUPAC2021", "FOLONAGLY"),
        note="A product declares 190 mg magnesium from 1350 mg magnesium glycinate "
        "(C4H8MgN2O4): 14.1 %, this formula. Commercial bisglycinate is often buffered "
        "with magnesium oxide, so a label may claim more; give such a product as elemental "
        "mass.",
    ),
    Compound(
        key="lactate_anhydrous",
        name="magnesium L-lactate, anhydrous",
        formula="Mg(C3H5O3)2",
        names=("magnesium lactate anhydrous", "magnesium l lactate anhydrous"),
        generic_names=(
            "magnesium lactate",
            "magnesium l lactate",
            "magnesiumlactat",
            "magnesiumlaktat",
        ),
        sources=("IUPAC2021", "MAGNESIOBOI"),
        default_reason=N_(
            "an EU medicine declares 48.62 mg magnesium from 404.85 mg magnesium lactate, "
            "12.0 %: the anhydrous L-lactate (Magnesioboi SmPC)"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="lactate_dihydrate",
        name="magnesium L-lactate dihydrate",
        formula="Mg(C3H5O3)2·2H2O",
        names=("magnesium lactate dihydrate", "magnesium l lactate dihydrate"),
    ),
    Compound(
        key="malate_anhydrous",
        name="magnesium L-malate (1:1), anhydrous",
        formula="MgC4H4O5",
        names=("magnesium malate anhydrous", "magnesium l malate anhydrous"),
        generic_names=("magnesium malate", "magnesium l malate", "magnesiummalat"),
        default_reason=_RICHEST,
        default_evidence=Evidence.UNCONFIRMED,
    ),
    Compound(
        key="malate_trihydrate",
        name="magnesium L-malate trihydrate",
        formula="MgC4H4O5·3H2O",
        names=("magnesium malate trihydrate", "magnesium l malate trihydrate"),
    ),
    Compound(
        key="sulfate_anhydrous",
        name="magnesium sulfate, anhydrous",
        formula="MgSO4",
        names=("magnesium sulfate anhydrous", "magnesium sulphate anhydrous"),
    ),
    Compound(
        key="sulfate_heptahydrate",
        name="magnesium sulfate heptahydrate (Epsom salt)",
        formula="MgSO4·7H2O",
        names=(
            "magnesium sulfate heptahydrate",
            "magnesium sulphate heptahydrate",
            "epsom salt",
            "epsom salts",
            "bitter salt",
            "bittersalt",
            "engelsk salt",
        ),
        generic_names=("magnesium sulfate", "magnesium sulphate", "magnesiumsulfat"),
        atc=("A06AD04", "A12CC02"),
        sources=("IUPAC2021", "EMC13170", "ATC2026"),
        default_reason=N_(
            "magnesium sulfate medicines declare the heptahydrate (SmPC: 'magnesium sulfate "
            "heptahydrate'), and Epsom salt is the same; the anhydrous salt (20.2 %) would "
            "count twice the magnesium"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="chloride_anhydrous",
        name="magnesium chloride, anhydrous",
        formula="MgCl2",
        names=("magnesium chloride anhydrous",),
    ),
    Compound(
        key="chloride_hexahydrate",
        name="magnesium chloride hexahydrate",
        formula="MgCl2·6H2O",
        names=("magnesium chloride hexahydrate", "magnesiumchlorid hexahydrat"),
        generic_names=("magnesium chloride", "magnesiumchlorid", "magnesiumklorid"),
        sources=("IUPAC2021", "USPMGCL2"),
        default_reason=N_(
            "pharmacopoeial magnesium chloride is the hexahydrate (USP, Ph. Eur.), the form "
            "of flakes and 'magnesium oil'; the anhydrous salt (25.5 %) would count 2.1 times "
            "the magnesium"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="aspartate_anhydrous",
        name="magnesium L-aspartate, anhydrous",
        formula="Mg(C4H6NO4)2",
        names=("magnesium aspartate anhydrous", "magnesium l aspartate anhydrous"),
    ),
    Compound(
        key="aspartate_dihydrate",
        name="magnesium L-aspartate dihydrate",
        formula="Mg(C4H6NO4)2·2H2O",
        names=("magnesium aspartate dihydrate", "magnesium l aspartate dihydrate"),
        generic_names=("magnesium aspartate", "magnesium l aspartate", "magnesiumaspartat"),
        sources=("IUPAC2021", "MAGNASPARTATE"),
        default_reason=N_(
            "the magnesium aspartate medicine declares the dihydrate (Magnaspartate SmPC: "
            "'magnesium aspartate dihydrate equivalent to 243 mg of magnesium')"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="aspartate_hydrochloride",
        name="magnesium L-aspartate hydrochloride trihydrate",
        formula="MgC4H5NO4·HCl·3H2O",
        names=(
            "magnesium aspartate hydrochloride",
            "magnesium l aspartate hydrochloride",
            "magnesium l aspartate hydrochloride trihydrate",
        ),
    ),
    Compound(
        key="gluconate_anhydrous",
        name="magnesium D-gluconate, anhydrous",
        formula="Mg(C6H11O7)2",
        names=("magnesium gluconate anhydrous", "magnesium d gluconate anhydrous"),
    ),
    Compound(
        key="gluconate_dihydrate",
        name="magnesium D-gluconate dihydrate",
        formula="Mg(C6H11O7)2·2H2O",
        names=("magnesium gluconate dihydrate", "magnesium d gluconate dihydrate"),
        generic_names=(
            "magnesium gluconate",
            "magnesium d gluconate",
            "magnesiumgluconat",
            "magnesiumglukonat",
        ),
        sources=("IUPAC2021", "MAGONATE"),
        default_reason=N_(
            "a magnesium gluconate medicine declares this form: Magonate gives 54 mg "
            "magnesium from 1000 mg magnesium gluconate dihydrate, 5.4 %"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="orotate_anhydrous",
        name="magnesium orotate, anhydrous",
        formula="Mg(C5H3N2O4)2",
        names=("magnesium orotate anhydrous",),
    ),
    Compound(
        key="orotate_dihydrate",
        name="magnesium orotate dihydrate",
        formula="Mg(C5H3N2O4)2·2H2O",
        names=("magnesium orotate dihydrate",),
        generic_names=("magnesium orotate", "magnesiumorotat"),
        sources=("IUPAC2021", "MAGNEROT"),
        default_reason=N_(
            "a magnesium orotate medicine declares this form: Magnerot gives 32.8 mg "
            "magnesium from 500 mg magnesium orotate dihydrate, 6.6 %"
        ),
        default_evidence=Evidence.CONFIRMED,
    ),
    Compound(
        key="threonate",
        name="magnesium L-threonate",
        formula="Mg(C4H7O5)2",
        names=("magnesium l threonate", "magnesium threonate", "magnesiumthreonat"),
    ),
    Compound(
        key="taurate",
        name="magnesium taurate",
        formula="Mg(C2H6NO3S)2",
        names=("magnesium taurate", "magnesium taurinate", "magnesiumtaurat"),
        sources=("IUPAC2021", "EFSA2009"),
    ),
    Compound(
        key="pidolate",
        name="magnesium pidolate",
        formula="Mg(C5H6NO3)2",
        names=("magnesium pidolate", "magnesiumpidolat"),
    ),
    Compound(
        key="glycerophosphate",
        name="magnesium glycerophosphate, anhydrous",
        formula="MgC3H7O6P",
        names=("magnesium glycerophosphate", "magnesiumglycerophosphat"),
    ),
)

#: Every compound, by key.
COMPOUNDS: Final[Mapping[str, Compound]] = MappingProxyType({c.key: c for c in _ROWS})

_FRACTIONS: Final[Mapping[str, float]] = MappingProxyType({c.key: _fraction(c) for c in _ROWS})

# Names that mean more than one salt: an error, never a pick. In Danish
# "magnesia" is often the oxide, in English usage the hydroxide.
_AMBIGUOUS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"magnesia": ("magnesium oxide", "magnesium hydroxide")}
)


def _index() -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    generic: dict[str, str] = {}
    for entry in _ROWS:
        for name in (entry.name, *entry.names):
            exact[_names.normalize(name)] = entry.key
        for name in entry.generic_names:
            generic[_names.normalize(name)] = entry.key
    return exact, generic


_EXACT, _GENERIC = _index()


def is_compound_name(name: str) -> bool:
    """Whether a name means a known compound (exactly or generically), cheaply."""
    key = _names.normalize(name)
    return key in _EXACT or key in _GENERIC or key in _AMBIGUOUS


def resolve_compound(name: str) -> tuple[Compound, bool]:
    """Return the compound a name means and whether a default form was assumed."""
    if not isinstance(name, str):
        message = (
            f"`compound` needs a compound name such as 'magnesium citrate', "
            f"got {_names.shown(name)}"
        )
        raise ArgumentTypeError(message)
    key = _names.normalize(name)
    if key in _EXACT:
        return COMPOUNDS[_EXACT[key]], False
    if key in _GENERIC:
        return COMPOUNDS[_GENERIC[key]], True
    if key in _AMBIGUOUS:
        raise AmbiguousNameError("compound", name, _AMBIGUOUS[key])
    every_name = [n for c in _ROWS for n in (*c.names, *c.generic_names)]
    raise UnknownNameError("compound", name, _names.suggest(name, every_name))


def compound(name: str) -> Compound:
    """Find a magnesium compound by English or Danish name or alias.

    Parameters
    ----------
    name
        Any name in :data:`COMPOUNDS`, case, accents and punctuation aside:
        ``"magnesium citrate"``, ``"magnesiumcitrat"``, ``"Epsom salt"``,
        ``"magnesium chloride hexahydrate"``. A generic name resolves to the
        form sold under it, and the entry says which and why (see the module
        docs).

    Returns
    -------
    Compound
        The table entry.

    Raises
    ------
    UnknownNameError
        If no compound has this name; ``candidates`` holds the closest names.
    AmbiguousNameError
        If the name means several salts (``"magnesia"``).

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weights 2021.

    Examples
    --------
    >>> compound("magnesiumcitrat").name
    'trimagnesium dicitrate, anhydrous'
    >>> compound("milk of magnesia").formula
    'Mg(OH)2'

    A generic name shows the exact form it means, and why:

    >>> print(compound("magnesium chloride").to_text())
    magnesium chloride hexahydrate: MgCl2·6H2O, 12.0 % magnesium
      names        magnesium chloride hexahydrate, magnesiumchlorid hexahydrat
      the form of  magnesium chloride, magnesiumchlorid, magnesiumklorid
      why          pharmacopoeial magnesium chloride is the hexahydrate (USP, Ph. Eur.), ...
      sources      IUPAC2021, USPMGCL2
    """
    return resolve_compound(name)[0]


@overload
def elemental(name: str, amount: str) -> PlainQuantity[float]: ...
@overload
def elemental(name: str, amount: pd.Series[Any]) -> pd.Series[Any]: ...  # type: ignore[overload-overlap]
@overload
def elemental(name: str, amount: object) -> PlainQuantity[Any]: ...
def elemental(name: str, amount: object) -> Any:
    """Return the elemental magnesium in a mass of a compound.

    Parameters
    ----------
    name
        A compound name, as for :func:`compound`.
    amount
        Mass of the compound, e.g. ``"400 mg"``; or many at once: a
        Quantity of an array or a pint-pandas Series (NaN stays NaN). [mass]

    Returns
    -------
    Quantity or pandas.Series
        Elemental magnesium, in the type given. [mg]

    Raises
    ------
    UnitError, InvalidAmountError
        If ``amount`` is not a mass of zero or more.
    UnknownNameError
        If the compound is not known.

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weights 2021.

    Examples
    --------
    Magnesium oxide is 60.3 % magnesium:

    >>> elemental("magnesium oxide", "400 mg")
    <Quantity(241.2..., 'milligram')>
    >>> elemental("magnesium sulfate heptahydrate", "1 g")
    <Quantity(98.6..., 'milligram')>

    Many doses at once, as pvlib and MetPy take arrays:

    >>> import numpy as np, pint
    >>> ureg = pint.get_application_registry()
    >>> elemental("magnesium oxide", ureg.Quantity(np.array([400.0, 800.0]), "mg"))
    <Quantity([241.2... 482.4...], 'milligram')>
    """
    return compound(name).elemental(amount)
