# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VideoReferenceInput(BaseModel):
    """Reference to the completed video."""

    id: str = Field(default_factory=_missing)
    """The identifier of the completed video."""


class VideoReferenceInputParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""
