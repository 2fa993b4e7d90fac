"""JSON Schema validation of values against the schemas of a normalised OpenAPI document.

The document is validated as it is, in the normal form every reader shares (`normalize.py`), with
Draft 2020-12 extended by the two OpenAPI 3.0 keywords that form keeps (no copy, no rewrite):
- `nullable: true` admits null whatever the schema's other keywords say;
- a boolean `exclusiveMinimum`/`exclusiveMaximum` (Draft 4 style) makes `minimum`/`maximum` exclusive.

`$ref`s to `#/components/...` resolve through a `referencing` registry holding the
whole document as one resource.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

_MESSAGE_LIMIT = 300
# The Draft 2020-12 keywords that can refuse null; `nullable: true` beside them lets it through.
_NULL_REFUSING = ("type", "enum", "const", "not", "allOf", "anyOf", "oneOf", "$ref", "$dynamicRef", "if")

Keyword = Callable[[Any, Any, Any, dict[str, Any]], Iterator[ValidationError]]


def _admitting_null(keyword: Keyword) -> Keyword:
    def check(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        if instance is None and schema.get("nullable") is True:
            return
        yield from keyword(validator, value, instance, schema)

    return check


def _exclusive(keyword: Keyword, limit: str, refused: Callable[[Any, Any], bool], says: str) -> Keyword:
    def check(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        if not isinstance(value, bool):
            yield from keyword(validator, value, instance, schema)
            return
        bound = schema.get(limit)
        if value and validator.is_type(instance, "number") and validator.is_type(bound, "number"):
            if refused(instance, bound):
                yield ValidationError(f"{instance!r} is {says} the {limit} of {bound!r}")

    return check


_DRAFT = jsonschema.Draft202012Validator.VALIDATORS
_KEYWORDS = {
    **{name: _admitting_null(_DRAFT[name]) for name in _NULL_REFUSING},
    "exclusiveMinimum": _exclusive(_DRAFT["exclusiveMinimum"], "minimum", operator.le, "less than or equal to"),
    "exclusiveMaximum": _exclusive(_DRAFT["exclusiveMaximum"], "maximum", operator.ge, "greater than or equal to"),
}
# Draft 2020-12 reading the normal form: `nullable` and boolean exclusive bounds understood.
OpenAPIValidator: type[Validator] = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, _KEYWORDS
)


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
        self._validators: dict[str, Validator] = {}

    def validator(self, pointer: str) -> Validator:
        """The validator of the schema at `pointer` (a JSON pointer into the document)."""
        found = self._validators.get(pointer)
        if found is None:
            found = OpenAPIValidator({"$ref": f"{self._uri}#{pointer}"}, registry=self._registry)
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
