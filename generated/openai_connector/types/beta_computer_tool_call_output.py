# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_computer_call_safety_check_param import BetaComputerCallSafetyCheck
from .beta_computer_screenshot_image import BetaComputerScreenshotImage


class BetaComputerToolCallOutput(BaseModel):
    """The output of a computer tool call."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["computer_call_output"] = Field(default_factory=_missing)
    """The type of the computer tool call output. Always `computer_call_output`."""

    id: str | None = None
    """The ID of the computer tool call output."""

    call_id: str = Field(default_factory=_missing)
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: list[BetaComputerCallSafetyCheck] | None = None
    """The safety checks reported by the API that have been acknowledged by the
    developer.
    """

    output: BetaComputerScreenshotImage = Field(default_factory=_missing)
    """A computer screenshot image used with the computer use tool."""

    status: Open[Literal["in_progress", "completed", "incomplete"]] | None = None
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """
