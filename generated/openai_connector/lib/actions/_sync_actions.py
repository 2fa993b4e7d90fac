"""`Actions(client)`: every connector action as one thin method over the generated `Client`.

Each method checks the platform first (`require`: Azure classic offers only what Azure's spec has),
then calls the generated method (`client.chat.completions.create(...)`, ...).

Generated from lib/actions/_async_actions.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from typing_extensions import Unpack

from .._types import NOT_GIVEN, FileTypes, NotGiven, Timeout
from . import _sync_batch
from ._shared import (
    ChatKind,
    cast_for,
    chat_bodies,
    chat_cast,
    chat_kwargs,
    check_n,
    embedding_body,
    embedding_cast,
    raw_timeout,
    timed,
)
from ._support import Prompt, azure_namespace, deployment_or_model, given, require, to_messages, writable_file
from .batch import BatchOptions, BatchOutcome
from .batch_prompts import ItemResult, Mode, check_many, run_each
from .chat import ChatParams, FullResponse, first_content, full_response, stream_text
from .embeddings import EmbeddingResult, embedding_result
from .images import image_field, save_images
from .summarize import COMBINE_TEMPLATE, SUMMARY_TEMPLATE, SummaryPlan

if TYPE_CHECKING:
    from ..._client import Client

    # Absent from a package generated without Azure's spec: the name then reads as Any.
    from ...azure.types.create_chat_completion_response import (  # type: ignore[import-not-found, unused-ignore]
        CreateChatCompletionResponse as AzureChatCompletion,
    )
    from ...types.chat_completion import ChatCompletion
    from ...types.chat_completion_chunk import ChatCompletionChunk
    from ...types.completion import Completion
    from ...types.fine_tuning_job import FineTuningJob
    from ...types.fine_tuning_job_event import FineTuningJobEvent
    from ...types.images_response import ImagesResponse
    from ...types.model import Model
    from ...types.moderation_create_response import ModerationCreateResponse
    from ...types.response import Response
    from .._pagination import SyncCursorPage
    from .._response import RawResponse
    from .._streaming import Stream
    from ._progress import ProgressOption

__all__ = ["Actions"]


class Actions:
    """The connector actions over the `Client` given (OpenAI, Azure classic or Azure v1)."""

    def __init__(self, client: Client) -> None:
        self.client = client

    # -- chat ---------------------------------------------------------------------------------------

    def chat(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> ChatCompletion:
        """One chat completion of `prompt` (a string or a message list) with any of `ChatParams`."""
        require(self.client, "chat")
        answer: ChatCompletion = self.client.chat.completions.create(
            model=deployment_or_model(self.client, model), messages=to_messages(prompt, system), **chat_kwargs(params)
        )
        return answer

    def chat_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> str:
        """The first choice's text of `chat(...)`."""
        return first_content(self.chat(prompt, model=model, system=system, **params))

    def chat_stream(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> Stream[ChatCompletionChunk]:
        """A streamed chat completion (chunks as they come)."""
        require(self.client, "chat")
        stream = self.client.chat.completions.create(
            model=deployment_or_model(self.client, model),
            messages=to_messages(prompt, system),
            stream=True,
            **chat_kwargs(params),
        )
        return cast("Stream[ChatCompletionChunk]", stream)

    def chat_stream_text(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> Iterator[str]:
        """The text deltas of a streamed chat completion."""
        stream = self.chat_stream(prompt, model=model, system=system, **params)
        with stream:
            yield from stream_text(stream)

    def chat_full(
        self, prompt: Prompt, *, model: str | None = None, system: str | None = None, **params: Unpack[ChatParams]
    ) -> FullResponse[ChatCompletion]:
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
        batch_options: BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> list[ItemResult[ChatCompletion]]:
        """A chat completion per prompt, in input order; each item holds its response or its error.

        `mode="concurrent"`: at most `max_concurrency` requests at a time. `mode="batch"`: one Batch API
        job (cheaper, slower; see `batch_chat`). Interrupted (Ctrl-C, or the task cancelled), it stops sending at
        once and keeps the items that finished: `partial_results(exc)` (see `run_each` and `run_each`).
        """
        check_many(prompts, mode)
        if mode == "batch":
            outcome = self.batch_chat(prompts, model=model, system=system, options=batch_options, **params)
            return outcome.results
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
        plan = SummaryPlan(text, max_input_tokens, template, combine_template, max_calls)
        prompts = plan.first_round()
        while prompts:
            prompts = plan.next_round([self.chat_text(prompt, model=model, **params) for prompt in prompts])
        return plan.summary

    def complete(
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
        result: Any = self.client.completions.create(
            model=deployment_or_model(self.client, model), prompt=prompt, **params, timeout=timeout
        )
        return cast("Completion", result)

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
            **chat_kwargs(params),
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
        check_n(n)
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
        check_n(n)
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
        check_n(n)
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
            target.write_bytes(audio.content)
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
        body = embedding_body(input, name, dimensions, user)
        answer = self.client.embeddings.create(**body, encoding_format=encoding_format, timeout=timeout)
        return embedding_result(answer.model_dump(mode="json"))

    def moderate(
        self, input: str | Sequence[str], *, model: str | None = None, timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> ModerationCreateResponse:
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
        return list((self.client.models.list(timeout=timeout)).data)

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
            timeout=raw_timeout(timeout),
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
        options: BatchOptions | None = None,
        **params: Unpack[ChatParams],
    ) -> BatchOutcome:
        """Chat completions of `prompts` as one Batch API job; results in input order.

        `timeout` (in `params`) applies to each HTTP call of the runner; `extra_body` goes into every request.
        """
        check_many(prompts)
        client = timed(self.client, params.get("timeout", NOT_GIVEN))
        bodies = chat_bodies(prompts, deployment_or_model(self.client, model), system, params)
        return _sync_batch.run_batch(client, "/chat/completions", bodies, chat_cast, options)

    def batch_embeddings(
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
        return _sync_batch.run_batch(timed(self.client, timeout), "/embeddings", bodies, embedding_cast, options)

    def resume_batch(
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
        return _sync_batch.resume_batch(timed(self.client, timeout), batch_id, count, cast_for(kind), options)
