# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaAgentTagParamModel(BaseModel):
    """The agent that produced this item."""

    agent_name: str = Field(default_factory=_missing)
    """The canonical name of the agent that produced this item."""


class BetaAgentTagParam(TypedDict, total=False):
    """The agent that produced this item."""

    agent_name: Required[str]
    """The canonical name of the agent that produced this item."""
