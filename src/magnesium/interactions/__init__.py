"""Medicines that interact with magnesium: a catalogue, sourced records, lookup.

Every drug has an English and a Danish generic name, brand names where a
source shows them, a WHO ATC code and a class. Interaction records say which
way the interaction runs, what happens, how serious it is, what to do and,
where sources give them, how far apart to take the drug and magnesium, as
pint time Quantities a program can act on. Where sources disagree the record
uses the most conservative window and keeps every source's own figure,
including the origin article's, in :attr:`InteractionRecord.spacings`.

Severity is this library's tier, set by the action the sources ask for:
``major`` - avoid the combination; ``moderate`` - separate the doses or have
blood tests; ``minor`` - be aware (mainly other routes, or unconfirmed).

References
----------
.. [1] NIH Office of Dietary Supplements. Magnesium: Fact Sheet for Health
   Professionals (interactions).
.. [2] Electronic Medicines Compendium (UK), SmPC of an oral magnesium
   medicine, section 4.5.
.. [3] WHO Collaborating Centre for Drug Statistics Methodology. ATC/DDD
   Index (scrape of 2026-04-25).
.. [4] Mænd Online, "Magnesium og muskelkramper": the article's table.

Examples
--------
>>> import magnesium as mg
>>> found = mg.interactions("doxycyklin", "Eltroxin", "omeprazol", "paracetamol")
>>> for i in found.interactions:
...     print(f"{i.drug}: {i.direction}")
doxycycline: magnesium lowers the drug's absorption
levothyroxine: magnesium lowers the drug's absorption
omeprazole: the drug lowers body magnesium
>>> found.no_known_interaction
('paracetamol',)
>>> found.interactions[0].take_drug_after_magnesium
<Quantity(6.0, 'hour')>
"""

from typing import Final

from magnesium import _public
from magnesium.interactions import _interactions
from magnesium.interactions._interactions import (
    Direction,
    Drug,
    Interaction,
    InteractionRecord,
    InteractionReport,
    Severity,
    Spacing,
    UnknownMedicine,
    find_drug,
    interactions,
)

#: Every interaction record, by key.
RECORDS: Final = _interactions.RECORDS

#: Every drug of the catalogue, by English generic name.
DRUGS: Final = _interactions.DRUGS

__all__ = [
    "DRUGS",
    "RECORDS",
    "Direction",
    "Drug",
    "Interaction",
    "InteractionRecord",
    "InteractionReport",
    "Severity",
    "Spacing",
    "UnknownMedicine",
    "find_drug",
    "interactions",
]

# Why a face: implemented in _interactions (the catalogue is read by schedule, risk and the
# cohort path too); documented, pickled and shown as this module's (_public.claim), so the
# internal modules may change.
_public.claim(__name__, globals(), __all__)
