"""Name normalisation and closest-match suggestions, shared by every lookup table."""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__: list[str] = []

# Danish letters that do not decompose under NFKD; folded so that "rugbrod"
# finds "rugbrød" and both spellings of a name meet in one key.
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ð": "d", "þ": "th"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize(name: str) -> str:
    """Return the lookup key of a name: case, accents and punctuation folded.

    >>> normalize("  Magnesium L-Threonate ")
    'magnesium l threonate'
    >>> normalize("Rugbrød") == normalize("rugbrod")
    True
    """
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_FOLD))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", ascii_only).strip()


def closest(name: str, choices: Iterable[str], n: int = 5) -> list[str]:
    """Return up to ``n`` of ``choices`` closest to ``name``, best first.

    Matching is on normalised keys, so case and accents do not matter; the
    choices are returned as given.
    """
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(normalize(choice), choice)
    keys = difflib.get_close_matches(normalize(name), by_key, n=n, cutoff=0.6)
    return [by_key[k] for k in keys]
