"""Internal: the unit machinery every module shares (plain names, not public API).

The pint application registry, the reading of amounts (strings, Quantities of
any registry, arrays and pint-pandas Series) into one canonical unit per
kind, the plausible bounds of single inputs, and Quantities going out. The
public face is :mod:`magnesium.units`.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeAlias, TypeVar

import pint
from pint.facets.plain import PlainQuantity

from magnesium._names import LazyPattern, check_length, shown
from magnesium.errors import InvalidAmountError, UnitError

#: An amount as the public functions take it: a pint Quantity (from any
#: registry) or a text such as ``"250 mg"``. A bare number is not an amount:
#: its unit would be a guess (type checkers catch it; the functions refuse it).
Amount: TypeAlias = str | PlainQuantity[Any]

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np  # only for the type: the core needs no numpy
    from pint.facets.plain import PlainUnit

_Number = TypeVar("_Number", float, "np.ndarray")

#: Standard atomic weight of magnesium, in g/mol (= mg/mmol). IUPAC 2021
#: abridged value; source key ``IUPAC2021``.
MAGNESIUM_MOLAR_MASS: Final = 24.305

#: Charge of the magnesium ion: 1 mmol = 2 mEq.
MAGNESIUM_VALENCE: Final = 2

application_registry = pint.get_application_registry()  # type: ignore[no-untyped-call]

_NUMBER = r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?|[+-]?(?:nan|inf(?:inity)?)"
# "1,250 mg" may be 1.25 (a Danish decimal comma) or 1250 (an English
# thousands separator): three digits after a comma, with a non-zero integer
# part, are refused rather than guessed.
_AMBIGUOUS_COMMA = LazyPattern(r"^[+-]?[1-9]\d*,\d{3}(?!\d)")
# "1.500 g" may be 1.5 g (a decimal point) or 1500 g (a Danish thousands point).
# Refused: one to three digits, a point and three digits ending in 0 ("1.500",
# "2.250"), which a decimal writer leaves off; "24.305" is read as a decimal.
_AMBIGUOUS_POINT = LazyPattern(r"^[+-]?[1-9]\d{0,2}\.\d{2}0(?!\d)")
# A count written as a fraction: "½", "1 1/2", "1½", "3/4" (a cup, a spoon).
_VULGAR: Final = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
# Every pattern here runs in linear time on any text (possessive quantifiers,
# no run of spaces tried from every start): tests/test_regex_time.py times
# each on 1 MB adversarial inputs.
FRACTION = LazyPattern(
    r"^\s*+(?:(\d++)\s*+)?(?:([½¼¾⅓⅔⅛])|(?<![\d/])(\d++)/(\d++))(?=\s|$|[A-Za-z])"
)
# A number, then the rest without its surrounding spaces: words and the runs
# of spaces between them, each taken whole.
AMOUNT = re.compile(rf"^\s*+((?>{_NUMBER}))\s*+((?:\S++|\s++(?=\S))*+)\s*+$", re.IGNORECASE)
MEQ = re.compile(r"\bmeq\b", re.IGNORECASE)
# Digits a unit may hold: exponents ("m**2", "m^2", "m2"); any other is a stray number.
_EXPONENTS = re.compile(r"(?:\*\*|\^)-?\d+|(?<=[A-Za-zµμ])\d+")
_STRAY_NUMBER = re.compile(r"\d")
# What a unit text may hold: letters, digits (exponents), spaces and the
# operators of a unit ("mg", "mmol/L", "mL/min/m**2", "µg"). A control
# character, a brace or a semicolon is a broken paste, not a unit.
UNIT_TEXT = re.compile(r"[\w /*^.·()²³-]*+")


class Kind(NamedTuple):
    """A kind of amount: what it is called, its canonical unit and an example.

    ``alternatives`` are other units the kind accepts, each with the factor
    that turns one of them into the canonical unit (e.g. mmol of magnesium is
    24.305 mg).
    """

    description: str
    unit: str
    example: str
    alternatives: tuple[tuple[str, float], ...] = ()


MASS: Final = Kind("a mass", "mg", '"250 mg"')
MAGNESIUM: Final = Kind(
    "an amount of magnesium (mass, mmol or mEq)",
    "mg",
    '"250 mg"',
    (("mmol", MAGNESIUM_MOLAR_MASS),),
)
BODY_MASS: Final = Kind("a body mass", "kg", '"70 kg"')
VOLUME: Final = Kind("a volume", "L", '"1.5 L"')
CONCENTRATION: Final = Kind(
    "a magnesium concentration (mass, mmol or mEq per volume)",
    "mg/L",
    '"100 mg/L"',
    (("mmol/L", MAGNESIUM_MOLAR_MASS),),
)
DURATION: Final = Kind("a duration", "h", '"2 h"')

# Plausible ranges of single inputs, in each kind's unit: this library's
# bounds, wide enough for any real day or person. A value outside is an
# error, never an absurd result (the Reliability page lists them all).
ITEM_ELEMENTAL: Final = (0.0, 10_000.0)  # mg of magnesium in one supplement item
ITEM_COMPOUND: Final = (0.0, 100_000.0)  # mg of a salt: 100 g (a laxative dose is 10-30 g)
FOOD_MASS: Final = (0.0, 5_000_000.0)  # mg of one food: 5 kg
DAY_VOLUME: Final = (0.0, 20.0)  # L of one drink, food volume or a day's sweat
DRINK_CONCENTRATION: Final = (0.0, 10_000.0)  # mg/L: 10 g/L
BODY: Final = (0.5, 650.0)  # kg


# Sums are exact to ~1e-13 mg; a relative 1e-9 makes 250 mg given in any unit
# land exactly on a limit, never a rounding error above it.
REL_TOL: Final = 1e-9


def near_with(
    value: _Number, limit: _Number, maximum: Callable[[_Number, _Number], _Number]
) -> Any:
    """Return ``math.isclose``'s rule with REL_TOL (no absolute tolerance), written once.

    ``maximum`` is ``max`` for one value (:func:`near`) and ``np.maximum`` for a
    column (``magnesium.frame._columns.near_array``): the one-person and the cohort
    path compare with a limit by this one rule.
    """
    return abs(value - limit) <= REL_TOL * maximum(abs(value), abs(limit))


def near(value: float, limit: float) -> bool:
    """Return whether ``value`` equals ``limit`` within float noise (``math.isclose``)."""
    return bool(near_with(value, limit, max))


def above(value: float, limit: float) -> bool:
    """Return whether ``value`` is above ``limit``: equal within float noise is not above."""
    return value > limit and not near(value, limit)


def ambiguous(number: str, needs: str) -> None:
    """Refuse a number whose comma or point could separate decimals or thousands."""
    if "," not in number and "." not in number:
        return
    if _AMBIGUOUS_COMMA.match(number):
        message = needs + (
            ": the comma could be a decimal comma or a thousands separator; write "
            "the number without it or with a decimal point"
        )
        raise InvalidAmountError(message)
    if _AMBIGUOUS_POINT.match(number):
        message = needs + (
            ": the point could be a decimal point or a Danish thousands point; write "
            "the number without it (1500) or with fewer decimals (1.5)"
        )
        raise InvalidAmountError(message)


def grains(unit_text: str, needs: str) -> None:
    """Refuse "gr": grams to a Danish or German writer, grains to pint."""
    if unit_text.strip().casefold().rstrip(".") == "gr":
        message = (
            needs + ': "gr" could be grams or grains (pint reads grains); write "g" for grams'
        )
        raise UnitError(message)


def fractions(text: str) -> str:
    """Return ``text`` with a leading fraction written as a decimal ("1 1/2 cups" -> "1.5 cups").

    >>> fractions("½ cup"), fractions("1 1/2 cups"), fractions("3/4 dl"), fractions("30 g")
    ('0.5 cup', '1.5 cups', '0.75 dl', '30 g')
    """
    if "/" not in text and text.isascii():  # no fraction: the common case, at once
        return text
    match = FRACTION.match(text)
    if match is None:
        return text
    whole, vulgar, top, bottom = match.groups()
    if vulgar is not None:
        part = _VULGAR[vulgar]
    elif int(bottom) == 0:
        message = f"`amount` needs a fraction with a denominator above 0, got {shown(text)}"
        raise InvalidAmountError(message)
    else:
        part = int(top) / int(bottom)
    value = (int(whole) if whole else 0) + part
    return f"{value:g} {text[match.end() :].lstrip()}"


def _got(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    return shown(value) if isinstance(value, pint.Quantity) else repr(value)  # any pint's repr


def _needs(name: str, kind: Kind, value: object) -> str:
    return f"`{name}` needs {kind.description} such as {kind.example}, got {_got(value)}"


@functools.lru_cache(maxsize=512)
def factor(registry: Any, units: Any, kind: Kind) -> float:
    """Return the factor from ``units`` (text or Unit of ``registry``) to ``kind.unit``.

    Cached here (at most 512 entries): pint's parsing and conversion cost
    about 100 µs a call, a cached factor a dictionary look-up. Raises pint's
    DimensionalityError.

    A user's text never enters the registry's own caches, which grow with
    every distinct text and combination of units (pint caches each parsed
    text, and the root units of each combination): the text is parsed
    without caching, and the factor is the product of each unit's root
    factor (:meth:`pint.UnitRegistry.get_root_units`, cached by pint per unit
    name, a finite set).
    """
    # parse_units_as_container, not parse_expression: a unit text is never
    # evaluated as arithmetic ("mg + 1 mg", "mg 3" and "1/0 mg" are errors).
    given = _container(registry, units)
    for unit, multiplier in ((kind.unit, 1.0), *kind.alternatives):
        ratio, dimension = _root(registry, given / _container(registry, unit))
        if not dimension:
            return ratio * multiplier
    raise pint.DimensionalityError(units, kind.unit)


def _container(registry: Any, units: Any) -> Any:
    """Return the UnitsContainer of a unit text, without caching the text in pint."""
    if isinstance(units, str):  # as_delta=False: pint caches only as_delta=True parses
        return registry.parse_units_as_container(units, as_delta=False)
    return registry.UnitsContainer(units._units)  # noqa: SLF001 - a Unit's own container


def _root(registry: Any, container: Any) -> tuple[float, dict[str, float]]:
    """Return a combination's factor to root units, and its root dimensions (none: equal)."""
    ratio, dimension = 1.0, dict[str, float]()
    for name, exponent in container.items():
        root, units = registry.get_root_units(registry.UnitsContainer({name: 1}))
        if root is None:  # an offset unit (degC): never an amount
            raise pint.DimensionalityError(name, "a multiplicative unit")
        ratio *= root**exponent
        for base, power in units._units.items():  # noqa: SLF001 - a Unit's own container
            dimension[base] = dimension.get(base, 0) + power * exponent
    return ratio, {base: power for base, power in dimension.items() if power}


