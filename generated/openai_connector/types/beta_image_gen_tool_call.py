# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam


class BetaImageGenToolCall(BaseModel):
    """An image generation request made by the model."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["image_generation_call"] = Field(default_factory=_missing)
    """The type of the image generation call. Always `image_generation_call`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the image generation call."""

    status: Open[Literal["in_progress", "completed", "generating", "failed"]] = Field(default_factory=_missing)
    """The status of the image generation call."""

    result: str | None = None
    """The generated image encoded in base64."""


class BetaImageGenToolCallParam(TypedDict, total=False):
    """An image generation request made by the model."""

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    type: Required[Literal["image_generation_call"]]
    """The type of the image generation call. Always `image_generation_call`."""

    id: Required[str]
    """The unique ID of the image generation call."""

    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    """The status of the image generation call."""

    result: Required[str | None]
    """The generated image encoded in base64."""
