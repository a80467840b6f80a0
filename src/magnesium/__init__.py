"""magnesium: dietary magnesium, unit-aware and sourced.

Sum a day's magnesium from foods, supplements, mineral water and magnesium
medicines in elemental mg; compare it with the EFSA ceiling of 250 mg/day
from supplements and with recommended intakes (EFSA, NNR 2023, US). Look up
the medicines that interact with magnesium and check a day's dosing
schedule against their spacing rules. Every figure carries its source.
The library informs; it does not diagnose and is not medical advice.

Examples
--------
>>> import magnesium as mg
>>> report = mg.assess_intake(
...     [mg.food("almonds", "30 g"), mg.supplement("magnesium oxide", "400 mg")],
...     sex="female", age=35,
... )
>>> report.total, report.exceeds_ceiling
(<Quantity(322.2..., 'milligram')>, False)
"""

from magnesium.compounds import COMPOUNDS, Compound, compound, elemental
from magnesium.errors import (
    AmbiguousNameError,
    ArgumentTypeError,
    InputTooLongError,
    InvalidAmountError,
    InvalidRecordError,
    MagnesiumError,
    NoReferenceValueError,
    UnitError,
    UnknownChoiceError,
    UnknownNameError,
)
from magnesium.foods import Food, find_food, search_foods
from magnesium.intake import (
    FluidTarget,
    IntakeItem,
    IntakeReport,
    ItemKind,
    SweatLoss,
    assess_intake,
    fluid_target,
    food,
    medicine,
    supplement,
    sweat_loss,
    water,
)
from magnesium.interactions import (
    DRUGS,
    RECORDS,
    Direction,
    Drug,
    Interaction,
    InteractionRecord,
    InteractionReport,
    Severity,
    Spacing,
    UnknownMedicine,
    find_drug,
    interactions,
)
from magnesium.labs import SerumClass, SerumStatus, ckd_epi_2021, serum_status
from magnesium.reference import (
    Authority,
    ReferenceValue,
    Sex,
    WaterIntake,
    reference_intake,
    upper_level,
    water_intake,
)
from magnesium.risk import (
    Assessment,
    Condition,
    CrampEvidence,
    CrampSituation,
    DeficiencyRisk,
    DepletionScore,
    Diet,
    Finding,
    Person,
    Recommendation,
    RiskLevel,
    SupplementPlan,
    Symptom,
    assess,
    magnesium_depletion_score,
)
from magnesium.schedule import (
    Conflict,
    ForbiddenSpan,
    MagnesiumWindows,
    ScheduleCheck,
    ScheduleError,
    TimeWindow,
    check_schedule,
    magnesium_windows,
)
from magnesium.sources import SOURCES, Evidence, Source, get_source
from magnesium.units import to_meq, to_mg, to_mmol

__version__ = "0.1.0.dev0"

__all__ = [
    "COMPOUNDS",
    "DRUGS",
    "RECORDS",
    "SOURCES",
    "AmbiguousNameError",
    "ArgumentTypeError",
    "Assessment",
    "Authority",
    "Compound",
    "Condition",
    "Conflict",
    "CrampEvidence",
    "CrampSituation",
    "DeficiencyRisk",
    "DepletionScore",
    "Diet",
    "Direction",
    "Drug",
    "Evidence",
    "Finding",
    "FluidTarget",
    "Food",
    "ForbiddenSpan",
    "InputTooLongError",
    "IntakeItem",
    "IntakeReport",
    "Interaction",
    "InteractionRecord",
    "InteractionReport",
    "InvalidAmountError",
    "InvalidRecordError",
    "ItemKind",
    "MagnesiumError",
    "MagnesiumWindows",
    "NoReferenceValueError",
    "Person",
    "Recommendation",
    "ReferenceValue",
    "RiskLevel",
    "ScheduleCheck",
    "ScheduleError",
    "SerumClass",
    "SerumStatus",
    "Severity",
    "Sex",
    "Source",
    "Spacing",
    "SupplementPlan",
    "SweatLoss",
    "Symptom",
    "TimeWindow",
    "UnitError",
    "UnknownChoiceError",
    "UnknownMedicine",
    "UnknownNameError",
    "WaterIntake",
    "__version__",
    "assess",
    "assess_intake",
    "check_schedule",
    "ckd_epi_2021",
    "compound",
    "elemental",
    "find_drug",
    "find_food",
    "fluid_target",
    "food",
    "get_source",
    "interactions",
    "magnesium_depletion_score",
    "magnesium_windows",
    "medicine",
    "reference_intake",
    "search_foods",
    "serum_status",
    "supplement",
    "sweat_loss",
    "to_meq",
    "to_mg",
    "to_mmol",
    "upper_level",
    "water",
    "water_intake",
]
