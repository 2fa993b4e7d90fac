# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
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
    Annotated[
        Annotated[FunctionTool, Tag("function")]
        | Annotated[FileSearchTool, Tag("file_search")]
        | Annotated[ComputerTool, Tag("computer")]
        | Annotated[ComputerUsePreviewTool, Tag("computer_use_preview")]
        | Annotated[WebSearchTool, Tag("web_search")]
        | Annotated[McpTool, Tag("mcp")]
        | Annotated[CodeInterpreterTool, Tag("code_interpreter")]
        | Annotated[ProgrammaticToolCallingParam, Tag("programmatic_tool_calling")]
        | Annotated[ImageGenTool, Tag("image_generation")]
        | Annotated[LocalShellToolParam, Tag("local_shell")]
        | Annotated[FunctionShellToolParam, Tag("shell")]
        | Annotated[CustomToolParam, Tag("custom")]
        | Annotated[NamespaceToolParam, Tag("namespace")]
        | Annotated[ToolSearchToolParam, Tag("tool_search")]
        | Annotated[WebSearchPreviewTool, Tag("web_search_preview")]
        | Annotated[ApplyPatchToolParam, Tag("apply_patch")],
        Discriminator(
            tag_of(
                "type", {"web_search_2025_08_26": "web_search", "web_search_preview_2025_03_11": "web_search_preview"}
            )
        ),
    ]
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
