# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class McpProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"]

    code: int

    message: str


class McpProtocolErrorParam(TypedDict, total=False):
    type: Required[Literal["mcp_protocol_error"]]

    code: Required[int]

    message: Required[str]
