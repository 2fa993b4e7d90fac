# copied from generator/runtime/core/_request.py by the openai-connector generator; edit the source
"""Request building: the arguments of a call (per the generated `Operation`) to a `PreparedRequest`.

A `PreparedRequest` holds everything that does not change between attempts; `build_request` turns it
into one attempt's `httpx2.Request` with that attempt's auth headers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Required

import httpx2
import pydantic

from ._errors import InvalidRequestError
from ._keyword_args import KeywordArgs, keyword_names
from ._notices import warn_deprecated
from ._operation import Operation
from ._param_styles import header_text
from ._query import override_query, split_query
from ._retry import RetryPolicy
from ._routing import Routing
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestHook, ResponseHook, RetryHook, Timeout
from ._validation import check_arguments, check_headers, unsendable_json

if TYPE_CHECKING:
    from ._files import MultipartBody
    from ._settings import Options

__all__ = [
    "CALL",
    "PAGE",
    "RAW",
    "STREAM",
    "CallArgs",
    "Keywords",
    "PageArgs",
    "PreparedRequest",
    "RawArgs",
    "RequestBuilder",
    "StreamArgs",
    "build_request",
    "dump_json",
    "next_page_args",
]

_EMPTY: Mapping[str, Any] = {}


class RequestArgs(KeywordArgs, total=False):
    """The keyword arguments generated code passes to every `call*` method (see ARCHITECTURE.md)."""

    path_params: Mapping[str, object]  # spec names -> values (NOT_GIVEN allowed for client_params)
    query: Mapping[str, object]  # NOT_GIVEN and None values are dropped
    headers: Mapping[str, object]  # NOT_GIVEN and None values are dropped
    body: object  # a JSON body (dict of fields, NOT_GIVEN dropped at the top level) or a raw body
    files: Mapping[str, object]  # multipart file fields
    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: Timeout | NotGiven
    on_request: RequestHook | None  # this call's hooks, run after the client's (`_hooks`)
    on_response: ResponseHook | None
    on_retry: RetryHook | None


class CallArgs(RequestArgs, total=False):
    cast_to: Required[Any]  # model class, type expression, str, BinaryResponse or type(None)


class StreamArgs(RequestArgs, total=False):
    chunk_type: Required[Any]


class PageArgs(CallArgs, total=False):
    item_type: Required[Any]
    cursor_param: str | None  # the query parameter taking the next page's cursor ("after"); None: one page


class RawArgs(KeywordArgs, total=False):
    """The keyword arguments of `client.request` (see its docstring)."""

    json: object
    data: Mapping[str, object] | None
    files: Mapping[str, object] | None
    file_names: Mapping[str, str] | None
    params: Mapping[str, object] | None
    headers: Mapping[str, str] | None
    response_type: Literal["json", "text", "binary"]
    timeout: float | httpx2.Timeout | None
    total_timeout: float | None
    max_retries: int | None
    retry_delay: float | None
    retry_on_all_errors: bool | None
    exponential_backoff: bool | None
    debug: bool
    on_request: RequestHook | None
    on_response: ResponseHook | None
    on_retry: RetryHook | None


class Keywords:
    """The keyword arguments a method takes per its `TypedDict`: checked as Python checks a signature."""

    __slots__ = ("allowed", "required", "where")

    def __init__(self, spec: Any, where: str, *required: str) -> None:
        # `required` is spelled out: with postponed annotations a `Required[...]` key does not show at runtime
        self.required = frozenset(required)
        self.allowed: frozenset[str] = keyword_names(spec)
        self.where = where

    def check(self, args: Mapping[str, object]) -> None:
        """Raise `TypeError` for an unknown or a missing required keyword argument."""
        keys = args.keys()
        if keys <= self.allowed and self.required <= keys:
            return
        unknown = sorted(keys - self.allowed)
        if unknown:
            raise TypeError(f"{self.where}() got an unexpected keyword argument {unknown[0]!r}")
        missing = sorted(self.required - keys)
        raise TypeError(f"{self.where}() missing required keyword argument {missing[0]!r}")


def next_page_args(args: PageArgs, cursor: str) -> PageArgs:
    """The arguments of `call_page` for the page after `cursor`."""
    query = {**args.get("query", _EMPTY), args.get("cursor_param") or "after": cursor}
    return {**args, "query": query}


CALL = Keywords(CallArgs, "call", "cast_to")
STREAM = Keywords(StreamArgs, "call_stream", "chunk_type")
PAGE = Keywords(PageArgs, "call_page", "cast_to", "item_type")
RAW = Keywords(RawArgs, "request")


class PreparedRequest:
    """Everything needed to send one call, attempt after attempt (auth headers are added per attempt)."""

    __slots__ = (
        "content",
        "data",
        "genai_operation",
        "headers",
        "method",
        "multipart",
        "params",
        "path",
        "policy",
        "timeout",
        "total_timeout",
        "url",
    )

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
        total_timeout: float | None = None,
        genai_operation: str = "",
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
        self.total_timeout = total_timeout  # seconds for the whole call (every attempt and wait), or None
        self.genai_operation = genai_operation  # `Operation.genai_operation`: what names a span (`_tracing`)

    @property
    def replayable(self) -> bool:
        """Whether the body can be sent again (a retry needs that)."""
        if self.multipart is not None and not self.multipart.replayable:
            return False
        return self.content is None or isinstance(self.content, bytes)


def build_request(
    http: httpx2.Client | httpx2.AsyncClient, prep: PreparedRequest, auth_headers: Mapping[str, str]
) -> httpx2.Request:
    """One attempt's `httpx2.Request` (built again for each retry, with fresh auth headers)."""
    headers = {**prep.headers, **auth_headers} if auth_headers else prep.headers
    if prep.multipart is not None:
        prep.multipart.rewind()
    return http.build_request(
        prep.method,
        prep.url,
        params=prep.params or None,  # type: ignore[arg-type]  # list[tuple[str, str]] is accepted
        headers=headers,
        content=prep.content,
        data=prep.data,
        files=prep.multipart.files if prep.multipart is not None else None,
        timeout=prep.timeout,
    )


