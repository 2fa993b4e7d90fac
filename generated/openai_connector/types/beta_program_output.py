# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_program_output_status import BetaProgramOutputStatus


class BetaProgramOutput(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["program_output"] = Field(default_factory=_missing)
    """The type of the item. Always `program_output`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the program output item."""

    call_id: str = Field(default_factory=_missing)
    """The call ID of the program item."""

    result: str = Field(default_factory=_missing)
    """The result produced by the program item."""

    status: BetaProgramOutputStatus = Field(default_factory=_missing)
    """The terminal status of the program output item."""
