"""Show surviving mutants equivalent by running them (issue 24), not by argument.

    .venv/bin/python tools/equivalent.py                 # every survivor of the last run
    .venv/bin/python tools/equivalent.py NAME [NAME ...] # these mutants

Run after ``tools/mutate.sh`` (it reads ``mutants/``). For each surviving
mutant, the original function of the mutated copy is wrapped to record the
calls a battery of inputs makes to it: the golden corpus (1,000 people and
days, every public result type, text in both languages; tests/golden.py),
the food-search benchmark (385 queries, each looked up and searched) and
the test suite as mutation runs use it (the fuzz corpus and every
documented example included), each function's calls a seeded uniform sample
of 500. Each recorded call is then
run on copies of its arguments on the original and on the mutant, and
their results compared (equal values, or the same exception with the same
message), and what each left in its arguments (a function that fills a
table it is given is compared by that table).

A survivor is *shown equivalent on the battery* when every recorded call
agrees; one that differs on a call is not equivalent (a test should catch
it; the call is printed); one that no input of the battery reaches is
*unreached*, and its equivalence is not shown. The result per mutant is
printed and written to ``mutants/equivalence.json``.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
import json
import math
import os
import random
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
_MAX_CALLS = 500  # recorded per function; each replayed once on the original, once per mutant
_TIME_LIMIT = 300.0  # seconds per mutant: a slower one (scoring every row again) is not shown
_IGNORED = [f"--ignore=tests/{name}" for name in (
    "test_architecture.py", "test_i18n.py", "test_spark.py", "test_examples.py",
    "test_robustness.py", "test_data_files.py")]  # fmt: skip


_RECORDING = True
_ADDRESS = re.compile(r"at 0x[0-9a-f]+")


def _survivors() -> list[str]:
    output = subprocess.run(
        [str(Path(sys.executable).parent / "mutmut"), "results"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return [line.split(":")[0].strip() for line in output.splitlines() if "survived" in line]


def _same_arrays(a: object, b: object) -> bool:
    import numpy as np  # noqa: PLC0415 - only for array results
    import pandas as pd  # noqa: PLC0415

    if isinstance(a, pd.DataFrame | pd.Series) and isinstance(b, pd.DataFrame | pd.Series):
        return bool(a.equals(b))
    extension = pd.api.extensions.ExtensionArray
    if isinstance(a, extension) and isinstance(b, extension):  # categories, nullable ints
        return bool(pd.Series(a).equals(pd.Series(b)))
    if np.asarray(a).dtype != np.asarray(b).dtype:  # int8 and int64 differ (memory, overflow)
        return False
    try:
        return bool(np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True))
    except TypeError:  # not numbers: NaN cannot be asked about
        pass
    try:
        return bool(np.array_equal(np.asarray(a), np.asarray(b)))
    except TypeError:  # objects such as pandas' NA, which has no truth value: one by one
        left, right = np.asarray(a), np.asarray(b)
        return left.shape == right.shape and all(map(_same, left.ravel(), right.ravel()))


def _comparable(value: object) -> bool:
    """Whether a record's own == answers (it raises when a field is an array)."""
    try:
        bool(value == value)  # noqa: PLR0124 - the question is whether == answers at all
    except Exception:  # noqa: BLE001
        return False
    return True


def _parts(value: object) -> list[object] | None:
    """The parts a container is compared by (sequences, mappings, attrs records)."""
    if isinstance(value, tuple | list):
        return [type(value), len(value), *value]
    if isinstance(value, dict):
        return [type(value), list(value), *value.values()]
    if attrs.has(type(value)) and (type(value).__eq__ is object.__eq__ or not _comparable(value)):
        # compared by identity (eq=False) or with arrays inside: field by field
        return [type(value), *(getattr(value, f.name) for f in attrs.fields(type(value)))]
    return None


