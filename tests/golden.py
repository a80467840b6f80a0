"""The golden corpus (issue 25): every public result for 1,000 people and days, as digests.

Issue 25 moves the library's knowledge into data files and changes no result.
Before the move, ``python tools/golden.py`` recorded here what the library
says; ``tests/test_golden.py`` checks that it still says exactly that. The
people and days come from a seeded generator, so only digests are stored:
one SHA-256 per case over the assessment, the intake report and the
interaction report, each as text and ``to_dict`` in English and Danish; and
one over the cohort ``frame.score`` of all 1,000. Floats are written with 10
significant digits, so a last-bit difference between CPUs (NumPy's vector
code) is not a change. A deliberate change of output is recorded again
with the tool, saying why in the commit.
"""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

import pandas as pd

import magnesium as mg
from magnesium.frame import score

SEED = 20261206
CASES = 1_000

_FOODS = [("almonds", "30 g"), ("rugbrød", "2 skiver"), ("spinach", "100 g"),
          ("havregryn", "1 dl"), ("banana", "1 medium"), ("skyr", "150 g"),
          ("black beans", "1 dl"), ("mandler", "1 håndfuld"), ("mælk", "1 glas"),
          ("white rice, cooked", "1 cup"), ("dark chocolate", "20 g")]  # fmt: skip
_SALTS = ["magnesium citrate", "magnesium oxide", "magnesium bisglycinate", "magnesiumlaktat",
          "magnesium chloride", "magnesium hydroxide"]  # fmt: skip
_MEDICINES = ["furosemide", "omeprazole", "levothyroxine", "ciprofloxacin", "spironolactone",
              "Losec", "doxycyclin", "alendronat", "metformin", "digoxin", "lithium",
              "Biktarvy", "zyxquux"]  # fmt: skip
_SYMPTOMS = [str(s) for s in mg.Symptom]
_CONDITIONS = [str(c) for c in mg.Condition]
_AUTHORITIES = ["EFSA", "NNR2023", "US"]


def _maybe(rng: random.Random, value: object, p: float = 0.5) -> object:
    return value if rng.random() < p else None


def person(rng: random.Random) -> dict[str, Any]:
    """The fields of one generated person (a dict: a Person and a frame row)."""
    sex = rng.choice(["female", "male"])
    age = rng.choice([2, 6, 15, 25, 34, 40, 52, 67, 80, rng.uniform(18, 95)])
    stage = rng.random()
    childbearing = sex == "female" and 16 <= age <= 45
    return {
        "sex": sex,
        "age": round(age, 1),
        "pregnant": childbearing and stage < 0.1,
        "lactating": childbearing and 0.1 <= stage < 0.15,
        "medications": rng.sample(_MEDICINES, rng.choice([0, 0, 1, 2, 3, 5])),
        "alcohol_drinks_per_day": _maybe(rng, rng.choice([0, 1, 2, 4, 6])),
        "diet": rng.choice([None, "varied", "one-sided", "calorie-restricted"]),
        "conditions": rng.sample(_CONDITIONS, rng.choice([0, 0, 0, 1, 2])),
        "symptoms": rng.sample(_SYMPTOMS, rng.choice([0, 0, 1, 2, 3])),
        "training_hours_per_week": _maybe(rng, rng.choice([0, 3, 8, 15])),
        "hot_climate": rng.random() < 0.1,
        "heavy_sweating": rng.random() < 0.1,
        "egfr": _maybe(rng, rng.choice([25.0, 45.0, 70.0, 95.0]), 0.3),
        "serum_magnesium": _maybe(rng, rng.choice([0.45, 0.55, 0.7, 0.8, 0.9, 1.2, 2.0]), 0.3),
    }


def day(rng: random.Random) -> list[mg.IntakeItem]:
    items = [mg.food(*rng.choice(_FOODS)) for _ in range(rng.choice([0, 1, 3, 5]))]
    items += [
        mg.supplement(rng.choice(_SALTS), f"{rng.choice([250, 500, 1000])} mg")
        for _ in range(rng.choice([0, 0, 1, 2]))
    ]
    if rng.random() < 0.2:
        items.append(mg.water("1 L", magnesium=f"{rng.choice([20, 100])} mg/L"))
    if rng.random() < 0.1:
        items.append(mg.medicine("magnesium hydroxide", "1 g"))
    return items


def _person(fields: dict[str, Any]) -> mg.Person:
    amounts = {"egfr": "mL/min", "serum_magnesium": "mmol/L"}
    given = {k: (f"{v} {amounts[k]}" if k in amounts and v is not None else v)
             for k, v in fields.items()}  # fmt: skip
    return mg.Person(**given)


def _canonical(value: object) -> object:
    """JSON-ready, floats to 10 significant digits (last bits differ between CPUs)."""
    if isinstance(value, float):
        return float(f"{value:.10g}")
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def _digest(parts: list[object]) -> str:
    text = json.dumps(_canonical(parts), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _outputs(result: Any) -> list[object]:
    return [result.to_text(lang) for lang in ("en", "da")] + [
        result.to_dict(lang) for lang in ("en", "da")
    ]


def case(index: int) -> tuple[dict[str, Any], str]:
    """Return the fields of case ``index`` and the digest of everything said about it."""
    rng = random.Random(f"{SEED}-{index}")  # noqa: S311 - test data, not secrets
    fields = person(rng)
    items = day(rng)
    authority = rng.choice(_AUTHORITIES)
    parts: list[object] = [authority]
    try:
        subject = _person(fields)
        parts += _outputs(mg.assess(subject, items, authority=authority))
        parts += _outputs(mg.assess_intake(items, sex=fields["sex"], age=fields["age"],
                                           authority=authority))  # fmt: skip
        parts += _outputs(mg.interactions(fields["medications"]))
    except mg.MagnesiumError as error:  # a refusal is an output too
        parts += [type(error).__name__, str(error)]
    return fields, _digest(parts)


def cohort_digest(rows: list[dict[str, Any]]) -> str:
    frame = pd.DataFrame(rows).drop(columns=["medications", "symptoms", "conditions"])
    frame["medications"] = [";".join(r["medications"]) for r in rows]
    frame["symptoms"] = [";".join(r["symptoms"]) for r in rows]
    frame["conditions"] = [";".join(r["conditions"]) for r in rows]
    scored = score(frame, units={"egfr": "mL/min", "serum_magnesium": "mmol/L"}, extra="ignore")
    records = json.loads(scored.astype(object).where(scored.notna(), None).to_json(
        orient="split", double_precision=10, default_handler=str))  # fmt: skip
    return _digest([records])


def record() -> dict[str, Any]:
    """Return the corpus: a digest per case and one for the cohort."""
    cases = [case(i) for i in range(CASES)]
    return {
        "seed": SEED,
        "cases": [digest for _, digest in cases],
        "cohort": cohort_digest([fields for fields, _ in cases]),
    }
