# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeMcpApprovalResponse(BaseModel):
    """A Realtime item responding to an MCP approval request."""

    type: Literal["mcp_approval_response"] = Field(default_factory=_missing)
    """The type of the item. Always `mcp_approval_response`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the approval response."""

    approval_request_id: str = Field(default_factory=_missing)
    """The ID of the approval request being answered."""

    approve: bool = Field(default_factory=_missing)
    """Whether the request was approved."""

    reason: str | None = None
    """Optional reason for the decision."""
