# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateVideoRemixBody(BaseModel):
    """Parameters for remixing an existing generated video."""

    prompt: str = Field(default_factory=_missing)
    """Updated text prompt that directs the remix generation."""


class CreateVideoRemixBodyParam(TypedDict, total=False):
    """Parameters for remixing an existing generated video."""

    prompt: Required[str]
    """Updated text prompt that directs the remix generation."""
