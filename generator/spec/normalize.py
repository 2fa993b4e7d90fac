"""Bring OpenAPI 3.0 and 3.1 schemas to one form, reporting every defect repaired on the way.

The normal form, which the parser relies on:
- `type` is absent or one JSON type name (never a list); `nullable: true` says null is allowed;
- `const` is written as a one-value `enum`; `null` never appears in an `enum`;
- an `anyOf`/`oneOf` branch that only admits null is gone, and the node is `nullable` instead;
- `$recursiveRef`/`$dynamicRef` are plain `$ref`s to the schema they point at.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.spec.document import HTTP_METHODS
from generator.spec.loader import pointer_join

JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
_SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")
_SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAP_KEYS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def normalize(spec: dict[str, Any], file: str, diagnostics: Diagnostics) -> dict[str, Any]:
    """Normalise every schema in the document in place and return it."""
    walker = _Normalizer(file, diagnostics)
    components = spec.get("components")
    if isinstance(components, dict):
        for name, schema in _mapping(components.get("schemas")).items():
            walker.schema(schema, pointer_join("/components/schemas", name), recursive_root=name)
        for kind in ("parameters", "headers"):
            for name, item in _mapping(components.get(kind)).items():
                walker.parameter(item, pointer_join(f"/components/{kind}", name))
        for name, body in _mapping(components.get("requestBodies")).items():
            walker.content(body, pointer_join("/components/requestBodies", name))
        for name, response in _mapping(components.get("responses")).items():
            walker.response(response, pointer_join("/components/responses", name))
    for path, item in _mapping(spec.get("paths")).items():
        item_pointer = pointer_join("/paths", path)
        for index, parameter in enumerate(_sequence(item.get("parameters"))):
            walker.parameter(parameter, pointer_join(item_pointer, "parameters", index))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_pointer = pointer_join(item_pointer, method)
            for index, parameter in enumerate(_sequence(operation.get("parameters"))):
                walker.parameter(parameter, pointer_join(op_pointer, "parameters", index))
            if isinstance(operation.get("requestBody"), dict):
                walker.content(operation["requestBody"], pointer_join(op_pointer, "requestBody"))
            for status, response in _mapping(operation.get("responses")).items():
                walker.response(response, pointer_join(op_pointer, "responses", status))
    for name, item in _mapping(spec.get("webhooks")).items():  # OpenAPI 3.1: what the API sends
        for method in HTTP_METHODS:
            operation = _mapping(item).get(method)
            if isinstance(operation, dict) and isinstance(operation.get("requestBody"), dict):
                walker.content(operation["requestBody"], pointer_join("/webhooks", name, method, "requestBody"))
    return spec


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _sequence(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class _Normalizer:
    def __init__(self, file: str, diagnostics: Diagnostics) -> None:
        self.file = file
        self.diagnostics = diagnostics

    def warn(self, pointer: str, message: str, action: str) -> None:
        self.diagnostics.warn(self.file, pointer, message, action)

    def parameter(self, parameter: Any, pointer: str) -> None:
        if isinstance(parameter, dict):
            if isinstance(parameter.get("schema"), dict):
                self.schema(parameter["schema"], pointer_join(pointer, "schema"))
            self.content(parameter, pointer)

    def response(self, response: Any, pointer: str) -> None:
        if isinstance(response, dict):
            self.content(response, pointer)
            for name, header in _mapping(response.get("headers")).items():
                self.parameter(header, pointer_join(pointer, "headers", name))

    def content(self, holder: Any, pointer: str) -> None:
        if not isinstance(holder, dict):
            return
        for media, item in _mapping(holder.get("content")).items():
            if isinstance(item, dict) and isinstance(item.get("schema"), dict):
                self.schema(item["schema"], pointer_join(pointer, "content", media, "schema"))
            for name, encoding in _mapping(_mapping(item).get("encoding")).items():
                for header, value in _mapping(_mapping(encoding).get("headers")).items():
                    self.parameter(value, pointer_join(pointer, "content", media, "encoding", name, header))

    def schema(self, node: Any, pointer: str, recursive_root: str | None = None) -> None:
        if not isinstance(node, dict):
            return
        self._recursive_refs(node, pointer, recursive_root)
        self._type(node, pointer)
        self._const_and_enum(node, pointer)
        for key in _SCHEMA_KEYS:
            if isinstance(node.get(key), dict):
                self.schema(node[key], pointer_join(pointer, key), recursive_root)
        for key in _SCHEMA_LIST_KEYS:
            for index, child in enumerate(_sequence(node.get(key))):
                self.schema(child, pointer_join(pointer, key, index), recursive_root)
        for key in _SCHEMA_MAP_KEYS:
            value = node.get(key)
            if key in node and not isinstance(value, dict):
                self.warn(pointer_join(pointer, key), f"`{key}` is not a mapping", "ignored it")
                del node[key]
                continue
            children = _mapping(value)
            for name, child in children.items():
                if not isinstance(child, dict) and not isinstance(child, bool):
                    self.warn(pointer_join(pointer, key, name), "schema is not an object", "treated it as any value")
                    children[name] = {}
                self.schema(children[name], pointer_join(pointer, key, name), recursive_root)
        self._null_branches(node, pointer)
        self._required(node, pointer)

    def _recursive_refs(self, node: dict[str, Any], pointer: str, root: str | None) -> None:
        for key in ("$recursiveRef", "$dynamicRef"):
            if key in node:
                target = f"#/components/schemas/{root}" if root else "#"
                self.warn(pointer, f"`{key}` ({node[key]!r})", f"read as a $ref to {target}")
                node["$ref"] = target
                del node[key]

    def _type(self, node: dict[str, Any], pointer: str) -> None:
        nullable = node.pop("nullable", False) is True
        kind = node.get("type")
        if kind is None:
            if nullable:
                node["nullable"] = True
            return
        if nullable:
            node["x-nullable"] = True
        kinds = kind if isinstance(kind, list) else [kind]
        valid = [k for k in kinds if isinstance(k, str) and k in JSON_TYPES]
        if len(valid) != len(kinds):
            bad = [k for k in kinds if k not in valid]
            self.warn(pointer_join(pointer, "type"), f"invalid type {bad!r}", "ignored it")
        if "null" in valid and len(valid) > 1:
            node["x-nullable"] = True
            valid.remove("null")
        if not valid:
            del node["type"]
        elif len(valid) == 1:
            node["type"] = valid[0]
        else:
            del node["type"]
            branches = [{"type": k} for k in valid]
            if any(k in node for k in ("anyOf", "oneOf")):
                node.setdefault("allOf", []).append({"anyOf": branches})
            else:
                node["anyOf"] = branches
        if node.pop("x-nullable", False):
            node["nullable"] = True

    def _const_and_enum(self, node: dict[str, Any], pointer: str) -> None:
        if "const" in node:
            const = node.pop("const")
            if "enum" in node and node["enum"] != [const]:
                self.warn(pointer, "`const` beside a different `enum`", "kept the const")
            node["enum"] = [const]
        enum = node.get("enum")
        if enum is None:
            return
        if not isinstance(enum, list) or not enum:
            self.warn(pointer_join(pointer, "enum"), "`enum` is not a non-empty list", "ignored it")
            del node["enum"]
            return
        if None in enum:
            node["enum"] = [v for v in enum if v is not None]
            node["nullable"] = True
            if not node["enum"]:
                del node["enum"]
                node["type"] = "null"
                node.pop("nullable")

    def _null_branches(self, node: dict[str, Any], pointer: str) -> None:
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if not isinstance(branches, list):
                if key in node:
                    self.warn(pointer_join(pointer, key), f"`{key}` is not a list", "ignored it")
                    del node[key]
                continue
            kept = [b for b in branches if not _only_null(b)]
            if len(kept) != len(branches):
                node["nullable"] = True
                node[key] = kept
                if not kept:
                    del node[key]
                    node["type"] = "null"
                    node.pop("nullable")

    def _required(self, node: dict[str, Any], pointer: str) -> None:
        required = node.get("required")
        if required is None or required is True or required is False:
            if isinstance(required, bool):
                self.warn(
                    pointer_join(pointer, "required"), "boolean `required` on a schema (Swagger 2 style)", "ignored it"
                )
                del node["required"]
            return
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            self.warn(pointer_join(pointer, "required"), "`required` is not a list of names", "ignored it")
            del node["required"]


def _only_null(branch: Any) -> bool:
    if not isinstance(branch, dict):
        return False
    meaningful = {k for k in branch if k not in ("description", "title")}
    return branch.get("type") == "null" and meaningful == {"type"}
