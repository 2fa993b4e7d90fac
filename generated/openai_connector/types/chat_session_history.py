# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatSessionHistory(BaseModel):
    """History retention preferences returned for the session."""

    enabled: bool = Field(default_factory=_missing)
    """Indicates if chat history is persisted for the session."""

    recent_threads: int | None = None
    """Number of prior threads surfaced in history views. Defaults to null when all history is retained."""
