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
weight. ``magnesium.foods`` builds the index and decides what a hit means.
"""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _names

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__: list[str] = []

# Words that name one way of cooking or serving, in either language: one word.
_SYNONYMS: Final = {
    "boiled": "cooked", "kogt": "cooked", "kogte": "cooked", "kogtes": "cooked",
    "cooked": "cooked", "raw": "raw", "ra": "raw", "rat": "raw", "rae": "raw",
    "roasted": "roasted", "ristet": "roasted", "ristede": "roasted",
    "baked": "baked", "bagt": "baked", "bagte": "baked",
    "fried": "fried", "stegt": "fried", "stegte": "fried",
    "wholemeal": "wholegrain", "fuldkorn": "wholegrain", "whole": "whole",
}  # fmt: skip
# Suffixes of plurals and inflections in English and Danish, longest first.
_SUFFIXES: Final = ("erne", "ies", "ene", "es", "er", "en", "et", "e", "s")
_MIN_STEM: Final = 3
# A typed word read as an indexed word at one or two edits counts less.
_TYPO_WEIGHT: Final = 0.7
_PREFIX_WEIGHT: Final = 0.85
_K1: Final = 1.2
_B: Final = 0.75


def fold(word: str) -> str:
    """Return the index form of one normalised word (see the module docs)."""
    word = word.replace("aa", "a").replace("oe", "o")
    word = _SYNONYMS.get(word, word)
    if word.isdigit() or word in _SYNONYMS.values():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def words(text: str) -> list[str]:
    """Return the folded words of a text, in order."""
    return [fold(w) for w in _names.normalize(text).split()]


@attrs.frozen
class Hit:
    """One ranked document: its position in the index, its score, and the words it matched."""

    doc: int
    score: float
    matched: int


class Index:
    """An inverted index of documents, each a list of names with a weight per name."""

    def __init__(self, documents: Sequence[Sequence[tuple[str, float]]]) -> None:
        fields: dict[str, dict[int, float]] = {}
        lengths = []
        heads: list[frozenset[str]] = []
        for doc, names in enumerate(documents):
            length = 0
            first: set[str] = set()
            for name, weight in names:
                tokens = words(name)
                length = max(length, len(tokens))
                first.update(tokens[:1])
                for token in tokens:
                    best = fields.setdefault(token, {})
                    best[doc] = max(best.get(doc, 0.0), weight)
            lengths.append(max(length, 1))
            heads.append(frozenset(first))
        self._heads = heads
        count, average = len(lengths), sum(lengths) / max(len(lengths), 1)
        # Each posting holds its whole BM25 term (idf x saturated tf x name weight):
        # a search only adds them up.
        self._postings: dict[str, dict[int, float]] = {}
        for token, docs in fields.items():
            idf = math.log(1 + (count - len(docs) + 0.5) / (len(docs) + 0.5))
            self._postings[token] = {
                doc: idf * (_K1 + 1) / (1 + _K1 * (1 - _B + _B * lengths[doc] / average)) * field
                for doc, field in docs.items()
            }
        self._lengths = lengths
        self._vocabulary = sorted(fields)
        self._deletions: dict[str, list[str]] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._postings

    def _expansions(self, word: str) -> list[tuple[str, float]]:
        """Return the indexed words a typed word stands for, with a weight each.

        The word itself; else the words it begins (a word being typed, "almo");
        else the words one or two edits away (a typo).
        """
        if word in self._postings:
            return [(word, 1.0)]
        found = []
        if len(word) >= _MIN_STEM:
            start = bisect.bisect_left(self._vocabulary, word)
            for candidate in self._vocabulary[start : start + 50]:
                if not candidate.startswith(word):
                    break
                found.append((candidate, _PREFIX_WEIGHT))
        if not found and len(word) >= 4 and not word.isdigit():
            found = [(c, _TYPO_WEIGHT) for c in self._near(word)]
        return found

    def _near(self, word: str) -> list[str]:
        """Return indexed words within one edit of ``word``, or two for words of 8+ letters."""
        if self._deletions is None:
            deletions: dict[str, list[str]] = {}
            for token in self._vocabulary:
                for variant in (token, *_deleted(token)):
                    deletions.setdefault(variant, []).append(token)
            self._deletions = deletions
        limit = 2 if len(word) >= 8 else 1
        candidates = {c for v in (word, *_deleted(word)) for c in self._deletions.get(v, ())}
        return sorted(c for c in candidates if _distance(word, c) <= limit)

    def search(
        self, query: str, *, boost: Sequence[float] | None = None, limit: int = 10
    ) -> list[Hit]:
        """Return the best documents for ``query``, best first (BM25, soft AND).

        A document's score is the sum, over the typed words, of the best term
        it holds for each, times the share of typed words it holds, squared:
        a name missing a typed word ranks below one that has them all.
        """
        typed = [self._expansions(w) for w in dict.fromkeys(words(query))]
        if not typed:
            return []
        # Candidates: the documents of the rarer words (a common word such as
        # "cooked" would make every cooked food a candidate).
        sizes = [sum(len(self._postings[t]) for t, _ in e) for e in typed]
        rare = [e for e, size in zip(typed, sizes, strict=True) if size <= _RARE] or [
            typed[sizes.index(min(sizes))]
        ]
        candidates = {doc for e in rare for token, _ in e for doc in self._postings[token]}
        first_words = {token for e in typed for token, weight in e if weight == 1.0}
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
            score = total * share**2 * head * (boost[doc] if boost else 1.0)
            ranked.append(Hit(doc, score, held))
        ranked.sort(key=lambda h: (-h.score, self._lengths[h.doc], h.doc))
        return ranked[:limit]

    def read_words(self, query: str) -> list[list[str]]:
        """Return, for each folded word of ``query``, the indexed words it is read as."""
        return [[t for t, _ in self._expansions(w)] for w in dict.fromkeys(words(query))]


_RARE: Final = 400  # documents: a word in fewer names picks the candidates
_HEAD_BONUS: Final = 1.2


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
