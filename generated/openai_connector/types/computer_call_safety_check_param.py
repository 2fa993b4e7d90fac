# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ComputerCallSafetyCheck(BaseModel):
    """A pending safety check for the computer call."""

    id: str = Field(default_factory=_missing)
    """The ID of the pending safety check."""

    code: str | None = None
    """The type of the pending safety check."""

    message: str | None = None
    """Details about the pending safety check."""


class ComputerCallSafetyCheckParam(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""

    code: str | None
    """The type of the pending safety check."""

    message: str | None
    """Details about the pending safety check."""