def _json_default(value: object) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    if isinstance(value, NotGiven):
        raise TypeError("NOT_GIVEN is only allowed at the top level of a body")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def dump_json(value: object) -> bytes:
    """Compact UTF-8 JSON; pydantic models are dumped as set, by alias. NaN, infinity and lone
    surrogates raise `InvalidRequestError` (they cannot be sent)."""
    try:
        return json.dumps(
            value, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default
        ).encode()
    except ValueError as exc:  # NaN/infinity, or a str with lone surrogates (UnicodeEncodeError)
        raise unsendable_json(value, exc) from None


def _encode_body(
    op: Operation, body: object, files: Mapping[str, object], extra_body: Body | None, headers: dict[str, str]
) -> tuple[bytes | Iterable[bytes] | None, Mapping[str, Any] | None, MultipartBody | None]:
    """The body of `op` per its request kind (JSON, multipart, form or binary); sets Content-Type if needed."""
    kind = op.request_kind
    if kind in ("multipart", "form") or files:
        from ._files import (
            fields_only_multipart,
            form_fields,
            multipart_files,
        )  # uploads only: not loaded with the client

        fields = dict(body) if isinstance(body, Mapping) else {}
        if extra_body:
            fields.update(extra_body)
        data = form_fields(fields.items())
        multipart = multipart_files(files) if kind == "multipart" or files else None
        if multipart is not None and not multipart.files:  # still multipart, as the spec says (httpx would urlencode)
            if not data:  # RFC 2046: a multipart body has at least one part
                raise InvalidRequestError(
                    f"{op.operation_id}: nothing to send: a multipart/form-data body needs at least one field or file",
                    param="body",
                )
            return fields_only_multipart(data, headers), None, None
        return None, data, multipart
    if kind == "binary":
        if isinstance(body, bytes | bytearray | memoryview):
            content: bytes | Iterable[bytes] = bytes(body)
        elif isinstance(body, Iterable) and not isinstance(body, str | Mapping):
            content = body
        else:
            raise TypeError(f"{op.operation_id}: a binary body must be bytes or an iterable of bytes")
        headers.setdefault("Content-Type", "application/octet-stream")
        return content, None, None
    if isinstance(body, NotGiven) and not extra_body:
        return None, None, None
    payload: object = body
    if isinstance(body, Mapping):
        payload = {k: v for k, v in body.items() if v is not NOT_GIVEN}  # NotGiven is a singleton
        if extra_body:
            payload.update(extra_body)
    elif isinstance(body, NotGiven):
        payload = dict(extra_body or {})
    headers["Content-Type"] = "application/json"
    return dump_json(payload), None, None


