"""Hypothesis profiles: the default, and ``mutation`` for mutmut's runs.

A mutant that breaks a property makes hypothesis shrink the failing example,
which can take minutes and only tells mutmut what the first failure already
did. ``pyproject.toml`` ([tool.mutmut]) selects this profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import Phase, settings

if TYPE_CHECKING:
    import pytest

settings.register_profile(
    "mutation",
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    derandomize=True,
    database=None,
    deadline=None,
)


def pytest_configure(config: pytest.Config) -> None:
    """Run dask in the calling thread under the mutation profile.

    mutmut forks a worker for each mutant; dask's thread pool, made before
    the fork, has no threads in the child, and a dask computation there hangs.
    """
    if config.getoption("hypothesis_profile", default=None) == "mutation":
        import dask

        dask.config.set(scheduler="synchronous")
