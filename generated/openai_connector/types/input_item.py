# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .additional_tools_item_param import AdditionalToolsItem, AdditionalToolsItemParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItem, ApplyPatchToolCallItemParam
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItem, ApplyPatchToolCallOutputItemParam
from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
from .compaction_summary_item_param import CompactionSummaryItem, CompactionSummaryItemParam
from .compaction_trigger_item_param import CompactionTriggerItem, CompactionTriggerItemParam
from .computer_call_output_item_param import ComputerCallOutputItem, ComputerCallOutputItemParam
from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
from .custom_tool_call import CustomToolCall, CustomToolCallParam
from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
from .file_search_tool_call import FileSearchToolCall, FileSearchToolCallParam
from .function_call_output_item_param import FunctionCallOutputItem, FunctionCallOutputItemParam
from .function_shell_call_item_param import FunctionShellCallItem, FunctionShellCallItemParam
from .function_shell_call_output_item_param import FunctionShellCallOutputItem, FunctionShellCallOutputItemParam
from .function_tool_call import FunctionToolCall, FunctionToolCallParam
from .image_gen_tool_call import ImageGenToolCall, ImageGenToolCallParam
from .input_message import InputMessage, InputMessageParam
from .item_reference_param import ItemReference, ItemReferenceParam
from .local_shell_tool_call import LocalShellToolCall, LocalShellToolCallParam
from .local_shell_tool_call_output import LocalShellToolCallOutput, LocalShellToolCallOutputParam
from .mcp_approval_request import McpApprovalRequest, McpApprovalRequestParam
from .mcp_approval_response import McpApprovalResponse, McpApprovalResponseParam
from .mcp_list_tools import McpListTools, McpListToolsParam
from .mcp_tool_call import McpToolCall, McpToolCallParam
from .output_message import OutputMessage, OutputMessageParam
from .program_item_param import ProgramItem, ProgramItemParam
from .program_output_item_param import ProgramOutputItem, ProgramOutputItemParam
from .reasoning_item import ReasoningItem, ReasoningItemParam
from .tool_search_call_item_param import ToolSearchCallItem, ToolSearchCallItemParam
from .tool_search_output_item_param import ToolSearchOutputItem, ToolSearchOutputItemParam
from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam

InputItem: TypeAlias = Open[
    Annotated[
        Annotated[EasyInputMessage | InputMessage | OutputMessage, Tag("message")]
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
        | Annotated[CustomToolCall, Tag("custom_tool_call")]
        | Annotated[CompactionTriggerItem, Tag("compaction_trigger")]
        | Annotated[ItemReference, Tag("item_reference")]
        | Annotated[ProgramItem, Tag("program")]
        | Annotated[ProgramOutputItem, Tag("program_output")],
        Discriminator(tag_of("type", {"<untagged>": "message"})),
    ]
]


InputItemParam: TypeAlias = (
    EasyInputMessageParam
    | InputMessageParam
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
    | CompactionTriggerItemParam
    | ItemReferenceParam
    | ProgramItemParam
    | ProgramOutputItemParam
)
