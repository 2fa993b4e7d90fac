"""`Actions(client)` / `AsyncActions(client)`: every connector action as one thin method over the generated client.

Each method checks the platform first (`require`: Azure classic offers only what Azure's spec has),
then calls the generated method (`client.chat.completions.create(...)`, ...). Three calls go through
`client.request` because the generated method cannot express them yet (see the report in README):
multipart image edits, base64 embeddings, and transcripts as text/srt/vtt.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import httpx2
from typing_extensions import Unpack

from .._errors import InvalidRequestError
from .._types import NOT_GIVEN, FileTypes, NotGiven, Timeout
from . import batch as _batch
from ._support import (
    Prompt,
    azure_namespace,
    deployment_or_model,
    given,
    operation_path,
    require,
    to_messages,
    writable_file,
)
from .batch_prompts import ItemResult, Mode, arun_each, check_many, run_each
from .chat import ChatParams, FullResponse, afull_response, astream_text, first_content, full_response, stream_text
from .embeddings import EmbeddingResult, embedding_result
from .images import image_field, save_images
from .summarize import COMBINE_TEMPLATE, SUMMARY_TEMPLATE, asummarize_with, summarize_with

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

    # Absent from a package generated without Azure's spec: the name then reads as Any.
    from ...azure.types.create_chat_completion_response import (  # type: ignore[import-not-found, unused-ignore]
        CreateChatCompletionResponse as AzureChatCompletion,
    )
    from ...types.chat_completion import ChatCompletion as CreateChatCompletionResponse
    from ...types.chat_completion_chunk import ChatCompletionChunk as CreateChatCompletionStreamResponse
    from ...types.completion import Completion as CreateCompletionResponse
    from ...types.fine_tuning_job import FineTuningJob
    from ...types.fine_tuning_job_event import FineTuningJobEvent
    from ...types.images_response import ImagesResponse
    from ...types.model import Model
    from ...types.moderation_create_response import ModerationCreateResponse as CreateModerationResponse
    from ...types.response import Response
    from .._pagination import AsyncCursorPage, SyncCursorPage
    from .._response import RawResponse
    from .._streaming import AsyncStream, Stream
    from ._progress import ProgressOption

__all__ = ["TRANSCRIPT_TEXT_FORMATS", "Actions", "AsyncActions", "citations"]

TRANSCRIPT_TEXT_FORMATS = frozenset({"text", "srt", "vtt"})
ChatKind = Literal["chat", "embeddings"]


def _chat_kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    return dict(params)


_T = TypeVar("_T", "Client", "AsyncClient")
_NOT_IN_A_BATCH = frozenset({"timeout", "extra_headers", "extra_body"})


def _timed(client: _T, timeout: Timeout | NotGiven) -> _T:
    """`client`, or a copy sharing its connections whose calls use `timeout` (for actions made of several calls)."""
    return client if isinstance(timeout, NotGiven) else client.with_options(timeout=timeout)


def _raw_timeout(timeout: Timeout | NotGiven) -> float | httpx2.Timeout | None:
    """An actions `timeout` for `client.request`, where None means the client's default."""
    if isinstance(timeout, NotGiven):
        return None
    return httpx2.Timeout(None) if timeout is None else timeout


