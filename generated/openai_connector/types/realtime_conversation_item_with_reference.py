# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from ..lib._models import BaseModel, Open


class RealtimeConversationItemWithReferenceContentItem(BaseModel):
    type: 'Open[Literal["input_audio", "input_text", "item_reference", "text"]] | None' = None
    """The content type (`input_text`, `input_audio`, `item_reference`, `text`)."""

    text: str | None = None
    """The text content, used for `input_text` and `text` content types."""

    id: str | None = None
    """ID of a previous conversation item to reference (for `item_reference`
    content types in `response.create` events). These can reference both
    client and server created items.
    """

    audio: str | None = None
    """Base64-encoded audio bytes, used for `input_audio` content type."""

    transcript: str | None = None
    """The transcript of the audio, used for `input_audio` content type."""


class RealtimeConversationItemWithReference(BaseModel):
    """The item to add to the conversation."""

    id: str | None = None
    """For an item of type (`message` | `function_call` | `function_call_output`)
    this field allows the client to assign the unique ID of the item. It is
    not required because the server will generate one if not provided.

    For an item of type `item_reference`, this field is required and is a
    reference to any item that has previously existed in the conversation.
    """

    type: Open[Literal["message", "function_call", "function_call_output"]] | None = None
    """The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`)."""

    object: Literal["realtime.item"] | None = None
    """Identifier for the API object being returned - always `realtime.item`."""

    status: Open[Literal["completed", "incomplete", "in_progress"]] | None = None
    """The status of the item (`completed`, `incomplete`, `in_progress`). These have no effect
    on the conversation, but are accepted for consistency with the
    `conversation.item.created` event.
    """

    role: Open[Literal["user", "assistant", "system"]] | None = None
    """The role of the message sender (`user`, `assistant`, `system`), only
    applicable for `message` items.
    """

    content: list[RealtimeConversationItemWithReferenceContentItem] | None = None
    """The content of the message, applicable for `message` items.
    - Message items of role `system` support only `input_text` content
    - Message items of role `user` support `input_text` and `input_audio`
      content
    - Message items of role `assistant` support `text` content.
    """

    call_id: str | None = None
    """The ID of the function call (for `function_call` and
    `function_call_output` items). If passed on a `function_call_output`
    item, the server will check that a `function_call` item with the same
    ID exists in the conversation history.
    """

    name: str | None = None
    """The name of the function being called (for `function_call` items)."""

    arguments: str | None = None
    """The arguments of the function call (for `function_call` items)."""

    output: str | None = None
    """The output of the function call (for `function_call_output` items)."""
