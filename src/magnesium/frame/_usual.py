"""Internal: a cohort's usual intake by group, from a long table of days.

Reads the days (pandas, or Dask partition by partition), assigns each
person to a group of the authority's table (sex and age), estimates each
group's distribution with :mod:`magnesium.frame._nrc`, and reports
percentiles, the EAR cut-point prevalence or the share at or above an AI,
and the shares over the supplemental ceiling.
"""

from __future__ import annotations

import math
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import pandas as pd

from magnesium import _names
from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, check_lang, msg, text
from magnesium.errors import (
    ArgumentTypeError,
    InvalidAmountError,
    NoReferenceValueError,
    UnknownChoiceError,
)
from magnesium.frame import _columns, _engines, _nrc
from magnesium.frame._long_table import (
    COMBINE,
    Groups,
    Spec,
    block_moments,
    block_people,
    check_people,
    people_of,
)
from magnesium.reference import Sex, _reference

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    import dask.dataframe as dd
    import polars as pl
    import pyarrow as pa  # type: ignore[import-untyped]

    from magnesium.reference import Authority, ReferenceValue

__all__: list[str] = []

#: Percentiles reported, as What We Eat in America reports them.
PERCENTILES: Final = (1, 5, 10, 25, 50, 75, 90, 95, 99)


