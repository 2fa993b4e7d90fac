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

if TYPE_CHECKING:
    from ..types.chat_completion_stream_options import ChatCompletionStreamOptionsParam
    from ..types.completion import Completion
    from ..types.stop_configuration import StopConfiguration

_CREATE_COMPLETION = Operation(
    api="openai",
    operation_id="createCompletion",
    method="POST",
    path="/completions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string"},
            "prompt": {
                "anyOf": [{"type": "string"}, {"type": "array"}, {"type": "array", "minItems": 1}],
                "nullable": True,
            },
            "best_of": {"type": "integer", "minimum": 0, "maximum": 20, "nullable": True},
            "echo": {"type": "boolean", "nullable": True},
            "frequency_penalty": {"type": "number", "minimum": -2, "maximum": 2, "nullable": True},
            "logit_bias": {"type": "object", "nullable": True},
            "logprobs": {"type": "integer", "minimum": 0, "maximum": 5, "nullable": True},
            "max_tokens": {"type": "integer", "minimum": 0, "nullable": True},
            "n": {"type": "integer", "minimum": 1, "maximum": 128, "nullable": True},
            "presence_penalty": {"type": "number", "minimum": -2, "maximum": 2, "nullable": True},
            "seed": {"type": "integer", "nullable": True},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array", "minItems": 1, "maxItems": 4}], "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "stream_options": {"type": "object", "nullable": True},
            "suffix": {"type": "string", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "user": {"type": "string"},
        }
    },
    security=("api_key",),
    deployment_scoped=True,
    version_param="api-version",
    stream_done=True,
    genai_operation="text_completion",
)


class Completions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return CompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[Completion]: ...

    @overload
    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[Completion]: ...

    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[Completion]:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request is streamed.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.
          best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
          echo: Echo back the prompt in addition to the completion
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. [See more information about frequency and presence penalties.](/docs/guides/text-generation)
          logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.
          logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response. The maximum value for `logprobs` is 5.
          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
          n: How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. [See more information about frequency and presence penalties.](/docs/guides/text-generation)
          seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
          stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
          stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
          stream_options: Options for streaming response. Only set this when you set `stream: true`.
          suffix: The suffix that comes after a completion of inserted text. This parameter is only supported for `gpt-3.5-turbo-instruct`.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.completion import Completion

        if stream is True:
            return cast(
                "Stream[Completion]",
                self._client.call_stream(
                    _CREATE_COMPLETION,
                    body={
                        "model": model,
                        "prompt": prompt,
                        "best_of": best_of,
                        "echo": echo,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "presence_penalty": presence_penalty,
                        "seed": seed,
                        "stop": stop,
                        "stream": stream,
                        "stream_options": stream_options,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=Completion,
                ),
            )
        return cast(
            "Completion | Stream[Completion]",
            self._client.call(
                _CREATE_COMPLETION,
                body={
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Completion,
            ),
        )


class AsyncCompletions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Completion]: ...

    @overload
    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[Completion]: ...

    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None,
        best_of: int | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        frequency_penalty: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, int] | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[Completion]:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request is streamed.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.
          best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
          echo: Echo back the prompt in addition to the completion
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. [See more information about frequency and presence penalties.](/docs/guides/text-generation)
          logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.
          logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response. The maximum value for `logprobs` is 5.
          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
          n: How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. [See more information about frequency and presence penalties.](/docs/guides/text-generation)
          seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
          stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
          stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
          stream_options: Options for streaming response. Only set this when you set `stream: true`.
          suffix: The suffix that comes after a completion of inserted text. This parameter is only supported for `gpt-3.5-turbo-instruct`.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.completion import Completion

        if stream is True:
            return cast(
                "AsyncStream[Completion]",
                await self._client.call_stream(
                    _CREATE_COMPLETION,
                    body={
                        "model": model,
                        "prompt": prompt,
                        "best_of": best_of,
                        "echo": echo,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "presence_penalty": presence_penalty,
                        "seed": seed,
                        "stop": stop,
                        "stream": stream,
                        "stream_options": stream_options,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=Completion,
                ),
            )
        return cast(
            "Completion | AsyncStream[Completion]",
            await self._client.call(
                _CREATE_COMPLETION,
                body={
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Completion,
            ),
        )


class CompletionsWithRawResponse(ResourceView):
    _resource: Completions

    create = raw_method(Completions.create)


class CompletionsWithStreamingResponse(StreamingResourceView):
    _resource: Completions

    create = streamed_method(Completions.create)


class AsyncCompletionsWithRawResponse(ResourceView):
    _resource: AsyncCompletions

    create = async_raw_method(AsyncCompletions.create)


class AsyncCompletionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncCompletions

    create = async_streamed_method(AsyncCompletions.create)
