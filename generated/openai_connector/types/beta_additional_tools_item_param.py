# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamModel
from .beta_tool import BetaTool, BetaToolParam


class BetaAdditionalToolsItem(BaseModel):
    agent: BetaAgentTagParamModel | None = None
    """The agent that produced this item."""

    id: str | None = None
    """The unique ID of this additional tools item."""

    type: Literal["additional_tools"] = Field(default_factory=_missing)
    """The item type. Always `additional_tools`."""

    role: Literal["developer"] = Field(default_factory=_missing)
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: list[BetaTool] = Field(default_factory=_missing)
    """A list of additional tools made available at this item."""


class BetaAdditionalToolsItemParam(TypedDict, total=False):
    agent: BetaAgentTagParam | None
    """The agent that produced this item."""

    id: str | None
    """The unique ID of this additional tools item."""

    type: Required[Literal["additional_tools"]]
    """The item type. Always `additional_tools`."""

    role: Required[Literal["developer"]]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: Required[Sequence[BetaToolParam]]
    """A list of additional tools made available at this item."""