def is_unit(text: str) -> bool:
    """Whether pint knows ``text`` as a unit; food measure words ("skive") are not."""
    try:
        application_registry.get().parse_units_as_container(text, as_delta=False)
    except Exception:  # noqa: BLE001 - pint's unit parser raises many types for bad text
        return False
    return True


def _from_string(text: str, name: str, kind: Kind) -> float:
    check_length(text, f"`{name}` as a text")
    match = AMOUNT.match(text)
    if match is None:
        if not text.strip():
            raise InvalidAmountError(_needs(name, kind, text) + " (an empty string)")
        raise InvalidAmountError(_needs(name, kind, text) + ": could not read it")
    ambiguous(match[1], _needs(name, kind, text))
    grains(match[2], _needs(name, kind, text))
    # + 0.0: "-0 g" is zero, not a negative zero that prints as "-0".
    number, unit_text = float(match[1].replace(",", ".")) + 0.0, match[2]
    if not unit_text:
        raise UnitError(_needs(name, kind, text) + ": the unit is missing")
    if _STRAY_NUMBER.search(_EXPONENTS.sub("", unit_text)):
        # A second number: "2 mg 3", "0 mg * 1", "mg/100 g". Never evaluated.
        message = _needs(name, kind, text) + ": give one number and one unit, nothing else"
        raise UnitError(message)
    if not UNIT_TEXT.fullmatch(unit_text):  # "mg + 1 mg", "mg;", "\x00mg", "mg{}"
        message = _needs(name, kind, text) + ": give one number and one unit, nothing else"
        raise UnitError(message)
    scale = 1.0
    if MEQ.search(unit_text):
        unit_text, scale = MEQ.sub("mmol", unit_text), 1.0 / MAGNESIUM_VALENCE
    registry = application_registry.get()
    try:
        to_unit = factor(registry, unit_text, kind)
    except pint.DimensionalityError:
        raise UnitError(_needs(name, kind, text)) from None
    except pint.UndefinedUnitError:
        raise InvalidAmountError(_needs(name, kind, text) + ": unknown unit") from None
    except Exception:  # noqa: BLE001 - pint's unit parser raises many types for bad text
        # Not one unit: a second number, an operator ("2 mg + 1 mg", "2 mg 3").
        # pint's expression parser would evaluate these; they are refused.
        message = _needs(name, kind, text) + ": give one number and one unit, nothing else"
        raise UnitError(message) from None
    return number * scale * to_unit


