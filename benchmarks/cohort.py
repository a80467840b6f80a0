"""A generated cohort for benchmarks and examples: one row per person, plain columns."""

from __future__ import annotations

import numpy as np
import pandas as pd

MEDICINES = np.array(
    ["", "furosemide", "omeprazole", "furosemide; omeprazole", "levothyroxine",
     "hydrochlorothiazide", "paracetamol", "spironolactone; digoxin", "amlodipine"]
)  # fmt: skip
UNITS = {
    "food": "mg",
    "supplemental": "mg",
    "egfr": "mL/min/1.73m**2",
    "creatinine": "mg/dL",
    "serum_magnesium": "mmol/L",
}


def generate(n: int, seed: int = 1) -> pd.DataFrame:
    """Return ``n`` generated people with every column magnesium.frame reads."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "sex": pd.Categorical(rng.choice(["female", "male"], n)),
            "age": rng.uniform(18, 90, n).round(1),
            "food": rng.gamma(9.0, 30.0, n),
            "supplemental": np.where(rng.random(n) < 0.3, rng.uniform(0, 500, n), 0.0),
            "egfr": np.where(rng.random(n) < 0.5, rng.normal(85, 20, n).clip(5, 150), np.nan),
            "creatinine": rng.uniform(0.5, 2.5, n),
            "serum_magnesium": np.where(
                rng.random(n) < 0.4, rng.normal(0.85, 0.1, n).clip(0.3, 2), np.nan
            ),
            "alcohol_drinks_per_day": rng.poisson(1.2, n).astype(float),
            "medications": pd.Categorical(rng.choice(MEDICINES, n)),
            "heavy_sweating": rng.random(n) < 0.1,
            "gi_disease": rng.random(n) < 0.03,
            "type_2_diabetes": rng.random(n) < 0.08,
        }
    )
