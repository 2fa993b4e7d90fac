# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .additional_tools_item_param import AdditionalToolsItemParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_summary_item_param import CompactionSummaryItemParam
from .computer_call_output_item_param import ComputerCallOutputItemParam
from .computer_tool_call import ComputerToolCall
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .file_search_tool_call import FileSearchToolCall
from .function_call_output_item_param import FunctionCallOutputItemParam
from .function_shell_call_item_param import FunctionShellCallItemParam
from .function_shell_call_output_item_param import FunctionShellCallOutputItemParam
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
from .tool_search_call_item_param import ToolSearchCallItemParam
from .tool_search_output_item_param import ToolSearchOutputItemParam
from .web_search_tool_call import WebSearchToolCall

Item: TypeAlias = Open[
    Annotated[
        Annotated[InputMessage | OutputMessage, Tag("message")]
        | Annotated[FileSearchToolCall, Tag("file_search_call")]
        | Annotated[ComputerToolCall, Tag("computer_call")]
        | Annotated[ComputerCallOutputItemParam, Tag("computer_call_output")]
        | Annotated[WebSearchToolCall, Tag("web_search_call")]
        | Annotated[FunctionToolCall, Tag("function_call")]
        | Annotated[FunctionCallOutputItemParam, Tag("function_call_output")]
        | Annotated[ToolSearchCallItemParam, Tag("tool_search_call")]
        | Annotated[ToolSearchOutputItemParam, Tag("tool_search_output")]
        | Annotated[AdditionalToolsItemParam, Tag("additional_tools")]
        | Annotated[ReasoningItem, Tag("reasoning")]
        | Annotated[CompactionSummaryItemParam, Tag("compaction")]
        | Annotated[ImageGenToolCall, Tag("image_generation_call")]
        | Annotated[CodeInterpreterToolCall, Tag("code_interpreter_call")]
        | Annotated[LocalShellToolCall, Tag("local_shell_call")]
        | Annotated[LocalShellToolCallOutput, Tag("local_shell_call_output")]
        | Annotated[FunctionShellCallItemParam, Tag("shell_call")]
        | Annotated[FunctionShellCallOutputItemParam, Tag("shell_call_output")]
        | Annotated[ApplyPatchToolCallItemParam, Tag("apply_patch_call")]
        | Annotated[ApplyPatchToolCallOutputItemParam, Tag("apply_patch_call_output")]
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
