# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_item import EvalItem, EvalItemParam
from .reasoning_effort import ReasoningEffort


class EvalGraderScoreModelSamplingParams(BaseModel):
    """The sampling parameters for the model."""

    seed: int | None = None
    """A seed value to initialize the randomness, during sampling."""

    top_p: float | None = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    temperature: float | None = None
    """A higher temperature increases randomness in the outputs."""

    max_completions_tokens: int | None = None
    """The maximum number of tokens the grader model may generate in its response."""

    reasoning_effort: ReasoningEffort | None = None
    """Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """


class EvalGraderScoreModel(BaseModel):
    """ScoreModelGrader"""

    type: Literal["score_model"] = Field(default_factory=_missing)
    """The object type, which is always `score_model`."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    model: str = Field(default_factory=_missing)
    """The model to use for the evaluation."""

    sampling_params: EvalGraderScoreModelSamplingParams | None = None
    """The sampling parameters for the model."""

    input: list[EvalItem] = Field(default_factory=_missing)
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: list[float] | None = None
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float | None = None
    """The threshold for the score."""


class EvalGraderScoreModelSamplingParamsParam(TypedDict, total=False):
    """The sampling parameters for the model."""

    seed: int | None
    """A seed value to initialize the randomness, during sampling."""

    top_p: float | None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    temperature: float | None
    """A higher temperature increases randomness in the outputs."""

    max_completions_tokens: int | None
    """The maximum number of tokens the grader model may generate in its response."""

    reasoning_effort: ReasoningEffort
    """Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """


class EvalGraderScoreModelParam(TypedDict, total=False):
    """ScoreModelGrader"""

    type: Required[Literal["score_model"]]
    """The object type, which is always `score_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation."""

    sampling_params: EvalGraderScoreModelSamplingParamsParam
    """The sampling parameters for the model."""

    input: Required[Sequence[EvalItemParam]]
    """The input messages evaluated by the grader. Supports text, output text, input image, and input audio content blocks, and may include template strings."""

    range: Sequence[float]
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float
    """The threshold for the score."""