def _from_quantity(value: pint.Quantity[Any], name: str, kind: Kind) -> float:
    magnitude = value.magnitude
    if isinstance(magnitude, bool) or not isinstance(magnitude, numbers.Real):
        raise UnitError(_needs(name, kind, value) + " (a single real number)")
    try:
        to_unit = factor(value._REGISTRY, value.units, kind)  # noqa: SLF001 - its own registry
    except pint.DimensionalityError:
        raise UnitError(_needs(name, kind, value)) from None
    return float(magnitude) * to_unit


def magnitude(
    value: object,
    kind: Kind,
    *,
    name: str,
    positive: bool = False,
    bounds: tuple[float, float] | None = None,
) -> float:
    """Read an amount and return its magnitude in ``kind.unit``.

    Accepts a pint Quantity of any registry or a string such as ``"250 mg"``;
    rejects everything else, NaN, infinities and negatives (and zero where
    ``positive``) with an error that names the argument. ``bounds`` is the
    plausible range in ``kind.unit``: a value outside it is an error, never an
    absurd result (see the Reliability page for every bound).
    """
    if isinstance(value, pint.Quantity):
        result = _from_quantity(value, name, kind)
    elif isinstance(value, str):
        result = _from_string(value, name, kind)
    elif isinstance(value, numbers.Number):
        raise UnitError(_needs(name, kind, value) + ": a bare number has no unit")
    else:
        raise UnitError(_needs(name, kind, value))
    if not math.isfinite(result):
        raise InvalidAmountError(_needs(name, kind, value) + ": it must be finite")
    if result < 0 or (positive and result == 0):
        sign = "positive" if positive else "zero or more"
        raise InvalidAmountError(_needs(name, kind, value) + f": it must be {sign}")
    if bounds is not None and not bounds[0] <= result <= bounds[1]:
        low, high = bounds
        message = _needs(name, kind, value) + (
            f": it is outside the plausible {low:g}-{high:g} {kind.unit} (this library's bound)"
        )
        raise InvalidAmountError(message)
    return result


