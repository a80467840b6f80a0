"""The food table: USDA SR28 magnesium per 100 g, household measures, and names.

Every one of the 8,050 SR28 foods with a magnesium value is here, with
USDA's household measures. A curated list maps plain English and Danish
names ("almonds", "mandler", "havregryn", "rugbrød") to USDA entries, and
adds the portion weights that the origin article defines (a small handful of
almonds is 30 g; 1 dl of coarse oats is 50 g). The large table loads on
first use, so ``import magnesium`` stays fast.

References
----------
.. [1] US Department of Agriculture, Agricultural Research Service, Nutrient
   Data Laboratory (2015). USDA National Nutrient Database for Standard
   Reference, Release 28. Nutrient 304, magnesium.
.. [2] Mænd Online. Magnesium og muskelkramper (consumer article, Danish):
   the portion weights marked ``ARTICLE``.

Examples
--------
>>> from magnesium.foods import find_food
>>> almonds = find_food("mandler")
>>> almonds.description, almonds.mg_per_100g
('Nuts, almonds', 270.0)
>>> almonds.magnesium("30 g")
<Quantity(81.0, 'milligram')>
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _names
from magnesium._display import Displayable
from magnesium._i18n import N_, Msg, msg, text
from magnesium.errors import (
    AmbiguousNameError,
    ArgumentTypeError,
    InvalidAmountError,
    UnitError,
    UnknownNameError,
)
from magnesium.units import (
    _AMOUNT,
    _DAY_VOLUME,
    _FOOD_MASS,
    _MASS,
    _VOLUME,
    _magnitude,
    _quantity,
)

# Portions of one food in one item: this library's bound.
_MAX_PORTIONS: Final = 100

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pint.facets.plain import PlainQuantity

__all__ = ["ARTICLE_FOODS", "ArticleFood", "Food", "Portion", "find_food", "search_foods"]

# US customary volumes of USDA's measure words, in mL (NIST Handbook 44).
_VOLUME_ML: Final[Mapping[str, float]] = MappingProxyType(
    {
        "cup": 236.5882365,
        "tbsp": 14.78676478125,
        "tablespoon": 14.78676478125,
        "tsp": 4.92892159375,
        "teaspoon": 4.92892159375,
        "fl oz": 29.5735295625,
        "pint": 473.176473,
        "quart": 946.352946,
    }
)
# Danish measure words a user may type, mapped to the English USDA word.
_DANISH_MEASURES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "skive": "slice",
        "skiver": "slice",
        "kop": "cup",
        "kopper": "cup",
        "spsk": "tbsp",
        "tsk": "tsp",
        "handfuld": "handful",
        "lille handfuld": "small handful",
        "portion": "portion",
        "portioner": "portion",
    }
)
_DENSITY_TOLERANCE: Final = 0.02  # measures within 2 % of each other agree


@attrs.frozen(kw_only=True)
class Portion:
    """A household measure of one food.

    Attributes
    ----------
    description
        The measure, e.g. ``"cup"``, ``"slice"``, ``"small handful"``.
    grams
        Grams in one measure.
    source
        Source key: ``"USDASR28"`` for USDA's measures, ``"ARTICLE"`` for the
        origin article's portions.
    """

    description: str
    grams: float
    source: str = "USDASR28"


@attrs.frozen(kw_only=True, repr=False)
class Food(Displayable):
    """One USDA SR28 food.

    Attributes
    ----------
    ndb
        USDA NDB number, five digits as text (``"12061"``).
    description
        USDA long description.
    group
        USDA food group.
    mg_per_100g
        Magnesium per 100 g edible portion. [mg/100 g]
    portions
        Household measures: the article's portions first, then USDA's in
        USDA's order.
    names
        The curated English and Danish names that lead here, if any.
    note
        What to know about the mapping from a plain name to this entry.
    """

    ndb: str
    description: str
    group: str
    mg_per_100g: float
    portions: tuple[Portion, ...] = ()
    names: tuple[str, ...] = ()
    note: str = ""
    source: str = "USDASR28"

    def _title(self, lang: str) -> str:
        return msg(
            "{description} (USDA SR28 {ndb}): {mg:g} mg magnesium per 100 g",
            description=self.description,
            ndb=self.ndb,
            mg=self.mg_per_100g,
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        lines = [(text("group", lang), self.group)]
        if self.names:
            lines.append((text("names", lang), ", ".join(self.names)))
        lines += [
            (text("measure", lang), f"1 {p.description} = {p.grams:g} g ({p.source})")
            for p in self.portions
        ]
        if self.note:
            lines.append((text("note", lang), text(self.note, lang)))
        return lines

    def grams(self, amount: object, *, measure: str | None = None) -> tuple[float, Msg]:
        """Return the grams in ``amount`` of this food and how they were found.

        ``amount`` is a mass (``"30 g"``), a volume (``"1 dl"``, converted
        with the density of USDA's cup, tablespoon or teaspoon measure; name
        one with ``measure`` where USDA gives several that differ) or a count
        of a household measure (``"2 slices"``, ``"1 small handful"``).
        """
        if isinstance(amount, str):
            counted = self._count_measure(amount)
            if counted is not None:
                return counted
        try:
            grams = _magnitude(amount, _MASS, name="amount", bounds=_FOOD_MASS) / 1000.0
        except UnitError:
            pass
        else:
            return grams, msg("mass")
        try:
            litres = _magnitude(amount, _VOLUME, name="amount", bounds=_DAY_VOLUME)
        except UnitError:
            examples = ", ".join(f'"1 {p.description}"' for p in self.portions[:3])
            measures = f" such as {examples}" if examples else ""
            message = (
                f'`amount` of "{self.description}" needs a mass such as "30 g", a volume '
                f'such as "1 dl" or a household measure{measures}, got {amount!r}'
            )
            raise UnitError(message) from None
        per_ml, used = self._density(measure)
        return litres * 1000.0 * per_ml, msg(
            'volume, at the density of USDA\'s "{measure}"', measure=used
        )

    def magnesium(self, amount: object, *, measure: str | None = None) -> PlainQuantity[float]:
        """Return the magnesium in ``amount`` of this food. [mg]

        Examples
        --------
        >>> find_food("black beans").magnesium("1 dl")
        <Quantity(50.8..., 'milligram')>
        """
        grams, _ = self.grams(amount, measure=measure)
        return _quantity(self.mg_per_100g * grams / 100.0, "mg")

    def _count_measure(self, text: str) -> tuple[float, Msg] | None:
        match = _AMOUNT.match(text)
        if match is None or not match[2]:
            return None
        wanted = _singular(_DANISH_MEASURES.get(_names.normalize(match[2]), match[2]))
        keyed = [(_singular(p.description), p) for p in self.portions]
        exact = [p for key, p in keyed if key == wanted]
        # "slice" also finds "slice, regular" when that is the only slice measure.
        heads = exact or [p for key, p in keyed if key.startswith(wanted + " ")]
        distinct = {p.grams: p for p in heads}
        if not distinct:
            return None
        if len(distinct) > 1:
            options = [p.description for p in distinct.values()]
            raise AmbiguousNameError(f'measure of "{self.description}"', match[2], options)
        portion = heads[0]
        count = float(match[1].replace(",", "."))
        if not 0 <= count <= _MAX_PORTIONS:
            message = (
                f'`amount` of "{self.description}" needs a count of portions from 0 to '
                f"{_MAX_PORTIONS}, got {text!r}"
            )
            raise InvalidAmountError(message)
        how = msg(
            '{count:g} × "{measure}" ({grams:g} g, {source})',
            count=count,
            measure=portion.description,
            grams=portion.grams,
            source=portion.source,
        )
        return count * portion.grams, how

    def _density(self, measure: str | None) -> tuple[float, str]:
        candidates = []
        for portion in self.portions:
            head = re.split(r"[,(]", portion.description, maxsplit=1)[0].strip()
            if head in _VOLUME_ML and portion.source == "USDASR28":
                candidates.append((portion.grams / _VOLUME_ML[head], portion.description))
        if measure is not None:
            wanted = _names.normalize(measure)
            candidates = [c for c in candidates if _names.normalize(c[1]) == wanted]
        if not candidates:
            message = (
                f"USDA gives no volume measure{f' {measure!r}' if measure else ''} for "
                f'"{self.description}"; give a mass such as "30 g"'
            )
            raise UnitError(message)
        first = candidates[0][0]
        if any(abs(d / first - 1) > _DENSITY_TOLERANCE for d, _ in candidates):
            options = [description for _, description in candidates]
            raise AmbiguousNameError(f'volume measure of "{self.description}"', "", options)
        return candidates[0]


def _singular(text: str) -> str:
    words = _names.normalize(text).split()
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    )


@attrs.frozen
class _Curated:
    ndb: str
    names: tuple[str, ...]
    portions: tuple[Portion, ...] = ()
    note: str = ""


def _article(description: str, grams: float) -> Portion:
    return Portion(description=description, grams=grams, source="ARTICLE")


_RUGBROD_NOTE = N_(
    "Danish rugbrød is not in USDA SR28; pumpernickel (dense whole-rye bread) is the "
    "closest entry. Not checked against a Danish food table."
)

# Plain names of common magnesium-rich foods, English then Danish, with the
# USDA SR28 entry each means. Portions marked ARTICLE come from the article.
_CURATED: Final = (
    _Curated(
        "12061",
        ("almonds", "almond", "mandler", "mandel"),
        (_article("small handful", 30.0), _article("portion", 30.0)),
    ),
    _Curated("12063", ("dry roasted almonds", "ristede mandler")),
    _Curated(
        "08120",
        ("oats", "oat flakes", "rolled oats", "coarse oats", "havregryn", "grovvalsede havregryn"),
        (_article("dl", 50.0), _article("portion", 50.0)),
        N_("The article's 1 dl of coarse oats weighs 50 g; USDA's cup gives 34 g per dl."),
    ),
    _Curated("08121", ("oat porridge", "porridge", "cooked oatmeal", "havregrød", "havregrod")),
    _Curated(
        "16015", ("black beans", "black beans, cooked", "sorte bønner", "kogte sorte bønner")
    ),
    _Curated(
        "11457",
        ("spinach", "raw spinach", "spinach, raw", "spinat", "rå spinat"),
        (_article("portion", 50.0),),
        N_("The article's portion of raw spinach ('about 2 cups') weighs 50 g."),
    ),
    _Curated("11458", ("cooked spinach", "spinach, cooked", "kogt spinat")),
    _Curated(
        "18075", ("whole-wheat bread", "whole-grain bread", "wholemeal bread", "fuldkornsbrød")
    ),
    _Curated(
        "18044", ("pumpernickel", "rugbrød", "rugbrod", "dark rye bread"), note=_RUGBROD_NOTE
    ),
    _Curated("18060", ("rye bread", "light rye bread", "lyst rugbrød")),
    _Curated("18348", ("whole-wheat roll", "whole-grain roll", "fuldkornsbolle", "grovbolle")),
    _Curated("18069", ("white bread", "franskbrød", "hvidt brød")),
    _Curated("12016", ("pumpkin seeds", "pepitas", "græskarkerner")),
    _Curated("12006", ("chia seeds", "chia", "chiafrø")),
    _Curated("12085", ("cashews", "cashew nuts", "cashewnødder")),
    _Curated("12036", ("sunflower seeds", "solsikkekerner")),
    _Curated("12220", ("flaxseed", "linseed", "hørfrø")),
    _Curated("12023", ("sesame seeds", "sesamfrø")),
    _Curated("12155", ("walnuts", "valnødder")),
    _Curated("12120", ("hazelnuts", "hasselnødder")),
    _Curated("12078", ("brazil nuts", "paranødder")),
    _Curated("16087", ("peanuts", "jordnødder")),
    _Curated("16098", ("peanut butter", "peanutbutter", "jordnøddesmør")),
    _Curated("19904", ("dark chocolate", "mørk chokolade")),
    _Curated("19165", ("cocoa powder", "cocoa", "kakao", "kakaopulver")),
    _Curated("20037", ("brown rice", "brown rice, cooked", "brune ris")),
    _Curated("20137", ("quinoa", "quinoa, cooked", "kogt quinoa")),
    _Curated("20008", ("buckwheat", "boghvede")),
    _Curated("20077", ("wheat bran", "hvedeklid")),
    _Curated("20033", ("oat bran", "havreklid")),
    _Curated("08147", ("shredded wheat",)),
    _Curated("16033", ("kidney beans", "kidneybønner")),
    _Curated("16057", ("chickpeas", "kikærter")),
    _Curated("16070", ("lentils", "linser")),
    _Curated("11212", ("edamame", "edamamebønner")),
    _Curated("16426", ("tofu", "firm tofu")),
    _Curated("16139", ("soy milk", "soymilk", "sojamælk", "sojadrik")),
    _Curated("11674", ("baked potato", "bagt kartoffel")),
    _Curated("09037", ("avocado", "avocados")),
    _Curated("09040", ("banana", "bananas", "banan")),
    _Curated("09094", ("dried figs", "tørrede figner")),
    _Curated("09421", ("dates", "medjool dates", "dadler")),
    _Curated("11090", ("broccoli",)),
    _Curated("11233", ("kale", "grønkål")),
    _Curated("11147", ("swiss chard", "chard", "bladbede")),
    _Curated("01077", ("milk", "whole milk", "sødmælk", "mælk")),
    _Curated("01117", ("yogurt", "yoghurt", "low-fat yogurt")),
    _Curated("15237", ("salmon", "laks")),
    _Curated("15046", ("mackerel", "makrel")),
    _Curated("14209", ("coffee", "kaffe")),
)


@functools.cache
def _table() -> tuple[dict[str, tuple[str, str, float]], dict[str, list[Portion]]]:
    """Parse the generated USDA module once, on first use."""
    from magnesium import _usda_sr28  # noqa: PLC0415 - deferred: 1 MB of data

    foods = {}
    for line in _usda_sr28.FOODS.splitlines():
        ndb, description, group, mg = line.split("\t")
        foods[ndb] = (description, group, float(mg))
    portions: dict[str, list[Portion]] = {}
    for line in _usda_sr28.PORTIONS.splitlines():
        ndb, amount, description, grams = line.split("\t")
        portion = Portion(description=description, grams=float(grams) / float(amount))
        portions.setdefault(ndb, []).append(portion)
    return foods, portions


_CURATED_BY_NDB: Final = MappingProxyType({c.ndb: c for c in _CURATED})
_CURATED_NAMES: Final = MappingProxyType(
    {_names.normalize(name): c.ndb for c in _CURATED for name in c.names}
)


@functools.cache
def _food(ndb: str) -> Food:
    foods, portions = _table()
    description, group, mg = foods[ndb]
    curated = _CURATED_BY_NDB.get(ndb)
    return Food(
        ndb=ndb,
        description=description,
        group=group,
        mg_per_100g=mg,
        portions=(*(curated.portions if curated else ()), *portions.get(ndb, ())),
        names=curated.names if curated else (),
        note=curated.note if curated else "",
    )


@functools.cache
def _descriptions() -> dict[str, str]:
    return {_names.normalize(d): ndb for ndb, (d, _, _) in _table()[0].items()}


def find_food(name: str) -> Food:
    """Find a food by plain name, USDA NDB number or USDA description.

    Parameters
    ----------
    name
        A curated English or Danish name (``"almonds"``, ``"mandler"``), a
        USDA NDB number (``"12061"``) or a USDA long description
        (``"Nuts, almonds"``); case, accents and punctuation do not matter.

    Returns
    -------
    Food
        The USDA SR28 entry.

    Raises
    ------
    UnknownNameError
        If nothing has this name; ``candidates`` holds close names and
        descriptions (see also :func:`search_foods`).

    References
    ----------
    .. [1] USDA ARS (2015). National Nutrient Database for Standard Reference,
       Release 28.

    Examples
    --------
    >>> find_food("havregryn").description
    'Cereals, oats, regular and quick, not fortified, dry'
    >>> find_food("16015").mg_per_100g
    70.0
    """
    if not isinstance(name, str):
        message = f"`name` needs a food name such as 'almonds', got {name!r}"
        raise ArgumentTypeError(message)
    key = _names.normalize(name)
    ndb = _CURATED_NAMES.get(key)
    if ndb is None and key.isdigit() and key.zfill(5) in _table()[0]:
        ndb = key.zfill(5)
    if ndb is None:
        ndb = _descriptions().get(key)
    if ndb is None:
        every_name = [n for c in _CURATED for n in c.names]
        suggestions = _names.suggest(name, every_name, n=3)
        suggestions += [f.description for f in search_foods(name, limit=3)]
        raise UnknownNameError("food", name, suggestions)
    return _food(ndb)


@functools.cache
def _search_index() -> tuple[tuple[tuple[bool, int, str], tuple[str, ...]], ...]:
    """Each food's sort key (curated first, shorter first) and its words, built once."""
    index = []
    for ndb, (description, _, _) in _table()[0].items():
        curated = _CURATED_BY_NDB.get(ndb)
        text = _names.normalize(" ".join((description, *(curated.names if curated else ()))))
        index.append(((curated is None, len(description), ndb), tuple(text.split())))
    return tuple(index)


