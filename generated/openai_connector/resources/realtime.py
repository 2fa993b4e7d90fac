# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._response import BinaryResponse
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)
from ..lib.helpers.realtime import AsyncRealtimeHelpers, RealtimeHelpers

if TYPE_CHECKING:
    from ..types.mcp_tool import McpToolParam
    from ..types.prompt import PromptParam
    from ..types.realtime_create_client_secret_request import RealtimeCreateClientSecretRequestExpiresAfterParam
    from ..types.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse
    from ..types.realtime_function_tool import RealtimeFunctionToolParam
    from ..types.realtime_reasoning import RealtimeReasoningParam
    from ..types.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGaAudioParam,
        RealtimeSessionCreateRequestGaParam,
        RealtimeSessionCreateRequestGaTracingConfigurationParam,
    )
    from ..types.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGaParam,
    )
    from ..types.realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretExpiresAfterParam,
    )
    from ..types.realtime_translation_client_secret_create_response import RealtimeTranslationClientSecretCreateResponse
    from ..types.realtime_translation_session_create_request import RealtimeTranslationSessionCreateRequestParam
    from ..types.realtime_truncation import RealtimeTruncationParam
    from ..types.tool_choice_function import ToolChoiceFunctionParam
    from ..types.tool_choice_mcp import ToolChoiceMcpParam
    from ..types.tool_choice_options import ToolChoiceOptions

_CREATE_REALTIME_CALL = Operation(
    api="openai",
    operation_id="create-realtime-call",
    method="POST",
    path="/realtime/calls",
    request_kind="multipart",
    response_kind="binary",
    accept="application/sdp",
    checks={"body": {"sdp": {"type": "string"}, "session": {"type": "object"}}},
    security=("api_key",),
    version_param="api-version",
)

