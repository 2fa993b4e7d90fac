# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .annotation import Annotation, AnnotationParam
from .log_prob import LogProb, LogProbParam


class OutputTextContent(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"] = Field(default_factory=_missing)
    """The type of the output text. Always `output_text`."""

    text: str = Field(default_factory=_missing)
    """The text output from the model."""

    annotations: list[Annotation] = Field(default_factory=_missing)
    """The annotations of the text output."""

    logprobs: list[LogProb] = Field(default_factory=_missing)


class OutputTextContentParam(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""

    annotations: Required[Sequence[AnnotationParam]]
    """The annotations of the text output."""

    logprobs: Required[Sequence[LogProbParam]]
