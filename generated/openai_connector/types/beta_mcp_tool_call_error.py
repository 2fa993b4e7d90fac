# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_http_error import BetaHttpError, BetaHttpErrorParam
from .beta_mcp_protocol_error import BetaMcpProtocolError, BetaMcpProtocolErrorParam
from .beta_mcp_tool_execution_error import BetaMcpToolExecutionError, BetaMcpToolExecutionErrorParam

BetaMcpToolCallError: TypeAlias = Open[
    Annotated[
        Annotated[BetaMcpProtocolError, Tag("mcp_protocol_error")]
        | Annotated[BetaMcpToolExecutionError, Tag("mcp_tool_execution_error")]
        | Annotated[BetaHttpError, Tag("http_error")],
        Discriminator(tag_of("type")),
    ]
]


BetaMcpToolCallErrorParam: TypeAlias = BetaMcpProtocolErrorParam | BetaMcpToolExecutionErrorParam | BetaHttpErrorParam
