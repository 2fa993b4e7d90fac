# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .apply_patch_tool_param import ApplyPatchTool, ApplyPatchToolParam
from .code_interpreter_tool import CodeInterpreterTool, CodeInterpreterToolParam
from .computer_tool import ComputerTool, ComputerToolParam
from .computer_use_preview_tool import ComputerUsePreviewTool, ComputerUsePreviewToolParam
from .custom_tool_param import CustomTool, CustomToolParam
from .file_search_tool import FileSearchTool, FileSearchToolParam
from .function_shell_tool_param import FunctionShellTool, FunctionShellToolParam
from .function_tool import FunctionTool, FunctionToolRequestParam
from .image_gen_tool import ImageGenTool, ImageGenToolParam
from .local_shell_tool_param import LocalShellTool, LocalShellToolParam
from .mcp_tool import McpTool, McpToolParam
from .namespace_tool_param import NamespaceTool, NamespaceToolParam
from .programmatic_tool_calling_param import ProgrammaticToolCalling, ProgrammaticToolCallingParam
from .tool_search_tool_param import ToolSearchTool, ToolSearchToolParam
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
    | ProgrammaticToolCalling
    | ImageGenTool
    | LocalShellTool
    | FunctionShellTool
    | CustomTool
    | NamespaceTool
    | ToolSearchTool
    | WebSearchPreviewTool
    | ApplyPatchTool
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
    | ProgrammaticToolCallingParam
    | ImageGenToolParam
    | LocalShellToolParam
    | FunctionShellToolParam
    | CustomToolParam
    | NamespaceToolParam
    | ToolSearchToolParam
    | WebSearchPreviewToolParam
    | ApplyPatchToolParam
)
"""A tool that can be used to generate a response."""
