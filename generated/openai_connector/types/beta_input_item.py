# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_additional_tools_item_param import BetaAdditionalToolsItem, BetaAdditionalToolsItemParam
from .beta_agent_message_item_param import BetaAgentMessageItem, BetaAgentMessageItemParam
from .beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItem, BetaApplyPatchToolCallItemParam
from .beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItem,
    BetaApplyPatchToolCallOutputItemParam,
)
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall, BetaCodeInterpreterToolCallParam
from .beta_compaction_summary_item_param import BetaCompactionSummaryItem, BetaCompactionSummaryItemParam
from .beta_compaction_trigger_item_param import BetaCompactionTriggerItem, BetaCompactionTriggerItemParam
from .beta_computer_call_output_item_param import BetaComputerCallOutputItem, BetaComputerCallOutputItemParam
from .beta_computer_tool_call import BetaComputerToolCall, BetaComputerToolCallParam
from .beta_custom_tool_call import BetaCustomToolCall, BetaCustomToolCallParam
from .beta_custom_tool_call_output import BetaCustomToolCallOutput, BetaCustomToolCallOutputParam
from .beta_easy_input_message import BetaEasyInputMessage, BetaEasyInputMessageParam
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
from .beta_item_reference_param import BetaItemReference, BetaItemReferenceParam
from .beta_local_shell_tool_call import BetaLocalShellToolCall, BetaLocalShellToolCallParam
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput, BetaLocalShellToolCallOutputParam
from .beta_mcp_approval_request import BetaMcpApprovalRequest, BetaMcpApprovalRequestParam
from .beta_mcp_approval_response import BetaMcpApprovalResponse, BetaMcpApprovalResponseParam
from .beta_mcp_list_tools import BetaMcpListTools, BetaMcpListToolsParam
from .beta_mcp_tool_call import BetaMcpToolCall, BetaMcpToolCallParam
from .beta_multi_agent_call_item_param import BetaMultiAgentCallItem, BetaMultiAgentCallItemParam
from .beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItem, BetaMultiAgentCallOutputItemParam
from .beta_output_message import BetaOutputMessage, BetaOutputMessageParam
from .beta_program_item_param import BetaProgramItem, BetaProgramItemParam
from .beta_program_output_item_param import BetaProgramOutputItem, BetaProgramOutputItemParam
from .beta_reasoning_item import BetaReasoningItem, BetaReasoningItemParam
from .beta_tool_search_call_item_param import BetaToolSearchCallItem, BetaToolSearchCallItemParam
from .beta_tool_search_output_item_param import BetaToolSearchOutputItem, BetaToolSearchOutputItemParam
from .beta_web_search_tool_call import BetaWebSearchToolCall, BetaWebSearchToolCallParam

BetaInputItem: TypeAlias = Open[
    Annotated[
        Annotated[BetaEasyInputMessage | BetaInputMessage | BetaOutputMessage, Tag("message")]
        | Annotated[BetaFileSearchToolCall, Tag("file_search_call")]
        | Annotated[BetaComputerToolCall, Tag("computer_call")]
        | Annotated[BetaComputerCallOutputItem, Tag("computer_call_output")]
        | Annotated[BetaWebSearchToolCall, Tag("web_search_call")]
        | Annotated[BetaFunctionToolCall, Tag("function_call")]
        | Annotated[BetaFunctionCallOutputItem, Tag("function_call_output")]
        | Annotated[BetaAgentMessageItem, Tag("agent_message")]
        | Annotated[BetaMultiAgentCallItem, Tag("multi_agent_call")]
        | Annotated[BetaMultiAgentCallOutputItem, Tag("multi_agent_call_output")]
        | Annotated[BetaToolSearchCallItem, Tag("tool_search_call")]
        | Annotated[BetaToolSearchOutputItem, Tag("tool_search_output")]
        | Annotated[BetaAdditionalToolsItem, Tag("additional_tools")]
        | Annotated[BetaReasoningItem, Tag("reasoning")]
        | Annotated[BetaCompactionSummaryItem, Tag("compaction")]
        | Annotated[BetaImageGenToolCall, Tag("image_generation_call")]
        | Annotated[BetaCodeInterpreterToolCall, Tag("code_interpreter_call")]
        | Annotated[BetaLocalShellToolCall, Tag("local_shell_call")]
        | Annotated[BetaLocalShellToolCallOutput, Tag("local_shell_call_output")]
        | Annotated[BetaFunctionShellCallItem, Tag("shell_call")]
        | Annotated[BetaFunctionShellCallOutputItem, Tag("shell_call_output")]
        | Annotated[BetaApplyPatchToolCallItem, Tag("apply_patch_call")]
        | Annotated[BetaApplyPatchToolCallOutputItem, Tag("apply_patch_call_output")]
        | Annotated[BetaMcpListTools, Tag("mcp_list_tools")]
        | Annotated[BetaMcpApprovalRequest, Tag("mcp_approval_request")]
        | Annotated[BetaMcpApprovalResponse, Tag("mcp_approval_response")]
        | Annotated[BetaMcpToolCall, Tag("mcp_call")]
        | Annotated[BetaCustomToolCallOutput, Tag("custom_tool_call_output")]
        | Annotated[BetaCustomToolCall, Tag("custom_tool_call")]
        | Annotated[BetaCompactionTriggerItem, Tag("compaction_trigger")]
        | Annotated[BetaItemReference, Tag("item_reference")]
        | Annotated[BetaProgramItem, Tag("program")]
        | Annotated[BetaProgramOutputItem, Tag("program_output")],
        Discriminator(tag_of("type", {"<untagged>": "message"})),
    ]
]


BetaInputItemParam: TypeAlias = (
    BetaEasyInputMessageParam
    | BetaInputMessageParam
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
    | BetaCompactionTriggerItemParam
    | BetaItemReferenceParam
    | BetaProgramItemParam
    | BetaProgramOutputItemParam
)
