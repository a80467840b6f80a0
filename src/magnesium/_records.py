"""Internal: reading a stored record (``to_dict`` output) back, each field checked.

Every ``from_dict`` reads its mapping through :class:`Record`, so a missing key,
a wrong type or an unknown value is an :class:`~magnesium.errors.InvalidRecordError`
that names the field and what was expected.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import NoReturn

from magnesium import _names
from magnesium.errors import InvalidRecordError


class Record:
    """A mapping read as a record of ``what``: each field checked, each error naming it."""

    def __init__(self, data: object, what: str) -> None:
        if not isinstance(data, Mapping):
            message = (
                f"{what}.from_dict needs a mapping (as to_dict gives), got {_names.shown(data)}"
            )
            raise InvalidRecordError(message)
        self.data, self.what = data, what

    def schema(self, expected: str) -> None:
        """Accept ``expected`` or no ``schema`` key (records written before versions)."""
        found = self.data.get("schema", expected)
        if found != expected:
            self.fail("schema", f'"{expected}" (this version of magnesium reads that one)', found)

    def fail(self, field: str, expected: str, got: object) -> NoReturn:
        message = (
            f"{self.what}.from_dict: field `{field}` needs {expected}, got {_names.shown(got)}"
        )
        raise InvalidRecordError(message)

    def only(self, fields: set[str]) -> None:
        """Refuse keys that are not ``fields``: a record holds nothing else."""
        if stray := sorted(str(key) for key in self.data if key not in fields):
            message = (
                f"{self.what}.from_dict: unknown field(s) {stray}; the fields are {sorted(fields)}"
            )
            raise InvalidRecordError(message)

    def get(self, field: str) -> object:
        if field not in self.data:
            message = f"{self.what}.from_dict: field `{field}` is missing"
            raise InvalidRecordError(message)
        return self.data[field]

    def text(self, field: str) -> str:
        value = self.get(field)
        if not isinstance(value, str):
            self.fail(field, "a text", value)
        return value

    def optional_text(self, field: str) -> str | None:
        """Return a text, or None where the field is null or absent (an older record)."""
        value = self.data.get(field)
        if value is not None and not isinstance(value, str):
            self.fail(field, "a text or null", value)
        return value

    def number(self, field: str) -> float:
        value = self.get(field)
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            self.fail(field, "a number", value)
        if not math.isfinite(value) or value < 0:
            self.fail(field, "a finite number of zero or more", value)
        return float(value)

    def flag(self, field: str) -> bool:
        value = self.get(field)
        if not isinstance(value, bool):
            self.fail(field, "true or false", value)
        return value

    def texts(self, field: str) -> tuple[str, ...]:
        value = self.get(field)
        if isinstance(value, str) or not isinstance(value, list | tuple):
            self.fail(field, "a list of texts", value)
        if not all(isinstance(v, str) for v in value):
            self.fail(field, "a list of texts", value)
        return tuple(value)
