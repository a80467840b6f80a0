"""Internal: the NRC (1986) estimate of usual intake, with Nusser (1996)'s back-transformation.

The method is the NRC's (1986) adjustment in the form that IOM (2000,
appendix C) describes, on a Box-Cox scale, with the back-transformation of
Nusser et al. (1996):

1. Per stratum (sex and age group of the authority's table), the daily food
   intakes are transformed, ``g = ((y / 300 mg) ** lam - 1) / lam`` (``log``
   at ``lam = 0``), with ``lam`` on a grid of 0-1 (step 0.05) chosen so the
   transformed days are least skewed (weighted skewness nearest 0). The
   300 mg scale only conditions the arithmetic: skewness is unchanged.
2. One-way analysis of variance: the pooled within-person variance ``s_w2``
   from the persons with two or more days; the between-person variance
   ``s_b2`` as the variance of the persons' means less ``s_w2`` times the
   mean of ``1/k`` (``k`` days per person). Persons with one day count in
   the mean and the between-person part, not in ``s_w2`` (IOM 2000: it is
   enough that some persons have two or more days).
3. Each person's mean ``m`` is shrunk towards the stratum mean ``mu``:
   ``x = mu + (m - mu) * sqrt(s_b2 / (s_b2 + s_w2 / k))``; the ``x`` then
   have the between-person variance, not that of a few days.
4. Back to mg. ``"mean"`` (the default): the person's usual intake is the
   mean of daily intakes around ``x``, ``E[g^-1(x + e)]`` with
   ``e ~ N(0, s_w2)`` (Nusser 1996; 20-point Gauss-Hermite quadrature).
   ``"inverse"``: ``g^-1(x)``, as the NRC (1986) did; for skewed intakes it
   is the median of a person's days, below the mean, so it is biased low.
5. Supplements: each person's mean supplemental intake over the days is
   added to the usual intake from food ("shrink then add", Bailey 2010):
   supplement use is not a normal day-to-day variation to remove.

Survey weights weigh every sum, mean, variance, percentile and share. The
estimate is of the distribution; the shrunk value of one person is not an
estimate of that person's usual intake (IOM 2003, appendix E).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

import numpy as np

from magnesium import _units
from magnesium._i18n import N_

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__: list[str] = []

#: Box-Cox powers tried, and the scale intakes are divided by before the transform.
LAMBDAS: Final = np.round(np.linspace(0.0, 1.0, 21), 2)
SCALE_MG: Final = 300.0
BACK_TRANSFORMS: Final = ("mean", "inverse")
# Gauss-Hermite nodes and weights for E[f(Z)], Z standard normal.
_NODES, _WEIGHTS = np.polynomial.hermite.hermgauss(20)
_NODES = _NODES * math.sqrt(2.0)
_WEIGHTS = _WEIGHTS / math.sqrt(math.pi)


def boxcox(log_y: np.ndarray, lam: float) -> np.ndarray:
    """Box-Cox transform, from the logarithm of ``y`` (already divided by the scale).

    ``(y**lam - 1) / lam`` is ``expm1(lam * log y) / lam``: one exponential
    per value for each power tried, the logarithm taken once, and exact
    near ``lam = 0``.
    """
    if lam == 0.0:
        return log_y
    return np.asarray(np.expm1(lam * log_y) / lam)


def inverse(v: np.ndarray, lam: float) -> np.ndarray:
    """Inverse Box-Cox; below the transform's range (``1 + lam v <= 0``) the intake is 0."""
    if lam == 0.0:
        return np.asarray(np.exp(v))
    return np.asarray(np.power(np.maximum(1.0 + lam * v, 0.0), 1.0 / lam))


