# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_multi_agent_action import BetaMultiAgentAction


class BetaMultiAgentCall(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["multi_agent_call"] = Field(default_factory=_missing)
    """The type of the multi-agent call. Always `multi_agent_call`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the multi-agent call item."""

    call_id: str = Field(default_factory=_missing)
    """The unique ID linking this call to its output."""

    action: BetaMultiAgentAction = Field(default_factory=_missing)
    """The multi-agent action to execute."""

    arguments: str = Field(default_factory=_missing)
    """The JSON string of arguments generated for the action."""
