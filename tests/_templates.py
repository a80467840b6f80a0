"""Every English text template of the library: what the Danish catalogue must cover."""

from __future__ import annotations

import ast
from pathlib import Path

import magnesium
from magnesium import _data
from magnesium.compounds import COMPOUNDS
from magnesium.foods import curated
from magnesium.intake import ItemKind
from magnesium.interactions import DRUGS, RECORDS, Direction, Severity
from magnesium.labs import SerumClass
from magnesium.reference import _reference
from magnesium.risk import CrampSituation, RiskLevel, Symptom
from magnesium.sources import Evidence

_MARKERS = {"msg", "text", "N_", "Msg"}
SOURCE = Path(magnesium.__file__).parent


def literal_templates() -> set[str]:
    """Strings passed as first argument to msg(), text(), N_() or Msg() in the source."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.name == "_catalogue.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in _MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "plural":
                found |= {
                    a.value
                    for a in node.args[1:]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                }
    return found


def data_templates() -> set[str]:
    """Texts held in tables and enums that the library renders."""
    found = {str(r.effect) for r in RECORDS.values()}
    found |= {r.management.template for r in RECORDS.values()}
    found |= {str(r.note) for r in RECORDS.values() if r.note is not None}
    found |= {str(s.wording) for r in RECORDS.values() for s in r.spacings}
    found |= {d.drug_class for d in DRUGS.values()}
    for kind in (ItemKind, Direction, Severity, SerumClass, CrampSituation, Evidence, Symptom):
        found |= {str(member.value) for member in kind}
    found |= {str(level) for level in RiskLevel}
    found |= {c.name for c in COMPOUNDS.values()}  # names rendered through name_text
    found |= {c.note for c in COMPOUNDS.values() if c.note}
    found |= {c.default_reason for c in COMPOUNDS.values() if c.default_reason}
    intakes, upper = _reference.INTAKES.values(), _reference.UPPER.values()
    for rows in [t[1] for t in intakes] + [t[0] for t in upper]:
        found |= {row.group for row in rows}
    found |= {row.group for row in _reference.shared().water}
    found |= {"female", "male", "pregnancy", "lactation", "total", "supplemental"}
    found |= {c.note for c in curated() if c.note} | {c.read_as for c in curated() if c.read_as}
    found |= {entry["release"] for entry in _data.registry("food_table")}
    return found


def all_templates() -> set[str]:
    return literal_templates() | data_templates()
