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

__version__ = "0.1.0.dev0"

from magnesium import _public

# Every public name is listed once, in __init__.pyi (SPEC 1). Each loads its
# module on first use: `import magnesium` and a first intake result stay close
# to pint's own import and first conversion (issue 15), and `dir()` lists
# only the public names and modules.
__all__, __getattr__, __dir__ = _public.attach_stub(__name__)
