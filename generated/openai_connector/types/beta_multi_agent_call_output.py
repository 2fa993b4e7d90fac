# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_multi_agent_action import BetaMultiAgentAction
from .beta_output_text_content import BetaOutputTextContent


class BetaMultiAgentCallOutput(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["multi_agent_call_output"] = Field(default_factory=_missing)
    """The type of the multi-agent result. Always `multi_agent_call_output`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the multi-agent call output item."""

    call_id: str = Field(default_factory=_missing)
    """The unique ID of the multi-agent call."""

    action: BetaMultiAgentAction = Field(default_factory=_missing)
    """The multi-agent action that produced this result."""

    output: list[BetaOutputTextContent] = Field(default_factory=_missing)
    """Text output returned by the multi-agent action."""
