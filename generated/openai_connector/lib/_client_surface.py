# copied from generator/runtime/core/_client_surface.py by the openai-connector generator; edit the source
"""openai-python's client surface on the runtime clients: `copy` / `with_options` taking every setting,
`is_closed()`, and the `api_key`, `admin_api_key`, `organization`, `project`, `base_url`, `websocket_base_url`
attributes.

`copy` with only per-call options (timeouts, retries, hooks) shares everything with this client and
changes its `Options`; any other setting builds a client from this one's settings with the changes,
still sharing the connection pool (unless `http_client=` is given) and the rate limiter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

import httpx2
from typing_extensions import Unpack

from ._config import ClientConfig, check_url
from ._routing import routing_for
from ._settings import ClientSettings
from ._types import NotGiven

if TYPE_CHECKING:
    from ._request import RequestBuilder
    from ._send import Connection
    from ._settings import Options

__all__ = ["ClientSurface", "CopyArgs"]

# Settings `copy` changes without building a new client (the fields of `Options`, as settings).
_PER_CALL = frozenset(
    {
        "timeout",
        "stream_idle_timeout",
        "max_retries",
        "retry_delay",
        "max_retry_delay",
        "exponential_backoff",
        "retry_on_all_errors",
        "on_request",
        "on_response",
        "on_retry",
        "instrument",
        "stream_binary",
        "total_timeout",
    }
)
# Settings where None means "keep this client's" (openai-python's `copy`), not "none".
_NONE_KEEPS = frozenset(
    {
        "api_key",
        "admin_api_key",
        "organization",
        "project",
        "base_url",
        "websocket_base_url",
        "azure_endpoint",
        "azure_resource",
        "azure_deployment",
        "api_version",
        "azure_ad_token",
        "azure_ad_token_provider",
        "auth",
        "webhook_secret",
        "http_client",
        "default_headers",
        "default_query",
        "set_default_headers",
        "set_default_query",
    }
)


class CopyArgs(ClientSettings, total=False):
    """The keyword arguments of `copy` / `with_options`: every setting of the constructor (`NOT_GIVEN` or a
    `None` connection setting meaning "keep this client's"), and these."""

    api_key: str | None
    admin_api_key: str | None
    http_client: Any
    set_default_headers: Mapping[str, str] | None  # replaces the default headers (`default_headers` adds)
    set_default_query: Mapping[str, object] | None
    stream_binary: bool | NotGiven


class ClientSurface:
    """Mixed into `SyncAPIClient` / `AsyncAPIClient` (state set by their `__init__`)."""

    _is_sync: ClassVar[bool]
    _config: ClientConfig
    _settings: ClientSettings  # as constructed (environment read), updated by `copy`
    _options: Options
    _builder: RequestBuilder
    _conn: Connection
    _http: Any
    _owns_http: bool

    @property
    def api_key(self) -> str | None:
        return self._config.api_key

    @property
    def admin_api_key(self) -> str | None:
        return self._config.admin_api_key

    @property
    def organization(self) -> str | None:
        return self._config.organization

    @property
    def project(self) -> str | None:
        return self._config.project

    @property
    def websocket_base_url(self) -> str | None:
        return self._settings.get("websocket_base_url")

    @property
    def base_url(self) -> httpx2.URL:
        """The base URL of the API's paths (with a trailing slash, as openai-python's)."""
        return httpx2.URL(f"{self._config.api_base}/")

    @base_url.setter
    def base_url(self, url: str | httpx2.URL) -> None:
        """Send this client's later calls to `url` (OpenAI; an Azure client takes a new `azure_endpoint`
        through `copy`). Clients derived before keep theirs."""
        if self._config.is_azure:
            from ._errors import ConfigurationError

            raise ConfigurationError("base_url is an OpenAI setting; use client.copy(azure_endpoint=...) for Azure")
        base = str(url).strip().rstrip("/")
        check_url("base_url", base, "https://api.openai.com/v1")
        self._config = self._config._replace(base_url=base)
        self._settings = {**self._settings, "base_url": base}
        builder = self._builder
        self._builder = type(builder)(routing_for(self._config), builder.default_headers, builder.default_query)

    def is_closed(self) -> bool:
        """Whether the connection pool is closed (a derived client shares its parent's)."""
        return bool(self._http.is_closed)

    def copy(self, **changes: Unpack[CopyArgs]) -> Self:
        """A client with this one's settings and `changes` (openai-python's `copy` / `with_options`).

        `default_headers` / `default_query` add to this client's; `set_default_headers` / `set_default_query`
        replace them. A `None` connection setting keeps this client's. The copy shares the connection pool
        (closing it does not close the pool) unless `http_client=` is given. Ours too: the hooks `on_request`,
        `on_response`, `on_retry` (`_hooks`; each replaces the client's) run for every call made through the copy:
        `on_response` receives a `ResponseInfo` (status, headers, request id, timing, retries) as each attempt's
        answer arrives, the thread-safe way to see a typed call's headers; `instrument` turns OpenTelemetry spans
        on or off (`_tracing`); `stream_binary=True` returns binary bodies unread, to stream them (see
        `BinaryResponse`).
        """
        given: dict[str, Any] = {name: value for name, value in changes.items() if not isinstance(value, NotGiven)}
        for name in _NONE_KEEPS & given.keys():
            if given[name] is None:
                del given[name]
        settings: dict[str, Any] = {**self._settings}
        rebuild = bool(given.keys() - _PER_CALL - {"stream_binary"})
        for name, replace in (("default_headers", "set_default_headers"), ("default_query", "set_default_query")):
            if name in given and replace in given:
                raise ValueError(f"pass only one of {name} and {replace}")
            if replace in given:
                settings[name] = dict(given.pop(replace))
            elif name in given:
                settings[name] = {**(settings.get(name) or {}), **given.pop(name)}
        stream_binary = given.pop("stream_binary", self._options.stream_binary)
        http_client = given.pop("http_client", None)
        settings.update(given)
        if not rebuild:
            return self._derived(settings, stream_binary)
        settings.setdefault("timeout", self._options.timeout)  # not the shared pool's own
        if "rate_limiter" not in given and "max_calls_per_period" not in given:
            settings["rate_limiter"] = self._conn.limiter
        api_key = settings.pop("api_key", None) or self._config.api_key
        build: Any = type(self)
        copied: Self = build(api_key, http_client=http_client or self._http, **settings)
        copied._options = copied._options._replace(stream_binary=stream_binary)
        return copied

    with_options = copy

    def _derived(self, settings: dict[str, Any], stream_binary: bool) -> Self:
        from ._resource import AsyncAPIResource, SyncAPIResource
        from ._settings import options_from

        derived = object.__new__(type(self))
        derived.__dict__.update(
            (k, v) for k, v in self.__dict__.items() if not isinstance(v, SyncAPIResource | AsyncAPIResource)
        )
        derived._settings = settings  # type: ignore[assignment]
        options = options_from(settings, sync=self._is_sync)  # type: ignore[arg-type]
        derived._options = options._replace(stream_binary=stream_binary)
        derived._owns_http = False
        return derived
