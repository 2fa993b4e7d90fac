# copied from generator/runtime/core/_realtime/_handshake.py by the openai-connector generator; edit the source
"""What a Realtime connection needs, built and checked before anything is sent (no I/O here).

The URL: the client's `websocket_base_url`, else its API base with a `ws(s)` scheme, then `/realtime`
with `model` (OpenAI, Azure v1) or Azure classic's `api-version` and `deployment`. The headers: the
client's default headers, its credentials (asked for at each connection, so a token provider gives a
fresh token to every reconnect) and the call's `extra_headers`. Events go out as JSON text and come back
as the spec's typed server events (an event type this client does not know stays a dict).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from typing_extensions import override

from .._errors import APIError, ConfigurationError, InvalidRequestError
from .._routing import query_text
from .._types import NotGiven
from .._validation import check_headers

if TYPE_CHECKING:
    # Generated from the OpenAI spec. A package generated without them (a vendored part) has no such
    # module; events are then plain dicts, so the import may fail: hence both codes.
    from ...types.realtime_client_event import (  # type: ignore[import-not-found, unused-ignore]
        RealtimeClientEvent as ClientEvent,
    )
    from ...types.realtime_server_event import (  # type: ignore[import-not-found, unused-ignore]
        RealtimeServerEvent as ServerEvent,
    )
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .._flow import Flow
    from .._redaction import Redactor
    from ..auth import Auth

__all__ = ["ClientEvent", "Handshake", "ServerEvent", "client_event", "encode_event", "parse_server_event"]

# websockets' `connect` keywords the handshake sets itself
_OWN_OPTIONS = frozenset({"uri", "additional_headers", "user_agent_header"})
_SCHEMES = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}
# the fields of the client events the connection's helpers send, and what each must be
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


class Handshake:
    """One `connect(...)`: where to connect and with which headers; `credentials()` at each (re)connection.

    Built by `connect()` itself, so a bad argument or setting is refused before anything is sent.
    """

    __slots__ = ("_defaults", "_extra", "auth", "http", "http_url", "options", "scrub", "url", "user_agent")

    def __init__(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        *,
        model: str | NotGiven,
        call_id: str | NotGiven,
        extra_query: Mapping[str, object] | None,
        extra_headers: Mapping[str, str] | None,
        websocket_connection_options: Mapping[str, Any] | None,
    ) -> None:
        for name, value in (("model", model), ("call_id", call_id)):
            if not isinstance(value, NotGiven) and (not isinstance(value, str) or not value):
                raise InvalidRequestError(f"realtime.connect: {name} must be a non-empty str", param=name)
        if extra_headers:
            check_headers(extra_headers, "extra_headers")
        options = dict(websocket_connection_options or {})
        clash = sorted(_OWN_OPTIONS & options.keys())
        if clash:
            raise InvalidRequestError(
                f"websocket_connection_options: {clash[0]!r} is set by the client (use extra_headers for headers)",
                param="websocket_connection_options",
            )
        self.url = _url(client, model, call_id, extra_query or {})
        self.http_url = "http" + self.url[2:]  # ws(s)://... as http(s)://..., for the errors' `request`
        # by lower-case name: (name, value); websockets sets the User-Agent itself, from `user_agent`
        self._defaults = _merged(client._builder.default_headers)
        self._defaults.pop("accept", None)
        self._extra = _merged(extra_headers or {})
        agent = self._extra.pop("user-agent", None) or self._defaults.get("user-agent")
        self._defaults.pop("user-agent", None)
        self.user_agent = agent[1] if agent else None
        self.options = options
        self.http: Any = client._http
        self.auth: Auth = client._conn.auth
        self.scrub: Redactor = client._conn.scrub

    def credentials(self) -> Flow[Mapping[str, str]]:
        """The auth headers of one connection (a token provider or credential is asked again each time)."""
        headers = self.auth.static_headers
        if headers is None:
            headers = yield from self.auth.auth_flow()
            self.scrub.learn_credentials(headers)  # before sending: a server may quote them back
        return headers

    def headers_with(self, credentials: Mapping[str, str]) -> dict[str, str]:
        """The headers of the opening handshake: defaults, then credentials, then the call's `extra_headers`."""
        merged = {**self._defaults, **_merged(credentials), **self._extra}
        return dict(merged.values())

    @override
    def __repr__(self) -> str:
        return "Handshake(<realtime>)"  # its URL may name an Azure resource


def _merged(headers: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """`headers` by lower-case name (of two spellings of one name, the last wins)."""
    return {name.lower(): (name, value) for name, value in headers.items()}


def _url(
    client: SyncAPIClient | AsyncAPIClient,
    model: str | NotGiven,
    call_id: str | NotGiven,
    extra_query: Mapping[str, object],
) -> str:
    config = client._config
    base = client.websocket_base_url or config.api_base
    parts = urlsplit(base)
    scheme = _SCHEMES.get(parts.scheme)
    if scheme is None or not parts.hostname or parts.query or parts.fragment:
        setting = "websocket_base_url" if client.websocket_base_url else "base_url"
        raise ConfigurationError(f"{setting} must be a ws(s):// or http(s):// URL without a query, like wss://host/v1")
    query = {name: query_text(value) for name, value in client._builder.default_query.items()}
    if config.is_azure and config.azure_api == "classic":
        deployment = config.azure_deployment or (None if isinstance(model, NotGiven) else model)
        if not deployment:
            raise ConfigurationError(
                "Azure OpenAI serves the Realtime API per deployment: pass model=<deployment name> "
                "or set azure_deployment on the client"
            )
        query["api-version"] = config.api_version or ""
        query["deployment"] = deployment
    elif not isinstance(model, NotGiven):
        query["model"] = model
    if not isinstance(call_id, NotGiven):
        query["call_id"] = call_id
    query.update((name, query_text(value)) for name, value in extra_query.items())
    path = parts.path.rstrip("/") + "/realtime"
    return f"{scheme}://{parts.netloc}{path}" + (f"?{urlencode(query)}" if query else "")


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
def _server_event_reader() -> Callable[[str | bytes], Any]:
    try:
        from ...types.realtime_server_event import RealtimeServerEvent  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # a package generated without the realtime events
        return json.loads
    from .._decoding import validator

    return validator(RealtimeServerEvent)


def parse_server_event(data: str | bytes, scrub: Callable[[str], str]) -> ServerEvent:
    """A server event from its JSON text: its generated class by `type`, or the decoded value if the type is new."""
    try:
        event: ServerEvent = _server_event_reader()(data)
    except ValueError as exc:  # pydantic's ValidationError is one: the text is not JSON
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        raise APIError(
            f"the realtime server sent a message that is not JSON ({exc.__class__.__name__})", body=scrub(text[:200])
        ) from None
    return event
