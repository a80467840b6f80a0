"""Doctests (docstrings, README, docs pages) under every pint the project supports.

pint 0.26 changed the repr of a Quantity from ``<Quantity(2, 'liter')>`` to
``Quantity(2, "liter")``. The examples show the older form (the lowest
supported pint, 0.24, prints it); this checker reads pint 0.26's output in
that form before comparing, so one example holds under both. It changes
nothing else: the library's own messages quote a Quantity the same way under
every pint (``magnesium._names.shown``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import _pytest.doctest

if TYPE_CHECKING:
    import doctest

# pint >= 0.26: Quantity(<magnitude>, "<units>")
_NEW_REPR = re.compile(r'(?<![<\w])Quantity\((.*?), "([^"\n]*)"\)')


def _as_before(got: str) -> str:
    return _NEW_REPR.sub(lambda match: f"<Quantity({match[1]}, '{match[2]}')>", got)


_Checker: type[doctest.OutputChecker] = _pytest.doctest._init_checker_class()  # noqa: SLF001


class _AnyPintRepr(_Checker):  # type: ignore[misc,valid-type]
    def check_output(self, want: str, got: str, optionflags: int) -> bool:
        return bool(super().check_output(want, _as_before(got), optionflags))

    def output_difference(self, example: doctest.Example, got: str, optionflags: int) -> str:
        return str(super().output_difference(example, _as_before(got), optionflags))


_pytest.doctest.CHECKER_CLASS = _AnyPintRepr
