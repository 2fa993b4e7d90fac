# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaMcpToolExecutionError(BaseModel):
    type: Literal["mcp_tool_execution_error"]

    content: Any


class BetaMcpToolExecutionErrorParam(TypedDict, total=False):
    type: Required[Literal["mcp_tool_execution_error"]]

    content: Required[Any]
