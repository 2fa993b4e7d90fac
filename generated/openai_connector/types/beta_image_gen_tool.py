# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_image_gen_action_enum import BetaImageGenActionEnum
from .beta_input_fidelity import BetaInputFidelity


class BetaImageGenToolInputImageMask(BaseModel):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    image_url: str | None = None
    """Base64-encoded mask image."""

    file_id: str | None = None
    """File ID for the mask image."""


class BetaImageGenTool(BaseModel):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"] = Field(default_factory=_missing)
    """The type of the image generation tool. Always `image_generation`."""

    model: (
        Open[str | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]]
        | None
    ) = None

    quality: Open[Literal["low", "medium", "high", "auto"]] | None = None
    """The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`.
    """

    size: Open[str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"]] | None = None
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."""

    output_format: Open[Literal["png", "webp", "jpeg"]] | None = None
    """The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`.
    """

    output_compression: int | None = None
    """Compression level for the output image. Default: 100."""

    moderation: Open[Literal["auto", "low"]] | None = None
    """Moderation level for the generated image. Default: `auto`."""

    background: Open[Literal["transparent", "opaque", "auto"]] | None = None
    """Set the background of the generated image. One of `transparent`,
    `opaque`, or `auto`. Transparent backgrounds are available for
    supported GPT Image models. For `gpt-image-2` and
    `gpt-image-2-2026-04-21`, this support is in preview. When using
    `transparent`, set the output format to `png` or `webp`. Default: `auto`.
    """

    input_fidelity: BetaInputFidelity | None = None
    """Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`."""

    input_image_mask: BetaImageGenToolInputImageMask | None = None
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    partial_images: int | None = None
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""

    action: BetaImageGenActionEnum | None = None
    """Whether to generate a new image or edit an existing image. Default: `auto`."""


class BetaImageGenToolInputImageMaskParam(TypedDict, total=False):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    image_url: str
    """Base64-encoded mask image."""

    file_id: str
    """File ID for the mask image."""


class BetaImageGenToolParam(TypedDict, total=False):
    """A tool that generates images using the GPT image models."""

    type: Required[Literal["image_generation"]]
    """The type of the image generation tool. Always `image_generation`."""

    model: str | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]

    quality: Literal["low", "medium", "high", "auto"]
    """The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`.
    """

    size: str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."""

    output_format: Literal["png", "webp", "jpeg"]
    """The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`.
    """

    output_compression: int
    """Compression level for the output image. Default: 100."""

    moderation: Literal["auto", "low"]
    """Moderation level for the generated image. Default: `auto`."""

    background: Literal["transparent", "opaque", "auto"]
    """Set the background of the generated image. One of `transparent`,
    `opaque`, or `auto`. Transparent backgrounds are available for
    supported GPT Image models. For `gpt-image-2` and
    `gpt-image-2-2026-04-21`, this support is in preview. When using
    `transparent`, set the output format to `png` or `webp`. Default: `auto`.
    """

    input_fidelity: BetaInputFidelity | None
    """Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`."""

    input_image_mask: BetaImageGenToolInputImageMaskParam
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    partial_images: int
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""

    action: BetaImageGenActionEnum
    """Whether to generate a new image or edit an existing image. Default: `auto`."""
