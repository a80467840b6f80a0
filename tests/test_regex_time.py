"""Every regular expression in the package runs in linear time (issue 24).

Each module-level pattern is run (search through the whole text, match and
fullmatch) on 1 MB adversarial inputs: long runs of one character, and a
number, a run of spaces and a word (the shape that made the old amount and
eGFR patterns backtrack with the square of the length). A linear pattern
takes milliseconds; a quadratic one would take hours. The patterns run in a
child process, so a hang fails the test with the pattern's name instead of
stopping the suite.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from magnesium._names import LazyPattern

# Seconds one pattern may take on one 1 MB input: linear ones take ~0.05 s.
BOUND = 2.0

_CHILD = textwrap.dedent(
    """
    import importlib, json, pkgutil, re, sys, time
    import magnesium

    N = 1_000_000
    INPUTS = {
        **{f"{c!r}*N": c * N for c in " a1/.,-\\n½m*(:"},
        "number, spaces, word": "1 a" + " " * N + "b",
        "slash, spaces, word": "/" + " " * N + "x",
        "per 1.73, spaces, word": "80 mL/min/1.73 m2" + " " * N + "x",
        "digit, spaces": "1" + " " * N,
        "spaces, digit": " " * N + "1",
        "word pairs": "a " * (N // 2),
        "comma pairs": "1," * (N // 2),
        "fraction pairs": "1/" * (N // 2),
        "mEq": "mEq " * (N // 4),
        "letters, digits": "Mg2" * (N // 3),
    }
    from magnesium._names import LazyPattern

    patterns = {}
    for info in pkgutil.walk_packages(magnesium.__path__, "magnesium."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, LazyPattern)):  # compiled on first use
                where = info.name.removeprefix("magnesium.")
                patterns.setdefault((value.pattern, value.flags), f"{where}.{name}")
    print(json.dumps({"count": len(patterns)}), flush=True)
    for (pattern, flags), where in patterns.items():
        compiled = re.compile(pattern, flags)
        for shape, text in INPUTS.items():
            print(json.dumps({"start": where, "shape": shape}), flush=True)
            began = time.perf_counter()
            for _ in compiled.finditer(text):
                pass
            compiled.match(text)
            compiled.fullmatch(text)
            took = time.perf_counter() - began
            print(json.dumps({"where": where, "shape": shape, "took": took}), flush=True)
    """
)


def test_every_pattern_is_linear_on_1_mb_inputs() -> None:
    """No pattern in the package backtracks super-linearly (issue 24)."""
    try:
        run = subprocess.run(
            [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=180, check=True
        )
        lines = [json.loads(line) for line in run.stdout.splitlines()]
    except subprocess.TimeoutExpired as error:
        out: object = error.stdout  # bytes, even with text=True (CPython's TimeoutExpired)
        text = out.decode() if isinstance(out, bytes) else str(out or "")
        last = [json.loads(line) for line in text.splitlines()][-1:]
        pytest.fail(f"a pattern did not finish on a 1 MB input: {last}")
    assert lines[0]["count"] >= 15  # the package's patterns were found
    times = [line for line in lines if "took" in line]
    slow = [t for t in times if t["took"] > BOUND]
    assert not slow, slow
    assert len(times) == lines[0]["count"] * len({t["shape"] for t in times})


_LAZY = [
    (module, name)
    for module in ("_units", "_i18n", "_names")
    for name, value in vars(importlib.import_module(f"magnesium.{module}")).items()
    if isinstance(value, LazyPattern)
]


def test_the_lazy_patterns_are_found() -> None:
    assert {f"{m}.{n}" for m, n in _LAZY} >= {"_units.FRACTION", "_i18n._SPEC", "_names._DOUBLED"}


@pytest.mark.parametrize(("module", "name"), _LAZY)
@given(text=st.text(alphabet=" 0123456789/.,½aeg%-" + "abcdefgn", max_size=12))
def test_a_lazy_pattern_reads_as_its_compiled_pattern(module: str, name: str, text: str) -> None:
    lazy = getattr(importlib.import_module(f"magnesium.{module}"), name)
    compiled = re.compile(lazy.pattern, lazy.flags)

    def spans(found: re.Match[str] | None) -> object:
        return None if found is None else (found.span(), found.groups())

    assert spans(lazy.match(text)) == spans(compiled.match(text))
    assert spans(lazy.fullmatch(text)) == spans(compiled.fullmatch(text))
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.compiled is lazy.compiled  # compiled once


def test_a_lazy_pattern_waits_for_its_first_use() -> None:
    lazy = LazyPattern(r"a+", re.IGNORECASE)
    assert lazy._compiled is None
    assert lazy.match("AAb") is not None
    assert lazy._compiled is not None
    assert lazy._compiled.flags & re.IGNORECASE
