"""A pydantic type's JSON schema in the form the API's strict mode (Structured Outputs) accepts.

Strict mode wants every object closed (`additionalProperties: false`) with all its properties
required (an optional field is a nullable one), no `$ref` beside other keys, `anyOf` rather than
`oneOf`, and a root that is an object. What it cannot express (a free-form `dict[str, X]`, `Any`)
raises `StrictSchemaError` naming where in the schema it sits, before anything is sent.
"""

from __future__ import annotations

import copy
import inspect
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pydantic

__all__ = ["StrictSchemaError", "to_strict_json_schema"]

_LOST_IN_STRICT = ("discriminator",)  # pydantic's hint beside `oneOf`; `anyOf` needs none
# A schema with none of these keys takes any value (`Any`: only a title), which strict mode cannot say.
_SAYS_WHAT = frozenset({"type", "anyOf", "oneOf", "allOf", "$ref", "enum", "const", "properties", "items"})


class StrictSchemaError(TypeError):
    """A type whose JSON schema strict mode cannot express."""


def to_strict_json_schema(model: type[pydantic.BaseModel] | pydantic.TypeAdapter[Any]) -> dict[str, Any]:
    """The strict JSON schema of a pydantic model class (or of a `TypeAdapter`, e.g. of a pydantic dataclass)."""
    import pydantic

    if inspect.isclass(model) and issubclass(model, pydantic.BaseModel):
        schema = model.model_json_schema()
    elif isinstance(model, pydantic.TypeAdapter):
        schema = model.json_schema()
    else:
        raise StrictSchemaError(f"expected a pydantic model class or a pydantic.TypeAdapter, got {model!r}")
    strict = _Strict(schema).visit(schema, "#", frozenset())
    if strict.get("type") != "object":
        raise StrictSchemaError(f"strict mode needs an object at the root of the schema, got {strict.get('type')!r}")
    return strict


class _Strict:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def visit(self, schema: object, where: str, expanding: frozenset[str]) -> dict[str, Any]:
        """`schema` made strict (a new dict; `where` is its JSON pointer, `expanding` the refs being inlined)."""
        if not isinstance(schema, dict):
            raise StrictSchemaError(f"{where}: expected a JSON schema object, got {schema!r}")
        out: dict[str, Any] = dict(schema)
        for key in _LOST_IN_STRICT:
            out.pop(key, None)
        if "oneOf" in out:
            out["anyOf"] = [*out.pop("oneOf"), *out.get("anyOf", [])]
        ref = out.get("$ref")
        if isinstance(ref, str) and len(out) > 1:
            return self._inline(out, ref, where, expanding)
        if _SAYS_WHAT.isdisjoint(out):
            raise StrictSchemaError(
                f"{where}: a value of any type (`Any`, `object`) cannot be expressed in strict mode"
            )
        for key in ("$defs", "definitions"):
            if isinstance(out.get(key), dict):
                out[key] = {n: self.visit(s, f"{where}/{key}/{n}", expanding) for n, s in out[key].items()}
        if out.get("type") == "object" or "properties" in out:
            self._close_object(out, where)
            properties = out.get("properties", {})
            out["properties"] = {
                name: self.visit(s, f"{where}/properties/{name}", expanding) for name, s in properties.items()
            }
            out["required"] = list(properties)
        for key in ("items", "prefixItems"):
            value = out.get(key)
            if isinstance(value, dict):
                out[key] = self.visit(value, f"{where}/{key}", expanding)
            elif isinstance(value, list):
                out[key] = [self.visit(s, f"{where}/{key}/{i}", expanding) for i, s in enumerate(value)]
        for key in ("anyOf", "allOf"):
            if isinstance(out.get(key), list):
                out[key] = [self.visit(s, f"{where}/{key}/{i}", expanding) for i, s in enumerate(out[key])]
        if isinstance(out.get("allOf"), list) and len(out["allOf"]) == 1:
            out = {**out.pop("allOf")[0], **out}
        if "default" in out and out["default"] is None:
            del out["default"]  # a nullable field's `None` default says nothing strict mode needs
        return out

    @staticmethod
    def _close_object(out: dict[str, Any], where: str) -> None:
        extra = out.get("additionalProperties", False)
        if extra is not False:
            raise StrictSchemaError(
                f"{where}: an object with free-form keys (`dict[str, ...]`, extra='allow') cannot be expressed "
                "in strict mode; use a model with named fields"
            )
        out["additionalProperties"] = False

    def _inline(self, out: dict[str, Any], ref: str, where: str, expanding: frozenset[str]) -> dict[str, Any]:
        """`{"$ref": ..., "description": ...}`: strict mode takes no key beside `$ref`, so the target is written in."""
        del out["$ref"]
        if ref in expanding:  # a recursive reference: keep the `$ref`, lose its annotations
            return {"$ref": ref}
        target = self._resolve(ref, where)
        merged = {**copy.deepcopy(target), **out}  # the annotations beside the `$ref` win
        return self.visit(merged, where, expanding | {ref})

    def _resolve(self, ref: str, where: str) -> dict[str, Any]:
        if not ref.startswith("#/"):
            raise StrictSchemaError(f"{where}: only local references (#/...) can be inlined, got {ref!r}")
        node: object = self.root
        for part in ref[2:].split("/"):
            if not isinstance(node, dict) or part not in node:
                raise StrictSchemaError(f"{where}: the reference {ref!r} points nowhere")
            node = node[part]
        if not isinstance(node, dict):
            raise StrictSchemaError(f"{where}: the reference {ref!r} points to no schema")
        return node
