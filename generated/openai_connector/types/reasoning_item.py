# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .reasoning_text_content import ReasoningTextContent, ReasoningTextContentParam
from .summary_text_content import SummaryTextContent, SummaryTextContentParam


class ReasoningItem(BaseModel):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state).
    """

    type: Literal["reasoning"] = Field(default_factory=_missing)
    """The type of the object. Always `reasoning`."""

    id: str = Field(default_factory=_missing)
    """The unique identifier of the reasoning content."""

    encrypted_content: str | None = None
    """The encrypted content of the reasoning item. This is populated by default
    for reasoning items returned by `POST /v1/responses` and WebSocket
    `response.create` requests.

    When streaming, use the completed reasoning item and its
    `encrypted_content` from the `response.output_item.done` event in
    subsequent requests. The `encrypted_content` in
    `response.output_item.added` may be incomplete. This is especially
    important when `store` is `false` or when using Zero Data Retention.
    """

    summary: list[SummaryTextContent] = Field(default_factory=_missing)
    """Reasoning summary content."""

    content: list[ReasoningTextContent] | None = None
    """Reasoning text content."""

    status: Open[Literal["in_progress", "completed", "incomplete"]] | None = None
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class ReasoningItemParam(TypedDict, total=False):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state).
    """

    type: Required[Literal["reasoning"]]
    """The type of the object. Always `reasoning`."""

    id: Required[str]
    """The unique identifier of the reasoning content."""

    encrypted_content: str | None
    """The encrypted content of the reasoning item. This is populated by default
    for reasoning items returned by `POST /v1/responses` and WebSocket
    `response.create` requests.

    When streaming, use the completed reasoning item and its
    `encrypted_content` from the `response.output_item.done` event in
    subsequent requests. The `encrypted_content` in
    `response.output_item.added` may be incomplete. This is especially
    important when `store` is `false` or when using Zero Data Retention.
    """

    summary: Required[Sequence[SummaryTextContentParam]]
    """Reasoning summary content."""

    content: Sequence[ReasoningTextContentParam]
    """Reasoning text content."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """
