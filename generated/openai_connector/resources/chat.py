# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
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
from ..lib.helpers.chat_completions import AsyncChatCompletionsHelpers, ChatCompletionsHelpers

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..lib.helpers._async_chat_stream import AsyncChatCompletionStreamManager
    from ..lib.helpers._parsed_chat import ParsedChatCompletion, ResponseFormatT
    from ..lib.helpers._sync_chat_stream import ChatCompletionStreamManager
    from ..types.chat_completion import ChatCompletion
    from ..types.chat_completion_chunk import ChatCompletionChunk
    from ..types.chat_completion_deleted import ChatCompletionDeleted
    from ..types.chat_completion_function_call_option import ChatCompletionFunctionCallOptionParam
    from ..types.chat_completion_functions import ChatCompletionFunctionsParam
    from ..types.chat_completion_message_list import ChatCompletionMessageListDataItem
    from ..types.chat_completion_request_message import ChatCompletionRequestMessageParam
    from ..types.chat_completion_stream_options import ChatCompletionStreamOptionsParam
    from ..types.chat_completion_tool import ChatCompletionToolParam
    from ..types.chat_completion_tool_choice_option import ChatCompletionToolChoiceOptionParam
    from ..types.create_chat_completion_request import (
        CreateChatCompletionRequestAudioParam,
        CreateChatCompletionRequestWebSearchOptionsParam,
    )
    from ..types.custom_tool_chat_completions import CustomToolChatCompletionsParam
    from ..types.metadata import Metadata
    from ..types.model_ids_shared import ModelIdsShared
    from ..types.moderation_param import ModerationParam
    from ..types.parallel_tool_calls import ParallelToolCalls
    from ..types.prediction_content import PredictionContentParam
    from ..types.prompt_cache_options_param import PromptCacheOptionsParam
    from ..types.reasoning_effort import ReasoningEffort
    from ..types.response_format_json_object import ResponseFormatJsonObjectParam
    from ..types.response_format_json_schema import ResponseFormatJsonSchemaParam
    from ..types.response_format_text import ResponseFormatTextParam
    from ..types.response_modalities import ResponseModalities
    from ..types.service_tier import ServiceTier
    from ..types.stop_configuration import StopConfiguration
    from ..types.verbosity import Verbosity

_LIST_CHAT_COMPLETIONS = Operation(
    api="openai",
    operation_id="listChatCompletions",
    method="GET",
    path="/chat/completions",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "model": {"type": "string"},
            "metadata": {"type": "object", "nullable": True},
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "order": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
    query_styles={"metadata": "deepObject"},
)

_CREATE_CHAT_COMPLETION = Operation(
    api="openai",
    operation_id="createChatCompletion",
    method="POST",
    path="/chat/completions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "metadata": {"type": "object", "nullable": True},
            "top_logprobs": {"type": "integer", "minimum": 0, "maximum": 20, "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "user": {"type": "string"},
            "safety_identifier": {"type": "string", "maxLength": 64, "nullable": True},
            "prompt_cache_key": {"type": "string", "nullable": True},
            "prompt_cache_retention": {"type": "string", "nullable": True},
            "prompt_cache_options": {"type": "object"},
            "messages": {"type": "array", "minItems": 1},
            "model": {"type": "string"},
            "service_tier": {"type": "string", "nullable": True},
            "modalities": {"type": "array", "nullable": True},
            "verbosity": {"type": "string", "nullable": True},
            "reasoning_effort": {"type": "string", "nullable": True},
            "max_completion_tokens": {"type": "integer", "nullable": True},
            "frequency_penalty": {"type": "number", "minimum": -2, "maximum": 2, "nullable": True},
            "presence_penalty": {"type": "number", "minimum": -2, "maximum": 2, "nullable": True},
            "web_search_options": {"type": "object"},
            "response_format": {"type": "object"},
            "audio": {"type": "object", "nullable": True},
            "store": {"type": "boolean", "nullable": True},
            "moderation": {"type": "object", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array", "minItems": 1, "maxItems": 4}], "nullable": True},
            "logit_bias": {"type": "object", "nullable": True},
            "logprobs": {"type": "boolean", "nullable": True},
            "max_tokens": {"type": "integer", "nullable": True},
            "n": {"type": "integer", "minimum": 1, "maximum": 128, "nullable": True},
            "prediction": {"type": "object", "nullable": True},
            "seed": {
                "type": "integer",
                "minimum": -9223372036854776000,
                "maximum": 9223372036854776000,
                "nullable": True,
            },
            "stream_options": {"type": "object", "nullable": True},
            "tools": {"type": "array"},
            "tool_choice": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "parallel_tool_calls": {"type": "boolean"},
            "function_call": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "functions": {"type": "array", "minItems": 1, "maxItems": 128},
        }
    },
    security=("api_key",),
    deployment_scoped=True,
    version_param="api-version",
    stream_done=True,
    genai_operation="chat",
)

