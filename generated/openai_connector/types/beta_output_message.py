# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam
from .beta_message_phase import BetaMessagePhase
from .beta_output_message_content import BetaOutputMessageContent, BetaOutputMessageContentParam


class BetaOutputMessage(BaseModel):
    """An output message from the model."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the output message."""

    type: Literal["message"] = Field(default_factory=_missing)
    """The type of the output message. Always `message`."""

    role: Literal["assistant"] = Field(default_factory=_missing)
    """The role of the output message. Always `assistant`."""

    content: list[BetaOutputMessageContent] = Field(default_factory=_missing)
    """The content of the output message."""

    phase: BetaMessagePhase | None = None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    status: Open[Literal["in_progress", "completed", "incomplete"]] = Field(default_factory=_missing)
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """


class BetaOutputMessageParam(TypedDict, total=False):
    """An output message from the model."""

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    id: Required[str]
    """The unique ID of the output message."""

    type: Required[Literal["message"]]
    """The type of the output message. Always `message`."""

    role: Required[Literal["assistant"]]
    """The role of the output message. Always `assistant`."""

    content: Required[Sequence[BetaOutputMessageContentParam]]
    """The content of the output message."""

    phase: BetaMessagePhase | None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """
