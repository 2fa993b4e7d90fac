# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .apply_patch_tool_param import ApplyPatchToolParam, ApplyPatchToolParamParam
from .code_interpreter_tool import CodeInterpreterTool, CodeInterpreterToolParam
from .computer_tool import ComputerTool, ComputerToolParam
from .computer_use_preview_tool import ComputerUsePreviewTool, ComputerUsePreviewToolParam
from .custom_tool_param import CustomToolParam, CustomToolParamParam
from .file_search_tool import FileSearchTool, FileSearchToolParam
from .function_shell_tool_param import FunctionShellToolParam, FunctionShellToolParamParam
from .function_tool import FunctionTool, FunctionToolRequestParam
from .image_gen_tool import ImageGenTool, ImageGenToolParam
from .local_shell_tool_param import LocalShellToolParam, LocalShellToolParamParam
from .mcp_tool import McpTool, McpToolParam
from .namespace_tool_param import NamespaceToolParam, NamespaceToolParamParam
from .programmatic_tool_calling_param import ProgrammaticToolCallingParam, ProgrammaticToolCallingParamParam
from .tool_search_tool_param import ToolSearchToolParam, ToolSearchToolParamParam
from .web_search_preview_tool import WebSearchPreviewTool, WebSearchPreviewToolParam
from .web_search_tool import WebSearchTool, WebSearchToolParam

Tool: TypeAlias = Open[
    FunctionTool
    | FileSearchTool
    | ComputerTool
    | ComputerUsePreviewTool
    | WebSearchTool
    | McpTool
    | CodeInterpreterTool
    | ProgrammaticToolCallingParam
    | ImageGenTool
    | LocalShellToolParam
    | FunctionShellToolParam
    | CustomToolParam
    | NamespaceToolParam
    | ToolSearchToolParam
    | WebSearchPreviewTool
    | ApplyPatchToolParam
]
"""A tool that can be used to generate a response."""


ToolParam: TypeAlias = (
    FunctionToolRequestParam
    | FileSearchToolParam
    | ComputerToolParam
    | ComputerUsePreviewToolParam
    | WebSearchToolParam
    | McpToolParam
    | CodeInterpreterToolParam
    | ProgrammaticToolCallingParamParam
    | ImageGenToolParam
    | LocalShellToolParamParam
    | FunctionShellToolParamParam
    | CustomToolParamParam
    | NamespaceToolParamParam
    | ToolSearchToolParamParam
    | WebSearchPreviewToolParam
    | ApplyPatchToolParamParam
)
"""A tool that can be used to generate a response."""
