# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .computer_environment import ComputerEnvironment


class ComputerUsePreviewTool(BaseModel):
    """A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use)."""

    type: Literal["computer_use_preview"] = Field(default_factory=_missing)
    """The type of the computer use tool. Always `computer_use_preview`."""

    environment: ComputerEnvironment = Field(default_factory=_missing)
    """The type of computer environment to control."""

    display_width: int = Field(default_factory=_missing)
    """The width of the computer display."""

    display_height: int = Field(default_factory=_missing)
    """The height of the computer display."""


class ComputerUsePreviewToolParam(TypedDict, total=False):
    """A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use)."""

    type: Required[Literal["computer_use_preview"]]
    """The type of the computer use tool. Always `computer_use_preview`."""

    environment: Required[ComputerEnvironment]
    """The type of computer environment to control."""

    display_width: Required[int]
    """The width of the computer display."""

    display_height: Required[int]
    """The height of the computer display."""
