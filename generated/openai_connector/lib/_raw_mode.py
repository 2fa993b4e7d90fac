# copied from generator/runtime/core/_raw_mode.py by the openai-connector generator; edit the source
"""Calls that return the HTTP response instead of the decoded result (`with_raw_response`, `with_streaming_response`).

A resource bound to a `RawCaller` instead of its client runs its generated methods unchanged: the
caller's `call`, `call_stream` and `call_page` send the request the same way (the same flow pieces:
request building, the attempt loop) and return a response object whose `parse()` decodes the body as
the plain call would. Plain calls never go through here, so they pay nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx2
from typing_extensions import Unpack

from ._api_response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    LegacyAPIResponse,
    StreamedBinaryAPIResponse,
)
from ._decoding import decode, page_model, validator
from ._flow import Flow, run_async, run_sync
from ._hooks import Hooks, call_options
from ._request import CALL, PAGE, STREAM, CallArgs, Keywords, PageArgs, RequestArgs, StreamArgs, next_page_args
from ._response import BinaryResponse, ResponseInfo
from ._send import send
from ._streaming import AsyncStream, Stream

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
    from ._operation import Operation
    from ._pagination import AsyncCursorPage, SyncCursorPage

__all__ = ["AsyncRawCaller", "RawCaller", "raw_caller"]


def _send_flow(
    client: _ClientCore[Any], op: Operation, args: RequestArgs, keywords: Keywords, *, stream_op: bool, lazy: bool
) -> Flow[tuple[httpx2.Response, ResponseInfo]]:
    """Send as the plain call would; the response comes back unread if `lazy`, with its `ResponseInfo`."""
    keywords.check(args)
    captured: list[ResponseInfo] = []  # one per attempt: the last is the answer returned
    options = call_options(client._options, args, sync=client._is_sync)
    options = options._replace(hooks=(options.hooks or Hooks()).add("on_response", captured.append))
    if not lazy and args.get("cast_to") is BinaryResponse:
        lazy = options.stream_binary
    prep = client._builder.prepare(op, args, options, stream=stream_op)
    response = yield from send(client._credentials.connection(op, prep), prep, options, stream=lazy or stream_op)
    return response, captured[-1]


class _Caller:
    """What the raw and streaming modes share: the client, whether bodies stay unread, the result types."""

    __slots__ = ("_client", "_streaming")

    def __init__(self, client: _ClientCore[Any], *, streaming: bool) -> None:
        self._client = client
        self._streaming = streaming

    def __getattr__(self, name: str) -> Any:  # anything else a resource reads from its client
        return getattr(self._client, name)

    def _wrap(self, sent: tuple[httpx2.Response, ResponseInfo], parse: Callable[[], Any], *, needs_body: bool) -> Any:
        response, info = sent
        if not self._streaming:
            return LegacyAPIResponse(response, info, parse, needs_body=needs_body)
        kind = APIResponse if self._client._is_sync else AsyncAPIResponse
        return kind(response, info, parse, needs_body=needs_body)

    def _wrap_call(self, sent: tuple[httpx2.Response, ResponseInfo], op: Operation, args: CallArgs) -> Any:
        """A plain call's response; streamed, a call answering bytes parses to the bytes (openai-python's)."""
        response, info = sent
        if self._streaming and args["cast_to"] is BinaryResponse:
            kind = StreamedBinaryAPIResponse if self._client._is_sync else AsyncStreamedBinaryAPIResponse
            return kind(response, info, lambda: response.content, needs_body=True)
        return self._wrap(sent, self._decoder(response, op, args), needs_body=True)

    def _decoder(self, response: httpx2.Response, op: Operation, args: CallArgs) -> Callable[[], Any]:
        strict = self._client._options.strict_responses
        return lambda: decode(response, args["cast_to"], op.response_kind, self._client._conn.scrub, strict)

    def _streamer(self, response: httpx2.Response, op: Operation, args: StreamArgs) -> Callable[[], Any]:
        kind = Stream if self._client._is_sync else AsyncStream
        done, enveloped, scrub = op.stream_done, op.stream_enveloped, self._client._conn.scrub
        chunk_type = args["chunk_type"]
        return lambda: kind(response, validator(chunk_type), expect_done=done, scrub=scrub, enveloped=enveloped)


class RawCaller(_Caller):
    """Stands for a `SyncAPIClient` under a resource: each call returns the response, `parse()` the result."""

    __slots__ = ()
    _client: SyncAPIClient

    def _run(self, op: Operation, args: RequestArgs, keywords: Keywords, stream_op: bool) -> Any:
        flow = _send_flow(self._client, op, args, keywords, stream_op=stream_op, lazy=self._streaming)
        return run_sync(flow, self._client._http)

    def call(self, op: Operation, **args: Unpack[CallArgs]) -> Any:
        return self._wrap_call(self._run(op, args, CALL, False), op, args)

    def call_stream(self, op: Operation, **args: Unpack[StreamArgs]) -> Any:
        sent = self._run(op, args, STREAM, True)
        return self._wrap(sent, self._streamer(sent[0], op, args), needs_body=False)

    def call_page(self, op: Operation, **args: Unpack[PageArgs]) -> Any:
        sent = self._run(op, args, PAGE, False)
        client, decoder = self._client, self._decoder(sent[0], op, args)

        def parse() -> SyncCursorPage[Any]:
            from ._pagination import make_page

            model = page_model(decoder(), args["item_type"])
            fetch = lambda cursor: client.call_page(op, **next_page_args(args, cursor))  # noqa: E731
            return make_page(  # type: ignore[no-any-return]
                model, op.pagination, args.get("cursor_param", "after"), args["item_type"], fetch, sync=True
            )

        return self._wrap(sent, parse, needs_body=True)


class AsyncRawCaller(_Caller):
    """Stands for an `AsyncAPIClient` under a resource: each call returns the response, `parse()` the result."""

    __slots__ = ()
    _client: AsyncAPIClient

    async def _run(self, op: Operation, args: RequestArgs, keywords: Keywords, stream_op: bool) -> Any:
        flow = _send_flow(self._client, op, args, keywords, stream_op=stream_op, lazy=self._streaming)
        return await run_async(flow, self._client._http)

    async def call(self, op: Operation, **args: Unpack[CallArgs]) -> Any:
        return self._wrap_call(await self._run(op, args, CALL, False), op, args)

    async def call_stream(self, op: Operation, **args: Unpack[StreamArgs]) -> Any:
        sent = await self._run(op, args, STREAM, True)
        return self._wrap(sent, self._streamer(sent[0], op, args), needs_body=False)

    async def call_page(self, op: Operation, **args: Unpack[PageArgs]) -> Any:
        sent = await self._run(op, args, PAGE, False)
        client, decoder = self._client, self._decoder(sent[0], op, args)

        def parse() -> AsyncCursorPage[Any]:
            from ._pagination import make_page

            model = page_model(decoder(), args["item_type"])
            fetch = lambda cursor: client.call_page(op, **next_page_args(args, cursor))  # noqa: E731
            return make_page(  # type: ignore[no-any-return]
                model, op.pagination, args.get("cursor_param", "after"), args["item_type"], fetch, sync=False
            )

        return self._wrap(sent, parse, needs_body=True)


def raw_caller(client: _ClientCore[Any], *, streaming: bool) -> RawCaller | AsyncRawCaller:
    """The caller standing for `client` in raw (`streaming=False`) or streaming-response mode."""
    kind = RawCaller if client._is_sync else AsyncRawCaller
    return kind(client, streaming=streaming)
