# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated

from pydantic import Discriminator, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from .conversation_param import ConversationParam, ConversationParamModel
from .input_item import InputItem, InputItemParam
from .personality_enum import PersonalityEnum
from .reasoning import Reasoning, ReasoningParam
from .response_text_param import ResponseText, ResponseTextParam
from .tool import Tool, ToolParam
from .tool_choice_param import ToolChoiceParam, ToolChoiceParamModel
from .truncation_enum import TruncationEnum


class TokenCountsBody(BaseModel):
    model: str | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: (
        Open[
            Annotated[
                Annotated[str, Tag("<str>")] | Annotated[list[InputItem], Tag("<list>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """Text, image, or file inputs to the model, used to generate a response"""

    previous_response_id: str | None = None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`."""

    tools: list[Tool] | None = None
    """An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter."""

    text: ResponseText | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    reasoning: Reasoning | None = None
    """**gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning)."""

    truncation: TruncationEnum | None = None
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None = None
    """A system (or developer) message inserted into the model's context.
    When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
    """

    personality: PersonalityEnum | None = None
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."""

    conversation: ConversationParamModel | None = None
    """The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
    Input items and output items from this response are automatically added to this conversation after this response completes.
    """

    tool_choice: ToolChoiceParamModel | None = None
    """Controls which tool the model should use, if any."""

    parallel_tool_calls: bool | None = None
    """Whether to allow the model to run tool calls in parallel."""


class TokenCountsBodyParam(TypedDict, total=False):
    model: str | None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: str | Sequence[InputItemParam] | None
    """Text, image, or file inputs to the model, used to generate a response"""

    previous_response_id: str | None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`."""

    tools: Sequence[ToolParam] | None
    """An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter."""

    text: ResponseTextParam | None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    reasoning: ReasoningParam | None
    """**gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning)."""

    truncation: TruncationEnum
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None
    """A system (or developer) message inserted into the model's context.
    When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
    """

    personality: PersonalityEnum
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."""

    conversation: ConversationParam | None
    """The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
    Input items and output items from this response are automatically added to this conversation after this response completes.
    """

    tool_choice: ToolChoiceParam | None
    """Controls which tool the model should use, if any."""

    parallel_tool_calls: bool | None
    """Whether to allow the model to run tool calls in parallel."""
