# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Discriminator, Tag

from ..lib._models import BaseModel, Open, tag_of
from .attachment import Attachment
from .inference_options import InferenceOptions
from .user_message_input_text import UserMessageInputText
from .user_message_quoted_text import UserMessageQuotedText


class UserMessageItem(BaseModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]

    content: list[
        Open[
            Annotated[
                Annotated[UserMessageInputText, Tag("input_text")]
                | Annotated[UserMessageQuotedText, Tag("quoted_text")],
                Discriminator(tag_of("type")),
            ]
        ]
    ]
    """Ordered content elements supplied by the user."""

    attachments: list[Attachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: InferenceOptions | None = None
