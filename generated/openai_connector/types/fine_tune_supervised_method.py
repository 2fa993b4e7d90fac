# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .fine_tune_supervised_hyperparameters import (
    FineTuneSupervisedHyperparameters,
    FineTuneSupervisedHyperparametersParam,
)


class FineTuneSupervisedMethod(BaseModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparameters | None = None
    """The hyperparameters used for the fine-tuning job."""


class FineTuneSupervisedMethodParam(TypedDict, total=False):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparametersParam
    """The hyperparameters used for the fine-tuning job."""
