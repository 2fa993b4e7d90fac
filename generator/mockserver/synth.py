"""Deterministic values built from a schema: what the reference server answers when no example fits.

The value is the smallest one that the schema accepts: required properties only, the first
enum value, the schema's own example when it is valid, zero for numbers, fixed text and
fixed timestamps. No randomness, so recorded cassettes are stable.
"""

from __future__ import annotations

from typing import Any

from generator.spec.api import ApiSpec
from generator.spec.loader import pointer_join

_MAX_DEPTH = 40
_STRING_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "email": "user@example.com",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "binary": "",
    "byte": "",
}


def synthesize(spec: ApiSpec, pointer: str) -> Any:
    """A value valid against the schema at `pointer`, as far as the schema allows one to be made."""
    return _Synthesizer(spec).value(pointer, ())


class _Synthesizer:
    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec

    def valid(self, pointer: str, value: Any) -> bool:
        return bool(self.spec.schemas.validator(pointer).is_valid(value))

    def value(self, pointer: str, stack: tuple[str, ...]) -> Any:
        pointer = self.spec.resolve_pointer(pointer)
        schema = self.spec.at(pointer)
        if schema is True or not isinstance(schema, dict) or pointer in stack or len(stack) > _MAX_DEPTH:
            return {}
        stack = (*stack, pointer)
        for candidate in self._examples(schema):
            if self.valid(pointer, candidate):
                return candidate
        if "const" in schema:
            return schema["const"]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return next((v for v in enum if v is not None), None)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, pointer, stack)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._choice(schema, key, pointer, stack)
        return self._typed(schema, pointer, stack)

    @staticmethod
    def _examples(schema: dict[str, Any]) -> list[Any]:
        found = []
        if isinstance(schema.get("examples"), list):
            found.extend(schema["examples"])
        if "example" in schema:
            found.append(schema["example"])
        return [e for e in found if e is not None]

    def _all_of(self, schema: dict[str, Any], pointer: str, stack: tuple[str, ...]) -> Any:
        merged: dict[str, Any] = {}
        for index in range(len(schema["allOf"])):
            part = self.value(pointer_join(pointer, "allOf", index), stack)
            if not isinstance(part, dict):
                return part
            merged.update(part)
        own = self._object(schema, pointer, stack) if _looks_like_object(schema) else {}
        merged = {**merged, **own}
        # a part may require a property that another part declares
        parts = [self.spec.resolve_pointer(pointer_join(pointer, "allOf", i)) for i in range(len(schema["allOf"]))]
        for part in parts:
            merged.update(self._declared_elsewhere(part, parts, merged, stack))
        return merged

    def _choice(self, schema: dict[str, Any], key: str, pointer: str, stack: tuple[str, ...]) -> Any:
        first: Any = None
        for index in range(len(schema[key])):
            branch_pointer = pointer_join(pointer, key, index)
            branch = self.value(branch_pointer, stack)
            if isinstance(branch, dict) and _looks_like_object(schema):
                branch = {
                    **self._object(schema, pointer, stack),
                    **self._declared_elsewhere(self.spec.resolve_pointer(branch_pointer), [pointer], {}, stack),
                    **branch,
                }
            if self.valid(pointer, branch):
                return branch
            if index == 0:
                first = branch
        return first

    def _declared_elsewhere(
        self, requiring: str, holders: list[str], have: dict[str, Any], stack: tuple[str, ...]
    ) -> dict[str, Any]:
        """The properties the schema at `requiring` requires, not in `have`, made from the first of `holders`
        declaring each: another `allOf` part, or a branch's parent (`anyOf: [{required: [a]}, ...]`)."""
        schema = self.spec.at(requiring)
        names = schema.get("required") if isinstance(schema, dict) else None
        found: dict[str, Any] = {}
        for name in names if isinstance(names, list) else []:
            if not isinstance(name, str) or name in have:
                continue
            for holder in holders:
                properties = self.spec.at(holder).get("properties") if isinstance(self.spec.at(holder), dict) else None
                if isinstance(properties, dict) and name in properties:
                    found[name] = self.value(pointer_join(holder, "properties", name), stack)
                    break
        return found

    def _typed(self, schema: dict[str, Any], pointer: str, stack: tuple[str, ...]) -> Any:
        kinds = schema.get("type")
        kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
        if kind is None:
            kind = "object" if _looks_like_object(schema) else "array" if "items" in schema else None
        if kind == "object":
            return self._object(schema, pointer, stack)
        if kind == "array":
            count = schema.get("minItems", 0) if isinstance(schema.get("minItems"), int) else 0
            if count == 0 or not isinstance(schema.get("items"), dict):
                return []
            item = self.value(pointer_join(pointer, "items"), stack)
            return [item] * count
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return {}

    def _object(self, schema: dict[str, Any], pointer: str, stack: tuple[str, ...]) -> dict[str, Any]:
        properties = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        required: list[Any] = schema["required"] if isinstance(schema.get("required"), list) else []
        result: dict[str, Any] = {}
        for name in required:
            if name in (properties or {}):
                result[name] = self.value(pointer_join(pointer, "properties", name), stack)
            elif isinstance(schema.get("additionalProperties"), dict):
                result[name] = self.value(pointer_join(pointer, "additionalProperties"), stack)
            # else: declared by a sibling `allOf` part, which supplies it
        return result

    @staticmethod
    def _string(schema: dict[str, Any]) -> str:
        text = _STRING_FORMATS.get(str(schema.get("format", "")), "string")
        minimum = schema.get("minLength")
        if isinstance(minimum, int) and len(text) < minimum:
            text = text + "x" * (minimum - len(text))
        maximum = schema.get("maxLength")
        if isinstance(maximum, int) and len(text) > maximum:
            text = text[:maximum]
        return text

    @staticmethod
    def _number(schema: dict[str, Any], kind: str) -> int | float:
        value: int | float = 0
        if isinstance(schema.get("minimum"), int | float):
            value = schema["minimum"]
        if isinstance(schema.get("exclusiveMinimum"), int | float):
            value = schema["exclusiveMinimum"] + 1
        if isinstance(schema.get("maximum"), int | float) and value > schema["maximum"]:
            value = schema["maximum"]
        return int(value) if kind == "integer" else float(value)


def _looks_like_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "required" in schema
