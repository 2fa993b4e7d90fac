# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
from .chat_session_file_upload import ChatSessionFileUpload
from .chat_session_history import ChatSessionHistory


class ChatSessionChatkitConfiguration(BaseModel):
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling = Field(default_factory=_missing)
    """Automatic thread titling preferences."""

    file_upload: ChatSessionFileUpload = Field(default_factory=_missing)
    """Upload settings for the session."""

    history: ChatSessionHistory = Field(default_factory=_missing)
    """History retention configuration."""
