# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_message_role import BetaMessageRole
from .beta_tool import BetaTool


class BetaAdditionalTools(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["additional_tools"] = Field(default_factory=_missing)
    """The type of the item. Always `additional_tools`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the additional tools item."""

    role: BetaMessageRole = Field(default_factory=_missing)
    """The role that provided the additional tools."""

    tools: list[BetaTool] = Field(default_factory=_missing)
    """The additional tool definitions made available at this item."""
