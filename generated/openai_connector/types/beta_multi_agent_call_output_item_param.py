# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamModel
from .beta_multi_agent_action_name import BetaMultiAgentActionName
from .beta_output_text_content_param import BetaOutputTextContentParam, BetaOutputTextContentParamModel


class BetaMultiAgentCallOutputItem(BaseModel):
    agent: BetaAgentTagParamModel | None = None
    """The agent that produced this item."""

    id: str | None = None
    """The unique ID of this multi-agent call output."""

    call_id: str = Field(default_factory=_missing)
    """The unique ID of the multi-agent call."""

    type: Literal["multi_agent_call_output"] = Field(default_factory=_missing)
    """The item type. Always `multi_agent_call_output`."""

    action: BetaMultiAgentActionName = Field(default_factory=_missing)
    """The multi-agent action that produced this result."""

    output: list[BetaOutputTextContentParamModel] = Field(default_factory=_missing)
    """Text output returned by the multi-agent action."""


class BetaMultiAgentCallOutputItemParam(TypedDict, total=False):
    agent: BetaAgentTagParam | None
    """The agent that produced this item."""

    id: str | None
    """The unique ID of this multi-agent call output."""

    call_id: Required[str]
    """The unique ID of the multi-agent call."""

    type: Required[Literal["multi_agent_call_output"]]
    """The item type. Always `multi_agent_call_output`."""

    action: Required[BetaMultiAgentActionName]
    """The multi-agent action that produced this result."""

    output: Required[Sequence[BetaOutputTextContentParam]]
    """Text output returned by the multi-agent action."""
