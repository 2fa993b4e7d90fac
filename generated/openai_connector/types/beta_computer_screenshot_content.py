# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_image_detail import BetaImageDetail
from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig


class BetaComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"] = Field(default_factory=_missing)
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: str | None = None
    """The URL of the screenshot image."""

    file_id: str | None = None
    """The identifier of an uploaded file that contains the screenshot."""

    detail: BetaImageDetail = Field(default_factory=_missing)
    """The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""

    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
