# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_additional_tools import BetaAdditionalTools
from .beta_agent_message import BetaAgentMessage
from .beta_apply_patch_tool_call import BetaApplyPatchToolCall
from .beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
from .beta_compaction_body import BetaCompactionBody
from .beta_computer_tool_call import BetaComputerToolCall
from .beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource
from .beta_custom_tool_call import BetaCustomToolCall
from .beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource
from .beta_file_search_tool_call import BetaFileSearchToolCall
from .beta_function_shell_call import BetaFunctionShellCall
from .beta_function_shell_call_output import BetaFunctionShellCallOutput
from .beta_function_tool_call import BetaFunctionToolCall
from .beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource
from .beta_image_gen_tool_call import BetaImageGenToolCall
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

BetaOutputItem: TypeAlias = Open[
    Annotated[
        Annotated[BetaOutputMessage, Tag("message")]
        | Annotated[BetaFileSearchToolCall, Tag("file_search_call")]
        | Annotated[BetaFunctionToolCall, Tag("function_call")]
        | Annotated[BetaFunctionToolCallOutputResource, Tag("function_call_output")]
        | Annotated[BetaAgentMessage, Tag("agent_message")]
        | Annotated[BetaMultiAgentCall, Tag("multi_agent_call")]
        | Annotated[BetaMultiAgentCallOutput, Tag("multi_agent_call_output")]
        | Annotated[BetaWebSearchToolCall, Tag("web_search_call")]
        | Annotated[BetaComputerToolCall, Tag("computer_call")]
        | Annotated[BetaComputerToolCallOutputResource, Tag("computer_call_output")]
        | Annotated[BetaReasoningItem, Tag("reasoning")]
        | Annotated[BetaProgram, Tag("program")]
        | Annotated[BetaProgramOutput, Tag("program_output")]
        | Annotated[BetaToolSearchCall, Tag("tool_search_call")]
        | Annotated[BetaToolSearchOutput, Tag("tool_search_output")]
        | Annotated[BetaAdditionalTools, Tag("additional_tools")]
        | Annotated[BetaCompactionBody, Tag("compaction")]
        | Annotated[BetaImageGenToolCall, Tag("image_generation_call")]
        | Annotated[BetaCodeInterpreterToolCall, Tag("code_interpreter_call")]
        | Annotated[BetaLocalShellToolCall, Tag("local_shell_call")]
        | Annotated[BetaLocalShellToolCallOutput, Tag("local_shell_call_output")]
        | Annotated[BetaFunctionShellCall, Tag("shell_call")]
        | Annotated[BetaFunctionShellCallOutput, Tag("shell_call_output")]
        | Annotated[BetaApplyPatchToolCall, Tag("apply_patch_call")]
        | Annotated[BetaApplyPatchToolCallOutput, Tag("apply_patch_call_output")]
        | Annotated[BetaMcpToolCall, Tag("mcp_call")]
        | Annotated[BetaMcpListTools, Tag("mcp_list_tools")]
        | Annotated[BetaMcpApprovalRequest, Tag("mcp_approval_request")]
        | Annotated[BetaMcpApprovalResponseResource, Tag("mcp_approval_response")]
        | Annotated[BetaCustomToolCall, Tag("custom_tool_call")]
        | Annotated[BetaCustomToolCallOutputResource, Tag("custom_tool_call_output")],
        Discriminator(tag_of("type")),
    ]
]
