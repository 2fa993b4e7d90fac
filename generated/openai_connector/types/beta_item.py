# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_additional_tools_item_param import BetaAdditionalToolsItem, BetaAdditionalToolsItemParam
from .beta_agent_message_item_param import BetaAgentMessageItem, BetaAgentMessageItemParam
from .beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItem, BetaApplyPatchToolCallItemParam
from .beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItem,
    BetaApplyPatchToolCallOutputItemParam,
)
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall, BetaCodeInterpreterToolCallParam
from .beta_compaction_summary_item_param import BetaCompactionSummaryItem, BetaCompactionSummaryItemParam
from .beta_computer_call_output_item_param import BetaComputerCallOutputItem, BetaComputerCallOutputItemParam
from .beta_computer_tool_call import BetaComputerToolCall, BetaComputerToolCallParam
from .beta_custom_tool_call import BetaCustomToolCall, BetaCustomToolCallParam
from .beta_custom_tool_call_output import BetaCustomToolCallOutput, BetaCustomToolCallOutputParam
from .beta_file_search_tool_call import BetaFileSearchToolCall, BetaFileSearchToolCallParam
from .beta_function_call_output_item_param import BetaFunctionCallOutputItem, BetaFunctionCallOutputItemParam
from .beta_function_shell_call_item_param import BetaFunctionShellCallItem, BetaFunctionShellCallItemParam
from .beta_function_shell_call_output_item_param import (
    BetaFunctionShellCallOutputItem,
    BetaFunctionShellCallOutputItemParam,
)
from .beta_function_tool_call import BetaFunctionToolCall, BetaFunctionToolCallParam
from .beta_image_gen_tool_call import BetaImageGenToolCall, BetaImageGenToolCallParam
from .beta_input_message import BetaInputMessage, BetaInputMessageParam
from .beta_local_shell_tool_call import BetaLocalShellToolCall, BetaLocalShellToolCallParam
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput, BetaLocalShellToolCallOutputParam
from .beta_mcp_approval_request import BetaMcpApprovalRequest, BetaMcpApprovalRequestParam
from .beta_mcp_approval_response import BetaMcpApprovalResponse, BetaMcpApprovalResponseParam
from .beta_mcp_list_tools import BetaMcpListTools, BetaMcpListToolsParam
from .beta_mcp_tool_call import BetaMcpToolCall, BetaMcpToolCallParam
from .beta_multi_agent_call_item_param import BetaMultiAgentCallItem, BetaMultiAgentCallItemParam
from .beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItem, BetaMultiAgentCallOutputItemParam
from .beta_output_message import BetaOutputMessage, BetaOutputMessageParam
from .beta_reasoning_item import BetaReasoningItem, BetaReasoningItemParam
from .beta_tool_search_call_item_param import BetaToolSearchCallItem, BetaToolSearchCallItemParam
from .beta_tool_search_output_item_param import BetaToolSearchOutputItem, BetaToolSearchOutputItemParam
from .beta_web_search_tool_call import BetaWebSearchToolCall, BetaWebSearchToolCallParam

BetaItem: TypeAlias = Open[
    BetaInputMessage
    | BetaOutputMessage
    | BetaFileSearchToolCall
    | BetaComputerToolCall
    | BetaComputerCallOutputItem
    | BetaWebSearchToolCall
    | BetaFunctionToolCall
    | BetaFunctionCallOutputItem
    | BetaAgentMessageItem
    | BetaMultiAgentCallItem
    | BetaMultiAgentCallOutputItem
    | BetaToolSearchCallItem
    | BetaToolSearchOutputItem
    | BetaAdditionalToolsItem
    | BetaReasoningItem
    | BetaCompactionSummaryItem
    | BetaImageGenToolCall
    | BetaCodeInterpreterToolCall
    | BetaLocalShellToolCall
    | BetaLocalShellToolCallOutput
    | BetaFunctionShellCallItem
    | BetaFunctionShellCallOutputItem
    | BetaApplyPatchToolCallItem
    | BetaApplyPatchToolCallOutputItem
    | BetaMcpListTools
    | BetaMcpApprovalRequest
    | BetaMcpApprovalResponse
    | BetaMcpToolCall
    | BetaCustomToolCallOutput
    | BetaCustomToolCall
]
"""Content item used to generate a response."""


BetaItemParam: TypeAlias = (
    BetaInputMessageParam
    | BetaOutputMessageParam
    | BetaFileSearchToolCallParam
    | BetaComputerToolCallParam
    | BetaComputerCallOutputItemParam
    | BetaWebSearchToolCallParam
    | BetaFunctionToolCallParam
    | BetaFunctionCallOutputItemParam
    | BetaAgentMessageItemParam
    | BetaMultiAgentCallItemParam
    | BetaMultiAgentCallOutputItemParam
    | BetaToolSearchCallItemParam
    | BetaToolSearchOutputItemParam
    | BetaAdditionalToolsItemParam
    | BetaReasoningItemParam
    | BetaCompactionSummaryItemParam
    | BetaImageGenToolCallParam
    | BetaCodeInterpreterToolCallParam
    | BetaLocalShellToolCallParam
    | BetaLocalShellToolCallOutputParam
    | BetaFunctionShellCallItemParam
    | BetaFunctionShellCallOutputItemParam
    | BetaApplyPatchToolCallItemParam
    | BetaApplyPatchToolCallOutputItemParam
    | BetaMcpListToolsParam
    | BetaMcpApprovalRequestParam
    | BetaMcpApprovalResponseParam
    | BetaMcpToolCallParam
    | BetaCustomToolCallOutputParam
    | BetaCustomToolCallParam
)
"""Content item used to generate a response."""
