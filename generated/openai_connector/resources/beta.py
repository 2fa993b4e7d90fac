# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING, Literal, cast, overload

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._streaming import AsyncStream, Stream
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)
from ..lib.helpers.polling import AsyncRunsPolling, RunsPolling

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncConversationCursorPage,
        AsyncCursorPage,
        AsyncPaginator,
        SyncConversationCursorPage,
        SyncCursorPage,
    )
    from ..types.assistant import Assistant
    from ..types.assistant_deleted import AssistantDeleted
    from ..types.assistant_stream_event import AssistantStreamEvent
    from ..types.assistant_supported_models import AssistantSupportedModels
    from ..types.assistant_tools_code import AssistantToolsCodeParam
    from ..types.assistant_tools_file_search import AssistantToolsFileSearchParam
    from ..types.assistant_tools_function import AssistantToolsFunctionParam
    from ..types.assistants_api_response_format_option import AssistantsApiResponseFormatOptionParam
    from ..types.assistants_api_tool_choice_option import AssistantsApiToolChoiceOptionParam
    from ..types.audio_transcription import AudioTranscriptionParam
    from ..types.beta_compacted_response import BetaCompactedResponse
    from ..types.beta_context_management_param import BetaContextManagementParam
    from ..types.beta_conversation_param import BetaConversationParam
    from ..types.beta_include_enum import BetaIncludeEnum
    from ..types.beta_input_item import BetaInputItemParam
    from ..types.beta_input_param import BetaInputParam
    from ..types.beta_metadata import BetaMetadata
    from ..types.beta_model_ids_compaction import BetaModelIdsCompaction
    from ..types.beta_model_ids_responses import BetaModelIdsResponses
    from ..types.beta_moderation_param import BetaModerationParam
    from ..types.beta_multi_agent_param import BetaMultiAgentParam
    from ..types.beta_personality_enum import BetaPersonalityEnum
    from ..types.beta_prompt import BetaPromptParam
    from ..types.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from ..types.beta_prompt_cache_retention_enum import BetaPromptCacheRetentionEnum
    from ..types.beta_reasoning import BetaReasoningParam
    from ..types.beta_response import BetaResponse
    from ..types.beta_response_item import BetaResponseItem
    from ..types.beta_response_stream_event import BetaResponseStreamEvent
    from ..types.beta_response_stream_options import BetaResponseStreamOptionsParam
    from ..types.beta_response_text_param import BetaResponseTextParam
    from ..types.beta_service_tier_enum import BetaServiceTierEnum
    from ..types.beta_service_tier_responses import BetaServiceTierResponses
    from ..types.beta_token_counts_resource import BetaTokenCountsResource
    from ..types.beta_tool import BetaToolParam
    from ..types.beta_tool_choice_param import BetaToolChoiceParam
    from ..types.beta_tools_array import BetaToolsArrayParam
    from ..types.beta_truncation_enum import BetaTruncationEnum
    from ..types.chat_kit_thread import ChatKitThread
    from ..types.chat_session import ChatSession
    from ..types.chatkit_configuration_param import ChatkitConfigurationParam
    from ..types.create_assistant_request import CreateAssistantRequestToolResourcesParam
    from ..types.create_message_request import CreateMessageRequestAttachmentsListItemParam, CreateMessageRequestParam
    from ..types.create_thread_and_run_request import CreateThreadAndRunRequestToolResourcesParam
    from ..types.create_thread_request import CreateThreadRequestParam, CreateThreadRequestToolResourcesParam
    from ..types.deleted_thread_resource import DeletedThreadResource
    from ..types.expires_after_param import ExpiresAfterParam
    from ..types.message_content_image_file_object import MessageContentImageFileObjectParam
    from ..types.message_content_image_url_object import MessageContentImageUrlObjectParam
    from ..types.message_deleted import MessageDeleted
    from ..types.message_object import MessageObject
    from ..types.message_request_content_text_object import MessageRequestContentTextObjectParam
    from ..types.metadata import Metadata
    from ..types.modify_assistant_request import ModifyAssistantRequestToolResourcesParam
    from ..types.modify_thread_request import ModifyThreadRequestToolResourcesParam
    from ..types.order_enum import OrderEnum
    from ..types.parallel_tool_calls import ParallelToolCalls
    from ..types.prompt import PromptParam
    from ..types.rate_limits_param import RateLimitsParam
    from ..types.realtime_session_create_request import (
        RealtimeSessionCreateRequestClientSecretParam,
        RealtimeSessionCreateRequestInputAudioTranscriptionParam,
        RealtimeSessionCreateRequestToolParam,
        RealtimeSessionCreateRequestTracingConfigurationParam,
        RealtimeSessionCreateRequestTurnDetectionParam,
    )
    from ..types.realtime_session_create_response import RealtimeSessionCreateResponse
    from ..types.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequestNoiseReductionParam,
        RealtimeTranscriptionSessionCreateRequestTurnDetectionParam,
    )
    from ..types.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse
    from ..types.realtime_truncation import RealtimeTruncationParam
    from ..types.reasoning_effort import ReasoningEffort
    from ..types.run import Run
    from ..types.run_step import RunStep
    from ..types.submit_tool_outputs_run_request import SubmitToolOutputsRunRequestToolOutputParam
    from ..types.thread import Thread
    from ..types.thread_deleted import ThreadDeleted
    from ..types.thread_item import ThreadItem
    from ..types.truncation_object import TruncationObjectParam
    from ..types.voice_ids_or_custom_voice import VoiceIdsOrCustomVoiceParam
    from ..types.workflow_param import WorkflowParam

