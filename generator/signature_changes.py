"""Methods whose positional arguments a regeneration changed: a call written for the old order breaks.

A generator change moves arguments without any spec change (`retrieve(thread_id, run_id)` became
`retrieve(run_id, *, thread_id)`), so the signatures are compared as generated: each resource module
in the output folder, before it is replaced, against the one just rendered (sync classes; the async
twins and the views follow them).
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

RESOURCES = "resources/"


@dataclasses.dataclass(frozen=True)
class Moved:
    method: str  # `Class.method`
    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def loud(self) -> bool:
        """Whether a call written for `before` fails (`TypeError`): `after` is a shorter tail of `before`."""
        return len(self.after) < len(self.before) and self.before[len(self.before) - len(self.after) :] == self.after

    def __str__(self) -> str:
        return f"{self.method}({', '.join(self.before)}) -> ({', '.join(self.after)})"


def positional_arguments(source: str) -> dict[str, tuple[str, ...]]:
    """{`Class.method`: its positional arguments after `self`} of a resource module's sync classes."""
    found: dict[str, tuple[str, ...]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("Async") or node.name.endswith("Response"):
            continue
        for method in node.body:
            if isinstance(method, ast.FunctionDef) and not method.decorator_list:  # not an overload or a property
                found[f"{node.name}.{method.name}"] = tuple(a.arg for a in method.args.args[1:])
    return found


def moved_arguments(out: Path, package: str, prefix: str, files: dict[str, str]) -> list[Moved]:
    """The methods of the package at `prefix` (`""` or `<namespace>/`) whose positional arguments changed."""
    moved: list[Moved] = []
    for name in sorted(files):
        if not (name.startswith(prefix + RESOURCES) and name.endswith(".py")):
            continue
        try:
            before = positional_arguments((out / package / name).read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            continue
        after = positional_arguments(files[name])
        moved += [Moved(m, before[m], after[m]) for m in sorted(before.keys() & after.keys()) if before[m] != after[m]]
    return moved


def to_markdown(title: str, moved: list[Moved]) -> str:
    listed = "".join(f"- **breaking** `{change}`\n" for change in moved)
    loud = all(change.loud for change in moved)
    note = (
        "Each keeps only the tail of its old positional arguments, the others keyword-only: a call passing the"
        " old ones raises `TypeError` (too many positional arguments, or one given twice); none reaches"
        " another URL.\n\n"
        if loud
        else ""
    )
    return f"## {title}: methods whose positional arguments changed ({len(moved)})\n\n{note}{listed}"
