"""The food search's ranking, rule by rule, on small corpora (issue 23; mutation runs of issue 24).

Each score is computed again here from the documented formula: BM25
(Robertson and Zaragoza 2009, with the usual k1 = 1.2 and b = 0.75; each
word once per name, so tf = 1; each name a field: a word's term is read from
the name that holds it best, saturated by that name's length against the
average name's, times the name's weight up to 1), times the share of typed
words held, squared, times 1.2 for a document whose name is about a typed
word (a table's name begins with it; a curated name without a comma, said
as people say it, "peanut butter", ends with it), 1.1 for a raw food when
the query names no way of preparing it, 0.85 for each brand, way of
keeping or stand-in not typed, 0.7 for a kind of food not asked for (a
document holding every typed word, with a table name whose first part, or
a curated name, has several words, "Malabar mushroom", when neither that
first part is typed in full nor a curated name's last word), a name's
weight above 1 (1.3, a curated name) where every word of that name was
typed, and a boost per document. The benchmark of 506 queries
(tests/test_food_search.py) shows the ranking finds foods; these tests pin
the formula itself.
"""

from __future__ import annotations

import math
import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from magnesium.foods import MARGIN, Food, _lookup, _search
from magnesium.foods._search import Index, words

K1, B = 1.2, 0.75  # BM25's usual constants (Robertson and Zaragoza 2009)
HEAD, RAW, UNASKED, PREFIX, TYPO, KIND = 1.2, 1.1, 0.85, 0.85, 0.7, 0.7  # Food tables page

CORPUS = [
    [("Mushroom, raw", 1.0)],
    [("Mushroom, canned", 1.0)],
    [("Malabar mushroom, raw", 1.0)],
    [("Mushroom soup, KNORR", 1.0)],
    [("Beans, frozen", 1.0)],
    [("Beans, cooked", 1.0), ("bønner", 1.3)],
    [("Butter, salted", 1.0)],
    [("Peanut butter, smooth", 1.0), ("peanut butter", 1.3)],
    [("Grain, long, cooked", 1.0)],
    [("Carrot, raw", 1.0)],
    [("Carrot juice", 1.0)],
    [("Carob flour", 1.0)],
    [("Fennel, raw", 1.0)],
    [("Fennel seed", 1.0)],
    [("Funnel cake", 1.0)],
    [("Mushroom, meatless", 1.0)],  # a stand-in
    [("Soymilk, plain", 1.0), ("soy milk", 1.3)],  # a kind by its curated name
    [("Soy flour", 1.0)],  # a kind by its table name
    [("Soybeans, mature seeds", 1.0)],  # no kind
]


def _expected(
    corpus: list[list[tuple[str, float]]],
    readings: list[list[tuple[str, float]]],
    boost: list[float] | None = None,
) -> dict[int, float]:
    """Score every document holding a reading, from the formula (readings given by hand)."""
    names = [[(words(n), w) for n, w in doc] for doc in corpus]
    average = sum(len(t) for doc in names for t, _ in doc) / sum(len(doc) for doc in names)
    held_by: dict[str, set[int]] = {}
    for i, doc_names in enumerate(names):
        for tokens, _ in doc_names:
            for token in tokens:
                held_by.setdefault(token, set()).add(i)

    def term(token: str, doc: int) -> float:
        if doc not in held_by.get(token, set()):
            return 0.0
        n = len(held_by[token])
        idf = math.log(1 + (len(corpus) - n + 0.5) / (n + 0.5))
        return idf * max(
            min(w, 1.0) * (K1 + 1) / (1 + K1 * (1 - B + B * len(tokens) / average))
            for tokens, w in names[doc]
            if token in tokens
        )

    read = {t for reading in readings for t, _ in reading}
    exact = {t for reading in readings for t, w in reading if w == 1.0}
    states = set(words("raw cooked canned frozen"))
    scores = {}
    for doc in {d for t in read for d in held_by.get(t, set())}:
        best = [max((term(t, doc) * w for t, w in reading), default=0.0) for reading in readings]
        share = sum(b > 0 for b in best) / len(readings)
        # a curated name as people say it ("peanut butter") is about its last word
        heads = {
            tokens[-1] if w > 1.0 and "," not in name else tokens[0]
            for (name, _), (tokens, w) in zip(corpus[doc], names[doc], strict=True)
        }
        head = HEAD if heads & exact else 1.0
        raw = RAW if not (read & states) and "raw" in names[doc][0][0] else 1.0
        own = corpus[doc][0][0]
        marks = [{"knorr"}] if "KNORR" in own else []
        marks += [{w} for w in words(own) if w in set(words("frozen canned meatless"))]
        unasked = UNASKED ** sum(not (m & read) for m in marks)
        # a kind: the table's first part typed in full, or a curated name's last word
        first = set(words(own.partition(",")[0]))
        curated = [
            tokens
            for (name, _), (tokens, w) in zip(corpus[doc], names[doc], strict=True)
            if w > 1.0 and "," not in name
        ]
        several = len(first) > 1 or any(len(t) > 1 for t in curated)
        asked = first <= read or any(t[-1] in read for t in curated)
        kind = KIND if share == 1 and several and not asked else 1.0
        typed_in_full = [w for tokens, w in names[doc] if w > 1.0 and set(tokens) <= read]
        named = max(typed_in_full, default=1.0)
        scores[doc] = (
            sum(best)
            * share**2
            * head
            * raw
            * unasked
            * kind
            * named
            * (boost[doc] if boost else 1.0)
        )
    return scores


