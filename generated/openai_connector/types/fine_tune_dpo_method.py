# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .fine_tune_dpo_hyperparameters import FineTuneDpoHyperparameters, FineTuneDpoHyperparametersParam


class FineTuneDpoMethod(BaseModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDpoHyperparameters | None = None
    """The hyperparameters used for the DPO fine-tuning job."""


class FineTuneDpoMethodParam(TypedDict, total=False):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDpoHyperparametersParam
    """The hyperparameters used for the DPO fine-tuning job."""
