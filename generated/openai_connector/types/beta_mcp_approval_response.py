# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam


class BetaMcpApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["mcp_approval_response"] = Field(default_factory=_missing)
    """The type of the item. Always `mcp_approval_response`."""

    id: str | None = None
    """The unique ID of the approval response"""

    approval_request_id: str = Field(default_factory=_missing)
    """The ID of the approval request being answered."""

    approve: bool = Field(default_factory=_missing)
    """Whether the request was approved."""

    reason: str | None = None
    """Optional reason for the decision."""


class BetaMcpApprovalResponseParam(TypedDict, total=False):
    """A response to an MCP approval request."""

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    type: Required[Literal["mcp_approval_response"]]
    """The type of the item. Always `mcp_approval_response`."""

    id: str | None
    """The unique ID of the approval response"""

    approval_request_id: Required[str]
    """The ID of the approval request being answered."""

    approve: Required[bool]
    """Whether the request was approved."""

    reason: str | None
    """Optional reason for the decision."""
