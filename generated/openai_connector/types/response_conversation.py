# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseConversation(BaseModel):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the conversation that this response was associated with."""
