# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._streaming import AsyncStream, Stream
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..types.image_edit_stream_event import ImageEditStreamEvent
    from ..types.image_gen_stream_event import ImageGenStreamEvent
    from ..types.image_ref_param import ImageRefParam
    from ..types.images_response import ImagesResponse
    from ..types.input_fidelity import InputFidelity
    from ..types.partial_images import PartialImages

_CREATE_IMAGE_EDIT = Operation(
    api="openai",
    operation_id="createImageEdit",
    method="POST",
    path="/images/edits",
    request_kind="multipart",
    response_kind="json",
    checks={
        "body": {
            "prompt": {"type": "string"},
            "background": {"type": "string", "nullable": True},
            "model": {"type": "string", "nullable": True},
            "n": {"type": "integer", "minimum": 1, "maximum": 10, "nullable": True},
            "size": {"type": "string", "nullable": True},
            "response_format": {"type": "string", "nullable": True},
            "output_format": {"type": "string", "nullable": True},
            "output_compression": {"type": "integer", "nullable": True},
            "user": {"type": "string"},
            "input_fidelity": {"type": "string", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "partial_images": {"type": "integer", "minimum": 0, "maximum": 3, "nullable": True},
            "quality": {"type": "string", "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_CREATE_IMAGE_EDIT_JSON = Operation(
    api="openai",
    operation_id="createImageEdit",
    method="POST",
    path="/images/edits",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string", "nullable": True},
            "images": {"type": "array", "minItems": 1, "maxItems": 16},
            "prompt": {"type": "string", "minLength": 1, "maxLength": 32000},
            "n": {"type": "integer", "minimum": 1, "maximum": 10, "nullable": True},
            "quality": {"type": "string", "nullable": True},
            "input_fidelity": {"type": "string", "nullable": True},
            "size": {"type": "string", "nullable": True},
            "user": {"type": "string"},
            "output_format": {"type": "string", "nullable": True},
            "output_compression": {"type": "integer", "minimum": 0, "maximum": 100, "nullable": True},
            "moderation": {"type": "string", "nullable": True},
            "background": {"type": "string", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "partial_images": {"type": "integer", "minimum": 0, "maximum": 3, "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_CREATE_IMAGE = Operation(
    api="openai",
    operation_id="createImage",
    method="POST",
    path="/images/generations",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "prompt": {"type": "string"},
            "model": {"type": "string", "nullable": True},
            "n": {"type": "integer", "minimum": 1, "maximum": 10, "nullable": True},
            "quality": {"type": "string", "nullable": True},
            "response_format": {"type": "string", "nullable": True},
            "output_format": {"type": "string", "nullable": True},
            "output_compression": {"type": "integer", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "partial_images": {"type": "integer", "minimum": 0, "maximum": 3, "nullable": True},
            "size": {"type": "string", "nullable": True},
            "moderation": {"type": "string", "nullable": True},
            "background": {"type": "string", "nullable": True},
            "style": {"type": "string", "nullable": True},
            "user": {"type": "string"},
        }
    },
    security=("api_key",),
    deployment_scoped=True,
    version_param="api-version",
)

_CREATE_IMAGE_VARIATION = Operation(
    api="openai",
    operation_id="createImageVariation",
    method="POST",
    path="/images/variations",
    request_kind="multipart",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string", "nullable": True},
            "n": {"type": "integer", "minimum": 1, "maximum": 10, "nullable": True},
            "response_format": {"type": "string", "nullable": True},
            "size": {"type": "string", "nullable": True},
            "user": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)


class Images(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ImagesWithStreamingResponse(self)

    @overload
    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ImageEditStreamEvent]: ...

    @overload
    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]: ...

    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]:
        """Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images. For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, and `gpt-image-2-2026-04-21`), each image should be a `png`, `webp`, or `jpg` file less than 50MB. You can provide up to 16 images. `chatgpt-image-latest` follows the same input constraints as GPT image models. For `dall-e-2`, you can only provide one image, and it should be a square `png` file less than 4MB.
          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.
          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
          background: Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
          model: The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
          n: The number of images to generate. Must be between 1 and 10.
          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`. The default value is `png`.
          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
          input_fidelity: Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
          stream: Edit the image in streaming mode. Defaults to `false`. See the [Image generation guide](/docs/guides/image-generation) for more information.
          partial_images: The number of partial images to generate. This parameter is used for streaming responses that return partial images. Value must be between 0 and 3. When set to 0, the response will be a single image sent in one streaming event. Note that the final image may be sent before the full number of partial images are generated if the full image is generated more quickly.
          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.
        """

        from ..types.images_response import ImagesResponse

        if stream is True:
            from ..types.image_edit_stream_event import ImageEditStreamEvent

            return cast(
                "Stream[ImageEditStreamEvent]",
                self._client.call_stream(
                    _CREATE_IMAGE_EDIT,
                    body={
                        "prompt": prompt,
                        "background": background,
                        "model": model,
                        "n": n,
                        "size": size,
                        "response_format": response_format,
                        "output_format": output_format,
                        "output_compression": output_compression,
                        "user": user,
                        "input_fidelity": input_fidelity,
                        "stream": stream,
                        "partial_images": partial_images,
                        "quality": quality,
                    },
                    files={"image": image, "mask": mask},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ImageEditStreamEvent,
                ),
            )
        return cast(
            "ImagesResponse | Stream[ImageEditStreamEvent]",
            self._client.call(
                _CREATE_IMAGE_EDIT,
                body={
                    "prompt": prompt,
                    "background": background,
                    "model": model,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "user": user,
                    "input_fidelity": input_fidelity,
                    "stream": stream,
                    "partial_images": partial_images,
                    "quality": quality,
                },
                files={"image": image, "mask": mask},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )

    @overload
    def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ImageEditStreamEvent]: ...

    @overload
    def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]: ...

    def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]:
        """Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          model: The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
          images: Input image references to edit. For GPT image models, you can provide up to 16 images.
          mask: Reference an input image by either URL or uploaded file ID. Provide exactly one of `image_url` or `file_id`.
          prompt: A text description of the desired image edit.
          n: The number of edited images to generate.
          quality: Output quality for GPT image models.
          input_fidelity: Controls fidelity to the original input image(s).
          size: Requested output image size.
          user: A unique identifier representing your end-user, which can help OpenAI monitor and detect abuse.
          output_format: Output image format. Supported for GPT image models.
          output_compression: Compression level for `jpeg` or `webp` output.
          moderation: Moderation level for GPT image models.
          background: Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
          stream: Stream partial image results as events.
          partial_images: The number of partial images to generate. This parameter is used for streaming responses that return partial images. Value must be between 0 and 3. When set to 0, the response will be a single image sent in one streaming event. Note that the final image may be sent before the full number of partial images are generated if the full image is generated more quickly.
        """

        from ..types.images_response import ImagesResponse

        if stream is True:
            from ..types.image_edit_stream_event import ImageEditStreamEvent

            return cast(
                "Stream[ImageEditStreamEvent]",
                self._client.call_stream(
                    _CREATE_IMAGE_EDIT_JSON,
                    body={
                        "model": model,
                        "images": images,
                        "mask": mask,
                        "prompt": prompt,
                        "n": n,
                        "quality": quality,
                        "input_fidelity": input_fidelity,
                        "size": size,
                        "user": user,
                        "output_format": output_format,
                        "output_compression": output_compression,
                        "moderation": moderation,
                        "background": background,
                        "stream": stream,
                        "partial_images": partial_images,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ImageEditStreamEvent,
                ),
            )
        return cast(
            "ImagesResponse | Stream[ImageEditStreamEvent]",
            self._client.call(
                _CREATE_IMAGE_EDIT_JSON,
                body={
                    "model": model,
                    "images": images,
                    "mask": mask,
                    "prompt": prompt,
                    "n": n,
                    "quality": quality,
                    "input_fidelity": input_fidelity,
                    "size": size,
                    "user": user,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "moderation": moderation,
                    "background": background,
                    "stream": stream,
                    "partial_images": partial_images,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )

    @overload
    def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ImageGenStreamEvent]: ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageGenStreamEvent]: ...

    def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageGenStreamEvent]:
        """Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
          quality: The quality of the image that will be generated. - `auto` (default value) will automatically select the best quality for the given model. - `high`, `medium` and `low` are supported for the GPT image models. - `hd` and `standard` are supported for `dall-e-3`. - `standard` is the only option for `dall-e-2`.
          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
          stream: Generate the image in streaming mode. Defaults to `false`. See the [Image generation guide](/docs/guides/image-generation) for more information. This parameter is only supported for the GPT image models.
          partial_images: The number of partial images to generate. This parameter is used for streaming responses that return partial images. Value must be between 0 and 3. When set to 0, the response will be a single image sent in one streaming event. Note that the final image may be sent before the full number of partial images are generated if the full image is generated more quickly.
          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
          background: Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.images_response import ImagesResponse

        if stream is True:
            from ..types.image_gen_stream_event import ImageGenStreamEvent

            return cast(
                "Stream[ImageGenStreamEvent]",
                self._client.call_stream(
                    _CREATE_IMAGE,
                    body={
                        "prompt": prompt,
                        "model": model,
                        "n": n,
                        "quality": quality,
                        "response_format": response_format,
                        "output_format": output_format,
                        "output_compression": output_compression,
                        "stream": stream,
                        "partial_images": partial_images,
                        "size": size,
                        "moderation": moderation,
                        "background": background,
                        "style": style,
                        "user": user,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ImageGenStreamEvent,
                ),
            )
        return cast(
            "ImagesResponse | Stream[ImageGenStreamEvent]",
            self._client.call(
                _CREATE_IMAGE,
                body={
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "stream": stream,
                    "partial_images": partial_images,
                    "size": size,
                    "moderation": moderation,
                    "background": background,
                    "style": style,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )

    def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
          image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
          model: The model to use for image generation. Only `dall-e-2` is supported at this time.
          n: The number of images to generate. Must be between 1 and 10.
          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
          size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.images_response import ImagesResponse

        return cast(
            "ImagesResponse",
            self._client.call(
                _CREATE_IMAGE_VARIATION,
                body={"model": model, "n": n, "response_format": response_format, "size": size, "user": user},
                files={"image": image},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )


class AsyncImages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncImagesWithStreamingResponse(self)

    @overload
    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ImageEditStreamEvent]: ...

    @overload
    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]: ...

    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        size: str
        | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven
        | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: InputFidelity | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]:
        """Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images. For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, and `gpt-image-2-2026-04-21`), each image should be a `png`, `webp`, or `jpg` file less than 50MB. You can provide up to 16 images. `chatgpt-image-latest` follows the same input constraints as GPT image models. For `dall-e-2`, you can only provide one image, and it should be a square `png` file less than 4MB.
          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.
          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
          background: Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
          model: The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
          n: The number of images to generate. Must be between 1 and 10.
          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`. The default value is `png`.
          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
          input_fidelity: Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
          stream: Edit the image in streaming mode. Defaults to `false`. See the [Image generation guide](/docs/guides/image-generation) for more information.
          partial_images: The number of partial images to generate. This parameter is used for streaming responses that return partial images. Value must be between 0 and 3. When set to 0, the response will be a single image sent in one streaming event. Note that the final image may be sent before the full number of partial images are generated if the full image is generated more quickly.
          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.
        """

        from ..types.images_response import ImagesResponse

        if stream is True:
            from ..types.image_edit_stream_event import ImageEditStreamEvent

            return cast(
                "AsyncStream[ImageEditStreamEvent]",
                await self._client.call_stream(
                    _CREATE_IMAGE_EDIT,
                    body={
                        "prompt": prompt,
                        "background": background,
                        "model": model,
                        "n": n,
                        "size": size,
                        "response_format": response_format,
                        "output_format": output_format,
                        "output_compression": output_compression,
                        "user": user,
                        "input_fidelity": input_fidelity,
                        "stream": stream,
                        "partial_images": partial_images,
                        "quality": quality,
                    },
                    files={"image": image, "mask": mask},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ImageEditStreamEvent,
                ),
            )
        return cast(
            "ImagesResponse | AsyncStream[ImageEditStreamEvent]",
            await self._client.call(
                _CREATE_IMAGE_EDIT,
                body={
                    "prompt": prompt,
                    "background": background,
                    "model": model,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "user": user,
                    "input_fidelity": input_fidelity,
                    "stream": stream,
                    "partial_images": partial_images,
                    "quality": quality,
                },
                files={"image": image, "mask": mask},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )

    @overload
    async def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    async def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ImageEditStreamEvent]: ...

    @overload
    async def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]: ...

    async def edit_json(
        self,
        *,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        images: Sequence[ImageRefParam],
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven | None = NOT_GIVEN,
        size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]:
        """Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          model: The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
          images: Input image references to edit. For GPT image models, you can provide up to 16 images.
          mask: Reference an input image by either URL or uploaded file ID. Provide exactly one of `image_url` or `file_id`.
          prompt: A text description of the desired image edit.
          n: The number of edited images to generate.
          quality: Output quality for GPT image models.
          input_fidelity: Controls fidelity to the original input image(s).
          size: Requested output image size.
          user: A unique identifier representing your end-user, which can help OpenAI monitor and detect abuse.
          output_format: Output image format. Supported for GPT image models.
          output_compression: Compression level for `jpeg` or `webp` output.
          moderation: Moderation level for GPT image models.
          background: Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
          stream: Stream partial image results as events.
          partial_images: The number of partial images to generate. This parameter is used for streaming responses that return partial images. Value must be between 0 and 3. When set to 0, the response will be a single image sent in one streaming event. Note that the final image may be sent before the full number of partial images are generated if the full image is generated more quickly.
        """

        from ..types.images_response import ImagesResponse

        if stream is True:
            from ..types.image_edit_stream_event import ImageEditStreamEvent

            return cast(
                "AsyncStream[ImageEditStreamEvent]",
                await self._client.call_stream(
                    _CREATE_IMAGE_EDIT_JSON,
                    body={
                        "model": model,
                        "images": images,
                        "mask": mask,
                        "prompt": prompt,
                        "n": n,
                        "quality": quality,
                        "input_fidelity": input_fidelity,
                        "size": size,
                        "user": user,
                        "output_format": output_format,
                        "output_compression": output_compression,
                        "moderation": moderation,
                        "background": background,
                        "stream": stream,
                        "partial_images": partial_images,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ImageEditStreamEvent,
                ),
            )
        return cast(
            "ImagesResponse | AsyncStream[ImageEditStreamEvent]",
            await self._client.call(
                _CREATE_IMAGE_EDIT_JSON,
                body={
                    "model": model,
                    "images": images,
                    "mask": mask,
                    "prompt": prompt,
                    "n": n,
                    "quality": quality,
                    "input_fidelity": input_fidelity,
                    "size": size,
                    "user": user,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "moderation": moderation,
                    "background": background,
                    "stream": stream,
                    "partial_images": partial_images,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ImageGenStreamEvent]: ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageGenStreamEvent]: ...

    async def generate(
        self,
        *,
        prompt: str,
        model: str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven | None = NOT_GIVEN,
        output_compression: int | NotGiven | None = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: str
        | Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]
        | NotGiven
        | None = NOT_GIVEN,
        moderation: Literal["low", "auto"] | NotGiven | None = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven | None = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageGenStreamEvent]:
        """Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
          quality: The quality of the image that will be generated. - `auto` (default value) will automatically select the best quality for the given model. - `high`, `medium` and `low` are supported for the GPT image models. - `hd` and `standard` are supported for `dall-e-3`. - `standard` is the only option for `dall-e-2`.
          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
          stream: Generate the image in streaming mode. Defaults to `false`. See the [Image generation guide](/docs/guides/image-generation) for more information. This parameter is only supported for the GPT image models.
          partial_images: The number of partial images to generate. This parameter is used for streaming responses that return partial images. Value must be between 0 and 3. When set to 0, the response will be a single image sent in one streaming event. Note that the final image may be sent before the full number of partial images are generated if the full image is generated more quickly.
          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
          background: Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.images_response import ImagesResponse

        if stream is True:
            from ..types.image_gen_stream_event import ImageGenStreamEvent

            return cast(
                "AsyncStream[ImageGenStreamEvent]",
                await self._client.call_stream(
                    _CREATE_IMAGE,
                    body={
                        "prompt": prompt,
                        "model": model,
                        "n": n,
                        "quality": quality,
                        "response_format": response_format,
                        "output_format": output_format,
                        "output_compression": output_compression,
                        "stream": stream,
                        "partial_images": partial_images,
                        "size": size,
                        "moderation": moderation,
                        "background": background,
                        "style": style,
                        "user": user,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ImageGenStreamEvent,
                ),
            )
        return cast(
            "ImagesResponse | AsyncStream[ImageGenStreamEvent]",
            await self._client.call(
                _CREATE_IMAGE,
                body={
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "stream": stream,
                    "partial_images": partial_images,
                    "size": size,
                    "moderation": moderation,
                    "background": background,
                    "style": style,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )

    async def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven | None = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
          image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
          model: The model to use for image generation. Only `dall-e-2` is supported at this time.
          n: The number of images to generate. Must be between 1 and 10.
          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
          size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.images_response import ImagesResponse

        return cast(
            "ImagesResponse",
            await self._client.call(
                _CREATE_IMAGE_VARIATION,
                body={"model": model, "n": n, "response_format": response_format, "size": size, "user": user},
                files={"image": image},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ImagesResponse,
            ),
        )


class ImagesWithRawResponse(ResourceView):
    _resource: Images

    edit = raw_method(Images.edit)
    edit_json = raw_method(Images.edit_json)
    generate = raw_method(Images.generate)
    create_variation = raw_method(Images.create_variation)


class ImagesWithStreamingResponse(StreamingResourceView):
    _resource: Images

    edit = streamed_method(Images.edit)
    edit_json = streamed_method(Images.edit_json)
    generate = streamed_method(Images.generate)
    create_variation = streamed_method(Images.create_variation)


class AsyncImagesWithRawResponse(ResourceView):
    _resource: AsyncImages

    edit = async_raw_method(AsyncImages.edit)
    edit_json = async_raw_method(AsyncImages.edit_json)
    generate = async_raw_method(AsyncImages.generate)
    create_variation = async_raw_method(AsyncImages.create_variation)


class AsyncImagesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncImages

    edit = async_streamed_method(AsyncImages.edit)
    edit_json = async_streamed_method(AsyncImages.edit_json)
    generate = async_streamed_method(AsyncImages.generate)
    create_variation = async_streamed_method(AsyncImages.create_variation)
