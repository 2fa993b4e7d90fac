"""Published examples that lack only required fields, made valid by filling those fields."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.spec.api import ApiSpec

_FILLERS: tuple[Any, ...] = (None, "", 0, [], {}, False)


def repair_example(spec: ApiSpec, pointer: str, response: Any, rounds: int = 20) -> Any | None:
    """A published example that lacks only required fields, made valid by filling them; else None.

    Upstream examples often predate a field made required later (Azure's chat examples lack
    `message.refusal`, its completions and embeddings examples `object`). Each missing field gets the
    property's `const`, first `enum` value, `default` or `example` if it has one, else the first of null, "", 0,
    [], {}, false that the schema accepts there. Any other kind of mismatch is not repaired.
    """
    if isinstance(response, str):
        try:
            response = json.loads(response)
        except json.JSONDecodeError:
            return None
    value = copy.deepcopy(response)
    validator = spec.schemas.validator(pointer)
    for _ in range(rounds):
        missing = _all_missing(validator, value)
        if missing is None:
            return None
        if not missing:
            return value
        error = missing[0]
        name = next((n for n in error.validator_value if n not in error.instance), None)
        if name is None:
            return None
        prop = spec.resolve(error.schema.get("properties", {}).get(name, {}))
        candidates: list[Any] = []
        if isinstance(prop, dict):
            candidates.extend(prop[key] for key in ("const", "default", "example") if key in prop)
            if isinstance(prop.get("enum"), list) and prop["enum"]:
                candidates.insert(0, prop["enum"][0])
        for candidate in [*candidates, *_FILLERS]:
            error.instance[name] = copy.deepcopy(candidate)
            after = _all_missing(validator, value)
            if after is not None and len(after) < len(missing):
                break
        else:
            return None
    return None


def _all_missing(validator: Any, value: Any) -> list[Any] | None:
    """Every missing required field of `value` (through `oneOf`/`anyOf`), or None if anything else is wrong."""
    missing: list[Any] = []
    for error in validator.iter_errors(value):
        fixable = _missing_fields(error)
        if fixable is None:
            return None
        missing.extend(fixable)
    return missing


def _missing_fields(error: Any) -> list[Any] | None:
    """The `required` errors that explain `error` (through the closest `oneOf`/`anyOf` branch), or None."""
    if error.validator == "required" and isinstance(error.instance, dict):
        return [error]
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        for _, branch in sorted(branches.items(), key=lambda item: str(item[0])):  # in the spec's order
            found: list[Any] = []
            for sub in branch:
                fixable = _missing_fields(sub)
                if fixable is None:
                    break
                found.extend(fixable)
            else:
                return found
    return None
