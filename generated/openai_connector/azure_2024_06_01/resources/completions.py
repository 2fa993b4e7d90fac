# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ...lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..types.completions_create import CompletionsCreateResponse

_COMPLETIONS_CREATE = Operation(
    api="azure",
    operation_id="Completions_Create",
    method="POST",
    path="/deployments/{deployment-id}/completions",
    request_kind="json",
    response_kind="json",
    client_params={"deployment-id": "azure_deployment", "api-version": "api_version"},
    checks={
        "path": {"deployment-id": {"type": "string"}},
        "query": {"api-version": {"type": "string"}},
        "body": {
            "prompt": {"anyOf": [{"type": "string"}, {"type": "array"}], "nullable": True},
            "max_tokens": {"type": "integer", "nullable": True},
            "temperature": {"type": "number", "nullable": True},
            "top_p": {"type": "number", "nullable": True},
            "logit_bias": {"type": "object"},
            "user": {"type": "string"},
            "n": {"type": "integer", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "logprobs": {"type": "integer", "nullable": True},
            "suffix": {"type": "string", "nullable": True},
            "echo": {"type": "boolean", "nullable": True},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array"}], "nullable": True},
            "completion_config": {"type": "string", "nullable": True},
            "presence_penalty": {"type": "number"},
            "frequency_penalty": {"type": "number"},
            "best_of": {"type": "integer"},
        },
    },
    security=("entra_token", "azure_api_key"),
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

    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        prompt: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        completion_config: str | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        best_of: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CompletionsCreateResponse:
        """Creates a completion for the provided prompt, parameters and chosen model.

        Args:
          deployment_id: Deployment id of the model which was deployed.
          api_version: api version
          prompt: The prompt(s) to generate completions for, encoded as a string or array of strings. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document. Maximum allowed size of string list is 2048.
          max_tokens: The token count of your prompt plus max_tokens cannot exceed the model's context length. Most models have a context length of 2048 tokens (except for the newest models, which support 4096). Has minimum of 0.
          temperature: What sampling temperature to use. Higher values means the model will take more risks. Try 0.9 for more creative applications, and 0 (argmax sampling) for ones with a well-defined answer. We generally recommend altering this or top_p but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          logit_bias: Defaults to null. Modify the likelihood of specified tokens appearing in the completion. Accepts a json object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this tokenizer tool (which works for both GPT-2 and GPT-3) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass {"50256" &#58; -100} to prevent the <|endoftext|> token from being generated.
          user: A unique identifier representing your end-user, which can help monitoring and detecting abuse
          n: How many completions to generate for each prompt. Minimum of 1 and maximum of 128 allowed. Note: Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for max_tokens and stop.
          stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a data: [DONE] message.
          logprobs: Include the log probabilities on the logprobs most likely tokens, as well the chosen tokens. For example, if logprobs is 5, the API will return a list of the 5 most likely tokens. The API will always return the logprob of the sampled token, so there may be up to logprobs+1 elements in the response. Minimum of 0 and maximum of 5 allowed.
          suffix: The suffix that comes after a completion of inserted text.
          echo: Echo back the prompt in addition to the completion
          stop: Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
          best_of: Generates best_of completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with n, best_of controls the number of candidate completions and n specifies how many to return - best_of must be greater than n. Note: Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for max_tokens and stop. Has maximum value of 128.
        """

        from ..types.completions_create import CompletionsCreateResponse

        return cast(
            "CompletionsCreateResponse",
            self._client.call(
                _COMPLETIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "prompt": prompt,
                    "max_tokens": max_tokens,
                    "temperature": temperature,
                    "top_p": top_p,
                    "logit_bias": logit_bias,
                    "user": user,
                    "n": n,
                    "stream": stream,
                    "logprobs": logprobs,
                    "suffix": suffix,
                    "echo": echo,
                    "stop": stop,
                    "completion_config": completion_config,
                    "presence_penalty": presence_penalty,
                    "frequency_penalty": frequency_penalty,
                    "best_of": best_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=CompletionsCreateResponse,
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

    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        prompt: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven | None = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        logit_bias: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        echo: bool | NotGiven | None = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        completion_config: str | NotGiven | None = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        best_of: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CompletionsCreateResponse:
        """Creates a completion for the provided prompt, parameters and chosen model.

        Args:
          deployment_id: Deployment id of the model which was deployed.
          api_version: api version
          prompt: The prompt(s) to generate completions for, encoded as a string or array of strings. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document. Maximum allowed size of string list is 2048.
          max_tokens: The token count of your prompt plus max_tokens cannot exceed the model's context length. Most models have a context length of 2048 tokens (except for the newest models, which support 4096). Has minimum of 0.
          temperature: What sampling temperature to use. Higher values means the model will take more risks. Try 0.9 for more creative applications, and 0 (argmax sampling) for ones with a well-defined answer. We generally recommend altering this or top_p but not both.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          logit_bias: Defaults to null. Modify the likelihood of specified tokens appearing in the completion. Accepts a json object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this tokenizer tool (which works for both GPT-2 and GPT-3) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass {"50256" &#58; -100} to prevent the <|endoftext|> token from being generated.
          user: A unique identifier representing your end-user, which can help monitoring and detecting abuse
          n: How many completions to generate for each prompt. Minimum of 1 and maximum of 128 allowed. Note: Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for max_tokens and stop.
          stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a data: [DONE] message.
          logprobs: Include the log probabilities on the logprobs most likely tokens, as well the chosen tokens. For example, if logprobs is 5, the API will return a list of the 5 most likely tokens. The API will always return the logprob of the sampled token, so there may be up to logprobs+1 elements in the response. Minimum of 0 and maximum of 5 allowed.
          suffix: The suffix that comes after a completion of inserted text.
          echo: Echo back the prompt in addition to the completion
          stop: Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
          best_of: Generates best_of completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with n, best_of controls the number of candidate completions and n specifies how many to return - best_of must be greater than n. Note: Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for max_tokens and stop. Has maximum value of 128.
        """

        from ..types.completions_create import CompletionsCreateResponse

        return cast(
            "CompletionsCreateResponse",
            await self._client.call(
                _COMPLETIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "prompt": prompt,
                    "max_tokens": max_tokens,
                    "temperature": temperature,
                    "top_p": top_p,
                    "logit_bias": logit_bias,
                    "user": user,
                    "n": n,
                    "stream": stream,
                    "logprobs": logprobs,
                    "suffix": suffix,
                    "echo": echo,
                    "stop": stop,
                    "completion_config": completion_config,
                    "presence_penalty": presence_penalty,
                    "frequency_penalty": frequency_penalty,
                    "best_of": best_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=CompletionsCreateResponse,
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
