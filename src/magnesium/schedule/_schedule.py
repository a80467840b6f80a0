"""Internal: dosing times, spacing conflicts and magnesium windows.

The public face is :mod:`magnesium.schedule`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _names, _units
from magnesium._display import Displayable, Tabular
from magnesium._i18n import N_, Msg, msg, source_keys, text
from magnesium.compounds import _compounds
from magnesium.errors import ArgumentTypeError, MagnesiumError
from magnesium.interactions import Direction, InteractionRecord, UnknownMedicine, _interactions

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity


MINUTES_PER_DAY: Final = 24 * 60
_TIME = re.compile(r"^\s*+(\d{1,2}):(\d{2})\s*+$")
# The article says evening; we read that as 18:00-22:00 and aim for 20:00.
_EVENING: Final = (18 * 60, 22 * 60)
_TARGET: Final = 20 * 60
_MAGNESIUM_WORDS: Final = frozenset({"magnesium", "mg", "magnesium supplement", "magnesia"})
_MAGNESIUM_ATC: Final = ("A02AA", "A06AD")


class ScheduleError(MagnesiumError, ValueError):
    """A schedule cannot be read: a bad time, or a schedule without magnesium."""


def minutes_of_day(value: object, name: str) -> int:
    if isinstance(value, dt.time):
        if value.second or value.microsecond or value.tzinfo is not None:
            message = (
                f"`{name}` times need minute resolution and no time zone, "
                f"got {_names.shown(value)}"
            )
            raise ScheduleError(message)
        return value.hour * 60 + value.minute
    if isinstance(value, str) and (
        match := _TIME.match(_names.check_length(value, f"`{name}` time"))
    ):
        hour, minute = int(match[1]), int(match[2])
        if hour < 24 and minute < 60:
            return hour * 60 + minute
    message = (
        f'`{name}` needs times of day such as "08:00" or datetime.time(8, 0), '
        f"got {_names.shown(value)}"
    )
    raise ScheduleError(message)


def _time(minutes: int) -> dt.time:
    minutes %= MINUTES_PER_DAY
    return dt.time(minutes // 60, minutes % 60)


def _hours(minutes: int) -> PlainQuantity[float]:
    return _units.quantity(minutes / 60, "h")


def _window_minutes(hours: float | None) -> int | None:
    return None if hours is None else round(hours * 60)


@attrs.frozen(kw_only=True)
class _Dose:
    name: str  # English generic name, or "magnesium"
    minute: int
    records: tuple[InteractionRecord, ...]


def _is_magnesium(query: str) -> bool:
    return _names.normalize(query) in _MAGNESIUM_WORDS or _compounds.is_compound_name(query)


def read_doses(
    schedule: Mapping[str, object], *, strict: bool
) -> tuple[list[int], list[_Dose], tuple[UnknownMedicine, ...]]:
    if not isinstance(schedule, Mapping):
        message = f"a schedule is a mapping of names to times of day, got {_names.shown(schedule)}"
        raise ScheduleError(message)
    strict = _names.flag(strict, "strict")
    magnesium: list[int] = []
    drugs: list[_Dose] = []
    unknown: list[UnknownMedicine] = []
    for query, times in schedule.items():
        if not isinstance(query, str):
            message = (
                f"a schedule's names are texts such as 'levothyroxine', got {_names.shown(query)}"
            )
            raise ScheduleError(message)
        try:
            listed = (
                [times]
                if isinstance(times, str | dt.time)
                else _names.listed(times, f"`{query}` needs a list of times")
            )
        except ArgumentTypeError as error:
            raise ScheduleError(str(error)) from None
        minutes = [minutes_of_day(t, str(query)) for t in listed]
        if _is_magnesium(query):
            magnesium.extend(minutes)
            continue
        found, missing = _interactions.lookup_name(query, strict=strict)
        if missing is not None:
            unknown.append(missing)
        for drug in found:
            if drug.atc.startswith(_MAGNESIUM_ATC):
                magnesium.extend(minutes)
                continue
            spacing = tuple(
                r
                for r in drug.records
                if r.direction is Direction.LOWERS_DRUG_ABSORPTION
                and (r.avoid or r.before_h is not None or r.after_h is not None)
            )
            drugs.extend(_Dose(name=drug.name, minute=m, records=spacing) for m in minutes)
    return magnesium, drugs, tuple(unknown)


def _violation(
    record: InteractionRecord, drug: int, magnesium: int
) -> tuple[str, int | None, int]:
    """How the pair breaks the record: (side, required minutes, actual minutes), or ''."""
    drug_first = (magnesium - drug) % MINUTES_PER_DAY  # the drug this long before magnesium
    drug_second = (drug - magnesium) % MINUTES_PER_DAY  # the drug this long after magnesium
    if record.avoid:
        return N_("not recommended together"), None, min(drug_first, drug_second)
    before, after = _window_minutes(record.before_h), _window_minutes(record.after_h)
    if before is not None and drug_first < before:
        return N_("drug before magnesium"), before, drug_first
    if after is not None and drug_second < after:
        return N_("drug after magnesium"), after, drug_second
    return "", None, 0


@attrs.frozen(kw_only=True, repr=False)
class Conflict(Displayable):
    """A drug dose too close to a magnesium dose.

    Attributes
    ----------
    drug
        The drug's English generic name.
    drug_time, magnesium_time
        The two doses.
    side
        ``"drug before magnesium"``, ``"drug after magnesium"`` or
        ``"not recommended together"``.
    required_minutes, actual_minutes
        The window and the gap the schedule leaves (``required`` and
        ``actual`` give them in hours).
    record
        The interaction record that sets the window, with its sources.
    """

    drug: str
    drug_time: dt.time
    magnesium_time: dt.time
    side: str
    required_minutes: int | None
    actual_minutes: int
    record: InteractionRecord

    _derived = ("required", "actual", "sources")

    def _title(self, lang: str) -> str:
        return self.message().render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [
            (text("rule", lang), self.record.management.render(lang)),
            (text("sources", lang), ", ".join(self.sources)),
        ]

    @property
    def required(self) -> PlainQuantity[float] | None:
        """The gap the rule needs. [h]"""
        return None if self.required_minutes is None else _hours(self.required_minutes)

    @property
    def actual(self) -> PlainQuantity[float]:
        """The gap the schedule leaves. [h]"""
        return _hours(self.actual_minutes)

    @property
    def sources(self) -> tuple[str, ...]:
        """Keys of the sources behind the rule."""
        return self.record.sources

    def message(self) -> Msg:
        """Return the conflict in words, to render in English or Danish."""
        fields = {
            "drug": _interactions.drug_label(self.drug),
            "drug_time": f"{self.drug_time:%H:%M}",
            "magnesium_time": f"{self.magnesium_time:%H:%M}",
            "side": msg(self.side),
            "actual": self.actual_minutes / 60,
        }
        if self.required_minutes is None:
            return msg(
                "{drug} at {drug_time} and magnesium at {magnesium_time}: {side}, {actual:g} h",
                **fields,
            )
        return msg(
            "{drug} at {drug_time} and magnesium at {magnesium_time}: {side}, {actual:g} h "
            "(needs {required:g} h)",
            required=self.required_minutes / 60,
            **fields,
        )

    def __str__(self) -> str:
        return self.message().render()


@attrs.frozen(kw_only=True, repr=False)
class ScheduleCheck(Displayable, Tabular):
    """The conflicts of a schedule; ``ok`` when there are none and every name was checked.

    Attributes
    ----------
    conflicts
        Every dose too close to a magnesium dose.
    unknown
        Names the catalogue does not know: not checked, so ``ok`` is False.
    """

    conflicts: tuple[Conflict, ...]
    unknown: tuple[UnknownMedicine, ...] = ()

    _derived = ("ok",)

    def _table_rows(self, lang: str) -> list[dict[str, Any]]:
        """One row per conflict: the medicine, both times, the gap and the gap needed."""
        rows = []
        for conflict in self.conflicts:
            row = conflict.to_dict(lang)
            rows.append({k: v for k, v in row.items() if not isinstance(v, dict)})
        return rows

    def _brief(self) -> str:
        return self._count("en")

    def _count(self, lang: str) -> str:
        count = len(self.conflicts)
        if not count:
            return text("no conflicts", lang)
        if count == 1:
            return msg("{count} conflict", count=count).render(lang)
        return msg("{count} conflicts", count=count).render(lang)

    def _title(self, lang: str) -> str:
        return msg("Schedule: {count}", count=self._count(lang)).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [
            (
                f"{_interactions.drug_label(c.drug).render(lang)} {c.drug_time:%H:%M}",
                c.message().render(lang),
            )
            for c in self.conflicts
        ]
        return lines + [(text("not checked", lang), u.line(lang)) for u in self.unknown]

    @property
    def ok(self) -> bool:
        """Whether no dose breaks a spacing rule and every medicine was checked."""
        return not self.conflicts and not self.unknown


def check_schedule(schedule: Mapping[str, object], *, strict: bool = False) -> ScheduleCheck:
    """Check a day's doses against the magnesium spacing rules.

    Parameters
    ----------
    schedule
        Names (medicines, ``"magnesium"`` or a magnesium compound) mapped to
        times of day: ``"HH:MM"`` strings or :class:`datetime.time`.
    strict
        Raise for a medicine the catalogue does not know, instead of listing
        it in ``unknown``.

    Returns
    -------
    ScheduleCheck
        Every conflict: which doses, which rule and its sources, the gap
        required and the gap left; ``unknown`` for names not checked.

    Raises
    ------
    ScheduleError
        If a time cannot be read.
    UnknownNameError
        With ``strict=True``, if a medicine is not in the catalogue.

    References
    ----------
    .. [1] The sources of each interaction record (NIH ODS, UK SmPC, labels).

    Examples
    --------
    Across midnight, 23:00 and 01:00 are 2 h apart, enough for ciprofloxacin
    taken first:

    >>> check_schedule({"ciprofloxacin": ["23:00"], "magnesium": ["01:00"]}).ok
    True
    """
    magnesium, drugs, unknown = read_doses(schedule, strict=strict)
    conflicts = []
    for dose in drugs:
        for m in magnesium:
            for record in dose.records:
                side, required, actual = _violation(record, dose.minute, m)
                if side:
                    conflicts.append(
                        Conflict(
                            drug=dose.name,
                            drug_time=_time(dose.minute),
                            magnesium_time=_time(m),
                            side=side,
                            required_minutes=required,
                            actual_minutes=actual,
                            record=record,
                        )
                    )
    return ScheduleCheck(conflicts=tuple(conflicts), unknown=unknown)


@attrs.frozen(kw_only=True, repr=False)
class TimeWindow(Displayable):
    """A span of the day, both ends included; it may cross midnight.

    Attributes
    ----------
    start_minute
        Minutes after midnight of the first allowed minute.
    minutes
        How many minutes the window spans after its start (0: a single
        instant; 1439: the whole day).
    """

    start_minute: int
    minutes: int

    _derived = ("start", "end", "duration")

    def _title(self, lang: str) -> str:  # noqa: ARG002 - times read the same in both
        return str(self)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [(text("duration", lang), msg("{hours:g} h", hours=self.minutes / 60).render(lang))]

    @property
    def start(self) -> dt.time:
        """First time of the window."""
        return _time(self.start_minute)

    @property
    def end(self) -> dt.time:
        """Last time of the window."""
        return _time(self.start_minute + self.minutes)

    @property
    def duration(self) -> PlainQuantity[float]:
        """Length of the window. [h]"""
        return _hours(self.minutes)

    def __contains__(self, moment: object) -> bool:
        since_start = minutes_of_day(moment, "moment") - self.start_minute
        return since_start % MINUTES_PER_DAY <= self.minutes

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@attrs.frozen(kw_only=True)
class ForbiddenSpan:
    """Why magnesium may not be taken in a span: one drug dose and its rule."""

    drug: str
    drug_time: dt.time
    record: InteractionRecord
    text: Msg


@attrs.frozen(kw_only=True, repr=False)
class MagnesiumWindows(Displayable):
    """When magnesium may be taken under every rule of a schedule.

    Attributes
    ----------
    allowed
        The allowed spans, from the earliest start after midnight.
    preferred
        The allowed time nearest 20:00, preferring the evening (18:00-22:00;
        the article advises the evening); ``None`` when nothing is allowed.
    forbidden
        Each drug dose's forbidden span and its rule, which explain the gaps.
    explanation
        Plain-language notes, e.g. why there is no allowed time.
    unknown
        Names the catalogue does not know: their rules, if any, are missing.
    """

    allowed: tuple[TimeWindow, ...]
    preferred: dt.time | None
    forbidden: tuple[ForbiddenSpan, ...]
    explanation: tuple[Msg, ...]
    unknown: tuple[UnknownMedicine, ...] = ()

    def _brief(self) -> str:
        return self._summary("en")

    def _summary(self, lang: str) -> str:
        if not self.allowed:
            return text("no allowed time", lang)
        return msg(
            "allowed {spans}; preferred {preferred}",
            spans=", ".join(str(w) for w in self.allowed),
            preferred=f"{self.preferred:%H:%M}",
        ).render(lang)

    def _title(self, lang: str) -> str:
        return msg("Magnesium windows: {summary}", summary=self._summary(lang)).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [(text("why", lang), line.render(lang)) for line in self.explanation]

    def allowed_minutes(self) -> frozenset[int]:
        """Every allowed minute of the day (minutes after midnight)."""
        return frozenset(
            (w.start_minute + k) % MINUTES_PER_DAY
            for w in self.allowed
            for k in range(w.minutes + 1)
        )


def _forbidden_text(dose: _Dose, record: InteractionRecord) -> Msg:
    if record.avoid:
        return msg(
            "{drug}: magnesium not recommended at any time ({rule})",
            drug=_interactions.drug_label(dose.name),
            rule=record.key,
        )
    before, after = _window_minutes(record.before_h), _window_minutes(record.after_h)
    start, end = _time(dose.minute - (after or 0)), _time(dose.minute + (before or 0))
    return msg(
        "{drug} at {time}: no magnesium after {start} and before {end} ({sources})",
        drug=_interactions.drug_label(dose.name),
        time=f"{_time(dose.minute):%H:%M}",
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
        sources=source_keys(record.sources),
    )


def _forbidden_minutes(record: InteractionRecord, drug: int) -> tuple[int, int] | None:
    """Return the minutes (first, last; may pass midnight) a dose forbids magnesium.

    The same rule as :func:`_violation`: magnesium less than ``before`` after
    the drug, or less than ``after`` before it, including the drug's own minute.
    """
    if record.avoid:
        return 0, MINUTES_PER_DAY - 1
    before, after = _window_minutes(record.before_h), _window_minutes(record.after_h)
    first = drug - after + 1 if after else drug
    last = drug + before - 1 if before else drug
    if not (before or after):
        return None
    return first, last


def _allowed(spans: Iterable[tuple[int, int]]) -> list[bool]:
    """Return for each minute of the day whether it is outside every span."""
    diff = [0] * (MINUTES_PER_DAY + 1)
    for first, last in spans:
        if last - first + 1 >= MINUTES_PER_DAY:
            return [False] * MINUTES_PER_DAY
        start, end = first % MINUTES_PER_DAY, last % MINUTES_PER_DAY
        pieces = [(start, end)] if start <= end else [(start, MINUTES_PER_DAY - 1), (0, end)]
        for a, b in pieces:
            diff[a] += 1
            diff[b + 1] -= 1
    allowed, depth = [], 0
    for minute in range(MINUTES_PER_DAY):
        depth += diff[minute]
        allowed.append(depth == 0)
    return allowed


def _runs(allowed: list[bool]) -> tuple[TimeWindow, ...]:
    if all(allowed):
        return (TimeWindow(start_minute=0, minutes=MINUTES_PER_DAY - 1),)
    starts = [m for m in range(MINUTES_PER_DAY) if allowed[m] and not allowed[m - 1]]
    runs = []
    for start in starts:
        length = 0
        while allowed[(start + length + 1) % MINUTES_PER_DAY]:
            length += 1
        runs.append(TimeWindow(start_minute=start, minutes=length))
    return tuple(sorted(runs, key=lambda w: w.start_minute))


def _distance(a: int, b: int) -> int:
    return min((a - b) % MINUTES_PER_DAY, (b - a) % MINUTES_PER_DAY)


def magnesium_windows(schedule: Mapping[str, object], *, strict: bool = False) -> MagnesiumWindows:
    """Return the times of day when magnesium may be taken under every rule.

    Parameters
    ----------
    schedule
        Medicines mapped to times of day, as for :func:`check_schedule`
        (magnesium doses in it are ignored: they are what is being placed).
    strict
        Raise for a medicine the catalogue does not know, instead of listing
        it in ``unknown`` and saying so in the explanation.

    Returns
    -------
    MagnesiumWindows
        Allowed spans (window edges included), the preferred time (evening,
        as the article advises) and what forbids the rest.

    References
    ----------
    .. [1] The sources of each interaction record.
    .. [2] Mænd Online, "Magnesium og muskelkramper": evening timing.

    Examples
    --------
    >>> w = magnesium_windows({"levothyroxine": ["07:00"]})
    >>> [str(s) for s in w.allowed], w.preferred
    (['11:00-03:00'], datetime.time(20, 0))
    """
    _, drugs, unknown = read_doses(schedule, strict=strict)
    forbidden, spans = [], []
    for dose in drugs:
        for record in dose.records:
            forbidden.append(
                ForbiddenSpan(
                    drug=dose.name,
                    drug_time=_time(dose.minute),
                    record=record,
                    text=_forbidden_text(dose, record),
                )
            )
            span = _forbidden_minutes(record, dose.minute)
            if span is not None:
                spans.append(span)
    allowed = _allowed(spans)
    windows = _runs(allowed) if any(allowed) else ()
    explanation = [f.text for f in forbidden]
    preferred = None
    if windows:
        free = [m for m in range(MINUTES_PER_DAY) if allowed[m]]
        evening = [m for m in free if _EVENING[0] <= m <= _EVENING[1]]
        preferred = _time(min(evening or free, key=lambda m: (_distance(m, _TARGET), m)))
        if not evening:
            explanation.append(
                msg("no evening time (18:00-22:00) is allowed; nearest to 20:00 given")
            )
    else:
        explanation.append(
            msg(
                "no time of day is allowed for magnesium under these rules: ask a doctor or "
                "pharmacist whether a dose can move"
            )
        )
    explanation += [
        msg(
            "{name} was not checked (not in the catalogue): ask a pharmacist whether it "
            "needs spacing from magnesium",
            name=u.query,
        )
        for u in unknown
    ]
    return MagnesiumWindows(
        allowed=windows,
        preferred=preferred,
        forbidden=tuple(forbidden),
        explanation=tuple(explanation),
        unknown=unknown,
    )
