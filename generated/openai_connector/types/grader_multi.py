# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .grader_label_model import GraderLabelModel, GraderLabelModelParam
from .grader_python import GraderPython, GraderPythonParam
from .grader_score_model import GraderScoreModel, GraderScoreModelParam
from .grader_string_check import GraderStringCheck, GraderStringCheckParam
from .grader_text_similarity import GraderTextSimilarity, GraderTextSimilarityParam


class GraderMulti(BaseModel):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Literal["multi"] = Field(default_factory=_missing)
    """The object type, which is always `multi`."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    graders: 'Open[Annotated[Annotated[GraderStringCheck, Tag("string_check")] | Annotated[GraderTextSimilarity, Tag("text_similarity")] | Annotated[GraderPython, Tag("python")] | Annotated[GraderScoreModel, Tag("score_model")] | Annotated[GraderLabelModel, Tag("label_model")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )

    calculate_output: str = Field(default_factory=_missing)
    """A formula to calculate the output based on grader results."""


class GraderMultiParam(TypedDict, total=False):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Required[Literal["multi"]]
    """The object type, which is always `multi`."""

    name: Required[str]
    """The name of the grader."""

    graders: Required[
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderLabelModelParam
    ]

    calculate_output: Required[str]
    """A formula to calculate the output based on grader results."""
