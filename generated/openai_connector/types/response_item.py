# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .additional_tools import AdditionalTools
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_body import CompactionBody
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .custom_tool_call_output_resource import CustomToolCallOutputResource
from .custom_tool_call_resource import CustomToolCallResource
from .file_search_tool_call import FileSearchToolCall
from .function_shell_call import FunctionShellCall
from .function_shell_call_output import FunctionShellCallOutput
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .function_tool_call_resource import FunctionToolCallResource
from .image_gen_tool_call import ImageGenToolCall
from .input_message_resource import InputMessageResource
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import McpApprovalRequest
from .mcp_approval_response_resource import McpApprovalResponseResource
from .mcp_list_tools import McpListTools
from .mcp_tool_call import McpToolCall
from .output_message import OutputMessage
from .program import Program
from .program_output import ProgramOutput
from .reasoning_item import ReasoningItem
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .web_search_tool_call import WebSearchToolCall

ResponseItem: TypeAlias = Open[
    Annotated[
        Annotated[InputMessageResource | OutputMessage, Tag("message")]
        | Annotated[FileSearchToolCall, Tag("file_search_call")]
        | Annotated[ComputerToolCall, Tag("computer_call")]
        | Annotated[ComputerToolCallOutputResource, Tag("computer_call_output")]
        | Annotated[WebSearchToolCall, Tag("web_search_call")]
        | Annotated[FunctionToolCallResource, Tag("function_call")]
        | Annotated[FunctionToolCallOutputResource, Tag("function_call_output")]
        | Annotated[ToolSearchCall, Tag("tool_search_call")]
        | Annotated[ToolSearchOutput, Tag("tool_search_output")]
        | Annotated[AdditionalTools, Tag("additional_tools")]
        | Annotated[ReasoningItem, Tag("reasoning")]
        | Annotated[Program, Tag("program")]
        | Annotated[ProgramOutput, Tag("program_output")]
        | Annotated[CompactionBody, Tag("compaction")]
        | Annotated[ImageGenToolCall, Tag("image_generation_call")]
        | Annotated[CodeInterpreterToolCall, Tag("code_interpreter_call")]
        | Annotated[LocalShellToolCall, Tag("local_shell_call")]
        | Annotated[LocalShellToolCallOutput, Tag("local_shell_call_output")]
        | Annotated[FunctionShellCall, Tag("shell_call")]
        | Annotated[FunctionShellCallOutput, Tag("shell_call_output")]
        | Annotated[ApplyPatchToolCall, Tag("apply_patch_call")]
        | Annotated[ApplyPatchToolCallOutput, Tag("apply_patch_call_output")]
        | Annotated[McpListTools, Tag("mcp_list_tools")]
        | Annotated[McpApprovalRequest, Tag("mcp_approval_request")]
        | Annotated[McpApprovalResponseResource, Tag("mcp_approval_response")]
        | Annotated[McpToolCall, Tag("mcp_call")]
        | Annotated[CustomToolCallResource, Tag("custom_tool_call")]
        | Annotated[CustomToolCallOutputResource, Tag("custom_tool_call_output")],
        Discriminator(tag_of("type")),
    ]
]
"""Content item used to generate a response."""
