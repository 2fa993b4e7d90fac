# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventConversationItemTruncated(BaseModel):
    """Returned when an earlier assistant audio message item is truncated by the
    client with a `conversation.item.truncate` event. This event is used to
    synchronize the server's understanding of the audio with the client's playback.

    This action will truncate the audio and remove the server-side text transcript
    to ensure there is no text in the context that hasn't been heard by the user.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["conversation.item.truncated"] = Field(default_factory=_missing)
    """The event type, must be `conversation.item.truncated`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the assistant message item that was truncated."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that was truncated."""

    audio_end_ms: int = Field(default_factory=_missing)
    """The duration up to which the audio was truncated, in milliseconds."""
