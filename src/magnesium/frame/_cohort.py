"""Internal: the columns of one block of a cohort, as the rules read them.

:class:`Cohort` is what :mod:`magnesium.risk`'s declarations read of a
cohort (the ``Cohort`` protocols of ``_scores``, ``_safety`` and
``_triage``), over the input columns and the result columns so far; a
categorical result column is a :class:`Coded`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import numpy as np
import pandas as pd

from magnesium.frame import _columns
from magnesium.reference import _reference
from magnesium.risk import _rules, _safety, _triage

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from magnesium.risk import Symptom

__all__: list[str] = []


@attrs.frozen
class Coded:
    """A categorical column: int8 codes into ``categories`` (-1 missing)."""

    codes: np.ndarray
    categories: Sequence[str]
    ordered: bool = False

    def allocate(self, n: int) -> Coded:
        """Return an uninitialised column of ``n`` rows."""
        return Coded(np.empty(n, np.int8), self.categories, self.ordered)

    def to_pandas(self) -> pd.Categorical[str]:
        return pd.Categorical.from_codes(
            self.codes, categories=pd.Index(list(self.categories)), ordered=self.ordered
        )


Column = np.ndarray | _columns.Masked | Coded
Columns = dict[str, Column]  # one block's result columns by name


@attrs.frozen
class Cohort:
    """The columns the rules read (the Cohort protocols of magnesium.risk._scores and _safety)."""

    people: _columns.People
    heavy: _columns.Masked
    meds: _columns.Medicines | None
    egfr_values: np.ndarray
    symptoms: _columns.Symptoms | None
    out: Columns  # the result columns so far (intake, serum)

    @property
    def years(self) -> np.ndarray:
        return self.people.years

    def flag(self, name: str) -> np.ndarray:
        return self.people.flag(name)

    def heavy_drinking(self) -> np.ndarray:
        return self.heavy.values  # 0 where missing

    def drinking_known(self) -> np.ndarray:
        return ~self.heavy.mask

    def egfr(self) -> tuple[np.ndarray, np.ndarray]:
        return self.egfr_values, np.isnan(self.egfr_values)

    def medicines_with_atc(self, prefixes: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        if self.meds is None:
            n = len(self.people.frame)
            return np.zeros(n, np.int8), np.ones(n, bool)
        return self.meds.with_atc(prefixes)

    def lowering_medicines(self) -> np.ndarray | None:
        if self.meds is None:
            return None
        counts = np.nan_to_num(self.meds.count("n_lowering")).astype(np.int16)
        return self.meds.rows(counts)  # computed per distinct value, then gathered

    def below_reference(self) -> np.ndarray | None:
        if "reference_mg" not in self.out:
            return None
        return np.asarray(self.out["total_mg"]) < np.asarray(self.out["reference_mg"])

    def age_unknown(self) -> np.ndarray:
        return np.asarray(np.isnan(self.people.years))

    def exceeds_ceiling(self) -> np.ndarray | None:
        exceeds = self.out.get("exceeds_ceiling")
        if not isinstance(exceeds, _columns.Masked):
            return None
        return np.asarray(exceeds.values & ~exceeds.mask)

    def pregnant_or_lactating(self) -> np.ndarray:
        return np.asarray(self.people.pregnant | self.people.lactating)

    def medicines(self, key: str, at_least: float = 1) -> np.ndarray | None:
        return None if self.meds is None else self.meds.any(key, at_least)

    def unknown_medicines(self) -> np.ndarray | None:
        if self.meds is None:
            return None
        return self.meds.rows(np.array([bool(names) for names in self.meds.unknown]))

    def serum(self) -> np.ndarray:
        serum = self.out.get("serum_mmol_per_l")
        return np.asarray(serum) if serum is not None else np.full(len(self.people.frame), np.nan)

    def serum_given(self) -> bool:
        return "serum_magnesium" in self.people.frame

    def with_symptoms(self, symptoms: frozenset[Symptom]) -> np.ndarray | None:
        if self.symptoms is None:
            return None
        return self.symptoms.rows([bool(p.symptoms & symptoms) for p in self.symptoms.people])

    def fires_for_symptoms(
        self, reads: Callable[[_safety.Case], list[_rules.Finding]]
    ) -> np.ndarray | None:
        if self.symptoms is None:
            return None
        # the scalar rule itself, once per distinct value: both paths cannot disagree
        return self.symptoms.rows([bool(reads(_safety.Case(p))) for p in self.symptoms.people])

    def ranks_for_symptoms(
        self, reads: Callable[[_safety.Case], list[_rules.Finding]]
    ) -> np.ndarray:
        if self.symptoms is None:
            return np.zeros(len(self.people.frame), np.int8)
        # the scalar findings' own urgency, once per distinct value
        ranks = [
            _triage.URGENCY_LEVELS.index(_triage.urgency(reads(_safety.Case(p))))
            for p in self.symptoms.people
        ]
        return self.symptoms.ranks(ranks)

    def over_child_limit(self) -> np.ndarray | None:
        supplemental = self.out.get("supplemental_mg")
        if supplemental is None:
            return None
        years = self.people.years
        # the authority's level, else the child fallback's (the US one at ages 1-3),
        # as _reference.child_upper_level
        limit = _columns.table_lookup(
            _reference.UPPER[_reference.shared().child_upper][0], years, -1, 0, self.people.slots
        )
        own = np.asarray(self.out["ceiling_mg"])
        limit = np.where(np.isnan(own), limit, own)
        limit = np.where(np.isnan(limit), 0.0, limit)  # under 1 year: none at all
        supplemental = np.asarray(supplemental)
        over = _columns.above_array(supplemental, limit)
        return np.asarray(over & (years < _reference.ADULT_AGE))

    def by_serum_class(self, values: list[int]) -> np.ndarray | None:
        serum_class = self.out.get("serum_class")  # already holds the Rosanoff option
        if not isinstance(serum_class, Coded):
            return None
        # the last entry serves code -1 (no value)
        return np.asarray(np.array([*values, 0], np.int16)[serum_class.codes])