def power_sums(
    group: np.ndarray, food_mg: np.ndarray, weight: np.ndarray, n_groups: int
) -> np.ndarray:
    """Return weighted power sums of the transformed food intakes, per group and Box-Cox power.

    Shape (groups, powers, 4): the sums of w, w g, w g**2 and w g**3 over
    the days with a group (code 0 or more). Sums of blocks add up, so a Dask
    table is reduced partition by partition.
    """
    sums = np.zeros((n_groups, len(LAMBDAS), 4))
    valid = group >= 0
    group, log_y, w = group[valid], np.log(food_mg[valid] / SCALE_MG), weight[valid]
    for j, lam in enumerate(LAMBDAS):
        g = boxcox(log_y, float(lam))
        wg = w.copy()
        for p in range(4):
            sums[:, j, p] = np.bincount(group, weights=wg, minlength=n_groups)
            wg *= g
    return sums


def chosen_powers(sums: np.ndarray) -> np.ndarray:
    """Return the Box-Cox power per group with the least skewed transformed days (NaN: none)."""
    s0 = sums[..., 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        m1 = sums[..., 1] / s0
        m2 = sums[..., 2] / s0 - m1**2
        m3 = sums[..., 3] / s0 - 3 * m1 * sums[..., 2] / s0 + 2 * m1**3
        skew = np.abs(m3 / m2**1.5)
    skew = np.where(np.isfinite(skew), skew, np.inf)
    powers = np.asarray(LAMBDAS[np.argmin(skew, axis=1)], dtype=float)
    powers[s0[:, 0] == 0] = np.nan
    return powers


def estimate(  # noqa: PLR0917 - the per-person sums of one group, and its choices
    k: np.ndarray,
    g_sum: np.ndarray,
    g2_sum: np.ndarray,
    weight: np.ndarray,
    power: float,
    back_transform: str,
) -> tuple[np.ndarray, float, float, int, str]:
    """Estimate steps 2-4 of the module docs for one group: each person's usual food intake."""
    mean = g_sum / k
    repeat = k >= 2
    n_repeat = int(repeat.sum())
    pooled = float(np.sum((weight * (k - 1))[repeat]))
    if pooled == 0:
        return np.full(len(k), np.nan), math.nan, math.nan, n_repeat, N_("no person with two days")
    within_ss = np.maximum(g2_sum - g_sum * mean, 0.0)  # rounding may give -0.0
    within = float(np.sum((weight * within_ss)[repeat]) / pooled)
    total_w = float(weight.sum())
    mu = float(np.sum(weight * mean) / total_w)
    effective = total_w - float(np.sum(weight**2)) / total_w
    if effective <= 0:
        return np.full(len(k), np.nan), within, math.nan, n_repeat, N_("one person")
    observed = float(np.sum(weight * (mean - mu) ** 2)) / effective
    between = observed - within * float(np.sum(weight / k)) / total_w
    if not between > 0:
        note = N_("between-person variance not above 0")
        return np.full(len(k), np.nan), within, between, n_repeat, note
    shrunk = mu + (mean - mu) * np.sqrt(between / (between + within / k))
    if back_transform == "inverse":
        usual = inverse(shrunk, power)
    else:  # the mean of the person's days: E[g^-1(x + e)], e ~ N(0, within)
        usual = np.zeros(len(k))
        spread = math.sqrt(within)
        for node, w in zip(_NODES, _WEIGHTS, strict=True):
            usual += w * inverse(shrunk + spread * node, power)
    return usual * SCALE_MG, within, between, n_repeat, ""


def weighted_quantiles(
    values: np.ndarray, weight: np.ndarray, q: Sequence[float], *, ordered: bool = False
) -> np.ndarray:
    """Return the weighted inverted-CDF quantiles: the smallest value whose weight share reaches q.

    Unweighted it is numpy's ``quantile(method="inverted_cdf")``. ``ordered``:
    the values are sorted already (a caller that sorted once for many groups).
    """
    order = np.arange(len(values)) if ordered else np.argsort(values, kind="stable")
    cumulative = np.cumsum(weight[order])
    targets = np.asarray(q, dtype=float) * cumulative[-1]
    # a share equal to q, up to the rounding of the cumulative sum, reaches it
    at = np.searchsorted(cumulative, targets * (1 - _units.REL_TOL), side="left")
    return np.asarray(values[order][np.minimum(at, len(values) - 1)])


def share(mask: np.ndarray, weight: np.ndarray) -> float:
    return float(np.sum(weight[mask]) / np.sum(weight))
