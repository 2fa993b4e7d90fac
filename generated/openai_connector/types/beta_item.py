# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_additional_tools_item_param import BetaAdditionalToolsItem
from .beta_agent_message_item_param import BetaAgentMessageItem
from .beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItem
from .beta_apply_patch_tool_call_output_item_param import BetaApplyPatchToolCallOutputItem
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
from .beta_compaction_summary_item_param import BetaCompactionSummaryItem
from .beta_computer_call_output_item_param import BetaComputerCallOutputItem
from .beta_computer_tool_call import BetaComputerToolCall
from .beta_custom_tool_call import BetaCustomToolCall
from .beta_custom_tool_call_output import BetaCustomToolCallOutput
from .beta_file_search_tool_call import BetaFileSearchToolCall
from .beta_function_call_output_item_param import BetaFunctionCallOutputItem
from .beta_function_shell_call_item_param import BetaFunctionShellCallItem
from .beta_function_shell_call_output_item_param import BetaFunctionShellCallOutputItem
from .beta_function_tool_call import BetaFunctionToolCall
from .beta_image_gen_tool_call import BetaImageGenToolCall
from .beta_input_message import BetaInputMessage
from .beta_local_shell_tool_call import BetaLocalShellToolCall
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
from .beta_mcp_approval_request import BetaMcpApprovalRequest
from .beta_mcp_approval_response import BetaMcpApprovalResponse
from .beta_mcp_list_tools import BetaMcpListTools
from .beta_mcp_tool_call import BetaMcpToolCall
from .beta_multi_agent_call_item_param import BetaMultiAgentCallItem
from .beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItem
from .beta_output_message import BetaOutputMessage
from .beta_reasoning_item import BetaReasoningItem
from .beta_tool_search_call_item_param import BetaToolSearchCallItem
from .beta_tool_search_output_item_param import BetaToolSearchOutputItem
from .beta_web_search_tool_call import BetaWebSearchToolCall

BetaItem: TypeAlias = Open[
    Annotated[
        Annotated[BetaInputMessage | BetaOutputMessage, Tag("message")]
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
        | Annotated[BetaCustomToolCall, Tag("custom_tool_call")],
        Discriminator(tag_of("type", {"<untagged>": "message"})),
    ]
]
"""Content item used to generate a response."""
