"""Internal: intake items, one thing eaten, drunk or taken, and the functions that make them.

Public through :mod:`magnesium.intake`, where they are documented. An item's
record (``to_dict``) is read back strictly: its figure is computed again.
"""

from __future__ import annotations

import enum
import math
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _records, _units
from magnesium._display import Displayable
from magnesium._i18n import LANGUAGES, N_, Msg, msg, name_text, text
from magnesium.errors import ArgumentTypeError, InvalidRecordError, MagnesiumError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pint.facets.plain import PlainQuantity

    from magnesium._units import Amount
    from magnesium.compounds import Compound

CEILING_SOURCE: Final = "SCF2001"
_ELEMENTAL: Final = " elemental"  # an amount given as elemental magnesium, as the item shows it
# The version of IntakeItem.to_dict's layout: raise it when a field changes meaning.
ITEM_SCHEMA: Final = "magnesium.IntakeItem/1"


class ItemKind(enum.StrEnum):
    """What an intake item is; all but food count toward the ceiling."""

    FOOD = "food"
    SUPPLEMENT = "supplement"
    WATER = "water"
    MEDICINE = "medicine"


@attrs.frozen(kw_only=True, repr=False)
class IntakeItem(Displayable):
    """One thing eaten, drunk or taken, with its elemental magnesium.

    Make items with :func:`food`, :func:`supplement`, :func:`water` and
    :func:`medicine`.

    Attributes
    ----------
    kind
        Food, supplement, water or medicine.
    name
        What it is, as found: a USDA description, a compound name or a label.
    amount
        The amount as given, as text.
    elemental_mg
        Elemental magnesium. [mg] (``elemental`` gives it as a Quantity)
    counts_toward_ceiling
        Whether it counts toward the supplemental upper level.
    explanation
        How the figure was found.
    assumptions
        What was assumed (a default compound form, a mapped food name).
    sources
        Keys of :data:`magnesium.sources.SOURCES` behind the figure.
    food_id
        For a food: its table and id, ``"usda:12061"`` or ``"frida:1670"``.
    """

    kind: ItemKind
    name: str
    amount: str
    elemental_mg: float
    counts_toward_ceiling: bool
    explanation: Msg
    assumptions: tuple[Msg, ...] = ()
    sources: tuple[str, ...] = ()
    food_id: str | None = None
    # The inputs :func:`food` and friends computed ``elemental_mg`` from.
    # attrs.evolve copies it, so an item whose inputs were changed
    # (evolve(item, amount="60 g")) is refused instead of keeping the old
    # figure. None for items built by hand or read with from_dict.
    _computed_from: tuple[object, ...] | None = attrs.field(
        default=None, eq=False, repr=False, alias="_computed_from", metadata={"internal": True}
    )

    _derived = ("elemental",)

    def __attrs_post_init__(self) -> None:
        if self._computed_from not in (None, _figure_inputs(self)):
            _, name, amount, mg, *_ = self._computed_from
            message = (
                f"IntakeItem: its {mg:g} mg were computed for {amount!r} of {name!r}; "
                "an item with another kind, name, amount or figure is made anew with "
                "magnesium.food, supplement, water or medicine, not with attrs.evolve"
            )
            raise InvalidRecordError(message)

    @property
    def elemental(self) -> PlainQuantity[float]:
        """Elemental magnesium. [mg]"""
        return _units.quantity(self.elemental_mg, "mg")

    def _title(self, lang: str) -> str:
        return msg(
            "{kind}: {name} ({amount}), {mg:.1f} mg",
            kind=self.kind,
            name=name_text(self.name, lang),
            amount=amount_text(self.amount, lang),
            mg=self.elemental_mg,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        ceiling = text("yes", lang) if self.counts_toward_ceiling else text("no (food)", lang)
        lines = [
            (text("elemental", lang), msg("{mg:.1f} mg", mg=self.elemental_mg).render(lang)),
            (text("counts toward the ceiling", lang), ceiling),
            (text("how", lang), self.explanation.render(lang)),
        ]
        lines += [(text("assumed", lang), a.render(lang)) for a in self.assumptions]
        return [*lines, (text("sources", lang), ", ".join(self.sources))]

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """Return the item as JSON-ready types, texts in ``lang``, with its schema version.

        ``schema`` is ``"magnesium.IntakeItem/1"``; :meth:`from_dict` reads this
        version (and records without the key, as written before it existed).
        """
        return {"schema": ITEM_SCHEMA, **super().to_dict(lang=lang)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IntakeItem:
        """Rebuild an item from :meth:`to_dict` output (e.g. stored as JSON).

        The record is read strictly, as data that may have been edited: every
        field is required (``food_id`` only for foods, and not in records
        written before it existed), a key that is not a field is refused, and
        the figure is computed again from the kind, name and amount (a food
        from its table and id, a salt from its formula, a drink from its
        volume within the bounds of :func:`water`) and must agree with
        ``elemental_mg``; ``counts_toward_ceiling`` must be what the kind
        says (everything but food counts). Anything else raises
        :class:`~magnesium.errors.InvalidRecordError` naming the field.
        ``from_dict(item.to_dict()) == item`` for every item the library makes.

        Examples
        --------
        >>> item = food("almonds", "30 g")
        >>> IntakeItem.from_dict(item.to_dict()) == item
        True
        """
        record = _records.Record(data, "IntakeItem")
        record.schema(ITEM_SCHEMA)
        record.only({*(f.alias for f in attrs.fields(cls) if not f.metadata), *_ITEM_EXTRA})
        kind = record.text("kind")
        if kind not in {k.value for k in ItemKind}:
            record.fail("kind", f"one of {', '.join(k.value for k in ItemKind)}", kind)
        item = cls(
            kind=ItemKind(kind),
            name=record.text("name"),
            amount=record.text("amount"),
            elemental_mg=record.number("elemental_mg"),
            counts_toward_ceiling=record.flag("counts_toward_ceiling"),
            explanation=Msg(record.text("explanation"), verbatim=True),
            assumptions=tuple(Msg(a, verbatim=True) for a in record.texts("assumptions")),
            sources=record.texts("sources"),
            food_id=record.optional_text("food_id"),
        )
        if item.counts_toward_ceiling is (item.kind is ItemKind.FOOD):
            expected = "false for a food" if item.kind is ItemKind.FOOD else "true for a " + kind
            record.fail("counts_toward_ceiling", expected, item.counts_toward_ceiling)
        again = _check_figure(item, record)
        if "elemental" in record.data and record.data["elemental"] != item.to_dict()["elemental"]:
            record.fail("elemental", "the same milligrams as `elemental_mg`", data["elemental"])
        # The item computed again is the one written when the record is its
        # to_dict in some language: then even its texts are the library's own.
        for lang in LANGUAGES:
            written = again.to_dict(lang)
            if written == {**written, **record.data}:
                return again
        # Texts the library cannot make again (an assumption about what a name
        # was read as) are kept as written; the figure is checked, so guarded.
        return attrs.evolve(item, _computed_from=_figure_inputs(item))


# Keys of to_dict that are not fields: the schema and the derived Quantity.
_ITEM_EXTRA: Final = ("schema", "elemental")
_FIGURE_TOLERANCE: Final = 1e-12  # relative: JSON keeps a float exactly; a few ulps


def _check_figure(item: IntakeItem, record: _records.Record) -> IntakeItem:
    """Return the item computed again from the record; refuse a figure that differs."""
    try:
        again = _recomputed(item, record)
    except InvalidRecordError:
        raise  # names its own field
    except MagnesiumError as error:
        message = (
            f"IntakeItem.from_dict: fields `kind`, `name` and `amount` give no figure: {error}"
        )
        raise InvalidRecordError(message) from error
    if not math.isclose(item.elemental_mg, again.elemental_mg, rel_tol=_FIGURE_TOLERANCE):
        record.fail(
            "elemental_mg",
            f"{again.elemental_mg!r} (computed again from kind, name and amount)",
            item.elemental_mg,
        )
    return again


def _recomputed(item: IntakeItem, record: _records.Record) -> IntakeItem:
    if item.kind is ItemKind.FOOD:
        from magnesium import foods  # noqa: PLC0415 - the food tables' code, with the first food

        if item.food_id is None:  # a record written before food_id: by name and source
            table = foods.FRIDA if any(k.startswith("FRIDA") for k in item.sources) else None
            return food(item.name, item.amount, table=table)
        table, _, ndb = item.food_id.partition(":")
        if table not in foods.food_tables() or not ndb:
            record.fail("food_id", 'a table and id such as "usda:12061"', item.food_id)
        return food(ndb, item.amount, table=table)
    if item.food_id is not None:
        record.fail("food_id", "null for a " + item.kind.value, item.food_id)
    if item.kind is ItemKind.WATER:
        litres = _units.magnitude(
            item.amount, _units.VOLUME, name="amount", bounds=_units.DAY_VOLUME
        )
        per_litre = item.elemental_mg / litres if litres else 0.0
        return water(item.amount, magnesium=f"{per_litre!r} mg/L", label=item.name)
    name = None if item.name == "magnesium" else item.name
    if item.amount.endswith(_ELEMENTAL):
        return _salt(item.kind, name, None, item.amount.removesuffix(_ELEMENTAL))
    return _salt(item.kind, name, item.amount, None)


# The fields an item's figure follows from.
_FIGURE_FIELDS: Final = (
    "kind",
    "name",
    "amount",
    "elemental_mg",
    "counts_toward_ceiling",
    "food_id",
)


def _figure_inputs(item: IntakeItem) -> tuple[object, ...]:
    return tuple(getattr(item, name) for name in _FIGURE_FIELDS)


def _compound(name: str) -> tuple[Compound, bool]:
    """Return the compound a name means and whether a default form was assumed.

    The compounds load with the first one named: a day given in elemental
    magnesium never needs them.
    """
    from magnesium.compounds import _compounds  # noqa: PLC0415

    return _compounds.resolve_compound(name)


def _computed_item(**fields: Any) -> IntakeItem:
    """Make an item whose figure was computed here (guarded against a stale evolve)."""
    return IntakeItem(**fields, _computed_from=tuple(fields.get(n) for n in _FIGURE_FIELDS))


def _text(amount: object) -> str:
    return amount.strip() if isinstance(amount, str) else f"{amount:~P}"


def food(
    name: str,
    amount: Amount,
    *,
    measure: str | None = None,
    table: str | None = None,
    lang: str | None = None,
) -> IntakeItem:
    """Return an intake item for an amount of a food.

    Parameters
    ----------
    name
        A plain English or Danish name, a USDA NDB number or description
        (see :func:`magnesium.foods.find_food`).
    amount
        A mass (``"30 g"``), a volume (``"1 dl"``) or a household measure
        (``"2 slices"``, ``"1 small handful"``).
    measure
        For a volume: which USDA volume measure gives the density, where USDA
        has several that differ (``"cup, whole"``).
    table
        ``"usda"`` or ``"frida"``; by default a Danish name resolves in Frida
        (the Danish food table) and an English one in USDA SR28. The item says
        which table, food id and release its value came from.
    lang
        ``"en"`` or ``"da"``: the name's language where its words do not say;
        a Danish measure in ``amount`` ("1 stk", "2 skiver") says Danish.

    A name the tables do not hold as typed is searched, and read as the top
    hit when that is clearly ahead; the item then says what it was read as
    (see :func:`magnesium.foods.find_food`).

    Returns
    -------
    IntakeItem
        A food item; it never counts toward the ceiling.

    References
    ----------
    .. [1] USDA ARS (2015). National Nutrient Database for Standard Reference,
       Release 28.

    Examples
    --------
    >>> food("almonds", "30 g").elemental
    <Quantity(81.0, 'milligram')>
    >>> food("whole-grain bread", "2 slices").elemental
    <Quantity(48.0, 'milligram')>
    >>> print(food("mandler", "30 g").explanation)
    Frida 35 (May 2025 release): 263.8 mg/100 g × 30 g (mass)
    """
    # The food code (about 5 ms of magnesium's own 45 ms cold start) loads with the
    # first food, not with every intake: a day of supplements never needs it.
    from magnesium import foods  # noqa: PLC0415

    entry, searched = foods.resolve(name, table=table, lang=lang or foods.measure_language(amount))
    grams, how = entry.grams(amount, measure=measure)
    sources = (entry.source, "ARTICLE") if "ARTICLE" in str(how) else (entry.source,)
    explanation = msg(
        "USDA SR28 {ndb}: {per_100g:g} mg/100 g × {grams:.4g} g ({how})",
        ndb=entry.ndb,
        per_100g=entry.mg_per_100g,
        grams=grams,
        how=how,
    )
    if entry.table == foods.FRIDA:
        explanation = msg(
            "Frida {ndb} ({release}): {per_100g:.1f} mg/100 g × {grams:.4g} g ({how})",
            ndb=entry.ndb,
            release=msg(entry.release),
            per_100g=entry.mg_per_100g,
            grams=grams,
            how=how,
        )
    assumptions = [msg(note) for note in (foods.read_as(name), entry.note) if note]
    if searched is not None:
        assumptions.insert(0, searched)
    return _computed_item(
        kind=ItemKind.FOOD,
        name=entry.description,
        amount=_text(amount),
        elemental_mg=entry.mg_per_100g * grams / 100.0,
        counts_toward_ceiling=False,
        explanation=explanation,
        assumptions=tuple(assumptions),
        sources=sources,
        food_id=f"{entry.table}:{entry.ndb}",
    )


def _salt(kind: ItemKind, name: str | None, amount: object, elemental: object) -> IntakeItem:
    """Shared body of :func:`supplement` and :func:`medicine`."""
    if (amount is None) == (elemental is None):
        message = (
            f"a {kind.value} needs either the compound mass, e.g. "
            f"{kind.value}('magnesium citrate', '1.5 g'), or `elemental`, e.g. "
            f"{kind.value}('magnesium citrate', elemental='250 mg'), not both or neither"
        )
        raise ArgumentTypeError(message)
    if elemental is not None:
        mg = _units.magnitude(
            elemental, _units.MAGNESIUM, name="elemental", bounds=_units.ITEM_ELEMENTAL
        )
        label = _compound(name)[0].name if name is not None else "magnesium"
        return _computed_item(
            kind=kind,
            name=label,
            amount=_text(elemental) + _ELEMENTAL,
            elemental_mg=mg,
            counts_toward_ceiling=True,
            explanation=msg("{mg:g} mg elemental magnesium as labelled", mg=mg),
            sources=(CEILING_SOURCE,),
        )
    if name is None:
        message = f"a {kind.value} given as compound mass needs the compound's name"
        raise ArgumentTypeError(message)
    entry, assumed = _compound(name)
    mass = _units.magnitude(amount, _units.MASS, name="amount", bounds=_units.ITEM_COMPOUND)
    fraction = entry.magnesium_fraction
    formula = entry.formula or msg("mixed salt")
    return _computed_item(
        kind=kind,
        name=entry.name,
        amount=_text(amount),
        elemental_mg=mass * fraction,
        counts_toward_ceiling=True,
        explanation=msg(
            "{mass:g} mg {name} ({formula}) × {percent:.2f} % magnesium",
            mass=mass,
            name=msg(entry.name),
            formula=formula,
            percent=fraction * 100,
        ),
        assumptions=(
            (
                msg(
                    '"{given}" read as {name}: {note}',
                    given=name,
                    name=msg(entry.name),
                    note=msg(entry.default_reason),
                ),
            )
            if assumed
            else ()
        ),
        sources=(*entry.sources, CEILING_SOURCE),
    )


def supplement(
    compound: str | None = None, amount: Amount | None = None, *, elemental: Amount | None = None
) -> IntakeItem:
    """Return an intake item for a magnesium supplement.

    Give either the compound and its mass, which is converted to elemental
    magnesium from the formula, or the elemental amount from the label.

    Parameters
    ----------
    compound
        A compound name (see :func:`magnesium.compound`); optional with
        ``elemental``.
    amount
        Mass of the compound, e.g. ``"1.5 g"``. [mass]
    elemental
        Elemental magnesium, e.g. ``"100 mg"`` or ``"4 mmol"``.

    Returns
    -------
    IntakeItem
        A supplement item; it counts toward the ceiling.

    References
    ----------
    .. [1] IUPAC (2022), standard atomic weights 2021.
    .. [2] SCF (2001): supplements count toward the upper level.

    Examples
    --------
    >>> supplement("magnesium citrate", "1.5 g").elemental
    <Quantity(242.4..., 'milligram')>
    >>> supplement("magnesium bisglycinate", elemental="100 mg").elemental
    <Quantity(100.0, 'milligram')>
    """
    return _salt(ItemKind.SUPPLEMENT, compound, amount, elemental)


def medicine(
    name: str, amount: Amount | None = None, *, elemental: Amount | None = None
) -> IntakeItem:
    """Return an intake item for a magnesium medicine (antacid or laxative).

    Parameters
    ----------
    name
        The magnesium compound in the medicine, e.g. ``"magnesium hydroxide"``
        or ``"milk of magnesia"``.
    amount
        Mass of the compound. [mass]
    elemental
        Elemental magnesium instead of ``amount``.

    Returns
    -------
    IntakeItem
        A medicine item; it counts toward the ceiling.

    References
    ----------
    .. [1] SCF (2001); the article: antacids and laxatives count.

    Examples
    --------
    >>> medicine("magnesium hydroxide", "500 mg").elemental
    <Quantity(208.4..., 'milligram')>
    """
    return _salt(ItemKind.MEDICINE, name, amount, elemental)


def water(volume: Amount, *, magnesium: Amount, label: str = N_("water or drink")) -> IntakeItem:
    """Return an intake item for mineral water or a drink with magnesium.

    Parameters
    ----------
    volume
        How much was drunk, e.g. ``"1.5 L"``. [volume]
    magnesium
        Its magnesium concentration, e.g. ``"100 mg/L"`` or ``"4 mmol/L"``.
    label
        A name for the drink.

    Returns
    -------
    IntakeItem
        A water item; it counts toward the ceiling (the SCF's scope covers
        magnesium in water and added to drinks).

    References
    ----------
    .. [1] SCF (2001); EFSA NDA Panel (2018) for the scope wording.

    Examples
    --------
    >>> water("1.5 L", magnesium="100 mg/L").elemental
    <Quantity(150.0, 'milligram')>
    """
    litres = _units.magnitude(volume, _units.VOLUME, name="volume", bounds=_units.DAY_VOLUME)
    mg_per_l = _units.magnitude(
        magnesium, _units.CONCENTRATION, name="magnesium", bounds=_units.DRINK_CONCENTRATION
    )
    return _computed_item(
        kind=ItemKind.WATER,
        name=label,
        amount=_text(volume),
        elemental_mg=litres * mg_per_l,
        counts_toward_ceiling=True,
        explanation=msg("{litres:g} L × {mg_per_l:g} mg/L", litres=litres, mg_per_l=mg_per_l),
        sources=(CEILING_SOURCE,),
    )


def amount_text(amount: str, lang: str) -> str:
    """Return an item's amount as given, its "elemental" in the reader's language."""
    if amount.endswith(_ELEMENTAL):
        return f"{amount.removesuffix(_ELEMENTAL)} {text('elemental', lang)}"
    return amount
