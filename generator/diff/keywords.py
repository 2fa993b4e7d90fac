"""Changes in the keywords of one schema level: format, nullability, enum, bounds, pattern, default.

Each function compares one group of keywords of two schema nodes at one field path; `direction`
says who produces the value (see `generator.diff.schemas`).
"""

from __future__ import annotations

from typing import Any

from generator.diff.model import Change, Direction
from generator.diff.schema_nodes import show

_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


def change(path: str, kind: str, breaking: bool, message: str, flag: str = "") -> Change:
    """A change at the field path `path`; the comparer of operations fills in where it was reached."""
    return Change("", "", path, kind, breaking, message, flag)


def format_changes(old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
    old_format, new_format = old.get("format"), new.get("format")
    if old_format == new_format:
        return []
    relaxed = direction == "request" and new_format is None
    return [
        change(
            path,
            "format-changed",
            not relaxed,
            f"format changed from {old_format or 'none'} to {new_format or 'none'}",
        )
    ]


def nullable_changes(old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
    was, now = bool(old.get("nullable")), bool(new.get("nullable"))
    if was == now:
        return []
    if now:
        return [change(path, "nullable-added", direction == "response", "may now be null")]
    return [change(path, "nullable-removed", direction == "request", "may no longer be null")]


def enum_changes(old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
    old_enum, new_enum = old.get("enum"), new.get("enum")
    request = direction == "request"
    if isinstance(old_enum, list) and isinstance(new_enum, list):
        old_keys, new_keys = {show(v) for v in old_enum}, {show(v) for v in new_enum}
        changes = [
            change(path, "enum-value-removed", request, f"enum value {show(v)} removed")
            for v in old_enum
            if show(v) not in new_keys
        ]
        changes += [
            change(path, "enum-value-added", False, f"enum value {show(v)} added", "" if request else "new value")
            for v in new_enum
            if show(v) not in old_keys
        ]
        return changes
    if isinstance(old_enum, list) and new_enum is None:
        return [
            change(path, "enum-removed", False, "no longer limited to a list of values", "" if request else "new value")
        ]
    if old_enum is None and isinstance(new_enum, list):
        shown = ", ".join(show(v) for v in new_enum)
        return [change(path, "enum-added", request, f"now limited to the values {shown}")]
    return []


def constraints_changes(old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
    changes: list[Change] = []
    for keys, stricter in ((_LOWER_BOUNDS, 1), (_UPPER_BOUNDS, -1)):
        for key in keys:
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            numeric = isinstance(before, int | float) and isinstance(after, int | float)
            tightened = after is not None and (before is None or not numeric or (after - before) * stricter > 0)
            message = f"{key} changed from {show(before) if before is not None else 'none'} to " + (
                show(after) if after is not None else "none"
            )
            changes.append(change(path, "constraint-changed", direction == "request" and tightened, message))
    if old.get("pattern") != new.get("pattern"):
        message = f"pattern changed from {show(old.get('pattern'))} to {show(new.get('pattern'))}"
        tightened = new.get("pattern") is not None
        changes.append(change(path, "constraint-changed", direction == "request" and tightened, message))
    if "default" in old and "default" in new and old["default"] != new["default"]:
        message = f"default changed from {show(old['default'])} to {show(new['default'])}"
        changes.append(change(path, "default-changed", False, message))
    return changes
