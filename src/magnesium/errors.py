"""Errors raised by :mod:`magnesium`.

Every error is a :class:`MagnesiumError` and also the builtin exception that
callers already catch (pint does the same: its ``DimensionalityError`` is a
``TypeError``). Messages name the argument, what it needs and what it got.
All errors pickle, so they cross process boundaries (multiprocessing, Dask).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "AmbiguousNameError",
    "ArgumentTypeError",
    "InputTooLongError",
    "InvalidAmountError",
    "InvalidRecordError",
    "MagnesiumError",
    "NoReferenceValueError",
    "UnitError",
    "UnknownChoiceError",
    "UnknownNameError",
]


class MagnesiumError(Exception):
    """Base class of every error this library raises on purpose."""


class UnitError(MagnesiumError, TypeError):
    """An amount has no unit or the wrong kind of unit.

    Raised for bare numbers, ``None`` and wrong dimensions, such as
    ``"30 mL"`` where a mass is due.
    """


class ArgumentTypeError(MagnesiumError, TypeError):
    """An argument is of the wrong type: not a name, a list or a Person where one is due."""


class InvalidRecordError(MagnesiumError, ValueError):
    """A mapping given to a ``from_dict`` is not a record of that class.

    The message names the field that is missing or wrong and what was expected.
    """


class InvalidAmountError(MagnesiumError, ValueError):
    """An amount has the right unit but an impossible value.

    Raised for negative, zero-where-meaningless, NaN or infinite amounts, and
    for strings that cannot be read as an amount.
    """


class InputTooLongError(InvalidAmountError):
    """A text input (an amount, a name, a time) is longer than any real one.

    Inputs are capped at :data:`MAX_INPUT_LENGTH` characters before any
    parsing or fuzzy matching, so that no single input means unbounded work.
    """


#: The longest text input read (amounts, names, times), in characters.
MAX_INPUT_LENGTH = 200


class NoReferenceValueError(MagnesiumError, LookupError):
    """The chosen authority publishes no value for this group.

    For example, the EU tolerable upper level does not apply below age 4.
    """


class UnknownNameError(MagnesiumError, LookupError):
    """A food, compound or medicine name is not known.

    Parameters
    ----------
    kind
        What was looked up, e.g. ``"food"``.
    name
        The name as given.
    candidates
        The closest known names, best first.
    known
        For a closed vocabulary (symptoms, conditions, diets): every word it
        has, listed in the message so that a caller can pick one.
    """

    def __init__(
        self, kind: str, name: str, candidates: Sequence[str] = (), known: Sequence[str] = ()
    ) -> None:
        self.kind = kind
        self.name = name
        self.candidates = tuple(candidates)
        self.known = tuple(known)
        hint = (
            "; did you mean " + ", ".join(f'"{c}"' for c in self.candidates) + "?"
            if self.candidates
            else ""
        )
        listing = f" (known {kind}s: {', '.join(self.known)})" if self.known else ""
        super().__init__(f'unknown {kind} "{name}"{hint}{listing}')

    def __reduce__(
        self,
    ) -> tuple[type[UnknownNameError], tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
        return type(self), (self.kind, self.name, self.candidates, self.known)


class AmbiguousNameError(UnknownNameError):
    """A name or measure matches several entries and none is the usual one.

    ``candidates`` lists every match; name one of them instead.
    """

    def __init__(
        self, kind: str, name: str, candidates: Sequence[str] = (), known: Sequence[str] = ()
    ) -> None:
        super().__init__(kind, name, candidates, known)
        options = ", ".join(f'"{c}"' for c in self.candidates)
        named = f' "{name}"' if name else ""  # a measure chosen for the caller names none
        self.args = (f"{kind}{named} is ambiguous; name one of {options}",)


class UnknownChoiceError(UnknownNameError, ValueError):
    """A value is not one of a fixed set of choices, such as an authority.

    Also a ``ValueError``, as a bad enum value is in the standard library;
    ``candidates`` holds every choice.
    """

    def __init__(
        self, kind: str, name: str, candidates: Sequence[str] = (), known: Sequence[str] = ()
    ) -> None:
        super().__init__(kind, name, candidates, known)
        options = ", ".join(f'"{c}"' for c in self.candidates)
        self.args = (f'unknown {kind} "{name}"; choose one of {options}',)
