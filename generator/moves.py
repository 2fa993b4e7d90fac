"""Methods that moved since the last generation: a renamed resource path or method is a breaking change.

Placements are what the overlays give (`x-connector-resource` / `x-connector-method`), then (in the
snapshot) and now; an operation the default rule places is not compared (`generate` lists those).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.spec.loader import as_mapping

PLACEMENT = ("x-connector-resource", "x-connector-method")


def _client_path(namespace: str, resource: str, method: str) -> str:
    return ".".join(part for part in ("client", namespace, resource, method) if part)


def placements(document: dict[str, Any], namespace: str) -> dict[tuple[str, str], str]:
    """{(METHOD, path as written): client path} for the operations an overlay placed."""
    found: dict[tuple[str, str], str] = {}
    for path, item in as_mapping(document.get("paths")).items():
        for method, operation in as_mapping(item).items():
            resource, name = (as_mapping(operation).get(key) for key in PLACEMENT)
            if isinstance(resource, str) and isinstance(name, str):
                found[(method.upper(), str(path))] = _client_path(namespace, resource, name)
    return found


@dataclasses.dataclass(frozen=True, order=True)
class Move:
    method: str
    path: str  # as the spec writes it
    before: str  # client path, e.g. client.images.generations.create
    after: str

    def __str__(self) -> str:
        return f"{self.method} {self.path}: {self.before} -> {self.after}"


def moved_methods(previous: dict[str, Any], current: dict[str, Any], namespace: str) -> list[Move]:
    """The operations an overlay places elsewhere than it did before."""
    before = placements(previous, namespace)
    now = placements(current, namespace)
    return sorted(
        Move(method, path, before[(method, path)], placed)
        for (method, path), placed in now.items()
        if (method, path) in before and before[(method, path)] != placed
    )


def to_markdown(title: str, moved: list[Move]) -> str:
    listed = "".join(f"- **breaking** `{m.method} {m.path}`: `{m.before}` -> `{m.after}`\n" for m in moved)
    return f"## {title}: methods moved ({len(moved)})\n\n{listed}"
