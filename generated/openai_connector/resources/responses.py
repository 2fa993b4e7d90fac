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
from ..lib.helpers.responses import AsyncResponsesHelpers, ResponsesHelpers

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..lib.helpers._parsed_responses import ParsedResponse, TextFormatT
    from ..types.compacted_response import CompactedResponse
    from ..types.context_management_param import ContextManagementParam
    from ..types.conversation_param import ConversationParam
    from ..types.include_enum import IncludeEnum
    from ..types.input_item import InputItemParam
    from ..types.input_param import InputParam
    from ..types.input_token_count_response import InputTokenCountResponse
    from ..types.metadata import Metadata
    from ..types.model_ids_compaction import ModelIdsCompaction
    from ..types.model_ids_responses import ModelIdsResponses
    from ..types.moderation_param import ModerationParam
    from ..types.personality_enum import PersonalityEnum
    from ..types.prompt import PromptParam
    from ..types.prompt_cache_options_param import PromptCacheOptionsParam
    from ..types.prompt_cache_retention_enum import PromptCacheRetentionEnum
    from ..types.reasoning import ReasoningParam
    from ..types.response import Response
    from ..types.response_item import ResponseItem
    from ..types.response_stream_event import ResponseStreamEvent
    from ..types.response_stream_options import ResponseStreamOptionsParam
    from ..types.response_text_param import ResponseTextParam
    from ..types.service_tier_enum import ServiceTierEnum
    from ..types.service_tier_responses import ServiceTierResponses
    from ..types.tool import ToolParam
    from ..types.tool_choice_param import ToolChoiceParam
    from ..types.tools_array import ToolsArrayParam
    from ..types.truncation_enum import TruncationEnum

_CREATE_RESPONSE = Operation(
    api="openai",
    operation_id="createResponse",
    method="POST",
    path="/responses",
    request_kind="json",
    response_kind="json",
    checks={
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
        }
    },
    security=("api_key",),
    version_param="api-version",
    genai_operation="chat",
)

_GET_RESPONSE = Operation(
    api="openai",
    operation_id="getResponse",
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
    },
    security=("api_key",),
    version_param="api-version",
)

