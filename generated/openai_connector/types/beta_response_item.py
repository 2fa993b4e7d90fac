# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_additional_tools import BetaAdditionalTools
from .beta_agent_message import BetaAgentMessage
from .beta_apply_patch_tool_call import BetaApplyPatchToolCall
from .beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
from .beta_compaction_body import BetaCompactionBody
from .beta_computer_tool_call import BetaComputerToolCall
from .beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource
from .beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource
from .beta_custom_tool_call_resource import BetaCustomToolCallResource
from .beta_file_search_tool_call import BetaFileSearchToolCall
from .beta_function_shell_call import BetaFunctionShellCall
from .beta_function_shell_call_output import BetaFunctionShellCallOutput
from .beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource
from .beta_function_tool_call_resource import BetaFunctionToolCallResource
from .beta_image_gen_tool_call import BetaImageGenToolCall
from .beta_input_message_resource import BetaInputMessageResource
from .beta_local_shell_tool_call import BetaLocalShellToolCall
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
from .beta_mcp_approval_request import BetaMcpApprovalRequest
from .beta_mcp_approval_response_resource import BetaMcpApprovalResponseResource
from .beta_mcp_list_tools import BetaMcpListTools
from .beta_mcp_tool_call import BetaMcpToolCall
from .beta_multi_agent_call import BetaMultiAgentCall
from .beta_multi_agent_call_output import BetaMultiAgentCallOutput
from .beta_output_message import BetaOutputMessage
from .beta_program import BetaProgram
from .beta_program_output import BetaProgramOutput
from .beta_reasoning_item import BetaReasoningItem
from .beta_tool_search_call import BetaToolSearchCall
from .beta_tool_search_output import BetaToolSearchOutput
from .beta_web_search_tool_call import BetaWebSearchToolCall

BetaResponseItem: TypeAlias = Open[
    BetaInputMessageResource
    | BetaOutputMessage
    | BetaFileSearchToolCall
    | BetaComputerToolCall
    | BetaComputerToolCallOutputResource
    | BetaWebSearchToolCall
    | BetaFunctionToolCallResource
    | BetaFunctionToolCallOutputResource
    | BetaAgentMessage
    | BetaMultiAgentCall
    | BetaMultiAgentCallOutput
    | BetaToolSearchCall
    | BetaToolSearchOutput
    | BetaAdditionalTools
    | BetaReasoningItem
    | BetaProgram
    | BetaProgramOutput
    | BetaCompactionBody
    | BetaImageGenToolCall
    | BetaCodeInterpreterToolCall
    | BetaLocalShellToolCall
    | BetaLocalShellToolCallOutput
    | BetaFunctionShellCall
    | BetaFunctionShellCallOutput
    | BetaApplyPatchToolCall
    | BetaApplyPatchToolCallOutput
    | BetaMcpListTools
    | BetaMcpApprovalRequest
    | BetaMcpApprovalResponseResource
    | BetaMcpToolCall
    | BetaCustomToolCallResource
    | BetaCustomToolCallOutputResource
]
"""Content item used to generate a response."""