def _same(a: object, b: object) -> bool:  # noqa: PLR0911 - one return per kind of value
    """Equal results: numbers (NaN equals NaN), arrays and frames by value, else ==."""
    if a is b:  # the same object (None, pandas' NA)
        return True
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if {type(x).__module__.split(".")[0] for x in (a, b)} & {"numpy", "pandas"}:
        return _same_arrays(a, b)
    parts_a, parts_b = _parts(a), _parts(b)
    if parts_a is not None and parts_b is not None:
        return len(parts_a) == len(parts_b) and all(map(_same, parts_a, parts_b))
    if type(a) is type(b) and type(a).__eq__ is object.__eq__:
        # an object compared by identity (a copy is never equal): by its state instead
        if not hasattr(a, "__dict__"):  # object(), a sentinel: its repr without the address
            return _ADDRESS.sub("", repr(a)) == _ADDRESS.sub("", repr(b))
        try:
            return bool(vars(a) == vars(b))
        except Exception:  # noqa: BLE001 - arrays inside: part by part
            return _same(vars(a), vars(b))
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - an object without ==: compare its repr
        return _shown(a) == _shown(b)


def _shown(value: object) -> str:
    """``repr``, or the error it raised (a mutant's message without its template)."""
    try:
        return repr(value)
    except Exception as error:  # noqa: BLE001 - any failure is an answer to compare
        return f"<repr raised {type(error).__name__}: {error}>"


def _recorder(original: Any, seen: list[tuple[tuple[Any, ...], dict[str, Any]]]) -> Any:
    """Wrap ``original`` to keep a sample of its calls while the battery runs.

    A uniform sample of _MAX_CALLS of all its calls (Vitter 1985, algorithm R,
    seeded): the first calls alone were the golden corpus's and the first test
    files', and missed what only a later test reaches (a cohort in blocks).
    """
    draw = random.Random(0).randrange  # noqa: S311 - a sample, not a secret
    count = 0

    @functools.wraps(original)
    def recording(*args: Any, **kwargs: Any) -> Any:
        nonlocal count
        if _RECORDING:
            if len(seen) < _MAX_CALLS:
                seen.append((args, kwargs))
            elif (slot := draw(count + 1)) < _MAX_CALLS:
                seen[slot] = (args, kwargs)
            count += 1
        return original(*args, **kwargs)

    return recording


