# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from .conversation_param import ConversationParam, ConversationParamParam
from .input_item import InputItem, InputItemParam
from .personality_enum import PersonalityEnum
from .reasoning import Reasoning, ReasoningParam
from .response_text_param import ResponseTextParam, ResponseTextParamParam
from .tool import Tool, ToolParam
from .tool_choice_param import ToolChoiceParam, ToolChoiceParamParam
from .truncation_enum import TruncationEnum


class TokenCountsBody(BaseModel):
    model: str | None = None

    input: Open[str | list[InputItem]] | None = None

    previous_response_id: str | None = None

    tools: list[Tool] | None = None

    text: ResponseTextParam | None = None

    reasoning: Reasoning | None = None

    truncation: TruncationEnum | None = None
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None = None

    personality: PersonalityEnum | None = None
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."""

    conversation: ConversationParam | None = None

    tool_choice: ToolChoiceParam | None = None

    parallel_tool_calls: bool | None = None


class TokenCountsBodyParam(TypedDict, total=False):
    model: str | None

    input: str | Sequence[InputItemParam] | None

    previous_response_id: str | None

    tools: Sequence[ToolParam] | None

    text: ResponseTextParamParam | None

    reasoning: ReasoningParam | None

    truncation: TruncationEnum
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None

    personality: PersonalityEnum
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."""

    conversation: ConversationParamParam | None

    tool_choice: ToolChoiceParamParam | None

    parallel_tool_calls: bool | None
