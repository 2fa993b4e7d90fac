"""Public type names a regeneration took away: a renamed or removed class breaks the code that imports it.

A generator change renames types without any spec change, so the names are compared as generated:
each package's `types/_index.py` (`MODULE_OF`: name -> module) in the output folder, before it is
replaced, against the one just rendered. A name gone and a name new in the same module (both
`...Param` or neither) are one rename; any other name gone is removed.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from generator.naming.classes import PARAM

INDEX = "types/_index.py"


@dataclasses.dataclass(frozen=True)
class TypeChanges:
    renamed: list[tuple[str, str]]  # (before, after), sorted
    removed: list[str]

    def __bool__(self) -> bool:
        return bool(self.renamed or self.removed)

    def lines(self) -> list[str]:
        return [f"{old} -> {new}" for old, new in self.renamed] + [f"{old} removed" for old in self.removed]


def module_of(index_source: str) -> dict[str, str]:
    """`MODULE_OF` of a `types/_index.py`, read without importing it."""
    for node in ast.parse(index_source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            return {
                key.value: value.value
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if isinstance(key, ast.Constant)
                and isinstance(value, ast.Constant)
                and isinstance(key.value, str)
                and isinstance(value.value, str)
            }
    return {}


def compare(before: dict[str, str], after: dict[str, str]) -> TypeChanges:
    """Names in `before` missing from `after`, paired with their new names where that is unambiguous."""
    gone: dict[tuple[str, bool], list[str]] = {}
    new: dict[tuple[str, bool], list[str]] = {}
    for modules, found, other in ((before, gone, after), (after, new, before)):
        for name in sorted(set(modules) - set(other)):
            found.setdefault((modules[name], name.endswith(PARAM)), []).append(name)
    renamed: list[tuple[str, str]] = []
    removed: list[str] = []
    for key, names in gone.items():
        if len(names) == 1 and len(new.get(key, [])) == 1:
            renamed.append((names[0], new[key][0]))
        else:
            removed.extend(names)
    return TypeChanges(sorted(renamed), sorted(removed))


def type_changes(out: Path, package: str, prefix: str, files: dict[str, str]) -> TypeChanges:
    """What the package at `prefix` (`""` or `<namespace>/`) in `out` loses with the rendered `files`."""
    old_index = out / package / prefix / INDEX
    try:
        before = module_of(old_index.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return TypeChanges([], [])
    return compare(before, module_of(files.get(prefix + INDEX, "")))


def to_markdown(title: str, changes: TypeChanges) -> str:
    listed = "".join(f"- **breaking** `{old}` -> `{new}`\n" for old, new in changes.renamed)
    listed += "".join(f"- **breaking** `{old}` removed\n" for old in changes.removed)
    count = len(changes.renamed) + len(changes.removed)
    return f"## {title}: public types renamed or removed ({count})\n\n{listed}"
