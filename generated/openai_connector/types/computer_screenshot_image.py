# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ComputerScreenshotImage(BaseModel):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"] = Field(default_factory=_missing)
    """Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
    """

    image_url: str | None = None
    """The URL of the screenshot image."""

    file_id: str | None = None
    """The identifier of an uploaded file that contains the screenshot."""


class ComputerScreenshotImageParam(TypedDict, total=False):
    """A computer screenshot image used with the computer use tool."""

    type: Required[Literal["computer_screenshot"]]
    """Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
    """

    image_url: str
    """The URL of the screenshot image."""

    file_id: str
    """The identifier of an uploaded file that contains the screenshot."""
