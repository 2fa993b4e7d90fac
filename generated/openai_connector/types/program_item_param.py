# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProgramItem(BaseModel):
    id: str = Field(default_factory=_missing)
    """The unique ID of this program item."""

    type: Literal["program"] = Field(default_factory=_missing)
    """The item type. Always `program`."""

    call_id: str = Field(default_factory=_missing)
    """The stable call ID of the program item."""

    code: str = Field(default_factory=_missing)
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: str = Field(default_factory=_missing)
    """Opaque program replay fingerprint that must be round-tripped."""


class ProgramItemParam(TypedDict, total=False):
    id: Required[str]
    """The unique ID of this program item."""

    type: Required[Literal["program"]]
    """The item type. Always `program`."""

    call_id: Required[str]
    """The stable call ID of the program item."""

    code: Required[str]
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: Required[str]
    """Opaque program replay fingerprint that must be round-tripped."""