_LIST_ASSISTANTS = Operation(
    api="openai",
    operation_id="listAssistants",
    method="GET",
    path="/assistants",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_ASSISTANT = Operation(
    api="openai",
    operation_id="createAssistant",
    method="POST",
    path="/assistants",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string"},
            "name": {"type": "string", "maxLength": 256, "nullable": True},
            "description": {"type": "string", "maxLength": 512, "nullable": True},
            "instructions": {"type": "string", "maxLength": 256000, "nullable": True},
            "reasoning_effort": {"type": "string", "nullable": True},
            "tools": {"type": "array", "maxItems": 128},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_GET_ASSISTANT = Operation(
    api="openai",
    operation_id="getAssistant",
    method="GET",
    path="/assistants/{assistant_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"assistant_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_MODIFY_ASSISTANT = Operation(
    api="openai",
    operation_id="modifyAssistant",
    method="POST",
    path="/assistants/{assistant_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"assistant_id": {"type": "string"}},
        "body": {
            "model": {"type": "string"},
            "reasoning_effort": {"type": "string", "nullable": True},
            "name": {"type": "string", "maxLength": 256, "nullable": True},
            "description": {"type": "string", "maxLength": 512, "nullable": True},
            "instructions": {"type": "string", "maxLength": 256000, "nullable": True},
            "tools": {"type": "array", "maxItems": 128},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_DELETE_ASSISTANT = Operation(
    api="openai",
    operation_id="deleteAssistant",
    method="DELETE",
    path="/assistants/{assistant_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"assistant_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_REALTIME_SESSION = Operation(
    api="openai",
    operation_id="create-realtime-session",
    method="POST",
    path="/realtime/sessions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "client_secret": {"type": "object"},
            "instructions": {"type": "string"},
            "voice": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "input_audio_format": {"type": "string"},
            "output_audio_format": {"type": "string"},
            "input_audio_transcription": {"type": "object"},
            "speed": {"type": "number", "minimum": 0.25, "maximum": 1.5},
            "tracing": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "turn_detection": {"type": "object"},
            "tools": {"type": "array"},
            "tool_choice": {"type": "string"},
            "temperature": {"type": "number"},
            "max_response_output_tokens": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "truncation": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "prompt": {"type": "object", "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_CREATE_REALTIME_TRANSCRIPTION_SESSION = Operation(
    api="openai",
    operation_id="create-realtime-transcription-session",
    method="POST",
    path="/realtime/transcription_sessions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "turn_detection": {"type": "object"},
            "input_audio_noise_reduction": {"type": "object"},
            "input_audio_format": {"type": "string"},
            "input_audio_transcription": {"type": "object"},
            "include": {"type": "array"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_CREATE_THREAD = Operation(
    api="openai",
    operation_id="createThread",
    method="POST",
    path="/threads",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "messages": {"type": "array"},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_THREAD_AND_RUN = Operation(
    api="openai",
    operation_id="createThreadAndRun",
    method="POST",
    path="/threads/runs",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "assistant_id": {"type": "string"},
            "thread": {"type": "object"},
            "model": {"type": "string", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "tools": {"type": "array", "maxItems": 20, "nullable": True},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "max_prompt_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "max_completion_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "truncation_strategy": {"type": "object"},
            "parallel_tool_calls": {"type": "boolean"},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    stream_done=True,
    stream_enveloped=True,
)

_GET_THREAD = Operation(
    api="openai",
    operation_id="getThread",
    method="GET",
    path="/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_MODIFY_THREAD = Operation(
    api="openai",
    operation_id="modifyThread",
    method="POST",
    path="/threads/{thread_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "body": {
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_DELETE_THREAD = Operation(
    api="openai",
    operation_id="deleteThread",
    method="DELETE",
    path="/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_LIST_MESSAGES = Operation(
    api="openai",
    operation_id="listMessages",
    method="GET",
    path="/threads/{thread_id}/messages",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "run_id": {"type": "string"},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_MESSAGE = Operation(
    api="openai",
    operation_id="createMessage",
    method="POST",
    path="/threads/{thread_id}/messages",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "body": {
            "role": {"type": "string"},
            "content": {"anyOf": [{"type": "string"}, {"type": "array", "minItems": 1}]},
            "attachments": {"type": "array", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_GET_MESSAGE = Operation(
    api="openai",
    operation_id="getMessage",
    method="GET",
    path="/threads/{thread_id}/messages/{message_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "message_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_MODIFY_MESSAGE = Operation(
    api="openai",
    operation_id="modifyMessage",
    method="POST",
    path="/threads/{thread_id}/messages/{message_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "message_id": {"type": "string"}},
        "body": {"metadata": {"type": "object", "nullable": True}},
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_DELETE_MESSAGE = Operation(
    api="openai",
    operation_id="deleteMessage",
    method="DELETE",
    path="/threads/{thread_id}/messages/{message_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "message_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_LIST_RUNS = Operation(
    api="openai",
    operation_id="listRuns",
    method="GET",
    path="/threads/{thread_id}/runs",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_RUN = Operation(
    api="openai",
    operation_id="createRun",
    method="POST",
    path="/threads/{thread_id}/runs",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {"include[]": {"type": "array"}},
        "body": {
            "assistant_id": {"type": "string"},
            "model": {"type": "string", "nullable": True},
            "reasoning_effort": {"type": "string", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "additional_instructions": {"type": "string", "nullable": True},
            "additional_messages": {"type": "array", "nullable": True},
            "tools": {"type": "array", "maxItems": 20, "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "max_prompt_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "max_completion_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "truncation_strategy": {"type": "object"},
            "parallel_tool_calls": {"type": "boolean"},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    stream_done=True,
    stream_enveloped=True,
)

_GET_RUN = Operation(
    api="openai",
    operation_id="getRun",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_MODIFY_RUN = Operation(
    api="openai",
    operation_id="modifyRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}},
        "body": {"metadata": {"type": "object", "nullable": True}},
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_RUN = Operation(
    api="openai",
    operation_id="cancelRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_SUBMIT_TOOL_OUPUTS_TO_RUN = Operation(
    api="openai",
    operation_id="submitToolOuputsToRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}},
        "body": {"tool_outputs": {"type": "array"}, "stream": {"type": "boolean", "nullable": True}},
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    stream_done=True,
    stream_enveloped=True,
)

_LIST_RUN_STEPS = Operation(
    api="openai",
    operation_id="listRunSteps",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "include[]": {"type": "array"},
        },
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_GET_RUN_STEP = Operation(
    api="openai",
    operation_id="getRunStep",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}, "step_id": {"type": "string"}},
        "query": {"include[]": {"type": "array"}},
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_CHAT_SESSION_METHOD = Operation(
    api="openai",
    operation_id="CancelChatSessionMethod",
    method="POST",
    path="/chatkit/sessions/{session_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"session_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CREATE_CHAT_SESSION_METHOD = Operation(
    api="openai",
    operation_id="CreateChatSessionMethod",
    method="POST",
    path="/chatkit/sessions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "workflow": {"type": "object"},
            "user": {"type": "string", "minLength": 1},
            "expires_after": {"type": "object"},
            "rate_limits": {"type": "object"},
            "chatkit_configuration": {"type": "object"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_LIST_THREAD_ITEMS_METHOD = Operation(
    api="openai",
    operation_id="ListThreadItemsMethod",
    method="GET",
    path="/chatkit/threads/{thread_id}/items",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_GET_THREAD_METHOD = Operation(
    api="openai",
    operation_id="GetThreadMethod",
    method="GET",
    path="/chatkit/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_THREAD_METHOD = Operation(
    api="openai",
    operation_id="DeleteThreadMethod",
    method="DELETE",
    path="/chatkit/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_THREADS_METHOD = Operation(
    api="openai",
    operation_id="ListThreadsMethod",
    method="GET",
    path="/chatkit/threads",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "user": {"type": "string", "minLength": 1, "maxLength": 512},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_BETA_CREATE_RESPONSE = Operation(
    api="openai",
    operation_id="beta_createResponse",
    method="POST",
    path="/responses",
    request_kind="json",
    response_kind="json",
    checks={
        "header": {"openai-beta": {"type": "array"}},
        "body": {
            "metadata": {"type": "object", "nullable": True},
            "top_logprobs": {"type": "integer", "minimum": 0, "maximum": 20},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "user": {"type": "string"},
            "safety_identifier": {"type": "string", "maxLength": 64, "nullable": True},
            "prompt_cache_key": {"type": "string", "nullable": True},
            "prompt_cache_retention": {"type": "string", "nullable": True},
            "prompt_cache_options": {"type": "object"},
            "previous_response_id": {"type": "string", "nullable": True},
            "model": {"type": "string"},
            "background": {"type": "boolean", "nullable": True},
            "max_tool_calls": {"type": "integer", "nullable": True},
            "text": {"type": "object"},
            "tools": {"type": "array"},
            "tool_choice": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "prompt": {"type": "object", "nullable": True},
            "service_tier": {"type": "string", "nullable": True},
            "truncation": {"type": "string", "nullable": True},
            "reasoning": {"type": "object", "nullable": True},
            "input": {"anyOf": [{"type": "string"}, {"type": "array"}]},
            "include": {"type": "array", "nullable": True},
            "parallel_tool_calls": {"type": "boolean", "nullable": True},
            "store": {"type": "boolean", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "moderation": {"type": "object", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "stream_options": {"type": "object", "nullable": True},
            "conversation": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
            "context_management": {"type": "array", "minItems": 1, "nullable": True},
            "max_output_tokens": {"type": "integer", "minimum": 16, "nullable": True},
            "multi_agent": {"type": "object", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_BETA_GET_RESPONSE = Operation(
    api="openai",
    operation_id="beta_getResponse",
    method="GET",
    path="/responses/{response_id}",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"response_id": {"type": "string"}},
        "query": {
            "include": {"type": "array"},
            "stream": {"type": "boolean"},
            "starting_after": {"type": "integer"},
            "include_obfuscation": {"type": "boolean"},
        },
        "header": {"openai-beta": {"type": "array"}},
    },
    security=("api_key",),
    version_param="api-version",
)

_BETA_DELETE_RESPONSE = Operation(
    api="openai",
    operation_id="beta_deleteResponse",
    method="DELETE",
    path="/responses/{response_id}",
    request_kind="none",
    response_kind="none",
    checks={"path": {"response_id": {"type": "string"}}, "header": {"openai-beta": {"type": "array"}}},
    security=("api_key",),
    version_param="api-version",
)

_BETA_CANCEL_RESPONSE = Operation(
    api="openai",
    operation_id="beta_cancelResponse",
    method="POST",
    path="/responses/{response_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"response_id": {"type": "string"}}, "header": {"openai-beta": {"type": "array"}}},
    security=("api_key",),
    version_param="api-version",
)

_BETA_COMPACTCONVERSATION = Operation(
    api="openai",
    operation_id="beta_Compactconversation",
    method="POST",
    path="/responses/compact",
    request_kind="json",
    response_kind="json",
    checks={
        "header": {"openai-beta": {"type": "array"}},
        "body": {
            "model": {"type": "string", "nullable": True},
            "input": {"anyOf": [{"type": "string", "maxLength": 10485760}, {"type": "array"}], "nullable": True},
            "previous_response_id": {"type": "string", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "prompt_cache_key": {"type": "string", "maxLength": 64, "nullable": True},
            "prompt_cache_retention": {"type": "string", "nullable": True},
            "prompt_cache_options": {"type": "object", "nullable": True},
            "service_tier": {"type": "string", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_BETA_LIST_INPUT_ITEMS = Operation(
    api="openai",
    operation_id="beta_listInputItems",
    method="GET",
    path="/responses/{response_id}/input_items",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"response_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "include": {"type": "array"},
        },
        "header": {"openai-beta": {"type": "array"}},
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_BETA_GETINPUTTOKENCOUNTS = Operation(
    api="openai",
    operation_id="beta_Getinputtokencounts",
    method="POST",
    path="/responses/input_tokens",
    request_kind="json",
    response_kind="json",
    checks={
        "header": {"openai-beta": {"type": "array"}},
        "body": {
            "model": {"type": "string", "nullable": True},
            "input": {"anyOf": [{"type": "string", "maxLength": 10485760}, {"type": "array"}], "nullable": True},
            "previous_response_id": {"type": "string", "nullable": True},
            "tools": {"type": "array", "nullable": True},
            "text": {"type": "object", "nullable": True},
            "reasoning": {"type": "object", "nullable": True},
            "truncation": {"type": "string"},
            "instructions": {"type": "string", "nullable": True},
            "personality": {"type": "string"},
            "conversation": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
            "tool_choice": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
            "parallel_tool_calls": {"type": "boolean", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)


class Beta(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaWithStreamingResponse(self)

    @cached_property
    def assistants(self) -> BetaAssistants:
        return BetaAssistants(self._client)

    @cached_property
    def realtime(self) -> BetaRealtime:
        return BetaRealtime(self._client)

    @cached_property
    def threads(self) -> BetaThreads:
        return BetaThreads(self._client)

    @cached_property
    def chatkit(self) -> BetaChatkit:
        return BetaChatkit(self._client)

    @cached_property
    def responses(self) -> BetaResponses:
        return BetaResponses(self._client)


class AsyncBeta(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaWithStreamingResponse(self)

    @cached_property
    def assistants(self) -> AsyncBetaAssistants:
        return AsyncBetaAssistants(self._client)

    @cached_property
    def realtime(self) -> AsyncBetaRealtime:
        return AsyncBetaRealtime(self._client)

    @cached_property
    def threads(self) -> AsyncBetaThreads:
        return AsyncBetaThreads(self._client)

    @cached_property
    def chatkit(self) -> AsyncBetaChatkit:
        return AsyncBetaChatkit(self._client)

    @cached_property
    def responses(self) -> AsyncBetaResponses:
        return AsyncBetaResponses(self._client)


class BetaAssistants(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaAssistantsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAssistantsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaAssistantsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Assistant]:
        """Deprecated.

        Returns a list of assistants.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.assistant import Assistant
        from ..types.list_assistants_response import ListAssistantsResponse

        return cast(
            "SyncCursorPage[Assistant]",
            self._client.call_page(
                _LIST_ASSISTANTS,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListAssistantsResponse,
                item_type=Assistant,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: CreateAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Assistant:
        """Deprecated.

        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant import Assistant

        return cast(
            "Assistant",
            self._client.call(
                _CREATE_ASSISTANT,
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "reasoning_effort": reasoning_effort,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Assistant,
            ),
        )

    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Assistant:
        """Deprecated.

        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.
        """

        from ..types.assistant import Assistant

        return cast(
            "Assistant",
            self._client.call(
                _GET_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Assistant,
            ),
        )

    def update(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: ModifyAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Assistant:
        """Deprecated.

        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant import Assistant

        return cast(
            "Assistant",
            self._client.call(
                _MODIFY_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                body={
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Assistant,
            ),
        )

    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantDeleted:
        """Deprecated.

        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.
        """

        from ..types.assistant_deleted import AssistantDeleted

        return cast(
            "AssistantDeleted",
            self._client.call(
                _DELETE_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantDeleted,
            ),
        )


class AsyncBetaAssistants(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaAssistantsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAssistantsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaAssistantsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]:
        """Deprecated.

        Returns a list of assistants.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.assistant import Assistant
        from ..types.list_assistants_response import ListAssistantsResponse

        return cast(
            "AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]",
            self._client.call_page(
                _LIST_ASSISTANTS,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListAssistantsResponse,
                item_type=Assistant,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: CreateAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Assistant:
        """Deprecated.

        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant import Assistant

        return cast(
            "Assistant",
            await self._client.call(
                _CREATE_ASSISTANT,
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "reasoning_effort": reasoning_effort,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Assistant,
            ),
        )

    async def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Assistant:
        """Deprecated.

        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.
        """

        from ..types.assistant import Assistant

        return cast(
            "Assistant",
            await self._client.call(
                _GET_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Assistant,
            ),
        )

    async def update(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: ModifyAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Assistant:
        """Deprecated.

        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant import Assistant

        return cast(
            "Assistant",
            await self._client.call(
                _MODIFY_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                body={
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Assistant,
            ),
        )

    async def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantDeleted:
        """Deprecated.

        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.
        """

        from ..types.assistant_deleted import AssistantDeleted

        return cast(
            "AssistantDeleted",
            await self._client.call(
                _DELETE_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantDeleted,
            ),
        )


class BetaRealtime(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaRealtimeWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRealtimeWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaRealtimeWithStreamingResponse(self)

    @cached_property
    def sessions(self) -> BetaRealtimeSessions:
        return BetaRealtimeSessions(self._client)

    @cached_property
    def transcription_sessions(self) -> BetaRealtimeTranscriptionSessions:
        return BetaRealtimeTranscriptionSessions(self._client)


class AsyncBetaRealtime(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaRealtimeWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRealtimeWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaRealtimeWithStreamingResponse(self)

    @cached_property
    def sessions(self) -> AsyncBetaRealtimeSessions:
        return AsyncBetaRealtimeSessions(self._client)

    @cached_property
    def transcription_sessions(self) -> AsyncBetaRealtimeTranscriptionSessions:
        return AsyncBetaRealtimeTranscriptionSessions(self._client)


class BetaRealtimeSessions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaRealtimeSessionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaRealtimeSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRealtimeSessionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaRealtimeSessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecretParam,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoiceParam | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscriptionParam | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: Literal["auto"] | RealtimeSessionCreateRequestTracingConfigurationParam | NotGiven = NOT_GIVEN,
        turn_detection: RealtimeSessionCreateRequestTurnDetectionParam | NotGiven = NOT_GIVEN,
        tools: Sequence[RealtimeSessionCreateRequestToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncationParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
          client_secret: Ephemeral key returned by the API.
          modalities: The set of modalities the model can respond with. To disable audio, set this to ["text"].
          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
          voice: The voice the model uses to respond. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during the session once the model has responded with audio at least once.
          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
          output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
          input_audio_transcription: Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously and should be treated as rough guidance rather than the representation understood by the model.
          speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
          tracing: Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
          tools: Tools (functions) available to the model.
          tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
          temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
          max_response_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
          truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
          prompt: Reference to a prompt template and its variables. [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
        """

        from ..types.realtime_session_create_response import RealtimeSessionCreateResponse

        return cast(
            "RealtimeSessionCreateResponse",
            self._client.call(
                _CREATE_REALTIME_SESSION,
                body={
                    "client_secret": client_secret,
                    "modalities": modalities,
                    "instructions": instructions,
                    "voice": voice,
                    "input_audio_format": input_audio_format,
                    "output_audio_format": output_audio_format,
                    "input_audio_transcription": input_audio_transcription,
                    "speed": speed,
                    "tracing": tracing,
                    "turn_detection": turn_detection,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "temperature": temperature,
                    "max_response_output_tokens": max_response_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeSessionCreateResponse,
            ),
        )


class AsyncBetaRealtimeSessions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaRealtimeSessionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaRealtimeSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRealtimeSessionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaRealtimeSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecretParam,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoiceParam | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscriptionParam | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: Literal["auto"] | RealtimeSessionCreateRequestTracingConfigurationParam | NotGiven = NOT_GIVEN,
        turn_detection: RealtimeSessionCreateRequestTurnDetectionParam | NotGiven = NOT_GIVEN,
        tools: Sequence[RealtimeSessionCreateRequestToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncationParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
          client_secret: Ephemeral key returned by the API.
          modalities: The set of modalities the model can respond with. To disable audio, set this to ["text"].
          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
          voice: The voice the model uses to respond. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during the session once the model has responded with audio at least once.
          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
          output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
          input_audio_transcription: Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously and should be treated as rough guidance rather than the representation understood by the model.
          speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
          tracing: Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
          tools: Tools (functions) available to the model.
          tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
          temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
          max_response_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
          truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
          prompt: Reference to a prompt template and its variables. [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
        """

        from ..types.realtime_session_create_response import RealtimeSessionCreateResponse

        return cast(
            "RealtimeSessionCreateResponse",
            await self._client.call(
                _CREATE_REALTIME_SESSION,
                body={
                    "client_secret": client_secret,
                    "modalities": modalities,
                    "instructions": instructions,
                    "voice": voice,
                    "input_audio_format": input_audio_format,
                    "output_audio_format": output_audio_format,
                    "input_audio_transcription": input_audio_transcription,
                    "speed": speed,
                    "tracing": tracing,
                    "turn_detection": turn_detection,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "temperature": temperature,
                    "max_response_output_tokens": max_response_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeSessionCreateResponse,
            ),
        )


class BetaRealtimeTranscriptionSessions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaRealtimeTranscriptionSessionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaRealtimeTranscriptionSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRealtimeTranscriptionSessionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaRealtimeTranscriptionSessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetectionParam | NotGiven = NOT_GIVEN,
        input_audio_noise_reduction: RealtimeTranscriptionSessionCreateRequestNoiseReductionParam
        | NotGiven = NOT_GIVEN,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN,
        input_audio_transcription: AudioTranscriptionParam | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["item.input_audio_transcription.logprobs"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions.
        Can be configured with the same session parameters as the `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral key.

        Args:
          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
          input_audio_noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.
          input_audio_transcription: Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
          include: The set of items to include in the transcription. Current available items are: `item.input_audio_transcription.logprobs`
        """

        from ..types.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

        return cast(
            "RealtimeTranscriptionSessionCreateResponse",
            self._client.call(
                _CREATE_REALTIME_TRANSCRIPTION_SESSION,
                body={
                    "turn_detection": turn_detection,
                    "input_audio_noise_reduction": input_audio_noise_reduction,
                    "input_audio_format": input_audio_format,
                    "input_audio_transcription": input_audio_transcription,
                    "include": include,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeTranscriptionSessionCreateResponse,
            ),
        )


class AsyncBetaRealtimeTranscriptionSessions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaRealtimeTranscriptionSessionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaRealtimeTranscriptionSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRealtimeTranscriptionSessionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaRealtimeTranscriptionSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetectionParam | NotGiven = NOT_GIVEN,
        input_audio_noise_reduction: RealtimeTranscriptionSessionCreateRequestNoiseReductionParam
        | NotGiven = NOT_GIVEN,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | NotGiven = NOT_GIVEN,
        input_audio_transcription: AudioTranscriptionParam | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["item.input_audio_transcription.logprobs"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions.
        Can be configured with the same session parameters as the `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral key.

        Args:
          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
          input_audio_noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.
          input_audio_transcription: Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
          include: The set of items to include in the transcription. Current available items are: `item.input_audio_transcription.logprobs`
        """

        from ..types.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

        return cast(
            "RealtimeTranscriptionSessionCreateResponse",
            await self._client.call(
                _CREATE_REALTIME_TRANSCRIPTION_SESSION,
                body={
                    "turn_detection": turn_detection,
                    "input_audio_noise_reduction": input_audio_noise_reduction,
                    "input_audio_format": input_audio_format,
                    "input_audio_transcription": input_audio_transcription,
                    "include": include,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeTranscriptionSessionCreateResponse,
            ),
        )


class BetaThreads(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaThreadsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaThreadsWithStreamingResponse(self)

    @cached_property
    def messages(self) -> BetaThreadsMessages:
        return BetaThreadsMessages(self._client)

    @cached_property
    def runs(self) -> BetaThreadsRuns:
        return BetaThreadsRuns(self._client)

    def create(
        self,
        *,
        messages: Sequence[CreateMessageRequestParam] | NotGiven = NOT_GIVEN,
        tool_resources: CreateThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thread:
        """Deprecated.

        Create a thread.

        Args:
          messages: A list of [messages](/docs/api-reference/messages) to start the thread with.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread import Thread

        return cast(
            "Thread",
            self._client.call(
                _CREATE_THREAD,
                body={"messages": messages, "tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Thread,
            ),
        )

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run: ...

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[AssistantStreamEvent]: ...

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | Stream[AssistantStreamEvent]: ...

    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | Stream[AssistantStreamEvent]:
        """Deprecated.

        Create a thread and run it in one request.

        Args:
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run import Run

        if stream is True:
            from ..types.assistant_stream_event import AssistantStreamEvent

            return cast(
                "Stream[AssistantStreamEvent]",
                self._client.call_stream(
                    _CREATE_THREAD_AND_RUN,
                    body={
                        "assistant_id": assistant_id,
                        "thread": thread,
                        "model": model,
                        "instructions": instructions,
                        "tools": tools,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "stream": stream,
                        "max_prompt_tokens": max_prompt_tokens,
                        "max_completion_tokens": max_completion_tokens,
                        "truncation_strategy": truncation_strategy,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "response_format": response_format,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=AssistantStreamEvent,
                ),
            )
        return cast(
            "Run | Stream[AssistantStreamEvent]",
            self._client.call(
                _CREATE_THREAD_AND_RUN,
                body={
                    "assistant_id": assistant_id,
                    "thread": thread,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thread:
        """Deprecated.

        Retrieves a thread.

        Args:
          thread_id: The ID of the thread to retrieve.
        """

        from ..types.thread import Thread

        return cast(
            "Thread",
            self._client.call(
                _GET_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Thread,
            ),
        )

    def update(
        self,
        thread_id: str,
        *,
        tool_resources: ModifyThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thread:
        """Deprecated.

        Modifies a thread.

        Args:
          thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread import Thread

        return cast(
            "Thread",
            self._client.call(
                _MODIFY_THREAD,
                path_params={"thread_id": thread_id},
                body={"tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Thread,
            ),
        )

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadDeleted:
        """Deprecated.

        Delete a thread.

        Args:
          thread_id: The ID of the thread to delete.
        """

        from ..types.thread_deleted import ThreadDeleted

        return cast(
            "ThreadDeleted",
            self._client.call(
                _DELETE_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadDeleted,
            ),
        )


class AsyncBetaThreads(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaThreadsWithStreamingResponse(self)

    @cached_property
    def messages(self) -> AsyncBetaThreadsMessages:
        return AsyncBetaThreadsMessages(self._client)

    @cached_property
    def runs(self) -> AsyncBetaThreadsRuns:
        return AsyncBetaThreadsRuns(self._client)

    async def create(
        self,
        *,
        messages: Sequence[CreateMessageRequestParam] | NotGiven = NOT_GIVEN,
        tool_resources: CreateThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thread:
        """Deprecated.

        Create a thread.

        Args:
          messages: A list of [messages](/docs/api-reference/messages) to start the thread with.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread import Thread

        return cast(
            "Thread",
            await self._client.call(
                _CREATE_THREAD,
                body={"messages": messages, "tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Thread,
            ),
        )

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run: ...

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[AssistantStreamEvent]: ...

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | AsyncStream[AssistantStreamEvent]: ...

    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        """Deprecated.

        Create a thread and run it in one request.

        Args:
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run import Run

        if stream is True:
            from ..types.assistant_stream_event import AssistantStreamEvent

            return cast(
                "AsyncStream[AssistantStreamEvent]",
                await self._client.call_stream(
                    _CREATE_THREAD_AND_RUN,
                    body={
                        "assistant_id": assistant_id,
                        "thread": thread,
                        "model": model,
                        "instructions": instructions,
                        "tools": tools,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "stream": stream,
                        "max_prompt_tokens": max_prompt_tokens,
                        "max_completion_tokens": max_completion_tokens,
                        "truncation_strategy": truncation_strategy,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "response_format": response_format,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=AssistantStreamEvent,
                ),
            )
        return cast(
            "Run | AsyncStream[AssistantStreamEvent]",
            await self._client.call(
                _CREATE_THREAD_AND_RUN,
                body={
                    "assistant_id": assistant_id,
                    "thread": thread,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thread:
        """Deprecated.

        Retrieves a thread.

        Args:
          thread_id: The ID of the thread to retrieve.
        """

        from ..types.thread import Thread

        return cast(
            "Thread",
            await self._client.call(
                _GET_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Thread,
            ),
        )

    async def update(
        self,
        thread_id: str,
        *,
        tool_resources: ModifyThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thread:
        """Deprecated.

        Modifies a thread.

        Args:
          thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread import Thread

        return cast(
            "Thread",
            await self._client.call(
                _MODIFY_THREAD,
                path_params={"thread_id": thread_id},
                body={"tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Thread,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadDeleted:
        """Deprecated.

        Delete a thread.

        Args:
          thread_id: The ID of the thread to delete.
        """

        from ..types.thread_deleted import ThreadDeleted

        return cast(
            "ThreadDeleted",
            await self._client.call(
                _DELETE_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadDeleted,
            ),
        )


class BetaThreadsMessages(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaThreadsMessagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsMessagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaThreadsMessagesWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[MessageObject]:
        """Deprecated.

        Returns a list of messages for a given thread.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) the messages belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          run_id: Filter messages by the run ID that generated them.
        """

        from ..types.list_messages_response import ListMessagesResponse
        from ..types.message_object import MessageObject

        return cast(
            "SyncCursorPage[MessageObject]",
            self._client.call_page(
                _LIST_MESSAGES,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListMessagesResponse,
                item_type=MessageObject,
                cursor_param="after",
            ),
        )

    def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | Sequence[
            MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ],
        attachments: Sequence[CreateMessageRequestAttachmentsListItemParam] | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Deprecated.

        Create a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to create a message for.
          role: The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
          attachments: A list of files attached to the message, and the tools they should be added to.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            self._client.call(
                _CREATE_MESSAGE,
                path_params={"thread_id": thread_id},
                body={"role": role, "content": content, "attachments": attachments, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Deprecated.

        Retrieve a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this message belongs.
          message_id: The ID of the message to retrieve.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            self._client.call(
                _GET_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Deprecated.

        Modifies a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            self._client.call(
                _MODIFY_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    def delete(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageDeleted:
        """Deprecated.

        Deletes a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to delete.
        """

        from ..types.message_deleted import MessageDeleted

        return cast(
            "MessageDeleted",
            self._client.call(
                _DELETE_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageDeleted,
            ),
        )


class AsyncBetaThreadsMessages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsMessagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsMessagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaThreadsMessagesWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MessageObject, AsyncCursorPage[MessageObject]]:
        """Deprecated.

        Returns a list of messages for a given thread.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) the messages belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          run_id: Filter messages by the run ID that generated them.
        """

        from ..types.list_messages_response import ListMessagesResponse
        from ..types.message_object import MessageObject

        return cast(
            "AsyncPaginator[MessageObject, AsyncCursorPage[MessageObject]]",
            self._client.call_page(
                _LIST_MESSAGES,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListMessagesResponse,
                item_type=MessageObject,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | Sequence[
            MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ],
        attachments: Sequence[CreateMessageRequestAttachmentsListItemParam] | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Deprecated.

        Create a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to create a message for.
          role: The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
          attachments: A list of files attached to the message, and the tools they should be added to.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            await self._client.call(
                _CREATE_MESSAGE,
                path_params={"thread_id": thread_id},
                body={"role": role, "content": content, "attachments": attachments, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    async def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Deprecated.

        Retrieve a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this message belongs.
          message_id: The ID of the message to retrieve.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            await self._client.call(
                _GET_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    async def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Deprecated.

        Modifies a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            await self._client.call(
                _MODIFY_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    async def delete(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageDeleted:
        """Deprecated.

        Deletes a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to delete.
        """

        from ..types.message_deleted import MessageDeleted

        return cast(
            "MessageDeleted",
            await self._client.call(
                _DELETE_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageDeleted,
            ),
        )


class BetaThreadsRuns(RunsPolling, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaThreadsRunsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaThreadsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsRunsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaThreadsRunsWithStreamingResponse(self)

    @cached_property
    def steps(self) -> BetaThreadsRunsSteps:
        return BetaThreadsRunsSteps(self._client)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Run]:
        """Deprecated.

        Returns a list of runs belonging to a thread.

        Args:
          thread_id: The ID of the thread the run belongs to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.list_runs_response import ListRunsResponse
        from ..types.run import Run

        return cast(
            "SyncCursorPage[Run]",
            self._client.call_page(
                _LIST_RUNS,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunsResponse,
                item_type=Run,
                cursor_param="after",
            ),
        )

    @overload
    def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[AssistantStreamEvent]: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | Stream[AssistantStreamEvent]: ...

    def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | Stream[AssistantStreamEvent]:
        """Deprecated.

        Create a run.

        Args:
          thread_id: The ID of the thread to run.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          instructions: Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
          additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
          additional_messages: Adds additional messages to the thread before creating the run.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run import Run

        if stream is True:
            from ..types.assistant_stream_event import AssistantStreamEvent

            return cast(
                "Stream[AssistantStreamEvent]",
                self._client.call_stream(
                    _CREATE_RUN,
                    path_params={"thread_id": thread_id},
                    query={"include[]": include},
                    body={
                        "assistant_id": assistant_id,
                        "model": model,
                        "reasoning_effort": reasoning_effort,
                        "instructions": instructions,
                        "additional_instructions": additional_instructions,
                        "additional_messages": additional_messages,
                        "tools": tools,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "stream": stream,
                        "max_prompt_tokens": max_prompt_tokens,
                        "max_completion_tokens": max_completion_tokens,
                        "truncation_strategy": truncation_strategy,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "response_format": response_format,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=AssistantStreamEvent,
                ),
            )
        return cast(
            "Run | Stream[AssistantStreamEvent]",
            self._client.call(
                _CREATE_RUN,
                path_params={"thread_id": thread_id},
                query={"include[]": include},
                body={
                    "assistant_id": assistant_id,
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "instructions": instructions,
                    "additional_instructions": additional_instructions,
                    "additional_messages": additional_messages,
                    "tools": tools,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Deprecated.

        Retrieves a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to retrieve.
        """

        from ..types.run import Run

        return cast(
            "Run",
            self._client.call(
                _GET_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Deprecated.

        Modifies a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.run import Run

        return cast(
            "Run",
            self._client.call(
                _MODIFY_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Deprecated.

        Cancels a run that is `in_progress`.

        Args:
          thread_id: The ID of the thread to which this run belongs.
          run_id: The ID of the run to cancel.
        """

        from ..types.run import Run

        return cast(
            "Run",
            self._client.call(
                _CANCEL_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run: ...

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[AssistantStreamEvent]: ...

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | Stream[AssistantStreamEvent]: ...

    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | Stream[AssistantStreamEvent]:
        """Deprecated.

        When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.
          run_id: The ID of the run that requires the tool output submission.
          tool_outputs: A list of tools for which the outputs are being submitted.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
        """

        from ..types.run import Run

        if stream is True:
            from ..types.assistant_stream_event import AssistantStreamEvent

            return cast(
                "Stream[AssistantStreamEvent]",
                self._client.call_stream(
                    _SUBMIT_TOOL_OUPUTS_TO_RUN,
                    path_params={"thread_id": thread_id, "run_id": run_id},
                    body={"tool_outputs": tool_outputs, "stream": stream},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=AssistantStreamEvent,
                ),
            )
        return cast(
            "Run | Stream[AssistantStreamEvent]",
            self._client.call(
                _SUBMIT_TOOL_OUPUTS_TO_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"tool_outputs": tool_outputs, "stream": stream},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    def create_and_poll(
        self,
        *,
        thread_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Create a run, then poll it.

        The arguments of `create` but `stream`, and `poll_interval_ms`, `poll_timeout`.
        """

        return self._create_and_poll(
            thread_id=thread_id,
            include=include,
            assistant_id=assistant_id,
            model=model,
            reasoning_effort=reasoning_effort,
            instructions=instructions,
            additional_instructions=additional_instructions,
            additional_messages=additional_messages,
            tools=tools,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def submit_tool_outputs_and_poll(
        self,
        *,
        run_id: str,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Submit tool outputs, then poll the run.

        The arguments of `submit_tool_outputs` but `stream`, and `poll_interval_ms`, `poll_timeout`.
        """

        return self._submit_tool_outputs_and_poll(
            run_id=run_id,
            thread_id=thread_id,
            tool_outputs=tool_outputs,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBetaThreadsRuns(AsyncRunsPolling, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsRunsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaThreadsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsRunsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaThreadsRunsWithStreamingResponse(self)

    @cached_property
    def steps(self) -> AsyncBetaThreadsRunsSteps:
        return AsyncBetaThreadsRunsSteps(self._client)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Run, AsyncCursorPage[Run]]:
        """Deprecated.

        Returns a list of runs belonging to a thread.

        Args:
          thread_id: The ID of the thread the run belongs to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.list_runs_response import ListRunsResponse
        from ..types.run import Run

        return cast(
            "AsyncPaginator[Run, AsyncCursorPage[Run]]",
            self._client.call_page(
                _LIST_RUNS,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunsResponse,
                item_type=Run,
                cursor_param="after",
            ),
        )

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[AssistantStreamEvent]: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | AsyncStream[AssistantStreamEvent]: ...

    async def create(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        """Deprecated.

        Create a run.

        Args:
          thread_id: The ID of the thread to run.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          instructions: Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
          additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
          additional_messages: Adds additional messages to the thread before creating the run.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run import Run

        if stream is True:
            from ..types.assistant_stream_event import AssistantStreamEvent

            return cast(
                "AsyncStream[AssistantStreamEvent]",
                await self._client.call_stream(
                    _CREATE_RUN,
                    path_params={"thread_id": thread_id},
                    query={"include[]": include},
                    body={
                        "assistant_id": assistant_id,
                        "model": model,
                        "reasoning_effort": reasoning_effort,
                        "instructions": instructions,
                        "additional_instructions": additional_instructions,
                        "additional_messages": additional_messages,
                        "tools": tools,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "stream": stream,
                        "max_prompt_tokens": max_prompt_tokens,
                        "max_completion_tokens": max_completion_tokens,
                        "truncation_strategy": truncation_strategy,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "response_format": response_format,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=AssistantStreamEvent,
                ),
            )
        return cast(
            "Run | AsyncStream[AssistantStreamEvent]",
            await self._client.call(
                _CREATE_RUN,
                path_params={"thread_id": thread_id},
                query={"include[]": include},
                body={
                    "assistant_id": assistant_id,
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "instructions": instructions,
                    "additional_instructions": additional_instructions,
                    "additional_messages": additional_messages,
                    "tools": tools,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Deprecated.

        Retrieves a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to retrieve.
        """

        from ..types.run import Run

        return cast(
            "Run",
            await self._client.call(
                _GET_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    async def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Deprecated.

        Modifies a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.run import Run

        return cast(
            "Run",
            await self._client.call(
                _MODIFY_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    async def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Deprecated.

        Cancels a run that is `in_progress`.

        Args:
          thread_id: The ID of the thread to which this run belongs.
          run_id: The ID of the run to cancel.
        """

        from ..types.run import Run

        return cast(
            "Run",
            await self._client.call(
                _CANCEL_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run: ...

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[AssistantStreamEvent]: ...

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | AsyncStream[AssistantStreamEvent]: ...

    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        """Deprecated.

        When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.
          run_id: The ID of the run that requires the tool output submission.
          tool_outputs: A list of tools for which the outputs are being submitted.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
        """

        from ..types.run import Run

        if stream is True:
            from ..types.assistant_stream_event import AssistantStreamEvent

            return cast(
                "AsyncStream[AssistantStreamEvent]",
                await self._client.call_stream(
                    _SUBMIT_TOOL_OUPUTS_TO_RUN,
                    path_params={"thread_id": thread_id, "run_id": run_id},
                    body={"tool_outputs": tool_outputs, "stream": stream},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=AssistantStreamEvent,
                ),
            )
        return cast(
            "Run | AsyncStream[AssistantStreamEvent]",
            await self._client.call(
                _SUBMIT_TOOL_OUPUTS_TO_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"tool_outputs": tool_outputs, "stream": stream},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Run,
            ),
        )

    async def create_and_poll(
        self,
        *,
        thread_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Create a run, then poll it.

        The arguments of `create` but `stream`, and `poll_interval_ms`, `poll_timeout`.
        """

        return await self._create_and_poll(
            thread_id=thread_id,
            include=include,
            assistant_id=assistant_id,
            model=model,
            reasoning_effort=reasoning_effort,
            instructions=instructions,
            additional_instructions=additional_instructions,
            additional_messages=additional_messages,
            tools=tools,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def submit_tool_outputs_and_poll(
        self,
        *,
        run_id: str,
        thread_id: str,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Submit tool outputs, then poll the run.

        The arguments of `submit_tool_outputs` but `stream`, and `poll_interval_ms`, `poll_timeout`.
        """

        return await self._submit_tool_outputs_and_poll(
            run_id=run_id,
            thread_id=thread_id,
            tool_outputs=tool_outputs,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BetaThreadsRunsSteps(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaThreadsRunsStepsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsRunsStepsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[RunStep]:
        """Deprecated.

        Returns a list of run steps belonging to a run.

        Args:
          thread_id: The ID of the thread the run and run steps belong to.
          run_id: The ID of the run the run steps belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.list_run_steps_response import ListRunStepsResponse
        from ..types.run_step import RunStep

        return cast(
            "SyncCursorPage[RunStep]",
            self._client.call_page(
                _LIST_RUN_STEPS,
                path_params={"thread_id": thread_id, "run_id": run_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunStepsResponse,
                item_type=RunStep,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunStep:
        """Deprecated.

        Retrieves a run step.

        Args:
          thread_id: The ID of the thread to which the run and run step belongs.
          run_id: The ID of the run to which the run step belongs.
          step_id: The ID of the run step to retrieve.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.run_step import RunStep

        return cast(
            "RunStep",
            self._client.call(
                _GET_RUN_STEP,
                path_params={"thread_id": thread_id, "run_id": run_id, "step_id": step_id},
                query={"include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunStep,
            ),
        )


class AsyncBetaThreadsRunsSteps(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsRunsStepsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsRunsStepsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]:
        """Deprecated.

        Returns a list of run steps belonging to a run.

        Args:
          thread_id: The ID of the thread the run and run steps belong to.
          run_id: The ID of the run the run steps belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.list_run_steps_response import ListRunStepsResponse
        from ..types.run_step import RunStep

        return cast(
            "AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]",
            self._client.call_page(
                _LIST_RUN_STEPS,
                path_params={"thread_id": thread_id, "run_id": run_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunStepsResponse,
                item_type=RunStep,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunStep:
        """Deprecated.

        Retrieves a run step.

        Args:
          thread_id: The ID of the thread to which the run and run step belongs.
          run_id: The ID of the run to which the run step belongs.
          step_id: The ID of the run step to retrieve.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.run_step import RunStep

        return cast(
            "RunStep",
            await self._client.call(
                _GET_RUN_STEP,
                path_params={"thread_id": thread_id, "run_id": run_id, "step_id": step_id},
                query={"include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunStep,
            ),
        )


class BetaChatkit(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaChatkitWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaChatkitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaChatkitWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaChatkitWithStreamingResponse(self)

    @cached_property
    def sessions(self) -> BetaChatkitSessions:
        return BetaChatkitSessions(self._client)

    @cached_property
    def threads(self) -> BetaChatkitThreads:
        return BetaChatkitThreads(self._client)


class AsyncBetaChatkit(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaChatkitWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaChatkitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaChatkitWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaChatkitWithStreamingResponse(self)

    @cached_property
    def sessions(self) -> AsyncBetaChatkitSessions:
        return AsyncBetaChatkitSessions(self._client)

    @cached_property
    def threads(self) -> AsyncBetaChatkitThreads:
        return AsyncBetaChatkitThreads(self._client)


class BetaChatkitSessions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaChatkitSessionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaChatkitSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaChatkitSessionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaChatkitSessionsWithStreamingResponse(self)

    def cancel(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSession:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
          session_id: Unique identifier for the ChatKit session to cancel.
        """

        from ..types.chat_session import ChatSession

        return cast(
            "ChatSession",
            self._client.call(
                _CANCEL_CHAT_SESSION_METHOD,
                path_params={"session_id": session_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSession,
            ),
        )

    def create(
        self,
        *,
        workflow: WorkflowParam,
        user: str,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSession:
        """Create a ChatKit session.

        Args:
          workflow: Workflow that powers the session.
          user: A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
          expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
          rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.
          chatkit_configuration: Optional overrides for ChatKit runtime configuration features
        """

        from ..types.chat_session import ChatSession

        return cast(
            "ChatSession",
            self._client.call(
                _CREATE_CHAT_SESSION_METHOD,
                body={
                    "workflow": workflow,
                    "user": user,
                    "expires_after": expires_after,
                    "rate_limits": rate_limits,
                    "chatkit_configuration": chatkit_configuration,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSession,
            ),
        )


class AsyncBetaChatkitSessions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaChatkitSessionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaChatkitSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaChatkitSessionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaChatkitSessionsWithStreamingResponse(self)

    async def cancel(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSession:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
          session_id: Unique identifier for the ChatKit session to cancel.
        """

        from ..types.chat_session import ChatSession

        return cast(
            "ChatSession",
            await self._client.call(
                _CANCEL_CHAT_SESSION_METHOD,
                path_params={"session_id": session_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSession,
            ),
        )

    async def create(
        self,
        *,
        workflow: WorkflowParam,
        user: str,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSession:
        """Create a ChatKit session.

        Args:
          workflow: Workflow that powers the session.
          user: A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
          expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
          rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.
          chatkit_configuration: Optional overrides for ChatKit runtime configuration features
        """

        from ..types.chat_session import ChatSession

        return cast(
            "ChatSession",
            await self._client.call(
                _CREATE_CHAT_SESSION_METHOD,
                body={
                    "workflow": workflow,
                    "user": user,
                    "expires_after": expires_after,
                    "rate_limits": rate_limits,
                    "chatkit_configuration": chatkit_configuration,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSession,
            ),
        )


class BetaChatkitThreads(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaChatkitThreadsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaChatkitThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaChatkitThreadsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaChatkitThreadsWithStreamingResponse(self)

    def list_items(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncConversationCursorPage[ThreadItem]:
        """List items that belong to a ChatKit thread.

        Args:
          thread_id: Identifier of the ChatKit thread whose items are requested.
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
        """

        from ..types.thread_item import ThreadItem
        from ..types.thread_item_list_resource import ThreadItemListResource

        return cast(
            "SyncConversationCursorPage[ThreadItem]",
            self._client.call_page(
                _LIST_THREAD_ITEMS_METHOD,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadItemListResource,
                item_type=ThreadItem,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatKitThread:
        """Retrieve a ChatKit thread by its identifier.

        Args:
          thread_id: Identifier of the ChatKit thread to retrieve.
        """

        from ..types.chat_kit_thread import ChatKitThread

        return cast(
            "ChatKitThread",
            self._client.call(
                _GET_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatKitThread,
            ),
        )

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
          thread_id: Identifier of the ChatKit thread to delete.
        """

        from ..types.deleted_thread_resource import DeletedThreadResource

        return cast(
            "DeletedThreadResource",
            self._client.call(
                _DELETE_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedThreadResource,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncConversationCursorPage[ChatKitThread]:
        """List ChatKit threads with optional pagination and user filters.

        Args:
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
          user: Filter threads that belong to this user identifier. Defaults to null to return all users.
        """

        from ..types.chat_kit_thread import ChatKitThread
        from ..types.thread_list_resource import ThreadListResource

        return cast(
            "SyncConversationCursorPage[ChatKitThread]",
            self._client.call_page(
                _LIST_THREADS_METHOD,
                query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadListResource,
                item_type=ChatKitThread,
                cursor_param="after",
            ),
        )


class AsyncBetaChatkitThreads(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaChatkitThreadsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaChatkitThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaChatkitThreadsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaChatkitThreadsWithStreamingResponse(self)

    def list_items(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ThreadItem, AsyncConversationCursorPage[ThreadItem]]:
        """List items that belong to a ChatKit thread.

        Args:
          thread_id: Identifier of the ChatKit thread whose items are requested.
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
        """

        from ..types.thread_item import ThreadItem
        from ..types.thread_item_list_resource import ThreadItemListResource

        return cast(
            "AsyncPaginator[ThreadItem, AsyncConversationCursorPage[ThreadItem]]",
            self._client.call_page(
                _LIST_THREAD_ITEMS_METHOD,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadItemListResource,
                item_type=ThreadItem,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatKitThread:
        """Retrieve a ChatKit thread by its identifier.

        Args:
          thread_id: Identifier of the ChatKit thread to retrieve.
        """

        from ..types.chat_kit_thread import ChatKitThread

        return cast(
            "ChatKitThread",
            await self._client.call(
                _GET_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatKitThread,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
          thread_id: Identifier of the ChatKit thread to delete.
        """

        from ..types.deleted_thread_resource import DeletedThreadResource

        return cast(
            "DeletedThreadResource",
            await self._client.call(
                _DELETE_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedThreadResource,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ChatKitThread, AsyncConversationCursorPage[ChatKitThread]]:
        """List ChatKit threads with optional pagination and user filters.

        Args:
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
          user: Filter threads that belong to this user identifier. Defaults to null to return all users.
        """

        from ..types.chat_kit_thread import ChatKitThread
        from ..types.thread_list_resource import ThreadListResource

        return cast(
            "AsyncPaginator[ChatKitThread, AsyncConversationCursorPage[ChatKitThread]]",
            self._client.call_page(
                _LIST_THREADS_METHOD,
                query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadListResource,
                item_type=ChatKitThread,
                cursor_param="after",
            ),
        )


class BetaResponses(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaResponsesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaResponsesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaResponsesWithStreamingResponse(self)

    @cached_property
    def input_items(self) -> BetaResponsesInputItems:
        return BetaResponsesInputItems(self._client)

    @cached_property
    def input_tokens(self) -> BetaResponsesInputTokens:
        return BetaResponsesInputTokens(self._client)

    @overload
    def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse: ...

    @overload
    def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]: ...

    def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          betas: Optional beta features to enable for this request.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
          prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead. The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported. For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy: - Organizations without ZDR enabled default to `24h`. - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
          max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored.
          text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured Outputs](/docs/guides/structured-outputs)
          tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about [built-in tools](/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
          tool_choice: How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.
          prompt: Reference to a prompt template and its variables. [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
          truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
          reasoning: **gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
          input: Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Image inputs](/docs/guides/images) - [File inputs](/docs/guides/pdf-files) - [Conversation state](/docs/guides/conversation-state) - [Function calling](/docs/guides/function-calling)
          include: Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
          store: Whether to store the generated model response for later retrieval via API.
          instructions: A system (or developer) message inserted into the model's context. When using along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          moderation: Configuration for running moderation on the input and output of this response.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
          stream_options: Options for streaming responses. Only set this when you set `stream: true`.
          conversation: The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request. Input items and output items from this response are automatically added to this conversation after this response completes.
          context_management: Context management configuration for this request.
          max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
          multi_agent: Configuration for server-hosted multi-agent execution.
        """

        from ..types.beta_response import BetaResponse

        if stream is True:
            from ..types.beta_response_stream_event import BetaResponseStreamEvent

            return cast(
                "Stream[BetaResponseStreamEvent]",
                self._client.call_stream(
                    _BETA_CREATE_RESPONSE,
                    query={"beta": "true"},
                    headers={"openai-beta": betas},
                    body={
                        "metadata": metadata,
                        "top_logprobs": top_logprobs,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "safety_identifier": safety_identifier,
                        "prompt_cache_key": prompt_cache_key,
                        "prompt_cache_retention": prompt_cache_retention,
                        "prompt_cache_options": prompt_cache_options,
                        "previous_response_id": previous_response_id,
                        "model": model,
                        "background": background,
                        "max_tool_calls": max_tool_calls,
                        "text": text,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "prompt": prompt,
                        "service_tier": service_tier,
                        "truncation": truncation,
                        "reasoning": reasoning,
                        "input": input,
                        "include": include,
                        "parallel_tool_calls": parallel_tool_calls,
                        "store": store,
                        "instructions": instructions,
                        "moderation": moderation,
                        "stream": stream,
                        "stream_options": stream_options,
                        "conversation": conversation,
                        "context_management": context_management,
                        "max_output_tokens": max_output_tokens,
                        "multi_agent": multi_agent,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=BetaResponseStreamEvent,
                ),
            )
        return cast(
            "BetaResponse | Stream[BetaResponseStreamEvent]",
            self._client.call(
                _BETA_CREATE_RESPONSE,
                query={"beta": "true"},
                headers={"openai-beta": betas},
                body={
                    "metadata": metadata,
                    "top_logprobs": top_logprobs,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "safety_identifier": safety_identifier,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "prompt_cache_options": prompt_cache_options,
                    "previous_response_id": previous_response_id,
                    "model": model,
                    "background": background,
                    "max_tool_calls": max_tool_calls,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "prompt": prompt,
                    "service_tier": service_tier,
                    "truncation": truncation,
                    "reasoning": reasoning,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "instructions": instructions,
                    "moderation": moderation,
                    "stream": stream,
                    "stream_options": stream_options,
                    "conversation": conversation,
                    "context_management": context_management,
                    "max_output_tokens": max_output_tokens,
                    "multi_agent": multi_agent,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponse,
            ),
        )

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]: ...

    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]:
        """Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
          starting_after: The sequence number of the event after which to start streaming.
          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
          betas: Optional beta features to enable for this request.
        """

        from ..types.beta_response import BetaResponse

        if stream is True:
            from ..types.beta_response_stream_event import BetaResponseStreamEvent

            return cast(
                "Stream[BetaResponseStreamEvent]",
                self._client.call_stream(
                    _BETA_GET_RESPONSE,
                    path_params={"response_id": response_id},
                    query={
                        "beta": "true",
                        "include": include,
                        "stream": stream,
                        "starting_after": starting_after,
                        "include_obfuscation": include_obfuscation,
                    },
                    headers={"openai-beta": betas},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=BetaResponseStreamEvent,
                ),
            )
        return cast(
            "BetaResponse | Stream[BetaResponseStreamEvent]",
            self._client.call(
                _BETA_GET_RESPONSE,
                path_params={"response_id": response_id},
                query={
                    "beta": "true",
                    "include": include,
                    "stream": stream,
                    "starting_after": starting_after,
                    "include_obfuscation": include_obfuscation,
                },
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponse,
            ),
        )

    def delete(
        self,
        response_id: str,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.
          betas: Optional beta features to enable for this request.
        """

        return cast(
            "None",
            self._client.call(
                _BETA_DELETE_RESPONSE,
                path_params={"response_id": response_id},
                query={"beta": "true"},
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    def cancel(
        self,
        response_id: str,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.
          betas: Optional beta features to enable for this request.
        """

        from ..types.beta_response import BetaResponse

        return cast(
            "BetaResponse",
            self._client.call(
                _BETA_CANCEL_RESPONSE,
                path_params={"response_id": response_id},
                query={"beta": "true"},
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponse,
            ),
        )

    def compact(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        model: BetaModelIdsCompaction,
        input: str | Sequence[BetaInputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: BetaPromptCacheRetentionEnum | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven | None = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaCompactedResponse:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          betas: Optional beta features to enable for this request.
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          input: Text, image, or file inputs to the model, used to generate a response
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          instructions: A system (or developer) message inserted into the model's context. When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          prompt_cache_key: A key to use when reading from or writing to the prompt cache.
          prompt_cache_retention: How long to retain a prompt cache entry created by this request.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
        """

        from ..types.beta_compacted_response import BetaCompactedResponse

        return cast(
            "BetaCompactedResponse",
            self._client.call(
                _BETA_COMPACTCONVERSATION,
                query={"beta": "true"},
                headers={"openai-beta": betas},
                body={
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "instructions": instructions,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "prompt_cache_options": prompt_cache_options,
                    "service_tier": service_tier,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaCompactedResponse,
            ),
        )


class AsyncBetaResponses(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaResponsesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaResponsesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaResponsesWithStreamingResponse(self)

    @cached_property
    def input_items(self) -> AsyncBetaResponsesInputItems:
        return AsyncBetaResponsesInputItems(self._client)

    @cached_property
    def input_tokens(self) -> AsyncBetaResponsesInputTokens:
        return AsyncBetaResponsesInputTokens(self._client)

    @overload
    async def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse: ...

    @overload
    async def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]: ...

    async def create(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPromptParam | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: BetaModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: BetaResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[BetaContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
          betas: Optional beta features to enable for this request.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
          prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead. The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported. For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy: - Organizations without ZDR enabled default to `24h`. - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
          max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored.
          text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured Outputs](/docs/guides/structured-outputs)
          tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about [built-in tools](/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
          tool_choice: How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.
          prompt: Reference to a prompt template and its variables. [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
          truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
          reasoning: **gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
          input: Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Image inputs](/docs/guides/images) - [File inputs](/docs/guides/pdf-files) - [Conversation state](/docs/guides/conversation-state) - [Function calling](/docs/guides/function-calling)
          include: Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
          store: Whether to store the generated model response for later retrieval via API.
          instructions: A system (or developer) message inserted into the model's context. When using along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          moderation: Configuration for running moderation on the input and output of this response.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
          stream_options: Options for streaming responses. Only set this when you set `stream: true`.
          conversation: The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request. Input items and output items from this response are automatically added to this conversation after this response completes.
          context_management: Context management configuration for this request.
          max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
          multi_agent: Configuration for server-hosted multi-agent execution.
        """

        from ..types.beta_response import BetaResponse

        if stream is True:
            from ..types.beta_response_stream_event import BetaResponseStreamEvent

            return cast(
                "AsyncStream[BetaResponseStreamEvent]",
                await self._client.call_stream(
                    _BETA_CREATE_RESPONSE,
                    query={"beta": "true"},
                    headers={"openai-beta": betas},
                    body={
                        "metadata": metadata,
                        "top_logprobs": top_logprobs,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "safety_identifier": safety_identifier,
                        "prompt_cache_key": prompt_cache_key,
                        "prompt_cache_retention": prompt_cache_retention,
                        "prompt_cache_options": prompt_cache_options,
                        "previous_response_id": previous_response_id,
                        "model": model,
                        "background": background,
                        "max_tool_calls": max_tool_calls,
                        "text": text,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "prompt": prompt,
                        "service_tier": service_tier,
                        "truncation": truncation,
                        "reasoning": reasoning,
                        "input": input,
                        "include": include,
                        "parallel_tool_calls": parallel_tool_calls,
                        "store": store,
                        "instructions": instructions,
                        "moderation": moderation,
                        "stream": stream,
                        "stream_options": stream_options,
                        "conversation": conversation,
                        "context_management": context_management,
                        "max_output_tokens": max_output_tokens,
                        "multi_agent": multi_agent,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=BetaResponseStreamEvent,
                ),
            )
        return cast(
            "BetaResponse | AsyncStream[BetaResponseStreamEvent]",
            await self._client.call(
                _BETA_CREATE_RESPONSE,
                query={"beta": "true"},
                headers={"openai-beta": betas},
                body={
                    "metadata": metadata,
                    "top_logprobs": top_logprobs,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "safety_identifier": safety_identifier,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "prompt_cache_options": prompt_cache_options,
                    "previous_response_id": previous_response_id,
                    "model": model,
                    "background": background,
                    "max_tool_calls": max_tool_calls,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "prompt": prompt,
                    "service_tier": service_tier,
                    "truncation": truncation,
                    "reasoning": reasoning,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "instructions": instructions,
                    "moderation": moderation,
                    "stream": stream,
                    "stream_options": stream_options,
                    "conversation": conversation,
                    "context_management": context_management,
                    "max_output_tokens": max_output_tokens,
                    "multi_agent": multi_agent,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponse,
            ),
        )

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]: ...

    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]:
        """Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
          starting_after: The sequence number of the event after which to start streaming.
          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
          betas: Optional beta features to enable for this request.
        """

        from ..types.beta_response import BetaResponse

        if stream is True:
            from ..types.beta_response_stream_event import BetaResponseStreamEvent

            return cast(
                "AsyncStream[BetaResponseStreamEvent]",
                await self._client.call_stream(
                    _BETA_GET_RESPONSE,
                    path_params={"response_id": response_id},
                    query={
                        "beta": "true",
                        "include": include,
                        "stream": stream,
                        "starting_after": starting_after,
                        "include_obfuscation": include_obfuscation,
                    },
                    headers={"openai-beta": betas},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=BetaResponseStreamEvent,
                ),
            )
        return cast(
            "BetaResponse | AsyncStream[BetaResponseStreamEvent]",
            await self._client.call(
                _BETA_GET_RESPONSE,
                path_params={"response_id": response_id},
                query={
                    "beta": "true",
                    "include": include,
                    "stream": stream,
                    "starting_after": starting_after,
                    "include_obfuscation": include_obfuscation,
                },
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponse,
            ),
        )

    async def delete(
        self,
        response_id: str,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.
          betas: Optional beta features to enable for this request.
        """

        return cast(
            "None",
            await self._client.call(
                _BETA_DELETE_RESPONSE,
                path_params={"response_id": response_id},
                query={"beta": "true"},
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    async def cancel(
        self,
        response_id: str,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaResponse:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.
          betas: Optional beta features to enable for this request.
        """

        from ..types.beta_response import BetaResponse

        return cast(
            "BetaResponse",
            await self._client.call(
                _BETA_CANCEL_RESPONSE,
                path_params={"response_id": response_id},
                query={"beta": "true"},
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponse,
            ),
        )

    async def compact(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        model: BetaModelIdsCompaction,
        input: str | Sequence[BetaInputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: BetaPromptCacheRetentionEnum | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven | None = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaCompactedResponse:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          betas: Optional beta features to enable for this request.
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          input: Text, image, or file inputs to the model, used to generate a response
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          instructions: A system (or developer) message inserted into the model's context. When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          prompt_cache_key: A key to use when reading from or writing to the prompt cache.
          prompt_cache_retention: How long to retain a prompt cache entry created by this request.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
        """

        from ..types.beta_compacted_response import BetaCompactedResponse

        return cast(
            "BetaCompactedResponse",
            await self._client.call(
                _BETA_COMPACTCONVERSATION,
                query={"beta": "true"},
                headers={"openai-beta": betas},
                body={
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "instructions": instructions,
                    "prompt_cache_key": prompt_cache_key,
                    "prompt_cache_retention": prompt_cache_retention,
                    "prompt_cache_options": prompt_cache_options,
                    "service_tier": service_tier,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaCompactedResponse,
            ),
        )


class BetaResponsesInputItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaResponsesInputItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaResponsesInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaResponsesInputItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaResponsesInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[BetaResponseItem]:
        """Returns a list of input items for a given response.

        Args:
          response_id: The ID of the response to retrieve input items for.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
          after: An item ID to list items after, used in pagination.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
          betas: Optional beta features to enable for this request.
        """

        from ..types.beta_response_item import BetaResponseItem
        from ..types.beta_response_item_list import BetaResponseItemList

        return cast(
            "SyncCursorPage[BetaResponseItem]",
            self._client.call_page(
                _BETA_LIST_INPUT_ITEMS,
                path_params={"response_id": response_id},
                query={"beta": "true", "limit": limit, "order": order, "after": after, "include": include},
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponseItemList,
                item_type=BetaResponseItem,
                cursor_param="after",
            ),
        )


class AsyncBetaResponsesInputItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaResponsesInputItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaResponsesInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaResponsesInputItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaResponsesInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: Sequence[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[BetaResponseItem, AsyncCursorPage[BetaResponseItem]]:
        """Returns a list of input items for a given response.

        Args:
          response_id: The ID of the response to retrieve input items for.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
          after: An item ID to list items after, used in pagination.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
          betas: Optional beta features to enable for this request.
        """

        from ..types.beta_response_item import BetaResponseItem
        from ..types.beta_response_item_list import BetaResponseItemList

        return cast(
            "AsyncPaginator[BetaResponseItem, AsyncCursorPage[BetaResponseItem]]",
            self._client.call_page(
                _BETA_LIST_INPUT_ITEMS,
                path_params={"response_id": response_id},
                query={"beta": "true", "limit": limit, "order": order, "after": after, "include": include},
                headers={"openai-beta": betas},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaResponseItemList,
                item_type=BetaResponseItem,
                cursor_param="after",
            ),
        )


class BetaResponsesInputTokens(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BetaResponsesInputTokensWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BetaResponsesInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaResponsesInputTokensWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BetaResponsesInputTokensWithStreamingResponse(self)

    def count(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven | None = NOT_GIVEN,
        input: str | Sequence[BetaInputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[BetaToolParam] | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaTokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
          betas: Optional beta features to enable for this request.
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          input: Text, image, or file inputs to the model, used to generate a response
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter.
          text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured Outputs](/docs/guides/structured-outputs)
          reasoning: **gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
          truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
          instructions: A system (or developer) message inserted into the model's context. When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
          conversation: The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request. Input items and output items from this response are automatically added to this conversation after this response completes.
          tool_choice: Controls which tool the model should use, if any.
          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        """

        from ..types.beta_token_counts_resource import BetaTokenCountsResource

        return cast(
            "BetaTokenCountsResource",
            self._client.call(
                _BETA_GETINPUTTOKENCOUNTS,
                query={"beta": "true"},
                headers={"openai-beta": betas},
                body={
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "tools": tools,
                    "text": text,
                    "reasoning": reasoning,
                    "truncation": truncation,
                    "instructions": instructions,
                    "personality": personality,
                    "conversation": conversation,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaTokenCountsResource,
            ),
        )


class AsyncBetaResponsesInputTokens(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBetaResponsesInputTokensWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBetaResponsesInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaResponsesInputTokensWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBetaResponsesInputTokensWithStreamingResponse(self)

    async def count(
        self,
        *,
        betas: Sequence[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven | None = NOT_GIVEN,
        input: str | Sequence[BetaInputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[BetaToolParam] | NotGiven | None = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven | None = NOT_GIVEN,
        reasoning: BetaReasoningParam | NotGiven | None = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | NotGiven | None = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BetaTokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
          betas: Optional beta features to enable for this request.
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          input: Text, image, or file inputs to the model, used to generate a response
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter.
          text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured Outputs](/docs/guides/structured-outputs)
          reasoning: **gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
          truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
          instructions: A system (or developer) message inserted into the model's context. When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
          conversation: The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request. Input items and output items from this response are automatically added to this conversation after this response completes.
          tool_choice: Controls which tool the model should use, if any.
          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        """

        from ..types.beta_token_counts_resource import BetaTokenCountsResource

        return cast(
            "BetaTokenCountsResource",
            await self._client.call(
                _BETA_GETINPUTTOKENCOUNTS,
                query={"beta": "true"},
                headers={"openai-beta": betas},
                body={
                    "model": model,
                    "input": input,
                    "previous_response_id": previous_response_id,
                    "tools": tools,
                    "text": text,
                    "reasoning": reasoning,
                    "truncation": truncation,
                    "instructions": instructions,
                    "personality": personality,
                    "conversation": conversation,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BetaTokenCountsResource,
            ),
        )


class BetaWithRawResponse(ResourceView):
    _resource: Beta

    @property
    def assistants(self) -> BetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response

    @property
    def realtime(self) -> BetaRealtimeWithRawResponse:
        return self._resource.realtime.with_raw_response

    @property
    def threads(self) -> BetaThreadsWithRawResponse:
        return self._resource.threads.with_raw_response

    @property
    def chatkit(self) -> BetaChatkitWithRawResponse:
        return self._resource.chatkit.with_raw_response

    @property
    def responses(self) -> BetaResponsesWithRawResponse:
        return self._resource.responses.with_raw_response


class BetaWithStreamingResponse(StreamingResourceView):
    _resource: Beta

    @property
    def assistants(self) -> BetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response

    @property
    def realtime(self) -> BetaRealtimeWithStreamingResponse:
        return self._resource.realtime.with_streaming_response

    @property
    def threads(self) -> BetaThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response

    @property
    def chatkit(self) -> BetaChatkitWithStreamingResponse:
        return self._resource.chatkit.with_streaming_response

    @property
    def responses(self) -> BetaResponsesWithStreamingResponse:
        return self._resource.responses.with_streaming_response


class AsyncBetaWithRawResponse(ResourceView):
    _resource: AsyncBeta

    @property
    def assistants(self) -> AsyncBetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response

    @property
    def realtime(self) -> AsyncBetaRealtimeWithRawResponse:
        return self._resource.realtime.with_raw_response

    @property
    def threads(self) -> AsyncBetaThreadsWithRawResponse:
        return self._resource.threads.with_raw_response

    @property
    def chatkit(self) -> AsyncBetaChatkitWithRawResponse:
        return self._resource.chatkit.with_raw_response

    @property
    def responses(self) -> AsyncBetaResponsesWithRawResponse:
        return self._resource.responses.with_raw_response


class AsyncBetaWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBeta

    @property
    def assistants(self) -> AsyncBetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response

    @property
    def realtime(self) -> AsyncBetaRealtimeWithStreamingResponse:
        return self._resource.realtime.with_streaming_response

    @property
    def threads(self) -> AsyncBetaThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response

    @property
    def chatkit(self) -> AsyncBetaChatkitWithStreamingResponse:
        return self._resource.chatkit.with_streaming_response

    @property
    def responses(self) -> AsyncBetaResponsesWithStreamingResponse:
        return self._resource.responses.with_streaming_response


class BetaAssistantsWithRawResponse(ResourceView):
    _resource: BetaAssistants

    list = raw_method(BetaAssistants.list)
    create = raw_method(BetaAssistants.create)
    retrieve = raw_method(BetaAssistants.retrieve)
    update = raw_method(BetaAssistants.update)
    delete = raw_method(BetaAssistants.delete)


class BetaAssistantsWithStreamingResponse(StreamingResourceView):
    _resource: BetaAssistants

    list = streamed_method(BetaAssistants.list)
    create = streamed_method(BetaAssistants.create)
    retrieve = streamed_method(BetaAssistants.retrieve)
    update = streamed_method(BetaAssistants.update)
    delete = streamed_method(BetaAssistants.delete)


class AsyncBetaAssistantsWithRawResponse(ResourceView):
    _resource: AsyncBetaAssistants

    list = async_raw_method(AsyncBetaAssistants.list)
    create = async_raw_method(AsyncBetaAssistants.create)
    retrieve = async_raw_method(AsyncBetaAssistants.retrieve)
    update = async_raw_method(AsyncBetaAssistants.update)
    delete = async_raw_method(AsyncBetaAssistants.delete)


class AsyncBetaAssistantsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaAssistants

    list = async_streamed_method(AsyncBetaAssistants.list)
    create = async_streamed_method(AsyncBetaAssistants.create)
    retrieve = async_streamed_method(AsyncBetaAssistants.retrieve)
    update = async_streamed_method(AsyncBetaAssistants.update)
    delete = async_streamed_method(AsyncBetaAssistants.delete)


class BetaRealtimeWithRawResponse(ResourceView):
    _resource: BetaRealtime

    @property
    def sessions(self) -> BetaRealtimeSessionsWithRawResponse:
        return self._resource.sessions.with_raw_response

    @property
    def transcription_sessions(self) -> BetaRealtimeTranscriptionSessionsWithRawResponse:
        return self._resource.transcription_sessions.with_raw_response


class BetaRealtimeWithStreamingResponse(StreamingResourceView):
    _resource: BetaRealtime

    @property
    def sessions(self) -> BetaRealtimeSessionsWithStreamingResponse:
        return self._resource.sessions.with_streaming_response

    @property
    def transcription_sessions(self) -> BetaRealtimeTranscriptionSessionsWithStreamingResponse:
        return self._resource.transcription_sessions.with_streaming_response


class AsyncBetaRealtimeWithRawResponse(ResourceView):
    _resource: AsyncBetaRealtime

    @property
    def sessions(self) -> AsyncBetaRealtimeSessionsWithRawResponse:
        return self._resource.sessions.with_raw_response

    @property
    def transcription_sessions(self) -> AsyncBetaRealtimeTranscriptionSessionsWithRawResponse:
        return self._resource.transcription_sessions.with_raw_response


class AsyncBetaRealtimeWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaRealtime

    @property
    def sessions(self) -> AsyncBetaRealtimeSessionsWithStreamingResponse:
        return self._resource.sessions.with_streaming_response

    @property
    def transcription_sessions(self) -> AsyncBetaRealtimeTranscriptionSessionsWithStreamingResponse:
        return self._resource.transcription_sessions.with_streaming_response


class BetaRealtimeSessionsWithRawResponse(ResourceView):
    _resource: BetaRealtimeSessions

    create = raw_method(BetaRealtimeSessions.create)


class BetaRealtimeSessionsWithStreamingResponse(StreamingResourceView):
    _resource: BetaRealtimeSessions

    create = streamed_method(BetaRealtimeSessions.create)


class AsyncBetaRealtimeSessionsWithRawResponse(ResourceView):
    _resource: AsyncBetaRealtimeSessions

    create = async_raw_method(AsyncBetaRealtimeSessions.create)


class AsyncBetaRealtimeSessionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaRealtimeSessions

    create = async_streamed_method(AsyncBetaRealtimeSessions.create)


class BetaRealtimeTranscriptionSessionsWithRawResponse(ResourceView):
    _resource: BetaRealtimeTranscriptionSessions

    create = raw_method(BetaRealtimeTranscriptionSessions.create)


class BetaRealtimeTranscriptionSessionsWithStreamingResponse(StreamingResourceView):
    _resource: BetaRealtimeTranscriptionSessions

    create = streamed_method(BetaRealtimeTranscriptionSessions.create)


class AsyncBetaRealtimeTranscriptionSessionsWithRawResponse(ResourceView):
    _resource: AsyncBetaRealtimeTranscriptionSessions

    create = async_raw_method(AsyncBetaRealtimeTranscriptionSessions.create)


class AsyncBetaRealtimeTranscriptionSessionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaRealtimeTranscriptionSessions

    create = async_streamed_method(AsyncBetaRealtimeTranscriptionSessions.create)


class BetaThreadsWithRawResponse(ResourceView):
    _resource: BetaThreads

    @property
    def messages(self) -> BetaThreadsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    @property
    def runs(self) -> BetaThreadsRunsWithRawResponse:
        return self._resource.runs.with_raw_response

    create = raw_method(BetaThreads.create)
    create_and_run = raw_method(BetaThreads.create_and_run)
    retrieve = raw_method(BetaThreads.retrieve)
    update = raw_method(BetaThreads.update)
    delete = raw_method(BetaThreads.delete)


class BetaThreadsWithStreamingResponse(StreamingResourceView):
    _resource: BetaThreads

    @property
    def messages(self) -> BetaThreadsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    @property
    def runs(self) -> BetaThreadsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response

    create = streamed_method(BetaThreads.create)
    create_and_run = streamed_method(BetaThreads.create_and_run)
    retrieve = streamed_method(BetaThreads.retrieve)
    update = streamed_method(BetaThreads.update)
    delete = streamed_method(BetaThreads.delete)


class AsyncBetaThreadsWithRawResponse(ResourceView):
    _resource: AsyncBetaThreads

    @property
    def messages(self) -> AsyncBetaThreadsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    @property
    def runs(self) -> AsyncBetaThreadsRunsWithRawResponse:
        return self._resource.runs.with_raw_response

    create = async_raw_method(AsyncBetaThreads.create)
    create_and_run = async_raw_method(AsyncBetaThreads.create_and_run)
    retrieve = async_raw_method(AsyncBetaThreads.retrieve)
    update = async_raw_method(AsyncBetaThreads.update)
    delete = async_raw_method(AsyncBetaThreads.delete)


class AsyncBetaThreadsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaThreads

    @property
    def messages(self) -> AsyncBetaThreadsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    @property
    def runs(self) -> AsyncBetaThreadsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response

    create = async_streamed_method(AsyncBetaThreads.create)
    create_and_run = async_streamed_method(AsyncBetaThreads.create_and_run)
    retrieve = async_streamed_method(AsyncBetaThreads.retrieve)
    update = async_streamed_method(AsyncBetaThreads.update)
    delete = async_streamed_method(AsyncBetaThreads.delete)


class BetaThreadsMessagesWithRawResponse(ResourceView):
    _resource: BetaThreadsMessages

    list = raw_method(BetaThreadsMessages.list)
    create = raw_method(BetaThreadsMessages.create)
    retrieve = raw_method(BetaThreadsMessages.retrieve)
    update = raw_method(BetaThreadsMessages.update)
    delete = raw_method(BetaThreadsMessages.delete)


class BetaThreadsMessagesWithStreamingResponse(StreamingResourceView):
    _resource: BetaThreadsMessages

    list = streamed_method(BetaThreadsMessages.list)
    create = streamed_method(BetaThreadsMessages.create)
    retrieve = streamed_method(BetaThreadsMessages.retrieve)
    update = streamed_method(BetaThreadsMessages.update)
    delete = streamed_method(BetaThreadsMessages.delete)


class AsyncBetaThreadsMessagesWithRawResponse(ResourceView):
    _resource: AsyncBetaThreadsMessages

    list = async_raw_method(AsyncBetaThreadsMessages.list)
    create = async_raw_method(AsyncBetaThreadsMessages.create)
    retrieve = async_raw_method(AsyncBetaThreadsMessages.retrieve)
    update = async_raw_method(AsyncBetaThreadsMessages.update)
    delete = async_raw_method(AsyncBetaThreadsMessages.delete)


class AsyncBetaThreadsMessagesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaThreadsMessages

    list = async_streamed_method(AsyncBetaThreadsMessages.list)
    create = async_streamed_method(AsyncBetaThreadsMessages.create)
    retrieve = async_streamed_method(AsyncBetaThreadsMessages.retrieve)
    update = async_streamed_method(AsyncBetaThreadsMessages.update)
    delete = async_streamed_method(AsyncBetaThreadsMessages.delete)


class BetaThreadsRunsWithRawResponse(ResourceView):
    _resource: BetaThreadsRuns

    @property
    def steps(self) -> BetaThreadsRunsStepsWithRawResponse:
        return self._resource.steps.with_raw_response

    list = raw_method(BetaThreadsRuns.list)
    create = raw_method(BetaThreadsRuns.create)
    retrieve = raw_method(BetaThreadsRuns.retrieve)
    update = raw_method(BetaThreadsRuns.update)
    cancel = raw_method(BetaThreadsRuns.cancel)
    submit_tool_outputs = raw_method(BetaThreadsRuns.submit_tool_outputs)


class BetaThreadsRunsWithStreamingResponse(StreamingResourceView):
    _resource: BetaThreadsRuns

    @property
    def steps(self) -> BetaThreadsRunsStepsWithStreamingResponse:
        return self._resource.steps.with_streaming_response

    list = streamed_method(BetaThreadsRuns.list)
    create = streamed_method(BetaThreadsRuns.create)
    retrieve = streamed_method(BetaThreadsRuns.retrieve)
    update = streamed_method(BetaThreadsRuns.update)
    cancel = streamed_method(BetaThreadsRuns.cancel)
    submit_tool_outputs = streamed_method(BetaThreadsRuns.submit_tool_outputs)


class AsyncBetaThreadsRunsWithRawResponse(ResourceView):
    _resource: AsyncBetaThreadsRuns

    @property
    def steps(self) -> AsyncBetaThreadsRunsStepsWithRawResponse:
        return self._resource.steps.with_raw_response

    list = async_raw_method(AsyncBetaThreadsRuns.list)
    create = async_raw_method(AsyncBetaThreadsRuns.create)
    retrieve = async_raw_method(AsyncBetaThreadsRuns.retrieve)
    update = async_raw_method(AsyncBetaThreadsRuns.update)
    cancel = async_raw_method(AsyncBetaThreadsRuns.cancel)
    submit_tool_outputs = async_raw_method(AsyncBetaThreadsRuns.submit_tool_outputs)


class AsyncBetaThreadsRunsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaThreadsRuns

    @property
    def steps(self) -> AsyncBetaThreadsRunsStepsWithStreamingResponse:
        return self._resource.steps.with_streaming_response

    list = async_streamed_method(AsyncBetaThreadsRuns.list)
    create = async_streamed_method(AsyncBetaThreadsRuns.create)
    retrieve = async_streamed_method(AsyncBetaThreadsRuns.retrieve)
    update = async_streamed_method(AsyncBetaThreadsRuns.update)
    cancel = async_streamed_method(AsyncBetaThreadsRuns.cancel)
    submit_tool_outputs = async_streamed_method(AsyncBetaThreadsRuns.submit_tool_outputs)


class BetaThreadsRunsStepsWithRawResponse(ResourceView):
    _resource: BetaThreadsRunsSteps

    list = raw_method(BetaThreadsRunsSteps.list)
    retrieve = raw_method(BetaThreadsRunsSteps.retrieve)


class BetaThreadsRunsStepsWithStreamingResponse(StreamingResourceView):
    _resource: BetaThreadsRunsSteps

    list = streamed_method(BetaThreadsRunsSteps.list)
    retrieve = streamed_method(BetaThreadsRunsSteps.retrieve)


class AsyncBetaThreadsRunsStepsWithRawResponse(ResourceView):
    _resource: AsyncBetaThreadsRunsSteps

    list = async_raw_method(AsyncBetaThreadsRunsSteps.list)
    retrieve = async_raw_method(AsyncBetaThreadsRunsSteps.retrieve)


class AsyncBetaThreadsRunsStepsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaThreadsRunsSteps

    list = async_streamed_method(AsyncBetaThreadsRunsSteps.list)
    retrieve = async_streamed_method(AsyncBetaThreadsRunsSteps.retrieve)


class BetaChatkitWithRawResponse(ResourceView):
    _resource: BetaChatkit

    @property
    def sessions(self) -> BetaChatkitSessionsWithRawResponse:
        return self._resource.sessions.with_raw_response

    @property
    def threads(self) -> BetaChatkitThreadsWithRawResponse:
        return self._resource.threads.with_raw_response


class BetaChatkitWithStreamingResponse(StreamingResourceView):
    _resource: BetaChatkit

    @property
    def sessions(self) -> BetaChatkitSessionsWithStreamingResponse:
        return self._resource.sessions.with_streaming_response

    @property
    def threads(self) -> BetaChatkitThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response


class AsyncBetaChatkitWithRawResponse(ResourceView):
    _resource: AsyncBetaChatkit

    @property
    def sessions(self) -> AsyncBetaChatkitSessionsWithRawResponse:
        return self._resource.sessions.with_raw_response

    @property
    def threads(self) -> AsyncBetaChatkitThreadsWithRawResponse:
        return self._resource.threads.with_raw_response


class AsyncBetaChatkitWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaChatkit

    @property
    def sessions(self) -> AsyncBetaChatkitSessionsWithStreamingResponse:
        return self._resource.sessions.with_streaming_response

    @property
    def threads(self) -> AsyncBetaChatkitThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response


class BetaChatkitSessionsWithRawResponse(ResourceView):
    _resource: BetaChatkitSessions

    cancel = raw_method(BetaChatkitSessions.cancel)
    create = raw_method(BetaChatkitSessions.create)


class BetaChatkitSessionsWithStreamingResponse(StreamingResourceView):
    _resource: BetaChatkitSessions

    cancel = streamed_method(BetaChatkitSessions.cancel)
    create = streamed_method(BetaChatkitSessions.create)


class AsyncBetaChatkitSessionsWithRawResponse(ResourceView):
    _resource: AsyncBetaChatkitSessions

    cancel = async_raw_method(AsyncBetaChatkitSessions.cancel)
    create = async_raw_method(AsyncBetaChatkitSessions.create)


class AsyncBetaChatkitSessionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaChatkitSessions

    cancel = async_streamed_method(AsyncBetaChatkitSessions.cancel)
    create = async_streamed_method(AsyncBetaChatkitSessions.create)


class BetaChatkitThreadsWithRawResponse(ResourceView):
    _resource: BetaChatkitThreads

    list_items = raw_method(BetaChatkitThreads.list_items)
    retrieve = raw_method(BetaChatkitThreads.retrieve)
    delete = raw_method(BetaChatkitThreads.delete)
    list = raw_method(BetaChatkitThreads.list)


class BetaChatkitThreadsWithStreamingResponse(StreamingResourceView):
    _resource: BetaChatkitThreads

    list_items = streamed_method(BetaChatkitThreads.list_items)
    retrieve = streamed_method(BetaChatkitThreads.retrieve)
    delete = streamed_method(BetaChatkitThreads.delete)
    list = streamed_method(BetaChatkitThreads.list)


class AsyncBetaChatkitThreadsWithRawResponse(ResourceView):
    _resource: AsyncBetaChatkitThreads

    list_items = async_raw_method(AsyncBetaChatkitThreads.list_items)
    retrieve = async_raw_method(AsyncBetaChatkitThreads.retrieve)
    delete = async_raw_method(AsyncBetaChatkitThreads.delete)
    list = async_raw_method(AsyncBetaChatkitThreads.list)


class AsyncBetaChatkitThreadsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaChatkitThreads

    list_items = async_streamed_method(AsyncBetaChatkitThreads.list_items)
    retrieve = async_streamed_method(AsyncBetaChatkitThreads.retrieve)
    delete = async_streamed_method(AsyncBetaChatkitThreads.delete)
    list = async_streamed_method(AsyncBetaChatkitThreads.list)


class BetaResponsesWithRawResponse(ResourceView):
    _resource: BetaResponses

    @property
    def input_items(self) -> BetaResponsesInputItemsWithRawResponse:
        return self._resource.input_items.with_raw_response

    @property
    def input_tokens(self) -> BetaResponsesInputTokensWithRawResponse:
        return self._resource.input_tokens.with_raw_response

    create = raw_method(BetaResponses.create)
    retrieve = raw_method(BetaResponses.retrieve)
    delete = raw_method(BetaResponses.delete)
    cancel = raw_method(BetaResponses.cancel)
    compact = raw_method(BetaResponses.compact)


class BetaResponsesWithStreamingResponse(StreamingResourceView):
    _resource: BetaResponses

    @property
    def input_items(self) -> BetaResponsesInputItemsWithStreamingResponse:
        return self._resource.input_items.with_streaming_response

    @property
    def input_tokens(self) -> BetaResponsesInputTokensWithStreamingResponse:
        return self._resource.input_tokens.with_streaming_response

    create = streamed_method(BetaResponses.create)
    retrieve = streamed_method(BetaResponses.retrieve)
    delete = streamed_method(BetaResponses.delete)
    cancel = streamed_method(BetaResponses.cancel)
    compact = streamed_method(BetaResponses.compact)


class AsyncBetaResponsesWithRawResponse(ResourceView):
    _resource: AsyncBetaResponses

    @property
    def input_items(self) -> AsyncBetaResponsesInputItemsWithRawResponse:
        return self._resource.input_items.with_raw_response

    @property
    def input_tokens(self) -> AsyncBetaResponsesInputTokensWithRawResponse:
        return self._resource.input_tokens.with_raw_response

    create = async_raw_method(AsyncBetaResponses.create)
    retrieve = async_raw_method(AsyncBetaResponses.retrieve)
    delete = async_raw_method(AsyncBetaResponses.delete)
    cancel = async_raw_method(AsyncBetaResponses.cancel)
    compact = async_raw_method(AsyncBetaResponses.compact)


class AsyncBetaResponsesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaResponses

    @property
    def input_items(self) -> AsyncBetaResponsesInputItemsWithStreamingResponse:
        return self._resource.input_items.with_streaming_response

    @property
    def input_tokens(self) -> AsyncBetaResponsesInputTokensWithStreamingResponse:
        return self._resource.input_tokens.with_streaming_response

    create = async_streamed_method(AsyncBetaResponses.create)
    retrieve = async_streamed_method(AsyncBetaResponses.retrieve)
    delete = async_streamed_method(AsyncBetaResponses.delete)
    cancel = async_streamed_method(AsyncBetaResponses.cancel)
    compact = async_streamed_method(AsyncBetaResponses.compact)


class BetaResponsesInputItemsWithRawResponse(ResourceView):
    _resource: BetaResponsesInputItems

    list = raw_method(BetaResponsesInputItems.list)


class BetaResponsesInputItemsWithStreamingResponse(StreamingResourceView):
    _resource: BetaResponsesInputItems

    list = streamed_method(BetaResponsesInputItems.list)


class AsyncBetaResponsesInputItemsWithRawResponse(ResourceView):
    _resource: AsyncBetaResponsesInputItems

    list = async_raw_method(AsyncBetaResponsesInputItems.list)


class AsyncBetaResponsesInputItemsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaResponsesInputItems

    list = async_streamed_method(AsyncBetaResponsesInputItems.list)


class BetaResponsesInputTokensWithRawResponse(ResourceView):
    _resource: BetaResponsesInputTokens

    count = raw_method(BetaResponsesInputTokens.count)


class BetaResponsesInputTokensWithStreamingResponse(StreamingResourceView):
    _resource: BetaResponsesInputTokens

    count = streamed_method(BetaResponsesInputTokens.count)


class AsyncBetaResponsesInputTokensWithRawResponse(ResourceView):
    _resource: AsyncBetaResponsesInputTokens

    count = async_raw_method(AsyncBetaResponsesInputTokens.count)


class AsyncBetaResponsesInputTokensWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBetaResponsesInputTokens

    count = async_streamed_method(AsyncBetaResponsesInputTokens.count)
