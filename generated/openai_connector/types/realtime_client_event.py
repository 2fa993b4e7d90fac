# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .realtime_client_event_conversation_item_create import RealtimeClientEventConversationItemCreate
from .realtime_client_event_conversation_item_delete import RealtimeClientEventConversationItemDelete
from .realtime_client_event_conversation_item_retrieve import RealtimeClientEventConversationItemRetrieve
from .realtime_client_event_conversation_item_truncate import RealtimeClientEventConversationItemTruncate
from .realtime_client_event_input_audio_buffer_append import RealtimeClientEventInputAudioBufferAppend
from .realtime_client_event_input_audio_buffer_clear import RealtimeClientEventInputAudioBufferClear
from .realtime_client_event_input_audio_buffer_commit import RealtimeClientEventInputAudioBufferCommit
from .realtime_client_event_output_audio_buffer_clear import RealtimeClientEventOutputAudioBufferClear
from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate

RealtimeClientEvent: TypeAlias = Open[
    Annotated[
        Annotated[RealtimeClientEventConversationItemCreate, Tag("conversation.item.create")]
        | Annotated[RealtimeClientEventConversationItemDelete, Tag("conversation.item.delete")]
        | Annotated[RealtimeClientEventConversationItemRetrieve, Tag("conversation.item.retrieve")]
        | Annotated[RealtimeClientEventConversationItemTruncate, Tag("conversation.item.truncate")]
        | Annotated[RealtimeClientEventInputAudioBufferAppend, Tag("input_audio_buffer.append")]
        | Annotated[RealtimeClientEventInputAudioBufferClear, Tag("input_audio_buffer.clear")]
        | Annotated[RealtimeClientEventOutputAudioBufferClear, Tag("output_audio_buffer.clear")]
        | Annotated[RealtimeClientEventInputAudioBufferCommit, Tag("input_audio_buffer.commit")]
        | Annotated[RealtimeClientEventResponseCancel, Tag("response.cancel")]
        | Annotated[RealtimeClientEventResponseCreate, Tag("response.create")]
        | Annotated[RealtimeClientEventSessionUpdate, Tag("session.update")],
        Discriminator(tag_of("type")),
    ]
]
"""A realtime client event."""
