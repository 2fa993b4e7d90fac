# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._streaming import AsyncStream, Stream
from ...lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ...lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)
from ...lib.helpers.chat_completions import AsyncChatCompletionsHelpers, ChatCompletionsHelpers

if TYPE_CHECKING:
    from ...lib.helpers._async_chat_stream import AsyncChatCompletionStreamManager
    from ...lib.helpers._parsed_chat import ParsedChatCompletion, ResponseFormatT
    from ...lib.helpers._sync_chat_stream import ChatCompletionStreamManager
    from ..types.azure_chat_extension_configuration import AzureChatExtensionConfigurationParam
    from ..types.chat_completion_function_call_option import ChatCompletionFunctionCallOptionParam
    from ..types.chat_completion_functions import ChatCompletionFunctionsParam
    from ..types.chat_completion_request_message import ChatCompletionRequestMessageParam
    from ..types.chat_completion_tool import ChatCompletionToolParam
    from ..types.chat_completion_tool_choice_option import ChatCompletionToolChoiceOptionParam
    from ..types.create_chat_completion_response import CreateChatCompletionResponse
    from ..types.create_chat_completion_stream_response import CreateChatCompletionStreamResponse
    from ..types.parallel_tool_calls import ParallelToolCalls
    from ..types.response_format_json_object import ResponseFormatJsonObjectParam
    from ..types.response_format_json_schema import ResponseFormatJsonSchemaParam
    from ..types.response_format_text import ResponseFormatTextParam

