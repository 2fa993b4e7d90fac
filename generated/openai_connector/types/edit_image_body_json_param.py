# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .image_ref_param import ImageRef, ImageRefParam
from .partial_images import PartialImages


class EditImageBodyJson(BaseModel):
    """JSON request body for image edits.

    Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
    You can reference images via external URLs, data URLs, or uploaded file IDs.
    JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2` only).
    """

    model: (
        Open[
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
        ]
        | None
    ) = None
    """The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`."""

    images: list[ImageRef] = Field(default_factory=_missing)
    """Input image references to edit.
    For GPT image models, you can provide up to 16 images.
    """

    mask: ImageRef | None = None
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    prompt: str = Field(default_factory=_missing)
    """A text description of the desired image edit."""

    n: int | None = None
    """The number of edited images to generate."""

    quality: Open[Literal["low", "medium", "high", "auto"]] | None = None
    """Output quality for GPT image models."""

    input_fidelity: Open[Literal["high", "low"]] | None = None
    """Controls fidelity to the original input image(s)."""

    size: Open[Literal["auto", "1024x1024", "1536x1024", "1024x1536"]] | None = None
    """Requested output image size."""

    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse.
    """

    output_format: Open[Literal["png", "jpeg", "webp"]] | None = None
    """Output image format. Supported for GPT image models."""

    output_compression: int | None = None
    """Compression level for `jpeg` or `webp` output."""

    moderation: Open[Literal["low", "auto"]] | None = None
    """Moderation level for GPT image models."""

    background: Open[Literal["transparent", "opaque", "auto"]] | None = None
    """Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`."""

    stream: bool | None = None
    """Stream partial image results as events."""

    partial_images: PartialImages | None = None
    """The number of partial images to generate. This parameter is used for
    streaming responses that return partial images. Value must be between 0 and 3.
    When set to 0, the response will be a single image sent in one streaming event.

    Note that the final image may be sent before the full number of partial images
    are generated if the full image is generated more quickly.
    """


class EditImageBodyJsonParam(TypedDict, total=False):
    """JSON request body for image edits.

    Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
    You can reference images via external URLs, data URLs, or uploaded file IDs.
    JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2` only).
    """

    model: (
        str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | None
    )
    """The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`."""

    images: Required[Sequence[ImageRefParam]]
    """Input image references to edit.
    For GPT image models, you can provide up to 16 images.
    """

    mask: ImageRefParam
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    prompt: Required[str]
    """A text description of the desired image edit."""

    n: int | None
    """The number of edited images to generate."""

    quality: Literal["low", "medium", "high", "auto"] | None
    """Output quality for GPT image models."""

    input_fidelity: Literal["high", "low"] | None
    """Controls fidelity to the original input image(s)."""

    size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | None
    """Requested output image size."""

    user: str
    """A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse.
    """

    output_format: Literal["png", "jpeg", "webp"] | None
    """Output image format. Supported for GPT image models."""

    output_compression: int | None
    """Compression level for `jpeg` or `webp` output."""

    moderation: Literal["low", "auto"] | None
    """Moderation level for GPT image models."""

    background: Literal["transparent", "opaque", "auto"] | None
    """Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`."""

    stream: bool | None
    """Stream partial image results as events."""

    partial_images: PartialImages
    """The number of partial images to generate. This parameter is used for
    streaming responses that return partial images. Value must be between 0 and 3.
    When set to 0, the response will be a single image sent in one streaming event.

    Note that the final image may be sent before the full number of partial images
    are generated if the full image is generated more quickly.
    """
