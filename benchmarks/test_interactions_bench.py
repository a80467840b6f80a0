"""Benchmarks of medicine lookup, beside the floor a user could not avoid.

Run: bash tools/bench.sh -k interactions  (not part of the pass/fail suite)

The floor is a plain dict lookup of the same names, casefolded: the least any
lookup by name costs. ``extra_info["ratio"]`` is our time over the floor.
"""

from __future__ import annotations

import timeit
from typing import TYPE_CHECKING, Any

import magnesium as mg

if TYPE_CHECKING:
    from collections.abc import Callable

# A typical list: generic names, Danish names and brands, one misspelt.
KNOWN = ["furosemid", "omeprazol", "Eltroxin", "doxycyklin", "paracetamol",
         "ibuprofen", "amlodipine", "Lasix", "spironolactone", "digoxin"]  # fmt: skip
MISSPELT = ["ciprofloxaxin", "levothyroxine tablets", "omeprazle"]


def _floor(fn: Callable[[], object], number: int = 2000) -> float:
    """Best-of-5 seconds per call of ``fn``."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


def _report(benchmark: Any, floor: float) -> None:
    best = benchmark.stats.stats.min
    benchmark.extra_info["floor_us"] = round(floor * 1e6, 2)
    benchmark.extra_info["ratio"] = round(best / floor, 2)
    print(
        f"\n{benchmark.name}: {best * 1e6:.1f} us vs floor {floor * 1e6:.2f} us "
        f"-> {best / floor:.0f}x"
    )


def _dict_floor(names: list[str]) -> float:
    table = {name.casefold(): name for name in names}
    return _floor(lambda: [table.get(name.casefold()) for name in names])


def test_interactions_of_a_list(benchmark: Any) -> None:
    """interactions() of ten known names vs ten dict lookups."""
    floor = _dict_floor(KNOWN)
    benchmark(mg.interactions, KNOWN)
    _report(benchmark, floor)


def test_unknown_names(benchmark: Any) -> None:
    """Names not in the catalogue (suggestions computed) vs three dict lookups."""
    floor = _dict_floor(MISSPELT)

    def lookup() -> object:
        found: list[object] = []
        for name in MISSPELT:
            try:
                found.append(mg.find_drug(name))
            except mg.UnknownNameError as error:
                found.append(error.candidates)
        return found

    benchmark(lookup)
    _report(benchmark, floor)
