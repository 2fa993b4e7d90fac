# copied from generator/runtime/core/_realtime/_events.py by the openai-connector generator; edit the source
"""The events of a WebSocket connection: client events out as JSON text, server events in as typed models.

A server event is read into the spec's union of the endpoint's server events (`RealtimeServerEvent`,
`ResponsesServerEvent`), told apart by `type`; an event type this client does not know yet stays the
decoded JSON (a dict). No I/O here.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._errors import APIError, InvalidRequestError
from .._types import NotGiven

if TYPE_CHECKING:
    # Generated from the OpenAI spec. A package generated without them (a vendored part) has no such
    # modules (its events are then dicts), so these imports may fail: hence both codes.
    from ...types.realtime_client_event import (  # type: ignore[import-not-found, unused-ignore]
        RealtimeClientEvent as ClientEvent,
    )
    from ...types.realtime_server_event import (  # type: ignore[import-not-found, unused-ignore]
        RealtimeServerEvent as ServerEvent,
    )
    from ...types.responses_client_event import (  # type: ignore[import-not-found, unused-ignore]
        ResponsesClientEvent,
    )
    from ...types.responses_server_event import (  # type: ignore[import-not-found, unused-ignore]
        ResponsesServerEvent,
    )
    from ._handshake import Endpoint

__all__ = [
    "ClientEvent",
    "ResponsesClientEvent",
    "ResponsesServerEvent",
    "ServerEvent",
    "client_event",
    "encode_event",
    "read_event",
]

# endpoint -> (module under the package's types/, the union of its server events)
_SERVER_EVENTS: dict[str, tuple[str, str]] = {
    "realtime": ("realtime_server_event", "RealtimeServerEvent"),
    "responses": ("responses_server_event", "ResponsesServerEvent"),
}
# the fields of the client events the connections' helpers send, and what each must be
_FIELD_KINDS: dict[str, type] = {
    "event_id": str,
    "audio": str,
    "item_id": str,
    "response_id": str,
    "previous_item_id": str,
    "audio_end_ms": int,
    "content_index": int,
    "session": Mapping,
    "response": Mapping,
    "item": Mapping,
}


def client_event(event_type: str, **fields: object) -> dict[str, object]:
    """The client event `event_type` with the `fields` given (`NOT_GIVEN` ones left out), each checked."""
    event: dict[str, object] = {"type": event_type}
    for name, value in fields.items():
        if isinstance(value, NotGiven):
            continue
        kind = _FIELD_KINDS[name]
        if kind is Mapping:
            ok, expected = isinstance(value, Mapping) or _is_model(value), "a mapping or a model"
        else:
            ok, expected = isinstance(value, kind) and not isinstance(value, bool), kind.__name__
        if not ok:
            raise InvalidRequestError(f"{event_type}: {name} must be {expected}", param=name)
        event[name] = value
    return event


def _is_model(value: object) -> bool:
    return hasattr(value, "model_dump")


def encode_event(event: object) -> str:
    """`event` (a client event model or a mapping with a `type`) as the JSON text sent."""
    if _is_model(event):
        event = _dump_model(event)
    if not isinstance(event, Mapping) or not isinstance(event.get("type"), str):
        raise InvalidRequestError(
            "send: event must be a client event (a model or a mapping with a 'type')", param="event"
        )
    try:
        return json.dumps(event, allow_nan=False, default=_dump_model)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"send: event cannot be sent as JSON: {exc}", param="event") from None


def _dump_model(value: Any) -> Any:
    if not _is_model(value):
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return value.model_dump(mode="json", by_alias=True, exclude_unset=True)


@functools.cache
def _reader(endpoint: Endpoint) -> Callable[[str | bytes], Any]:
    module, name = _SERVER_EVENTS[endpoint]
    try:
        union = getattr(importlib.import_module(f"...types.{module}", __package__), name)
    except ImportError:  # a package generated without these events
        return json.loads
    from .._decoding import validator

    return validator(union)


def read_event(endpoint: Endpoint, data: str | bytes, scrub: Callable[[str], str]) -> Any:
    """A server event of `endpoint` from its JSON text: its generated class by `type` (the decoded value
    for a type this client does not know yet)."""
    try:
        return _reader(endpoint)(data)
    except ValueError as exc:  # pydantic's ValidationError is one: the text is not JSON
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        raise APIError(
            f"the {endpoint} server sent a message that is not JSON ({exc.__class__.__name__})", body=scrub(text[:200])
        ) from None
