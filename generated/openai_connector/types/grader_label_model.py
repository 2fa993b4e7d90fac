# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_item import EvalItem, EvalItemParam


class GraderLabelModel(BaseModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.
    """

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


class GraderLabelModelParam(TypedDict, total=False):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.
    """

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Sequence[EvalItemParam]]

    labels: Required[Sequence[str]]
    """The labels to assign to each item in the evaluation."""

    passing_labels: Required[Sequence[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""