def check_choice(value: object, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise UnknownChoiceError(what, str(value), allowed)
    return str(value)


def over(values: np.ndarray, ceiling: np.ndarray) -> np.ndarray:
    """Above the ceiling as the scalar report says it (250 mg is at, not over, it)."""
    return _columns.above_array(values, ceiling)


def reference_of(authority: Authority, row: _reference.Row) -> ReferenceValue | None:
    """Return the group's EAR where the authority has one, else its AI (else None).

    Read through the public rules, at the group's first age; a row for both
    sexes has one value, so either sex reads it.
    """
    sex = row.sex or Sex.FEMALE
    try:
        return _reference.average_requirement(sex=sex, age=row.low, authority=authority)
    except NoReferenceValueError:  # no EAR: an AI cannot judge inadequacy, an RDA is no cut-point
        value = _reference.reference_intake(sex=sex, age=row.low, authority=authority)
        return value if value.kind == "AI" else None


def percentile_columns(percentiles: Sequence[float]) -> list[str]:
    return [f"p{p:g}_mg" for p in percentiles]


def summary_row(
    usual: np.ndarray,
    weight: np.ndarray,
    reference: np.ndarray,
    is_ear: np.ndarray,
    percentiles: Sequence[float],
) -> dict[str, Any]:
    """Mean, percentiles and the share below an EAR or at or above an AI, weighted.

    The values come sorted (one sort for every group of a table).
    """
    row: dict[str, Any] = {"mean_mg": float(np.sum(weight * usual) / np.sum(weight))}
    q = [p / 100 for p in percentiles]
    quantiles = _nrc.weighted_quantiles(usual, weight, q, ordered=True)
    row.update(zip(percentile_columns(percentiles), map(float, quantiles), strict=True))
    known = ~np.isnan(reference)
    ear, ai = known & is_ear, known & ~is_ear
    row["below_ear"] = _nrc.share(usual < reference, weight) if ear.all() else math.nan
    row["at_or_above_ai"] = _nrc.share(usual >= reference, weight) if ai.all() else math.nan
    return row


#: The sources of the estimate: the method, its back-transformation, supplements, the EAR
#: cut-point method and the AI statement, the ceiling.
SOURCES: Final = ("NRC1986", "NUSSER1996", "BAILEY2010", "IOM2000", "IOM2003", "SCF2001")


@attrs.frozen(kw_only=True, repr=False, eq=False)
class UsualIntake(Displayable):
    """A cohort's usual magnesium intake by group, from a few days per person.

    Attributes
    ----------
    table
        One row per group of the authority's table (sex and age) with persons,
        and a last row ``"all"``: ``n_persons``, ``n_days``, ``n_repeat``
        (persons with two or more days), ``power`` (the Box-Cox power),
        ``within`` and ``between`` (the variances on the transformed scale)
        and ``variance_ratio`` (within / between); the usual intake of food
        and supplements: ``mean_mg`` and ``p1_mg`` ... ``p99_mg``;
        ``reference_kind`` (``"EAR"`` or ``"AI"``) and ``reference_mg``;
        ``below_ear`` (the EAR cut-point prevalence of inadequate intakes) or
        ``at_or_above_ai`` (where only an AI exists); ``ceiling_mg``,
        ``over_ceiling_any_day`` and ``over_ceiling_on_average`` (shares of
        persons whose supplemental intake is over the ceiling on at least one
        day, and on the mean of their days); ``note`` (why a group has no
        estimate). Shares are fractions (0.25 = 25 %), weighted.
    food_table
        The same for the usual intake from food alone (no ceiling columns).
    persons
        One row per person: ``person``, ``group``, ``n_days``,
        ``usual_food_mg``, ``mean_supplemental_mg``, ``usual_mg``,
        ``reference_mg`` (the group's EAR or AI), ``ceiling_mg``, ``weight``.
        Together they are the estimated distribution; one person's value is
        not an estimate of that person's usual intake (IOM 2003).
    authority
        Whose groups, EAR or AI, and ceiling.
    back_transform
        ``"mean"`` (Nusser 1996) or ``"inverse"`` (NRC 1986).
    supplemental
        Whether supplemental intake was given (else the usual intake is from
        food alone, and the ceiling columns are missing).
    sources
        Keys of :data:`magnesium.sources.SOURCES`.
    """

    table: pd.DataFrame
    food_table: pd.DataFrame
    persons: pd.DataFrame
    authority: Authority
    back_transform: str
    supplemental: bool
    sources: tuple[str, ...] = SOURCES

    def to_frame(self, lang: str | None = None) -> pd.DataFrame:  # noqa: ARG002 - numbers only
        """Return the table of groups (a copy), as :attr:`table`."""
        return self.table.copy()

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """Return the groups' rows as plain JSON types (NaN as None), the choices and sources."""

        def records(table: pd.DataFrame) -> list[dict[str, Any]]:
            rows = table.astype(object).where(table.notna(), None).to_dict("records")
            return [{str(k): v for k, v in row.items()} for row in rows]

        return {
            "authority": str(self.authority),
            "back_transform": self.back_transform,
            "supplemental": self.supplemental,
            "groups": records(self.table),
            "food": records(self.food_table),
            "sources": list(self.sources),
            "method": self._method().render(check_lang(lang)),
        }

    def _brief(self) -> str:
        everyone = self.table.iloc[-1]
        return f"{int(everyone['n_persons'])} persons, {len(self.table) - 1} groups"

    def _title(self, lang: str) -> str:
        n, groups = int(self.table.iloc[-1]["n_persons"]), len(self.table) - 1
        if groups == 1:
            return msg("Usual magnesium intake of {n} persons in one group", n=n).render(lang)
        return msg(
            "Usual magnesium intake of {n} persons in {groups} groups", n=n, groups=groups
        ).render(lang)

    def _method(self) -> Msg:
        if self.back_transform == "inverse":
            return msg("NRC 1986 on a Box-Cox scale, transformed back by its inverse (biased low)")
        return msg(
            "NRC 1986 on a Box-Cox scale, transformed back as the mean of the days (Nusser 1996)"
        )

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("method", lang), self._method().render(lang))]
        if self.supplemental:
            added = msg("each person's mean supplemental intake added (Bailey 2010)")
            lines.append((text("supplements", lang), added.render(lang)))
        for _, row in self.table.iterrows():
            label = text(row["group"], lang)  # "all" too: the catalogue has it
            lines.append((label, _group_line(row, lang)))
        if (self.table["reference_kind"] == "AI").any():
            lines.append((text("note", lang), BELOW_AI.render(lang)))
        lines.append((text("note", lang), NOT_PERSONS.render(lang)))
        lines.append((text("sources", lang), ", ".join(self.sources)))
        return lines


BELOW_AI: Final = msg(
    "below an Adequate Intake an intake cannot be judged inadequate; above it, it is almost "
    "certainly adequate (IOM 2000)"
)
NOT_PERSONS: Final = msg(
    "the estimate is of the group's distribution, not of any one person's usual intake (IOM 2003)"
)


def _group_line(row: pd.Series, lang: str) -> str:
    if not np.isfinite(row["mean_mg"]):
        return msg("no estimate ({why})", why=msg(row["note"])).render(lang)
    if all(column in row.index for column in ("p5_mg", "p50_mg", "p95_mg")):
        spread = msg(
            "median {p50:.0f} mg/day (5-95 %: {p5:.0f}-{p95:.0f})",
            p50=row["p50_mg"],
            p5=row["p5_mg"],
            p95=row["p95_mg"],
        )
    else:  # percentiles of the caller's choice: the mean speaks for the group
        spread = msg("mean {mean:.0f} mg/day", mean=row["mean_mg"])
    parts = [spread]
    if np.isfinite(row["below_ear"]):
        parts.append(msg("below the EAR: {share:.0f} %", share=100 * row["below_ear"]))
    elif np.isfinite(row["at_or_above_ai"]):
        parts.append(msg("at or above the AI: {share:.0f} %", share=100 * row["at_or_above_ai"]))
    if "over_ceiling_any_day" in row and np.isfinite(row["over_ceiling_any_day"]):
        parts.append(
            msg(
                "over the ceiling on any day: {any:.0f} %, on average: {mean:.0f} %",
                any=100 * row["over_ceiling_any_day"],
                mean=100 * row["over_ceiling_on_average"],
            )
        )
    return "; ".join(part.render(lang) for part in parts)


def run(
    days: Any,
    spec: Spec,
    *,
    back_transform: str,
    percentiles: Sequence[float],
    dask: bool,
) -> UsualIntake:
    """Read the days (pandas or, partition by partition, Dask), then estimate per group."""
    groups = Groups.of(spec.authority)
    if not dask and not len(days):
        message = "the long table has no rows: no days to estimate from"
        raise InvalidAmountError(message)
    if dask:
        from dask.base import compute  # noqa: PLC0415 - only for a Dask table
        from dask.delayed import delayed  # noqa: PLC0415

        parts = [delayed(block_moments)(part, spec, groups) for part in days.to_delayed()]
        powers = _nrc.chosen_powers(np.sum(compute(*parts), axis=0))  # type: ignore[no-untyped-call]
        meta = block_people(days._meta, spec, groups, powers)  # noqa: SLF001 - Dask's empty frame
        blocks = days.map_partitions(block_people, spec, groups, powers, meta=meta)
        combined = blocks.groupby("person").agg(COMBINE).compute()
        if not len(combined):
            message = "the long table has no rows: no days to estimate from"
            raise InvalidAmountError(message)
        columns = {name: combined[name].to_numpy() for name in combined.columns}
        persons = combined.index.to_numpy()
    else:
        powers = _nrc.chosen_powers(block_moments(days, spec, groups))  # reads and checks
        if spec.day is not None and spec.day in days:
            twice = days.duplicated([spec.person, spec.day])
            if twice.any():
                where = list(days.index[twice.to_numpy()][:3])
                message = (
                    f"rows {where} repeat a person's `{spec.day}`: one row per person and day "
                    "(sum a day's meals first)"
                )
                raise InvalidAmountError(message)
        columns, persons = people_of(days, spec, groups, powers)
    check_people(columns, persons, spec)
    return _estimated(columns, persons, groups, powers, spec, back_transform, percentiles)


