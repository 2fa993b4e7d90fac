# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .additional_tools_item_param import AdditionalToolsItem
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItem
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItem
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_summary_item_param import CompactionSummaryItem
from .computer_call_output_item_param import ComputerCallOutputItem
from .computer_tool_call import ComputerToolCall
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .file_search_tool_call import FileSearchToolCall
from .function_call_output_item_param import FunctionCallOutputItem
from .function_shell_call_item_param import FunctionShellCallItem
from .function_shell_call_output_item_param import FunctionShellCallOutputItem
from .function_tool_call import FunctionToolCall
from .image_gen_tool_call import ImageGenToolCall
from .input_message import InputMessage
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import McpApprovalRequest
from .mcp_approval_response import McpApprovalResponse
from .mcp_list_tools import McpListTools
from .mcp_tool_call import McpToolCall
from .output_message import OutputMessage
from .reasoning_item import ReasoningItem
from .tool_search_call_item_param import ToolSearchCallItem
from .tool_search_output_item_param import ToolSearchOutputItem
from .web_search_tool_call import WebSearchToolCall

Item: TypeAlias = Open[
    Annotated[
        Annotated[InputMessage | OutputMessage, Tag("message")]
        | Annotated[FileSearchToolCall, Tag("file_search_call")]
        | Annotated[ComputerToolCall, Tag("computer_call")]
        | Annotated[ComputerCallOutputItem, Tag("computer_call_output")]
        | Annotated[WebSearchToolCall, Tag("web_search_call")]
        | Annotated[FunctionToolCall, Tag("function_call")]
        | Annotated[FunctionCallOutputItem, Tag("function_call_output")]
        | Annotated[ToolSearchCallItem, Tag("tool_search_call")]
        | Annotated[ToolSearchOutputItem, Tag("tool_search_output")]
        | Annotated[AdditionalToolsItem, Tag("additional_tools")]
        | Annotated[ReasoningItem, Tag("reasoning")]
        | Annotated[CompactionSummaryItem, Tag("compaction")]
        | Annotated[ImageGenToolCall, Tag("image_generation_call")]
        | Annotated[CodeInterpreterToolCall, Tag("code_interpreter_call")]
        | Annotated[LocalShellToolCall, Tag("local_shell_call")]
        | Annotated[LocalShellToolCallOutput, Tag("local_shell_call_output")]
        | Annotated[FunctionShellCallItem, Tag("shell_call")]
        | Annotated[FunctionShellCallOutputItem, Tag("shell_call_output")]
        | Annotated[ApplyPatchToolCallItem, Tag("apply_patch_call")]
        | Annotated[ApplyPatchToolCallOutputItem, Tag("apply_patch_call_output")]
        | Annotated[McpListTools, Tag("mcp_list_tools")]
        | Annotated[McpApprovalRequest, Tag("mcp_approval_request")]
        | Annotated[McpApprovalResponse, Tag("mcp_approval_response")]
        | Annotated[McpToolCall, Tag("mcp_call")]
        | Annotated[CustomToolCallOutput, Tag("custom_tool_call_output")]
        | Annotated[CustomToolCall, Tag("custom_tool_call")],
        Discriminator(tag_of("type", {"<untagged>": "message"})),
    ]
]
"""Content item used to generate a response."""
