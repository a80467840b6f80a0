"""Usual intake of 10 million person-days: pandas and Dask against hand-written numpy.

Run: bash tools/bench.sh benchmarks/test_usual_bench.py  (not part of the pass/fail suite)

The floor is the same method (issue 27: NRC 1986 on a Box-Cox scale, Nusser
1996's back-transformation, shrink then add) written directly in numpy by a
user who knows the data: every person has exactly two days, rows come person
by person, person ids are 0..n-1, so the days reshape to an (n, 2) array and
no grouping by person is needed. ``extra_info`` gives each engine's time
over the floor's, and peak memory (tracemalloc) over the input's size.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

from timing import best, peak_memory

from magnesium.frame import usual_intake

PERSONS = 5_000_000  # two days each: 10 million person-days
UNITS = {"food": "mg", "supplemental": "mg"}
_EDGES = np.array([1, 4, 9, 14, 19, 31])  # the US groups' age bands (IOM 1997)
_EAR = {  # group code -> EAR, mg/day (IOM 1997): children both sexes, then male/female
    0: 65.0, 1: 110.0, 2: 200.0, 3: 340.0, 4: 300.0, 5: 330.0, 6: 255.0, 7: 350.0, 8: 265.0,
}  # fmt: skip
_SEXES = pd.Index(["female", "male"])
_LAMBDAS = np.round(np.linspace(0, 1, 21), 2)
_Z, _W = np.polynomial.hermite_e.hermegauss(20)
_W = _W / _W.sum()


def generate(persons: int, seed: int = 1) -> pd.DataFrame:
    """Two days per person: lognormal usual intakes, day-to-day variation, some supplements."""
    rng = np.random.default_rng(seed)
    sex = rng.integers(0, 2, persons)
    age = rng.integers(1, 90, persons)
    usual = np.exp(np.log(np.where(sex == 1, 320.0, 250.0)) + 0.3 * rng.standard_normal(persons))
    food = np.repeat(usual, 2) * np.exp(0.28 * rng.standard_normal(2 * persons) - 0.04)
    supplemental = np.where(rng.random(2 * persons) < 0.1, 200.0, 0.0)
    return pd.DataFrame({
        "person": np.repeat(np.arange(persons), 2),
        "day": np.tile(np.array([1, 2], dtype=np.int8), persons),
        "sex": pd.Categorical.from_codes(np.repeat(sex, 2), categories=_SEXES),
        "age": np.repeat(age, 2).astype(np.int16),
        "food": food,
        "supplemental": supplemental,
    })  # fmt: skip


def by_hand(df: pd.DataFrame) -> dict[int, tuple[float, float]]:
    """The method in numpy for this data: each group's median and share below its EAR."""
    n = len(df) // 2
    sex = df["sex"].cat.codes.to_numpy()[::2]
    band = np.searchsorted(_EDGES, df["age"].to_numpy()[::2], side="right") - 1
    group = np.where(band < 3, band, 3 + 2 * (band - 3) + 1 - sex)  # male before female
    food = df["food"].to_numpy().reshape(n, 2) / 300.0
    supplemental = df["supplemental"].to_numpy().reshape(n, 2).mean(axis=1)
    out = {}
    for code in range(9):
        y = food[group == code]
        best, lam = np.inf, 0.0
        for candidate in _LAMBDAS:
            g = np.log(y) if candidate == 0 else (y**candidate - 1) / candidate
            d = g - g.mean()
            skew = abs((d**3).mean() / (d**2).mean() ** 1.5)
            if skew < best:
                best, lam = skew, float(candidate)
        g = np.log(y) if lam == 0 else (y**lam - 1) / lam
        m = g.mean(axis=1)
        within = ((g - m[:, None]) ** 2).sum() / len(m)
        between = m.var(ddof=1) - within / 2
        x = m.mean() + (m - m.mean()) * math.sqrt(between / (between + within / 2))
        v = x[:, None] + math.sqrt(within) * _Z[None, :]
        back = np.exp(v) if lam == 0 else np.maximum(1 + lam * v, 0) ** (1 / lam)
        usual = 300.0 * (back @ _W) + supplemental[group == code]
        out[code] = (float(np.quantile(usual, 0.5, method="inverted_cdf")),
                     float((usual < _EAR[code]).mean()))  # fmt: skip
    return out


def test_usual_intake_ten_million_person_days(benchmark: Any) -> None:
    """usual_intake() of 10M person-days in pandas and Dask vs hand-written numpy."""
    import dask.dataframe as dd  # noqa: PLC0415

    df = generate(PERSONS)
    size = df.memory_usage(deep=True).sum()
    floor = best(lambda: by_hand(df), 2)
    floor_peak = peak_memory(lambda: by_hand(df))
    lazy = dd.from_pandas(df, npartitions=8)  # type: ignore[no-untyped-call]
    runs = {
        "pandas": lambda: usual_intake(df, units=UNITS),
        "dask (8 partitions)": lambda: usual_intake(lazy, units=UNITS),
    }
    lines, info = [], {}
    for name, run in runs.items():
        taken = best(run, 2)
        peak = peak_memory(run)
        info[f"{name} ratio"] = round(taken / floor, 2)
        info[f"{name} peak_over_input"] = round(peak / size, 2)
        lines.append(f"{name}: {taken:.2f} s, ratio {taken / floor:.2f}, peak memory "
                     f"{peak / 1e6:.0f} MB = {peak / size:.2f} x input")  # fmt: skip
    # the same numbers as the floor: the method, not only its speed
    ours = usual_intake(df, units=UNITS).table.iloc[:-1]
    hand = by_hand(df)
    for code, (median, below) in hand.items():
        assert math.isclose(ours["p50_mg"].iloc[code], median, rel_tol=1e-6)
        assert math.isclose(ours["below_ear"].iloc[code], below, rel_tol=1e-9)
    benchmark.pedantic(lambda: None, rounds=1)
    benchmark.extra_info.update(floor_s=round(floor, 2), input_mb=round(size / 1e6), **info)
    print(f"\nusual intake of 10M person-days (hand-written numpy {floor:.2f} s, peak "
          f"{floor_peak / 1e6:.0f} MB = {floor_peak / size:.2f} x the {size / 1e6:.0f} MB "
          "input): " + "; ".join(lines))  # fmt: skip
