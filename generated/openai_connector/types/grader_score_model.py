# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_grader_score_model import EvalGraderScoreModelSamplingParams, EvalGraderScoreModelSamplingParamsParam
from .eval_item import EvalItem, EvalItemParam


class GraderScoreModel(BaseModel):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

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


class GraderScoreModelParam(TypedDict, total=False):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

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
