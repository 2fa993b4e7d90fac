"""Shared by the diff tests: tiny hand-made specs (one operation `POST /things`) and the changes found
between two of them."""

from __future__ import annotations

from typing import Any

from generator.diff import Change, diff_specs

Schema = dict[str, Any]


def spec(
    *,
    body: Schema | None = None,
    response: Schema | None = None,
    params: list[Schema] | None = None,
    schemas: dict[str, Schema] | None = None,
    openapi: str = "3.1.0",
    body_required: bool = True,
) -> dict[str, Any]:
    """One operation `POST /things` (operationId createThing) with the given parts."""
    operation: dict[str, Any] = {"operationId": "createThing", "responses": {"200": {"description": "ok"}}}
    if params is not None:
        operation["parameters"] = params
    if body is not None:
        operation["requestBody"] = {"required": body_required, "content": {"application/json": {"schema": body}}}
    if response is not None:
        operation["responses"]["200"]["content"] = {"application/json": {"schema": response}}
    document: dict[str, Any] = {
        "openapi": openapi,
        "info": {"title": "Test API", "version": "1"},
        "paths": {"/things": {"post": operation}},
    }
    if schemas is not None:
        document["components"] = {"schemas": schemas}
    return document


def obj(properties: dict[str, Schema], required: list[str] | None = None) -> Schema:
    schema: Schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


STR: Schema = {"type": "string"}


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes found under the one operation."""
    diff = diff_specs(old, new)
    assert not diff.operations_added
    assert not diff.operations_removed
    return [change for op in diff.operations_changed for change in op.changes]


def only(old: dict[str, Any], new: dict[str, Any]) -> Change:
    found = changes(old, new)
    assert len(found) == 1, found
    return found[0]
