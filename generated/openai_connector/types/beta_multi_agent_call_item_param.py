# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamModel
from .beta_multi_agent_action_name import BetaMultiAgentActionName


class BetaMultiAgentCallItem(BaseModel):
    agent: BetaAgentTagParamModel | None = None
    """The agent that produced this item."""

    id: str | None = None
    """The unique ID of this multi-agent call."""

    call_id: str = Field(default_factory=_missing)
    """The unique ID linking this call to its output."""

    type: Literal["multi_agent_call"] = Field(default_factory=_missing)
    """The item type. Always `multi_agent_call`."""

    action: BetaMultiAgentActionName = Field(default_factory=_missing)
    """The multi-agent action that was executed."""

    arguments: str = Field(default_factory=_missing)
    """The action arguments as a JSON string."""


class BetaMultiAgentCallItemParam(TypedDict, total=False):
    agent: BetaAgentTagParam | None
    """The agent that produced this item."""

    id: str | None
    """The unique ID of this multi-agent call."""

    call_id: Required[str]
    """The unique ID linking this call to its output."""

    type: Required[Literal["multi_agent_call"]]
    """The item type. Always `multi_agent_call`."""

    action: Required[BetaMultiAgentActionName]
    """The multi-agent action that was executed."""

    arguments: Required[str]
    """The action arguments as a JSON string."""
