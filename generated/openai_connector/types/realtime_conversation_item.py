# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from .realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from .realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
from .realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
from .realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
from .realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from .realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from .realtime_mcp_list_tools import RealtimeMcpListTools
from .realtime_mcp_tool_call import RealtimeMcpToolCall

RealtimeConversationItem: TypeAlias = Open[
    Annotated[
        Annotated[
            RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeConversationItemMessageAssistant,
            Tag("message"),
        ]
        | Annotated[RealtimeConversationItemFunctionCall, Tag("function_call")]
        | Annotated[RealtimeConversationItemFunctionCallOutput, Tag("function_call_output")]
        | Annotated[RealtimeMcpApprovalResponse, Tag("mcp_approval_response")]
        | Annotated[RealtimeMcpListTools, Tag("mcp_list_tools")]
        | Annotated[RealtimeMcpToolCall, Tag("mcp_call")]
        | Annotated[RealtimeMcpApprovalRequest, Tag("mcp_approval_request")],
        Discriminator(tag_of("type")),
    ]
]
"""A single item within a Realtime conversation."""
