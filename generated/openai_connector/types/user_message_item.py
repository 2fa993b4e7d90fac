# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .attachment import Attachment
from .inference_options import InferenceOptions
from .user_message_input_text import UserMessageInputText
from .user_message_quoted_text import UserMessageQuotedText


class UserMessageItem(BaseModel):
    """User-authored messages within a thread."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str = Field(default_factory=_missing)
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"] = Field(default_factory=_missing)

    content: 'list[Open[Annotated[Annotated[UserMessageInputText, Tag("input_text")] | Annotated[UserMessageQuotedText, Tag("quoted_text")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """Ordered content elements supplied by the user."""

    attachments: list[Attachment] = Field(default_factory=_missing)
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: InferenceOptions | None = None
    """Inference overrides applied to the message. Defaults to null when unset."""
