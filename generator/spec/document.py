"""What every reader of an OpenAPI document agrees on: its HTTP methods, local `$ref`s, and how
path-level and operation-level parameters merge.

Shared by the parser, the reference server and contract checker (`spec/api.py`) and the diff.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The operation keys of a path item, in the order OpenAPI lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def decode_token(token: str) -> str:
    """A JSON pointer reference token, unescaped (`~1` is `/`, `~0` is `~`)."""
    return token.replace("~1", "/").replace("~0", "~")


def lookup(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (`/components/schemas/Pet`; a `#` in front is allowed), or None."""
    pointer = pointer.removeprefix("#")
    node: Any = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = decode_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def is_local_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")


def follow(document: Any, node: Any, pointer: str = "", limit: int = 64) -> tuple[Any, str]:
    """The node reached by following local `$ref`s from `node` (found at `pointer`), and its pointer.

    A reference that points nowhere gives None (and the pointer it names). An external reference, or
    one that comes back (a cycle), is where it stops: the caller sees a node that still has its `$ref`.
    """
    seen: set[str] = set()
    while is_local_ref(node) and len(seen) < limit:
        target_pointer = node["$ref"][1:]
        if target_pointer in seen:
            break
        seen.add(target_pointer)
        node, pointer = lookup(document, target_pointer), target_pointer
    return node, pointer


def parameter_key(parameter: dict[str, Any]) -> tuple[str, str] | None:
    """What identifies a parameter: its location and name, a header's name in lower case (HTTP header
    names are case-insensitive). None for a parameter without both."""
    name, location = parameter.get("name"), parameter.get("in")
    if not isinstance(name, str) or not isinstance(location, str):
        return None
    return location, name.lower() if location == "header" else name


def merge_parameters(
    *levels: Iterable[tuple[dict[str, Any], Any]],
) -> dict[tuple[str, str], tuple[dict[str, Any], Any]]:
    """Parameters of the path item, then of the operation (`levels` in that order): a later one with
    the same key (`parameter_key`) replaces an earlier one. Each entry is (resolved parameter,
    anything the caller keeps beside it, such as its pointer); entries without a key are left out."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], Any]] = {}
    for level in levels:
        for parameter, extra in level:
            key = parameter_key(parameter)
            if key is not None:
                merged[key] = (parameter, extra)  # in the place the path item's declaration had
    return merged
