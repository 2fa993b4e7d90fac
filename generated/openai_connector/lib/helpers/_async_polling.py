# copied from generator/runtime/core/helpers/_async_polling.py by the openai-connector generator; edit the source
"""openai-python's polling helpers on the async resources: `create_and_poll`, `poll`, `upload_and_poll`, ...

Each helper builds on the resource's generated methods: it asks `with_raw_response.retrieve(...)` again
until `_polling.Poll` says the resource has left its pending statuses, waiting between two polls as the
caller's `poll_interval_ms`, the server's `openai-poll-after-ms` hint or the default says. Beyond
openai-python's arguments, every helper takes `poll_timeout` (seconds in all; `PollTimeoutError` after).
Arguments are checked before anything is sent. The helpers that send something first (`create_and_poll`,
`upload_and_poll`, ...) are generated into the resource class with the signature of the method they wrap
(`_helpers_index.WRAPPING_HELPERS`) and pass their arguments to the `_create_and_poll`, ... here.
The wait is `self._sleep` and the clock `self._clock`, so a test can give a resource fake ones.
Cancelling the task (or Ctrl-C in the sync twin) stops the wait at once and leaves nothing running.

This is the source of both: `_sync_polling.py` is generated from it by generator/unasync.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar, cast

from .._errors import InvalidRequestError
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ._polling import Poll, batch_pending, checked_interval_ms, checked_interval_seconds, checked_timeout
from ._waiting import arun_all, asleep, monotonic

__all__ = [
    "AsyncFileBatchesPolling",
    "AsyncFilesPolling",
    "AsyncPollingHelpers",
    "AsyncRunsPolling",
    "AsyncVectorStoreFilesPolling",
    "AsyncVideosPolling",
]

_M = TypeVar("_M")
_M_co = TypeVar("_M_co", covariant=True)


class _Pollable(Protocol[_M_co]):
    """What the helpers need of a resource: its `retrieve`, raw view, `create`, wait and clock."""

    @property
    def with_raw_response(self) -> Any: ...

    @property
    def _client(self) -> Any: ...

    async def create(self, *args: Any, **kwargs: Any) -> _M_co: ...

    async def retrieve(self, *args: Any, **kwargs: Any) -> _M_co: ...

    async def _sleep(self, seconds: float) -> None: ...

    def _clock(self) -> float: ...


class _Runs(_Pollable[_M_co], Protocol[_M_co]):
    async def submit_tool_outputs(self, *args: Any, **kwargs: Any) -> _M_co: ...


class AsyncPollingHelpers:
    """The wait and the clock of the poll helpers (`time.monotonic`); give an instance others to fake time."""

    __slots__ = ()

    async def _sleep(self, seconds: float) -> None:
        await asleep(seconds)

    def _clock(self) -> float:
        return monotonic()


async def _wait(resource: _Pollable[_M], poll: Poll, fetch: Callable[[], Any]) -> _M:
    """Poll with `fetch` (a raw `retrieve`) until `poll` says the resource is done."""
    while True:
        response = await fetch()
        model: _M = response.parse()
        delay = poll.after(model, response.headers)
        if delay is None:
            return model
        await resource._sleep(delay)


def _request_options(
    extra_headers: Headers | None, extra_query: Query | None, extra_body: Body | None, timeout: Timeout | NotGiven
) -> dict[str, Any]:
    return {"extra_headers": extra_headers, "extra_query": extra_query, "extra_body": extra_body, "timeout": timeout}


class AsyncVectorStoreFilesPolling(AsyncPollingHelpers):
    """`client.vector_stores.files`: `create_and_poll`, `poll`, `upload`, `upload_and_poll`."""

    __slots__ = ()

    async def _create_and_poll(
        self: _Pollable[_M],
        *,
        file_id: str,
        vector_store_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> _M:
        """`create_and_poll`: attach a file (`params`: the rest of `create`'s arguments), then `poll` it."""
        _check(poll_interval_ms, poll_timeout)
        options = _request_options(extra_headers, extra_query, extra_body, timeout)
        await self.create(vector_store_id=vector_store_id, file_id=file_id, **options, **params)
        return await AsyncVectorStoreFilesPolling.poll(
            self, file_id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms, poll_timeout=poll_timeout
        )

    async def poll(
        self: _Pollable[_M],
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
    ) -> _M:
        """Wait until the vector store file is no longer `in_progress`; it may have `failed`: check `status`."""
        poll = Poll(
            "vector store file",
            file_id,
            interval_ms=checked_interval_ms(poll_interval_ms),
            timeout=checked_timeout(poll_timeout),
            clock=self._clock,
        )
        raw = self.with_raw_response
        return await _wait(self, poll, lambda: raw.retrieve(vector_store_id=vector_store_id, file_id=file_id))

    async def _upload(self: _Pollable[_M], *, vector_store_id: str, file: Any, **params: Any) -> _M:
        """`upload`: upload `file` to the Files API, then attach it to the vector store (without waiting for it)."""
        uploaded = await self._client.files.create(file=file, purpose="assistants")
        return await self.create(vector_store_id=vector_store_id, file_id=uploaded.id, **params)

    async def _upload_and_poll(
        self: _Pollable[_M],
        *,
        vector_store_id: str,
        file: Any,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        **params: Any,
    ) -> _M:
        """`upload_and_poll`: upload `file`, attach it to the vector store and wait until it is processed."""
        _check(poll_interval_ms, poll_timeout)
        uploaded = await self._client.files.create(file=file, purpose="assistants")
        return await AsyncVectorStoreFilesPolling._create_and_poll(
            self,
            file_id=uploaded.id,
            vector_store_id=vector_store_id,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            **params,
        )


class AsyncFileBatchesPolling(AsyncPollingHelpers):
    """`client.vector_stores.file_batches`: `create_and_poll`, `poll`, `upload_and_poll`."""

    __slots__ = ()

    async def _create_and_poll(
        self: _Pollable[_M],
        *,
        vector_store_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> _M:
        """`create_and_poll`: create a file batch (`params`: the rest of `create`'s arguments), then `poll` it."""
        _check(poll_interval_ms, poll_timeout)
        options = _request_options(extra_headers, extra_query, extra_body, timeout)
        batch = await self.create(vector_store_id=vector_store_id, **options, **params)
        return await AsyncFileBatchesPolling.poll(
            self,
            cast(Any, batch).id,
            vector_store_id=vector_store_id,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
        )

    async def poll(
        self: _Pollable[_M],
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
    ) -> _M:
        """Wait until no file of the batch is in progress; some may have failed: check `file_counts`."""
        poll = Poll(
            "vector store file batch",
            batch_id,
            interval_ms=checked_interval_ms(poll_interval_ms),
            timeout=checked_timeout(poll_timeout),
            clock=self._clock,
            pending=batch_pending,
        )
        raw = self.with_raw_response
        return await _wait(self, poll, lambda: raw.retrieve(vector_store_id=vector_store_id, batch_id=batch_id))

    async def _upload_and_poll(
        self: _Pollable[_M],
        *,
        vector_store_id: str,
        files: Iterable[Any],
        max_concurrency: int = 5,
        file_ids: Sequence[str] = (),
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        **params: Any,
    ) -> _M:
        """`upload_and_poll`: upload `files` (`max_concurrency` at a time), batch them with `file_ids`, and wait.

        The first upload that fails stops the others and is raised; cancelling stops them all.
        """
        _check(poll_interval_ms, poll_timeout)
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise InvalidRequestError(
                f"max_concurrency must be 1 or more, got {max_concurrency!r}", param="max_concurrency"
            )
        create = self._client.files.create
        uploads = [(lambda file=file: create(file=file, purpose="assistants")) for file in files]
        uploaded = await arun_all(uploads, max_concurrency)
        return await AsyncFileBatchesPolling._create_and_poll(
            self,
            vector_store_id=vector_store_id,
            file_ids=[*file_ids, *(file.id for file in uploaded)],
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            **params,
        )


class AsyncRunsPolling(AsyncPollingHelpers):
    """`client.beta.threads.runs`: `create_and_poll`, `poll`, `submit_tool_outputs_and_poll`."""

    __slots__ = ()

    async def _create_and_poll(
        self: _Pollable[_M],
        *,
        thread_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> _M:
        """`create_and_poll`: create a run (`params`: the rest of `create`'s arguments), then `poll` it."""
        _check(poll_interval_ms, poll_timeout)
        options = _request_options(extra_headers, extra_query, extra_body, timeout)
        run = await self.create(thread_id=thread_id, stream=False, **options, **params)
        return await AsyncRunsPolling.poll(
            self, cast(Any, run).id, thread_id, **options, poll_interval_ms=poll_interval_ms, poll_timeout=poll_timeout
        )

    async def poll(  # noqa: PLR0917 (openai-python's signature: the request options may be positional)
        self: _Pollable[_M],
        run_id: str,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        *,
        poll_timeout: float | None = None,
    ) -> _M:
        """Wait until the run leaves `queued`, `in_progress` and `cancelling` (`requires_action` ends the wait too).

        `timeout` bounds each request, as in openai-python; `poll_timeout` the whole wait.
        """
        poll = Poll(
            "run",
            run_id,
            interval_ms=checked_interval_ms(poll_interval_ms),
            timeout=checked_timeout(poll_timeout),
            clock=self._clock,
        )
        options = _request_options(extra_headers, extra_query, extra_body, timeout)
        raw = self.with_raw_response
        return await _wait(self, poll, lambda: raw.retrieve(thread_id=thread_id, run_id=run_id, **options))

    async def _submit_tool_outputs_and_poll(
        self: _Runs[_M],
        *,
        tool_outputs: Iterable[Any],
        run_id: str,
        thread_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> _M:
        """`submit_tool_outputs_and_poll`: submit the tool outputs the run asked for, then `poll` it."""
        _check(poll_interval_ms, poll_timeout)
        options = _request_options(extra_headers, extra_query, extra_body, timeout)
        run = await self.submit_tool_outputs(
            thread_id=thread_id, run_id=run_id, tool_outputs=tool_outputs, stream=False, **options
        )
        return await AsyncRunsPolling.poll(
            self, cast(Any, run).id, thread_id, **options, poll_interval_ms=poll_interval_ms, poll_timeout=poll_timeout
        )


class AsyncVideosPolling(AsyncPollingHelpers):
    """`client.videos`: `create_and_poll`, `poll`."""

    __slots__ = ()

    async def _create_and_poll(
        self: _Pollable[_M],
        *,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> _M:
        """`create_and_poll`: create a video (`params`: `create`'s arguments), then `poll` it."""
        _check(poll_interval_ms, poll_timeout)
        video = await self.create(**_request_options(extra_headers, extra_query, extra_body, timeout), **params)
        return await AsyncVideosPolling.poll(
            self, cast(Any, video).id, poll_interval_ms=poll_interval_ms, poll_timeout=poll_timeout
        )

    async def poll(
        self: _Pollable[_M],
        video_id: str,
        *,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
    ) -> _M:
        """Wait until the video leaves `queued` and `in_progress`; it may have `failed`: check `status`."""
        poll = Poll(
            "video",
            video_id,
            interval_ms=checked_interval_ms(poll_interval_ms),
            timeout=checked_timeout(poll_timeout),
            clock=self._clock,
        )
        raw = self.with_raw_response
        return await _wait(self, poll, lambda: raw.retrieve(video_id=video_id))


class AsyncFilesPolling(AsyncPollingHelpers):
    """`client.files`: `wait_for_processing`."""

    __slots__ = ()

    async def wait_for_processing(
        self: _Pollable[_M],
        id: str,
        *,
        poll_interval: float | None = None,
        max_wait_seconds: float = 30 * 60,
    ) -> _M:
        """Wait until the file is `processed` (or `error`), polling every `poll_interval` seconds.

        Without `poll_interval`: as the server's `openai-poll-after-ms` hint says, else every 5 s
        (openai-python's default). `PollTimeoutError` (a `RuntimeError`) after `max_wait_seconds`.
        """
        poll = Poll(
            "file",
            id,
            interval_ms=checked_interval_seconds(poll_interval, "poll_interval"),
            timeout=checked_timeout(max_wait_seconds, "max_wait_seconds"),
            clock=self._clock,
            default_ms=5000,
        )
        raw = self.with_raw_response
        return await _wait(self, poll, lambda: raw.retrieve(file_id=id))


def _check(poll_interval_ms: object, limit: object) -> None:
    """Refuse a bad `poll_interval_ms` or `poll_timeout` before `create` sends anything."""
    checked_interval_ms(poll_interval_ms)
    checked_timeout(limit)
