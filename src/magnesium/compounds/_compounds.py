"""Internal: magnesium compounds, their molar masses and elemental fractions, and name lookup.

The public face is :mod:`magnesium.compounds`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, overload

import attrs

from magnesium import _data, _names, _units
from magnesium._display import Displayable
from magnesium._i18n import msg, name_text, text
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
        return table().fractions[self.key]

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


# The fields of a [[compound]] of data/compounds.toml: type, and whether required.
_COMPOUND: Final = {
    "key": (str, True),
    "name": (str, True),
    "formula": (str, False),
    "names": (list, True),
    "generic_names": (list, False),
    "atc": (list, False),
    "sources": (list, False),
    "declared_fraction": (float, False),
    "note": (str, False),
    "default_reason": (str, False),
    "default_evidence": (str, False),
}


@attrs.frozen
class _Table:
    """The compounds of data/compounds.toml, their fractions and their name indexes."""

    rows: tuple[Compound, ...]
    by_key: Mapping[str, Compound]
    fractions: Mapping[str, float]
    exact: Mapping[str, str]  # a name of exactly one form, normalised, to its key
    generic: Mapping[str, str]  # a generic name, normalised, to its default form's key


@functools.cache
def table() -> _Table:  # pragma: no mutate block
    """Read the compounds once, on first use, and index their names."""
    rows = []
    for row in _data.rows("compounds.toml", "compound", _COMPOUND):
        evidence = row.get("default_evidence")
        fields = {
            **row,
            "names": tuple(row["names"]),
            "generic_names": tuple(row.get("generic_names", ())),
            "atc": tuple(row.get("atc", ())),
            "sources": tuple(row.get("sources", ("IUPAC2021",))),
            "formula": row.get("formula"),
            "default_evidence": None if evidence is None else Evidence(evidence),
        }
        rows.append(Compound(**fields))
    exact: dict[str, str] = {}
    generic: dict[str, str] = {}
    for entry in rows:
        for name in (entry.name, *entry.names):
            exact[_names.normalize(name)] = entry.key
        for name in entry.generic_names:
            generic[_names.normalize(name)] = entry.key
    return _Table(
        rows=tuple(rows),
        by_key=_data.unique(rows, lambda c: c.key, "compounds.toml"),
        fractions=MappingProxyType({c.key: _fraction(c) for c in rows}),
        exact=MappingProxyType(exact),
        generic=MappingProxyType(generic),
    )


#: Every compound, by key (data/compounds.toml).
COMPOUNDS: Final[Mapping[str, Compound]] = _data.LazyMapping(lambda: table().by_key, "COMPOUNDS")

# Names that mean more than one salt: an error, never a pick. In Danish
# "magnesia" is often the oxide, in English usage the hydroxide.
_AMBIGUOUS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"magnesia": ("magnesium oxide", "magnesium hydroxide")}
)


def is_compound_name(name: str) -> bool:
    """Whether a name means a known compound (exactly or generically), cheaply."""
    key = _names.normalize(name)
    known = table()
    return key in known.exact or key in known.generic or key in _AMBIGUOUS


def resolve_compound(name: str) -> tuple[Compound, bool]:
    """Return the compound a name means and whether a default form was assumed."""
    if not isinstance(name, str):
        message = (
            f"`compound` needs a compound name such as 'magnesium citrate', "
            f"got {_names.shown(name)}"
        )
        raise ArgumentTypeError(message)
    key, known = _names.normalize(name), table()
    if key in known.exact:
        return known.by_key[known.exact[key]], False
    if key in known.generic:
        return known.by_key[known.generic[key]], True
    if key in _AMBIGUOUS:
        raise AmbiguousNameError("compound", name, _AMBIGUOUS[key])
    every_name = [n for c in known.rows for n in (*c.names, *c.generic_names)]
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
    >>> elemental("magnesium oxide", ureg.Quantity(np.array([400.0, 800.0]), "mg")).m_as("mg")
    array([241.21675268, 482.43350536])
    """
    return compound(name).elemental(amount)
