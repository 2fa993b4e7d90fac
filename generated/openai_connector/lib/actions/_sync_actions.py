"""`Actions(client)`: every connector action as one thin method over the generated `Client`.

The chat-completion actions are `ChatActions`' (`_sync_chat.py`); images, audio, embeddings,
moderation, fine-tuning, models, responses and raw requests are here.

Each method checks the platform first (`require`: Azure classic offers only what Azure's spec has),
then calls the generated method (`client.chat.completions.create(...)`, ...).

Generated from generator/runtime/extras/actions/_async_actions.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from .._types import NOT_GIVEN, FileTypes, NotGiven, Timeout
from ._shared import check_n, embedding_body, raw_timeout
from ._support import deployment_or_model, given, require, writable_file
from ._sync_chat import ChatActions
from .embeddings import EmbeddingResult, embedding_result
from .images import image_field, save_images

if TYPE_CHECKING:
    from ...types.fine_tuning_job import FineTuningJob
    from ...types.fine_tuning_job_event import FineTuningJobEvent
    from ...types.images_response import ImagesResponse
    from ...types.model import Model
    from ...types.moderation_create_response import ModerationCreateResponse
    from ...types.response import Response
    from .._pagination import SyncCursorPage
    from .._response import RawResponse
    from .._streaming import Stream

__all__ = ["Actions"]


class Actions(ChatActions):
    """Every connector action over the `Client` given (OpenAI, Azure classic or Azure v1).

    The chat actions come from `ChatActions`; the others are here.
    """

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