def _chat_bodies(
    prompts: Sequence[Prompt], model: str, system: str | None, params: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """One chat request body per prompt for a batch; `extra_body` merged, per-call options left out."""
    if "extra_headers" in params:
        raise InvalidRequestError("extra_headers cannot be sent with each request of a batch", param="extra_headers")
    fields = {k: v for k, v in params.items() if k not in _NOT_IN_A_BATCH}
    extra = dict(params.get("extra_body") or {})
    return [{"model": model, "messages": to_messages(p, system), **fields, **extra} for p in prompts]


def _check_n(n: int | None) -> None:
    if n is not None and not 1 <= n <= 10:
        raise ValueError("n must be between 1 and 10")


def _embedding_body(input: str | Sequence[str], model: str, dimensions: int | None, user: str | None) -> dict[str, Any]:
    return given({"input": input, "model": model, "dimensions": dimensions, "user": user})


def _chat_cast(body: Any) -> Any:
    from ...types.chat_completion import ChatCompletion as CreateChatCompletionResponse

    return CreateChatCompletionResponse.model_validate(body)


def _embedding_cast(body: Any) -> EmbeddingResult:
    return embedding_result(body)


def _cast_for(kind: ChatKind) -> Any:
    return _chat_cast if kind == "chat" else _embedding_cast


def citations(response: Any) -> list[Any]:
    """The typed citations of an Azure on-your-data answer (first choice; [] when there are none)."""
    choices = getattr(response, "choices", None) or []
    context = getattr(getattr(choices[0], "message", None), "context", None) if choices else None
    return list(getattr(context, "citations", None) or [])


class Actions:
    """The connector actions over a sync `Client` (OpenAI, Azure classic or Azure v1)."""

    def __init__(self, client: Client) -> None:
        self.client = client

    # -- chat ---------------------------------------------------------------------------------------

    def chat(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> CreateChatCompletionResponse:
        """One chat completion of `prompt` (a string or a message list) with any of `ChatParams`."""
        require(self.client, "chat")
        answer: CreateChatCompletionResponse = self.client.chat.completions.create(
            model=deployment_or_model(self.client, model), messages=to_messages(prompt, system), **_chat_kwargs(params)
        )
        return answer

    def chat_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> str:
        """The first choice's text of `chat(...)`."""
        return first_content(self.chat(prompt, model=model, system=system, **params))

    def chat_stream(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> Stream[CreateChatCompletionStreamResponse]:
        """A streamed chat completion (chunks as they come)."""
        require(self.client, "chat")
        stream = self.client.chat.completions.create(
            model=deployment_or_model(self.client, model),
            messages=to_messages(prompt, system),
            stream=True,
            **_chat_kwargs(params),
        )
        return cast("Stream[CreateChatCompletionStreamResponse]", stream)

    def chat_stream_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> Iterator[str]:
        """The text deltas of a streamed chat completion."""
        with self.chat_stream(prompt, model=model, system=system, **params) as stream:
            yield from stream_text(stream)

    def chat_full(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> FullResponse[CreateChatCompletionResponse]:
        """`chat(...)` with the response's status and headers."""
        require(self.client, "chat")
        return full_response(self.client, lambda c: Actions(c).chat(prompt, model=model, system=system, **params))

    def chat_many(
        self,
        prompts: Sequence[Prompt],
        *,
        model: str | None = None,
        system: str | None = None,
        max_concurrency: int = 8,
        mode: Mode = "concurrent",
        progress: ProgressOption = None,
        batch_options: _batch.BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> list[ItemResult[CreateChatCompletionResponse]]:
        """A chat completion per prompt, in input order; each item holds its response or its error.

        `mode="concurrent"`: at most `max_concurrency` requests at a time. `mode="batch"`: one Batch API
        job (cheaper, slower; see `batch_chat`). Ctrl-C stops sending at once and raises `InterruptedRun`
        (a `KeyboardInterrupt`) whose `results` are the items that finished (`partial_results(exc)`).
        """
        check_many(prompts, mode)
        if mode == "batch":
            return self.batch_chat(prompts, model=model, system=system, options=batch_options, **params).results
        require(self.client, "chat")
        return run_each(
            prompts,
            lambda p: self.chat(p, model=model, system=system, **params),
            max_concurrency=max_concurrency,
            progress=progress,
        )

    def summarize(
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
        return summarize_with(
            lambda prompt: self.chat_text(prompt, model=model, **params),
            text,
            max_input_tokens=max_input_tokens,
            template=template,
            combine_template=combine_template,
            max_calls=max_calls,
        )

    def complete(
        self,
        prompt: str | Sequence[str],
        *,
        model: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> CreateCompletionResponse:
        """A legacy (text) completion; `params` are the spec's (max_tokens, temperature, stop, ...)."""
        require(self.client, "completion")
        # `params` may not hold `stream`: streaming is `chat_stream`'s job.
        params.pop("stream", None)
        result: Any = self.client.completions.create(
            model=deployment_or_model(self.client, model), prompt=prompt, **params, timeout=timeout
        )
        return cast("CreateCompletionResponse", result)

    def azure_chat(
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
        answer: AzureChatCompletion = azure_namespace(self.client).chat.completions.create(
            deployment_id=deployment_or_model(self.client, deployment),
            messages=cast(Any, to_messages(prompt, system)),
            data_sources=cast(Any, data_sources),
            **_chat_kwargs(params),
        )
        return answer

    # -- images -------------------------------------------------------------------------------------

    def generate_image(
        self,
        prompt: str,
        *,
        model: str | None = None,
        n: int | None = None,
        size: str | None = None,
        quality: str | None = None,
        style: str | None = None,
        response_format: Literal["url", "b64_json"] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **extra: Any,
    ) -> ImagesResponse:
        """Generate `n` (1..10) images of `prompt`."""
        require(self.client, "image_generate")
        _check_n(n)
        args = given(
            {"n": n, "size": size, "quality": quality, "style": style, "response_format": response_format, "user": user}
        )
        answer: ImagesResponse = self.client.images.generate(
            prompt=prompt, model=model if model else NOT_GIVEN, **args, **extra, timeout=timeout
        )
        return answer

    def edit_image(
        self,
        image: FileTypes,
        prompt: str,
        *,
        mask: FileTypes | None = None,
        model: str | None = None,
        n: int | None = None,
        size: str | None = None,
        response_format: Literal["url", "b64_json"] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Edit `image` (a path, bytes or `(name, bytes)`) per `prompt`, inside the transparent areas of `mask`."""

        require(self.client, "image_edit")
        _check_n(n)
        answer = self.client.images.edit(
            image=image_field(image),
            prompt=prompt,
            mask=NOT_GIVEN if mask is None else image_field(mask, "mask.png"),
            model=NOT_GIVEN if model is None else model,
            n=NOT_GIVEN if n is None else n,
            size=NOT_GIVEN if size is None else size,
            response_format=NOT_GIVEN if response_format is None else response_format,
            user=NOT_GIVEN if user is None else user,
            stream=False,
            timeout=timeout,
        )
        return answer

    def image_variation(
        self,
        image: FileTypes,
        *,
        model: str | None = None,
        n: int | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | None = None,
        response_format: Literal["url", "b64_json"] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Variations of `image`."""
        require(self.client, "image_variation")
        _check_n(n)
        args = given({"model": model, "n": n, "size": size, "response_format": response_format, "user": user})
        return self.client.images.create_variation(image=image_field(image), **args, timeout=timeout)

    save_images = staticmethod(save_images)

    # -- audio --------------------------------------------------------------------------------------

    def transcribe(
        self,
        file: FileTypes,
        *,
        model: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: str | None = None,
        translate: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Transcribe (or with `translate=True`, translate to English) an audio file.

        json / verbose_json give typed models; text, srt and vtt give the text as a `str`.
        """
        action = "translate" if translate else "transcribe"
        require(self.client, action)
        name = deployment_or_model(self.client, model)
        fields = given(
            {
                "language": None if translate else language,
                "prompt": prompt,
                "temperature": temperature,
                "response_format": response_format,
            }
        )
        if translate:
            return self.client.audio.translations.create(file=file, model=name, **fields, timeout=timeout)
        return self.client.audio.transcriptions.create(file=file, model=name, **fields, timeout=timeout)

    def translate(self, file: FileTypes, *, timeout: Timeout | NotGiven = NOT_GIVEN, **kwargs: Any) -> Any:
        """`transcribe(file, translate=True, ...)`: English text of speech in any language."""
        return self.transcribe(file, translate=True, timeout=timeout, **kwargs)

    def speech(
        self,
        text: str,
        *,
        model: str | None = None,
        voice: str = "alloy",
        response_format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        to: str | Path | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speech audio of `text` as bytes (also written to `to` when given: checked before the call)."""
        require(self.client, "speech")
        target = None if to is None else writable_file(to, "to")
        args = given({"response_format": response_format, "speed": speed, "instructions": instructions})
        audio = self.client.audio.speech.create(
            model=deployment_or_model(self.client, model), input=text, voice=cast(Any, voice), **args, timeout=timeout
        )
        if target is not None:
            audio.write_to_file(target)
        return audio.content

    # -- embeddings, moderation ---------------------------------------------------------------------

    def embed(
        self,
        input: str | Sequence[str],
        *,
        model: str | None = None,
        dimensions: int | None = None,
        encoding_format: Literal["float", "base64"] = "float",
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EmbeddingResult:
        """Embedding vectors of `input` (base64 answers are decoded to floats)."""
        require(self.client, "embeddings")
        name = deployment_or_model(self.client, model)
        body = _embedding_body(input, name, dimensions, user)
        answer = self.client.embeddings.create(**body, encoding_format=encoding_format, timeout=timeout)
        return embedding_result(answer.model_dump(mode="json"))

    def moderate(
        self, input: str | Sequence[str], *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> CreateModerationResponse:
        """Moderation categories and scores of `input`."""
        require(self.client, "moderation")
        return self.client.moderations.create(input=input, model=model if model else NOT_GIVEN, timeout=timeout)

    # -- fine-tuning, models, responses ------------------------------------------------------------

    def create_fine_tuning_job(
        self, model: str, training_file: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, **params: Any
    ) -> FineTuningJob:
        """Start a fine-tuning job (`params`: validation_file, suffix, seed, hyperparameters, method, metadata)."""
        require(self.client, "fine_tuning")
        return self.client.fine_tuning.jobs.create(model=model, training_file=training_file, **params, timeout=timeout)

    def get_fine_tuning_job(self, job_id: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> FineTuningJob:
        require(self.client, "fine_tuning")
        return self.client.fine_tuning.jobs.retrieve(job_id, timeout=timeout)

    def cancel_fine_tuning_job(self, job_id: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> FineTuningJob:
        require(self.client, "fine_tuning")
        return self.client.fine_tuning.jobs.cancel(job_id, timeout=timeout)

    def list_fine_tuning_jobs(
        self, *, limit: int | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> SyncCursorPage[FineTuningJob]:
        """Fine-tuning jobs; iterating the page walks every page."""
        require(self.client, "fine_tuning")
        return self.client.fine_tuning.jobs.list(**given({"limit": limit}), timeout=timeout)

    def list_fine_tuning_events(
        self, job_id: str, *, limit: int | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> SyncCursorPage[FineTuningJobEvent]:
        """A job's events; iterating the page walks every page."""
        require(self.client, "fine_tuning")
        return self.client.fine_tuning.jobs.list_events(job_id, **given({"limit": limit}), timeout=timeout)

    def list_models(self, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> list[Model]:
        require(self.client, "models")
        return list(self.client.models.list(timeout=timeout).data)

    def get_model(self, model: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> Model:
        require(self.client, "models")
        return self.client.models.retrieve(model, timeout=timeout)

    def create_response(
        self, input: Any, *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN, **params: Any
    ) -> Response:
        """A Responses API answer (`params`: instructions, tools, temperature, ...); `.output_text` has the text."""
        require(self.client, "responses")
        answer: Response = self.client.responses.create(
            input=input, model=deployment_or_model(self.client, model), **params, timeout=timeout
        )
        return answer

    def stream_response(
        self, input: Any, *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN, **params: Any
    ) -> Stream[Any]:
        """A streamed Responses API answer (its events)."""
        require(self.client, "responses")
        answer: Stream[Any] = self.client.responses.create(
            input=input, model=deployment_or_model(self.client, model), stream=True, **params, timeout=timeout
        )
        return answer

    def get_response(self, response_id: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> Response:
        require(self.client, "responses")
        return self.client.responses.retrieve(response_id, timeout=timeout)

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
        response_type: Literal["json", "text", "binary"] = "json",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        exponential_backoff: bool | None = None,
        retry_on_all_errors: bool | None = None,
        debug: bool = False,
    ) -> RawResponse:
        """Any request with the client's base URL, auth and retries (`client.request`: its retry rules, form data).

        Retry options given (any of them) follow the connectors' rules; none given, the client's policy.
        """
        return self.client.request(
            method,
            path,
            json=json,
            data=data,
            files=files,
            file_names=file_names,
            params=params,
            headers=headers,
            response_type=response_type,
            timeout=_raw_timeout(timeout),
            max_retries=max_retries,
            retry_delay=retry_delay,
            exponential_backoff=exponential_backoff,
            retry_on_all_errors=retry_on_all_errors,
            debug=debug,
        )

    # -- batch --------------------------------------------------------------------------------------

    def batch_chat(
        self,
        prompts: Sequence[Prompt],
        *,
        model: str | None = None,
        system: str | None = None,
        options: _batch.BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> _batch.BatchOutcome:
        """Chat completions of `prompts` as one Batch API job; results in input order.

        `timeout` (in `params`) applies to each HTTP call of the runner; `extra_body` goes into every request.
        """
        check_many(prompts)
        client = _timed(self.client, params.get("timeout", NOT_GIVEN))
        bodies = _chat_bodies(prompts, deployment_or_model(self.client, model), system, params)
        return _batch.run_batch(client, operation_path(client, "chat"), bodies, _chat_cast, options)

    def batch_embeddings(
        self,
        inputs: Sequence[str | Sequence[str]],
        *,
        model: str | None = None,
        dimensions: int | None = None,
        options: _batch.BatchOptions | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> _batch.BatchOutcome:
        """Embeddings of `inputs` (one request each) as one Batch API job; `EmbeddingResult`s in input order."""
        name = deployment_or_model(self.client, model)
        bodies = [_embedding_body(item, name, dimensions, None) for item in inputs]
        return _batch.run_batch(
            _timed(self.client, timeout), operation_path(self.client, "embeddings"), bodies, _embedding_cast, options
        )

    def resume_batch(
        self,
        batch_id: str,
        count: int | None = None,
        *,
        kind: ChatKind = "chat",
        options: _batch.BatchOptions | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> _batch.BatchOutcome:
        """Wait for a batch submitted earlier and collect its results.

        `count`: its number of inputs; None reads it from the batch, and a `count` the batch contradicts raises.
        """
        return _batch.resume_batch(_timed(self.client, timeout), batch_id, count, _cast_for(kind), options)


class AsyncActions:
    """The connector actions over an `AsyncClient`; the same methods as `Actions`, awaitable."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client

    async def chat(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> CreateChatCompletionResponse:
        require(self.client, "chat")
        answer: CreateChatCompletionResponse = await self.client.chat.completions.create(
            model=deployment_or_model(self.client, model), messages=to_messages(prompt, system), **_chat_kwargs(params)
        )
        return answer

    async def chat_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> str:
        return first_content(await self.chat(prompt, model=model, system=system, **params))

    async def chat_stream(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> AsyncStream[CreateChatCompletionStreamResponse]:
        require(self.client, "chat")
        stream = await self.client.chat.completions.create(
            model=deployment_or_model(self.client, model),
            messages=to_messages(prompt, system),
            stream=True,
            **_chat_kwargs(params),
        )
        return cast("AsyncStream[CreateChatCompletionStreamResponse]", stream)

    async def chat_stream_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> AsyncIterator[str]:
        stream = await self.chat_stream(prompt, model=model, system=system, **params)
        async with stream:
            async for text in astream_text(stream):
                yield text

    async def chat_full(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> FullResponse[CreateChatCompletionResponse]:
        require(self.client, "chat")
        return await afull_response(
            self.client, lambda c: AsyncActions(c).chat(prompt, model=model, system=system, **params)
        )

    async def chat_many(
        self,
        prompts: Sequence[Prompt],
        *,
        model: str | None = None,
        system: str | None = None,
        max_concurrency: int = 8,
        mode: Mode = "concurrent",
        progress: ProgressOption = None,
        batch_options: _batch.BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> list[ItemResult[CreateChatCompletionResponse]]:
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
        return await asummarize_with(
            lambda prompt: self.chat_text(prompt, model=model, **params),
            text,
            max_input_tokens=max_input_tokens,
            template=template,
            combine_template=combine_template,
            max_calls=max_calls,
        )

    async def complete(
        self,
        prompt: str | Sequence[str],
        *,
        model: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> CreateCompletionResponse:
        require(self.client, "completion")
        params.pop("stream", None)
        result: Any = await self.client.completions.create(
            model=deployment_or_model(self.client, model), prompt=prompt, **params, timeout=timeout
        )
        return cast("CreateCompletionResponse", result)

    async def azure_chat(
        self,
        prompt: Prompt,
        *,
        data_sources: Sequence[Mapping[str, Any]],
        deployment: str | None = None,
        system: str | None = None,
        **params: Unpack[ChatParams],
    ) -> AzureChatCompletion:
        require(self.client, "azure_chat")
        answer: AzureChatCompletion = await azure_namespace(self.client).chat.completions.create(
            deployment_id=deployment_or_model(self.client, deployment),
            messages=cast(Any, to_messages(prompt, system)),
            data_sources=cast(Any, data_sources),
            **_chat_kwargs(params),
        )
        return answer

    async def generate_image(
        self,
        prompt: str,
        *,
        model: str | None = None,
        n: int | None = None,
        size: str | None = None,
        quality: str | None = None,
        style: str | None = None,
        response_format: Literal["url", "b64_json"] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **extra: Any,
    ) -> ImagesResponse:
        require(self.client, "image_generate")
        _check_n(n)
        args = given(
            {"n": n, "size": size, "quality": quality, "style": style, "response_format": response_format, "user": user}
        )
        answer: ImagesResponse = await self.client.images.generate(
            prompt=prompt, model=model if model else NOT_GIVEN, **args, **extra, timeout=timeout
        )
        return answer

    async def edit_image(
        self,
        image: FileTypes,
        prompt: str,
        *,
        mask: FileTypes | None = None,
        model: str | None = None,
        n: int | None = None,
        size: str | None = None,
        response_format: Literal["url", "b64_json"] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:

        require(self.client, "image_edit")
        _check_n(n)
        answer = await self.client.images.edit(
            image=image_field(image),
            prompt=prompt,
            mask=NOT_GIVEN if mask is None else image_field(mask, "mask.png"),
            model=NOT_GIVEN if model is None else model,
            n=NOT_GIVEN if n is None else n,
            size=NOT_GIVEN if size is None else size,
            response_format=NOT_GIVEN if response_format is None else response_format,
            user=NOT_GIVEN if user is None else user,
            stream=False,
            timeout=timeout,
        )
        return answer

    async def image_variation(
        self,
        image: FileTypes,
        *,
        model: str | None = None,
        n: int | None = None,
        size: Literal["256x256", "512x512", "1024x1024"] | None = None,
        response_format: Literal["url", "b64_json"] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        require(self.client, "image_variation")
        _check_n(n)
        args = given({"model": model, "n": n, "size": size, "response_format": response_format, "user": user})
        return await self.client.images.create_variation(image=image_field(image), **args, timeout=timeout)

    save_images = staticmethod(save_images)

    async def transcribe(
        self,
        file: FileTypes,
        *,
        model: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: str | None = None,
        translate: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        action = "translate" if translate else "transcribe"
        require(self.client, action)
        name = deployment_or_model(self.client, model)
        fields = given(
            {
                "language": None if translate else language,
                "prompt": prompt,
                "temperature": temperature,
                "response_format": response_format,
            }
        )
        if translate:
            return await self.client.audio.translations.create(file=file, model=name, **fields, timeout=timeout)
        return await self.client.audio.transcriptions.create(file=file, model=name, **fields, timeout=timeout)

    async def translate(self, file: FileTypes, *, timeout: Timeout | NotGiven = NOT_GIVEN, **kwargs: Any) -> Any:
        return await self.transcribe(file, translate=True, timeout=timeout, **kwargs)

    async def speech(
        self,
        text: str,
        *,
        model: str | None = None,
        voice: str = "alloy",
        response_format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        to: str | Path | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        require(self.client, "speech")
        target = None if to is None else writable_file(to, "to")
        args = given({"response_format": response_format, "speed": speed, "instructions": instructions})
        audio = await self.client.audio.speech.create(
            model=deployment_or_model(self.client, model), input=text, voice=cast(Any, voice), **args, timeout=timeout
        )
        if target is not None:
            target.write_bytes(audio.content)
        return audio.content

    async def embed(
        self,
        input: str | Sequence[str],
        *,
        model: str | None = None,
        dimensions: int | None = None,
        encoding_format: Literal["float", "base64"] = "float",
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EmbeddingResult:
        require(self.client, "embeddings")
        name = deployment_or_model(self.client, model)
        body = _embedding_body(input, name, dimensions, user)
        answer = await self.client.embeddings.create(**body, encoding_format=encoding_format, timeout=timeout)
        return embedding_result(answer.model_dump(mode="json"))

    async def moderate(
        self, input: str | Sequence[str], *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> CreateModerationResponse:
        require(self.client, "moderation")
        return await self.client.moderations.create(input=input, model=model if model else NOT_GIVEN, timeout=timeout)

    async def create_fine_tuning_job(
        self, model: str, training_file: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, **params: Any
    ) -> FineTuningJob:
        require(self.client, "fine_tuning")
        return await self.client.fine_tuning.jobs.create(
            model=model, training_file=training_file, **params, timeout=timeout
        )

    async def get_fine_tuning_job(self, job_id: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> FineTuningJob:
        require(self.client, "fine_tuning")
        return await self.client.fine_tuning.jobs.retrieve(job_id, timeout=timeout)

    async def cancel_fine_tuning_job(self, job_id: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> FineTuningJob:
        require(self.client, "fine_tuning")
        return await self.client.fine_tuning.jobs.cancel(job_id, timeout=timeout)

    async def list_fine_tuning_jobs(
        self, *, limit: int | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> AsyncCursorPage[FineTuningJob]:
        require(self.client, "fine_tuning")
        return await self.client.fine_tuning.jobs.list(**given({"limit": limit}), timeout=timeout)

    async def list_fine_tuning_events(
        self, job_id: str, *, limit: int | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> AsyncCursorPage[FineTuningJobEvent]:
        require(self.client, "fine_tuning")
        return await self.client.fine_tuning.jobs.list_events(job_id, **given({"limit": limit}), timeout=timeout)

    async def list_models(self, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> list[Model]:
        require(self.client, "models")
        return list((await self.client.models.list(timeout=timeout)).data)

    async def get_model(self, model: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> Model:
        require(self.client, "models")
        return await self.client.models.retrieve(model, timeout=timeout)

    async def create_response(
        self, input: Any, *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN, **params: Any
    ) -> Response:
        require(self.client, "responses")
        answer: Response = await self.client.responses.create(
            input=input, model=deployment_or_model(self.client, model), **params, timeout=timeout
        )
        return answer

    async def stream_response(
        self, input: Any, *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN, **params: Any
    ) -> AsyncStream[Any]:
        require(self.client, "responses")
        answer: AsyncStream[Any] = await self.client.responses.create(
            input=input, model=deployment_or_model(self.client, model), stream=True, **params, timeout=timeout
        )
        return answer

    async def get_response(self, response_id: str, *, timeout: Timeout | NotGiven = NOT_GIVEN) -> Response:
        require(self.client, "responses")
        return await self.client.responses.retrieve(response_id, timeout=timeout)

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
        response_type: Literal["json", "text", "binary"] = "json",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        exponential_backoff: bool | None = None,
        retry_on_all_errors: bool | None = None,
        debug: bool = False,
    ) -> RawResponse:
        return await self.client.request(
            method,
            path,
            json=json,
            data=data,
            files=files,
            file_names=file_names,
            params=params,
            headers=headers,
            response_type=response_type,
            timeout=_raw_timeout(timeout),
            max_retries=max_retries,
            retry_delay=retry_delay,
            exponential_backoff=exponential_backoff,
            retry_on_all_errors=retry_on_all_errors,
            debug=debug,
        )

    async def batch_chat(
        self,
        prompts: Sequence[Prompt],
        *,
        model: str | None = None,
        system: str | None = None,
        options: _batch.BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> _batch.BatchOutcome:
        check_many(prompts)
        client = _timed(self.client, params.get("timeout", NOT_GIVEN))
        bodies = _chat_bodies(prompts, deployment_or_model(self.client, model), system, params)
        return await _batch.arun_batch(client, operation_path(client, "chat"), bodies, _chat_cast, options)

    async def batch_embeddings(
        self,
        inputs: Sequence[str | Sequence[str]],
        *,
        model: str | None = None,
        dimensions: int | None = None,
        options: _batch.BatchOptions | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> _batch.BatchOutcome:
        name = deployment_or_model(self.client, model)
        bodies = [_embedding_body(item, name, dimensions, None) for item in inputs]
        return await _batch.arun_batch(
            _timed(self.client, timeout), operation_path(self.client, "embeddings"), bodies, _embedding_cast, options
        )

    async def resume_batch(
        self,
        batch_id: str,
        count: int | None = None,
        *,
        kind: ChatKind = "chat",
        options: _batch.BatchOptions | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> _batch.BatchOutcome:
        return await _batch.aresume_batch(_timed(self.client, timeout), batch_id, count, _cast_for(kind), options)
