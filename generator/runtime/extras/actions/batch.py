"""Scale through the Batch API (OpenAI and Azure OpenAI's v1 API): JSONL upload, batch, poll, results by custom_id.

The runner's steps are here once; `_async_batch` drives them (and `_sync_batch`, generated from it).
`run_batch` = `submit` (upload the requests as a JSONL file with purpose "batch", create the batch) +
`wait` (poll with exponential backoff until the batch is completed, failed, expired or cancelled) +
`collect` (download the output and error files and map each line back to its input by `custom_id`,
which is `item-<index>`). Every input ends as an `ItemResult`: the typed response, or a
`BatchItemError` (the request failed, the batch expired or failed before reaching it).
`resume_batch(batch_id, count)` picks a batch up again (after a crash or in another process).

Nothing paid is done twice: options are checked before anything is uploaded; with
`BatchOptions(state_path=...)` the state is saved after the upload and after the create (see
`batch_state`), and a run with the same state file and requests resumes instead of starting over. A
create that fails without an answer (timeout, connection lost, 5xx) is never simply sent again: the
runner first looks for the batch it may have created (by its `run_tag` metadata or its input file).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._errors import APIConnectionError, APIStatusError, InvalidRequestError
from ._support import require
from .batch_prompts import ItemResult
from .batch_state import RUN_TAG_KEY, BatchState, load_state, new_state, state_file

if TYPE_CHECKING:
    from ...types.batch import Batch

__all__ = [
    "TERMINAL_STATUSES",
    "BatchEndpoint",
    "BatchItemError",
    "BatchOptions",
    "BatchOutcome",
    "BatchTimeoutError",
    "build_jsonl",
    "custom_id",
    "parse_results",
]

BatchEndpoint = str  # the batched operation's path (`Operation.path`: chat completions or embeddings)
TERMINAL_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})
LOOKUP_LIMIT = 300
"""How many of the newest batches are searched for one this run may have created."""


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

    def __post_init__(self) -> None:
        """Every option is checked here, so a bad one fails before anything is uploaded."""
        _positive("poll_interval", self.poll_interval)
        _positive("max_poll_interval", self.max_poll_interval)
        _positive("backoff", self.backoff)
        if self.backoff < 1:
            raise InvalidRequestError(f"backoff must be 1 or more, got {self.backoff!r}", param="backoff")
        if self.timeout is not None:
            _positive("timeout", self.timeout)
        if not isinstance(self.completion_window, str) or not self.completion_window:
            raise InvalidRequestError(
                f"completion_window must be a non-empty str such as '24h', got {self.completion_window!r}",
                param="completion_window",
            )
        if self.metadata is not None and (
            not isinstance(self.metadata, Mapping)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in self.metadata.items())
        ):
            raise InvalidRequestError("metadata must map str keys to str values", param="metadata")
        if self.metadata is not None and RUN_TAG_KEY in self.metadata:
            raise InvalidRequestError(f"metadata key {RUN_TAG_KEY!r} is the runner's own", param="metadata")
        if self.state_path is not None:
            state_file(self.state_path)  # a wrong type or "" fails here; the folder is checked again at submit
        if self.on_status is not None and not callable(self.on_status):
            raise InvalidRequestError("on_status must be callable", param="on_status")


def _positive(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise InvalidRequestError(f"{name} must be a finite number of seconds > 0, got {value!r}", param=name)


@dataclass(slots=True)
class BatchOutcome:
    """The batch as last seen and one `ItemResult` per input, in input order."""

    batch: Batch
    results: list[ItemResult[Any]]


def custom_id(index: int) -> str:
    return f"item-{index}"


def _index_of(cid: object, count: float) -> int | None:
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
            cid = record.get("custom_id")
            index = _index_of(cid, count)
            if index is None and _index_of(cid, math.inf) is not None:
                raise InvalidRequestError(
                    f"batch {batch.id} has an answer for {cid} but count={count}; give the batch's own count "
                    "(or none: it is read from the batch)",
                    param="count",
                )
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


def next_delay(delay: float, options: BatchOptions) -> float:
    return min(delay * options.backoff, options.max_poll_interval)


def created_or_none(error: Exception) -> bool:
    """Whether a failed create may have created the batch anyway (no answer, or a server error)."""
    return isinstance(error, APIConnectionError) or (isinstance(error, APIStatusError) and error.status_code >= 500)


def create_args(client: Any, endpoint: BatchEndpoint, options: BatchOptions, state: BatchState) -> dict[str, Any]:
    return {
        "input_file_id": state.input_file_id,
        "endpoint": _url(client, endpoint),  # Azure takes the path without /v1
        "completion_window": options.completion_window,
        "metadata": {**(options.metadata or {}), RUN_TAG_KEY: state.run_tag},
    }


def prepare(
    client: Any, endpoint: BatchEndpoint, bodies: Sequence[Mapping[str, Any]], options: BatchOptions
) -> tuple[bytes, BatchState, Path | None]:
    """The JSONL, this run's state (the saved one when resuming) and the state file; all checked before sending."""
    require(client, "batch")
    path = state_file(options.state_path)
    data = build_jsonl(bodies, _url(client, endpoint))
    fresh = new_state(endpoint, data, len(bodies))
    saved = load_state(path, fresh) if path is not None else None
    return data, saved or fresh, path


def check_count(count: object) -> None:
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise InvalidRequestError(f"count must be a whole number >= 1 or None, got {count!r}", param="count")


def checked_count(batch: Batch, count: int | None) -> int | None:
    """`count` checked against the batch's own number of requests; that number when `count` is None (if known)."""
    counts = batch.request_counts
    total = counts.total if counts is not None and isinstance(counts.total, int) and counts.total > 0 else None
    if count is not None and total is not None and count != total:
        raise InvalidRequestError(
            f"count={count} but batch {batch.id} has {total} requests; "
            "give its count (or none: it is read from the batch)",
            param="count",
        )
    return count if count is not None else total


def line_count(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())
