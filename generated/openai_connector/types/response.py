# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from ..lib.helpers.output_text import OutputText
from .input_item import InputItem
from .metadata import Metadata
from .model_ids_responses import ModelIdsResponses
from .moderation import Moderation
from .output_item import OutputItem
from .prompt import Prompt
from .prompt_cache_options import PromptCacheOptions
from .reasoning import Reasoning
from .response_conversation import ResponseConversation
from .response_error import ResponseError
from .response_text_param import ResponseText
from .response_usage import ResponseUsage
from .service_tier_responses import ServiceTierResponses
from .tool_choice_param import ToolChoiceParamModel
from .tools_array import ToolsArray


class ResponseIncompleteDetails(BaseModel):
    """Details about why the response is incomplete."""

    reason: Open[Literal["max_output_tokens", "content_filter"]] | None = None
    """The reason why the response is incomplete."""


class Response(OutputText, BaseModel):
    """The response object"""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """

    temperature: float | None = None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    We generally recommend altering this or `top_p` but not both.
    """

    top_p: float | None = None
    """An alternative to sampling with temperature, called nucleus sampling,
    where the model considers the results of the tokens with top_p probability
    mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
    """

    user: str | None = None
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: str | None = None
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    prompt_cache_key: str | None = None
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    prompt_cache_retention: Open[Literal["in_memory", "24h"]] | None = None
    """Deprecated. Use `prompt_cache_options.ttl` instead.

    The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention).
    This field expresses a maximum retention policy, while
    `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two
    fields are independent and do not interact.
    For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

    For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy:
      - Organizations without ZDR enabled default to `24h`.
      - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    """

    previous_response_id: str | None = None
    """The unique ID of the previous response to the model. Use this to
    create multi-turn conversations. Learn more about
    [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """

    model: ModelIdsResponses = Field(default_factory=_missing)
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None
    """Whether to run the model response in the background.
    [Learn more](/docs/guides/background).
    """

    max_tool_calls: int | None = None
    """The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored."""

    text: ResponseText | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: ToolsArray = Field(default_factory=_missing)
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](/docs/guides/function-calling). You can also use
      custom tools to call your own code.
    """

    tool_choice: ToolChoiceParamModel = Field(default_factory=_missing)
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: Prompt | None = None
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    service_tier: ServiceTierResponses | None = None
    """Specifies the processing type used for serving the request.
      - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
      - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
      - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
      - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
      - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`.
      - When not set, the default behavior is 'auto'.

      When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    """

    truncation: Open[Literal["auto", "disabled"]] | None = None
    """The truncation strategy to use for the model response.
    - `auto`: If the input to this Response exceeds
      the model's context window size, the model will truncate the
      response to fit the context window by dropping items from the beginning of the conversation.
    - `disabled` (default): If the input size will exceed the context window
      size for a model, the request will fail with a 400 error.
    """

    id: str = Field(default_factory=_missing)
    """Unique identifier for this Response."""

    object: Literal["response"] = Field(default_factory=_missing)
    """The object type of this resource - always set to `response`."""

    status: Open[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]] | None = None
    """The status of the response generation. One of `completed`, `failed`,
    `in_progress`, `cancelled`, `queued`, or `incomplete`.
    """

    created_at: float = Field(default_factory=_missing)
    """Unix timestamp (in seconds) of when this Response was created."""

    completed_at: float | None = None
    """Unix timestamp (in seconds) of when this Response was completed.
    Only present when the status is `completed`.
    """

    error: ResponseError = Field(default_factory=_missing)
    """An error object returned when the model fails to generate a Response."""

    incomplete_details: ResponseIncompleteDetails | None = None
    """Details about why the response is incomplete."""

    output: list[OutputItem] = Field(default_factory=_missing)
    """An array of content items generated by the model.

    - The length and order of items in the `output` array is dependent
      on the model's response.
    - Rather than accessing the first item in the `output` array and
      assuming it's an `assistant` message with the content generated by
      the model, you might consider using the `output_text` property where
      supported in SDKs.
    """

    reasoning: Reasoning | None = None
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    instructions: (
        Open[
            Annotated[
                Annotated[str, Tag("<str>")] | Annotated[list[InputItem], Tag("<list>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """A system (or developer) message inserted into the model's context.

    When using along with `previous_response_id`, the instructions from a previous
    response will not be carried over to the next response. This makes it simple
    to swap out system (or developer) messages in new responses.
    """

    usage: ResponseUsage | None = None
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    prompt_cache_options: PromptCacheOptions | None = None
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    moderation: Moderation | None = None
    """Moderation results for the response input and output, if moderated completions were requested."""

    parallel_tool_calls: bool = Field(default_factory=_missing)
    """Whether to allow the model to run tool calls in parallel."""

    conversation: ResponseConversation | None = None
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    max_output_tokens: int | None = None
    """An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""
