# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .fine_tune_dpo_method import FineTuneDpoMethod, FineTuneDpoMethodParam
from .fine_tune_reinforcement_method import FineTuneReinforcementMethod, FineTuneReinforcementMethodParam
from .fine_tune_supervised_method import FineTuneSupervisedMethod, FineTuneSupervisedMethodParam


class FineTuneMethod(BaseModel):
    """The method used for fine-tuning."""

    type: 'Open[Literal["supervised", "dpo", "reinforcement"]]' = Field(default_factory=_missing)
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: FineTuneSupervisedMethod | None = None
    """Configuration for the supervised fine-tuning method."""

    dpo: FineTuneDpoMethod | None = None
    """Configuration for the DPO fine-tuning method."""

    reinforcement: FineTuneReinforcementMethod | None = None
    """Configuration for the reinforcement fine-tuning method."""


class FineTuneMethodParam(TypedDict, total=False):
    """The method used for fine-tuning."""

    type: Required[Literal["supervised", "dpo", "reinforcement"]]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: FineTuneSupervisedMethodParam
    """Configuration for the supervised fine-tuning method."""

    dpo: FineTuneDpoMethodParam
    """Configuration for the DPO fine-tuning method."""

    reinforcement: FineTuneReinforcementMethodParam
    """Configuration for the reinforcement fine-tuning method."""
