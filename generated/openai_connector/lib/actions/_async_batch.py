# copied from generator/runtime/extras/actions/_async_batch.py by the openai-connector generator; edit the source
"""The Batch API runner over the `AsyncClient` given: submit, wait, collect (see `batch` for what each step guarantees).

This is the source of both runners: `_sync_batch.py` is generated from it by generator/unasync.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._errors import APIConnectionError, APIStatusError
from ._io import asleep
from ._support import require
from .batch import (
    LOOKUP_LIMIT,
    TERMINAL_STATUSES,
    BatchEndpoint,
    BatchOptions,
    BatchOutcome,
    BatchTimeoutError,
    check_count,
    checked_count,
    create_args,
    created_or_none,
    line_count,
    next_delay,
    parse_results,
    prepare,
)
from .batch_prompts import ItemResult
from .batch_state import BatchState, is_ours, save_state

if TYPE_CHECKING:
    from ..._client import AsyncClient
    from ...types.batch import Batch

__all__ = ["collect", "resume_batch", "run_batch", "submit", "wait"]


async def _file_text(client: AsyncClient, file_id: str | None) -> str:
    if not file_id:
        return ""
    content = await client.files.content(file_id)
    return (await content.aread()).decode("utf-8")  # JSON Lines


async def _find(client: AsyncClient, state: BatchState) -> Batch | None:
    """The batch this run may have created, among the `LOOKUP_LIMIT` newest."""
    page = await client.batches.list(limit=100)
    seen = 0
    async for batch in page:
        if is_ours(batch, state):
            return batch
        seen += 1
        if seen >= LOOKUP_LIMIT:
            break
    return None


async def submit(
    client: AsyncClient, endpoint: BatchEndpoint, bodies: Sequence[Mapping[str, Any]], options: BatchOptions
) -> Batch:
    """Upload `bodies` as a JSONL file and create the batch, once (see the `batch` module's docs)."""
    data, state, path = prepare(client, endpoint, bodies, options)
    if state.batch_id is not None:
        return await client.batches.retrieve(state.batch_id)
    if state.input_file_id is None:
        file = await client.files.create(file=("batch.jsonl", data, "application/jsonl"), purpose="batch")
        state.input_file_id = file.id
        save_state(path, state)
    else:  # uploaded by an earlier run, which may have created the batch before it stopped
        found = await _find(client, state)
        if found is not None:
            state.batch_id = found.id
            save_state(path, state)
            return found
    once = client.with_options(max_retries=0)
    for attempt in range(client.max_retries + 1):
        try:
            batch = await once.batches.create(**create_args(client, endpoint, options, state))
            break
        except (APIConnectionError, APIStatusError) as exc:
            if not created_or_none(exc) and not (isinstance(exc, APIStatusError) and exc.status_code == 429):
                raise
            found = await _find(client, state) if created_or_none(exc) else None
            if found is not None:
                batch = found
                break
            if attempt == client.max_retries:
                raise
            await asleep(options.poll_interval)
    state.batch_id = batch.id
    save_state(path, state)
    return batch


async def wait(client: AsyncClient, batch_id: str, options: BatchOptions) -> Batch:
    """Poll the batch with backoff until it reaches a terminal status."""
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
        await asleep(delay)
        delay = next_delay(delay, options)


async def collect(client: AsyncClient, batch: Batch, count: int, cast: Callable[[Any], Any]) -> list[ItemResult[Any]]:
    """Download the output and error files of a finished batch and map them to `count` inputs."""
    output = await _file_text(client, batch.output_file_id)
    errors = await _file_text(client, batch.error_file_id)
    return parse_results(output, errors, count, cast, batch)


async def run_batch(
    client: AsyncClient,
    endpoint: BatchEndpoint,
    bodies: Sequence[Mapping[str, Any]],
    cast: Callable[[Any], Any],
    options: BatchOptions | None = None,
) -> BatchOutcome:
    """Submit, wait and collect (see the `batch` module's docs); `cast` turns a response body into its typed model."""
    options = options or BatchOptions()
    batch = await submit(client, endpoint, bodies, options)
    return await resume_batch(client, batch.id, len(bodies), cast, options)


async def resume_batch(
    client: AsyncClient,
    batch_id: str,
    count: int | None,
    cast: Callable[[Any], Any],
    options: BatchOptions | None = None,
) -> BatchOutcome:
    """Wait for an existing batch and collect its results (`count`: its number of requests; None reads it)."""
    require(client, "batch")
    check_count(count)
    batch = await wait(client, batch_id, options or BatchOptions())
    total = checked_count(batch, count)
    if total is None:  # the batch does not say: count the lines of its input file
        total = line_count(await _file_text(client, batch.input_file_id))
    return BatchOutcome(batch, await collect(client, batch, total, cast))
