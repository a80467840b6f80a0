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

import importlib
import sys
import types
from typing import TYPE_CHECKING

from magnesium._i18n import languages
from magnesium._versions import show_versions
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
from magnesium.foods import Food, find_food, food_tables, search_foods
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
from magnesium.reference import (
    Authority,
    ReferenceValue,
    Sex,
    WaterIntake,
    authorities,
    reference_intake,
    upper_level,
    water_intake,
)
from magnesium.sources import SOURCES, Evidence, Source, get_source
from magnesium.units import to_meq, to_mg, to_mmol

if TYPE_CHECKING:  # what the lazy names are, for type checkers and IDEs
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
        Urgency,
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

__version__ = "0.1.0.dev0"

# Submodules that an intake-only user never needs load on first use (SPEC 1:
# a module __getattr__): `import magnesium` and a first intake result stay
# close to pint's own import and first conversion (issue 15).
_LAZY: dict[str, str] = {
    "DRUGS": "interactions",
    "RECORDS": "interactions",
    "Direction": "interactions",
    "Drug": "interactions",
    "Interaction": "interactions",
    "InteractionRecord": "interactions",
    "InteractionReport": "interactions",
    "Severity": "interactions",
    "Spacing": "interactions",
    "UnknownMedicine": "interactions",
    "find_drug": "interactions",
    "interactions": "interactions",
    "SerumClass": "labs",
    "SerumStatus": "labs",
    "ckd_epi_2021": "labs",
    "serum_status": "labs",
    "Assessment": "risk",
    "Condition": "risk",
    "CrampEvidence": "risk",
    "CrampSituation": "risk",
    "DeficiencyRisk": "risk",
    "DepletionScore": "risk",
    "Diet": "risk",
    "Finding": "risk",
    "Person": "risk",
    "Recommendation": "risk",
    "RiskLevel": "risk",
    "SupplementPlan": "risk",
    "Symptom": "risk",
    "Urgency": "risk",
    "assess": "risk",
    "magnesium_depletion_score": "risk",
    "Conflict": "schedule",
    "ForbiddenSpan": "schedule",
    "MagnesiumWindows": "schedule",
    "ScheduleCheck": "schedule",
    "ScheduleError": "schedule",
    "TimeWindow": "schedule",
    "check_schedule": "schedule",
    "magnesium_windows": "schedule",
}
_SUBMODULES: frozenset[str] = frozenset(
    {"frame", "interactions", "labs", "plot", "risk", "schedule"}
)


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)  # first: the function `interactions`, not its module
    if module is not None:
        value = getattr(importlib.import_module(f"magnesium.{module}"), name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"magnesium.{name}")
    message = f"module 'magnesium' has no attribute {name!r}"
    raise AttributeError(message)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The package module: ``magnesium.interactions`` stays the function.

    Importing a submodule binds it on its package. The function
    :func:`interactions` shares its module's name, and with lazy loading the
    module may load after the package (when ``risk`` needs it), so the
    binding keeps the function, as the eager imports always did.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "interactions" and isinstance(value, types.ModuleType):
            value = value.interactions
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
    "Urgency",
    "WaterIntake",
    "__version__",
    "assess",
    "assess_intake",
    "authorities",
    "check_schedule",
    "ckd_epi_2021",
    "compound",
    "elemental",
    "find_drug",
    "find_food",
    "fluid_target",
    "food",
    "food_tables",
    "get_source",
    "interactions",
    "languages",
    "magnesium_depletion_score",
    "magnesium_windows",
    "medicine",
    "reference_intake",
    "search_foods",
    "serum_status",
    "show_versions",
    "supplement",
    "sweat_loss",
    "to_meq",
    "to_mg",
    "to_mmol",
    "upper_level",
    "water",
    "water_intake",
]
