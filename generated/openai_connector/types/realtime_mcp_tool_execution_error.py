# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeMcpToolExecutionError(BaseModel):
    """Realtime MCP tool execution error"""

    type: Literal["tool_execution_error"] = Field(default_factory=_missing)

    message: str = Field(default_factory=_missing)
