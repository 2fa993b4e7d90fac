# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .computer_call_output_status import ComputerCallOutputStatus
from .computer_call_safety_check_param import ComputerCallSafetyCheck
from .computer_screenshot_image import ComputerScreenshotImage


class ComputerToolCallOutputResource(BaseModel):
    type: Literal["computer_call_output"] = Field(default_factory=_missing)
    """The type of the computer tool call output. Always `computer_call_output`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the computer call tool output."""

    call_id: str = Field(default_factory=_missing)
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: list[ComputerCallSafetyCheck] | None = None
    """The safety checks reported by the API that have been acknowledged by the
    developer.
    """

    output: ComputerScreenshotImage = Field(default_factory=_missing)
    """A computer screenshot image used with the computer use tool."""

    status: ComputerCallOutputStatus = Field(default_factory=_missing)
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """

    created_by: str | None = None
    """The identifier of the actor that created the item."""
