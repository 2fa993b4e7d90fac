# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .message_phase import MessagePhase
from .output_message_content import OutputMessageContent, OutputMessageContentParam


class OutputMessage(BaseModel):
    """An output message from the model."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the output message."""

    type: Literal["message"] = Field(default_factory=_missing)
    """The type of the output message. Always `message`."""

    role: Literal["assistant"] = Field(default_factory=_missing)
    """The role of the output message. Always `assistant`."""

    content: list[OutputMessageContent] = Field(default_factory=_missing)
    """The content of the output message."""

    phase: MessagePhase | None = None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    status: Open[Literal["in_progress", "completed", "incomplete"]] = Field(default_factory=_missing)
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """


class OutputMessageParam(TypedDict, total=False):
    """An output message from the model."""

    id: Required[str]
    """The unique ID of the output message."""

    type: Required[Literal["message"]]
    """The type of the output message. Always `message`."""

    role: Required[Literal["assistant"]]
    """The role of the output message. Always `assistant`."""

    content: Required[Sequence[OutputMessageContentParam]]
    """The content of the output message."""

    phase: MessagePhase | None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """
