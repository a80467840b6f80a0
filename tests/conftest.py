"""Hypothesis profiles: the default, and ``mutation`` for mutmut's runs.

A mutant that breaks a property makes hypothesis shrink the failing example,
which can take minutes and only tells mutmut what the first failure already
did. ``pyproject.toml`` ([tool.mutmut]) selects this profile.
"""

from __future__ import annotations

from hypothesis import Phase, settings

settings.register_profile(
    "mutation",
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    derandomize=True,
    database=None,
    deadline=None,
)