def _outcome(func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, object]:
    try:
        return "value", func(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - the exception is the outcome compared
        # an argument's repr may hold its address, which the replay's copy changes
        return "raised", _ADDRESS.sub("at 0x…", f"{type(error).__name__}: {error}")


def _replay(func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[object, ...]:
    """Run one recorded call on copies of its arguments: the result and what it changed."""
    with contextlib.suppress(Exception):  # an argument that cannot be copied is shared
        args, kwargs = copy.deepcopy((args, kwargs))
    return (*_outcome(func, args, kwargs), args, kwargs)


class _Slow(BaseException):
    """A mutant's replays took longer than _TIME_LIMIT (not an Exception: not an outcome)."""


def _too_slow(*_: object) -> None:
    raise _Slow


def _difference(
    args: tuple[Any, ...], kwargs: dict[str, Any], expected: object, got: object
) -> str:
    shown = [_shown(value)[:limit] for value, limit in
             ((args, 200), (kwargs, 100), (expected, 200), (got, 200))]  # fmt: skip
    return "{} {}: {} != {}".format(*shown)


_Replay = Callable[[tuple[Any, ...], dict[str, Any]], tuple[object, ...]]


def _differs(
    original: _Replay, mutant: _Replay, recorded: list[tuple[tuple[Any, ...], dict[str, Any]]],
    expected: list[tuple[object, ...]],
) -> str | None:  # fmt: skip
    """The first recorded call on which the mutant's replay differs from the original's."""
    for i, (args, kwargs) in enumerate(recorded):
        if i == len(expected):  # the original's outcome, replayed once for every mutant
            expected.append(original(args, kwargs))
        got = mutant(args, kwargs)
        if expected[i][0] != got[0] or not _same(expected[i][1:], got[1:]):
            return _difference(args, kwargs, expected[i], got)
    return None


def _battery() -> None:
    """Call the library as its tests' corpora do (the battery of the module docstring)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import golden  # noqa: PLC0415 - the tests' own module
    import magnesium as mg  # noqa: PLC0415

    golden.record()
    for line in (ROOT / "tests" / "data" / "food_queries.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        query, _, lang, *_ = [*line.split("\t"), "", ""]
        _outcome(mg.find_food, (query,), {"lang": lang or None})
        _outcome(mg.search_foods, (query,), {"lang": lang or None})
        _outcome(mg.food, (query, "100 g"), {})
        _outcome(mg.food, (query, "1 cup"), {})
    import pytest  # noqa: PLC0415

    # the test suite as mutation runs use it (pyproject.toml, [tool.mutmut])
    code = pytest.main(["tests", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
                        "-o", "addopts=", "--hypothesis-profile=mutation", *_IGNORED])  # fmt: skip
    if code not in {pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED}:
        # a collection error stops the whole suite: a verdict on what is left would mislead
        raise SystemExit(f"the test suite did not run ({code!r}): no verdicts")


def _write(results: dict[str, dict[str, Any]]) -> None:
    """Add this run's verdicts to mutants/equivalence.json (a later verdict replaces one)."""
    path = MUTANTS / "equivalence.json"
    known = json.loads(path.read_text("utf-8")) if path.exists() else {}
    path.write_text(json.dumps({**known, **results}, indent=1), "utf-8")


def _public_calls(modules: set[str]) -> list[tuple[Any, list[Any], list[tuple[object, ...]]]]:
    """Wrap the public functions that reach ``modules`` to sample their calls too.

    A mutant that differs at its own function may still give every user the
    same results (a missing sex coded -2 where every reader asks < 0): it is
    then replayed through these, with the trampoline switched to it.
    """
    import importlib  # noqa: PLC0415

    packages = {".".join(m.split(".")[:2]) if m.startswith("magnesium.frame") else "magnesium"
                for m in modules}  # fmt: skip
    public = []
    for package in sorted(packages):
        module = importlib.import_module(package)
        for name in module.__all__:
            function = getattr(module, name)
            if inspect.isfunction(function):
                seen: list[Any] = []
                setattr(module, name, _recorder(function, seen))
                public.append((function, seen, []))
    return public


def _seen(outcome: tuple[object, ...]) -> tuple[object, ...]:
    """A public call's outcome with what a caller reads of a result: its texts and records.

    A result's ``to_text``, ``to_dict`` and ``to_html`` in both languages (and
    those of each result in a list) are public too: a mutant that changes only
    the Danish text of a result's line is seen there, not in the result's ==.
    """
    kind, value, *rest = outcome
    parts = value if isinstance(value, list | tuple) else [value]
    views = [
        _outcome(getattr(part, view), (lang,), {})
        for part in parts
        if type(part).__module__.startswith("magnesium")  # not a frame's to_html(path)
        for view in ("to_text", "to_dict", "to_html")
        if callable(getattr(part, view, None))
        for lang in ("en", "da")
    ]
    return (kind, value, *rest, views)


def _public_differs(
    public: list[tuple[Any, list[Any], list[tuple[object, ...]]]], mutant: str
) -> str | None:
    """The first public function's recorded call that gives another result with ``mutant`` on."""
    for function, recorded, expected in public:
        original = functools.partial(_public_replay, function, None)
        if differs := _differs(original, functools.partial(_public_replay, function, mutant),
                               recorded, expected):  # fmt: skip
            return f"{function.__name__}{differs}"
    return None


def _public_replay(
    function: Any, mutant: str | None, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[object, ...]:
    """Replay a public call, with ``mutant`` switched on if one is named, and read its result."""
    if mutant is not None:
        os.environ["MUTANT_UNDER_TEST"] = mutant  # read by mutmut's trampolines per call
    try:
        return _seen(_replay(function, args, kwargs))  # texts rendered with the mutant on too
    finally:
        os.environ.pop("MUTANT_UNDER_TEST", None)


def _check(names: list[str]) -> dict[str, dict[str, Any]]:
    """In the mutants' copy: record each function's calls once, then compare per mutant."""
    import importlib  # noqa: PLC0415

    by_function: dict[tuple[str, str], list[str]] = {}
    for name in names:
        module, _, mutant = name.rpartition(".")
        by_function.setdefault((module, mutant.rsplit("_", 1)[0]), []).append(mutant)
    calls: dict[tuple[str, str], list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}
    for module_name, table in by_function:
        module = importlib.import_module(module_name)
        mutants = module.__dict__[f"mutants_{table}"]
        original = mutants["_mutmut_orig"]
        recording = _recorder(original, calls.setdefault((module_name, table), []))
        mutants["_mutmut_orig"] = recording
        if isinstance(owner := getattr(original, "__self__", None), type):
            # a classmethod: the trampoline looks the original up on its class
            setattr(owner, original.__name__, staticmethod(recording))
    public = _public_calls({module for module, _ in by_function})
    _battery()
    global _RECORDING  # noqa: PLW0603 - the battery is over: replays are not recorded
    _RECORDING = False
    results: dict[str, dict[str, Any]] = {}
    for (module_name, table), mutant_names in by_function.items():
        module = importlib.import_module(module_name)
        mutants = module.__dict__[f"mutants_{table}"]
        original = mutants["_mutmut_orig"].__wrapped__
        recorded = calls[(module_name, table)]
        expected: list[tuple[object, ...]] = []
        for mutant in mutant_names:
            signal.setitimer(signal.ITIMER_REAL, _TIME_LIMIT)
            level = "function"
            try:
                differs = _differs(
                    functools.partial(_replay, original),
                    functools.partial(_replay, mutants[mutant]),
                    recorded,
                    expected,
                )
                verdict = "unreached" if not recorded else "differs" if differs else "equivalent"
                if differs:  # at the function: maybe not in what a user sees
                    at_public = _public_differs(public, f"{module_name}.{mutant}")
                    if at_public is None:
                        verdict, level = "equivalent", "public"
                    else:
                        differs = f"{differs}\n    and so does {at_public}"
            except _Slow:
                differs, verdict = f"over {_TIME_LIMIT:.0f} s", "slow"
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            results[f"{module_name}.{mutant}"] = {
                "verdict": verdict,
                "level": level,
                "calls": len(recorded),
                "differs": differs,
            }
            # as each is known: a long run can be followed, and stopped without loss
            shown = f"{verdict} ({level})" if verdict == "equivalent" else verdict
            print(f"{shown:<24} {len(recorded):>5} calls  {module_name}.{mutant}", flush=True)
            _write(results)
    return results


def main() -> int:
    names = sys.argv[1:] or _survivors()
    if os.environ.get("_EQUIVALENT_CHILD") != "1":
        # run inside the mutants' copy, where the mutated functions live
        env = {**os.environ, "_EQUIVALENT_CHILD": "1", "PYTHONPATH": str(MUTANTS / "src")}
        env.pop("MUTANT_UNDER_TEST", None)
        return subprocess.run(
            [sys.executable, __file__, *names], cwd=MUTANTS, env=env, check=False
        ).returncode
    signal.signal(signal.SIGALRM, _too_slow)
    results = _check(names)
    for name, result in sorted(results.items()):
        if result["verdict"] in {"differs", "slow"}:
            print(f"{result['verdict']}: {name}\n            {result['differs']}")
    verdicts = [result["verdict"] for result in results.values()]
    print({v: verdicts.count(v) for v in ("equivalent", "differs", "unreached", "slow")})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
