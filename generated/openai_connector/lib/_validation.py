# copied from generator/runtime/core/_validation.py by the openai-connector generator; edit the source
"""Checks of a call's arguments against the spec, before anything is sent: `check_arguments`.

The generator puts what can be checked cheaply in `Operation.checks` (location -> wire name -> a
shallow JSON Schema subset: `type` or `anyOf`, numeric and length bounds, `nullable`). This runs once
per request on the arguments actually given (`NOT_GIVEN` is skipped), so it is kept to a dict lookup
and a few `isinstance` tests per argument; nested values (a message's content, a tool's schema) are
the server's to judge. Uploads are also checked for a file format the API takes (`Operation.upload_formats`).
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Mapping
from typing import Any

import pydantic

from ._errors import InvalidRequestError
from ._operation import Operation
from ._types import NOT_GIVEN

__all__ = ["check_arguments", "check_headers", "unsendable_json"]

# JSON type -> what Python values are sent as it (bool is an int, so integer and number exclude it below).
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict, Mapping, pydantic.BaseModel),
    "null": (type(None),),
}
_ARTICLE = {"integer": "an integer", "array": "an array", "object": "an object", "null": "null"}


def check_arguments(
    op: Operation,
    *,
    path_params: Mapping[str, object],
    query: Mapping[str, object],
    headers: Mapping[str, object],
    body: object,
    files: Mapping[str, object],
) -> None:
    """Raise `InvalidRequestError` for the first given argument that breaks `op.checks` (or an unfit upload)."""
    if files and op.upload_formats:
        _check_files(op, files)
    checks = op.checks
    for location, values in (("path", path_params), ("query", query), ("header", headers), ("body", body)):
        rules = checks.get(location)
        if not rules or not isinstance(values, Mapping):
            continue
        for name, value in values.items():
            if value is NOT_GIVEN:
                continue
            rule = rules.get(name)
            if rule is not None:
                problem = _problem(value, rule)
                if problem is not None:
                    raise InvalidRequestError(f"{op.operation_id}: {_label(name)} {problem}", param=name)


_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")  # Latin-1 text without control characters


def check_headers(headers: Mapping[str, object], where: str) -> None:
    """Raise `InvalidRequestError` naming the first header of `headers` that cannot be sent: a name that is
    not an HTTP token, a value that is not a str, or one with a line break, another control character or a
    character outside Latin-1 (HTTP cannot carry it; encode it first)."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise InvalidRequestError(f"{where}: {name!r} is not a valid HTTP header name", param=str(name))
        if not isinstance(value, str):
            raise InvalidRequestError(f"{where}: header {name!r} must be a str, not {type(value).__name__}", param=name)
        if not _HEADER_VALUE.fullmatch(value):
            raise InvalidRequestError(
                f"{where}: header {name!r} has a line break, a control character or a character outside "
                "Latin-1; HTTP cannot send it",
                param=name,
            )


def unsendable_json(value: object, exc: ValueError) -> InvalidRequestError:
    """The error for a JSON body `json.dumps` refused (`exc`): NaN or infinity, or text that is not valid Unicode."""
    param = "body"
    if isinstance(value, Mapping):
        for name, item in value.items():
            try:
                json.dumps(item, ensure_ascii=False, allow_nan=False, default=str).encode()
            except ValueError:
                param = str(name)
                break
    if isinstance(exc, UnicodeError):
        reason = "contains text that is not valid Unicode (an unpaired surrogate: decoded from non-UTF-8 bytes?)"
    else:
        reason = f"cannot be sent as JSON ({exc}; JSON has no NaN or infinity)"
    return InvalidRequestError(f"{param} {reason}", param=param)


def _check_files(op: Operation, files: Mapping[str, object]) -> None:
    """Raise `InvalidRequestError` for an upload whose file name shows a format the API does not take."""
    for field, formats in op.upload_formats.items():
        name = _file_name(files.get(field))
        if name is None:
            continue
        extension = os.path.splitext(name)[1].lower().lstrip(".")
        if extension not in formats:
            raise InvalidRequestError(
                f"{op.operation_id}: {field} {name!r} is not in a supported format "
                f"({'no extension' if not extension else '.' + extension}); use one of {', '.join(formats)}",
                param=field,
            )


