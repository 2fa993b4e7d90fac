# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDeltaStepDetailsToolCallsFileSearchObject(BaseModel):
    """File search tool call"""

    index: int = Field(default_factory=_missing)
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call object."""

    type: 'Literal["file_search"]' = Field(default_factory=_missing)
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: dict[str, builtins.object] = Field(default_factory=_missing)
    """For now, this is always going to be an empty object."""
