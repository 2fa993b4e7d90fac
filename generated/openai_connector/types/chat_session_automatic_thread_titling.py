# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatSessionAutomaticThreadTitling(BaseModel):
    """Automatic thread title preferences for the session."""

    enabled: bool = Field(default_factory=_missing)
    """Whether automatic thread titling is enabled."""