def search_foods(query: str, *, limit: int = 10) -> tuple[Food, ...]:
    """Return foods whose curated names or USDA description hold every word of ``query``.

    Curated foods come first, then shorter descriptions (the plainer entry).

    Examples
    --------
    >>> [f.ndb for f in search_foods("almonds", limit=3)]
    ['12061', '12063', ...]
    """
    if not isinstance(query, str):
        message = f"`query` needs words such as 'almonds', got {query!r}"
        raise ArgumentTypeError(message)
    words = _names.normalize(query).split()
    if not words:
        return ()
    hits = [
        rank
        for rank, haystack in _search_index()
        if all(any(h.startswith(w) for h in haystack) for w in words)
    ]
    hits.sort()
    return tuple(_food(ndb) for _, _, ndb in hits[:limit])


@attrs.frozen(kw_only=True)
class ArticleFood:
    """A row of the origin article's food table, to set beside USDA's figure.

    Attributes
    ----------
    food
        A curated food name.
    amount
        The article's portion, as an amount :meth:`Food.magnesium` reads.
    article_mg
        What the article says the portion holds. [mg]
    """

    food: str
    amount: str
    article_mg: float
    source: str = "ARTICLE"

    def usda_mg(self) -> PlainQuantity[float]:
        """USDA SR28's magnesium for the same portion. [mg]"""
        return find_food(self.food).magnesium(self.amount)


#: The article's food table ("Kostkilder"), for comparison with USDA SR28.
ARTICLE_FOODS: Final = (
    ArticleFood(food="almonds", amount="30 g", article_mg=80.0),
    ArticleFood(food="coarse oats", amount="1 dl", article_mg=65.0),
    ArticleFood(food="black beans", amount="1 dl", article_mg=60.0),
    ArticleFood(food="raw spinach", amount="50 g", article_mg=40.0),
    ArticleFood(food="whole-grain bread", amount="2 slices", article_mg=30.0),
)
