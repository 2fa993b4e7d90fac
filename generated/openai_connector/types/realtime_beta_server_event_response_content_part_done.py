# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class RealtimeBetaServerEventResponseContentPartDonePart(BaseModel):
    """The content part that is done."""

    type: 'Open[Literal["audio", "text"]] | None' = None
    """The content type ("text", "audio")."""

    text: str | None = None
    """The text content (if type is "text")."""

    audio: str | None = None
    """Base64-encoded audio data (if type is "audio")."""

    transcript: str | None = None
    """The transcript of the audio (if type is "audio")."""


class RealtimeBetaServerEventResponseContentPartDone(BaseModel):
    """Returned when a content part is done streaming in an assistant message item.
    Also emitted when a Response is interrupted, incomplete, or cancelled.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.content_part.done"] = Field(default_factory=_missing)
    """The event type, must be `response.content_part.done`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part in the item's content array."""

    part: RealtimeBetaServerEventResponseContentPartDonePart = Field(default_factory=_missing)
    """The content part that is done."""
