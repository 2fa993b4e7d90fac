"""`SyncAPIClient` and `AsyncAPIClient`: connection, auth, routing, retries and decoding.

The generated `Client` / `AsyncClient` subclass these and add only their resources, so every
setting lives here. The small hooks `_prepare_url`, `_build_request` and `_auth_headers` can be
overridden; Azure routing is in `_prepare_url` alone, the retry policy in `_retry.retry_delay`.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Literal, Self, TypedDict, TypeVar
from urllib.parse import quote

import httpx2
import pydantic
from typing_extensions import Unpack, override

from . import _constants as C
from ._config import AzureApi, ClientConfig, TokenProvider, check_api_version, resolve_config, with_environment
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    request_id_of,
    scrub_chain,
    scrub_value,
    status_error,
)
from ._files import MultipartBody, fields_only_multipart, form_fields, multipart_files
from ._logging import logger, redact_headers, redact_url, setup_logging
from ._models import shaped
from ._operation import Operation
from ._pagination import AsyncCursorPage, SyncCursorPage
from ._ratelimit import RateLimiter
from ._redaction import Redactor
from ._resource import AsyncAPIResource, SyncAPIResource
from ._response import BinaryResponse, RawResponse, ResponseInfo
from ._retry import RetryEvent, RetryPolicy, retry_delay
from ._routes import AZURE_DEPLOYMENT_PATHS, DONE_TERMINATED_PATHS, check_server
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ._validation import check_arguments, unsendable_json

__all__ = ["AsyncAPIClient", "ClientSettings", "SyncAPIClient"]

_T = TypeVar("_T")
_DEBUG = 10
_USER_AGENT = "openai-connector/0.1.0"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_EMPTY: Mapping[str, Any] = {}
ResponseType = Literal["json", "text", "binary"]


class ClientSettings(TypedDict, total=False):
    """Keyword settings of `SyncAPIClient` / `AsyncAPIClient` (and of `from_env`, as overrides)."""

    is_openai_key: bool | None
    organization: str | None
    project: str | None
    base_url: str | None
    azure_endpoint: str | None
    azure_resource: str | None
    azure_deployment: str | None
    api_version: str | None
    azure_ad_token: str | None
    azure_ad_token_provider: TokenProvider | None
    azure_api: AzureApi
    timeout: float | httpx2.Timeout | None
    stream_idle_timeout: float | None
    max_retries: int
    retry_delay: float | None
    max_retry_delay: float
    exponential_backoff: bool
    retry_on_all_errors: bool
    on_retry: Callable[[RetryEvent], object] | None
    on_response: Callable[[ResponseInfo], object] | None
    max_calls_per_period: int | None
    period_seconds: float
    rate_limiter: RateLimiter | None
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    log_level: str | int | None
    strict_api_version: bool
    allow_unknown_api_version: bool
    webhook_secret: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class _Options:
    timeout: httpx2.Timeout
    stream_idle_timeout: float | None
    policy: RetryPolicy
    on_retry: Callable[[RetryEvent], object] | None
    on_response: Callable[[ResponseInfo], object] | None
    stream_binary: bool = False


class PreparedRequest:
    """Everything needed to send one call, attempt after attempt (auth headers are added per attempt)."""

    __slots__ = ("content", "data", "headers", "method", "multipart", "params", "path", "policy", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: str,
        *,
        params: list[tuple[str, str]],
        headers: dict[str, str],
        timeout: httpx2.Timeout,
        policy: RetryPolicy,
        content: bytes | Iterable[bytes] | None = None,
        data: Mapping[str, Any] | None = None,
        multipart: MultipartBody | None = None,
        path: str = "",
    ) -> None:
        self.method = method
        self.url = url
        self.params = params
        self.headers = headers
        self.timeout = timeout
        self.policy = policy
        self.content = content
        self.data = data
        self.multipart = multipart
        self.path = path

    @property
    def replayable(self) -> bool:
        if self.multipart is not None and not self.multipart.replayable:
            return False
        return self.content is None or isinstance(self.content, bytes)


_validators: dict[Any, Callable[[str | bytes], Any]] = {}


def _validator(tp: Any) -> Callable[[str | bytes], Any]:
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


def _json_default(value: object) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    if isinstance(value, NotGiven):
        raise TypeError("NOT_GIVEN is only allowed at the top level of a body")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _dump_json(value: object) -> bytes:
    try:
        return json.dumps(
            value, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default
        ).encode()
    except ValueError as exc:  # NaN/infinity, or a str with lone surrogates (UnicodeEncodeError)
        raise unsendable_json(value, exc) from None


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _add_query(params: list[tuple[str, str]], query: Mapping[str, object]) -> None:
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, list | tuple):
            params.extend((name, _query_value(v)) for v in value)
        else:
            params.append((name, _query_value(value)))


def _error_body(response: httpx2.Response) -> object:
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def _field(body: object, name: str) -> object:
    if isinstance(body, Mapping):
        return body.get(name)
    return getattr(body, name, None)


class _ClientCore:
    """What the sync and async clients share: settings, URL and request building, decoding."""

    _config: ClientConfig
    _options: _Options
    _limiter: RateLimiter | None
    _http: httpx2.Client | httpx2.AsyncClient
    _owns_http: bool
    _webhook_secret: str | None  # read by `_webhooks.Webhooks`; never sent, never shown
    # Set by the generated client: the spec's server, and the Azure api-versions it was generated for.
    default_base_url: ClassVar[str] = ""
    known_api_versions: ClassVar[tuple[str, ...]] = ()

    def _setup(self, api_key: str | None, settings: ClientSettings, *, sync: bool) -> None:
        setup_logging(settings.get("log_level"))
        self._config = resolve_config(
            api_key=api_key,
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
            azure_api=settings.get("azure_api", "classic"),
            sync=sync,
            default_base_url=self.default_base_url,
        )
        check_api_version(
            self._config,
            self.known_api_versions,
            strict=settings.get("strict_api_version", False),
            allow_unknown=settings.get("allow_unknown_api_version", False),
        )
        max_retries = settings.get("max_retries", C.DEFAULT_MAX_RETRIES)
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        timeout = settings.get("timeout", NOT_GIVEN)
        self._options = _Options(
            timeout=_default_timeout() if isinstance(timeout, NotGiven) else _to_timeout(timeout),
            stream_idle_timeout=settings.get("stream_idle_timeout"),
            policy=RetryPolicy(
                max_retries=max_retries,
                max_retry_delay=settings.get("max_retry_delay", C.DEFAULT_MAX_RETRY_DELAY),
                retry_delay=settings.get("retry_delay"),
                exponential_backoff=settings.get("exponential_backoff", True),
                retry_on_all_errors=settings.get("retry_on_all_errors", False),
            ),
            on_retry=settings.get("on_retry"),
            on_response=settings.get("on_response"),
        )
        limiter = settings.get("rate_limiter")
        max_calls = settings.get("max_calls_per_period")
        if limiter is None and max_calls is not None:
            limiter = RateLimiter(max_calls, settings.get("period_seconds", C.DEFAULT_PERIOD_SECONDS))
        self._limiter = limiter
        self._default_headers: dict[str, str] = {"Accept": "application/json", "User-Agent": _USER_AGENT}
        self._default_headers.update(settings.get("default_headers") or {})
        self._default_query = dict(settings.get("default_query") or {})
        self._static_auth = self._static_auth_headers()
        self._redactor = Redactor(self._config.secrets)
        self._webhook_secret = settings.get("webhook_secret")

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

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_delay: float | NotGiven | None = NOT_GIVEN,
        on_retry: Callable[[RetryEvent], object] | NotGiven | None = NOT_GIVEN,
        on_response: Callable[[ResponseInfo], object] | NotGiven | None = NOT_GIVEN,
        stream_binary: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client sharing this one's connection pool, auth and rate limit, with other per-call options.

        `on_response` receives a `ResponseInfo` (status, headers, request id, timing, retries) after each
        successful call made through the returned client: the thread-safe way to see headers of a typed call.
        `stream_binary=True` returns binary bodies unread, to stream them (see `BinaryResponse`).
        Closing the original client closes the shared pool; closing a derived one does nothing.
        """
        opts = self._options
        policy = opts.policy
        if not isinstance(max_retries, NotGiven):
            policy = dataclasses.replace(policy, max_retries=max_retries)
        if not isinstance(retry_delay, NotGiven):
            policy = dataclasses.replace(policy, retry_delay=retry_delay)
        new_opts = dataclasses.replace(
            opts,
            policy=policy,
            timeout=opts.timeout if isinstance(timeout, NotGiven) else _to_timeout(timeout),
            on_retry=opts.on_retry if isinstance(on_retry, NotGiven) else on_retry,
            on_response=opts.on_response if isinstance(on_response, NotGiven) else on_response,
            stream_binary=opts.stream_binary if isinstance(stream_binary, NotGiven) else stream_binary,
        )
        derived = object.__new__(type(self))
        derived.__dict__.update(
            (k, v) for k, v in self.__dict__.items() if not isinstance(v, SyncAPIResource | AsyncAPIResource)
        )
        derived._options = new_opts
        derived._owns_http = False
        return derived

    # -- hooks ---------------------------------------------------------------------------------------

    def _static_auth_headers(self) -> dict[str, str]:
        cfg = self._config
        if cfg.provider == "openai":
            headers = {"Authorization": f"Bearer {cfg.api_key}"}
            if cfg.organization:
                headers["OpenAI-Organization"] = cfg.organization
            if cfg.project:
                headers["OpenAI-Project"] = cfg.project
            return headers
        if cfg.api_key:
            return {"api-key": cfg.api_key}
        if cfg.azure_ad_token:
            return {"Authorization": f"Bearer {cfg.azure_ad_token}"}
        return {}

    def _prepare_url(self, op: Operation, path_params: Mapping[str, object], body: object) -> str:
        """The full URL of `op`: all provider and Azure routing happens here."""
        cfg = self._config
        if op.api == "azure":
            if not cfg.is_azure:
                raise ConfigurationError(
                    f"{op.operation_id} is an Azure OpenAI operation; this client is set up for OpenAI"
                )
            return f"{cfg.base_url}/openai{self._format_path(op, path_params, body)}"
        path = self._format_path(op, path_params, body)
        if op.api == "openai" and cfg.is_azure and cfg.azure_api == "classic" and op.path in AZURE_DEPLOYMENT_PATHS:
            deployment = cfg.azure_deployment or _field(body, "model")
            if not isinstance(deployment, str) or not deployment:
                raise ConfigurationError(
                    f"Azure OpenAI serves {op.path} per deployment: pass model=<deployment name> "
                    "or set azure_deployment on the client"
                )
            return f"{cfg.base_url}/openai/deployments/{quote(deployment, safe='')}{path}"
        if op.server_path and cfg.is_azure:
            check_server(op.operation_id, op.server_path, cfg.api_base, cfg.azure_api)
        return f"{cfg.api_base}{path}"

    def _format_path(self, op: Operation, path_params: Mapping[str, object], body: object) -> str:
        path = op.path
        if "{" not in path:
            return path

        def value_of(match: re.Match[str]) -> str:
            name = match.group(1)
            value = path_params.get(name, NOT_GIVEN)
            if isinstance(value, NotGiven) and name in op.client_params:
                value = getattr(self._config, op.client_params[name], None)
                if value is None and op.client_params[name] == "azure_deployment":
                    value = _field(body, "model")
            if value is None or isinstance(value, NotGiven) or value == "":
                raise InvalidRequestError(f"{op.operation_id}: path parameter {name!r} is required", param=name)
            text = quote(str(value), safe="")
            if text in (".", ".."):  # would be resolved away as a dot segment: another endpoint
                raise InvalidRequestError(f"{op.operation_id}: path parameter {name!r} cannot be {text!r}", param=name)
            return text

        return _PLACEHOLDER.sub(value_of, path)

    def _build_request(self, prep: PreparedRequest, auth_headers: Mapping[str, str]) -> httpx2.Request:
        """One attempt's `httpx2.Request` (called again for each retry, with fresh auth headers)."""
        headers = {**prep.headers, **auth_headers} if auth_headers else prep.headers
        if prep.multipart is not None:
            prep.multipart.rewind()
        return self._http.build_request(
            prep.method,
            prep.url,
            params=prep.params or None,  # type: ignore[arg-type]  # list[tuple[str, str]] is accepted
            headers=headers,
            content=prep.content,
            data=prep.data,
            files=prep.multipart.files if prep.multipart is not None else None,
            timeout=prep.timeout,
        )

    def _redirect(self, response: httpx2.Response, hops: int) -> httpx2.Request:
        """The request following redirect `response` (the `hops`-th); secrets stay behind when it leaves the origin.

        httpx would forward `api-key` and `OpenAI-Organization` to any host a server redirects to, and raise its
        own `TooManyRedirects`; the client follows redirects itself so neither happens.
        """
        request = response.request
        if hops > C.MAX_REDIRECTS:
            raise APIConnectionError(
                f"Too many redirects ({C.MAX_REDIRECTS} followed; a redirect loop?)", request=request
            )
        url = request.url.join(response.headers["location"])
        method = request.method
        status = response.status_code
        if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
            method = "GET"
        headers = httpx2.Headers(request.headers)
        if url.origin != request.url.origin:
            for name in C.SECRET_HEADERS:
                headers.pop(name, None)
            headers["Host"] = url.netloc.decode("ascii")
        stream: httpx2.SyncByteStream | httpx2.AsyncByteStream | None = request.stream
        if method != request.method:
            stream = None
            for name in ("Content-Length", "Content-Type", "Transfer-Encoding"):
                headers.pop(name, None)
        return httpx2.Request(method, url, headers=headers, stream=stream, extensions=request.extensions)

    # -- preparing -----------------------------------------------------------------------------------

    def _prepare(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object],
        query: Mapping[str, object],
        headers: Mapping[str, object],
        body: object,
        files: Mapping[str, object],
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
        stream: bool = False,
    ) -> PreparedRequest:
        if op.checks or files:
            check_arguments(op, path_params=path_params, query=query, headers=headers, body=body, files=files)
        url = self._prepare_url(op, path_params, body)
        cfg = self._config
        params: list[tuple[str, str]] = []
        if self._default_query:
            _add_query(params, self._default_query)
        if query:
            _add_query(params, query)
        if op.client_params:
            for name, setting in op.client_params.items():
                if f"{{{name}}}" in op.path or not isinstance(query.get(name, NOT_GIVEN), NotGiven):
                    continue
                value = getattr(cfg, setting, None)
                if value is not None:
                    params.append((name, _query_value(value)))
        elif op.api == "openai" and cfg.is_azure and cfg.azure_api == "classic" and cfg.api_version:
            params.append(("api-version", cfg.api_version))
        if extra_query:
            _add_query(params, extra_query)

        request_headers = dict(self._default_headers)
        if stream or op.accept != "application/json":
            request_headers["Accept"] = "text/event-stream" if stream else op.accept
        for name, value in headers.items():
            if value is not None and not isinstance(value, NotGiven):
                request_headers[name] = _query_value(value)
        if extra_headers:
            request_headers.update(extra_headers)

        content, data, multipart = self._encode_body(op, body, files, extra_body, request_headers)
        call_timeout = self._options.timeout if isinstance(timeout, NotGiven) else _to_timeout(timeout)
        if stream and self._options.stream_idle_timeout is not None:
            t = call_timeout
            call_timeout = httpx2.Timeout(
                connect=t.connect, read=self._options.stream_idle_timeout, write=t.write, pool=t.pool
            )
        return PreparedRequest(
            op.method.upper(),
            url,
            params=params,
            headers=request_headers,
            timeout=call_timeout,
            policy=self._options.policy,
            content=content,
            data=data,
            multipart=multipart,
            path=op.path,
        )

    def _encode_body(
        self,
        op: Operation,
        body: object,
        files: Mapping[str, object],
        extra_body: Body | None,
        request_headers: dict[str, str],
    ) -> tuple[bytes | Iterable[bytes] | None, Mapping[str, Any] | None, MultipartBody | None]:
        """The body of `op` per its request kind (JSON, multipart, form or binary); sets Content-Type if needed."""
        content: bytes | Iterable[bytes] | None = None
        data: Mapping[str, Any] | None = None
        multipart: MultipartBody | None = None
        kind = op.request_kind
        if kind == "multipart" or files:
            fields = dict(body) if isinstance(body, Mapping) else {}
            if extra_body:
                fields.update(extra_body)
            data = form_fields(fields.items())
            multipart = multipart_files(files)
            if not multipart.files:  # still multipart, as the spec says, though httpx would urlencode it
                content, data, multipart = fields_only_multipart(data, request_headers), None, None
        elif kind == "form":
            fields = dict(body) if isinstance(body, Mapping) else {}
            if extra_body:
                fields.update(extra_body)
            data = form_fields(fields.items())
        elif kind == "binary":
            if isinstance(body, bytes | bytearray | memoryview):
                content = bytes(body)
            elif isinstance(body, Iterable) and not isinstance(body, str | Mapping):
                content = body
            else:
                raise TypeError(f"{op.operation_id}: a binary body must be bytes or an iterable of bytes")
            request_headers.setdefault("Content-Type", "application/octet-stream")
        elif not isinstance(body, NotGiven) or extra_body:
            payload: object = body
            if isinstance(body, Mapping):
                payload = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
                if extra_body:
                    payload.update(extra_body)
            elif isinstance(body, NotGiven):
                payload = dict(extra_body or {})
            content = _dump_json(payload)
            request_headers["Content-Type"] = "application/json"

        return content, data, multipart

    def _prepare_raw(
        self,
        method: str,
        path: str,
        *,
        json_body: object,
        data: Mapping[str, object] | None,
        files: Mapping[str, object] | None,
        file_names: Mapping[str, str] | None,
        params: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        timeout: Timeout,
        policy: RetryPolicy,
    ) -> PreparedRequest:
        if path.startswith(("http://", "https://")):
            raise ValueError("client.request takes a path relative to the client's base URL, not a full URL")
        cfg = self._config
        base = cfg.api_base
        if not path.startswith("/"):
            path = f"/{path}"
        if base.endswith("/v1") and (path == "/v1" or path.startswith("/v1/")):
            path = path[3:]
        query: list[tuple[str, str]] = []
        _add_query(query, self._default_query)
        if params:
            _add_query(query, params)
        if (
            cfg.is_azure
            and cfg.azure_api == "classic"
            and cfg.api_version
            and not any(k == "api-version" for k, _ in query)
        ):
            query.append(("api-version", cfg.api_version))
        request_headers = dict(self._default_headers)
        content: bytes | None = None
        multipart = None
        form: Mapping[str, Any] | None = None
        if files:
            multipart = multipart_files(files, file_names)
            form = form_fields((data or {}).items())
        elif data is not None:
            form = form_fields(data.items())
        elif json_body is not None:
            content = _dump_json(json_body)
            request_headers["Content-Type"] = "application/json"
        if headers:
            request_headers.update(headers)
        return PreparedRequest(
            method.upper(),
            f"{base}{path}",
            params=query,
            headers=request_headers,
            timeout=self._options.timeout if timeout is None else _to_timeout(timeout),
            policy=policy,
            content=content,
            data=form,
            multipart=multipart,
            path=path,
        )

    def _raw_policy(
        self,
        max_retries: int | None,
        retry_delay: float | None,
        retry_on_all_errors: bool,
        exponential_backoff: bool,
    ) -> RetryPolicy:
        return dataclasses.replace(
            self._options.policy,
            max_retries=self._options.policy.max_retries if max_retries is None else max_retries,
            retry_delay=retry_delay if retry_delay is not None else self._options.policy.retry_delay,
            retry_on_all_errors=retry_on_all_errors or self._options.policy.retry_on_all_errors,
            exponential_backoff=exponential_backoff,
        )

    # -- attempts, errors and decoding ----------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        """`text` without this client's secrets (keys, tokens, Azure host) or anything shaped like an OpenAI key."""
        return self._redactor(text)

    def _retry_or_none(
        self,
        prep: PreparedRequest,
        retries_taken: int,
        *,
        response: httpx2.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        decision = retry_delay(
            prep.policy, retries_taken=retries_taken, response=response, error=error, replayable=prep.replayable
        )
        if decision is None:
            return None
        delay, reason = decision
        if logger.isEnabledFor(20):
            logger.info(
                "retrying %s %s in %.3fs (attempt %d failed: %s)",
                prep.method,
                prep.path,
                delay,
                retries_taken + 1,
                reason,
            )
        hook = self._options.on_retry
        if hook is not None:
            hook(
                RetryEvent(
                    attempt=retries_taken + 1,
                    reason=reason,
                    delay=delay,
                    status_code=response.status_code if response is not None else None,
                    method=prep.method,
                    path=prep.path,
                )
            )
        return delay

    def _connection_error(self, exc: Exception, request: httpx2.Request) -> APIConnectionError:
        scrub_chain(exc, self._scrub)  # it stays reachable as the raised error's context
        if isinstance(exc, httpx2.TimeoutException):
            return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
        detail = str(exc) or type(exc).__name__
        return APIConnectionError(f"Connection error: {detail}", request=request)

    def _status_error(self, response: httpx2.Response) -> APIStatusError:
        return status_error(response, _error_body(response), self._scrub)

    def _log_attempt(
        self, request: httpx2.Request, response: httpx2.Response | None, started: float, note: str
    ) -> None:
        status = response.status_code if response is not None else note
        headers = redact_headers(request.headers.items())
        if self._config.is_azure:
            headers.pop("host", None)
        message = (
            f"{request.method} {redact_url(str(request.url), hide_host=self._config.is_azure)} -> {status} "
            f"in {(time.perf_counter() - started) * 1000.0:.1f} ms; request headers {headers}"
        )
        logger.debug("%s", self._scrub(message))

    def _on_success(self, prep: PreparedRequest, response: httpx2.Response, started: float, retries: int) -> None:
        hook = self._options.on_response
        if hook is not None:
            hook(
                ResponseInfo(
                    status_code=response.status_code,
                    headers=response.headers,
                    request_id=request_id_of(response.headers),
                    method=prep.method,
                    path=prep.path,
                    elapsed=time.perf_counter() - started,
                    retries_taken=retries,
                )
            )

    def _decode(self, response: httpx2.Response, cast_to: Any, kind: str) -> Any:
        if cast_to is BinaryResponse:
            return BinaryResponse(response)
        if cast_to is None or cast_to is type(None) or kind == "none":
            return None
        if cast_to is str or kind == "text":
            return response.text
        if kind == "json_or_text" and response.headers.get("content-type", "").startswith("text/"):
            return response.text  # e.g. a transcript asked for as text, srt or vtt
        try:
            return _validator(cast_to)(response.content)
        except pydantic.ValidationError as exc:
            raise self._validation_error(response, exc) from None

    def _validation_error(self, response: httpx2.Response, exc: pydantic.ValidationError) -> APIResponseValidationError:
        errors = exc.errors(include_url=False, include_input=False)
        if errors and errors[0]["type"] == "json_invalid":
            content_type = response.headers.get("content-type") or "none"
            message = (
                f"The response body (status {response.status_code}) is not valid JSON (content-type {content_type})"
            )
        else:
            first = errors[0] if errors else None
            where = ".".join(str(p) for p in first["loc"]) if first else ""
            message = (
                f"The response body (status {response.status_code}) does not have the expected shape: "
                f"{exc.error_count()} error(s), first: {first['type'] if first else '?'} at {where or '<root>'}"
            )
        return APIResponseValidationError(
            message, response=response, body=scrub_value(_error_body(response), self._scrub)
        )

    def _raw_result(self, response: httpx2.Response, response_type: ResponseType) -> RawResponse:
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

    def _page_model(self, model: Any, item_type: Any) -> Any:
        if isinstance(model, dict) and item_type is not None:
            model["data"] = pydantic.TypeAdapter(list[item_type]).validate_python(model.get("data") or [])
        return model


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: the sync client never pays for importing it

    await asyncio.sleep(seconds)


def _default_timeout() -> httpx2.Timeout:
    return httpx2.Timeout(C.DEFAULT_TIMEOUT, connect=C.DEFAULT_CONNECT_TIMEOUT)


def _to_timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    return value if isinstance(value, httpx2.Timeout) else httpx2.Timeout(value)


def _limits() -> httpx2.Limits:
    return httpx2.Limits(
        max_connections=C.DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=C.DEFAULT_MAX_KEEPALIVE_CONNECTIONS
    )


class SyncAPIClient(_ClientCore):
    """The sync client: connection, auth (OpenAI or Azure OpenAI), retries, rate limit, decoding.

    `Client(api_key, is_openai_key=True, organization=..., project=..., base_url=...)` for OpenAI;
    `Client(api_key, is_openai_key=False, azure_endpoint=... or azure_resource=..., api_version=...,
    azure_deployment=..., azure_ad_token=..., azure_ad_token_provider=..., azure_api="classic" | "v1")`
    for Azure OpenAI; `Client.from_env()` reads the usual environment variables. See `ClientSettings`
    for timeouts, retries, rate limit and logging settings.
    """

    _http: httpx2.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        http_client: httpx2.Client | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._setup(api_key, settings, sync=True)
        self._owns_http = http_client is None
        self._http = http_client or httpx2.Client(limits=_limits(), follow_redirects=True)

    @classmethod
    def from_env(
        cls, api_key: str | None = None, *, http_client: httpx2.Client | None = None, **settings: Unpack[ClientSettings]
    ) -> Self:
        """A client from these settings completed by `OPENAI_*` / `AZURE_OPENAI_*` variables (`_config.PRECEDENCE`)."""
        found = with_environment({"api_key": api_key, **settings})
        return cls(found.pop("api_key", None), http_client=http_client, **found)

    # -- hooks ---------------------------------------------------------------------------------------

    def _auth_headers(self) -> Mapping[str, str]:
        """Auth headers for one attempt; a token provider is called every time (retries included)."""
        provider = self._config.azure_ad_token_provider
        if provider is None:
            return self._static_auth
        token = provider()
        if not isinstance(token, str):
            raise ConfigurationError("azure_ad_token_provider must return the token as a str")
        self._redactor.learn(token)
        return {"Authorization": f"Bearer {token}"}

    # -- sending -------------------------------------------------------------------------------------

    def _send(self, prep: PreparedRequest, *, stream: bool = False) -> httpx2.Response:
        retries_taken = 0
        debug = logger.isEnabledFor(_DEBUG)
        first_started = time.perf_counter()
        while True:
            if self._limiter is not None:
                self._limiter.acquire()
            request = self._build_request(prep, self._auth_headers())
            started = time.perf_counter()
            try:
                response = self._http.send(request, stream=stream, follow_redirects=False)
                hops = 0
                while response.has_redirect_location:
                    response.close()
                    hops += 1
                    response = self._http.send(self._redirect(response, hops), stream=stream, follow_redirects=False)
            except httpx2.TransportError as exc:
                if debug:
                    self._log_attempt(request, None, started, type(exc).__name__)
                delay = self._retry_or_none(prep, retries_taken, error=exc)
                if delay is None:
                    raise self._connection_error(exc, request) from None
                time.sleep(delay)
                retries_taken += 1
                continue
            if debug:
                self._log_attempt(request, response, started, "")
            if response.status_code >= 400:
                delay = self._retry_or_none(prep, retries_taken, response=response)
                if delay is None:
                    if stream:
                        response.read()
                        response.close()
                    raise self._status_error(response)
                response.close()
                time.sleep(delay)
                retries_taken += 1
                continue
            self._on_success(prep, response, first_started, retries_taken)
            return response

    def call(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        headers: Mapping[str, object] = _EMPTY,
        body: object = NOT_GIVEN,
        files: Mapping[str, object] = _EMPTY,
        cast_to: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Send `op` and decode its answer as `cast_to` (a model, a type expression, `str`, `BinaryResponse`, None)."""
        prep = self._prepare(
            op,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        lazy = cast_to is BinaryResponse and self._options.stream_binary
        response = self._send(prep, stream=lazy)
        return self._decode(response, cast_to, op.response_kind)

    def call_stream(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        headers: Mapping[str, object] = _EMPTY,
        body: object = NOT_GIVEN,
        files: Mapping[str, object] = _EMPTY,
        chunk_type: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[Any]:
        """Send `op` and return its server-sent events as a `Stream` of `chunk_type`."""
        prep = self._prepare(
            op,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            stream=True,
        )
        response = self._send(prep, stream=True)
        return Stream(response, _validator(chunk_type), expect_done=op.path in DONE_TERMINATED_PATHS, scrub=self._scrub)

    def call_page(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        headers: Mapping[str, object] = _EMPTY,
        body: object = NOT_GIVEN,
        files: Mapping[str, object] = _EMPTY,
        cast_to: Any,
        item_type: Any,
        cursor_param: str = "after",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Any]:
        """Send `op` (a cursor-paginated list) and return its first page; iterating it walks every page."""
        model = self._page_model(
            self.call(
                op,
                path_params=path_params,
                query=query,
                headers=headers,
                body=body,
                files=files,
                cast_to=cast_to,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            item_type,
        )

        def fetch(cursor: str) -> SyncCursorPage[Any]:
            return self.call_page(
                op,
                path_params=path_params,
                query={**query, cursor_param: cursor},
                headers=headers,
                body=body,
                files=files,
                cast_to=cast_to,
                item_type=item_type,
                cursor_param=cursor_param,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncCursorPage(model, fetch)

    def request(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: ResponseType = "json",
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        retry_on_all_errors: bool = False,
        exponential_backoff: bool = True,
    ) -> RawResponse:
        """Send any request with this client's base URL, auth and retries; raises `APIStatusError` on 4xx/5xx.

        `path` is relative to the base URL (a leading `/v1` duplicating the base's is dropped).
        `timeout=None` means the client's default. Returns status, headers and the decoded body.
        """
        prep = self._prepare_raw(
            method,
            path,
            json_body=json,
            data=data,
            files=files,
            file_names=file_names,
            params=params,
            headers=headers,
            timeout=timeout,
            policy=self._raw_policy(max_retries, retry_delay, retry_on_all_errors, exponential_backoff),
        )
        return self._raw_result(self._send(prep), response_type)

    # -- lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (unless it is a `http_client` you passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """The async client: the same settings and behaviour as `SyncAPIClient`, with `async` methods.

    A sync `azure_ad_token_provider` runs in a worker thread, so it never blocks the event loop.
    """

    _http: httpx2.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        *,
        http_client: httpx2.AsyncClient | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._setup(api_key, settings, sync=False)
        self._owns_http = http_client is None
        self._http = http_client or httpx2.AsyncClient(limits=_limits(), follow_redirects=True)
        provider = self._config.azure_ad_token_provider
        self._provider_is_async = provider is not None and (
            inspect.iscoroutinefunction(provider) or inspect.iscoroutinefunction(getattr(provider, "__call__", None))  # noqa: B004
        )

    @classmethod
    def from_env(
        cls,
        api_key: str | None = None,
        *,
        http_client: httpx2.AsyncClient | None = None,
        **settings: Unpack[ClientSettings],
    ) -> Self:
        """A client from these settings completed by `OPENAI_*` / `AZURE_OPENAI_*` variables (`_config.PRECEDENCE`)."""
        found = with_environment({"api_key": api_key, **settings})
        return cls(found.pop("api_key", None), http_client=http_client, **found)

    async def _auth_headers(self) -> Mapping[str, str]:
        """Auth headers for one attempt; a token provider is called every time (retries included)."""
        provider = self._config.azure_ad_token_provider
        if provider is None:
            return self._static_auth
        import asyncio  # here, not at the top: the sync client never pays for importing it

        token: object = await provider() if self._provider_is_async else await asyncio.to_thread(provider)  # type: ignore[misc]
        if inspect.isawaitable(token):
            token = await token
        if not isinstance(token, str):
            raise ConfigurationError("azure_ad_token_provider must return the token as a str")
        self._redactor.learn(token)
        return {"Authorization": f"Bearer {token}"}

    async def _send(self, prep: PreparedRequest, *, stream: bool = False) -> httpx2.Response:
        retries_taken = 0
        debug = logger.isEnabledFor(_DEBUG)
        first_started = time.perf_counter()
        while True:
            if self._limiter is not None:
                await self._limiter.acquire_async()
            request = self._build_request(prep, await self._auth_headers())
            started = time.perf_counter()
            try:
                response = await self._http.send(request, stream=stream, follow_redirects=False)
                hops = 0
                while response.has_redirect_location:
                    await response.aclose()
                    hops += 1
                    next_request = self._redirect(response, hops)
                    response = await self._http.send(next_request, stream=stream, follow_redirects=False)
            except httpx2.TransportError as exc:
                if debug:
                    self._log_attempt(request, None, started, type(exc).__name__)
                delay = self._retry_or_none(prep, retries_taken, error=exc)
                if delay is None:
                    raise self._connection_error(exc, request) from None
                await _async_sleep(delay)
                retries_taken += 1
                continue
            if debug:
                self._log_attempt(request, response, started, "")
            if response.status_code >= 400:
                delay = self._retry_or_none(prep, retries_taken, response=response)
                if delay is None:
                    if stream:
                        await response.aread()
                        await response.aclose()
                    raise self._status_error(response)
                await response.aclose()
                await _async_sleep(delay)
                retries_taken += 1
                continue
            self._on_success(prep, response, first_started, retries_taken)
            return response

    async def call(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        headers: Mapping[str, object] = _EMPTY,
        body: object = NOT_GIVEN,
        files: Mapping[str, object] = _EMPTY,
        cast_to: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Send `op` and decode its answer as `cast_to` (a model, a type expression, `str`, `BinaryResponse`, None)."""
        prep = self._prepare(
            op,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        lazy = cast_to is BinaryResponse and self._options.stream_binary
        response = await self._send(prep, stream=lazy)
        return self._decode(response, cast_to, op.response_kind)

    async def call_stream(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        headers: Mapping[str, object] = _EMPTY,
        body: object = NOT_GIVEN,
        files: Mapping[str, object] = _EMPTY,
        chunk_type: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Any]:
        """Send `op` and return its server-sent events as an `AsyncStream` of `chunk_type`."""
        prep = self._prepare(
            op,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            stream=True,
        )
        response = await self._send(prep, stream=True)
        return AsyncStream(
            response, _validator(chunk_type), expect_done=op.path in DONE_TERMINATED_PATHS, scrub=self._scrub
        )

    async def call_page(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        headers: Mapping[str, object] = _EMPTY,
        body: object = NOT_GIVEN,
        files: Mapping[str, object] = _EMPTY,
        cast_to: Any,
        item_type: Any,
        cursor_param: str = "after",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[Any]:
        """Send `op` (a cursor-paginated list) and return its first page; `async for` walks every page."""
        model = self._page_model(
            await self.call(
                op,
                path_params=path_params,
                query=query,
                headers=headers,
                body=body,
                files=files,
                cast_to=cast_to,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            item_type,
        )

        async def fetch(cursor: str) -> AsyncCursorPage[Any]:
            return await self.call_page(
                op,
                path_params=path_params,
                query={**query, cursor_param: cursor},
                headers=headers,
                body=body,
                files=files,
                cast_to=cast_to,
                item_type=item_type,
                cursor_param=cursor_param,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncCursorPage(model, fetch)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: ResponseType = "json",
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        retry_on_all_errors: bool = False,
        exponential_backoff: bool = True,
    ) -> RawResponse:
        """Send any request with this client's base URL, auth and retries; raises `APIStatusError` on 4xx/5xx.

        `path` is relative to the base URL (a leading `/v1` duplicating the base's is dropped).
        `timeout=None` means the client's default. Returns status, headers and the decoded body.
        """
        prep = self._prepare_raw(
            method,
            path,
            json_body=json,
            data=data,
            files=files,
            file_names=file_names,
            params=params,
            headers=headers,
            timeout=timeout,
            policy=self._raw_policy(max_retries, retry_delay, retry_on_all_errors, exponential_backoff),
        )
        return self._raw_result(await self._send(prep), response_type)

    async def close(self) -> None:
        """Close the connection pool (unless it is a `http_client` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