def is_array(value: object) -> bool:
    """Whether ``value`` holds many amounts: a Quantity of an array, or a pint-pandas Series."""
    if isinstance(value, pint.Quantity):
        return hasattr(value.magnitude, "__array__") and not isinstance(
            value.magnitude, numbers.Real
        )
    return str(getattr(value, "dtype", "")).startswith("pint[")


class Amounts(NamedTuple):
    """Many amounts, read at once into a float array, and the type they came as.

    Results go back as the input came (MetPy's and pvlib's habit): a
    Quantity of an array, or a pint-pandas Series with the input's index and
    name. numpy and pandas are imported here only, never by ``import
    magnesium``: an array input means they are installed.
    """

    values: Any  # numpy float64 array in the kind's unit; NaN where missing
    index: Any = None  # the pandas index of a Series input, else None
    name: Any = None

    def quantity(self, values: Any, unit: str) -> Any:
        """Return ``values`` in ``unit``, as a Quantity array or a pint-pandas Series."""
        if self.index is None:
            return quantity(values, unit)
        import pandas as pd  # noqa: PLC0415 - optional, present with a pandas input

        return pd.Series(values, index=self.index, name=self.name, dtype=f"pint[{unit}]")

    def plain(self, values: Any) -> Any:
        """Return ``values`` without a unit: an array, or a Series with the input's index."""
        if self.index is None:
            return values
        import pandas as pd  # noqa: PLC0415 - optional, present with a pandas input

        return pd.Series(values, index=self.index, name=self.name)


def amounts(value: Any, kind: Kind, *, name: str, positive: bool = False) -> Amounts:
    """Read many amounts (see :func:`is_array`) into ``kind.unit``.

    NaN is a missing value and stays NaN; a negative or infinite amount (or a
    zero where ``positive``) is an error naming the first positions.
    """
    import numpy as np  # noqa: PLC0415 - optional, present with an array input

    if isinstance(value, pint.Quantity):
        magnitudes, units, index, label = value.magnitude, value.units, None, None
    else:  # a pint-pandas Series
        magnitudes, units = value.pint.magnitude, value.pint.units
        index, label = value.index, value.name
    what = f"`{name}` needs {kind.description}"
    try:
        array = np.asarray(magnitudes, dtype=float)
        to_unit = factor(units._REGISTRY, units, kind)  # noqa: SLF001 - the input's registry
    except pint.DimensionalityError:
        raise UnitError(f"{what} such as {kind.example}, got unit {str(units)!r}") from None
    except (TypeError, ValueError):
        raise UnitError(f"{what}: an array of real numbers with a unit") from None
    values = array * to_unit
    bad = (values < 0) | np.isinf(values)
    if positive:
        bad |= values == 0
    if bad.any():
        sign = "positive" if positive else "zero or more"
        positions = np.flatnonzero(bad)[:3].tolist()
        where = list(index[positions]) if index is not None else positions
        message = f"{what}: finite amounts, {sign}, or NaN where missing; {where} are not"
        raise InvalidAmountError(message)
    return Amounts(values, index, label)


def quantity(value: float, unit: str) -> PlainQuantity[float]:
    """Return ``value`` in ``unit`` as a Quantity of the application registry."""
    registry = application_registry.get()
    return registry.Quantity(value, _unit(registry, unit))  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def _unit(registry: Any, unit: str) -> PlainUnit:
    return registry.parse_units(unit)  # type: ignore[no-any-return]
