# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping
from typing import Annotated, Any, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .grader_multi import GraderMulti, GraderMultiParam
from .grader_python import GraderPython, GraderPythonParam
from .grader_score_model import GraderScoreModel, GraderScoreModelParam
from .grader_string_check import GraderStringCheck, GraderStringCheckParam
from .grader_text_similarity import GraderTextSimilarity, GraderTextSimilarityParam


class RunGraderRequest(BaseModel):
    """RunGraderRequest"""

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

    item: dict[str, builtins.object] | None = None
    """The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](/docs/guides/graders) for more details.
    """

    model_sample_: str = Field(default_factory=_missing, alias="model_sample")
    """The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string.
    """


class RunGraderRequestParam(TypedDict, total=False):
    """RunGraderRequest"""

    grader: Required[
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam
    ]
    """The grader used for the fine-tuning job."""

    item: Mapping[str, Any]
    """The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](/docs/guides/graders) for more details.
    """

    model_sample: Required[str]
    """The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string.
    """
