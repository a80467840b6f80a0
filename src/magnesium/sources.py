"""The bibliography: every figure in :mod:`magnesium` points to one of these.

A :class:`Source` is one citation. Table rows and constants carry the source
they come from, and :class:`Evidence` says how sure the figure is, using the
status codes of the project's fact sheet: confirmed in the named source,
secondary (a faithful reproduction seen, the primary not), or unconfirmed.

Examples
--------
>>> from magnesium.sources import SOURCES, get_source
>>> get_source("EFSA2015").doi
'10.2903/j.efsa.2015.4186'
>>> len(SOURCES) > 10
True
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _data
from magnesium._display import Displayable
from magnesium._i18n import text
from magnesium.errors import ArgumentTypeError, UnknownNameError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["SOURCES", "Evidence", "Source", "get_source"]


class Evidence(enum.StrEnum):
    """How sure a figure is, as read in its source.

    ``CONFIRMED``: read in a stored copy of the named source or a verbatim
    reproduction. ``SECONDARY``: seen only in pages that quote the named
    authority. ``UNCONFIRMED``: not seen in any stored copy; such a figure is
    never used as a silent default.
    """

    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"


@attrs.frozen(kw_only=True)
class Source(Displayable):
    """One citation (``to_dict()``, ``to_text()`` and HTML in a notebook).

    Attributes
    ----------
    key
        Short, stable key such as ``"EFSA2015"``.
    author
        Authors or issuing body.
    title
        Title of the work.
    year
        Year of publication, ``None`` where the source shows none (a living
        product text).
    published_in
        Journal, series or publisher, with volume and pages where known.
    url
        A web address, if one exists.
    doi
        A DOI without the ``https://doi.org/`` prefix, if one exists.
    note
        How the source was read (e.g. through which stored copy).
    """

    key: str
    author: str
    title: str
    year: int | None
    published_in: str = ""
    url: str = ""
    doi: str = ""
    note: str = ""

    def _title(self, lang: str) -> str:  # noqa: ARG002 - a citation is as published
        return self.citation()

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        found = [(text("key", lang), self.key), ("URL", self.url), ("DOI", self.doi),
                 (text("note", lang), self.note)]  # fmt: skip
        return [(label, value) for label, value in found if value]

    def citation(self) -> str:
        """Return the source as one line of text.

        Examples
        --------
        >>> get_source("SCF2001").citation()
        'SCF (EU Scientific Committee on Food) (2001). Opinion ... magnesium. ...'
        """
        year = "n.d." if self.year is None else self.year
        parts = [f"{self.author} ({year}). {self.title}."]
        if self.published_in:
            parts.append(f"{self.published_in}.")
        if self.doi:
            parts.append(f"doi:{self.doi}")
        elif self.url:
            parts.append(self.url)
        return " ".join(parts)


# The fields of a [[source]] row of data/sources.toml: type, and whether required.
_SCHEMA: Final = {
    "key": (str, True),
    "author": (str, True),
    "title": (str, True),
    "year": (int, False),
    "published_in": (str, False),
    "url": (str, False),
    "doi": (str, False),
    "note": (str, False),
}


@functools.cache
def _bibliography() -> Mapping[str, Source]:
    """Read data/sources.toml once: every citation, by key."""
    rows = _data.rows("sources.toml", "source", _SCHEMA)
    return _data.unique(
        (Source(**{"year": None, **row}) for row in rows), lambda s: s.key, "sources.toml"
    )


#: Every source, by key: read from ``magnesium/data/sources.toml`` on first use.
SOURCES: Mapping[str, Source] = _data.LazyMapping(_bibliography, "SOURCES")


def get_source(key: str) -> Source:
    """Return the source with this key.

    Parameters
    ----------
    key
        A key of :data:`SOURCES`, such as ``"EFSA2015"``.

    Returns
    -------
    Source
        The citation.

    Raises
    ------
    UnknownNameError
        If no source has this key; the error lists the keys.

    Examples
    --------
    >>> get_source("USDASR28").year
    2015
    """
    if not isinstance(key, str):
        message = f"`key` needs a source key such as 'EFSA2015', got {key!r}"
        raise ArgumentTypeError(message)
    try:
        return SOURCES[key]
    except KeyError:
        raise UnknownNameError("source", key, sorted(SOURCES)) from None