def _got(index: Index, query: str, boost: list[float] | None = None) -> dict[int, float]:
    return {h.doc: h.score for h in index.search(query, boost=boost, limit=100)}


@pytest.mark.parametrize(
    ("query", "readings"),
    [
        ("mushroom", [[("mushroom", 1.0)]]),  # bare: raw counts 1.1; a brand not typed 0.85
        ("mushroom raw", [[("mushroom", 1.0)], [("raw", 1.0)]]),  # a state typed: no raw bonus
        ("canned mushroom", [[("canned", 1.0)], [("mushroom", 1.0)]]),  # kept state asked for
        ("mushroom knorr", [[("mushroom", 1.0)], [("knorr", 1.0)]]),  # the brand typed
        ("beans", [[("bean", 1.0)]]),  # frozen not asked: 0.85
        ("bønner", [[("bonn", 1.0)]]),  # a name that counts 1.3, typed in full
        ("butter", [[("butt", 1.0)]]),  # the curated "peanut butter" not typed in full
        ("peanut butter", [[("peanut", 1.0)], [("butt", 1.0)]]),  # typed in full: 1.3
        ("mushroom qqqq", [[("mushroom", 1.0)], []]),  # a word with no reading: share 1/2
        ("grained", [[("grain", 1.0)]]),  # "-ed" read as its indexed stem, in full
        ("soy", [[("soy", 1.0)]]),  # soy milk and soy flour are kinds of soy: 0.7 each
        ("soy milk", [[("soy", 1.0)], [("milk", 1.0)]]),  # a curated name's last word typed
        ("mush", [[("mushroom", PREFIX)]]),  # a word being typed: its prefix, 0.85
        ("carot", [[("carrot", TYPO)]]),  # a slip: a double letter typed once before carob
        # two slips alike: both read, the commoner counting more (fennel 2 names, funnel 1)
        ("finnel", [[("fennel", TYPO), ("funnel", TYPO * (1 / 2) ** 0.5)]]),
    ],
)
def test_scores_follow_the_formula(query: str, readings: list[list[tuple[str, float]]]) -> None:
    got = _got(Index(CORPUS), query)
    want = _expected(CORPUS, readings)
    assert got.keys() == want.keys()
    for doc, score in want.items():
        assert got[doc] == pytest.approx(score, rel=1e-12), (doc, CORPUS[doc])


def test_a_boost_multiplies_and_the_order_is_by_score_then_length() -> None:
    boost = [0.7 if i == 1 else 1.0 for i in range(len(CORPUS))]
    got = _got(Index(CORPUS), "mushroom", boost)
    assert got == pytest.approx(_expected(CORPUS, [[("mushroom", 1.0)]], boost), rel=1e-12)
    hits = Index(CORPUS).search("mushroom", limit=100)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert [h.doc for h in Index(CORPUS).search("mushroom", limit=2)] == [h.doc for h in hits[:2]]


def test_unheld_names_the_typed_words_a_hit_lacks() -> None:
    index = Index(CORPUS)
    hits = {
        h.doc: index.unheld("mushroom raw", h.doc) for h in index.search("mushroom raw", limit=100)
    }
    held = {doc: 2 - len(missing) for doc, missing in hits.items()}
    assert held == {0: 2, 1: 1, 2: 2, 3: 1, 9: 1, 12: 1, 15: 1}
    assert hits[1] == ["raw"]  # "Mushroom, canned"
    assert hits[9] == ["mushroom"]  # "Carrot, raw"


def _letters(count: int) -> list[str]:
    """Endings no fold strips (no e, s, n, r, t or d last): "bb", "bc", ..."""
    last = [c for c in string.ascii_lowercase if c not in "esnrtd"]
    return [a + b for a in "bcfg" for b in last][:count]


