# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ConversationReference(BaseModel):
    """The conversation that this response belongs to."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the conversation."""


class ConversationReferenceParam(TypedDict, total=False):
    """The conversation that this response belongs to."""

    id: Required[str]
    """The unique ID of the conversation."""
