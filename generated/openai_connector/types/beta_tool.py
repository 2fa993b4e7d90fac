# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
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
    BetaFunctionTool
    | BetaFileSearchTool
    | BetaComputerTool
    | BetaComputerUsePreviewTool
    | BetaWebSearchTool
    | BetaMcpTool
    | BetaCodeInterpreterTool
    | BetaProgrammaticToolCalling
    | BetaImageGenTool
    | BetaLocalShellTool
    | BetaFunctionShellTool
    | BetaCustomTool
    | BetaNamespaceTool
    | BetaToolSearchTool
    | BetaWebSearchPreviewTool
    | BetaApplyPatchTool
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
