# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .additional_tools_item_param import AdditionalToolsItemParam, AdditionalToolsItemParamParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam, ApplyPatchToolCallItemParamParam
from .apply_patch_tool_call_output_item_param import (
    ApplyPatchToolCallOutputItemParam,
    ApplyPatchToolCallOutputItemParamParam,
)
from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
from .compaction_summary_item_param import CompactionSummaryItemParam, CompactionSummaryItemParamParam
from .computer_call_output_item_param import ComputerCallOutputItemParam, ComputerCallOutputItemParamParam
from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
from .custom_tool_call import CustomToolCall, CustomToolCallParam
from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
from .file_search_tool_call import FileSearchToolCall, FileSearchToolCallParam
from .function_call_output_item_param import FunctionCallOutputItemParam, FunctionCallOutputItemParamParam
from .function_shell_call_item_param import FunctionShellCallItemParam, FunctionShellCallItemParamParam
from .function_shell_call_output_item_param import (
    FunctionShellCallOutputItemParam,
    FunctionShellCallOutputItemParamParam,
)
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
from .tool_search_call_item_param import ToolSearchCallItemParam, ToolSearchCallItemParamParam
from .tool_search_output_item_param import ToolSearchOutputItemParam, ToolSearchOutputItemParamParam
from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam

Item: TypeAlias = Open[
    InputMessage
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerCallOutputItemParam
    | WebSearchToolCall
    | FunctionToolCall
    | FunctionCallOutputItemParam
    | ToolSearchCallItemParam
    | ToolSearchOutputItemParam
    | AdditionalToolsItemParam
    | ReasoningItem
    | CompactionSummaryItemParam
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCallItemParam
    | FunctionShellCallOutputItemParam
    | ApplyPatchToolCallItemParam
    | ApplyPatchToolCallOutputItemParam
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
    | ComputerCallOutputItemParamParam
    | WebSearchToolCallParam
    | FunctionToolCallParam
    | FunctionCallOutputItemParamParam
    | ToolSearchCallItemParamParam
    | ToolSearchOutputItemParamParam
    | AdditionalToolsItemParamParam
    | ReasoningItemParam
    | CompactionSummaryItemParamParam
    | ImageGenToolCallParam
    | CodeInterpreterToolCallParam
    | LocalShellToolCallParam
    | LocalShellToolCallOutputParam
    | FunctionShellCallItemParamParam
    | FunctionShellCallOutputItemParamParam
    | ApplyPatchToolCallItemParamParam
    | ApplyPatchToolCallOutputItemParamParam
    | McpListToolsParam
    | McpApprovalRequestParam
    | McpApprovalResponseParam
    | McpToolCallParam
    | CustomToolCallOutputParam
    | CustomToolCallParam
)
"""Content item used to generate a response."""
