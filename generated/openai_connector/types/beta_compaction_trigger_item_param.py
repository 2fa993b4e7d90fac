# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamModel


class BetaCompactionTriggerItem(BaseModel):
    """Compacts the current context. Must be the final input item."""

    agent: BetaAgentTagParamModel | None = None
    """The agent that produced this item."""

    type: Literal["compaction_trigger"] = Field(default_factory=_missing)
    """The type of the item. Always `compaction_trigger`."""


class BetaCompactionTriggerItemParam(TypedDict, total=False):
    """Compacts the current context. Must be the final input item."""

    agent: BetaAgentTagParam | None
    """The agent that produced this item."""

    type: Required[Literal["compaction_trigger"]]
    """The type of the item. Always `compaction_trigger`."""
