# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_additional_tools_item_param import BetaAdditionalToolsItemParam, BetaAdditionalToolsItemParamParam
from .beta_agent_message_item_param import BetaAgentMessageItemParam, BetaAgentMessageItemParamParam
from .beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam, BetaApplyPatchToolCallItemParamParam
from .beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItemParam,
    BetaApplyPatchToolCallOutputItemParamParam,
)
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall, BetaCodeInterpreterToolCallParam
from .beta_compaction_summary_item_param import BetaCompactionSummaryItemParam, BetaCompactionSummaryItemParamParam
from .beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam, BetaCompactionTriggerItemParamParam
from .beta_computer_call_output_item_param import BetaComputerCallOutputItemParam, BetaComputerCallOutputItemParamParam
from .beta_computer_tool_call import BetaComputerToolCall, BetaComputerToolCallParam
from .beta_custom_tool_call import BetaCustomToolCall, BetaCustomToolCallParam
from .beta_custom_tool_call_output import BetaCustomToolCallOutput, BetaCustomToolCallOutputParam
from .beta_easy_input_message import BetaEasyInputMessage, BetaEasyInputMessageParam
from .beta_file_search_tool_call import BetaFileSearchToolCall, BetaFileSearchToolCallParam
from .beta_function_call_output_item_param import BetaFunctionCallOutputItemParam, BetaFunctionCallOutputItemParamParam
from .beta_function_shell_call_item_param import BetaFunctionShellCallItemParam, BetaFunctionShellCallItemParamParam
from .beta_function_shell_call_output_item_param import (
    BetaFunctionShellCallOutputItemParam,
    BetaFunctionShellCallOutputItemParamParam,
)
from .beta_function_tool_call import BetaFunctionToolCall, BetaFunctionToolCallParam
from .beta_image_gen_tool_call import BetaImageGenToolCall, BetaImageGenToolCallParam
from .beta_input_message import BetaInputMessage, BetaInputMessageParam
from .beta_item_reference_param import BetaItemReferenceParam, BetaItemReferenceParamParam
from .beta_local_shell_tool_call import BetaLocalShellToolCall, BetaLocalShellToolCallParam
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput, BetaLocalShellToolCallOutputParam
from .beta_mcp_approval_request import BetaMcpApprovalRequest, BetaMcpApprovalRequestParam
from .beta_mcp_approval_response import BetaMcpApprovalResponse, BetaMcpApprovalResponseParam
from .beta_mcp_list_tools import BetaMcpListTools, BetaMcpListToolsParam
from .beta_mcp_tool_call import BetaMcpToolCall, BetaMcpToolCallParam
from .beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam, BetaMultiAgentCallItemParamParam
from .beta_multi_agent_call_output_item_param import (
    BetaMultiAgentCallOutputItemParam,
    BetaMultiAgentCallOutputItemParamParam,
)
from .beta_output_message import BetaOutputMessage, BetaOutputMessageParam
from .beta_program_item_param import BetaProgramItemParam, BetaProgramItemParamParam
from .beta_program_output_item_param import BetaProgramOutputItemParam, BetaProgramOutputItemParamParam
from .beta_reasoning_item import BetaReasoningItem, BetaReasoningItemParam
from .beta_tool_search_call_item_param import BetaToolSearchCallItemParam, BetaToolSearchCallItemParamParam
from .beta_tool_search_output_item_param import BetaToolSearchOutputItemParam, BetaToolSearchOutputItemParamParam
from .beta_web_search_tool_call import BetaWebSearchToolCall, BetaWebSearchToolCallParam

