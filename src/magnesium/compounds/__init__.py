"""Magnesium salts: formula, molar mass and elemental magnesium fraction.

A supplement label may give the mass of the *compound* ("500 mg magnesium
citrate") or of *elemental* magnesium. This module turns the first into the
second from the compound's formula and the IUPAC 2021 standard atomic
weights, so every fraction can be re-derived by hand.

Hydrates change the fraction up to twofold (magnesium chloride is 25.5 %
Mg anhydrous, 12.0 % as the hexahydrate), so each form is its own entry and
can be named exactly. A *generic* name ("magnesium citrate", "magnesium
chloride") resolves to the form that is sold under it, as pharmacopoeias
and product texts declare: magnesium chloride is the hexahydrate, magnesium
sulfate the heptahydrate (Epsom salt, the medicine), magnesium carbonate
the basic carbonate, magnesium citrate the anhydrous trimagnesium
dicitrate, magnesium aspartate the dihydrate. Where no product text was
read (malate, gluconate, orotate) the anhydrous salt, the richest in
magnesium, is assumed, so an unspecified label is not undercounted against
the ceiling. :attr:`Compound.default_reason` says why, and an intake item
built from a generic name repeats it as an assumption.

References
----------
.. [1] IUPAC Commission on Isotopic Abundances and Atomic Weights (2022).
   Standard atomic weights of the elements 2021 (abridged values).
.. [2] EFSA ANS Panel (2016). Trimagnesium dicitrate anhydrous (TMDC) in food
   supplements. EFSA Journal 14(11):4599.
.. [3] EFSA NDA Panel (2018). Magnesium citrate malate. EFSA Journal
   16(12):5484 (12-15 % magnesium).

Examples
--------
>>> import magnesium as mg
>>> mg.elemental("magnesium oxide", "400 mg")
<Quantity(241.2..., 'milligram')>
>>> mg.compound("Epsom salt").formula
'MgSO4·7H2O'
"""

from typing import Final

from magnesium import _public
from magnesium.compounds import _compounds
from magnesium.compounds._compounds import (
    Compound,
    compound,
    elemental,
)

#: IUPAC 2021 abridged standard atomic weights [g/mol] of the elements in the
#: salts below (source key ``IUPAC2021``).
ATOMIC_WEIGHTS: Final = _compounds.ATOMIC_WEIGHTS

#: Every compound, by key.
COMPOUNDS: Final = _compounds.COMPOUNDS

__all__ = [
    "ATOMIC_WEIGHTS",
    "COMPOUNDS",
    "Compound",
    "compound",
    "elemental",
]

# Why a face: implemented in _compounds (the salts are read by intake and by the cohort path
# too); documented, pickled and shown as this module's (_public.claim), so the internal modules
# may change.
_public.claim(__name__, globals(), __all__)
