"""`AsyncChatActions`: the chat-completion actions (one, streamed, many, summarized, through the Batch API).

`AsyncActions` (`_async_actions.py`) adds every other action to these.

This is the source of both classes: `ChatActions` (`_sync_chat.py`) is generated from it by
generator/unasync.py. What differs beyond the keywords lives in modules each side imports under its own
name (`arun_each` on tasks, `run_each` on threads; `_async_batch` and `_sync_batch`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import Unpack

from .._types import NOT_GIVEN, NotGiven, Timeout
from . import _async_batch
from ._shared import ChatKind, cast_for, chat_bodies, chat_cast, chat_kwargs, embedding_body, embedding_cast, timed
from ._support import Prompt, azure_namespace, deployment_or_model, operation_path, require, to_messages
from .batch import BatchOptions, BatchOutcome
from .batch_prompts import ItemResult, Mode, arun_each, check_many
from .chat import ChatParams, FullResponse, delta_text, first_content
from .summarize import COMBINE_TEMPLATE, SUMMARY_TEMPLATE, SummaryPlan

if TYPE_CHECKING:
    from ..._client import AsyncClient

    # Absent from a package generated without Azure's spec: the name then reads as Any.
    from ...azure.types.create_chat_completion_response import (  # type: ignore[import-not-found, unused-ignore]
        CreateChatCompletionResponse as AzureChatCompletion,
    )
    from ...types.chat_completion import ChatCompletion
    from ...types.chat_completion_chunk import ChatCompletionChunk
    from ...types.completion import Completion
    from .._response import ResponseInfo
    from .._streaming import AsyncStream
    from ._progress import ProgressOption

__all__ = ["AsyncChatActions"]


class AsyncChatActions:
    """The chat-completion actions over the `AsyncClient` given (OpenAI, Azure classic or Azure v1)."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client

    # -- chat ---------------------------------------------------------------------------------------

    async def chat(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> ChatCompletion:
        """One chat completion of `prompt` (a string or a message list) with any of `ChatParams`."""
        require(self.client, "chat")
        answer: ChatCompletion = await self.client.chat.completions.create(
            model=deployment_or_model(self.client, model), messages=to_messages(prompt, system), **chat_kwargs(params)
        )
        return answer

    async def chat_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> str:
        """The first choice's text of `chat(...)`."""
        return first_content(await self.chat(prompt, model=model, system=system, **params))

    async def chat_stream(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> AsyncStream[ChatCompletionChunk]:
        """A streamed chat completion (chunks as they come)."""
        require(self.client, "chat")
        stream = await self.client.chat.completions.create(
            model=deployment_or_model(self.client, model),
            messages=to_messages(prompt, system),
            stream=True,
            **chat_kwargs(params),
        )
        return cast("AsyncStream[ChatCompletionChunk]", stream)

    async def chat_stream_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> AsyncIterator[str]:
        """The text deltas of a streamed chat completion."""
        stream = await self.chat_stream(prompt, model=model, system=system, **params)
        async with stream:
            async for chunk in stream:
                text = delta_text(chunk)
                if text:
                    yield text

    async def chat_full(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> FullResponse[ChatCompletion]:
        """`chat(...)` with the response's status and headers."""
        require(self.client, "chat")
        seen: list[ResponseInfo] = []
        observed = type(self)(self.client.with_options(on_response=seen.append))
        body = await observed.chat(prompt, model=model, system=system, **params)
        info = seen[-1]
        return FullResponse(info.status_code, info.headers, info.request_id, body)

    async def chat_many(
        self,
        prompts: Sequence[Prompt],
        *,
        model: str | None = None,
        system: str | None = None,
        max_concurrency: int = 8,
        mode: Mode = "concurrent",
        progress: ProgressOption = None,
        batch_options: BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> list[ItemResult[ChatCompletion]]:
        """A chat completion per prompt, in input order; each item holds its response or its error.

        `mode="concurrent"`: at most `max_concurrency` requests at a time. `mode="batch"`: one Batch API
        job (cheaper, slower; see `batch_chat`). Interrupted (Ctrl-C, or the task cancelled), it stops sending at
        once and keeps the items that finished: `partial_results(exc)` (see `run_each` and `arun_each`).
        """
        check_many(prompts, mode)
        if mode == "batch":
            outcome = await self.batch_chat(prompts, model=model, system=system, options=batch_options, **params)
            return outcome.results
        require(self.client, "chat")
        return await arun_each(
            prompts,
            lambda p: self.chat(p, model=model, system=system, **params),
            max_concurrency=max_concurrency,
            progress=progress,
        )

    async def summarize(
        self,
        text: str,
        *,
        model: str | None = None,
        max_input_tokens: int = 3000,
        template: str = SUMMARY_TEMPLATE,
        combine_template: str = COMBINE_TEMPLATE,
        max_calls: int | None = None,
        **params: Unpack[ChatParams],
    ) -> str:
        """A summary of `text` (see `summarize.py`: long text is split to fit `max_input_tokens`).

        At most `max_calls` chat completions (default: about twice the number of chunks); `SummarizeError`
        when the summaries do not get shorter. Templates hold `{text}` and no other field.
        """
        plan = SummaryPlan(text, max_input_tokens, template, combine_template, max_calls)
        prompts = plan.first_round()
        while prompts:
            prompts = plan.next_round([await self.chat_text(prompt, model=model, **params) for prompt in prompts])
        return plan.summary

    async def complete(
        self,
        prompt: str | Sequence[str],
        *,
        model: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> Completion:
        """A legacy (text) completion; `params` are the spec's (max_tokens, temperature, stop, ...)."""
        require(self.client, "completion")
        # `params` may not hold `stream`: streaming is `chat_stream`'s job.
        params.pop("stream", None)
        result: Any = await self.client.completions.create(
            model=deployment_or_model(self.client, model), prompt=prompt, **params, timeout=timeout
        )
        return cast("Completion", result)

    async def azure_chat(
        self,
        prompt: Prompt,
        *,
        data_sources: Sequence[Mapping[str, Any]],
        deployment: str | None = None,
        system: str | None = None,
        **params: Unpack[ChatParams],
    ) -> AzureChatCompletion:
        """Azure OpenAI "on your data": chat grounded on `data_sources` (Azure Search, Cosmos DB, ...).

        The answer is Azure's typed model: `citations(answer)` lists the message context's citations.
        """
        require(self.client, "azure_chat")
        answer: AzureChatCompletion = await azure_namespace(self.client).chat.completions.create(
            deployment_id=deployment_or_model(self.client, deployment),
            messages=cast(Any, to_messages(prompt, system)),
            data_sources=cast(Any, data_sources),
            **chat_kwargs(params),
        )
        return answer

    # -- batch --------------------------------------------------------------------------------------

    async def batch_chat(
        self,
        prompts: Sequence[Prompt],
        *,
        model: str | None = None,
        system: str | None = None,
        options: BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> BatchOutcome:
        """Chat completions of `prompts` as one Batch API job; results in input order.

        `timeout` (in `params`) applies to each HTTP call of the runner; `extra_body` goes into every request.
        """
        check_many(prompts)
        client = timed(self.client, params.get("timeout", NOT_GIVEN))
        bodies = chat_bodies(prompts, deployment_or_model(self.client, model), system, params)
        return await _async_batch.run_batch(client, operation_path(client, "chat"), bodies, chat_cast, options)

    async def batch_embeddings(
        self,
        inputs: Sequence[str | Sequence[str]],
        *,
        model: str | None = None,
        dimensions: int | None = None,
        options: BatchOptions | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BatchOutcome:
        """Embeddings of `inputs` (one request each) as one Batch API job; `EmbeddingResult`s in input order."""
        name = deployment_or_model(self.client, model)
        bodies = [embedding_body(item, name, dimensions, None) for item in inputs]
        client = timed(self.client, timeout)
        return await _async_batch.run_batch(
            client, operation_path(client, "embeddings"), bodies, embedding_cast, options
        )

    async def resume_batch(
        self,
        batch_id: str,
        count: int | None = None,
        *,
        kind: ChatKind = "chat",
        options: BatchOptions | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BatchOutcome:
        """Wait for a batch submitted earlier and collect its results.

        `count`: its number of inputs; None reads it from the batch, and a `count` the batch contradicts raises.
        """
        return await _async_batch.resume_batch(timed(self.client, timeout), batch_id, count, cast_for(kind), options)