BetaInputItem: TypeAlias = Open[
    Annotated[
        Annotated[BetaEasyInputMessage | BetaInputMessage | BetaOutputMessage, Tag("message")]
        | Annotated[BetaFileSearchToolCall, Tag("file_search_call")]
        | Annotated[BetaComputerToolCall, Tag("computer_call")]
        | Annotated[BetaComputerCallOutputItemParam, Tag("computer_call_output")]
        | Annotated[BetaWebSearchToolCall, Tag("web_search_call")]
        | Annotated[BetaFunctionToolCall, Tag("function_call")]
        | Annotated[BetaFunctionCallOutputItemParam, Tag("function_call_output")]
        | Annotated[BetaAgentMessageItemParam, Tag("agent_message")]
        | Annotated[BetaMultiAgentCallItemParam, Tag("multi_agent_call")]
        | Annotated[BetaMultiAgentCallOutputItemParam, Tag("multi_agent_call_output")]
        | Annotated[BetaToolSearchCallItemParam, Tag("tool_search_call")]
        | Annotated[BetaToolSearchOutputItemParam, Tag("tool_search_output")]
        | Annotated[BetaAdditionalToolsItemParam, Tag("additional_tools")]
        | Annotated[BetaReasoningItem, Tag("reasoning")]
        | Annotated[BetaCompactionSummaryItemParam, Tag("compaction")]
        | Annotated[BetaImageGenToolCall, Tag("image_generation_call")]
        | Annotated[BetaCodeInterpreterToolCall, Tag("code_interpreter_call")]
        | Annotated[BetaLocalShellToolCall, Tag("local_shell_call")]
        | Annotated[BetaLocalShellToolCallOutput, Tag("local_shell_call_output")]
        | Annotated[BetaFunctionShellCallItemParam, Tag("shell_call")]
        | Annotated[BetaFunctionShellCallOutputItemParam, Tag("shell_call_output")]
        | Annotated[BetaApplyPatchToolCallItemParam, Tag("apply_patch_call")]
        | Annotated[BetaApplyPatchToolCallOutputItemParam, Tag("apply_patch_call_output")]
        | Annotated[BetaMcpListTools, Tag("mcp_list_tools")]
        | Annotated[BetaMcpApprovalRequest, Tag("mcp_approval_request")]
        | Annotated[BetaMcpApprovalResponse, Tag("mcp_approval_response")]
        | Annotated[BetaMcpToolCall, Tag("mcp_call")]
        | Annotated[BetaCustomToolCallOutput, Tag("custom_tool_call_output")]
        | Annotated[BetaCustomToolCall, Tag("custom_tool_call")]
        | Annotated[BetaCompactionTriggerItemParam, Tag("compaction_trigger")]
        | Annotated[BetaItemReferenceParam, Tag("item_reference")]
        | Annotated[BetaProgramItemParam, Tag("program")]
        | Annotated[BetaProgramOutputItemParam, Tag("program_output")],
        Discriminator(tag_of("type", {"<untagged>": "message"})),
    ]
]


BetaInputItemParam: TypeAlias = (
    BetaEasyInputMessageParam
    | BetaInputMessageParam
    | BetaOutputMessageParam
    | BetaFileSearchToolCallParam
    | BetaComputerToolCallParam
    | BetaComputerCallOutputItemParamParam
    | BetaWebSearchToolCallParam
    | BetaFunctionToolCallParam
    | BetaFunctionCallOutputItemParamParam
    | BetaAgentMessageItemParamParam
    | BetaMultiAgentCallItemParamParam
    | BetaMultiAgentCallOutputItemParamParam
    | BetaToolSearchCallItemParamParam
    | BetaToolSearchOutputItemParamParam
    | BetaAdditionalToolsItemParamParam
    | BetaReasoningItemParam
    | BetaCompactionSummaryItemParamParam
    | BetaImageGenToolCallParam
    | BetaCodeInterpreterToolCallParam
    | BetaLocalShellToolCallParam
    | BetaLocalShellToolCallOutputParam
    | BetaFunctionShellCallItemParamParam
    | BetaFunctionShellCallOutputItemParamParam
    | BetaApplyPatchToolCallItemParamParam
    | BetaApplyPatchToolCallOutputItemParamParam
    | BetaMcpListToolsParam
    | BetaMcpApprovalRequestParam
    | BetaMcpApprovalResponseParam
    | BetaMcpToolCallParam
    | BetaCustomToolCallOutputParam
    | BetaCustomToolCallParam
    | BetaCompactionTriggerItemParamParam
    | BetaItemReferenceParamParam
    | BetaProgramItemParamParam
    | BetaProgramOutputItemParamParam
)
