"""JSON Schema validation of values against the schemas of an OpenAPI document.

Both dialects are validated with Draft 2020-12, after one compatibility pass over the
document (`make_validatable`), because the upstream documents mix them: the OpenAI 3.1
document still writes `nullable: true` in places and boolean `exclusiveMinimum`, and the
Azure 3.0 document uses them throughout. The pass rewrites, in place:
- `nullable: true` -> null admitted (added to `type`/`enum`, or an `anyOf` with `{type: null}`);
- boolean `exclusiveMinimum`/`exclusiveMaximum` (Draft 4 style) -> the numeric 2020-12 form.

`$ref`s to `#/components/...` resolve through a `referencing` registry holding the
whole document as one resource.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

_COMBINATORS = ("$ref", "allOf", "anyOf", "oneOf", "not")
_MESSAGE_LIMIT = 300


def make_validatable(node: Any) -> int:
    """Rewrite 3.0-isms in every schema of a document in place; return how many nodes changed."""
    changed = 0
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if current.get("nullable") is True:
                _admit_null(current)
                changed += 1
            for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
                if isinstance(current.get(bound), bool):
                    flag = current.pop(bound)
                    if flag and isinstance(current.get(limit), int | float):
                        current[bound] = current.pop(limit)
                    changed += 1
            stack.extend(v for v in current.values() if isinstance(v, dict | list))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, dict | list))
    return changed


def _admit_null(schema: dict[str, Any]) -> None:
    del schema["nullable"]
    if any(key in schema for key in _COMBINATORS):
        rest = dict(schema)
        schema.clear()
        schema["anyOf"] = [rest, {"type": "null"}]
        return
    kind = schema.get("type")
    if isinstance(kind, str) and kind != "null":
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        schema["type"] = [*kind, "null"]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]


@dataclasses.dataclass(frozen=True)
class SchemaError:
    """One reason a value does not match its schema; `path` is a JSONPath into the value (`$.a[0].b`)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class SchemaSet:
    """Validators for the schemas of one document, made on first use and cached by JSON pointer."""

    def __init__(self, document: dict[str, Any], uri: str) -> None:
        self._uri = uri
        self._registry: Registry[Any] = Registry().with_resource(uri, DRAFT202012.create_resource(document))
        self._validators: dict[str, jsonschema.Draft202012Validator] = {}

    def validator(self, pointer: str) -> jsonschema.Draft202012Validator:
        """The validator of the schema at `pointer` (a JSON pointer into the document)."""
        found = self._validators.get(pointer)
        if found is None:
            found = jsonschema.Draft202012Validator({"$ref": f"{self._uri}#{pointer}"}, registry=self._registry)
            self._validators[pointer] = found
        return found

    def errors(self, pointer: str, value: Any, limit: int = 5) -> list[SchemaError]:
        """Why `value` does not match the schema at `pointer` (empty if it does); the most relevant first."""
        found = list(self.validator(pointer).iter_errors(value))
        if not found:
            return []
        best = best_match(found)
        ordered = [best, *(e for e in found if e is not best)]
        return [SchemaError(_deepest(e).json_path, _short(_deepest(e).message)) for e in ordered[:limit]]


def _deepest(error: ValidationError) -> ValidationError:
    """For `anyOf`/`oneOf` failures, the sub-error that got furthest into the value says most."""
    current = error
    while current.context:
        candidate = best_match(current.context)
        if len(candidate.absolute_path) <= len(current.absolute_path):
            break
        current = candidate
    return current


def _short(message: str) -> str:
    return message if len(message) <= _MESSAGE_LIMIT else message[: _MESSAGE_LIMIT - 3] + "..."
