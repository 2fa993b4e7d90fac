"""Where a WebSocket connection goes and with which headers, built and checked before anything is sent.

The URL: the client's `websocket_base_url`, else its API base with a `ws(s)` scheme, then the endpoint:
`/realtime` with `model` (OpenAI, Azure v1) or Azure classic's `api-version` and `deployment`;
`/responses` (with Azure classic's `api-version`). The headers: the client's default headers, its
credentials (asked for at each connection, so a token provider gives a fresh token to every reconnect)
and the call's `extra_headers`. No I/O here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias
from urllib.parse import urlencode, urlsplit

from typing_extensions import override

from .._errors import ConfigurationError, InvalidRequestError
from .._routing import query_text
from .._types import NOT_GIVEN, NotGiven
from .._validation import check_headers

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .._flow import Flow
    from .._redaction import Redactor
    from ..auth import Auth
    from ._opening import ReconnectPolicy

__all__ = ["Endpoint", "Handshake"]

Endpoint: TypeAlias = Literal["realtime", "responses"]

# websockets' `connect` keywords the handshake sets itself
_OWN_OPTIONS = frozenset({"uri", "additional_headers", "user_agent_header"})
_SCHEMES = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}


class Handshake:
    """One `connect(...)`: where to connect and with which headers; `credentials()` at each (re)connection.

    Built by `connect()` itself, so a bad argument or setting is refused before anything is sent.
    """

    __slots__ = (
        "_defaults",
        "_extra",
        "auth",
        "endpoint",
        "http",
        "http_url",
        "options",
        "reconnect",
        "scrub",
        "url",
        "user_agent",
    )

    def __init__(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        endpoint: Endpoint,
        *,
        model: str | NotGiven = NOT_GIVEN,
        call_id: str | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, object] | None,
        extra_headers: Mapping[str, str] | None,
        websocket_connection_options: Mapping[str, Any] | None,
        reconnect: ReconnectPolicy,
    ) -> None:
        for name, value in (("model", model), ("call_id", call_id)):
            if not isinstance(value, NotGiven) and (not isinstance(value, str) or not value):
                raise InvalidRequestError(f"{endpoint}.connect: {name} must be a non-empty str", param=name)
        if extra_headers:
            check_headers(extra_headers, "extra_headers")
        for key, item in (extra_query or {}).items():
            if not isinstance(key, str) or not isinstance(item, str | int | float):
                raise InvalidRequestError(
                    f"extra_query: {key!r} must be a str, int, float or bool, not {type(item).__name__}",
                    param="extra_query",
                )
        options = dict(websocket_connection_options or {})
        clash = sorted(_OWN_OPTIONS & options.keys())
        if clash:
            raise InvalidRequestError(
                f"websocket_connection_options: {clash[0]!r} is set by the client (use extra_headers for headers)",
                param="websocket_connection_options",
            )
        self.endpoint = endpoint
        self.url = _url(client, endpoint, model, call_id, extra_query or {})
        self.http_url = "http" + self.url[2:]  # ws(s)://... as http(s)://..., for the errors' `request`
        # by lower-case name: (name, value); websockets sets the User-Agent itself, from `user_agent`
        self._defaults = _merged(client._builder.default_headers)
        self._defaults.pop("accept", None)
        self._extra = _merged(extra_headers or {})
        agent = self._extra.pop("user-agent", None) or self._defaults.get("user-agent")
        self._defaults.pop("user-agent", None)
        self.user_agent = agent[1] if agent else None
        self.options = options
        self.reconnect = reconnect
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
        return f"Handshake({self.endpoint!r})"  # not its URL, which may name an Azure resource


def _merged(headers: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """`headers` by lower-case name (of two spellings of one name, the last wins)."""
    return {name.lower(): (name, value) for name, value in headers.items()}


def _url(
    client: SyncAPIClient | AsyncAPIClient,
    endpoint: Endpoint,
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
    classic = config.is_azure and config.azure_api == "classic"
    if classic:
        query["api-version"] = config.api_version or ""
    if classic and endpoint == "realtime":
        deployment = config.azure_deployment or (None if isinstance(model, NotGiven) else model)
        if not deployment:
            raise ConfigurationError(
                "Azure OpenAI serves the Realtime API per deployment: pass model=<deployment name> "
                "or set azure_deployment on the client"
            )
        query["deployment"] = deployment
    elif not isinstance(model, NotGiven):
        query["model"] = model
    if not isinstance(call_id, NotGiven):
        query["call_id"] = call_id
    query.update((name, query_text(value)) for name, value in extra_query.items())
    path = f"{parts.path.rstrip('/')}/{endpoint}"
    return f"{scheme}://{parts.netloc}{path}" + (f"?{urlencode(query)}" if query else "")
