"""`SyncAPIClient` and `AsyncAPIClient`: the bases of the generated clients, assembled from small policies.

Settings are resolved once (`_config`, `_settings`); each call is a sans-I/O flow (`_flow`) written once:
request building (`_request`, with routing from `_routing`), the attempt loop (`_send`: rate limit,
`auth`, redirects from `_redirects`, retries per `_retry`) and decoding (`_decoding`). The two clients
differ only in the driver that performs the flow's I/O (`run_sync` / `run_async`) and in their
`async` method signatures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Self, TypeVar, cast

import httpx2
from typing_extensions import Unpack, override

from ._client_surface import ClientSurface
from ._config import ClientConfig, check_api_version, resolve_config
from ._credentials import Credentials
from ._decoding import decode, page_model, raw_result, validator
from ._environment import for_client_class, with_environment
from ._flow import Flow, run_async, run_sync
from ._hooks import call_options
from ._keyword_args import keyword_names
from ._logging import setup_logging
from ._notices import admin_key_hint
from ._operation import Operation
from ._redaction import Redactor
from ._request import (
    CALL,
    PAGE,
    RAW,
    STREAM,
    CallArgs,
    Keywords,
    PageArgs,
    RawArgs,
    RequestBuilder,
    StreamArgs,
    next_page_args,
)
from ._response import BinaryResponse, RawResponse
from ._routing import routing_for
from ._send import Connection, send
from ._settings import ClientSettings, default_limits, options_from, rate_limiter_from, unknown_setting
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN
from ._validation import check_headers
from .auth import auth_for

if TYPE_CHECKING:
    from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage

__all__ = ["AsyncAPIClient", "ClientSettings", "SyncAPIClient"]

_USER_AGENT = "openai-connector/0.1.0"
# The platform header openai-python sends with every request, so a server, proxy or test that keys on it
# sees the same from both clients.
_PLATFORM_HEADERS = {"X-Stainless-Lang": "python"}
_Http = TypeVar("_Http", httpx2.Client, httpx2.AsyncClient)
_Stream = TypeVar("_Stream", Stream[Any], AsyncStream[Any])
_SETTINGS = keyword_names(ClientSettings)


class _ClientCore(ClientSurface, Generic[_Http]):
    """Everything but I/O: settings, `copy` / `with_options` (`ClientSurface`), and each call as a flow."""

    _http: _Http
    # Set by the generated client: the spec's server, and the Azure api-versions it was generated for.
    default_base_url: ClassVar[str] = ""
    known_api_versions: ClassVar[tuple[str, ...]] = ()
    _is_sync: ClassVar[bool]
    _provider: ClassVar[Literal["openai", "azure"] | None] = None  # fixed by `OpenAI` / `AzureOpenAI`
    _webhook_secret: str | None  # read by `_webhooks.Webhooks`; never sent, never shown

    def __init__(
        self, api_key: str | None = None, *, http_client: _Http | None = None, **settings: Unpack[ClientSettings]
    ) -> None:
        if any(v is NOT_GIVEN for v in settings.values()):  # openai-python's default for a setting left out
            settings = cast(ClientSettings, {k: v for k, v in settings.items() if v is not NOT_GIVEN})
        if not settings.keys() <= _SETTINGS:
            raise unknown_setting(type(self).__name__, settings.keys() - _SETTINGS, _SETTINGS)
        settings = cast(ClientSettings, for_client_class(self._provider, {"api_key": api_key, **settings}))
        api_key = settings.pop("api_key", None)  # type: ignore[typeddict-item]
        if http_client is not None and "timeout" not in settings:
            settings["timeout"] = http_client.timeout  # a given pool keeps its own timeout
        self._settings = settings
        setup_logging(settings.get("log_level"))
        self._config = config = resolve_config(
            api_key=api_key,
            admin_api_key=settings.get("admin_api_key"),
            is_openai_key=settings.get("is_openai_key"),
            organization=settings.get("organization"),
            project=settings.get("project"),
            base_url=settings.get("base_url"),
            azure_endpoint=settings.get("azure_endpoint"),
            azure_resource=settings.get("azure_resource"),
            azure_deployment=settings.get("azure_deployment"),
            api_version=settings.get("api_version"),
            azure_ad_token=settings.get("azure_ad_token"),
            azure_ad_token_provider=settings.get("azure_ad_token_provider"),
            auth=settings.get("auth"),
            azure_api=settings.get("azure_api", "classic"),
            sync=self._is_sync,
            default_base_url=self.default_base_url,
        )
        check_api_version(
            config,
            self.known_api_versions,
            strict=settings.get("strict_api_version", False),
            allow_unknown=settings.get("allow_unknown_api_version", False),
        )
        self._options = options_from(settings, sync=self._is_sync)
        self._webhook_secret = settings.get("webhook_secret")
        default_headers = settings.get("default_headers") or {}
        if default_headers:
            check_headers(default_headers, "default_headers")
        headers = {"Accept": "application/json", "User-Agent": _USER_AGENT, **_PLATFORM_HEADERS, **default_headers}
        self._builder = RequestBuilder(routing_for(config), headers, dict(settings.get("default_query") or {}))
        limiter = rate_limiter_from(settings)
        auth = auth_for(config)
        self._owns_http = http_client is None
        self._http = http_client or self._new_http()  # last: nothing above may fail and leave it open
        redactor = Redactor(config.secrets)
        if auth.static_headers:
            redactor.learn_credentials(auth.static_headers)
        self._conn = Connection(self._http, auth, limiter, redactor, config.is_azure)
        self._credentials = Credentials(self._conn, config)  # the key of each call: `_credentials.py`

    def _new_http(self) -> _Http:
        raise NotImplementedError

    @classmethod
    def from_env(
        cls, api_key: str | None = None, *, http_client: _Http | None = None, **settings: Unpack[ClientSettings]
    ) -> Self:
        """A client from these settings completed by `OPENAI_*` / `AZURE_OPENAI_*` variables (`_environment`)."""
        pinned = {} if cls._provider is None else {"is_openai_key": cls._provider == "openai"}
        found = with_environment({"api_key": api_key, **settings, **pinned})
        return cls(found.pop("api_key", None), http_client=http_client, **found)

    # -- public bits ---------------------------------------------------------------------------------

    @property
    def config(self) -> ClientConfig:
        """The resolved connection settings (their repr shows no secret)."""
        return self._config

    @property
    def max_retries(self) -> int:
        return self._options.policy.max_retries

    @property
    def timeout(self) -> httpx2.Timeout:
        return self._options.timeout

    @override
    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._config.describe()}, max_retries={self.max_retries})"

    # -- calls, as flows -----------------------------------------------------------------------------

    def _call_flow(self, op: Operation, args: CallArgs, keywords: Keywords = CALL) -> Flow[Any]:
        keywords.check(args)
        options = call_options(self._options, args, sync=self._is_sync)
        cast_to = args["cast_to"]
        prep = self._builder.prepare(op, args, options, stream=False)
        lazy = cast_to is BinaryResponse and options.stream_binary
        conn = self._credentials.connection(op, prep)
        response = yield from admin_key_hint(op, send(conn, prep, options, stream=lazy))
        return decode(response, cast_to, op.response_kind, self._conn.scrub, options.strict_responses)

    def _stream_flow(self, op: Operation, args: StreamArgs, stream_type: type[_Stream]) -> Flow[_Stream]:
        STREAM.check(args)
        options = call_options(self._options, args, sync=self._is_sync)
        prep = self._builder.prepare(op, args, options, stream=True)
        conn = self._credentials.connection(op, prep)
        response = yield from admin_key_hint(op, send(conn, prep, options, stream=True))
        validate, scrub = validator(args["chunk_type"]), self._conn.scrub
        return stream_type(response, validate, expect_done=op.stream_done, scrub=scrub, enveloped=op.stream_enveloped)

    def _page_flow(self, op: Operation, args: PageArgs) -> Flow[Any]:
        return page_model((yield from self._call_flow(op, args, PAGE)), args["item_type"])

    def _raw_flow(self, method: str, path: str, args: RawArgs) -> Flow[RawResponse]:
        RAW.check(args)
        options = call_options(self._options, args, sync=self._is_sync)
        prep = self._builder.prepare_raw(method, path, args, options)
        flow = send(self._conn, prep, options)
        if args.get("debug"):
            from ._raw_request import logged

            flow = logged(flow, self._conn.scrub, self._config.is_azure)
        response = yield from flow
        return raw_result(response, args.get("response_type", "json"))


class SyncAPIClient(_ClientCore[httpx2.Client]):
    """The sync client: connection, auth (OpenAI or Azure OpenAI), retries, rate limit, decoding.

    `Client(api_key, is_openai_key=True, organization=..., project=..., base_url=...)` for OpenAI;
    `Client(api_key, is_openai_key=False, azure_endpoint=... or azure_resource=..., api_version=...,
    azure_deployment=..., azure_ad_token=..., azure_ad_token_provider=..., azure_api="classic" | "v1")`
    for Azure OpenAI (or `auth=` any scheme of `lib.auth`); `Client.from_env()` reads the usual
    environment variables. See `ClientSettings` for timeouts, retries, rate limit and logging settings.
    """

    _is_sync = True

    @override
    def _new_http(self) -> httpx2.Client:
        return httpx2.Client(limits=default_limits(), follow_redirects=True)

    def call(self, op: Operation, **args: Unpack[CallArgs]) -> Any:
        """Send `op` and decode its answer as `cast_to` (a model, a type expression, `str`, `BinaryResponse`, None)."""
        return run_sync(self._call_flow(op, args), self._http)

    def call_stream(self, op: Operation, **args: Unpack[StreamArgs]) -> Stream[Any]:
        """Send `op` and return its server-sent events as a `Stream` of `chunk_type`."""
        return run_sync(self._stream_flow(op, args, Stream), self._http)

    def call_page(self, op: Operation, **args: Unpack[PageArgs]) -> SyncCursorPage[Any]:
        """Send `op` (a cursor-paginated list) and return its first page; iterating it walks every page."""
        from ._pagination import make_page

        model = run_sync(self._page_flow(op, args), self._http)
        fetch = lambda cursor: self.call_page(op, **next_page_args(args, cursor))  # noqa: E731
        return make_page(  # type: ignore[no-any-return]
            model, op.pagination, args.get("cursor_param", "after"), args["item_type"], fetch, sync=True
        )

    def request(self, method: str, path: str, **args: Unpack[RawArgs]) -> RawResponse:
        """Send any request with this client's base URL, auth and retries; raises `APIStatusError` on 4xx/5xx.

        `path` is relative to the base URL (a leading `/v1` duplicating the base's is dropped); `json=`,
        `data=`, `files=` (with `file_names=`), `params=`, `headers=`; `response_type` "json", "text" or
        "binary"; `timeout=None` means the client's default; `total_timeout` bounds the whole call (attempts,
        waits, body; `None`: the client's); `max_retries`, `retry_delay`, `retry_on_all_errors`,
        `exponential_backoff` override the client's retry policy for this call.
        Returns status, headers and the decoded body.
        """
        return run_sync(self._raw_flow(method, path, args), self._http)

    def close(self) -> None:
        """Close the connection pool (unless it is a `http_client` you passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore[httpx2.AsyncClient]):
    """The async client: the same settings and behaviour as `SyncAPIClient`, with `async` methods.

    A sync `azure_ad_token_provider` runs in a worker thread, so it never blocks the event loop.
    """

    _is_sync = False

    @override
    def _new_http(self) -> httpx2.AsyncClient:
        return httpx2.AsyncClient(limits=default_limits(), follow_redirects=True)

    async def call(self, op: Operation, **args: Unpack[CallArgs]) -> Any:
        """Send `op` and decode its answer as `cast_to` (a model, a type expression, `str`, `BinaryResponse`, None)."""
        return await run_async(self._call_flow(op, args), self._http)

    async def call_stream(self, op: Operation, **args: Unpack[StreamArgs]) -> AsyncStream[Any]:
        """Send `op` and return its server-sent events as an `AsyncStream` of `chunk_type`."""
        return await run_async(self._stream_flow(op, args, AsyncStream), self._http)

    def call_page(self, op: Operation, **args: Unpack[PageArgs]) -> AsyncPaginator[Any, AsyncCursorPage[Any]]:
        """Send `op` (a list) when awaited, for its first page; `async for` over it walks the items of every page."""

        from ._pagination import AsyncPaginator, make_page

        async def first() -> AsyncCursorPage[Any]:
            model = await run_async(self._page_flow(op, args), self._http)
            fetch = lambda cursor: self.call_page(op, **next_page_args(args, cursor))  # noqa: E731
            return make_page(  # type: ignore[no-any-return]
                model, op.pagination, args.get("cursor_param", "after"), args["item_type"], fetch, sync=False
            )

        return AsyncPaginator(first)

    async def request(self, method: str, path: str, **args: Unpack[RawArgs]) -> RawResponse:
        """Send any request with this client's base URL, auth and retries (see `SyncAPIClient.request`)."""
        return await run_async(self._raw_flow(method, path, args), self._http)

    async def close(self) -> None:
        """Close the connection pool (unless it is a `http_client` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
