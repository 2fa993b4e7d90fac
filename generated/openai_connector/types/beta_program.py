# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaProgram(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["program"] = Field(default_factory=_missing)
    """The type of the item. Always `program`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the program item."""

    call_id: str = Field(default_factory=_missing)
    """The stable call ID of the program item."""

    code: str = Field(default_factory=_missing)
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: str = Field(default_factory=_missing)
    """Opaque program replay fingerprint that must be round-tripped."""
