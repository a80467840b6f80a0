"""Internal: a food found by name, id or search, in the language of the query.

The exact lookup first (a curated name in any form of its words, an id, a
table's own name), then the ranked search over both tables (``_search``),
of which :func:`find_food` reads the top hit only when it is clearly ahead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple, overload

import attrs

from magnesium import _names
from magnesium._display import Displayable
from magnesium._i18n import Msg, check_lang, msg, plural
from magnesium.errors import (
    ArgumentTypeError,
    InvalidAmountError,
    UnknownChoiceError,
    UnknownNameError,
)
from magnesium.foods import _search
from magnesium.foods._food import Food, frida_food, usda_food
from magnesium.foods._tables import (
    FRIDA,
    USDA,
    curation,
    descriptions,
    frida_names,
    frida_table,
    home_tables,
    table_of,
    usda_table,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd

__all__: list[str] = []


def find_food(name: str, *, table: str | None = None, lang: str | None = None) -> Food:
    """Find a food by plain name, id or the table's own name, in USDA SR28 or Frida.

    Parameters
    ----------
    name
        A curated English or Danish name (``"almonds"``, ``"mandler"``), a
        USDA NDB number (``"12061"``), a USDA long description (``"Nuts,
        almonds"``) or a Frida name (``"Mandel, rå"``); case, accents and
        punctuation do not matter.
    table
        ``"usda"`` or ``"frida"``; by default a Danish name (a curated Danish
        alias or a Frida name) resolves in Frida and an English one in USDA
        SR28. With ``table="frida"`` an id is a Frida FoodID.
    lang
        ``"en"`` or ``"da"``: the name's language, where its words do not say.

    A name that is none of these is searched (:func:`search_foods`), and the
    top hit is taken only when it is clearly ahead: it holds every typed word
    and scores at least 1.15 times every other hit whose magnesium differs
    from its own by more than 5 %.

    Returns
    -------
    Food
        The entry, which says its table, id and release.

    Raises
    ------
    UnknownNameError
        If nothing has this name, or no hit is clearly ahead; ``candidates``
        holds the best hits (see also :func:`search_foods`).
    UnknownChoiceError
        If ``table`` is neither ``"usda"`` nor ``"frida"``.

    References
    ----------
    .. [1] USDA ARS (2015). National Nutrient Database for Standard Reference,
       Release 28.
    .. [2] Frida Food Data / Fødevaredata, May 2025 release, DTU.

    Examples
    --------
    >>> find_food("havregryn").description
    'Havregryn, uspec.'
    >>> find_food("havregryn", table="usda").description
    'Cereals, oats, regular and quick, not fortified, dry'
    >>> find_food("16015").mg_per_100g
    70.0
    """
    return resolve(name, table=table, lang=lang)[0]


def resolve(
    name: object, *, table: object = None, lang: str | None = None
) -> tuple[Food, Msg | None]:
    """Return the food a name means and, if it came from the search, what it was read as."""
    if not isinstance(name, str):
        message = f"`name` needs a food name such as 'almonds', got {_names.shown(name)}"
        raise ArgumentTypeError(message)
    chosen = table_of(table)
    found = _lookup_food(_names.normalize(name), chosen, lang)
    if found is not None:
        return found, None
    hits = _ranked(name, chosen, lang, _CANDIDATES)
    index = _food_index()
    foods = [_hit_food(index.keys[h.doc]) for h in hits]
    typed_words = dict.fromkeys(_search.words(name))  # each once, in order
    # a name of one- and two-letter words ("b") is too short to be read by the search
    named = any(len(w) >= _search.MIN_STEM for w in typed_words)
    if named and hits and _holds_the_name(index, name, hits[0]) and _clearly_ahead(hits, foods):
        top = foods[0]
        how = msg(
            '"{name}" read as {food} ({table} {id}), the clear best match',
            name=name,
            food=top.description,
            table=_TABLE_NAMES[top.table],
            id=top.ndb,
        )
        return top, how
    either = _either(name, chosen, lang)
    if either is not None:
        return either
    typed_set = set(typed_words)
    candidates = [_candidate(f, typed_set) for f in foods]
    raise UnknownNameError("food", name, list(dict.fromkeys(candidates)))


def _either(name: str, table: str | None, lang: str | None) -> tuple[Food, Msg] | None:
    """Read a name that offers two, as tables print them ("Edamame/baby soy beans, cooked").

    The part with a slash is read as each of its names in turn, the rest of
    the name kept; the food is used when the names that resolve agree on it.
    """
    parts = name.split(",")
    slashed = next((i for i, part in enumerate(parts) if _SLASH.search(part)), None)
    if slashed is None:
        return None
    options = [o for o in _SLASH.split(parts[slashed]) if o.strip()]
    if len(options) < 2 or any(len(o.strip()) < _search.MIN_STEM for o in options):
        return None  # "almonds/" or "a/b": no two names
    found: dict[tuple[str, str], Food] = {}
    for option in options:
        variant = ",".join([*parts[:slashed], option, *parts[slashed + 1 :]])
        try:
            food, _ = resolve(variant, table=table, lang=lang)
        except UnknownNameError:
            continue
        found[food.table, food.ndb] = food
    if len(found) != 1:
        return None
    (food,) = found.values()
    return food, msg(
        '"{name}" read as {food} ({table} {id}), the clear best match',
        name=name,
        food=food.description,
        table=_TABLE_NAMES[food.table],
        id=food.ndb,
    )


# A slash between two names ("black-eyed peas/cowpeas"), not USDA's "w/" and "w/o".
_SLASH: Final = re.compile(r"(?<!\bw)/", re.IGNORECASE)


def _holds_the_name(index: _FoodIndex, name: str, hit: _search.Hit) -> bool:
    """Return whether a hit holds every typed word but those of form or choice ("whole", "or")."""
    return set(index.ranker.unheld(name, hit.doc)) <= _FORM_WORDS | _LINKING_WORDS


def _candidate(food: Food, typed: set[str]) -> str:
    """Name a hit as a suggestion: a curated name that shares a typed word, else its own."""
    for name in food.names:
        if typed & set(_search.words(name)):
            return name
    return food.description


_CANDIDATES: Final = 5
# Words of how a food is cut or measured ("avocado, cubed"), which the tables keep in
# their measures: a name need not hold them.
_FORM_WORDS: Final = frozenset(
    _search.words("cubed cubes diced chopped sliced shredded mashed whole medium large small")
)
# Words that offer two names ("pumpkin or squash seeds"): a name need not hold them.
_LINKING_WORDS: Final = frozenset(_search.words("or eller"))
_TABLE_NAMES: Final = MappingProxyType({USDA: "USDA SR28", FRIDA: "Frida"})
# Hits within 5 % of the top hit's magnesium per 100 g give the same answer (less
# than the tables' own uncertainty): they do not stand in the way of reading the top
# one ("with salt" / "without salt", raw / dry roasted almonds).
_SAME_MAGNESIUM: Final = 0.05


def _clearly_ahead(hits: list[_search.Hit], foods: list[Food]) -> bool:
    """Return whether the top hit leads every other that would give another answer.

    It must score at least :data:`MARGIN` times each hit whose magnesium per
    100 g differs from the top one's by more than 5 %.
    """
    top_score, top_mg = hits[0].score, foods[0].mg_per_100g
    for hit, food in zip(hits[1:], foods[1:], strict=True):
        same = abs(food.mg_per_100g - top_mg) <= _SAME_MAGNESIUM * max(top_mg, 1.0)
        if not same and top_score < MARGIN * hit.score:
            return False
    return True


def _lookup_food(  # noqa: PLR0911 - one return per rule
    key: str, table: str | None, lang: str | None = None
) -> Food | None:
    """Return the food a normalised name means in ``table`` (None: by its language).

    A curated name as typed, or in another form of its words ("mandlerne",
    "rugbroed"); an id; a table's own name.
    """
    curated_names = curation()
    danish, english = curated_names.danish.get(key), curated_names.english.get(key)
    if danish is None and english is None:  # another form of a curated name's words
        folded = " ".join(_search.words(key))
        danish, english = (
            curated_names.danish_folded.get(folded),
            curated_names.english_folded.get(folded),
        )
        if danish is not None and english is not None and lang != "da":
            danish = None  # both languages' names: English, as a tie of words reads
    curated = danish or english
    if curated is not None:
        danish_wanted = danish is not None or not curated.ndb or lang == "da"
        wants_frida = table == FRIDA or (table is None and danish_wanted)
        if wants_frida and curated.frida:
            return frida_food(curated.frida)
        if curated.ndb and table != FRIDA:
            return usda_food(curated.ndb)
        if table == USDA:
            return None  # a Danish-only food asked for in USDA
    if key.isdigit():
        if table == FRIDA:
            return frida_food(key) if key in frida_table() else None
        if key.zfill(5) in usda_table()[0]:
            return usda_food(key.zfill(5))
    if table != FRIDA and (ndb := descriptions().get(key)) is not None:
        return usda_food(ndb)
    danish_names, english_names = frida_names()
    if table != USDA and (food_id := danish_names.get(key)) is not None:
        return frida_food(food_id)
    # Frida's English names are translations: asked for in English, USDA's
    # foods come first ("Banana, raw" is USDA's banana), so only table="frida"
    # reads them as they are; the search finds them otherwise.
    if table == FRIDA and (food_id := english_names.get(key)) is not None:
        return frida_food(food_id)
    return None


def read_as(name: str) -> str:
    """Return what an ambiguous curated alias was read as ("" for every other name).

    A name found by the search says so on the item itself (see ``food``).

    >>> read_as("kakao")
    '"kakao" read as the drink, cocoa milk (Frida 1205); say "kakaopulver" for the powder'
    """
    curated = curation().danish.get(_names.normalize(name)) or curation().english.get(
        _names.normalize(name)
    )
    return curated.read_as if curated is not None else ""


class _FoodIndex(NamedTuple):
    """Both tables in one ranked index: each document's (table, id), and each language's words."""

    ranker: _search.Index
    keys: tuple[tuple[str, str], ...]
    english: frozenset[str]
    danish: frozenset[str]
    boosts: Mapping[str, tuple[float, ...]]


# A name the curated list gives counts a little more than a table's own name:
# "æg" is the hen's egg, not the duck's.
_CURATED_WEIGHT: Final = 1.3
# A hit in the other table than the query's language counts this much: used when
# only the other table has the food, and said so.
_OTHER_TABLE: Final = 0.7
# mg.food takes the top hit only when it scores at least this much more than the
# next one that is not the same food in the other table (see _resolve).
MARGIN: Final = 1.15


@functools.cache
def _food_index() -> _FoodIndex:
    """Build the index of both tables on first use (about 0.3 s)."""
    documents: list[list[tuple[str, float]]] = []
    keys: list[tuple[str, str]] = []
    english: set[str] = set()
    danish: set[str] = set()
    for ndb, (description, _, _) in usda_table()[0].items():
        curated = curation().by_ndb.get(ndb)
        names = [(description, 1.0)]
        if curated is not None:
            # Danish names lead to Frida where it has the food: not to USDA too
            local = () if curated.frida else curated.danish
            names += [(n, _CURATED_WEIGHT) for n in (*curated.names, *local)]
            danish.update(w for n in local for w in _search.words(n))
        english.update(w for n, _ in names[:1] for w in _search.words(n))
        documents.append(names)
        keys.append((USDA, ndb))
    for food_id, (name_da, name_en, _, _) in frida_table().items():
        curated = curation().by_frida.get(food_id)
        names = [(name_da, 1.0), (name_en, 0.9)]
        if curated is not None:
            # English names lead to USDA where it has the food: not to Frida too
            foreign = () if curated.ndb else curated.names
            names += [(n, _CURATED_WEIGHT) for n in (*curated.danish, *foreign)]
            english.update(w for n in foreign for w in _search.words(n))
            danish.update(w for n in curated.danish for w in _search.words(n))
        danish.update(_search.words(name_da))
        english.update(_search.words(name_en))
        documents.append(names)
        keys.append((FRIDA, food_id))
    boosts = {
        lang: tuple(1.0 if table == home else _OTHER_TABLE for table, _ in keys)
        for lang, home in home_tables().items()
    }
    return _FoodIndex(
        _search.Index(documents), tuple(keys), frozenset(english), frozenset(danish), boosts
    )


_DANISH_LETTERS: Final = frozenset("æøåÆØÅ")


_DANISH_MEASURES: Final = frozenset(
    {"stk", "stk.", "styk", "stykke", "stykker", "skive", "skiver", "spsk", "spsk.", "tsk",
     "tsk.", "glas", "kop", "kopper", "bæger", "bægre", "håndfuld", "håndfulde"}
)  # fmt: skip


def measure_language(amount: object) -> str | None:
    """Return "da" when an amount counts a Danish household measure ("2 skiver"), else None."""
    if not isinstance(amount, str):
        return None
    words = amount[:_MEASURE_TEXT].split(None, 2)
    return "da" if len(words) > 1 and words[1].casefold() in _DANISH_MEASURES else None


_MEASURE_TEXT: Final = 40  # characters: a count and a measure word lie within them


def query_language(query: str, lang: str | None = None) -> str:
    """Return the language a food name is read in: ``lang``, or the language of its words.

    A word only Frida's Danish names hold counts for Danish, a word only the
    English names hold for English; æ, ø and å mean Danish; a tie is English.
    """
    if lang is not None:
        if lang not in home_tables():
            raise UnknownChoiceError("language", str(lang), tuple(home_tables()))
        return lang
    index = _food_index()
    read = [r[:1] for r in index.ranker.read_words(query)]  # a typo: its likeliest reading
    danish = sum(any(w in index.danish and w not in index.english for w in r) for r in read)
    english = sum(any(w in index.english and w not in index.danish for w in r) for r in read)
    if danish != english:
        return "da" if danish > english else "en"
    return "da" if _DANISH_LETTERS & set(query) else "en"


def _hit_food(key: tuple[str, str]) -> Food:
    table, food_id = key
    return usda_food(food_id) if table == USDA else frida_food(food_id)


def _ranked(query: str, table: str | None, lang: str | None, limit: int) -> list[_search.Hit]:
    index = _food_index()
    boost = index.boosts[query_language(query, lang)]
    wanted = limit if table is None else limit * 20
    hits = index.ranker.search(query, boost=boost, limit=wanted)
    if table is not None:
        hits = [h for h in hits if index.keys[h.doc][0] == table]
    return hits[:limit]


def search_foods(
    query: str, *, limit: int = 10, table: str | None = None, lang: str | None = None
) -> FoodSearch:
    """Return the foods that best match ``query``, in USDA SR28 and Frida, best first.

    Words may come in any order and form: case, punctuation, plurals, Danish
    and English inflections, æ/ae, ø/oe and å/aa, cooking words (boiled,
    cooked, kogt, kogte) and one- or two-letter typos are read. An English
    query ranks USDA SR28 first and a Danish one Frida (``lang=`` sets the
    language, ``table=`` keeps one table). The ranking is BM25 over the
    foods' names, curated names counting a little more; see the Food tables
    page for how well it finds what people type.

    Parameters
    ----------
    query
        Words of a food name, English or Danish.
    limit
        At most this many hits (1-100).
    table
        ``"usda"`` or ``"frida"``: search one table only.
    lang
        ``"en"`` or ``"da"``: the query's language, where its words do not
        say (``"broccoli"`` is both).

    Returns
    -------
    FoodSearch
        The hits, best first: a sequence of :class:`Food` that shows as a
        table in a notebook and converts with ``to_frame()``.

    Examples
    --------
    >>> [(f.table, f.ndb) for f in search_foods("almonds", limit=3)]
    [('usda', '12061'), ('usda', '12063'), ('usda', '04529')]
    >>> [f.description for f in search_foods("æg", limit=2)]
    ['Æg, høne, skrabehøns, rå', 'Æg, and, rå']
    >>> search_foods("spinach boiled", limit=1)[0].description
    'Spinach, cooked, boiled, drained, without salt'
    """
    if not isinstance(query, str):
        message = f"`query` needs words such as 'almonds', got {_names.shown(query)}"
        raise ArgumentTypeError(message)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= _MAX_HITS:  # type: ignore[redundant-expr] # a caller may pass anything
        message = f"`limit` needs a whole number from 1 to {_MAX_HITS}, got {_names.shown(limit)}"
        raise InvalidAmountError(message)
    chosen = table_of(table)
    _names.check_length(query, "a food name")
    foods = [_hit_food(_food_index().keys[h.doc]) for h in _ranked(query, chosen, lang, limit)]
    # What mg.food reads a name as comes first: a curated name, an id, a table's name
    exact = _lookup_food(_names.normalize(query), chosen, lang) if query.strip() else None
    if exact is not None:
        foods = [exact, *(f for f in foods if f != exact)][:limit]
    return FoodSearch(query=query, foods=tuple(foods))


_MAX_HITS: Final = 100


@attrs.frozen(kw_only=True, repr=False)
class FoodSearch(Displayable, Sequence["Food"]):
    """What :func:`search_foods` found: a sequence of foods, best first.

    Attributes
    ----------
    query
        The words searched for.
    foods
        The hits, best first.
    """

    query: str
    foods: tuple[Food, ...]

    @overload
    def __getitem__(self, position: int) -> Food: ...
    @overload
    def __getitem__(self, position: slice) -> tuple[Food, ...]: ...
    def __getitem__(self, position: int | slice) -> Food | tuple[Food, ...]:
        return self.foods[position]

    def __len__(self) -> int:
        return len(self.foods)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, tuple):
            return self.foods == other
        if isinstance(other, FoodSearch):
            return (self.query, self.foods) == (other.query, other.foods)
        return NotImplemented

    def __hash__(self) -> int:
        # A search equals the tuple of its foods (what search_foods returned before
        # issue 23), so it hashes as that tuple: equal values, equal hashes.
        return hash(self.foods)

    def _title(self, lang: str) -> str:
        return msg(
            'Foods for "{query}": {count}',
            query=self.query,
            count=plural(len(self.foods), "{count} hit", "{count} hits"),
        ).render(lang)

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        return [(f"{f.table} {f.ndb}", _hit_line(f, lang)) for f in self.foods]

    def rows(self, lang: str | None = None) -> list[dict[str, object]]:
        """Return one dictionary per hit: table, id, names, mg per 100 g, measures."""
        lang = check_lang(lang)
        return [
            {
                "table": f.table,
                "id": f.ndb,
                "description": _described(f, lang),
                "danish": f.description if f.table == FRIDA else "",
                "english": f.english if f.table == FRIDA else f.description,
                "mg_per_100g": f.mg_per_100g,
                "measures": ", ".join(p.description for p in f.portions),
            }
            for f in self.foods
        ]

    def to_frame(self, lang: str | None = None) -> pd.DataFrame:
        """Return the hits as a pandas DataFrame, one row each (needs pandas)."""
        import pandas as pd  # noqa: PLC0415 - optional, only for this

        columns = ["table", "id", "description", "danish", "english", "mg_per_100g", "measures"]
        return pd.DataFrame(self.rows(lang), columns=columns)


def _described(food: Food, lang: str) -> str:
    """Return the food's name in ``lang`` where its table has it (Frida has both)."""
    if food.table == FRIDA and lang == "en" and food.english:
        return food.english
    return food.description


def _hit_line(food: Food, lang: str) -> str:
    measures = ", ".join(p.description for p in food.portions[:4])
    both = (
        f"{food.description} / {food.english}"
        if food.table == FRIDA and food.english
        else food.description
    )
    line = msg("{name}: {mg:.1f} mg/100 g", name=both, mg=food.mg_per_100g).render(lang)
    return f"{line}; {measures}" if measures else line