def _estimated(  # noqa: PLR0917 - the per-person columns and the choices of one call
    per: Mapping[str, np.ndarray],
    persons: np.ndarray,
    groups: Groups,
    powers: np.ndarray,
    spec: Spec,
    back_transform: str,
    percentiles: Sequence[float],
) -> UsualIntake:
    k = per["g_count"]
    group = per["group_first"].astype(np.intp)
    weight = per["weight_min"]
    years = per["years_first"]
    if (outside := group < 0).any():
        who = list(persons[outside][:3])
        message = f"persons {who} are in no group of {spec.authority.value}'s table (their age)"
        raise InvalidAmountError(message)
    supplemental = bool(spec.supplemental)
    supp_mean = per["supplemental_mg_sum"] / k
    supp_max = per["supplemental_mg_max"]
    usual_food = np.full(len(k), np.nan)
    reference = np.full(len(k), np.nan)
    is_ear = np.zeros(len(k), dtype=bool)
    fitted: dict[int, tuple[float, float, int, str, ReferenceValue | None]] = {}
    for code in sorted(set(group.tolist())):
        mask = group == code
        usual, within, between, n_repeat, note = _nrc.estimate(
            k[mask],
            per["g_sum"][mask],
            per["g2_sum"][mask],
            weight[mask],
            float(powers[code]),
            back_transform,
        )
        usual_food[mask] = usual
        found = reference_of(spec.authority, groups.rows[code])
        fitted[code] = (within, between, n_repeat, note, found)
        if found is not None:
            reference[mask] = found.value_mg
            is_ear[mask] = found.kind == "EAR"
    usual_total = usual_food + supp_mean if supplemental else usual_food
    ceiling, has_ceiling = _columns.ceilings(years, spec.authority)
    tables = []
    for usual, with_ceiling in ((usual_total, supplemental), (usual_food, False)):
        rows = []
        order = np.argsort(usual, kind="stable")  # once: each group's persons in this order
        grouped = group[order]
        for code in sorted(fitted):
            mask = order[grouped == code]  # the group's persons, by usual intake
            within, between, n_repeat, note, found = fitted[code]
            row = groups.rows[code]
            rows.append({
                "group": row.group,
                "sex": "both" if row.sex is None else row.sex.value,
                **_counts(k[mask], n_repeat),
                "power": float(powers[code]),
                "within": within,
                "between": between,
                "variance_ratio": within / between if between > 0 else math.nan,
                "reference_kind": None if found is None else found.kind,
                "reference_mg": math.nan if found is None else found.value_mg,
                **_stats(usual[mask], weight[mask], reference[mask], is_ear[mask], percentiles),
                **(_ceiling(supp_mean[mask], supp_max[mask], ceiling[mask],
                            has_ceiling[mask], weight[mask]) if with_ceiling else {}),
                "note": note,
            })  # fmt: skip
        failed = any(f[3] for f in fitted.values())
        rows.append({
            "group": N_("all"),
            "sex": "both",
            **_counts(k, int((k >= 2).sum())),
            "power": math.nan,
            "within": math.nan,
            "between": math.nan,
            "variance_ratio": math.nan,
            "reference_kind": None,
            "reference_mg": math.nan,
            **_stats(usual[order], weight[order], reference[order], is_ear[order], percentiles),
            **(_ceiling(supp_mean, supp_max, ceiling, has_ceiling, weight)
               if with_ceiling else {}),
            "note": N_("a group has no estimate") if failed else "",
        })  # fmt: skip
        tables.append(pd.DataFrame(rows))
    if not supplemental:  # the columns stay, missing: one schema with or without supplements
        for column in ("ceiling_mg", "over_ceiling_any_day", "over_ceiling_on_average"):
            tables[0].insert(len(tables[0].columns) - 1, column, math.nan)
    labels = np.array([r.group for r in groups.rows], dtype=object)
    table_of_persons = pd.DataFrame({
        "person": persons,
        "group": labels[group],
        "n_days": k.astype(np.int64),
        "usual_food_mg": usual_food,
        "mean_supplemental_mg": supp_mean if supplemental else np.nan,
        "usual_mg": usual_total,
        "reference_mg": reference,
        "ceiling_mg": ceiling if supplemental else np.nan,
        "weight": weight,
    })  # fmt: skip
    return UsualIntake(
        table=tables[0],
        food_table=tables[1],
        persons=table_of_persons,
        authority=spec.authority,
        back_transform=back_transform,
        supplemental=supplemental,
    )


def _counts(k: np.ndarray, n_repeat: int) -> dict[str, int]:
    return {"n_persons": len(k), "n_days": int(k.sum()), "n_repeat": n_repeat}


def _stats(
    usual: np.ndarray,
    weight: np.ndarray,
    reference: np.ndarray,
    is_ear: np.ndarray,
    percentiles: Sequence[float],
) -> dict[str, float]:
    if np.isnan(usual).any():
        nan = dict.fromkeys(["mean_mg", *percentile_columns(percentiles)], math.nan)
        return {**nan, "below_ear": math.nan, "at_or_above_ai": math.nan}
    return summary_row(usual, weight, reference, is_ear, percentiles)


