# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
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
    Annotated[
        Annotated[FunctionTool, Tag("function")]
        | Annotated[FileSearchTool, Tag("file_search")]
        | Annotated[ComputerTool, Tag("computer")]
        | Annotated[ComputerUsePreviewTool, Tag("computer_use_preview")]
        | Annotated[WebSearchTool, Tag("web_search")]
        | Annotated[McpTool, Tag("mcp")]
        | Annotated[CodeInterpreterTool, Tag("code_interpreter")]
        | Annotated[ProgrammaticToolCalling, Tag("programmatic_tool_calling")]
        | Annotated[ImageGenTool, Tag("image_generation")]
        | Annotated[LocalShellTool, Tag("local_shell")]
        | Annotated[FunctionShellTool, Tag("shell")]
        | Annotated[CustomTool, Tag("custom")]
        | Annotated[NamespaceTool, Tag("namespace")]
        | Annotated[ToolSearchTool, Tag("tool_search")]
        | Annotated[WebSearchPreviewTool, Tag("web_search_preview")]
        | Annotated[ApplyPatchTool, Tag("apply_patch")],
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