_DELETE_RESPONSE = Operation(
    api="openai",
    operation_id="deleteResponse",
    method="DELETE",
    path="/responses/{response_id}",
    request_kind="none",
    response_kind="none",
    checks={"path": {"response_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_RESPONSE = Operation(
    api="openai",
    operation_id="cancelResponse",
    method="POST",
    path="/responses/{response_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"response_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_COMPACTCONVERSATION = Operation(
    api="openai",
    operation_id="Compactconversation",
    method="POST",
    path="/responses/compact",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string", "nullable": True},
            "input": {"anyOf": [{"type": "string", "maxLength": 10485760}, {"type": "array"}], "nullable": True},
            "previous_response_id": {"type": "string", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "prompt_cache_key": {"type": "string", "maxLength": 64, "nullable": True},
            "prompt_cache_retention": {"type": "string", "nullable": True},
            "prompt_cache_options": {"type": "object", "nullable": True},
            "service_tier": {"type": "string", "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_LIST_INPUT_ITEMS = Operation(
    api="openai",
    operation_id="listInputItems",
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
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_GETINPUTTOKENCOUNTS = Operation(
    api="openai",
    operation_id="Getinputtokencounts",
    method="POST",
    path="/responses/input_tokens",
    request_kind="json",
    response_kind="json",
    checks={
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
        }
    },
    security=("api_key",),
    version_param="api-version",
)


class Responses(ResponsesHelpers, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ResponsesWithStreamingResponse(self)

    @cached_property
    def input_items(self) -> ResponsesInputItems:
        return ResponsesInputItems(self._client)

    @cached_property
    def input_tokens(self) -> ResponsesInputTokens:
        return ResponsesInputTokens(self._client)

    @overload
    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]: ...

    def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
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
        """

        from ..types.response import Response

        if stream is True:
            from ..types.response_stream_event import ResponseStreamEvent

            return cast(
                "Stream[ResponseStreamEvent]",
                self._client.call_stream(
                    _CREATE_RESPONSE,
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
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ResponseStreamEvent,
                ),
            )
        return cast(
            "Response | Stream[ResponseStreamEvent]",
            self._client.call(
                _CREATE_RESPONSE,
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
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Response,
            ),
        )

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]: ...

    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
          starting_after: The sequence number of the event after which to start streaming.
          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
        """

        from ..types.response import Response

        if stream is True:
            from ..types.response_stream_event import ResponseStreamEvent

            return cast(
                "Stream[ResponseStreamEvent]",
                self._client.call_stream(
                    _GET_RESPONSE,
                    path_params={"response_id": response_id},
                    query={
                        "include": include,
                        "stream": stream,
                        "starting_after": starting_after,
                        "include_obfuscation": include_obfuscation,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ResponseStreamEvent,
                ),
            )
        return cast(
            "Response | Stream[ResponseStreamEvent]",
            self._client.call(
                _GET_RESPONSE,
                path_params={"response_id": response_id},
                query={
                    "include": include,
                    "stream": stream,
                    "starting_after": starting_after,
                    "include_obfuscation": include_obfuscation,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Response,
            ),
        )

    def delete(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.
        """

        return cast(
            "None",
            self._client.call(
                _DELETE_RESPONSE,
                path_params={"response_id": response_id},
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.
        """

        from ..types.response import Response

        return cast(
            "Response",
            self._client.call(
                _CANCEL_RESPONSE,
                path_params={"response_id": response_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Response,
            ),
        )

    def compact(
        self,
        *,
        model: ModelIdsCompaction,
        input: str | Sequence[InputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven | None = NOT_GIVEN,
        service_tier: ServiceTierEnum | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CompactedResponse:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          input: Text, image, or file inputs to the model, used to generate a response
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          instructions: A system (or developer) message inserted into the model's context. When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          prompt_cache_key: A key to use when reading from or writing to the prompt cache.
          prompt_cache_retention: How long to retain a prompt cache entry created by this request.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
        """

        from ..types.compacted_response import CompactedResponse

        return cast(
            "CompactedResponse",
            self._client.call(
                _COMPACTCONVERSATION,
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
                cast_to=CompactedResponse,
            ),
        )

    def parse(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        text_format: type[TextFormatT] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ParsedResponse[TextFormatT]:
        """`create`, parsed.

        The arguments of `create` but `stream`, and `text_format`.
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
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            reasoning=reasoning,
            input=input,
            include=include,
            parallel_tool_calls=parallel_tool_calls,
            store=store,
            instructions=instructions,
            moderation=moderation,
            stream_options=stream_options,
            conversation=conversation,
            context_management=context_management,
            max_output_tokens=max_output_tokens,
            text_format=text_format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncResponses(AsyncResponsesHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncResponsesWithStreamingResponse(self)

    @cached_property
    def input_items(self) -> AsyncResponsesInputItems:
        return AsyncResponsesInputItems(self._client)

    @cached_property
    def input_tokens(self) -> AsyncResponsesInputTokens:
        return AsyncResponsesInputTokens(self._client)

    @overload
    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]: ...

    async def create(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
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
        """

        from ..types.response import Response

        if stream is True:
            from ..types.response_stream_event import ResponseStreamEvent

            return cast(
                "AsyncStream[ResponseStreamEvent]",
                await self._client.call_stream(
                    _CREATE_RESPONSE,
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
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ResponseStreamEvent,
                ),
            )
        return cast(
            "Response | AsyncStream[ResponseStreamEvent]",
            await self._client.call(
                _CREATE_RESPONSE,
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
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Response,
            ),
        )

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]: ...

    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
          starting_after: The sequence number of the event after which to start streaming.
          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
        """

        from ..types.response import Response

        if stream is True:
            from ..types.response_stream_event import ResponseStreamEvent

            return cast(
                "AsyncStream[ResponseStreamEvent]",
                await self._client.call_stream(
                    _GET_RESPONSE,
                    path_params={"response_id": response_id},
                    query={
                        "include": include,
                        "stream": stream,
                        "starting_after": starting_after,
                        "include_obfuscation": include_obfuscation,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=ResponseStreamEvent,
                ),
            )
        return cast(
            "Response | AsyncStream[ResponseStreamEvent]",
            await self._client.call(
                _GET_RESPONSE,
                path_params={"response_id": response_id},
                query={
                    "include": include,
                    "stream": stream,
                    "starting_after": starting_after,
                    "include_obfuscation": include_obfuscation,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Response,
            ),
        )

    async def delete(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.
        """

        return cast(
            "None",
            await self._client.call(
                _DELETE_RESPONSE,
                path_params={"response_id": response_id},
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.
        """

        from ..types.response import Response

        return cast(
            "Response",
            await self._client.call(
                _CANCEL_RESPONSE,
                path_params={"response_id": response_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Response,
            ),
        )

    async def compact(
        self,
        *,
        model: ModelIdsCompaction,
        input: str | Sequence[InputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven | None = NOT_GIVEN,
        service_tier: ServiceTierEnum | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CompactedResponse:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
          input: Text, image, or file inputs to the model, used to generate a response
          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
          instructions: A system (or developer) message inserted into the model's context. When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
          prompt_cache_key: A key to use when reading from or writing to the prompt cache.
          prompt_cache_retention: How long to retain a prompt cache entry created by this request.
          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
          service_tier: Specifies the processing type used for serving the request. - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'. - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model. - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request. - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
        """

        from ..types.compacted_response import CompactedResponse

        return cast(
            "CompactedResponse",
            await self._client.call(
                _COMPACTCONVERSATION,
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
                cast_to=CompactedResponse,
            ),
        )

    async def parse(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_key: str | NotGiven | None = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | NotGiven | None = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | NotGiven | None = NOT_GIVEN,
        max_tool_calls: int | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: ToolsArrayParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: PromptParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        store: bool | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        moderation: ModerationParam | NotGiven | None = NOT_GIVEN,
        stream_options: ResponseStreamOptionsParam | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        context_management: Sequence[ContextManagementParam] | NotGiven | None = NOT_GIVEN,
        max_output_tokens: int | NotGiven | None = NOT_GIVEN,
        text_format: type[TextFormatT] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ParsedResponse[TextFormatT]:
        """`create`, parsed.

        The arguments of `create` but `stream`, and `text_format`.
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
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            reasoning=reasoning,
            input=input,
            include=include,
            parallel_tool_calls=parallel_tool_calls,
            store=store,
            instructions=instructions,
            moderation=moderation,
            stream_options=stream_options,
            conversation=conversation,
            context_management=context_management,
            max_output_tokens=max_output_tokens,
            text_format=text_format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ResponsesInputItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ResponsesInputItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ResponsesInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesInputItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ResponsesInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ResponseItem]:
        """Returns a list of input items for a given response.

        Args:
          response_id: The ID of the response to retrieve input items for.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
          after: An item ID to list items after, used in pagination.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
        """

        from ..types.response_item import ResponseItem
        from ..types.response_item_list import ResponseItemList

        return cast(
            "SyncCursorPage[ResponseItem]",
            self._client.call_page(
                _LIST_INPUT_ITEMS,
                path_params={"response_id": response_id},
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ResponseItemList,
                item_type=ResponseItem,
                cursor_param="after",
            ),
        )


class AsyncResponsesInputItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncResponsesInputItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncResponsesInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesInputItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncResponsesInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]:
        """Returns a list of input items for a given response.

        Args:
          response_id: The ID of the response to retrieve input items for.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
          after: An item ID to list items after, used in pagination.
          include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
        """

        from ..types.response_item import ResponseItem
        from ..types.response_item_list import ResponseItemList

        return cast(
            "AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]",
            self._client.call_page(
                _LIST_INPUT_ITEMS,
                path_params={"response_id": response_id},
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ResponseItemList,
                item_type=ResponseItem,
                cursor_param="after",
            ),
        )


class ResponsesInputTokens(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ResponsesInputTokensWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ResponsesInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesInputTokensWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ResponsesInputTokensWithStreamingResponse(self)

    def count(
        self,
        *,
        model: str | NotGiven | None = NOT_GIVEN,
        input: str | Sequence[InputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ToolParam] | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InputTokenCountResponse:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
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

        from ..types.input_token_count_response import InputTokenCountResponse

        return cast(
            "InputTokenCountResponse",
            self._client.call(
                _GETINPUTTOKENCOUNTS,
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
                cast_to=InputTokenCountResponse,
            ),
        )


class AsyncResponsesInputTokens(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncResponsesInputTokensWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncResponsesInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesInputTokensWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncResponsesInputTokensWithStreamingResponse(self)

    async def count(
        self,
        *,
        model: str | NotGiven | None = NOT_GIVEN,
        input: str | Sequence[InputItemParam] | NotGiven | None = NOT_GIVEN,
        previous_response_id: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ToolParam] | NotGiven | None = NOT_GIVEN,
        text: ResponseTextParam | NotGiven | None = NOT_GIVEN,
        reasoning: ReasoningParam | NotGiven | None = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | NotGiven | None = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InputTokenCountResponse:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
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

        from ..types.input_token_count_response import InputTokenCountResponse

        return cast(
            "InputTokenCountResponse",
            await self._client.call(
                _GETINPUTTOKENCOUNTS,
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
                cast_to=InputTokenCountResponse,
            ),
        )


class ResponsesWithRawResponse(ResourceView):
    _resource: Responses

    @property
    def input_items(self) -> ResponsesInputItemsWithRawResponse:
        return self._resource.input_items.with_raw_response

    @property
    def input_tokens(self) -> ResponsesInputTokensWithRawResponse:
        return self._resource.input_tokens.with_raw_response

    create = raw_method(Responses.create)
    retrieve = raw_method(Responses.retrieve)
    delete = raw_method(Responses.delete)
    cancel = raw_method(Responses.cancel)
    compact = raw_method(Responses.compact)


class ResponsesWithStreamingResponse(StreamingResourceView):
    _resource: Responses

    @property
    def input_items(self) -> ResponsesInputItemsWithStreamingResponse:
        return self._resource.input_items.with_streaming_response

    @property
    def input_tokens(self) -> ResponsesInputTokensWithStreamingResponse:
        return self._resource.input_tokens.with_streaming_response

    create = streamed_method(Responses.create)
    retrieve = streamed_method(Responses.retrieve)
    delete = streamed_method(Responses.delete)
    cancel = streamed_method(Responses.cancel)
    compact = streamed_method(Responses.compact)


class AsyncResponsesWithRawResponse(ResourceView):
    _resource: AsyncResponses

    @property
    def input_items(self) -> AsyncResponsesInputItemsWithRawResponse:
        return self._resource.input_items.with_raw_response

    @property
    def input_tokens(self) -> AsyncResponsesInputTokensWithRawResponse:
        return self._resource.input_tokens.with_raw_response

    create = async_raw_method(AsyncResponses.create)
    retrieve = async_raw_method(AsyncResponses.retrieve)
    delete = async_raw_method(AsyncResponses.delete)
    cancel = async_raw_method(AsyncResponses.cancel)
    compact = async_raw_method(AsyncResponses.compact)


class AsyncResponsesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncResponses

    @property
    def input_items(self) -> AsyncResponsesInputItemsWithStreamingResponse:
        return self._resource.input_items.with_streaming_response

    @property
    def input_tokens(self) -> AsyncResponsesInputTokensWithStreamingResponse:
        return self._resource.input_tokens.with_streaming_response

    create = async_streamed_method(AsyncResponses.create)
    retrieve = async_streamed_method(AsyncResponses.retrieve)
    delete = async_streamed_method(AsyncResponses.delete)
    cancel = async_streamed_method(AsyncResponses.cancel)
    compact = async_streamed_method(AsyncResponses.compact)


class ResponsesInputItemsWithRawResponse(ResourceView):
    _resource: ResponsesInputItems

    list = raw_method(ResponsesInputItems.list)


class ResponsesInputItemsWithStreamingResponse(StreamingResourceView):
    _resource: ResponsesInputItems

    list = streamed_method(ResponsesInputItems.list)


class AsyncResponsesInputItemsWithRawResponse(ResourceView):
    _resource: AsyncResponsesInputItems

    list = async_raw_method(AsyncResponsesInputItems.list)


class AsyncResponsesInputItemsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncResponsesInputItems

    list = async_streamed_method(AsyncResponsesInputItems.list)


class ResponsesInputTokensWithRawResponse(ResourceView):
    _resource: ResponsesInputTokens

    count = raw_method(ResponsesInputTokens.count)


class ResponsesInputTokensWithStreamingResponse(StreamingResourceView):
    _resource: ResponsesInputTokens

    count = streamed_method(ResponsesInputTokens.count)


class AsyncResponsesInputTokensWithRawResponse(ResourceView):
    _resource: AsyncResponsesInputTokens

    count = async_raw_method(AsyncResponsesInputTokens.count)


class AsyncResponsesInputTokensWithStreamingResponse(StreamingResourceView):
    _resource: AsyncResponsesInputTokens

    count = async_streamed_method(AsyncResponsesInputTokens.count)
