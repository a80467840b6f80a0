"""Internal: public modules that re-export what an underscore module implements.

As in attrs and packaging, the code lives in underscore modules whose names
are plain and shared inside the package; a public module re-exports its
``__all__`` and claims those objects as its own, so that documentation,
``help()``, ``repr`` of classes and pickles name the public module
(numpy's ``set_module`` habit).
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


def claim(module: str, namespace: dict[str, Any], names: list[str]) -> None:
    """Set ``__module__`` of the classes and functions in ``names`` to ``module``."""
    for name in names:
        obj = namespace[name]
        if isinstance(obj, type) or (callable(obj) and hasattr(obj, "__code__")):
            obj.__module__ = module


def attach_later(
    package: str, later: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return ``__getattr__`` and ``__dir__`` for a package whose names in ``later`` wait.

    ``later`` maps each name to the submodule of ``package`` that defines it;
    the submodule loads on the name's first use and claims its names for
    ``package`` (:func:`claim`). A first result thus builds only what it uses
    (the cold start, issue 25).
    """
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name
        module = later.get(name)
        if module is None:
            message = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(message)
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted({*namespace, *later})

    return __getattr__, __dir__


def attach_stub(
    package: str,
) -> tuple[list[str], Callable[[str], object], Callable[[], list[str]]]:
    """Return ``__all__``, ``__getattr__`` and ``__dir__`` for ``package`` from its stub.

    The package's ``__init__.pyi`` lists each public name once, as an import
    from the module that defines it (SPEC 1; lazy_loader's ``attach_stub``).
    ``__getattr__`` imports that module on the name's first use and keeps the
    object in the package's namespace, so later lookups are plain attribute
    reads; a public submodule (``magnesium.frame``) is an attribute too.
    """
    namespace = sys.modules[package].__dict__
    stub = Path(namespace["__file__"]).with_suffix(".pyi").read_text("utf-8")
    # One import a line, "from MODULE import NAME as NAME": read line by line, not with
    # ast (3 M instructions of the cold start, issue 25); tests/test_lazy_import.py reads
    # the stub with ast and checks that the package lists the same names from the same modules.
    home = {}
    for line in stub.splitlines():
        if line.startswith("from "):
            module, _, imported = line.removeprefix("from ").partition(" import ")
            name, _, alias = imported.partition(" as ")
            home[alias.strip() or name.strip()] = module
    names = sorted([*home, "__version__"], key=_ruff_order)

    @functools.cache
    def submodules() -> frozenset[str]:
        # Listed on first need: a first result names functions only (the cold start, issue 25).
        import pkgutil  # noqa: PLC0415 - not imported by the floor, pint

        found = pkgutil.iter_modules(namespace["__path__"])
        return frozenset(m.name for m in found if not m.name.startswith("_"))

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name
        module = home.get(name)  # first: the function `interactions`, not its module
        if module is not None:
            value = getattr(importlib.import_module(module), name)
            namespace[name] = value
            return value
        if not name.startswith("_") and name in submodules():  # `from magnesium import _x` asks
            return importlib.import_module(f"{package}.{name}")
        message = f"module {package!r} has no attribute {name!r}"
        raise AttributeError(message)

    def __dir__() -> list[str]:  # noqa: N807
        return sorted({*names, *submodules()})

    sys.modules[package].__class__ = _Package
    return names, __getattr__, __dir__


def _ruff_order(name: str) -> tuple[int, str]:
    """Order ``__all__`` as ruff's RUF022 does: constants, classes, then the rest."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2), name


class _Package(types.ModuleType):
    """The package module: ``magnesium.interactions`` stays the function.

    Importing a submodule binds it on its package. The function
    ``interactions`` shares its module's name, and with lazy loading the
    module may load after the package (when ``risk`` needs it), so the
    binding keeps the function, as the eager imports always did.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "interactions" and isinstance(value, types.ModuleType):
            value = value.interactions
        super().__setattr__(name, value)
