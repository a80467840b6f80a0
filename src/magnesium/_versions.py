"""Internal: :func:`magnesium.show_versions`, for bug reports (as pandas and xarray have)."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

# The distributions that shape a result: the required ones, then the extras.
_DISTRIBUTIONS = ("pymagnesium", "pint", "attrs", "numpy", "pandas", "pint-pandas", "dask",
                  "matplotlib", "pyarrow", "pyspark")  # fmt: skip


def versions() -> dict[str, str]:
    """Return Python's, the platform's and each distribution's version ("not installed")."""
    found = {"python": sys.version.split()[0], "platform": platform.platform()}
    for name in _DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def show_versions(*, as_json: bool = False) -> dict[str, str] | None:
    """Print the versions that matter for a bug report, or return them as a dict.

    Parameters
    ----------
    as_json
        Return the versions as a dict instead of printing them.

    Returns
    -------
    dict or None
        ``{"python": ..., "platform": ..., "pymagnesium": ..., "pint": ...}``
        with ``as_json=True``; otherwise None, after printing one line each.

    Examples
    --------
    >>> import magnesium as mg
    >>> found = mg.show_versions(as_json=True)
    >>> sorted(found)[:3], found["pymagnesium"] == mg.__version__
    (['attrs', 'dask', 'matplotlib'], True)
    """
    found = versions()
    if as_json:
        return found
    width = max(len(name) for name in found)
    print("\n".join(f"{name:<{width}} : {version}" for name, version in found.items()))
    return None
