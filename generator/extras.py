"""The runtime's extras (generator/runtime/extras/): parts of `lib/` that generated code never imports.

This is the one list of what counts as an extra (`vendor --extras`, and the generator's choice of
what to copy into packages without the OpenAI resources the actions are built on).
"""

from __future__ import annotations

# extra -> its paths inside lib/ (a folder or a module)
EXTRAS: dict[str, tuple[str, ...]] = {
    "actions": ("actions",),
    "cli": ("cli",),
    "testing": ("testing",),
}
# extra -> the extras it imports
EXTRA_NEEDS: dict[str, tuple[str, ...]] = {"cli": ("actions",)}


def extra_paths(*names: str) -> tuple[str, ...]:
    """The lib/ paths of the named extras."""
    return tuple(path for name in names for path in EXTRAS[name])


def check_extras(chosen: set[str]) -> None:
    """Raise ValueError naming an unknown extra, or one chosen without an extra it needs."""
    unknown = sorted(chosen - EXTRAS.keys())
    if unknown:
        raise ValueError(f"unknown extra(s) {', '.join(unknown)}; known: {', '.join(EXTRAS)}")
    for name in sorted(chosen):
        missing = [need for need in EXTRA_NEEDS.get(name, ()) if need not in chosen]
        if missing:
            raise ValueError(f"extra {name!r} needs {', '.join(repr(m) for m in missing)} too")
