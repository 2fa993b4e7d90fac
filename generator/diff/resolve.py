"""Local `$ref` resolution and the graph of named schemas of one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.spec.document import follow, lookup

SCHEMA_PREFIX = "#/components/schemas/"


class Document:
    """A normalised OpenAPI document with `$ref` lookup.

    Only local references (`#/...`) are followed; anything else stays an opaque reference
    that compares equal only to the same text.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        components = spec.get("components")
        self.components: dict[str, Any] = components if isinstance(components, dict) else {}
        schemas = self.components.get("schemas")
        self.schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}

    def lookup(self, ref: str) -> Any:
        """The node a local reference points at, or None if it points nowhere."""
        return lookup(self.spec, ref) if ref.startswith("#/") else None

    def deref(self, node: Any, limit: int = 32) -> Any:
        """Follow `$ref`s (of parameters, bodies, responses) until a node that is not one."""
        node, _ = follow(self.spec, node, limit=limit)
        external = isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#")
        return None if external else node


def schema_name(node: Any) -> str | None:
    """The component name a schema node refers to, if it is a `$ref` to `#/components/schemas/...`."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            return ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def iter_schema_refs(node: Any) -> Iterator[str]:
    """Every component schema name referred to anywhere inside `node`."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            name = schema_name(item)
            if name is not None:
                yield name
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def reachable(doc: Document, roots: set[str]) -> set[str]:
    """The named schemas reachable from `roots` (included) through references."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in doc.schemas:
            continue
        seen.add(name)
        stack.extend(iter_schema_refs(doc.schemas[name]))
    return seen


def changed_closure(old: Document, new: Document) -> set[str]:
    """Names whose definition, or that of any schema they reach, differs between the documents.

    A schema outside this set compares equal however deep one looks, so the diff need not walk it.
    """
    names = set(old.schemas) | set(new.schemas)
    direct = {name for name in names if old.schemas.get(name) != new.schemas.get(name)}
    users: dict[str, set[str]] = {}
    for doc in (old, new):
        for name, schema in doc.schemas.items():
            for target in iter_schema_refs(schema):
                users.setdefault(target, set()).add(name)
    closure = set(direct)
    stack = list(direct)
    while stack:
        for user in users.get(stack.pop(), ()):
            if user not in closure:
                closure.add(user)
                stack.append(user)
    return closure