def test_a_prefix_reads_at_most_fifty_words_and_needs_three_letters() -> None:
    corpus = [[(f"zeta{e}", 1.0)] for e in _letters(60)] + [[("ab", 1.0)]]
    index = Index(corpus)
    (read,) = index.read_words("zeta")
    assert len(read) == 50
    assert read == sorted(read)
    assert index.read_words("zet") == [sorted(f"zeta{e}" for e in _letters(60))[:50]]
    assert index.read_words("ax") == [[]]  # two letters: neither a prefix nor a slip


def test_a_prefix_is_not_replaced_by_a_slip() -> None:
    """'alm' begins 'almond' and is one letter from 'alma': the word being typed wins."""
    index = Index([[("almond", 1.0)], [("alma", 1.0)]])
    assert index.read_words("alm") == [["alma", "almond"]]  # both begin with it, 0.85
    assert index.read_words("almx") == [["alma"]]  # no word begins so: the slip


def test_a_slip_of_a_synonym_reads_the_word_it_stands_for() -> None:
    index = Index([[("Spinach, cooked", 1.0)], [("Spinach, raw", 1.0)]])
    assert index.read_words("boield") == [["cooked"]]  # boiled = cooked
    assert index.read_words("cookde") == [["cooked"]]


def test_the_rarest_words_choose_the_candidates() -> None:
    """Past 30 candidates, or where a word is in more than 400 names, it adds no more."""
    common = [[(f"stew {e}", 1.0)] for e in range(_search._COMMON)]
    rare = [[("zeta", 1.0)]]
    # a word in exactly 400 names still adds its documents
    assert len(Index(rare + common).search("zeta stew", limit=1000)) == 1 + _search._COMMON
    # in 401 it does not: only the rare word's document is scored
    many = [*common, [("stew 401", 1.0)]]
    assert [h.doc for h in Index(rare + many).search("zeta stew", limit=1000)] == [0]
    # 30 candidates from the rarest word are enough: the next adds none
    thirty = [[(f"kappa {e}", 1.0)] for e in _letters(_search._ENOUGH)]
    more = [[(f"lambda {e}", 1.0)] for e in _letters(40)]
    hits = Index(thirty + more).search("kappa lambda", limit=1000)
    assert {h.doc for h in hits} == set(range(_search._ENOUGH))
    fewer = thirty[:-1] + more
    assert len(Index(fewer).search("kappa lambda", limit=1000)) == len(fewer)


def _hits(*scored: tuple[float, float]) -> tuple[list[_search.Hit], list[Food]]:
    """Hits of (score, mg per 100 g), each a food of its own."""
    hits = [_search.Hit(doc=i, score=score) for i, (score, _) in enumerate(scored)]
    foods = [
        Food(ndb=f"{i:05}", description=f"food {i}", group="", mg_per_100g=mg)
        for i, (_, mg) in enumerate(scored)
    ]
    return hits, foods


@pytest.mark.parametrize(
    ("scored", "ahead"),
    [
        (((MARGIN, 100.0), (1.0, 200.0)), True),  # exactly the margin is enough
        (((MARGIN * 0.999, 100.0), (1.0, 200.0)), False),
        (((1.0, 100.0), (1.0, 105.0)), True),  # 5 % apart: the same answer
        (((1.0, 100.0), (1.0, 105.1)), False),
        (((1.0, 0.5), (1.0, 0.54)), True),  # under 1 mg/100 g: 5 % of 1 mg
        (((1.0, 0.5), (1.0, 0.58)), False),
        (((2.0, 100.0), (1.0, 200.0), (1.9, 300.0)), False),  # every other hit counts
        (((1.0, 100.0),), True),  # a single hit
    ],
)
def test_the_top_hit_is_read_only_when_clearly_ahead(
    scored: tuple[tuple[float, float], ...], ahead: bool
) -> None:
    """A hit with other magnesium must score at most 1/1.15 of the top one (_clearly_ahead)."""
    assert _lookup._clearly_ahead(*_hits(*scored)) is ahead


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("prepared w/ water", "prepared with water"),
        ("beans W/O salt", "beans without salt"),
        ("w/water", "with water"),
        ("with whole", "with whole"),  # a w that is no abbreviation
    ],
)
def test_with_and_without_as_tables_print_them(typed: str, read: str) -> None:
    assert words(typed) == words(read)
    assert "w" not in words(typed)


def test_the_words_cooking_and_kind_fold_to_are_kept_whole() -> None:
    """A synonym's word is not stemmed ("whole" stays, as "wholemeal" reads "wholegrain")."""
    assert words("whole wholemeal boiled kogte rå cocoa") == [
        "whole", "wholegrain", "cooked", "cooked", "raw", "cacao"
    ]  # fmt: skip


