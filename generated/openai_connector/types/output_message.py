# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from .message_phase import MessagePhase
from .output_message_content import OutputMessageContent, OutputMessageContentParam


class OutputMessage(BaseModel):
    """An output message from the model."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: list[OutputMessageContent]
    """The content of the output message."""

    phase: MessagePhase | None = None

    status: Open[Literal["in_progress", "completed", "incomplete"]]
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

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """
