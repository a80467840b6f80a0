"""Internal: public modules that re-export what an underscore module implements.

As in attrs and packaging, the code lives in underscore modules whose names
are plain and shared inside the package; a public module re-exports its
``__all__`` and claims those objects as its own, so that documentation,
``help()``, ``repr`` of classes and pickles name the public module
(numpy's ``set_module`` habit).
"""

from __future__ import annotations

from typing import Any


def claim(module: str, namespace: dict[str, Any], names: list[str]) -> None:
    """Set ``__module__`` of the classes and functions in ``names`` to ``module``."""
    for name in names:
        obj = namespace[name]
        if isinstance(obj, type) or (callable(obj) and hasattr(obj, "__code__")):
            obj.__module__ = module
