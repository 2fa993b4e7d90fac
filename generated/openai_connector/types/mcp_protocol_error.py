# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class McpProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"] = Field(default_factory=_missing)

    code: int = Field(default_factory=_missing)

    message: str = Field(default_factory=_missing)


class McpProtocolErrorParam(TypedDict, total=False):
    type: Required[Literal["mcp_protocol_error"]]

    code: Required[int]

    message: Required[str]
