# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .context_management_param import ContextManagementParam
from .conversation_param import ConversationParam
from .include_enum import IncludeEnum
from .input_param import InputParam
from .metadata import Metadata
from .model_ids_responses import ModelIdsResponses
from .moderation_param import ModerationParam
from .prompt import Prompt
from .prompt_cache_options_param import PromptCacheOptionsParam
from .reasoning import Reasoning
from .response_stream_options import ResponseStreamOptions
from .response_text_param import ResponseTextParam
from .service_tier_responses import ServiceTierResponses
from .tool_choice_param import ToolChoiceParam
from .tools_array import ToolsArray


class ResponsesClientEventResponseCreate(BaseModel):
    """Client event for creating a response over a persistent WebSocket connection.
    This payload uses the same top-level fields as `POST /v1/responses`, plus
    WebSocket-only envelope metadata.

    Notes:
    - `stream` is implicit over WebSocket and should not be sent.
    - `background` is not supported over WebSocket.
    - `stream_id` is WebSocket-only and is not part of `POST /v1/responses`.
    """

    type: Literal["response.create"] = Field(default_factory=_missing)
    """The type of the client event. Always `response.create`."""

    stream_id: str | None = None
    """The WebSocket lane for this response. Requests with the same
    `stream_id` are processed FIFO, and events for the response echo the
    same `stream_id`.

    `stream_id` controls routing; `previous_response_id` controls
    conversation lineage, so a new lane can fork from a response created
    on another lane.
    """

    metadata: Metadata | None = None

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """

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

    prompt_cache_options: PromptCacheOptionsParam | None = None
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details."""

    previous_response_id: str | None = None

    model: ModelIdsResponses | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None

    max_tool_calls: int | None = None

    text: ResponseTextParam | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: ToolsArray | None = None
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

    tool_choice: ToolChoiceParam | None = None
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: Prompt | None = None

    service_tier: ServiceTierResponses | None = None

    truncation: Open[Literal["auto", "disabled"]] | None = None

    reasoning: Reasoning | None = None

    input: InputParam | None = None
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)
    """

    include: list[IncludeEnum] | None = None

    parallel_tool_calls: bool | None = None

    store: bool | None = None

    instructions: str | None = None

    moderation: ModerationParam | None = None

    stream: bool | None = None

    stream_options: ResponseStreamOptions | None = None

    conversation: ConversationParam | None = None

    context_management: list[ContextManagementParam] | None = None

    max_output_tokens: int | None = None
