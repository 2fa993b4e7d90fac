# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .realtime_server_event_conversation_created import RealtimeServerEventConversationCreated
from .realtime_server_event_conversation_item_added import RealtimeServerEventConversationItemAdded
from .realtime_server_event_conversation_item_created import RealtimeServerEventConversationItemCreated
from .realtime_server_event_conversation_item_deleted import RealtimeServerEventConversationItemDeleted
from .realtime_server_event_conversation_item_done import RealtimeServerEventConversationItemDone
from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
)
from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
)
from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
)
from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
    RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
)
from .realtime_server_event_conversation_item_retrieved import RealtimeServerEventConversationItemRetrieved
from .realtime_server_event_conversation_item_truncated import RealtimeServerEventConversationItemTruncated
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_server_event_input_audio_buffer_cleared import RealtimeServerEventInputAudioBufferCleared
from .realtime_server_event_input_audio_buffer_committed import RealtimeServerEventInputAudioBufferCommitted
from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
    RealtimeServerEventInputAudioBufferDtmfEventReceived,
)
from .realtime_server_event_input_audio_buffer_speech_started import RealtimeServerEventInputAudioBufferSpeechStarted
from .realtime_server_event_input_audio_buffer_speech_stopped import RealtimeServerEventInputAudioBufferSpeechStopped
from .realtime_server_event_input_audio_buffer_timeout_triggered import (
    RealtimeServerEventInputAudioBufferTimeoutTriggered,
)
from .realtime_server_event_mcp_list_tools_completed import RealtimeServerEventMcpListToolsCompleted
from .realtime_server_event_mcp_list_tools_failed import RealtimeServerEventMcpListToolsFailed
from .realtime_server_event_mcp_list_tools_in_progress import RealtimeServerEventMcpListToolsInProgress
from .realtime_server_event_output_audio_buffer_cleared import RealtimeServerEventOutputAudioBufferCleared
from .realtime_server_event_output_audio_buffer_started import RealtimeServerEventOutputAudioBufferStarted
from .realtime_server_event_output_audio_buffer_stopped import RealtimeServerEventOutputAudioBufferStopped
from .realtime_server_event_rate_limits_updated import RealtimeServerEventRateLimitsUpdated
from .realtime_server_event_response_audio_delta import RealtimeServerEventResponseAudioDelta
from .realtime_server_event_response_audio_done import RealtimeServerEventResponseAudioDone
from .realtime_server_event_response_audio_transcript_delta import RealtimeServerEventResponseAudioTranscriptDelta
from .realtime_server_event_response_audio_transcript_done import RealtimeServerEventResponseAudioTranscriptDone
from .realtime_server_event_response_content_part_added import RealtimeServerEventResponseContentPartAdded
from .realtime_server_event_response_content_part_done import RealtimeServerEventResponseContentPartDone
from .realtime_server_event_response_created import RealtimeServerEventResponseCreated
from .realtime_server_event_response_done import RealtimeServerEventResponseDone
from .realtime_server_event_response_function_call_arguments_delta import (
    RealtimeServerEventResponseFunctionCallArgumentsDelta,
)
from .realtime_server_event_response_function_call_arguments_done import (
    RealtimeServerEventResponseFunctionCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_arguments_delta import RealtimeServerEventResponseMcpCallArgumentsDelta
from .realtime_server_event_response_mcp_call_arguments_done import RealtimeServerEventResponseMcpCallArgumentsDone
from .realtime_server_event_response_mcp_call_completed import RealtimeServerEventResponseMcpCallCompleted
from .realtime_server_event_response_mcp_call_failed import RealtimeServerEventResponseMcpCallFailed
from .realtime_server_event_response_mcp_call_in_progress import RealtimeServerEventResponseMcpCallInProgress
from .realtime_server_event_response_output_item_added import RealtimeServerEventResponseOutputItemAdded
from .realtime_server_event_response_output_item_done import RealtimeServerEventResponseOutputItemDone
from .realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
from .realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated

RealtimeServerEvent: TypeAlias = Open[
    Annotated[
        Annotated[RealtimeServerEventConversationCreated, Tag("conversation.created")]
        | Annotated[RealtimeServerEventConversationItemCreated, Tag("conversation.item.created")]
        | Annotated[RealtimeServerEventConversationItemDeleted, Tag("conversation.item.deleted")]
        | Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
            Tag("conversation.item.input_audio_transcription.completed"),
        ]
        | Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
            Tag("conversation.item.input_audio_transcription.delta"),
        ]
        | Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
            Tag("conversation.item.input_audio_transcription.failed"),
        ]
        | Annotated[RealtimeServerEventConversationItemRetrieved, Tag("conversation.item.retrieved")]
        | Annotated[RealtimeServerEventConversationItemTruncated, Tag("conversation.item.truncated")]
        | Annotated[RealtimeServerEventError, Tag("error")]
        | Annotated[RealtimeServerEventInputAudioBufferCleared, Tag("input_audio_buffer.cleared")]
        | Annotated[RealtimeServerEventInputAudioBufferCommitted, Tag("input_audio_buffer.committed")]
        | Annotated[RealtimeServerEventInputAudioBufferDtmfEventReceived, Tag("input_audio_buffer.dtmf_event_received")]
        | Annotated[RealtimeServerEventInputAudioBufferSpeechStarted, Tag("input_audio_buffer.speech_started")]
        | Annotated[RealtimeServerEventInputAudioBufferSpeechStopped, Tag("input_audio_buffer.speech_stopped")]
        | Annotated[RealtimeServerEventRateLimitsUpdated, Tag("rate_limits.updated")]
        | Annotated[RealtimeServerEventResponseAudioDelta, Tag("response.output_audio.delta")]
        | Annotated[RealtimeServerEventResponseAudioDone, Tag("response.output_audio.done")]
        | Annotated[RealtimeServerEventResponseAudioTranscriptDelta, Tag("response.output_audio_transcript.delta")]
        | Annotated[RealtimeServerEventResponseAudioTranscriptDone, Tag("response.output_audio_transcript.done")]
        | Annotated[RealtimeServerEventResponseContentPartAdded, Tag("response.content_part.added")]
        | Annotated[RealtimeServerEventResponseContentPartDone, Tag("response.content_part.done")]
        | Annotated[RealtimeServerEventResponseCreated, Tag("response.created")]
        | Annotated[RealtimeServerEventResponseDone, Tag("response.done")]
        | Annotated[
            RealtimeServerEventResponseFunctionCallArgumentsDelta, Tag("response.function_call_arguments.delta")
        ]
        | Annotated[RealtimeServerEventResponseFunctionCallArgumentsDone, Tag("response.function_call_arguments.done")]
        | Annotated[RealtimeServerEventResponseOutputItemAdded, Tag("response.output_item.added")]
        | Annotated[RealtimeServerEventResponseOutputItemDone, Tag("response.output_item.done")]
        | Annotated[RealtimeServerEventResponseTextDelta, Tag("response.output_text.delta")]
        | Annotated[RealtimeServerEventResponseTextDone, Tag("response.output_text.done")]
        | Annotated[RealtimeServerEventSessionCreated, Tag("session.created")]
        | Annotated[RealtimeServerEventSessionUpdated, Tag("session.updated")]
        | Annotated[RealtimeServerEventOutputAudioBufferStarted, Tag("output_audio_buffer.started")]
        | Annotated[RealtimeServerEventOutputAudioBufferStopped, Tag("output_audio_buffer.stopped")]
        | Annotated[RealtimeServerEventOutputAudioBufferCleared, Tag("output_audio_buffer.cleared")]
        | Annotated[RealtimeServerEventConversationItemAdded, Tag("conversation.item.added")]
        | Annotated[RealtimeServerEventConversationItemDone, Tag("conversation.item.done")]
        | Annotated[RealtimeServerEventInputAudioBufferTimeoutTriggered, Tag("input_audio_buffer.timeout_triggered")]
        | Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
            Tag("conversation.item.input_audio_transcription.segment"),
        ]
        | Annotated[RealtimeServerEventMcpListToolsInProgress, Tag("mcp_list_tools.in_progress")]
        | Annotated[RealtimeServerEventMcpListToolsCompleted, Tag("mcp_list_tools.completed")]
        | Annotated[RealtimeServerEventMcpListToolsFailed, Tag("mcp_list_tools.failed")]
        | Annotated[RealtimeServerEventResponseMcpCallArgumentsDelta, Tag("response.mcp_call_arguments.delta")]
        | Annotated[RealtimeServerEventResponseMcpCallArgumentsDone, Tag("response.mcp_call_arguments.done")]
        | Annotated[RealtimeServerEventResponseMcpCallInProgress, Tag("response.mcp_call.in_progress")]
        | Annotated[RealtimeServerEventResponseMcpCallCompleted, Tag("response.mcp_call.completed")]
        | Annotated[RealtimeServerEventResponseMcpCallFailed, Tag("response.mcp_call.failed")],
        Discriminator(tag_of("type")),
    ]
]
"""A realtime server event."""