def _file_name(value: object) -> str | None:
    if isinstance(value, tuple) and value:
        if isinstance(value[0], str) and value[0]:
            return value[0]
        return _file_name(value[1]) if len(value) > 1 else None
    if isinstance(value, str | os.PathLike):
        return os.path.basename(os.fspath(value))
    name = getattr(value, "name", None)
    return os.path.basename(name) if isinstance(name, str) and name else None


def _label(name: str) -> str:
    """The parameter as the message names it: the wire name, and the Python argument when it differs."""
    python_name = name.replace("-", "_").lower()
    return name if python_name == name else f"{name} (argument {python_name})"


def _problem(value: object, rule: Mapping[str, Any]) -> str | None:
    """What is wrong with `value` under `rule`, as the end of a sentence naming the parameter; None if fine."""
    if value is None:
        return None if rule.get("nullable") else "must not be None (the spec does not allow null here)"
    variants = rule.get("anyOf")
    if variants is None:
        return _type_problem(value, rule) or _bound_problem(value, rule)
    bound_problem: str | None = None
    for variant in variants:
        if _type_problem(value, variant) is None:
            problem = _bound_problem(value, variant)
            if problem is None:
                return None
            bound_problem = bound_problem or problem  # right type, a bound broken: the most useful message
    if bound_problem is not None:
        return bound_problem
    expected = " or ".join(dict.fromkeys(_ARTICLE.get(t, f"a {t}") for v in variants if (t := v.get("type"))))
    return f"must be {expected}, got {_describe(value)}"


def _type_problem(value: object, rule: Mapping[str, Any]) -> str | None:
    kind = rule.get("type")
    if kind is None:
        return None
    allowed = _PYTHON_TYPES.get(kind)
    if allowed is None:
        return None
    if isinstance(value, allowed) and not (isinstance(value, bool) and kind in ("integer", "number")):
        return None
    return f"must be {_ARTICLE.get(kind, f'a {kind}')}, got {_describe(value)}"


def _bound_problem(value: object, rule: Mapping[str, Any]) -> str | None:
    if isinstance(value, str):
        return _length_problem(len(value), rule, "minLength", "maxLength", "characters") or _text_problem(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_problem(value, rule)
    if isinstance(value, list | tuple):
        return _length_problem(len(value), rule, "minItems", "maxItems", "items")
    return None


def _number_problem(value: float, rule: Mapping[str, Any]) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"must be a finite number, got {value!r}"
    minimum = rule.get("minimum")
    if minimum is not None and value < minimum:
        return f"must be >= {minimum} (minimum), got {value!r}"
    maximum = rule.get("maximum")
    if maximum is not None and value > maximum:
        return f"must be <= {maximum} (maximum), got {value!r}"
    low = rule.get("exclusiveMinimum")
    if low is not None and not isinstance(low, bool) and value <= low:
        return f"must be > {low} (exclusiveMinimum), got {value!r}"
    high = rule.get("exclusiveMaximum")
    if high is not None and not isinstance(high, bool) and value >= high:
        return f"must be < {high} (exclusiveMaximum), got {value!r}"
    return None


def _length_problem(length: int, rule: Mapping[str, Any], low_key: str, high_key: str, unit: str) -> str | None:
    low = rule.get(low_key)
    if low is not None and length < low:
        return f"must have at least {low} {unit} ({low_key}), got {length}"
    high = rule.get(high_key)
    if high is not None and length > high:
        return f"must have at most {high} {unit} ({high_key}), got {length}"
    return None


def _text_problem(value: str) -> str | None:
    """Text that cannot be sent as UTF-8: lone surrogates, e.g. from bytes decoded with `surrogateescape`."""
    if value.isascii():
        return None
    try:
        value.encode()
    except UnicodeEncodeError as exc:
        return (
            f"is not valid Unicode text (unpaired surrogate at index {exc.start}; was it decoded from non-UTF-8 bytes?)"
        )
    return None


def _describe(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        try:
            bytes(value).decode()
        except UnicodeDecodeError:
            return f"{type(value).__name__} that are not valid UTF-8 (decode them to str with the right encoding)"
        return f"{type(value).__name__} (decode them to str first)"
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"