def _ceiling(
    mean: np.ndarray,
    largest: np.ndarray,
    ceiling: np.ndarray,
    has_ceiling: np.ndarray,
    weight: np.ndarray,
) -> dict[str, float]:
    """Return the shares over the ceiling on any day and on average (no ceiling: not over)."""
    if not has_ceiling.all():  # under 1 year no body sets a ceiling: the answer stays missing
        return {"ceiling_mg": math.nan, "over_ceiling_any_day": math.nan,
                "over_ceiling_on_average": math.nan}  # fmt: skip
    values = ceiling[~np.isnan(ceiling)]
    return {
        "ceiling_mg": float(values[0])
        if len(values) and (values == values[0]).all()
        else math.nan,
        "over_ceiling_any_day": _nrc.share(over(largest, ceiling), weight),
        "over_ceiling_on_average": _nrc.share(over(mean, ceiling), weight),
    }


def usual_intake(
    days: pd.DataFrame | dd.DataFrame | pl.DataFrame | pa.Table,
    *,
    units: Mapping[str, str] | None = None,
    person: str = "person",
    day: str | None = "day",
    food: Iterable[str] | str = ("food",),
    supplemental: Iterable[str] | str | None = ("supplemental",),
    weight: str | None = None,
    authority: Authority | str = "US",
    back_transform: str = "mean",
    percentiles: Sequence[float] = PERCENTILES,
) -> UsualIntake:
    """Estimate a cohort's usual magnesium intake by sex and age group, from a few days each.

    A day's intake is not a person's usual (long-term) intake: the spread of
    single days is wider than that of usual intakes, so the share of a group
    below a requirement is misjudged from one or two days (IOM 2000). This
    removes the day-to-day (within-person) variation by the NRC (1986)
    method on a Box-Cox scale with the back-transformation of Nusser et al.
    (1996), per group of the authority's table, and compares the estimated
    distribution with the EAR (the cut-point method) or, where an authority
    sets only an Adequate Intake, reports the share at or above it.

    Parameters
    ----------
    days
        A long table, one row per person and day: columns ``person`` (any
        id), ``day`` (optional; a person's day may appear once), ``sex``,
        ``age`` (years, or a duration with ``units={"age": ...}``), the food
        and supplemental amount columns, and a survey weight (optional). A
        pandas, Dask or polars DataFrame or an Arrow table; a Dask table is
        read partition by partition.
    units
        Units of the amount columns (``{"food": "mg", "supplemental": "mg"}``)
        where they have no pint-pandas dtype.
    person, day, weight
        Column names. A person's weight must be the same on each of their days.
    food, supplemental
        The amount columns of magnesium from food and from everything that
        counts toward the ceiling (several are summed). Without a
        supplemental column the usual intake is from food alone, and the
        ceiling columns are missing. [elemental mass]
    authority
        Whose groups and values: ``"US"`` (the default: the only authority
        with EARs, IOM 1997), or EFSA, NNR 2023, D-A-CH (Adequate Intakes).
    back_transform
        ``"mean"`` (the default): a person's usual intake is the mean of
        daily intakes on the original scale (Nusser 1996); ``"inverse"``:
        the inverse transform of the NRC (1986), which for skewed intakes is
        biased low (for comparison with published numbers that used it).
    percentiles
        The percentiles reported (0-100); What We Eat in America's by default.

    Returns
    -------
    UsualIntake
        ``table`` (one row per group and ``"all"``: percentiles, the share
        below the EAR or at or above the AI, the shares over the ceiling),
        ``food_table`` (from food alone) and ``persons``.

    Raises
    ------
    MagnesiumError
        A missing or misspelt column (named), an amount without a unit, a day
        without a value or with 0 mg from food (the transform is a power or
        a logarithm), sex or weight changing between a person's days, a
        person's day given twice (pandas; on Dask this check is not made), a
        person outside the authority's groups (under 1 year for the US has
        an AI group; EFSA starts at 7 months).

    Notes
    -----
    Assumptions, as the method's (IOM 2000, appendix C; IOM 2003, appendix
    E): the days are independent and each a random day of the person's
    usual diet (no day-of-week or season effect, no trend); the recall is
    unbiased for usual intake (random, not systematic error); on the chosen
    Box-Cox scale usual intakes are normal and the day-to-day variation is
    normal and the same for everyone in a group; at least some persons in
    each group have two or more days. Persons with one day count in the mean
    and the between-person variance (shrunk as one day's mean), not in the
    within-person variance. Supplements are added as each person's mean
    (Bailey 2010). Pregnancy and lactation are not read (What We Eat in
    America leaves them out too); groups are the authority's by sex and age.

    The cut-point method (IOM 2000) needs requirements independent of
    intakes, symmetric about the EAR and less variable than usual intakes;
    magnesium's EARs meet the conditions the IOM names, as far as is known.
    An AI cannot judge inadequacy: below it an intake cannot be called
    inadequate (IOM 2000), so only the share at or above it is given.

    References
    ----------
    .. [1] National Research Council (1986). Nutrient Adequacy: Assessment
       Using Food Consumption Surveys. doi:10.17226/618
    .. [2] Nusser SM, Carriquiry AL, Dodd KW, Fuller WA (1996). J Am Stat
       Assoc 91(436):1440-1449.
    .. [3] Bailey RL et al. (2010). J Nutr 140(4):817-822 (shrink then add).
    .. [4] IOM (2000). Dietary Reference Intakes: Applications in Dietary
       Assessment. doi:10.17226/9956
    .. [5] IOM (2003). Dietary Reference Intakes: Applications in Dietary
       Planning, appendix E. doi:10.17226/10609
    .. [6] IOM (1997), the EARs; SCF (2001), the ceiling.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> from magnesium.frame import usual_intake
    >>> rng = np.random.default_rng(1)
    >>> usual = np.exp(np.log(250) + 0.3 * rng.standard_normal(400))
    >>> days = pd.DataFrame({
    ...     "person": np.repeat(np.arange(400), 2), "day": np.tile([1, 2], 400),
    ...     "sex": "female", "age": 40,
    ...     "food": np.repeat(usual, 2) * np.exp(0.3 * rng.standard_normal(800) - 0.045)})
    >>> result = usual_intake(days, units={"food": "mg"})
    >>> result.table[["group", "n_persons", "reference_kind", "reference_mg"]].iloc[0]
    group             women >= 31 y
    n_persons                   400
    reference_kind              EAR
    reference_mg              265.0
    Name: 0, dtype: object
    >>> estimated, truth = result.table["below_ear"].iloc[0], (usual < 265).mean()
    >>> print(f"{estimated:.0%} below the EAR (the simulated truth: {truth:.0%})")
    64% below the EAR (the simulated truth: 62%)
    """
    chosen = _reference.read_authority(authority)
    for name, value, optional in (("person", person, False), ("day", day, True),
                                  ("weight", weight, True)):  # fmt: skip
        if not (isinstance(value, str) or (optional and value is None)):
            message = f"`{name}` needs a column name as a text, got {_names.shown(value)}"
            raise ArgumentTypeError(message)
    foods = _columns.column_names(food, "food")
    back = check_choice(back_transform, _nrc.BACK_TRANSFORMS, "`back_transform`")
    given = _names.listed(percentiles, "`percentiles` needs a list of numbers from 0 to 100")
    shares = tuple(p for p in given if isinstance(p, int | float) and not isinstance(p, bool))
    if not shares or len(shares) < len(given) or not all(0 < p < 100 for p in shares):
        message = f"`percentiles` needs numbers above 0 and below 100, got {list(given)!r}"
        raise ArgumentTypeError(message)
    dask = _engines.is_dask(days)
    if not dask:
        engine = type(days).__module__.split(".")[0]
        if (
            engine in _engines.ENGINES
            and (converted := _engines.ENGINES[engine](days)) is not None
        ):
            days = converted
        if not isinstance(days, pd.DataFrame):
            message = (
                "`days` needs a pandas, Dask or polars DataFrame or an Arrow table, "
                f"got {type(days).__name__}"
            )
            raise ArgumentTypeError(message)
    columns = set(map(str, days.columns))
    supplements = (
        () if supplemental is None else _columns.column_names(supplemental, "supplemental")
    )
    spec = Spec(
        person=person,
        day=day,
        food=foods,
        supplemental=tuple(c for c in supplements if c in columns),
        weight=weight,
        units=MappingProxyType(dict(units or {})),
        authority=chosen,
    )
    return run(days, spec, back_transform=back, percentiles=shares, dask=dask)