def _osa(a: str, b: str) -> int:
    """The optimal string alignment distance from its definition: the whole table.

    Levenshtein's insertions, deletions and substitutions, and a swap of two
    neighbouring letters as one edit, no substring edited twice (the
    restricted edit distance; Wikipedia, "Damerau-Levenshtein distance",
    "Optimal string alignment distance").
    """
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            replaced = d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, replaced)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@st.composite
def _word_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two short words, the second most often one edit from the first (as a slip is)."""
    a = draw(st.text("abc", max_size=7))
    i, letter = draw(st.integers(0, len(a))), draw(st.sampled_from("abc"))
    edit = draw(st.sampled_from(["insert", "delete", "replace", "swap", "any"]))
    b = {
        "insert": a[:i] + letter + a[i:],
        "delete": a[:i] + a[i + 1 :],
        "replace": a[:i] + letter + a[i + 1 :],
        "swap": a[:i] + a[i + 1 : i + 2] + a[i : i + 1] + a[i + 2 :],
        "any": draw(st.text("abc", max_size=7)),
    }[edit]
    return (a, b) if draw(st.booleans()) else (b, a)


@given(_word_pairs())
def test_the_distance_is_the_optimal_string_alignment_distance(pair: tuple[str, str]) -> None:
    assert _search._distance(*pair) == _osa(*pair)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("", "", 0), ("ab", "ba", 1), ("abc", "bac", 1), ("abc", "acb", 1), ("ca", "abc", 3),
     ("almond", "almnod", 1), ("carot", "carrot", 1), ("kitten", "sitting", 3)],
)  # fmt: skip
def test_the_distance_of_known_pairs(a: str, b: str, distance: int) -> None:
    """("ca", "abc") is 3 by optimal string alignment (2 by unrestricted Damerau-Levenshtein)."""
    assert _search._distance(a, b) == _search._distance(b, a) == distance


@given(_word_pairs())
@example(("ab", "ca"))  # two neighbours differ, but b is no swap of a (found by this test)
def test_a_doubled_letter_and_a_swap_are_read_from_their_definitions(
    pair: tuple[str, str],
) -> None:
    a, b = pair
    doubled = any(b == a[:i] + a[i] + a[i:] for i in range(len(a)))
    swapped = a != b and any(b == a[:i] + a[i + 1] + a[i] + a[i + 2 :] for i in range(len(a) - 1))
    assert (_search._doubled(a, b), _search._swapped(a, b)) == (doubled, swapped)


@pytest.mark.parametrize(
    ("typed", "indexed", "rank"),
    [
        ("almmond", "almond", 0),  # a letter typed twice
        ("carot", "carrot", 0),  # a double letter typed once
        ("almodn", "almond", 1),  # two neighbours swapped
        ("almnd", "almond", 2),  # a letter left out
        ("almonds", "almond", 2),  # a letter added
        ("almend", "almond", 3),  # a letter replaced: the least likely
    ],
)
def test_slips_rank_doubles_then_swaps_then_a_letter_more_or_less(
    typed: str, indexed: str, rank: int
) -> None:
    assert _search._slip(typed, indexed) == rank


def _ways(*names: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(words(name)) for name in names)


@pytest.mark.parametrize(
    ("names", "kinds"),
    [
        ([("Bacon, meatless", 1.0)], ()),  # a first part of one word names no kind
        ([("Sweet potato leaves, raw", 1.0)], _ways("Sweet potato leaves")),
        ([("Canadian bacon", 1.0), ("bacon", 1.3)], _ways("Canadian bacon", "bacon")),
        # a curated name (weight above 1, no comma) is about its last word: soy milk is milk
        ([("Milk, soy", 1.0), ("soy milk", 1.3)], _ways("Milk", "milk")),
        ([("Milk, soy", 1.0), ("milk, soy", 1.3)], ()),  # with a comma: a table's order
        ([("Milk, soy", 1.0), ("soy milk", 1.0)], ()),  # weight 1: a table's name
        ([("Milk, soy", 1.0), ("milk", 1.3)], ()),  # no name of several words
        ([], ()),
    ],
)
def test_the_ways_a_foods_kind_is_named(
    names: list[tuple[str, float]], kinds: tuple[frozenset[str], ...]
) -> None:
    tokenized = [(words(name), weight) for name, weight in names]
    assert _search._kinds(names, tokenized) == kinds


@pytest.mark.parametrize(
    ("name", "weight", "head"),
    [
        ("Butter, salted", 1.0, "butter"),  # a table's name: its first word
        ("peanut butter", 1.3, "butter"),  # a curated name as people say it: its last
        ("milk, soy", 1.3, "milk"),  # a curated name in a table's order: its first
    ],
)
def test_the_word_a_name_is_about(name: str, weight: float, head: str) -> None:
    (expected,) = words(head)
    assert _search._head(name, words(name), weight) == expected
