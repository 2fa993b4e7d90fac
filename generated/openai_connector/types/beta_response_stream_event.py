# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_response_audio_delta_event import BetaResponseAudioDeltaEvent
from .beta_response_audio_done_event import BetaResponseAudioDoneEvent
from .beta_response_audio_transcript_delta_event import BetaResponseAudioTranscriptDeltaEvent
from .beta_response_audio_transcript_done_event import BetaResponseAudioTranscriptDoneEvent
from .beta_response_code_interpreter_call_code_delta_event import BetaResponseCodeInterpreterCallCodeDeltaEvent
from .beta_response_code_interpreter_call_code_done_event import BetaResponseCodeInterpreterCallCodeDoneEvent
from .beta_response_code_interpreter_call_completed_event import BetaResponseCodeInterpreterCallCompletedEvent
from .beta_response_code_interpreter_call_in_progress_event import BetaResponseCodeInterpreterCallInProgressEvent
from .beta_response_code_interpreter_call_interpreting_event import BetaResponseCodeInterpreterCallInterpretingEvent
from .beta_response_completed_event import BetaResponseCompletedEvent
from .beta_response_content_part_added_event import BetaResponseContentPartAddedEvent
from .beta_response_content_part_done_event import BetaResponseContentPartDoneEvent
from .beta_response_created_event import BetaResponseCreatedEvent
from .beta_response_custom_tool_call_input_delta_event import BetaResponseCustomToolCallInputDeltaEvent
from .beta_response_custom_tool_call_input_done_event import BetaResponseCustomToolCallInputDoneEvent
from .beta_response_error_event import BetaResponseErrorEvent
from .beta_response_failed_event import BetaResponseFailedEvent
from .beta_response_file_search_call_completed_event import BetaResponseFileSearchCallCompletedEvent
from .beta_response_file_search_call_in_progress_event import BetaResponseFileSearchCallInProgressEvent
from .beta_response_file_search_call_searching_event import BetaResponseFileSearchCallSearchingEvent
from .beta_response_function_call_arguments_delta_event import BetaResponseFunctionCallArgumentsDeltaEvent
from .beta_response_function_call_arguments_done_event import BetaResponseFunctionCallArgumentsDoneEvent
from .beta_response_image_gen_call_completed_event import BetaResponseImageGenCallCompletedEvent
from .beta_response_image_gen_call_generating_event import BetaResponseImageGenCallGeneratingEvent
from .beta_response_image_gen_call_in_progress_event import BetaResponseImageGenCallInProgressEvent
from .beta_response_image_gen_call_partial_image_event import BetaResponseImageGenCallPartialImageEvent
from .beta_response_in_progress_event import BetaResponseInProgressEvent
from .beta_response_incomplete_event import BetaResponseIncompleteEvent
from .beta_response_mcp_call_arguments_delta_event import BetaResponseMcpCallArgumentsDeltaEvent
from .beta_response_mcp_call_arguments_done_event import BetaResponseMcpCallArgumentsDoneEvent
from .beta_response_mcp_call_completed_event import BetaResponseMcpCallCompletedEvent
from .beta_response_mcp_call_failed_event import BetaResponseMcpCallFailedEvent
from .beta_response_mcp_call_in_progress_event import BetaResponseMcpCallInProgressEvent
from .beta_response_mcp_list_tools_completed_event import BetaResponseMcpListToolsCompletedEvent
from .beta_response_mcp_list_tools_failed_event import BetaResponseMcpListToolsFailedEvent
from .beta_response_mcp_list_tools_in_progress_event import BetaResponseMcpListToolsInProgressEvent
from .beta_response_output_item_added_event import BetaResponseOutputItemAddedEvent
from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent
from .beta_response_output_text_annotation_added_event import BetaResponseOutputTextAnnotationAddedEvent
from .beta_response_queued_event import BetaResponseQueuedEvent
from .beta_response_reasoning_summary_part_added_event import BetaResponseReasoningSummaryPartAddedEvent
from .beta_response_reasoning_summary_part_done_event import BetaResponseReasoningSummaryPartDoneEvent
from .beta_response_reasoning_summary_text_delta_event import BetaResponseReasoningSummaryTextDeltaEvent
from .beta_response_reasoning_summary_text_done_event import BetaResponseReasoningSummaryTextDoneEvent
from .beta_response_reasoning_text_delta_event import BetaResponseReasoningTextDeltaEvent
from .beta_response_reasoning_text_done_event import BetaResponseReasoningTextDoneEvent
from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent
from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent
from .beta_response_shell_call_command_added_streaming_event import BetaResponseShellCallCommandAddedStreamingEvent
from .beta_response_shell_call_command_delta_streaming_event import BetaResponseShellCallCommandDeltaStreamingEvent
from .beta_response_shell_call_command_done_streaming_event import BetaResponseShellCallCommandDoneStreamingEvent
from .beta_response_shell_call_output_content_delta_streaming_event import (
    BetaResponseShellCallOutputContentDeltaStreamingEvent,
)
from .beta_response_shell_call_output_content_done_streaming_event import (
    BetaResponseShellCallOutputContentDoneStreamingEvent,
)
from .beta_response_text_delta_event import BetaResponseTextDeltaEvent
from .beta_response_text_done_event import BetaResponseTextDoneEvent
from .beta_response_web_search_call_completed_event import BetaResponseWebSearchCallCompletedEvent
from .beta_response_web_search_call_in_progress_event import BetaResponseWebSearchCallInProgressEvent
from .beta_response_web_search_call_searching_event import BetaResponseWebSearchCallSearchingEvent

BetaResponseStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[BetaResponseAudioDeltaEvent, Tag("response.audio.delta")]
        | Annotated[BetaResponseAudioDoneEvent, Tag("response.audio.done")]
        | Annotated[BetaResponseAudioTranscriptDeltaEvent, Tag("response.audio.transcript.delta")]
        | Annotated[BetaResponseAudioTranscriptDoneEvent, Tag("response.audio.transcript.done")]
        | Annotated[BetaResponseCodeInterpreterCallCodeDeltaEvent, Tag("response.code_interpreter_call_code.delta")]
        | Annotated[BetaResponseCodeInterpreterCallCodeDoneEvent, Tag("response.code_interpreter_call_code.done")]
        | Annotated[BetaResponseCodeInterpreterCallCompletedEvent, Tag("response.code_interpreter_call.completed")]
        | Annotated[BetaResponseCodeInterpreterCallInProgressEvent, Tag("response.code_interpreter_call.in_progress")]
        | Annotated[
            BetaResponseCodeInterpreterCallInterpretingEvent, Tag("response.code_interpreter_call.interpreting")
        ]
        | Annotated[BetaResponseCompletedEvent, Tag("response.completed")]
        | Annotated[BetaResponseContentPartAddedEvent, Tag("response.content_part.added")]
        | Annotated[BetaResponseContentPartDoneEvent, Tag("response.content_part.done")]
        | Annotated[BetaResponseCreatedEvent, Tag("response.created")]
        | Annotated[BetaResponseErrorEvent, Tag("error")]
        | Annotated[BetaResponseFileSearchCallCompletedEvent, Tag("response.file_search_call.completed")]
        | Annotated[BetaResponseFileSearchCallInProgressEvent, Tag("response.file_search_call.in_progress")]
        | Annotated[BetaResponseFileSearchCallSearchingEvent, Tag("response.file_search_call.searching")]
        | Annotated[BetaResponseFunctionCallArgumentsDeltaEvent, Tag("response.function_call_arguments.delta")]
        | Annotated[BetaResponseFunctionCallArgumentsDoneEvent, Tag("response.function_call_arguments.done")]
        | Annotated[BetaResponseShellCallCommandAddedStreamingEvent, Tag("response.shell_call_command.added")]
        | Annotated[BetaResponseShellCallCommandDeltaStreamingEvent, Tag("response.shell_call_command.delta")]
        | Annotated[BetaResponseShellCallCommandDoneStreamingEvent, Tag("response.shell_call_command.done")]
        | Annotated[
            BetaResponseShellCallOutputContentDeltaStreamingEvent, Tag("response.shell_call_output_content.delta")
        ]
        | Annotated[
            BetaResponseShellCallOutputContentDoneStreamingEvent, Tag("response.shell_call_output_content.done")
        ]
        | Annotated[BetaResponseInProgressEvent, Tag("response.in_progress")]
        | Annotated[BetaResponseFailedEvent, Tag("response.failed")]
        | Annotated[BetaResponseIncompleteEvent, Tag("response.incomplete")]
        | Annotated[BetaResponseOutputItemAddedEvent, Tag("response.output_item.added")]
        | Annotated[BetaResponseOutputItemDoneEvent, Tag("response.output_item.done")]
        | Annotated[BetaResponseReasoningSummaryPartAddedEvent, Tag("response.reasoning_summary_part.added")]
        | Annotated[BetaResponseReasoningSummaryPartDoneEvent, Tag("response.reasoning_summary_part.done")]
        | Annotated[BetaResponseReasoningSummaryTextDeltaEvent, Tag("response.reasoning_summary_text.delta")]
        | Annotated[BetaResponseReasoningSummaryTextDoneEvent, Tag("response.reasoning_summary_text.done")]
        | Annotated[BetaResponseReasoningTextDeltaEvent, Tag("response.reasoning_text.delta")]
        | Annotated[BetaResponseReasoningTextDoneEvent, Tag("response.reasoning_text.done")]
        | Annotated[BetaResponseRefusalDeltaEvent, Tag("response.refusal.delta")]
        | Annotated[BetaResponseRefusalDoneEvent, Tag("response.refusal.done")]
        | Annotated[BetaResponseTextDeltaEvent, Tag("response.output_text.delta")]
        | Annotated[BetaResponseTextDoneEvent, Tag("response.output_text.done")]
        | Annotated[BetaResponseWebSearchCallCompletedEvent, Tag("response.web_search_call.completed")]
        | Annotated[BetaResponseWebSearchCallInProgressEvent, Tag("response.web_search_call.in_progress")]
        | Annotated[BetaResponseWebSearchCallSearchingEvent, Tag("response.web_search_call.searching")]
        | Annotated[BetaResponseImageGenCallCompletedEvent, Tag("response.image_generation_call.completed")]
        | Annotated[BetaResponseImageGenCallGeneratingEvent, Tag("response.image_generation_call.generating")]
        | Annotated[BetaResponseImageGenCallInProgressEvent, Tag("response.image_generation_call.in_progress")]
        | Annotated[BetaResponseImageGenCallPartialImageEvent, Tag("response.image_generation_call.partial_image")]
        | Annotated[BetaResponseMcpCallArgumentsDeltaEvent, Tag("response.mcp_call_arguments.delta")]
        | Annotated[BetaResponseMcpCallArgumentsDoneEvent, Tag("response.mcp_call_arguments.done")]
        | Annotated[BetaResponseMcpCallCompletedEvent, Tag("response.mcp_call.completed")]
        | Annotated[BetaResponseMcpCallFailedEvent, Tag("response.mcp_call.failed")]
        | Annotated[BetaResponseMcpCallInProgressEvent, Tag("response.mcp_call.in_progress")]
        | Annotated[BetaResponseMcpListToolsCompletedEvent, Tag("response.mcp_list_tools.completed")]
        | Annotated[BetaResponseMcpListToolsFailedEvent, Tag("response.mcp_list_tools.failed")]
        | Annotated[BetaResponseMcpListToolsInProgressEvent, Tag("response.mcp_list_tools.in_progress")]
        | Annotated[BetaResponseOutputTextAnnotationAddedEvent, Tag("response.output_text.annotation.added")]
        | Annotated[BetaResponseQueuedEvent, Tag("response.queued")]
        | Annotated[BetaResponseCustomToolCallInputDeltaEvent, Tag("response.custom_tool_call_input.delta")]
        | Annotated[BetaResponseCustomToolCallInputDoneEvent, Tag("response.custom_tool_call_input.done")],
        Discriminator(tag_of("type")),
    ]
]
"""Event emitted while a response is streamed."""
