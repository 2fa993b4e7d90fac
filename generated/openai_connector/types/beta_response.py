# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_input_item import BetaInputItem
from .beta_metadata import BetaMetadata
from .beta_model_ids_responses import BetaModelIdsResponses
from .beta_moderation import BetaModeration
from .beta_output_item import BetaOutputItem
from .beta_prompt import BetaPrompt
from .beta_prompt_cache_options import BetaPromptCacheOptions
from .beta_reasoning import BetaReasoning
from .beta_response_conversation import BetaResponseConversation
from .beta_response_error import BetaResponseError
from .beta_response_text_param import BetaResponseTextParam
from .beta_response_usage import BetaResponseUsage
from .beta_service_tier_responses import BetaServiceTierResponses
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tools_array import BetaToolsArray


class BetaResponse(BaseModel):
    """The response object"""

    metadata: BetaMetadata = Field(default_factory=_missing)

    top_logprobs: int | None = None

    temperature: float | None = None

    top_p: float | None = None

    user: str | None = None
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: Open[Literal["in_memory", "24h"]] | None = None

    previous_response_id: str | None = None

    model: BetaModelIdsResponses = Field(default_factory=_missing)
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None

    max_tool_calls: int | None = None

    text: BetaResponseTextParam | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: BetaToolsArray = Field(default_factory=_missing)
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

    tool_choice: BetaToolChoiceParam = Field(default_factory=_missing)
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: BetaPrompt | None = None

    service_tier: BetaServiceTierResponses | None = None

    truncation: Open[Literal["auto", "disabled"]] | None = None

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

    error: BetaResponseError = Field(default_factory=_missing)

    incomplete_details: BetaResponseIncompleteDetailsObject | None = None

    output: list[BetaOutputItem] = Field(default_factory=_missing)
    """An array of content items generated by the model.

    - The length and order of items in the `output` array is dependent
      on the model's response.
    - Rather than accessing the first item in the `output` array and
      assuming it's an `assistant` message with the content generated by
      the model, you might consider using the `output_text` property where
      supported in SDKs.
    """

    reasoning: BetaReasoning | None = None

    instructions: Open[str | list[BetaInputItem]] | None = None

    output_text: str | None = None

    usage: BetaResponseUsage | None = None
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    prompt_cache_options: BetaPromptCacheOptions | None = None
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    moderation: BetaModeration | None = None

    parallel_tool_calls: bool = Field(default_factory=_missing)
    """Whether to allow the model to run tool calls in parallel."""

    conversation: BetaResponseConversation | None = None

    max_output_tokens: int | None = None


class BetaResponseIncompleteDetailsObject(BaseModel):
    """Details about why the response is incomplete."""

    reason: Open[Literal["max_output_tokens", "content_filter"]] | None = None
    """The reason why the response is incomplete."""
