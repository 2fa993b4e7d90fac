# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .additional_tools_item_param import AdditionalToolsItem, AdditionalToolsItemParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItem, ApplyPatchToolCallItemParam
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItem, ApplyPatchToolCallOutputItemParam
from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
from .compaction_summary_item_param import CompactionSummaryItem, CompactionSummaryItemParam
from .computer_call_output_item_param import ComputerCallOutputItem, ComputerCallOutputItemParam
from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
from .custom_tool_call import CustomToolCall, CustomToolCallParam
from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
from .file_search_tool_call import FileSearchToolCall, FileSearchToolCallParam
from .function_call_output_item_param import FunctionCallOutputItem, FunctionCallOutputItemParam
from .function_shell_call_item_param import FunctionShellCallItem, FunctionShellCallItemParam
from .function_shell_call_output_item_param import FunctionShellCallOutputItem, FunctionShellCallOutputItemParam
from .function_tool_call import FunctionToolCall, FunctionToolCallParam
from .image_gen_tool_call import ImageGenToolCall, ImageGenToolCallParam
from .input_message import InputMessage, InputMessageParam
from .local_shell_tool_call import LocalShellToolCall, LocalShellToolCallParam
from .local_shell_tool_call_output import LocalShellToolCallOutput, LocalShellToolCallOutputParam
from .mcp_approval_request import McpApprovalRequest, McpApprovalRequestParam
from .mcp_approval_response import McpApprovalResponse, McpApprovalResponseParam
from .mcp_list_tools import McpListTools, McpListToolsParam
from .mcp_tool_call import McpToolCall, McpToolCallParam
from .output_message import OutputMessage, OutputMessageParam
from .reasoning_item import ReasoningItem, ReasoningItemParam
from .tool_search_call_item_param import ToolSearchCallItem, ToolSearchCallItemParam
from .tool_search_output_item_param import ToolSearchOutputItem, ToolSearchOutputItemParam
from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam

Item: TypeAlias = Open[
    InputMessage
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerCallOutputItem
    | WebSearchToolCall
    | FunctionToolCall
    | FunctionCallOutputItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | AdditionalToolsItem
    | ReasoningItem
    | CompactionSummaryItem
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCallItem
    | FunctionShellCallOutputItem
    | ApplyPatchToolCallItem
    | ApplyPatchToolCallOutputItem
    | McpListTools
    | McpApprovalRequest
    | McpApprovalResponse
    | McpToolCall
    | CustomToolCallOutput
    | CustomToolCall
]
"""Content item used to generate a response."""


ItemParam: TypeAlias = (
    InputMessageParam
    | OutputMessageParam
    | FileSearchToolCallParam
    | ComputerToolCallParam
    | ComputerCallOutputItemParam
    | WebSearchToolCallParam
    | FunctionToolCallParam
    | FunctionCallOutputItemParam
    | ToolSearchCallItemParam
    | ToolSearchOutputItemParam
    | AdditionalToolsItemParam
    | ReasoningItemParam
    | CompactionSummaryItemParam
    | ImageGenToolCallParam
    | CodeInterpreterToolCallParam
    | LocalShellToolCallParam
    | LocalShellToolCallOutputParam
    | FunctionShellCallItemParam
    | FunctionShellCallOutputItemParam
    | ApplyPatchToolCallItemParam
    | ApplyPatchToolCallOutputItemParam
    | McpListToolsParam
    | McpApprovalRequestParam
    | McpApprovalResponseParam
    | McpToolCallParam
    | CustomToolCallOutputParam
    | CustomToolCallParam
)
"""Content item used to generate a response."""