_GET_CHAT_COMPLETION = Operation(
    api="openai",
    operation_id="getChatCompletion",
    method="GET",
    path="/chat/completions/{completion_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"completion_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_UPDATE_CHAT_COMPLETION = Operation(
    api="openai",
    operation_id="updateChatCompletion",
    method="POST",
    path="/chat/completions/{completion_id}",
    request_kind="json",
    response_kind="json",
    checks={"path": {"completion_id": {"type": "string"}}, "body": {"metadata": {"type": "object", "nullable": True}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_CHAT_COMPLETION = Operation(
    api="openai",
    operation_id="deleteChatCompletion",
    method="DELETE",
    path="/chat/completions/{completion_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"completion_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_CHAT_COMPLETION_MESSAGES = Operation(
    api="openai",
    operation_id="getChatCompletionMessages",
    method="GET",
    path="/chat/completions/{completion_id}/messages",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"completion_id": {"type": "string"}},
        "query": {"after": {"type": "string"}, "limit": {"type": "integer"}, "order": {"type": "string"}},
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)


class Chat(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ChatWithStreamingResponse(self)

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)


class AsyncChat(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncChatWithStreamingResponse(self)

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)


class ChatCompletions(ChatCompletionsHelpers, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ChatCompletionsWithStreamingResponse(self)

    @cached_property
    def messages(self) -> ChatCompletionsMessages:
        return ChatCompletionsMessages(self._client)

    def list(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ChatCompletion]:
        """List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
          model: The model used to generate the Chat Completions.
          metadata: A list of metadata keys to filter the Chat Completions by. Example: `metadata[key1]=value1&metadata[key2]=value2`
          after: Identifier for the last chat completion from the previous pagination request.
          limit: Number of Chat Completions to retrieve.
          order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """

        from ..types.chat_completion import ChatCompletion
        from ..types.chat_completion_list import ChatCompletionList

        return cast(
            "SyncCursorPage[ChatCompletion]",
            self._client.call_page(
                _LIST_CHAT_COMPLETIONS,
                query={"model": model, "metadata": metadata, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletionList,
                item_type=ChatCompletion,
                cursor_param="after",
            ),
        )

    @overload
    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """**Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
          prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead. The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported. For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy: - Organizations without ZDR enabled default to `24h`. - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          messages: A list of messages comprising the conversation so far. Depending on the [model](/docs/models) you use, different message types (modalities) are supported, like [text](/docs/guides/text-generation), [images](/docs/guides/vision), and [audio](/docs/guides/audio).
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
          modalities: Output types that you would like the model to generate. Most models are capable of generating text, which is the default: `["text"]` The `gpt-4o-audio-preview` model can also be used to [generate audio](/docs/guides/audio). To request that this model generate both text and audio responses, you can use: `["text", "audio"]`
          verbosity: Constrains the verbosity of the model's response. Lower values will result in more concise responses, while higher values will result in more verbose responses. Currently supported values are `low`, `medium`, and `high`. The default is `medium`.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
          web_search_options: This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).
          response_format: An object specifying the format that the model must output. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON. Using `json_schema` is preferred for models that support it.
          audio: Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`. [Learn more](/docs/guides/audio).
          store: Whether or not to store the output of this chat completion request for use in our [model distillation](/docs/guides/distillation) or [evals](/docs/guides/evals) products. Supports text and image inputs. Note: image inputs over 8MB will be dropped.
          moderation: Configuration for running moderation on the request input and generated output.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/chat/streaming) for more information, along with the [streaming responses](/docs/guides/streaming-responses) guide for more information on how to handle the streaming events.
          stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
          logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
          logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API. This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series models](/docs/guides/reasoning).
          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs), which can greatly improve response times when large parts of the model response are known ahead of time. This is most common when you are regenerating a file with only minor changes to most of the content.
          seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
          stream_options: Options for streaming response. Only set this when you set `stream: true`.
          tools: A list of tools the model may call. You can provide either [custom tools](/docs/guides/function-calling#custom-tools) or [function tools](/docs/guides/function-calling).
          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.
          functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.
        """

        from ..types.chat_completion import ChatCompletion

        if stream is True:
            from ..types.chat_completion_chunk import ChatCompletionChunk

            return cast(
                "Stream[ChatCompletionChunk]",
                self._client.call_stream(
                    _CREATE_CHAT_COMPLETION,
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
                        "messages": messages,
                        "model": model,
                        "service_tier": service_tier,
                        "modalities": modalities,
                        "verbosity": verbosity,
                        "reasoning_effort": reasoning_effort,
                        "max_completion_tokens": max_completion_tokens,
                        "frequency_penalty": frequency_penalty,
                        "presence_penalty": presence_penalty,
                        "web_search_options": web_search_options,
                        "response_format": response_format,
                        "audio": audio,
                        "store": store,
                        "moderation": moderation,
                        "stream": stream,
                        "stop": stop,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "prediction": prediction,
                        "seed": seed,
                        "stream_options": stream_options,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "function_call": function_call,
                        "functions": functions,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ChatCompletionChunk,
                ),
            )
        return cast(
            "ChatCompletion | Stream[ChatCompletionChunk]",
            self._client.call(
                _CREATE_CHAT_COMPLETION,
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
                    "messages": messages,
                    "model": model,
                    "service_tier": service_tier,
                    "modalities": modalities,
                    "verbosity": verbosity,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "moderation": moderation,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletion,
            ),
        )

    def retrieve(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion:
        """Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve.
        """

        from ..types.chat_completion import ChatCompletion

        return cast(
            "ChatCompletion",
            self._client.call(
                _GET_CHAT_COMPLETION,
                path_params={"completion_id": completion_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletion,
            ),
        )

    def update(
        self,
        completion_id: str,
        *,
        metadata: Metadata,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion:
        """Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
          completion_id: The ID of the chat completion to update.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.chat_completion import ChatCompletion

        return cast(
            "ChatCompletion",
            self._client.call(
                _UPDATE_CHAT_COMPLETION,
                path_params={"completion_id": completion_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletion,
            ),
        )

    def delete(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
          completion_id: The ID of the chat completion to delete.
        """

        from ..types.chat_completion_deleted import ChatCompletionDeleted

        return cast(
            "ChatCompletionDeleted",
            self._client.call(
                _DELETE_CHAT_COMPLETION,
                path_params={"completion_id": completion_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletionDeleted,
            ),
        )

    def parse(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: type[ResponseFormatT] | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """`create`, parsed into a model.

        The arguments of `create` but `stream`, and `response_format`.
        """

        return self._parse(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            messages=messages,
            model=model,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionStreamManager:
        """`create(stream=True)` as typed events.

        The arguments of `create` but `stream`.
        """

        return self._stream(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            messages=messages,
            model=model,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncChatCompletions(AsyncChatCompletionsHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncChatCompletionsWithStreamingResponse(self)

    @cached_property
    def messages(self) -> AsyncChatCompletionsMessages:
        return AsyncChatCompletionsMessages(self._client)

    def list(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ChatCompletion, AsyncCursorPage[ChatCompletion]]:
        """List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
          model: The model used to generate the Chat Completions.
          metadata: A list of metadata keys to filter the Chat Completions by. Example: `metadata[key1]=value1&metadata[key2]=value2`
          after: Identifier for the last chat completion from the previous pagination request.
          limit: Number of Chat Completions to retrieve.
          order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """

        from ..types.chat_completion import ChatCompletion
        from ..types.chat_completion_list import ChatCompletionList

        return cast(
            "AsyncPaginator[ChatCompletion, AsyncCursorPage[ChatCompletion]]",
            self._client.call_page(
                _LIST_CHAT_COMPLETIONS,
                query={"model": model, "metadata": metadata, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletionList,
                item_type=ChatCompletion,
                cursor_param="after",
            ),
        )

    @overload
    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """**Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          safety_identifier: A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
          prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead. The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported. For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy: - Organizations without ZDR enabled default to `24h`. - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          messages: A list of messages comprising the conversation so far. Depending on the [model](/docs/models) you use, different message types (modalities) are supported, like [text](/docs/guides/text-generation), [images](/docs/guides/vision), and [audio](/docs/guides/audio).
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
          modalities: Output types that you would like the model to generate. Most models are capable of generating text, which is the default: `["text"]` The `gpt-4o-audio-preview` model can also be used to [generate audio](/docs/guides/audio). To request that this model generate both text and audio responses, you can use: `["text", "audio"]`
          verbosity: Constrains the verbosity of the model's response. Lower values will result in more concise responses, while higher values will result in more verbose responses. Currently supported values are `low`, `medium`, and `high`. The default is `medium`.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
          web_search_options: This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).
          response_format: An object specifying the format that the model must output. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON. Using `json_schema` is preferred for models that support it.
          audio: Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`. [Learn more](/docs/guides/audio).
          store: Whether or not to store the output of this chat completion request for use in our [model distillation](/docs/guides/distillation) or [evals](/docs/guides/evals) products. Supports text and image inputs. Note: image inputs over 8MB will be dropped.
          moderation: Configuration for running moderation on the request input and generated output.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/chat/streaming) for more information, along with the [streaming responses](/docs/guides/streaming-responses) guide for more information on how to handle the streaming events.
          stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
          logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
          logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API. This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series models](/docs/guides/reasoning).
          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs), which can greatly improve response times when large parts of the model response are known ahead of time. This is most common when you are regenerating a file with only minor changes to most of the content.
          seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
          stream_options: Options for streaming response. Only set this when you set `stream: true`.
          tools: A list of tools the model may call. You can provide either [custom tools](/docs/guides/function-calling#custom-tools) or [function tools](/docs/guides/function-calling).
          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.
          functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.
        """

        from ..types.chat_completion import ChatCompletion

        if stream is True:
            from ..types.chat_completion_chunk import ChatCompletionChunk

            return cast(
                "AsyncStream[ChatCompletionChunk]",
                await self._client.call_stream(
                    _CREATE_CHAT_COMPLETION,
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
                        "messages": messages,
                        "model": model,
                        "service_tier": service_tier,
                        "modalities": modalities,
                        "verbosity": verbosity,
                        "reasoning_effort": reasoning_effort,
                        "max_completion_tokens": max_completion_tokens,
                        "frequency_penalty": frequency_penalty,
                        "presence_penalty": presence_penalty,
                        "web_search_options": web_search_options,
                        "response_format": response_format,
                        "audio": audio,
                        "store": store,
                        "moderation": moderation,
                        "stream": stream,
                        "stop": stop,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "prediction": prediction,
                        "seed": seed,
                        "stream_options": stream_options,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "function_call": function_call,
                        "functions": functions,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ChatCompletionChunk,
                ),
            )
        return cast(
            "ChatCompletion | AsyncStream[ChatCompletionChunk]",
            await self._client.call(
                _CREATE_CHAT_COMPLETION,
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
                    "messages": messages,
                    "model": model,
                    "service_tier": service_tier,
                    "modalities": modalities,
                    "verbosity": verbosity,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "moderation": moderation,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletion,
            ),
        )

    async def retrieve(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion:
        """Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve.
        """

        from ..types.chat_completion import ChatCompletion

        return cast(
            "ChatCompletion",
            await self._client.call(
                _GET_CHAT_COMPLETION,
                path_params={"completion_id": completion_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletion,
            ),
        )

    async def update(
        self,
        completion_id: str,
        *,
        metadata: Metadata,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion:
        """Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
          completion_id: The ID of the chat completion to update.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.chat_completion import ChatCompletion

        return cast(
            "ChatCompletion",
            await self._client.call(
                _UPDATE_CHAT_COMPLETION,
                path_params={"completion_id": completion_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletion,
            ),
        )

    async def delete(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
          completion_id: The ID of the chat completion to delete.
        """

        from ..types.chat_completion_deleted import ChatCompletionDeleted

        return cast(
            "ChatCompletionDeleted",
            await self._client.call(
                _DELETE_CHAT_COMPLETION,
                path_params={"completion_id": completion_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletionDeleted,
            ),
        )

    async def parse(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: type[ResponseFormatT] | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """`create`, parsed into a model.

        The arguments of `create` but `stream`, and `response_format`.
        """

        return await self._parse(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            messages=messages,
            model=model,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: ModelIdsShared,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam
        | NotGiven = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudioParam | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        prediction: PredictionContentParam | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncChatCompletionStreamManager:
        """`create(stream=True)` as typed events.

        The arguments of `create` but `stream`.
        """

        return self._stream(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            messages=messages,
            model=model,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ChatCompletionsMessages(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ChatCompletionsMessagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ChatCompletionsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsMessagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ChatCompletionsMessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ChatCompletionMessageListDataItem]:
        """Get the messages in a stored chat completion. Only Chat Completions that
        have been created with the `store` parameter set to `true` will be
        returned.

        Args:
          completion_id: The ID of the chat completion to retrieve messages from.
          after: Identifier for the last message from the previous pagination request.
          limit: Number of messages to retrieve.
          order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """

        from ..types.chat_completion_message_list import ChatCompletionMessageList, ChatCompletionMessageListDataItem

        return cast(
            "SyncCursorPage[ChatCompletionMessageListDataItem]",
            self._client.call_page(
                _GET_CHAT_COMPLETION_MESSAGES,
                path_params={"completion_id": completion_id},
                query={"after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletionMessageList,
                item_type=ChatCompletionMessageListDataItem,
                cursor_param="after",
            ),
        )


class AsyncChatCompletionsMessages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsMessagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncChatCompletionsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsMessagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncChatCompletionsMessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ChatCompletionMessageListDataItem, AsyncCursorPage[ChatCompletionMessageListDataItem]]:
        """Get the messages in a stored chat completion. Only Chat Completions that
        have been created with the `store` parameter set to `true` will be
        returned.

        Args:
          completion_id: The ID of the chat completion to retrieve messages from.
          after: Identifier for the last message from the previous pagination request.
          limit: Number of messages to retrieve.
          order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """

        from ..types.chat_completion_message_list import ChatCompletionMessageList, ChatCompletionMessageListDataItem

        return cast(
            "AsyncPaginator[ChatCompletionMessageListDataItem, AsyncCursorPage[ChatCompletionMessageListDataItem]]",
            self._client.call_page(
                _GET_CHAT_COMPLETION_MESSAGES,
                path_params={"completion_id": completion_id},
                query={"after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatCompletionMessageList,
                item_type=ChatCompletionMessageListDataItem,
                cursor_param="after",
            ),
        )


class ChatWithRawResponse(ResourceView):
    _resource: Chat

    @property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response


class ChatWithStreamingResponse(StreamingResourceView):
    _resource: Chat

    @property
    def completions(self) -> ChatCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response


class AsyncChatWithRawResponse(ResourceView):
    _resource: AsyncChat

    @property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response


class AsyncChatWithStreamingResponse(StreamingResourceView):
    _resource: AsyncChat

    @property
    def completions(self) -> AsyncChatCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response


class ChatCompletionsWithRawResponse(ResourceView):
    _resource: ChatCompletions

    @property
    def messages(self) -> ChatCompletionsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    list = raw_method(ChatCompletions.list)
    create = raw_method(ChatCompletions.create)
    retrieve = raw_method(ChatCompletions.retrieve)
    update = raw_method(ChatCompletions.update)
    delete = raw_method(ChatCompletions.delete)


class ChatCompletionsWithStreamingResponse(StreamingResourceView):
    _resource: ChatCompletions

    @property
    def messages(self) -> ChatCompletionsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    list = streamed_method(ChatCompletions.list)
    create = streamed_method(ChatCompletions.create)
    retrieve = streamed_method(ChatCompletions.retrieve)
    update = streamed_method(ChatCompletions.update)
    delete = streamed_method(ChatCompletions.delete)


class AsyncChatCompletionsWithRawResponse(ResourceView):
    _resource: AsyncChatCompletions

    @property
    def messages(self) -> AsyncChatCompletionsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    list = async_raw_method(AsyncChatCompletions.list)
    create = async_raw_method(AsyncChatCompletions.create)
    retrieve = async_raw_method(AsyncChatCompletions.retrieve)
    update = async_raw_method(AsyncChatCompletions.update)
    delete = async_raw_method(AsyncChatCompletions.delete)


class AsyncChatCompletionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncChatCompletions

    @property
    def messages(self) -> AsyncChatCompletionsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    list = async_streamed_method(AsyncChatCompletions.list)
    create = async_streamed_method(AsyncChatCompletions.create)
    retrieve = async_streamed_method(AsyncChatCompletions.retrieve)
    update = async_streamed_method(AsyncChatCompletions.update)
    delete = async_streamed_method(AsyncChatCompletions.delete)


class ChatCompletionsMessagesWithRawResponse(ResourceView):
    _resource: ChatCompletionsMessages

    list = raw_method(ChatCompletionsMessages.list)


class ChatCompletionsMessagesWithStreamingResponse(StreamingResourceView):
    _resource: ChatCompletionsMessages

    list = streamed_method(ChatCompletionsMessages.list)


class AsyncChatCompletionsMessagesWithRawResponse(ResourceView):
    _resource: AsyncChatCompletionsMessages

    list = async_raw_method(AsyncChatCompletionsMessages.list)


class AsyncChatCompletionsMessagesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncChatCompletionsMessages

    list = async_streamed_method(AsyncChatCompletionsMessages.list)
