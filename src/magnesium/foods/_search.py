"""Internal: a ranked search over names, for the food tables (BM25 over folded tokens).

Why BM25 and not a fuzzy string score over whole names: a food is typed as a
few words in any order ("almonds, dry roasted", "dry roasted almonds"), and
the table's names are long lists of qualifiers. BM25 (Robertson & Zaragoza
2009) weighs each typed word by how rare it is across the tables and lets a
name that says little beyond the typed words rank first ("Egg, whole, raw"
before "Egg mayonnaise salad"). It needs no dependency and no index on disk:
the index is built on first use, in about 0.3 s for both tables.

Each word is folded before it is indexed or searched: case and accents
(``_names.normalize``), Danish spellings (æ/ae, ø/oe/o, å/aa/a), cooking
words to one word (boiled, cooked, kogt, kogte), and a light plural and
inflection stem for both languages (almonds/almond, mandlerne/mandler). A
typed word that is not in the index is read as the nearest indexed words
within one or two edits (a deletion index, as in SymSpell), at a lower
weight, the edits counted from the word as typed or from its folded form.
``magnesium.foods`` builds the index and decides what a hit means.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _names

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__: list[str] = []

# Words that name one way of cooking or serving, or one thing (cocoa is cacao, as
# USDA's dark chocolates say), in either language: one word.
_SYNONYMS: Final = {
    "boiled": "cooked", "kogt": "cooked", "kogte": "cooked", "kogtes": "cooked",
    "cooked": "cooked", "raw": "raw", "ra": "raw", "rat": "raw", "rae": "raw",
    "roasted": "roasted", "ristet": "roasted", "ristede": "roasted",
    "baked": "baked", "bagt": "baked", "bagte": "baked",
    "fried": "fried", "stegt": "fried", "stegte": "fried",
    "wholemeal": "wholegrain", "fuldkorn": "wholegrain", "whole": "whole",
    "cocoa": "cacao", "cacao": "cacao", "kakao": "cacao",
    "homemade": "recipe", "recipe": "recipe",  # USDA's "prepared from recipe"
}  # fmt: skip
# Suffixes of plurals and inflections in English and Danish, longest first.
_SUFFIXES: Final = ("erne", "ies", "ene", "es", "er", "en", "et", "e", "s")
MIN_STEM: Final = 3
# A typed word read as an indexed word at one or two edits counts less.
_TYPO_WEIGHT: Final = 0.7
_PREFIX_WEIGHT: Final = 0.85
_K1: Final = 1.2
_B: Final = 0.75


def fold(word: str, *, digraphs: bool = True) -> str:
    """Return the index form of one normalised word (see the module docs).

    ``digraphs=False`` keeps "aa" and "oe" as typed: the form a typo is also
    measured from ("baanna" is "banana" with two letters swapped, not "banan").
    """
    if digraphs:
        word = word.replace("aa", "a").replace("oe", "o")
    word = _SYNONYMS.get(word, word)
    if word.isdigit() or word in _SYNONYMS.values():
        return word
    stripped = _strip(word)
    if stripped != word and word.endswith("s"):  # "cauliflowers" -> "cauliflow", as "Cauliflower"
        stripped = _strip(stripped)
    return stripped


def _strip(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def words(text: str) -> list[str]:
    """Return the folded words of a text, in order ("w/" and "w/o" as tables print them)."""
    return [fold(w) for w in _split(text)]


def _typed(text: str) -> dict[str, tuple[str, ...]]:
    """Return each folded word of a query, once, with the forms a slip is measured from.

    Those are its form before "aa" and "oe" fold and the word as typed, before
    its ending is stripped ("wohle" is "whole" with two letters swapped; its
    folded form "wohl" is two edits away).
    """
    typed: dict[str, tuple[str, ...]] = {}
    for word in _split(text):
        folded = fold(word)
        spelled = "aa" in word or "oe" in word  # else the plain form is the folded one
        plain = fold(word, digraphs=False) if spelled else folded
        typed.setdefault(folded, tuple(dict.fromkeys((plain, word))))
    return typed


def _split(text: str) -> list[str]:
    spelled = _names.normalize(_WITH.sub(lambda m: "without " if m[0][2:] else "with ", text))
    if "shell" in spelled or "hull" in spelled or "skal" in spelled:  # the pattern, rarely
        spelled = _SHELLED.sub(" ", spelled)
    return spelled.split()


# "prepared w/ water", "w/o salt": with and without, as USDA and NIH print them.
_WITH: Final = re.compile(r"\bw/(?:o\b)?", re.IGNORECASE)
# Nuts and seeds without their shells, as Canadian tables print them ("Brazil
# nuts, without shell"): the tables' nuts and seeds are shelled unless their
# names say "whole" or "in shell", so the words name nothing to match.
_SHELLED: Final = re.compile(
    r"\b(?:without|no|uden)\s+(?:the\s+)?(?:shells?|skal)\b|\b(?:de)?(?:shelled|hulled)\b"
)  # on normalised text: lower case


@attrs.frozen
class Hit:
    """One ranked document: its position in the index and its score.

    :meth:`Index.unheld` tells which typed words it lacks.
    """

    doc: int
    score: float


class Index:
    """An inverted index of documents, each a list of names with a weight per name."""

    def __init__(self, documents: Sequence[Sequence[tuple[str, float]]]) -> None:
        # Each word's term in a document is read from the name that holds it best,
        # saturated by that name's length (BM25 over each name as a field): a
        # short curated name ("peanuts") lifts its own words, not the words of
        # the table's long name beside it ("Peanuts, oil-roasted").
        named: list[list[tuple[list[str], float]]] = []
        lengths = []
        heads: list[frozenset[str]] = []
        marks: list[tuple[frozenset[str], ...]] = []
        kinds: list[tuple[frozenset[str], ...]] = []
        whole: list[tuple[tuple[frozenset[str], float], ...]] = []
        for names in documents:
            marks.append(_marks(names[0][0]) if names else ())
            tokenized = [(words(name), weight) for name, weight in names]
            kinds.append(_kinds(names, tokenized))
            named.append(tokenized)
            # the shortest name: a curated "almonds" beside USDA's long one (ties)
            lengths.append(max(min((len(t) for t, _ in tokenized), default=1), 1))
            heads.append(
                frozenset(
                    _head(n, t, w) for (n, _), (t, w) in zip(names, tokenized, strict=True) if t
                )
            )
            # a name that counts more (a curated one) counts so when typed in full:
            # "butter" is not about the curated "peanut butter"
            whole.append(tuple((frozenset(t), w) for t, w in tokenized if w > 1.0 and t))
        self._heads = heads
        self._marks = marks
        self._kinds = kinds
        self._whole = whole
        count = len(named)
        average = sum(len(t) for n in named for t, _ in n) / max(sum(len(n) for n in named), 1)
        fields: dict[str, dict[int, float]] = {}
        for doc, tokenized in enumerate(named):
            for tokens, weight in tokenized:
                saturated = (_K1 + 1) / (1 + _K1 * (1 - _B + _B * max(len(tokens), 1) / average))
                for token in tokens:
                    best = fields.setdefault(token, {})
                    best[doc] = max(best.get(doc, 0.0), min(weight, 1.0) * saturated)
        self._postings: dict[str, dict[int, float]] = {}
        for token, docs in fields.items():
            idf = math.log(1 + (count - len(docs) + 0.5) / (len(docs) + 0.5))
            self._postings[token] = {doc: idf * field for doc, field in docs.items()}
        self._lengths = lengths
        self._raw = frozenset(fields.get("raw", {}))
        self._vocabulary = sorted(fields)
        self._deletions: dict[str, list[tuple[str, str]]] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._postings

    def _expansions(self, word: str, plain: tuple[str, ...]) -> list[tuple[str, float]]:
        """Return the indexed words a typed word stands for, with a weight each.

        The word itself, or without an English "-ed" where only the stem is
        indexed; else the words it begins (a word being typed, "almo");
        else the words one or two edits away (a typo).
        """
        if word in self._postings:
            return [(word, 1.0)]
        if word.endswith("ed") and word[:-2] in self._postings:  # "long-grained": grain
            return [(word[:-2], 1.0)]
        found = []
        if len(word) >= MIN_STEM:
            start = bisect.bisect_left(self._vocabulary, word)
            for candidate in self._vocabulary[start : start + 50]:
                if not candidate.startswith(word):
                    break
                found.append((candidate, _PREFIX_WEIGHT))
        if not found and len(word) >= MIN_STEM and not word.isdigit():
            # Of the words a typo could be, the common ones are likelier ("carot":
            # carrot before carob): the weight falls with the square root of rarity.
            near = self._near(word, plain)
            common = max((len(self._postings[c]) for c in near), default=1)
            found = [(c, _TYPO_WEIGHT * (len(self._postings[c]) / common) ** 0.5) for c in near]
        return found

    def _near(self, word: str, plain: tuple[str, ...]) -> list[str]:
        """Return indexed words within one edit of ``word``, or two for words of 8+ letters.

        The edits are counted from the folded word or from its ``plain`` forms
        (before "aa" and "oe" fold, and as typed), whichever is nearer.
        """
        if self._deletions is None:
            # each indexed word as spelled, and each synonym as typed ("boield" is
            # a slip of "boiled", indexed as "cooked")
            spellings = [(t, t) for t in self._vocabulary]
            spellings += [(s, t) for s, t in _SYNONYMS.items() if t in self._postings]
            deletions: dict[str, list[tuple[str, str]]] = {}
            for spelled, token in spellings:
                for variant in (spelled, *_deleted(spelled)):
                    deletions.setdefault(variant, []).append((spelled, token))
            self._deletions = deletions
        forms = {word, *plain}
        candidates = {
            c for f in forms for v in (f, *_deleted(f)) for c in self._deletions.get(v, ())
        }
        # the nearest, and of those the likeliest slip: a double letter typed once or
        # thrice ("aple": apple, not Alpen), two letters swapped, then one letter
        # too many or too few, then one letter wrong; of equals, the reading of the
        # word as typed before the one of its folded form
        by_rank: dict[tuple[int, int, bool], set[str]] = {}
        for spelled, token in candidates:
            if token in _NOT_TYPOS:
                continue
            for form in forms:
                distance = _distance(form, spelled)
                if distance <= (2 if len(form) >= _TWO_EDITS else 1):
                    rank = (distance, _slip(form, spelled), form != plain[0])
                    by_rank.setdefault(rank, set()).add(token)
        return sorted(by_rank[min(by_rank)]) if by_rank else []

    def search(self, query: str, *, boost: Sequence[float] | None = None, limit: int) -> list[Hit]:
        """Return the best documents for ``query``, best first (BM25, soft AND).

        A document's score is the sum, over the typed words, of the best term
        it holds for each, times the share of typed words it holds, squared:
        a name missing a typed word ranks below one that has them all.
        """
        typed = [self._expansions(w, plain) for w, plain in _typed(query).items()]
        if not typed:
            return []
        # the rarest words' documents, until there are candidates enough
        sized = sorted((sum(len(self._postings[t]) for t, _ in e), i) for i, e in enumerate(typed))
        candidates: set[int] = set()
        for size, i in sized:
            if len(candidates) >= _ENOUGH or (candidates and size > _COMMON):
                break  # a common word ("cooked") adds thousands and decides nothing
            candidates.update(d for token, _ in typed[i] for d in self._postings[token])
        first_words = {token for e in typed for token, weight in e if weight == 1.0}
        read = {token for e in typed for token, _ in e}
        bare = not (read & _STATES)
        ranked = []
        for doc in candidates:
            total, held = 0.0, 0
            for expansions in typed:
                best = max(
                    (self._postings[t].get(doc, 0.0) * w for t, w in expansions), default=0.0
                )
                if best > 0.0:
                    total, held = total + best, held + 1
            share = held / len(typed)
            # A name that starts with a typed word is about that food ("Spinach,
            # cooked"), not one that mentions it ("Malabar spinach").
            head = _HEAD_BONUS if self._heads[doc] & first_words else 1.0
            # A bare name means the food as it is ("champignon": raw, not canned).
            plain = _RAW_BONUS if bare and doc in self._raw else 1.0
            # A brand or a way of keeping the food that was not asked for counts
            # less ("mixed nuts": not CHOSEN ROASTER's; "pinto beans": not frozen).
            marks = self._marks[doc]
            unasked = _UNASKED ** sum(not (m & read) for m in marks) if marks else 1.0
            # Of the names that hold every typed word, a kind of the food that was
            # not asked for is another food ("bacon, pan-fried": not "Canadian
            # bacon"; "sweet potato": not "Sweet potato leaves").
            kinds = self._kinds[doc]
            if held == len(typed) and kinds and not any(k <= read for k in kinds):
                unasked *= _OTHER_KIND
            whole = self._whole[doc]
            named = max((w for t, w in whole if t <= read), default=1.0) if whole else 1.0
            score = total * share**2 * head * plain * unasked * named
            score *= boost[doc] if boost else 1.0
            ranked.append(Hit(doc, score))
        ranked.sort(key=lambda h: (-h.score, self._lengths[h.doc], h.doc))
        return ranked[:limit]

    def unheld(self, query: str, doc: int) -> list[str]:
        """Return the folded words of ``query`` that ``doc`` holds in no reading."""
        return [
            word
            for word, plain in _typed(query).items()
            if not any(doc in self._postings[t] for t, _ in self._expansions(word, plain))
        ]

    def read_words(self, query: str) -> list[list[str]]:
        """Return, for each folded word of ``query``, the indexed words it is read as."""
        return [[t for t, _ in self._expansions(w, plain)] for w, plain in _typed(query).items()]


_ENOUGH: Final = 30  # candidates: the rarest words' documents, at least this many
_COMMON: Final = 400  # documents: a word in more names adds no candidates of its own
_TWO_EDITS: Final = 7  # letters: from this length a typo may be two edits
# Words a typo is never read as: they name no food ("alle typer", "with salt").
_NOT_TYPOS: Final = frozenset({"all", "and", "med", "og", "uden", "or", "typ", "type", "other"})
_HEAD_BONUS: Final = 1.2
_RAW_BONUS: Final = 1.1
# Words that say how a food was prepared or kept: a name with one is not bare.
_STATES: Final = frozenset(
    words(
        "raw cooked roasted baked fried canned konserv dried tørret frozen dybfrost smoked "
        "røget pickled syltet marineret"
    )
)


# A food's own name marks it as one of many: a brand (USDA writes brands in
# capitals: "KELLOGG'S", "CHOSEN ROASTER") or a way of keeping it (frozen,
# canned, dried, sprouted). Each mark the query does not name counts this much.
_UNASKED: Final = 0.85
# The ways of keeping, and stand-ins ("bacon" is not "Bacon, meatless").
_KEPT: Final = frozenset(
    words("frozen dybfrost canned konserv dried tørret sprouted spiret meatless imitation")
)
# A kind of a food the query does not name (:func:`_kinds`) counts this much.
_OTHER_KIND: Final = 0.7
# Capitals that name no brand: USDA's own grade, fatty acids, a sauce.
_NOT_BRANDS: Final = frozenset({"USDA", "DHA", "ARA", "BBQ", "UHT"})
_CAPITALS = re.compile(r"\b[A-Z][A-Z'&.-]{2,}")


def _marks(name: str) -> tuple[frozenset[str], ...]:
    """Return the marks of a food's own name: its brand's words as one, each way of keeping."""
    brand = frozenset(w for c in _CAPITALS.findall(name) if c not in _NOT_BRANDS for w in words(c))
    kept = tuple(frozenset({w}) for w in dict.fromkeys(words(name)) if w in _KEPT)
    return ((brand,) if brand else ()) + kept


def _kinds(
    names: Sequence[tuple[str, float]], tokenized: Sequence[tuple[list[str], float]]
) -> tuple[frozenset[str], ...]:
    """Return the ways a food's kind is named, each as the words a query must hold; ().

    A table names the food first ("Bacon, meatless", "Rice, white"); a first
    part of several words names a kind ("Canadian bacon", "Sweet potato
    leaves"), asked for only when all its words are typed. A curated name is
    about its last word (:func:`_head`): "ristede mandler" are almonds, "soy
    milk" is milk, so it is asked for when that word is typed. () when no way
    has several words: the food is no kind of another. ``tokenized``: the
    words of each name, in the order of ``names``.
    """
    curated = [
        tokens
        for (name, _), (tokens, weight) in zip(names, tokenized, strict=True)
        if weight > 1.0 and "," not in name
    ]
    part = names[0][0].partition(",")[0] if names else ""
    several = any(len(tokens) > 1 for tokens in curated)
    if part.isalpha() and not several:
        return ()  # one word, and no curated name of several: most foods, split no more
    first = words(part)
    if len(first) < 2 and not several:
        return ()
    return tuple(frozenset(way) for way in (first, *(t[-1:] for t in curated)) if way)


def _head(name: str, tokens: list[str], weight: float) -> str:
    """Return the word a name is about: its first in a table's order ("Butter, salted").

    A curated name (weight above 1) written as people say it ("peanut butter",
    "ristede mandler") is about its last word, as English and Danish compounds are.
    """
    return tokens[-1] if weight > 1.0 and "," not in name else tokens[0]


def _slip(typed: str, indexed: str) -> int:
    """Rank the slip that makes ``typed`` of ``indexed``, likeliest first (0-3)."""
    if _doubled(typed, indexed) or _doubled(indexed, typed):
        return 0
    if _swapped(typed, indexed):
        return 1
    return 2 if len(typed) != len(indexed) else 3


def _doubled(short: str, long: str) -> bool:
    """Return whether ``long`` is ``short`` with one letter of a double typed twice."""
    return len(long) == len(short) + 1 and any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(short))
    )


def _swapped(a: str, b: str) -> bool:
    """Return whether ``b`` is ``a`` with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    i, j = differ
    return a[i] == b[j] and a[j] == b[i]  # "ab" to "ba"; "ab" to "ca" is no swap


def _deleted(word: str) -> Iterable[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _distance(a: str, b: str) -> int:
    """Return the optimal-string-alignment distance (an adjacent swap is one edit)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]
