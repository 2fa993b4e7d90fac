# copied from generator/runtime/core/_decoding.py by the openai-connector generator; edit the source
"""Response decoding: a successful answer to the type the caller asked for, an error answer's body, raw results.

Validators are cached per type: a model class validates with its own tolerant `shaped` reader, any other
type expression with a `TypeAdapter`. A body that does not fit raises `APIResponseValidationError`, whose
message names the first problem and whose body is scrubbed of secrets.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal, TypeAlias

import httpx2
import pydantic

from ._errors import APIResponseValidationError, scrub_value
from ._models import shaped
from ._response import BinaryResponse, RawResponse

__all__ = ["ResponseType", "decode", "error_body", "page_model", "raw_result", "validator"]

ResponseType: TypeAlias = Literal["json", "text", "binary"]

_validators: dict[Any, Callable[[str | bytes], Any]] = {}


def validator(tp: Any) -> Callable[[str | bytes], Any]:
    """A cached `validate_json` for `tp` (a model class uses its own, the rest a `TypeAdapter`)."""
    try:
        return _validators[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable type expression: no caching
        return pydantic.TypeAdapter(tp).validate_json
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        func: Callable[[str | bytes], Any] = shaped(tp)
    else:
        func = pydantic.TypeAdapter(tp).validate_json
    _validators[tp] = func
    return func


def error_body(response: httpx2.Response) -> object:
    """The decoded body of an error answer: JSON if it parses, else the text; `None` if empty."""
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def decode(
    response: httpx2.Response, cast_to: Any, kind: str, scrub: Callable[[str], str], strict: bool = False
) -> Any:
    """The answer of a typed call as `cast_to`, per the operation's response kind; `strict`: it must fit
    `cast_to` exactly, required fields included (`_strictness`)."""
    if cast_to is BinaryResponse:
        return BinaryResponse(response)
    if cast_to is None or cast_to is type(None) or kind == "none":
        return None
    if cast_to is str or kind == "text":
        return response.text
    if kind == "json_or_text" and response.headers.get("content-type", "").startswith("text/"):
        return response.text  # e.g. a transcript asked for as text, srt or vtt
    if strict:
        return _decode_strictly(response, cast_to, scrub)
    return _validated(response, cast_to, scrub)


def _validated(response: httpx2.Response, cast_to: Any, scrub: Callable[[str], str]) -> Any:
    try:
        return validator(cast_to)(response.content)
    except pydantic.ValidationError as exc:
        raise _validation_error(response, exc, scrub) from None


def _decode_strictly(response: httpx2.Response, cast_to: Any, scrub: Callable[[str], str]) -> Any:
    from ._strictness import missing_required, strict_reading

    with strict_reading():
        value = _validated(response, cast_to, scrub)
    where = missing_required(value)
    if where is not None:
        message = f"The response body (status {response.status_code}) lacks the required field {where}"
        raise APIResponseValidationError(message, response=response, body=scrub_value(error_body(response), scrub))
    return value


def _validation_error(
    response: httpx2.Response, exc: pydantic.ValidationError, scrub: Callable[[str], str]
) -> APIResponseValidationError:
    errors = exc.errors(include_url=False, include_input=False)
    if errors and errors[0]["type"] == "json_invalid":
        content_type = response.headers.get("content-type") or "none"
        message = f"The response body (status {response.status_code}) is not valid JSON (content-type {content_type})"
    else:
        first = errors[0] if errors else None
        where = ".".join(str(p) for p in first["loc"]) if first else ""
        message = (
            f"The response body (status {response.status_code}) does not have the expected shape: "
            f"{exc.error_count()} error(s), first: {first['type'] if first else '?'} at {where or '<root>'}"
        )
    return APIResponseValidationError(message, response=response, body=scrub_value(error_body(response), scrub))


def raw_result(response: httpx2.Response, response_type: ResponseType) -> RawResponse:
    """What `client.request` returns: the body as JSON (`None` if empty), text or bytes."""
    body: object
    if response_type == "binary":
        body = response.content
    elif response_type == "text":
        body = response.text
    else:
        content = response.content
        if not content.strip():
            body = None
        else:
            try:
                body = json.loads(content)
            except ValueError:
                raise APIResponseValidationError(
                    f"The response body (status {response.status_code}) is not valid JSON; "
                    "use response_type='text' or 'binary'",
                    response=response,
                ) from None
    return RawResponse(status_code=response.status_code, headers=response.headers, body=body)


def page_model(model: Any, item_type: Any) -> Any:
    """A list answer decoded as a plain dict gets its `data` items validated as `item_type`."""
    if isinstance(model, dict) and item_type is not None:
        model["data"] = pydantic.TypeAdapter(list[item_type]).validate_python(model.get("data") or [])
    return model