class RequestBuilder:
    """Builds the `PreparedRequest` of a call: URL and platform query by the routing, the client's default
    headers and query, the caller's arguments (checked first), the encoded body, timeout and retry policy."""

    __slots__ = ("default_headers", "default_query", "routing")

    def __init__(self, routing: Routing, default_headers: dict[str, str], default_query: dict[str, object]) -> None:
        self.routing = routing
        self.default_headers = default_headers
        self.default_query = default_query

    def prepare(self, op: Operation, args: RequestArgs, options: Options, *, stream: bool) -> PreparedRequest:
        """The request of a generated method's call; raises `InvalidRequestError` before anything is sent."""
        path_params = args.get("path_params", _EMPTY)
        query = args.get("query", _EMPTY)
        headers = args.get("headers", _EMPTY)
        body = args.get("body", NOT_GIVEN)
        files = args.get("files", _EMPTY)
        if op.checks or files:
            check_arguments(op, path_params=path_params, query=query, headers=headers, body=body, files=files)
        if op.deprecated:
            warn_deprecated(op)
        url, params = split_query(self.routing.url(op, path_params, body))
        if self.default_query:
            override_query(params, self.default_query)
        if query:
            override_query(params, query, op.query_styles)
        self.routing.add_query(op, query, params)
        extra_query = args.get("extra_query")
        if extra_query:
            override_query(params, extra_query)

        request_headers = dict(self.default_headers)
        if stream or op.accept != "application/json":
            request_headers["Accept"] = "text/event-stream" if stream else op.accept
        if headers:
            given = {n: header_text(v) for n, v in headers.items() if v is not None and not isinstance(v, NotGiven)}
            check_headers(given, op.operation_id)
            request_headers.update(given)
        extra_headers = args.get("extra_headers")
        if extra_headers:
            check_headers(extra_headers, "extra_headers")
            request_headers.update(extra_headers)

        content, data, multipart = _encode_body(op, body, files, args.get("extra_body"), request_headers)
        return PreparedRequest(
            op.method.upper(),
            url,
            params=params,
            headers=request_headers,
            timeout=options.call_timeout(args.get("timeout", NOT_GIVEN), stream=stream),
            policy=options.policy,
            content=content,
            data=data,
            multipart=multipart,
            path=op.path,
            total_timeout=options.total_timeout,
            genai_operation=op.genai_operation,
        )

    def prepare_raw(self, method: str, path: str, args: RawArgs, options: Options) -> PreparedRequest:
        """The request of `client.request(method, path, ...)`."""
        from ._files import fields_only_multipart, form_fields, multipart_files
        from ._raw_request import raw_retry_policy, raw_total_timeout  # raw requests only: loaded on the first one

        path, params = split_query(self.routing.raw_path(path))
        override_query(params, self.default_query)
        raw_params = args.get("params")
        if raw_params:
            override_query(params, raw_params)
        self.routing.add_raw_query(params)
        request_headers = dict(self.default_headers)
        content: bytes | Iterable[bytes] | None = None
        multipart = None
        form: Mapping[str, Any] | None = None
        files, data, json_body = args.get("files"), args.get("data"), args.get("json")
        if files:
            multipart = multipart_files(files, args.get("file_names"))
            form = form_fields((data or {}).items())
        elif data is not None:  # form data goes out as multipart/form-data, with or without files
            content = fields_only_multipart(form_fields(data.items()), request_headers)
        elif json_body is not None:
            content = dump_json(json_body)
            request_headers["Content-Type"] = "application/json"
        raw_headers = args.get("headers")
        if raw_headers:
            check_headers(raw_headers, "headers")
            request_headers.update(raw_headers)
        timeout = args.get("timeout")
        return PreparedRequest(
            method.upper(),
            f"{self.routing.config.api_base}{path}",
            params=params,
            headers=request_headers,
            timeout=options.timeout if timeout is None else options.call_timeout(timeout, stream=False),
            policy=raw_retry_policy(
                options.policy,
                max_retries=args.get("max_retries"),
                retry_delay=args.get("retry_delay"),
                exponential_backoff=args.get("exponential_backoff"),
                retry_on_all_errors=args.get("retry_on_all_errors"),
            ),
            content=content,
            data=form,
            multipart=multipart,
            path=path,
            total_timeout=raw_total_timeout(args.get("total_timeout"), options.total_timeout),
        )
