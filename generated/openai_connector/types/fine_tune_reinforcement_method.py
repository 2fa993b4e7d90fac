# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .fine_tune_reinforcement_hyperparameters import (
    FineTuneReinforcementHyperparameters,
    FineTuneReinforcementHyperparametersParam,
)
from .grader_multi import GraderMulti, GraderMultiParam
from .grader_python import GraderPython, GraderPythonParam
from .grader_score_model import GraderScoreModel, GraderScoreModelParam
from .grader_string_check import GraderStringCheck, GraderStringCheckParam
from .grader_text_similarity import GraderTextSimilarity, GraderTextSimilarityParam


class FineTuneReinforcementMethod(BaseModel):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Open[
        Annotated[
            Annotated[GraderStringCheck, Tag("string_check")]
            | Annotated[GraderTextSimilarity, Tag("text_similarity")]
            | Annotated[GraderPython, Tag("python")]
            | Annotated[GraderScoreModel, Tag("score_model")]
            | Annotated[GraderMulti, Tag("multi")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """The grader used for the fine-tuning job."""

    hyperparameters: FineTuneReinforcementHyperparameters | None = None
    """The hyperparameters used for the reinforcement fine-tuning job."""


class FineTuneReinforcementMethodParam(TypedDict, total=False):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Required[
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam
    ]
    """The grader used for the fine-tuning job."""

    hyperparameters: FineTuneReinforcementHyperparametersParam
    """The hyperparameters used for the reinforcement fine-tuning job."""
