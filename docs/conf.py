"""Sphinx configuration of the magnesium documentation (built with -W in CI)."""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from docutils.parsers.rst import Directive

import magnesium
from magnesium.interactions import DRUGS, RECORDS, _interactions
from magnesium.sources import SOURCES

project = "magnesium"
author = "magnesium developers"
copyright = "2026, magnesium developers"  # noqa: A001 - Sphinx's name
release = magnesium.__version__

extensions = [
    "myst_parser",
    "numpydoc",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "matplotlib.sphinxext.plot_directive",  # the Charts page: images built with the docs
]
plot_include_source = True
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 100)]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_inventories"]
html_theme = "furo"
html_title = f"magnesium {release}"

autodoc_typehints = "signature"  # parameter and return types in each signature
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
numpydoc_show_class_members = False
numpydoc_validation_checks: set[str] = set()
myst_heading_anchors = 3

# Each project's inventory is fetched from the web; where the web cannot be
# reached (CI machines reach package registries only), an empty local
# inventory is the fallback, Sphinx logs that as information, not a warning,
# and references to the project render as plain text.
_OFFLINE = "_inventories/empty.inv"
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, _OFFLINE)),
    "pint": ("https://pint.readthedocs.io/en/stable", (None, _OFFLINE)),
    "attrs": ("https://www.attrs.org/en/stable", (None, _OFFLINE)),
    "pandas": ("https://pandas.pydata.org/docs", (None, _OFFLINE)),
}
intersphinx_timeout = 5
# References sections list the sources of a function; the text need not cite
# each one inline ([1]_), so unreferenced citations are expected.
suppress_warnings = ["ref.citation"]


class SourcesDirective(Directive):
    """Render the bibliography of :mod:`magnesium.sources` as a list."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Return one list item per source, sorted by key."""
        items = nodes.bullet_list()
        for key in sorted(SOURCES):
            source = SOURCES[key]
            paragraph = nodes.paragraph()
            paragraph += nodes.strong(text=f"{key}: ")
            paragraph += nodes.Text(source.citation())
            if source.url and source.doi:
                paragraph += nodes.Text(" ")
                paragraph += nodes.reference(text=source.url, refuri=source.url)
            if source.note:
                paragraph += nodes.emphasis(text=f" {source.note}")
            items += nodes.list_item("", paragraph)
        return [items]


def _table(header: list[str], rows: list[list[str]]) -> nodes.table:
    """Return a docutils table of plain-text cells."""
    table = nodes.table()
    group = nodes.tgroup(cols=len(header))
    table += group
    group += [nodes.colspec(colwidth=1) for _ in header]

    def row(cells: list[str]) -> nodes.row:
        line = nodes.row()
        for cell in cells:
            entry = nodes.entry()
            entry += nodes.paragraph(text=cell)
            line += entry
        return line

    head = nodes.thead()
    head += row(header)
    body = nodes.tbody()
    for cells in rows:
        body += row(cells)
    group += [head, body]
    return table


def _window(before: float | None, after: float | None) -> str:
    def hours(value: float | None) -> str:
        return "-" if value is None else f"{value:g} h"

    return f"{hours(before)} before / {hours(after)} after"


class CatalogueDirective(Directive):
    """Render the medicine catalogue of :mod:`magnesium.interactions` as tables."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Return the drugs with their records, the combination products, each source's figure."""
        rows = []
        for drug in sorted(DRUGS.values(), key=lambda d: d.name.casefold()):
            records = drug.records
            what = "; ".join(
                f"{r.key} ({r.direction.value}"
                + (", avoid together" if r.avoid else "")
                + (f", {_window(r.before_h, r.after_h)}" if r.before_h or r.after_h else "")
                + f"; {', '.join(r.sources)}; {r.evidence.value})"
                for r in records
            )
            consulted = ", ".join(drug.sources)
            rows.append(
                [
                    drug.name,
                    drug.danish,
                    ", ".join(drug.brands) or "-",
                    drug.atc,
                    what or f"no known interaction (consulted: {consulted})",
                ]
            )
        header = ["Medicine", "Danish", "Brands", "ATC", "Records (sources; evidence)"]
        drugs = _table(header, rows)
        combos = _table(
            ["Product", "Resolves to"],
            [
                [brand, ", ".join(parts)]
                for brand, parts in sorted(_interactions.catalogue().combinations.items())
            ],
        )
        figures = _table(
            [
                "Record",
                "Window used (drug before / after magnesium)",
                "Source",
                "Its figure",
                "Its wording (evidence)",
            ],
            [
                [
                    record.key,
                    _window(record.before_h, record.after_h),
                    spacing.source,
                    _window(spacing.before_h, spacing.after_h),
                    f"{spacing.wording} ({spacing.evidence.value})",
                ]
                for record in sorted(RECORDS.values(), key=lambda r: r.key)
                for spacing in record.spacings
            ],
        )
        return [drugs, combos, figures]


def _public_signature(*event: Any) -> tuple[str | None, Any]:
    """Leave out private init parameters (``_computed_from``: bookkeeping, not API)."""
    signature, annotation = event[5], event[6]  # autodoc-process-signature's arguments
    if signature:
        signature = re.sub(r", _\w+: [^,()]*(?:\[[^\]]*\])?[^,()]* = None(?=\))", "", signature)
    return signature, annotation


def setup(app: Any) -> dict[str, bool]:
    """Register the sources and catalogue directives."""
    app.connect("autodoc-process-signature", _public_signature)
    app.add_directive("magnesium-sources", SourcesDirective)
    app.add_directive("magnesium-catalogue", CatalogueDirective)
    return {"parallel_read_safe": True}
