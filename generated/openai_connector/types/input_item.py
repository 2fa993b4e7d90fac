# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .additional_tools_item_param import AdditionalToolsItemParam, AdditionalToolsItemParamParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam, ApplyPatchToolCallItemParamParam
from .apply_patch_tool_call_output_item_param import (
    ApplyPatchToolCallOutputItemParam,
    ApplyPatchToolCallOutputItemParamParam,
)
from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
from .compaction_summary_item_param import CompactionSummaryItemParam, CompactionSummaryItemParamParam
from .compaction_trigger_item_param import CompactionTriggerItemParam, CompactionTriggerItemParamParam
from .computer_call_output_item_param import ComputerCallOutputItemParam, ComputerCallOutputItemParamParam
from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
from .custom_tool_call import CustomToolCall, CustomToolCallParam
from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
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
from .item_reference_param import ItemReferenceParam, ItemReferenceParamParam
from .local_shell_tool_call import LocalShellToolCall, LocalShellToolCallParam
from .local_shell_tool_call_output import LocalShellToolCallOutput, LocalShellToolCallOutputParam
from .mcp_approval_request import McpApprovalRequest, McpApprovalRequestParam
from .mcp_approval_response import McpApprovalResponse, McpApprovalResponseParam
from .mcp_list_tools import McpListTools, McpListToolsParam
from .mcp_tool_call import McpToolCall, McpToolCallParam
from .output_message import OutputMessage, OutputMessageParam
from .program_item_param import ProgramItemParam, ProgramItemParamParam
from .program_output_item_param import ProgramOutputItemParam, ProgramOutputItemParamParam
from .reasoning_item import ReasoningItem, ReasoningItemParam
from .tool_search_call_item_param import ToolSearchCallItemParam, ToolSearchCallItemParamParam
from .tool_search_output_item_param import ToolSearchOutputItemParam, ToolSearchOutputItemParamParam
from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam

InputItem: TypeAlias = Open[
    Annotated[
        Annotated[EasyInputMessage | InputMessage | OutputMessage, Tag("message")]
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
        | Annotated[CustomToolCall, Tag("custom_tool_call")]
        | Annotated[CompactionTriggerItemParam, Tag("compaction_trigger")]
        | Annotated[ItemReferenceParam, Tag("item_reference")]
        | Annotated[ProgramItemParam, Tag("program")]
        | Annotated[ProgramOutputItemParam, Tag("program_output")],
        Discriminator(tag_of("type", {"<untagged>": "message"})),
    ]
]


InputItemParam: TypeAlias = (
    EasyInputMessageParam
    | InputMessageParam
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
    | CompactionTriggerItemParamParam
    | ItemReferenceParamParam
    | ProgramItemParamParam
    | ProgramOutputItemParamParam
)
