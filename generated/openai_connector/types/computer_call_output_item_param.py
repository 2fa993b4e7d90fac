# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .computer_call_safety_check_param import ComputerCallSafetyCheck, ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage, ComputerScreenshotImageParam
from .function_call_item_status import FunctionCallItemStatus


class ComputerCallOutputItem(BaseModel):
    """The output of a computer tool call."""

    id: str | None = None
    """The ID of the computer tool call output."""

    call_id: str = Field(default_factory=_missing)
    """The ID of the computer tool call that produced the output."""

    type: Literal["computer_call_output"] = Field(default_factory=_missing)
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: ComputerScreenshotImage = Field(default_factory=_missing)
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: list[ComputerCallSafetyCheck] | None = None
    """The safety checks reported by the API that have been acknowledged by the developer."""

    status: FunctionCallItemStatus | None = None
    """The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items are returned via API."""


class ComputerCallOutputItemParam(TypedDict, total=False):
    """The output of a computer tool call."""

    id: str | None
    """The ID of the computer tool call output."""

    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""

    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: Required[ComputerScreenshotImageParam]
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Sequence[ComputerCallSafetyCheckParam] | None
    """The safety checks reported by the API that have been acknowledged by the developer."""

    status: FunctionCallItemStatus | None
    """The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items are returned via API."""
