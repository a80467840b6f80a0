"""Array paths against the floor a user could not avoid, measured in the same run.

Run: bash tools/bench.sh  (not part of the pass/fail suite)

``to_mg`` of a Quantity array is measured against pint converting the same
array itself; ``ckd_epi_2021`` of arrays against the equation written by
hand in numpy. ``extra_info["ratio"]`` is ours over the floor.
"""

from __future__ import annotations

import timeit
from typing import Any

import numpy as np
import pint

import magnesium as mg

APP = pint.get_application_registry()  # type: ignore[no-untyped-call]
N = 1_000_000


def _best(fn: Any, number: int = 3) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


def _report(benchmark: Any, what: str, floor: float) -> None:
    ours = benchmark.stats.stats.min
    benchmark.extra_info.update(floor_s=round(floor, 4), ratio=round(ours / floor, 2))
    print(
        f"\n{what}: {ours * 1e3:.1f} ms vs floor {floor * 1e3:.1f} ms -> ratio {ours / floor:.2f}"
    )


def test_to_mg_of_an_array(benchmark: Any) -> None:
    """to_mg of 1,000,000 mmol values vs pint's own q.to('mg') (with its molar-mass step)."""
    mmol = APP.Quantity(np.random.default_rng(1).uniform(0, 20, N), "mmol")
    floor = _best(lambda: (mmol.to("mol") * APP.Quantity(24.305, "g/mol")).to("mg"))
    benchmark(mg.to_mg, mmol)
    _report(benchmark, "to_mg, 1M values", floor)


def test_ckd_epi_of_arrays(benchmark: Any) -> None:
    """ckd_epi_2021 of 1,000,000 people vs the CKD-EPI 2021 equation in numpy by hand."""
    rng = np.random.default_rng(1)
    scr, age = rng.uniform(0.5, 2.5, N), rng.uniform(18, 90, N)
    sex = rng.choice(np.array(["female", "male"], dtype=object), N)
    creatinine = APP.Quantity(scr, "mg/dL")

    def by_hand() -> np.ndarray:
        female = sex == "female"
        ratio = scr / np.where(female, 0.7, 0.9)
        return (
            142
            * np.minimum(ratio, 1) ** np.where(female, -0.241, -0.302)
            * np.maximum(ratio, 1) ** -1.2
            * 0.9938**age
            * np.where(female, 1.012, 1.0)
        )

    floor = _best(by_hand)
    benchmark(mg.ckd_epi_2021, creatinine, age=age, sex=sex)
    _report(benchmark, "ckd_epi_2021, 1M people", floor)