_CHAT_COMPLETIONS_CREATE = Operation(
    api="azure",
    operation_id="ChatCompletions_Create",
    method="POST",
    path="/deployments/{deployment-id}/chat/completions",
    request_kind="json",
    response_kind="json",
    client_params={"deployment-id": "azure_deployment", "api-version": "api_version"},
    checks={
        "path": {"deployment-id": {"type": "string"}},
        "query": {"api-version": {"type": "string"}},
        "body": {
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array", "minItems": 1, "maxItems": 4}], "nullable": True},
            "max_tokens": {"type": "integer", "nullable": True},
            "max_completion_tokens": {"type": "integer", "nullable": True},
            "presence_penalty": {"type": "number", "minimum": -2, "maximum": 2, "nullable": True},
            "frequency_penalty": {"type": "number", "minimum": -2, "maximum": 2, "nullable": True},
            "logit_bias": {"type": "object", "nullable": True},
            "user": {"type": "string"},
            "messages": {"type": "array", "minItems": 1},
            "data_sources": {"type": "array"},
            "logprobs": {"type": "boolean", "nullable": True},
            "top_logprobs": {"type": "integer", "minimum": 0, "maximum": 20, "nullable": True},
            "n": {"type": "integer", "minimum": 1, "maximum": 128, "nullable": True},
            "parallel_tool_calls": {"type": "boolean", "nullable": True},
            "response_format": {"type": "object"},
            "seed": {
                "type": "integer",
                "minimum": -9223372036854775808,
                "maximum": 9223372036854775807,
                "nullable": True,
            },
            "tools": {"type": "array"},
            "tool_choice": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "function_call": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "functions": {"type": "array", "minItems": 1, "maxItems": 128},
        },
    },
    security=("entra_token", "azure_api_key"),
    stream_done=True,
    genai_operation="chat",
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

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[CreateChatCompletionStreamResponse]: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse]: ...

    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse]:
        """Creates a completion for the chat message

        Args:
          deployment_id: Deployment id of the model which was deployed.
          api_version: api version
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
          stop: Up to 4 sequences where the API will stop generating further tokens.
          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the chat completion. The total length of input tokens and generated tokens is limited by the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and reasoning tokens.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
          logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
          user: A unique identifier representing your end-user, which can help to monitor and detect abuse.
          messages: A list of messages comprising the conversation so far. [Example Python code](https://github.com/openai/openai-cookbook/blob/main/examples/How_to_format_inputs_to_ChatGPT_models.ipynb).
          data_sources: The configuration entries for Azure OpenAI chat extensions that use them. This additional specification is only compatible with Azure OpenAI.
          logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
          top_logprobs: An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability. `logprobs` must be set to `true` if this parameter is used.
          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
          parallel_tool_calls: Whether to enable parallel function calling during tool use.
          response_format: An object specifying the format that the model must output. Compatible with [GPT-4o](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models), [GPT-4o mini](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models), [GPT-4 Turbo](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models) and all [GPT-3.5](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-35) Turbo models newer than `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which guarantees the model will match your supplied JSON schema. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
          seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
          tools: A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
          function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.
          functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.
        """

        from ..types.create_chat_completion_response import CreateChatCompletionResponse

        if stream is True:
            from ..types.create_chat_completion_stream_response import CreateChatCompletionStreamResponse

            return cast(
                "Stream[CreateChatCompletionStreamResponse]",
                self._client.call_stream(
                    _CHAT_COMPLETIONS_CREATE,
                    path_params={"deployment-id": deployment_id},
                    query={"api-version": api_version},
                    body={
                        "temperature": temperature,
                        "top_p": top_p,
                        "stream": stream,
                        "stop": stop,
                        "max_tokens": max_tokens,
                        "max_completion_tokens": max_completion_tokens,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "user": user,
                        "messages": messages,
                        "data_sources": data_sources,
                        "logprobs": logprobs,
                        "top_logprobs": top_logprobs,
                        "n": n,
                        "parallel_tool_calls": parallel_tool_calls,
                        "response_format": response_format,
                        "seed": seed,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "function_call": function_call,
                        "functions": functions,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=CreateChatCompletionStreamResponse,
                ),
            )
        return cast(
            "CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse]",
            self._client.call(
                _CHAT_COMPLETIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "stop": stop,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "presence_penalty": presence_penalty,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "user": user,
                    "messages": messages,
                    "data_sources": data_sources,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "n": n,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                    "seed": seed,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=CreateChatCompletionResponse,
            ),
        )

    def parse(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: type[ResponseFormatT] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            deployment_id=deployment_id,
            api_version=api_version,
            temperature=temperature,
            top_p=top_p,
            stop=stop,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            user=user,
            messages=messages,
            data_sources=data_sources,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            n=n,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            seed=seed,
            tools=tools,
            tool_choice=tool_choice,
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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            deployment_id=deployment_id,
            api_version=api_version,
            temperature=temperature,
            top_p=top_p,
            stop=stop,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            user=user,
            messages=messages,
            data_sources=data_sources,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            n=n,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            seed=seed,
            tools=tools,
            tool_choice=tool_choice,
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

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CreateChatCompletionStreamResponse]: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse | AsyncStream[CreateChatCompletionStreamResponse]: ...

    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOptionParam | NotGiven = NOT_GIVEN,
        functions: Sequence[ChatCompletionFunctionsParam] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse | AsyncStream[CreateChatCompletionStreamResponse]:
        """Creates a completion for the chat message

        Args:
          deployment_id: Deployment id of the model which was deployed.
          api_version: api version
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
          stop: Up to 4 sequences where the API will stop generating further tokens.
          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the chat completion. The total length of input tokens and generated tokens is limited by the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and reasoning tokens.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
          logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
          user: A unique identifier representing your end-user, which can help to monitor and detect abuse.
          messages: A list of messages comprising the conversation so far. [Example Python code](https://github.com/openai/openai-cookbook/blob/main/examples/How_to_format_inputs_to_ChatGPT_models.ipynb).
          data_sources: The configuration entries for Azure OpenAI chat extensions that use them. This additional specification is only compatible with Azure OpenAI.
          logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
          top_logprobs: An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability. `logprobs` must be set to `true` if this parameter is used.
          n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
          parallel_tool_calls: Whether to enable parallel function calling during tool use.
          response_format: An object specifying the format that the model must output. Compatible with [GPT-4o](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models), [GPT-4o mini](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models), [GPT-4 Turbo](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models) and all [GPT-3.5](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-35) Turbo models newer than `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which guarantees the model will match your supplied JSON schema. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
          seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
          tools: A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
          function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.
          functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.
        """

        from ..types.create_chat_completion_response import CreateChatCompletionResponse

        if stream is True:
            from ..types.create_chat_completion_stream_response import CreateChatCompletionStreamResponse

            return cast(
                "AsyncStream[CreateChatCompletionStreamResponse]",
                await self._client.call_stream(
                    _CHAT_COMPLETIONS_CREATE,
                    path_params={"deployment-id": deployment_id},
                    query={"api-version": api_version},
                    body={
                        "temperature": temperature,
                        "top_p": top_p,
                        "stream": stream,
                        "stop": stop,
                        "max_tokens": max_tokens,
                        "max_completion_tokens": max_completion_tokens,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "user": user,
                        "messages": messages,
                        "data_sources": data_sources,
                        "logprobs": logprobs,
                        "top_logprobs": top_logprobs,
                        "n": n,
                        "parallel_tool_calls": parallel_tool_calls,
                        "response_format": response_format,
                        "seed": seed,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "function_call": function_call,
                        "functions": functions,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=CreateChatCompletionStreamResponse,
                ),
            )
        return cast(
            "CreateChatCompletionResponse | AsyncStream[CreateChatCompletionStreamResponse]",
            await self._client.call(
                _CHAT_COMPLETIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "stop": stop,
                    "max_tokens": max_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "presence_penalty": presence_penalty,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "user": user,
                    "messages": messages,
                    "data_sources": data_sources,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "n": n,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                    "seed": seed,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=CreateChatCompletionResponse,
            ),
        )

    async def parse(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: type[ResponseFormatT] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            deployment_id=deployment_id,
            api_version=api_version,
            temperature=temperature,
            top_p=top_p,
            stop=stop,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            user=user,
            messages=messages,
            data_sources=data_sources,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            n=n,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            seed=seed,
            tools=tools,
            tool_choice=tool_choice,
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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionRequestMessageParam],
        data_sources: Sequence[AzureChatExtensionConfigurationParam] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven | None = NOT_GIVEN,
        top_logprobs: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven | None = NOT_GIVEN,
        response_format: ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | NotGiven = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        tools: Sequence[ChatCompletionToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            deployment_id=deployment_id,
            api_version=api_version,
            temperature=temperature,
            top_p=top_p,
            stop=stop,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            user=user,
            messages=messages,
            data_sources=data_sources,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            n=n,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            seed=seed,
            tools=tools,
            tool_choice=tool_choice,
            function_call=function_call,
            functions=functions,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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

    create = raw_method(ChatCompletions.create)


class ChatCompletionsWithStreamingResponse(StreamingResourceView):
    _resource: ChatCompletions

    create = streamed_method(ChatCompletions.create)


class AsyncChatCompletionsWithRawResponse(ResourceView):
    _resource: AsyncChatCompletions

    create = async_raw_method(AsyncChatCompletions.create)


class AsyncChatCompletionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncChatCompletions

    create = async_streamed_method(AsyncChatCompletions.create)
