# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .http_error import HttpError, HttpErrorParam
from .mcp_protocol_error import McpProtocolError, McpProtocolErrorParam
from .mcp_tool_execution_error import McpToolExecutionError, McpToolExecutionErrorParam

McpToolCallError: TypeAlias = Open[
    Annotated[
        Annotated[McpProtocolError, Tag("mcp_protocol_error")]
        | Annotated[McpToolExecutionError, Tag("mcp_tool_execution_error")]
        | Annotated[HttpError, Tag("http_error")],
        Discriminator(tag_of("type")),
    ]
]


McpToolCallErrorParam: TypeAlias = McpProtocolErrorParam | McpToolExecutionErrorParam | HttpErrorParam