_ACCEPT_REALTIME_CALL = Operation(
    api="openai",
    operation_id="accept-realtime-call",
    method="POST",
    path="/realtime/calls/{call_id}/accept",
    request_kind="json",
    response_kind="none",
    checks={
        "path": {"call_id": {"type": "string"}},
        "body": {
            "type": {"type": "string"},
            "output_modalities": {"type": "array"},
            "model": {"type": "string"},
            "instructions": {"type": "string"},
            "audio": {"type": "object"},
            "include": {"type": "array"},
            "tracing": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
            "tools": {"type": "array"},
            "tool_choice": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "parallel_tool_calls": {"type": "boolean"},
            "reasoning": {"type": "object"},
            "max_output_tokens": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "truncation": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "prompt": {"type": "object", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_HANGUP_REALTIME_CALL = Operation(
    api="openai",
    operation_id="hangup-realtime-call",
    method="POST",
    path="/realtime/calls/{call_id}/hangup",
    request_kind="none",
    response_kind="none",
    checks={"path": {"call_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_REFER_REALTIME_CALL = Operation(
    api="openai",
    operation_id="refer-realtime-call",
    method="POST",
    path="/realtime/calls/{call_id}/refer",
    request_kind="json",
    response_kind="none",
    checks={"path": {"call_id": {"type": "string"}}, "body": {"target_uri": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_REJECT_REALTIME_CALL = Operation(
    api="openai",
    operation_id="reject-realtime-call",
    method="POST",
    path="/realtime/calls/{call_id}/reject",
    request_kind="json",
    response_kind="none",
    checks={"path": {"call_id": {"type": "string"}}, "body": {"status_code": {"type": "integer"}}},
    security=("api_key",),
    version_param="api-version",
)

_CREATE_REALTIME_CLIENT_SECRET = Operation(
    api="openai",
    operation_id="create-realtime-client-secret",
    method="POST",
    path="/realtime/client_secrets",
    request_kind="json",
    response_kind="json",
    checks={"body": {"expires_after": {"type": "object"}, "session": {"type": "object"}}},
    security=("api_key",),
    version_param="api-version",
)

_CREATE_REALTIME_TRANSLATION_CLIENT_SECRET = Operation(
    api="openai",
    operation_id="create-realtime-translation-client-secret",
    method="POST",
    path="/realtime/translations/client_secrets",
    request_kind="json",
    response_kind="json",
    checks={"body": {"expires_after": {"type": "object"}, "session": {"type": "object"}}},
    security=("api_key",),
    version_param="api-version",
)


class Realtime(RealtimeHelpers, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RealtimeWithStreamingResponse(self)

    @cached_property
    def calls(self) -> RealtimeCalls:
        return RealtimeCalls(self._client)

    @cached_property
    def client_secrets(self) -> RealtimeClientSecrets:
        return RealtimeClientSecrets(self._client)

    @cached_property
    def translations(self) -> RealtimeTranslations:
        return RealtimeTranslations(self._client)


class AsyncRealtime(AsyncRealtimeHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRealtimeWithStreamingResponse(self)

    @cached_property
    def calls(self) -> AsyncRealtimeCalls:
        return AsyncRealtimeCalls(self._client)

    @cached_property
    def client_secrets(self) -> AsyncRealtimeClientSecrets:
        return AsyncRealtimeClientSecrets(self._client)

    @cached_property
    def translations(self) -> AsyncRealtimeTranslations:
        return AsyncRealtimeTranslations(self._client)


class RealtimeCalls(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RealtimeCallsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RealtimeCallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeCallsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RealtimeCallsWithStreamingResponse(self)

    def create(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGaParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
          sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.
          session: Optional session configuration to apply before the realtime session is created. Use the same parameters you would send in a [`create client secret`](/docs/api-reference/realtime-sessions/create-realtime-client-secret) request.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _CREATE_REALTIME_CALL,
                body={"sdp": sdp, "session": session},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )

    def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2.1",
            "gpt-realtime-2.1-mini",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ]
        | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGaAudioParam | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["item.input_audio_transcription.logprobs"]] | NotGiven = NOT_GIVEN,
        tracing: Literal["auto"]
        | RealtimeSessionCreateRequestGaTracingConfigurationParam
        | NotGiven
        | None = NOT_GIVEN,
        tools: Sequence[RealtimeFunctionToolParam | McpToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceOptions | ToolChoiceFunctionParam | ToolChoiceMcpParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoningParam | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncationParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
          call_id: The identifier for the call provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
          type: The type of session to create. Always `realtime` for the Realtime API.
          output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`, indicating that the model will respond with audio plus a transcript. `["text"]` can be used to make the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
          model: The Realtime model used for this session.
          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
          audio: Configuration for input and output audio.
          include: Additional fields to include in server outputs. `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
          tracing: Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
          tools: Tools available to the model.
          tool_choice: How the model chooses tools. Provide one of the string modes or force a specific function/MCP tool.
          parallel_tool_calls: Whether the model may call multiple tools in parallel. Only supported by reasoning Realtime models such as `gpt-realtime-2`.
          reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
          max_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
          truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
          prompt: Reference to a prompt template and its variables. [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
        """

        return cast(
            "None",
            self._client.call(
                _ACCEPT_REALTIME_CALL,
                path_params={"call_id": call_id},
                body={
                    "type": type,
                    "output_modalities": output_modalities,
                    "model": model,
                    "instructions": instructions,
                    "audio": audio,
                    "include": include,
                    "tracing": tracing,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    def hangup(
        self,
        call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
          call_id: The identifier for the call. For SIP calls, use the value provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook. For WebRTC sessions, reuse the call ID returned in the `Location` header when creating the call with [`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).
        """

        return cast(
            "None",
            self._client.call(
                _HANGUP_REALTIME_CALL,
                path_params={"call_id": call_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
          call_id: The identifier for the call provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
          target_uri: URI that should appear in the SIP Refer-To header. Supports values like `tel:+14155550123` or `sip:agent@example.com`.
        """

        return cast(
            "None",
            self._client.call(
                _REFER_REALTIME_CALL,
                path_params={"call_id": call_id},
                body={"target_uri": target_uri},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    def reject(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
          call_id: The identifier for the call provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
          status_code: SIP response code to send back to the caller. Defaults to `603` (Decline) when omitted.
        """

        return cast(
            "None",
            self._client.call(
                _REJECT_REALTIME_CALL,
                path_params={"call_id": call_id},
                body={"status_code": status_code},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class AsyncRealtimeCalls(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRealtimeCallsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRealtimeCallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeCallsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRealtimeCallsWithStreamingResponse(self)

    async def create(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGaParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
          sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.
          session: Optional session configuration to apply before the realtime session is created. Use the same parameters you would send in a [`create client secret`](/docs/api-reference/realtime-sessions/create-realtime-client-secret) request.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _CREATE_REALTIME_CALL,
                body={"sdp": sdp, "session": session},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )

    async def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2.1",
            "gpt-realtime-2.1-mini",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ]
        | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGaAudioParam | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["item.input_audio_transcription.logprobs"]] | NotGiven = NOT_GIVEN,
        tracing: Literal["auto"]
        | RealtimeSessionCreateRequestGaTracingConfigurationParam
        | NotGiven
        | None = NOT_GIVEN,
        tools: Sequence[RealtimeFunctionToolParam | McpToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceOptions | ToolChoiceFunctionParam | ToolChoiceMcpParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoningParam | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncationParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
          call_id: The identifier for the call provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
          type: The type of session to create. Always `realtime` for the Realtime API.
          output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`, indicating that the model will respond with audio plus a transcript. `["text"]` can be used to make the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
          model: The Realtime model used for this session.
          instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
          audio: Configuration for input and output audio.
          include: Additional fields to include in server outputs. `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
          tracing: Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
          tools: Tools available to the model.
          tool_choice: How the model chooses tools. Provide one of the string modes or force a specific function/MCP tool.
          parallel_tool_calls: Whether the model may call multiple tools in parallel. Only supported by reasoning Realtime models such as `gpt-realtime-2`.
          reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
          max_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
          truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
          prompt: Reference to a prompt template and its variables. [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
        """

        return cast(
            "None",
            await self._client.call(
                _ACCEPT_REALTIME_CALL,
                path_params={"call_id": call_id},
                body={
                    "type": type,
                    "output_modalities": output_modalities,
                    "model": model,
                    "instructions": instructions,
                    "audio": audio,
                    "include": include,
                    "tracing": tracing,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "truncation": truncation,
                    "prompt": prompt,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    async def hangup(
        self,
        call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
          call_id: The identifier for the call. For SIP calls, use the value provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook. For WebRTC sessions, reuse the call ID returned in the `Location` header when creating the call with [`POST /v1/realtime/calls`](/docs/api-reference/realtime/create-call).
        """

        return cast(
            "None",
            await self._client.call(
                _HANGUP_REALTIME_CALL,
                path_params={"call_id": call_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    async def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
          call_id: The identifier for the call provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
          target_uri: URI that should appear in the SIP Refer-To header. Supports values like `tel:+14155550123` or `sip:agent@example.com`.
        """

        return cast(
            "None",
            await self._client.call(
                _REFER_REALTIME_CALL,
                path_params={"call_id": call_id},
                body={"target_uri": target_uri},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    async def reject(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
          call_id: The identifier for the call provided in the [`realtime.call.incoming`](/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
          status_code: SIP response code to send back to the caller. Defaults to `603` (Decline) when omitted.
        """

        return cast(
            "None",
            await self._client.call(
                _REJECT_REALTIME_CALL,
                path_params={"call_id": call_id},
                body={"status_code": status_code},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class RealtimeClientSecrets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RealtimeClientSecretsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RealtimeClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeClientSecretsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RealtimeClientSecretsWithStreamingResponse(self)

    def create(
        self,
        *,
        expires_after: RealtimeCreateClientSecretRequestExpiresAfterParam | NotGiven = NOT_GIVEN,
        session: RealtimeSessionCreateRequestGaParam
        | RealtimeTranscriptionSessionCreateRequestGaParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime API without
        leaking your main API key. You can configure a custom TTL for each client secret.

        You can also attach session configuration options to the client secret, which will be
        applied to any sessions created using that client secret, but these can also be overridden
        by the client connection.

        [Learn more about authentication with client secrets over WebRTC](/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.

        Args:
          expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
          session: Session configuration to use for the client secret. Choose either a realtime session or a transcription session.
        """

        from ..types.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse

        return cast(
            "RealtimeCreateClientSecretResponse",
            self._client.call(
                _CREATE_REALTIME_CLIENT_SECRET,
                body={"expires_after": expires_after, "session": session},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeCreateClientSecretResponse,
            ),
        )


class AsyncRealtimeClientSecrets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRealtimeClientSecretsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRealtimeClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeClientSecretsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRealtimeClientSecretsWithStreamingResponse(self)

    async def create(
        self,
        *,
        expires_after: RealtimeCreateClientSecretRequestExpiresAfterParam | NotGiven = NOT_GIVEN,
        session: RealtimeSessionCreateRequestGaParam
        | RealtimeTranscriptionSessionCreateRequestGaParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime API without
        leaking your main API key. You can configure a custom TTL for each client secret.

        You can also attach session configuration options to the client secret, which will be
        applied to any sessions created using that client secret, but these can also be overridden
        by the client connection.

        [Learn more about authentication with client secrets over WebRTC](/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.

        Args:
          expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
          session: Session configuration to use for the client secret. Choose either a realtime session or a transcription session.
        """

        from ..types.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse

        return cast(
            "RealtimeCreateClientSecretResponse",
            await self._client.call(
                _CREATE_REALTIME_CLIENT_SECRET,
                body={"expires_after": expires_after, "session": session},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeCreateClientSecretResponse,
            ),
        )


class RealtimeTranslations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RealtimeTranslationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RealtimeTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeTranslationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RealtimeTranslationsWithStreamingResponse(self)

    @cached_property
    def client_secrets(self) -> RealtimeTranslationsClientSecrets:
        return RealtimeTranslationsClientSecrets(self._client)


class AsyncRealtimeTranslations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRealtimeTranslationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRealtimeTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeTranslationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRealtimeTranslationsWithStreamingResponse(self)

    @cached_property
    def client_secrets(self) -> AsyncRealtimeTranslationsClientSecrets:
        return AsyncRealtimeTranslationsClientSecrets(self._client)


class RealtimeTranslationsClientSecrets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RealtimeTranslationsClientSecretsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RealtimeTranslationsClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeTranslationsClientSecretsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RealtimeTranslationsClientSecretsWithStreamingResponse(self)

    def create(
        self,
        *,
        expires_after: RealtimeTranslationClientSecretExpiresAfterParam | NotGiven = NOT_GIVEN,
        session: RealtimeTranslationSessionCreateRequestParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session object.
        The client secret is a string that looks like `ek_1234`.

        Args:
          expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
          session: Realtime translation session configuration. Translation sessions stream source audio in and translated audio plus transcript deltas out continuously.
        """

        from ..types.realtime_translation_client_secret_create_response import (
            RealtimeTranslationClientSecretCreateResponse,
        )

        return cast(
            "RealtimeTranslationClientSecretCreateResponse",
            self._client.call(
                _CREATE_REALTIME_TRANSLATION_CLIENT_SECRET,
                body={"expires_after": expires_after, "session": session},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeTranslationClientSecretCreateResponse,
            ),
        )


class AsyncRealtimeTranslationsClientSecrets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRealtimeTranslationsClientSecretsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRealtimeTranslationsClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeTranslationsClientSecretsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRealtimeTranslationsClientSecretsWithStreamingResponse(self)

    async def create(
        self,
        *,
        expires_after: RealtimeTranslationClientSecretExpiresAfterParam | NotGiven = NOT_GIVEN,
        session: RealtimeTranslationSessionCreateRequestParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session object.
        The client secret is a string that looks like `ek_1234`.

        Args:
          expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
          session: Realtime translation session configuration. Translation sessions stream source audio in and translated audio plus transcript deltas out continuously.
        """

        from ..types.realtime_translation_client_secret_create_response import (
            RealtimeTranslationClientSecretCreateResponse,
        )

        return cast(
            "RealtimeTranslationClientSecretCreateResponse",
            await self._client.call(
                _CREATE_REALTIME_TRANSLATION_CLIENT_SECRET,
                body={"expires_after": expires_after, "session": session},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RealtimeTranslationClientSecretCreateResponse,
            ),
        )


class RealtimeWithRawResponse(ResourceView):
    _resource: Realtime

    @property
    def calls(self) -> RealtimeCallsWithRawResponse:
        return self._resource.calls.with_raw_response

    @property
    def client_secrets(self) -> RealtimeClientSecretsWithRawResponse:
        return self._resource.client_secrets.with_raw_response

    @property
    def translations(self) -> RealtimeTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class RealtimeWithStreamingResponse(StreamingResourceView):
    _resource: Realtime

    @property
    def calls(self) -> RealtimeCallsWithStreamingResponse:
        return self._resource.calls.with_streaming_response

    @property
    def client_secrets(self) -> RealtimeClientSecretsWithStreamingResponse:
        return self._resource.client_secrets.with_streaming_response

    @property
    def translations(self) -> RealtimeTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response


class AsyncRealtimeWithRawResponse(ResourceView):
    _resource: AsyncRealtime

    @property
    def calls(self) -> AsyncRealtimeCallsWithRawResponse:
        return self._resource.calls.with_raw_response

    @property
    def client_secrets(self) -> AsyncRealtimeClientSecretsWithRawResponse:
        return self._resource.client_secrets.with_raw_response

    @property
    def translations(self) -> AsyncRealtimeTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AsyncRealtimeWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRealtime

    @property
    def calls(self) -> AsyncRealtimeCallsWithStreamingResponse:
        return self._resource.calls.with_streaming_response

    @property
    def client_secrets(self) -> AsyncRealtimeClientSecretsWithStreamingResponse:
        return self._resource.client_secrets.with_streaming_response

    @property
    def translations(self) -> AsyncRealtimeTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response


class RealtimeCallsWithRawResponse(ResourceView):
    _resource: RealtimeCalls

    create = raw_method(RealtimeCalls.create)
    accept = raw_method(RealtimeCalls.accept)
    hangup = raw_method(RealtimeCalls.hangup)
    refer = raw_method(RealtimeCalls.refer)
    reject = raw_method(RealtimeCalls.reject)


class RealtimeCallsWithStreamingResponse(StreamingResourceView):
    _resource: RealtimeCalls

    create = streamed_method(RealtimeCalls.create)
    accept = streamed_method(RealtimeCalls.accept)
    hangup = streamed_method(RealtimeCalls.hangup)
    refer = streamed_method(RealtimeCalls.refer)
    reject = streamed_method(RealtimeCalls.reject)


class AsyncRealtimeCallsWithRawResponse(ResourceView):
    _resource: AsyncRealtimeCalls

    create = async_raw_method(AsyncRealtimeCalls.create)
    accept = async_raw_method(AsyncRealtimeCalls.accept)
    hangup = async_raw_method(AsyncRealtimeCalls.hangup)
    refer = async_raw_method(AsyncRealtimeCalls.refer)
    reject = async_raw_method(AsyncRealtimeCalls.reject)


class AsyncRealtimeCallsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRealtimeCalls

    create = async_streamed_method(AsyncRealtimeCalls.create)
    accept = async_streamed_method(AsyncRealtimeCalls.accept)
    hangup = async_streamed_method(AsyncRealtimeCalls.hangup)
    refer = async_streamed_method(AsyncRealtimeCalls.refer)
    reject = async_streamed_method(AsyncRealtimeCalls.reject)


class RealtimeClientSecretsWithRawResponse(ResourceView):
    _resource: RealtimeClientSecrets

    create = raw_method(RealtimeClientSecrets.create)


class RealtimeClientSecretsWithStreamingResponse(StreamingResourceView):
    _resource: RealtimeClientSecrets

    create = streamed_method(RealtimeClientSecrets.create)


class AsyncRealtimeClientSecretsWithRawResponse(ResourceView):
    _resource: AsyncRealtimeClientSecrets

    create = async_raw_method(AsyncRealtimeClientSecrets.create)


class AsyncRealtimeClientSecretsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRealtimeClientSecrets

    create = async_streamed_method(AsyncRealtimeClientSecrets.create)


class RealtimeTranslationsWithRawResponse(ResourceView):
    _resource: RealtimeTranslations

    @property
    def client_secrets(self) -> RealtimeTranslationsClientSecretsWithRawResponse:
        return self._resource.client_secrets.with_raw_response


class RealtimeTranslationsWithStreamingResponse(StreamingResourceView):
    _resource: RealtimeTranslations

    @property
    def client_secrets(self) -> RealtimeTranslationsClientSecretsWithStreamingResponse:
        return self._resource.client_secrets.with_streaming_response


class AsyncRealtimeTranslationsWithRawResponse(ResourceView):
    _resource: AsyncRealtimeTranslations

    @property
    def client_secrets(self) -> AsyncRealtimeTranslationsClientSecretsWithRawResponse:
        return self._resource.client_secrets.with_raw_response


class AsyncRealtimeTranslationsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRealtimeTranslations

    @property
    def client_secrets(self) -> AsyncRealtimeTranslationsClientSecretsWithStreamingResponse:
        return self._resource.client_secrets.with_streaming_response


class RealtimeTranslationsClientSecretsWithRawResponse(ResourceView):
    _resource: RealtimeTranslationsClientSecrets

    create = raw_method(RealtimeTranslationsClientSecrets.create)


class RealtimeTranslationsClientSecretsWithStreamingResponse(StreamingResourceView):
    _resource: RealtimeTranslationsClientSecrets

    create = streamed_method(RealtimeTranslationsClientSecrets.create)


class AsyncRealtimeTranslationsClientSecretsWithRawResponse(ResourceView):
    _resource: AsyncRealtimeTranslationsClientSecrets

    create = async_raw_method(AsyncRealtimeTranslationsClientSecrets.create)


class AsyncRealtimeTranslationsClientSecretsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRealtimeTranslationsClientSecrets

    create = async_streamed_method(AsyncRealtimeTranslationsClientSecrets.create)
