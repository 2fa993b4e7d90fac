# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from .message_content_image_file_object import MessageContentImageFileObject
from .message_content_image_url_object import MessageContentImageUrlObject
from .message_content_refusal_object import MessageContentRefusalObject
from .message_content_text_object import MessageContentTextObject
from .metadata import Metadata


class MessageObjectAttachmentsListItem(BaseModel):
    file_id: str | None = None
    """The ID of the file to attach to the message."""

    tools: (
        list[
            Open[
                Annotated[
                    Annotated[AssistantToolsCode, Tag("code_interpreter")]
                    | Annotated[AssistantToolsFileSearchTypeOnly, Tag("file_search")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None
    """The tools to add this file to."""


class MessageObjectIncompleteDetails(BaseModel):
    """On an incomplete message, details about why the message is incomplete."""

    reason: Open[Literal["content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"]] = Field(
        default_factory=_missing
    )
    """The reason the message is incomplete."""


class MessageObject(BaseModel):
    """Represents a message within a [thread](/docs/api-reference/threads)."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.message"] = Field(default_factory=_missing)
    """The object type, which is always `thread.message`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the message was created."""

    thread_id: str = Field(default_factory=_missing)
    """The [thread](/docs/api-reference/threads) ID that this message belongs to."""

    status: Open[Literal["in_progress", "incomplete", "completed"]] = Field(default_factory=_missing)
    """The status of the message, which can be either `in_progress`, `incomplete`, or `completed`."""

    incomplete_details: MessageObjectIncompleteDetails | None = None
    """On an incomplete message, details about why the message is incomplete."""

    completed_at: int | None = None
    """The Unix timestamp (in seconds) for when the message was completed."""

    incomplete_at: int | None = None
    """The Unix timestamp (in seconds) for when the message was marked as incomplete."""

    role: Open[Literal["user", "assistant"]] = Field(default_factory=_missing)
    """The entity that produced the message. One of `user` or `assistant`."""

    content: list[
        Open[
            Annotated[
                Annotated[MessageContentImageFileObject, Tag("image_file")]
                | Annotated[MessageContentImageUrlObject, Tag("image_url")]
                | Annotated[MessageContentTextObject, Tag("text")]
                | Annotated[MessageContentRefusalObject, Tag("refusal")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """The content of the message in array of text and/or images."""

    assistant_id: str | None = None
    """If applicable, the ID of the [assistant](/docs/api-reference/assistants) that authored this message."""

    run_id: str | None = None
    """The ID of the [run](/docs/api-reference/runs) associated with the creation of this message. Value is `null` when messages are created manually using the create message or create thread endpoints."""

    attachments: list[MessageObjectAttachmentsListItem] | None = None
    """A list of files attached to the message, and the tools they were added to."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
