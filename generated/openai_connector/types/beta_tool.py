# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_apply_patch_tool_param import BetaApplyPatchTool, BetaApplyPatchToolParam
from .beta_code_interpreter_tool import BetaCodeInterpreterTool, BetaCodeInterpreterToolParam
from .beta_computer_tool import BetaComputerTool, BetaComputerToolParam
from .beta_computer_use_preview_tool import BetaComputerUsePreviewTool, BetaComputerUsePreviewToolParam
from .beta_custom_tool_param import BetaCustomTool, BetaCustomToolParam
from .beta_file_search_tool import BetaFileSearchTool, BetaFileSearchToolParam
from .beta_function_shell_tool_param import BetaFunctionShellTool, BetaFunctionShellToolParam
from .beta_function_tool import BetaFunctionTool, BetaFunctionToolRequestParam
from .beta_image_gen_tool import BetaImageGenTool, BetaImageGenToolParam
from .beta_local_shell_tool_param import BetaLocalShellTool, BetaLocalShellToolParam
from .beta_mcp_tool import BetaMcpTool, BetaMcpToolParam
from .beta_namespace_tool_param import BetaNamespaceTool, BetaNamespaceToolParam
from .beta_programmatic_tool_calling_param import BetaProgrammaticToolCalling, BetaProgrammaticToolCallingParam
from .beta_tool_search_tool_param import BetaToolSearchTool, BetaToolSearchToolParam
from .beta_web_search_preview_tool import BetaWebSearchPreviewTool, BetaWebSearchPreviewToolParam
from .beta_web_search_tool import BetaWebSearchTool, BetaWebSearchToolParam

BetaTool: TypeAlias = Open[
    Annotated[
        Annotated[BetaFunctionTool, Tag("function")]
        | Annotated[BetaFileSearchTool, Tag("file_search")]
        | Annotated[BetaComputerTool, Tag("computer")]
        | Annotated[BetaComputerUsePreviewTool, Tag("computer_use_preview")]
        | Annotated[BetaWebSearchTool, Tag("web_search")]
        | Annotated[BetaMcpTool, Tag("mcp")]
        | Annotated[BetaCodeInterpreterTool, Tag("code_interpreter")]
        | Annotated[BetaProgrammaticToolCalling, Tag("programmatic_tool_calling")]
        | Annotated[BetaImageGenTool, Tag("image_generation")]
        | Annotated[BetaLocalShellTool, Tag("local_shell")]
        | Annotated[BetaFunctionShellTool, Tag("shell")]
        | Annotated[BetaCustomTool, Tag("custom")]
        | Annotated[BetaNamespaceTool, Tag("namespace")]
        | Annotated[BetaToolSearchTool, Tag("tool_search")]
        | Annotated[BetaWebSearchPreviewTool, Tag("web_search_preview")]
        | Annotated[BetaApplyPatchTool, Tag("apply_patch")],
        Discriminator(
            tag_of(
                "type", {"web_search_2025_08_26": "web_search", "web_search_preview_2025_03_11": "web_search_preview"}
            )
        ),
    ]
]
"""A tool that can be used to generate a response."""


BetaToolParam: TypeAlias = (
    BetaFunctionToolRequestParam
    | BetaFileSearchToolParam
    | BetaComputerToolParam
    | BetaComputerUsePreviewToolParam
    | BetaWebSearchToolParam
    | BetaMcpToolParam
    | BetaCodeInterpreterToolParam
    | BetaProgrammaticToolCallingParam
    | BetaImageGenToolParam
    | BetaLocalShellToolParam
    | BetaFunctionShellToolParam
    | BetaCustomToolParam
    | BetaNamespaceToolParam
    | BetaToolSearchToolParam
    | BetaWebSearchPreviewToolParam
    | BetaApplyPatchToolParam
)
"""A tool that can be used to generate a response."""
