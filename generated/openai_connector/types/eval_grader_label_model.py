# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_item import EvalItem


class EvalGraderLabelModel(BaseModel):
    """LabelModelGrader"""

    type: Literal["label_model"] = Field(default_factory=_missing)
    """The object type, which is always `label_model`."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    model: str = Field(default_factory=_missing)
    """The model to use for the evaluation. Must support structured outputs."""

    input: list[EvalItem] = Field(default_factory=_missing)

    labels: list[str] = Field(default_factory=_missing)
    """The labels to assign to each item in the evaluation."""

    passing_labels: list[str] = Field(default_factory=_missing)
    """The labels that indicate a passing result. Must be a subset of labels."""
