# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .computer_action import ComputerAction, ComputerActionParam
from .computer_action_list import ComputerActionList, ComputerActionListParam
from .computer_call_safety_check_param import ComputerCallSafetyCheck, ComputerCallSafetyCheckParam


class ComputerToolCall(BaseModel):
    """A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information.
    """

    type: Literal["computer_call"] = Field(default_factory=_missing)
    """The type of the computer call. Always `computer_call`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the computer call."""

    call_id: str = Field(default_factory=_missing)
    """An identifier used when responding to the tool call with output."""

    action: ComputerAction | None = None

    actions: ComputerActionList | None = None
    """Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields.
    """

    pending_safety_checks: list[ComputerCallSafetyCheck] = Field(default_factory=_missing)
    """The pending safety checks for the computer call."""

    status: Open[Literal["in_progress", "completed", "incomplete"]] = Field(default_factory=_missing)
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class ComputerToolCallParam(TypedDict, total=False):
    """A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information.
    """

    type: Required[Literal["computer_call"]]
    """The type of the computer call. Always `computer_call`."""

    id: Required[str]
    """The unique ID of the computer call."""

    call_id: Required[str]
    """An identifier used when responding to the tool call with output."""

    action: ComputerActionParam

    actions: ComputerActionListParam
    """Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields.
    """

    pending_safety_checks: Required[Sequence[ComputerCallSafetyCheckParam]]
    """The pending safety checks for the computer call."""

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """
