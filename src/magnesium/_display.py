"""Notebook display and JSON-ready dictionaries for result objects.

A result class inherits :class:`Displayable` and says what to show in two
methods: ``_title`` (one line) and ``_lines`` (label, text pairs). From them
come a plain-text rendering (``to_text``, ``_repr_pretty_`` for IPython), an
HTML table (``_repr_html_``, every piece escaped) and a short ``__repr__``.
``to_dict`` turns the attrs fields, and the derived values named in
``_derived``, into plain JSON types: Quantities become ``{"magnitude",
"unit"}``, enums their value, times "HH:MM", sets sorted lists. IPython is
never imported.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Mapping
from typing import Any, ClassVar, Protocol

import attrs
import pint

from magnesium._i18n import Msg, check_lang, format_number, unit_text

__all__: list[str] = []


class _Printer(Protocol):
    def text(self, text: str) -> None: ...


def jsonable(value: object, lang: str = "en") -> Any:  # noqa: PLR0911 - one return per type
    """Return ``value`` as JSON types (see the module docs); texts in ``lang``."""
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, Displayable):
        return value.to_dict(lang=lang)
    if attrs.has(type(value)):
        return {f.name: jsonable(getattr(value, f.name), lang) for f in _fields(value)}
    if isinstance(value, pint.Quantity):
        return {"magnitude": float(value.magnitude), "unit": str(value.units)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.time):
        return value.isoformat("minutes")
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v, lang) for v in value)
    if isinstance(value, tuple | list):
        return [jsonable(v, lang) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, lang) for k, v in value.items()}
    return value


def _cell(key: str, value: object) -> tuple[str, object]:
    """One cell of a table: a list joined, a quantity as its number under a named unit."""
    if isinstance(value, list):
        return key, "; ".join(map(str, value))
    if isinstance(value, dict) and set(value) == {"magnitude", "unit"}:
        return f"{key} ({value['unit']})", value["magnitude"]
    return key, value


def _fields(instance: object) -> tuple[attrs.Attribute[Any], ...]:
    # Fields marked internal (bookkeeping, not a result) stay out of records.
    found: tuple[attrs.Attribute[Any], ...] = attrs.fields(type(instance))  # type: ignore[arg-type]
    return tuple(f for f in found if not f.metadata.get("internal"))


def quantity_text(value: object, digits: int = 1, lang: str = "en") -> str:
    """Format a Quantity compactly, e.g. ``"250.0 mg/d"`` (``"250,0 mg/dag"`` in Danish)."""
    if isinstance(value, pint.Quantity):
        number = format_number(value.magnitude, f".{digits}f", lang)
        return f"{number} {unit_text(f'{value.units:~P}', lang)}"
    return "-" if value is None else str(value)


class Displayable:
    """Mixin: rich display, plain text and ``to_dict`` from ``_title`` and ``_lines``."""

    __slots__ = ()
    _derived: ClassVar[tuple[str, ...]] = ()

    def _title(self, lang: str) -> str:
        raise NotImplementedError

    def _lines(self, lang: str) -> list[tuple[str, str]]:
        raise NotImplementedError

    @property
    def headline(self) -> str:
        """One line that says what this result is (in a ``language`` block's language)."""
        return self._title(check_lang())

    def _brief(self) -> str:
        """Return the few words of ``__repr__`` after the class name."""
        return self._title("en")

    def to_text(self, lang: str | None = None) -> str:
        """Return a plain-text rendering, in English or Danish (``lang="da"``)."""
        chosen = check_lang(lang)
        lines = self._lines(chosen)
        width = max((len(label) for label, _ in lines), default=0)
        body = [f"  {label:<{width}}  {line}" for label, line in lines]
        return "\n".join([self._title(chosen), *body])

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """Return the fields and derived values as JSON-ready types, texts in ``lang``."""
        chosen = check_lang(lang)
        data = {f.name: jsonable(getattr(self, f.name), chosen) for f in _fields(self)}
        data.update({name: jsonable(getattr(self, name), chosen) for name in self._derived})
        return data

    def to_html(self, lang: str | None = None) -> str:
        """Return an HTML table, every piece escaped, in English or Danish."""
        chosen = check_lang(lang)
        rows = "".join(
            f"<tr><th style='text-align:left;padding-right:1em'>{html.escape(label)}</th>"
            f"<td style='text-align:left'>{html.escape(line)}</td></tr>"
            for label, line in self._lines(chosen)
        )
        return (
            f"<div class='magnesium-result'><strong>{html.escape(self._title(chosen))}</strong>"
            f"<table>{rows}</table></div>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def _repr_pretty_(self, printer: _Printer, cycle: bool) -> None:
        printer.text(repr(self) if cycle else self.to_text())

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self._brief()}>"


class Tabular:
    """A result with rows (items, interactions, conflicts, findings): ``to_frame()``."""

    def to_frame(self, lang: str | None = None) -> Any:
        """Return the result's rows as a pandas DataFrame, texts in ``lang`` (needs pandas).

        One row per item, interaction, conflict or finding, with the fields of
        its ``to_dict``; lists (sources, assumptions) are joined with "; ", and
        an amount is its number in a column that names the unit
        (``"take_drug_before_magnesium (hour)"``).
        """
        rows = self._table_rows(check_lang(lang))
        try:
            import pandas as pd  # noqa: PLC0415 - optional: only tables need it
        except ImportError as error:
            message = "to_frame needs pandas: pip install 'pymagnesium[pandas]'"
            raise ImportError(message) from error
        flat = [dict(_cell(key, value) for key, value in row.items()) for row in rows]
        return pd.DataFrame(flat, columns=list(flat[0]) if flat else None)

    def _table_rows(self, lang: str) -> list[dict[str, Any]]:
        """Return the rows of :meth:`to_frame` (JSON-ready dicts)."""
        raise NotImplementedError
