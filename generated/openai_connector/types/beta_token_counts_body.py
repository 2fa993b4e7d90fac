# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from .beta_conversation_param import BetaConversationParam, BetaConversationParamParam
from .beta_input_item import BetaInputItem, BetaInputItemParam
from .beta_personality_enum import BetaPersonalityEnum
from .beta_reasoning import BetaReasoning, BetaReasoningParam
from .beta_response_text_param import BetaResponseTextParam, BetaResponseTextParamParam
from .beta_tool import BetaTool, BetaToolParam
from .beta_tool_choice_param import BetaToolChoiceParam, BetaToolChoiceParamParam
from .beta_truncation_enum import BetaTruncationEnum


class BetaTokenCountsBody(BaseModel):
    model: str | None = None

    input: Open[str | list[BetaInputItem]] | None = None

    previous_response_id: str | None = None

    tools: list[BetaTool] | None = None

    text: BetaResponseTextParam | None = None

    reasoning: BetaReasoning | None = None

    truncation: BetaTruncationEnum | None = None
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None = None

    personality: BetaPersonalityEnum | None = None
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."""

    conversation: BetaConversationParam | None = None

    tool_choice: BetaToolChoiceParam | None = None

    parallel_tool_calls: bool | None = None


class BetaTokenCountsBodyParam(TypedDict, total=False):
    model: str | None

    input: str | Sequence[BetaInputItemParam] | None

    previous_response_id: str | None

    tools: Sequence[BetaToolParam] | None

    text: BetaResponseTextParamParam | None

    reasoning: BetaReasoningParam | None

    truncation: BetaTruncationEnum
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None

    personality: BetaPersonalityEnum
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."""

    conversation: BetaConversationParamParam | None

    tool_choice: BetaToolChoiceParamParam | None

    parallel_tool_calls: bool | None
