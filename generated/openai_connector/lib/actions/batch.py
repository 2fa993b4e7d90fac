"""Scale through the Batch API (OpenAI and Azure OpenAI's v1 API): JSONL upload, batch, poll, results by custom_id.

`run_batch` = `submit` (upload the requests as a JSONL file with purpose "batch", create the batch) +
`wait` (poll with exponential backoff until the batch is completed, failed, expired or cancelled) +
`collect` (download the output and error files and map each line back to its input by `custom_id`,
which is `item-<index>`). Every input ends as an `ItemResult`: the typed response, or a
`BatchItemError` (the request failed, the batch expired or failed before reaching it).
`resume_batch(batch_id, count)` picks a batch up again (after a crash or in another process); with
`BatchOptions(state_path=...)` the batch id is saved as soon as the batch exists.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._support import require
from .batch_prompts import ItemResult

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from ...types.batch import Batch

__all__ = [
    "TERMINAL_STATUSES",
    "BatchEndpoint",
    "BatchItemError",
    "BatchOptions",
    "BatchOutcome",
    "BatchTimeoutError",
    "aresume_batch",
    "arun_batch",
    "build_jsonl",
    "custom_id",
    "parse_results",
    "resume_batch",
    "run_batch",
]

BatchEndpoint = Literal["/chat/completions", "/embeddings"]
TERMINAL_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})


class BatchItemError(Exception):
    """One batch request that produced no answer: its error `code`, `message`, and HTTP `status_code` if any."""

    def __init__(self, message: str, *, code: str | None = None, status_code: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status_code = status_code


class BatchTimeoutError(TimeoutError):
    """The batch did not finish within `BatchOptions.timeout`; resume it later with its `batch_id`."""

    def __init__(self, batch_id: str, status: str) -> None:
        super().__init__(f"batch {batch_id} still {status} after the timeout; resume it with its id")
        self.batch_id = batch_id


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """Polling and bookkeeping of a batch.

    Polls every `poll_interval` seconds, growing by `backoff` up to `max_poll_interval`; gives up
    (raising `BatchTimeoutError`, the batch keeps running) after `timeout` seconds (None: never).
    `state_path`: a JSON file that receives `{"batch_id", "input_file_id", "endpoint", "count"}`.
    """

    poll_interval: float = 5.0
    max_poll_interval: float = 60.0
    backoff: float = 1.5
    timeout: float | None = None
    completion_window: str = "24h"
    metadata: Mapping[str, str] | None = None
    state_path: Path | str | None = None
    on_status: Callable[[Batch], object] | None = field(default=None, compare=False)


@dataclass(slots=True)
class BatchOutcome:
    """The batch as last seen and one `ItemResult` per input, in input order."""

    batch: Batch
    results: list[ItemResult[Any]]


def custom_id(index: int) -> str:
    return f"item-{index}"


def _index_of(cid: object, count: int) -> int | None:
    if isinstance(cid, str) and cid.startswith("item-") and cid[5:].isdigit():
        index = int(cid[5:])
        if index < count:
            return index
    return None


def _url(client: Any, endpoint: BatchEndpoint) -> str:
    return endpoint if client.config.is_azure else f"/v1{endpoint}"


def build_jsonl(bodies: Sequence[Mapping[str, Any]], url: str) -> bytes:
    """The Batch API input file: one `{"custom_id", "method", "url", "body"}` line per request body."""
    lines = (
        json.dumps({"custom_id": custom_id(i), "method": "POST", "url": url, "body": body}, ensure_ascii=False)
        for i, body in enumerate(bodies)
    )
    return ("\n".join(lines) + "\n").encode()


def _save_state(options: BatchOptions, batch: Batch, endpoint: str, count: int) -> None:
    if options.state_path is not None:
        state = {"batch_id": batch.id, "input_file_id": batch.input_file_id, "endpoint": endpoint, "count": count}
        Path(options.state_path).write_text(json.dumps(state, indent=2) + "\n")


def _error_message(body: object) -> tuple[str | None, str]:
    if isinstance(body, Mapping):
        err = body.get("error", body)
        if isinstance(err, Mapping):
            code = err.get("code")
            return (str(code) if code is not None else None), str(err.get("message") or err)
    return None, str(body)


def parse_results(
    output: str, errors: str, count: int, cast: Callable[[Any], Any], batch: Batch
) -> list[ItemResult[Any]]:
    """Map the lines of the output and error files back to `count` inputs by `custom_id`.

    Inputs without a line get a `BatchItemError` naming the batch's final status.
    """
    results: list[ItemResult[Any]] = [ItemResult(i, None) for i in range(count)]
    seen: set[int] = set()
    for text in (output, errors):
        for line in text.splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            index = _index_of(record.get("custom_id"), count)
            if index is None or index in seen:
                continue
            seen.add(index)
            slot = results[index]
            response = record.get("response") or {}
            status = response.get("status_code")
            if record.get("error"):
                code, message = _error_message({"error": record["error"]})
                slot.error = BatchItemError(message, code=code, status_code=status)
            elif isinstance(status, int) and status >= 400:
                code, message = _error_message(response.get("body"))
                slot.error = BatchItemError(message, code=code, status_code=status)
            else:
                try:
                    slot.response = cast(response.get("body"))
                except Exception as exc:  # a malformed answer is this item's error, not the batch's
                    slot.error = exc
    reason = f"batch {batch.id} ended {batch.status} before this request"
    if batch.errors and batch.errors.data:
        first = batch.errors.data[0]
        reason += f": {first.code or 'error'}: {first.message or ''}".rstrip(": ")
    for slot in results:
        if slot.index not in seen:
            slot.error = BatchItemError(reason, code=f"batch_{batch.status}")
    return results


def _next_delay(delay: float, options: BatchOptions) -> float:
    return min(delay * options.backoff, options.max_poll_interval)


def _file_text(client: Client, file_id: str | None) -> str:
    return client.files.content(file_id) if file_id else ""


async def _afile_text(client: AsyncClient, file_id: str | None) -> str:
    return await client.files.content(file_id) if file_id else ""


def submit(
    client: Client, endpoint: BatchEndpoint, bodies: Sequence[Mapping[str, Any]], options: BatchOptions
) -> Batch:
    """Upload `bodies` as a JSONL file and create the batch."""
    require(client, "batch")
    data = build_jsonl(bodies, _url(client, endpoint))
    file = client.files.create(file=("batch.jsonl", data, "application/jsonl"), purpose="batch")
    batch = client.batches.create(
        input_file_id=file.id,
        endpoint=_url(client, endpoint),  # type: ignore[arg-type]  # Azure takes the path without /v1
        completion_window=options.completion_window,  # type: ignore[arg-type]
        metadata=dict(options.metadata) if options.metadata else None,
    )
    _save_state(options, batch, endpoint, len(bodies))
    return batch


def wait(client: Client, batch_id: str, options: BatchOptions) -> Batch:
    """Poll the batch with backoff until it reaches a terminal status."""
    started = time.monotonic()
    delay = options.poll_interval
    while True:
        batch = client.batches.retrieve(batch_id)
        if options.on_status is not None:
            options.on_status(batch)
        if batch.status in TERMINAL_STATUSES:
            return batch
        if options.timeout is not None and time.monotonic() - started + delay > options.timeout:
            raise BatchTimeoutError(batch_id, str(batch.status))
        time.sleep(delay)
        delay = _next_delay(delay, options)


def collect(client: Client, batch: Batch, count: int, cast: Callable[[Any], Any]) -> list[ItemResult[Any]]:
    """Download the output and error files of a finished batch and map them to `count` inputs."""
    return parse_results(
        _file_text(client, batch.output_file_id), _file_text(client, batch.error_file_id), count, cast, batch
    )


def run_batch(
    client: Client,
    endpoint: BatchEndpoint,
    bodies: Sequence[Mapping[str, Any]],
    cast: Callable[[Any], Any],
    options: BatchOptions | None = None,
) -> BatchOutcome:
    """Submit, wait and collect (see the module docs); `cast` turns a response body into its typed model."""
    options = options or BatchOptions()
    batch = submit(client, endpoint, bodies, options)
    return resume_batch(client, batch.id, len(bodies), cast, options)


def resume_batch(
    client: Client, batch_id: str, count: int, cast: Callable[[Any], Any], options: BatchOptions | None = None
) -> BatchOutcome:
    """Wait for an existing batch of `count` requests and collect its results."""
    require(client, "batch")
    batch = wait(client, batch_id, options or BatchOptions())
    return BatchOutcome(batch, collect(client, batch, count, cast))


async def asubmit(
    client: AsyncClient, endpoint: BatchEndpoint, bodies: Sequence[Mapping[str, Any]], options: BatchOptions
) -> Batch:
    """`submit` for the async client."""
    require(client, "batch")
    data = build_jsonl(bodies, _url(client, endpoint))
    file = await client.files.create(file=("batch.jsonl", data, "application/jsonl"), purpose="batch")
    batch = await client.batches.create(
        input_file_id=file.id,
        endpoint=_url(client, endpoint),  # type: ignore[arg-type]
        completion_window=options.completion_window,  # type: ignore[arg-type]
        metadata=dict(options.metadata) if options.metadata else None,
    )
    _save_state(options, batch, endpoint, len(bodies))
    return batch


async def await_batch(client: AsyncClient, batch_id: str, options: BatchOptions) -> Batch:
    """`wait` for the async client."""
    started = time.monotonic()
    delay = options.poll_interval
    while True:
        batch = await client.batches.retrieve(batch_id)
        if options.on_status is not None:
            options.on_status(batch)
        if batch.status in TERMINAL_STATUSES:
            return batch
        if options.timeout is not None and time.monotonic() - started + delay > options.timeout:
            raise BatchTimeoutError(batch_id, str(batch.status))
        await asyncio.sleep(delay)
        delay = _next_delay(delay, options)


async def arun_batch(
    client: AsyncClient,
    endpoint: BatchEndpoint,
    bodies: Sequence[Mapping[str, Any]],
    cast: Callable[[Any], Any],
    options: BatchOptions | None = None,
) -> BatchOutcome:
    """`run_batch` for the async client."""
    options = options or BatchOptions()
    batch = await asubmit(client, endpoint, bodies, options)
    return await aresume_batch(client, batch.id, len(bodies), cast, options)


async def aresume_batch(
    client: AsyncClient, batch_id: str, count: int, cast: Callable[[Any], Any], options: BatchOptions | None = None
) -> BatchOutcome:
    """`resume_batch` for the async client."""
    require(client, "batch")
    batch = await await_batch(client, batch_id, options or BatchOptions())
    output = await _afile_text(client, batch.output_file_id)
    errors = await _afile_text(client, batch.error_file_id)
    return BatchOutcome(batch, parse_results(output, errors, count, cast, batch))
