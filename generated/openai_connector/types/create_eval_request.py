# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .create_eval_custom_data_source_config import (
    CreateEvalCustomDataSourceConfig,
    CreateEvalCustomDataSourceConfigParam,
)
from .create_eval_label_model_grader import CreateEvalLabelModelGrader, CreateEvalLabelModelGraderParam
from .create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig, CreateEvalLogsDataSourceConfigParam
from .create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig,
    CreateEvalStoredCompletionsDataSourceConfigParam,
)
from .eval_grader_python import EvalGraderPython, EvalGraderPythonParam
from .eval_grader_score_model import EvalGraderScoreModel, EvalGraderScoreModelParam
from .eval_grader_string_check import EvalGraderStringCheck, EvalGraderStringCheckParam
from .eval_grader_text_similarity import EvalGraderTextSimilarity, EvalGraderTextSimilarityParam
from .metadata import Metadata


class CreateEvalRequest(BaseModel):
    """CreateEvalRequest"""

    name: str | None = None
    """The name of the evaluation."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    data_source_config: Open[
        Annotated[
            Annotated[CreateEvalCustomDataSourceConfig, Tag("custom")]
            | Annotated[CreateEvalLogsDataSourceConfig, Tag("logs")]
            | Annotated[CreateEvalStoredCompletionsDataSourceConfig, Tag("stored_completions")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: list[
        Open[
            Annotated[
                Annotated[CreateEvalLabelModelGrader, Tag("label_model")]
                | Annotated[EvalGraderStringCheck, Tag("string_check")]
                | Annotated[EvalGraderTextSimilarity, Tag("text_similarity")]
                | Annotated[EvalGraderPython, Tag("python")]
                | Annotated[EvalGraderScoreModel, Tag("score_model")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""


class CreateEvalRequestParam(TypedDict, total=False):
    """CreateEvalRequest"""

    name: str
    """The name of the evaluation."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    data_source_config: Required[
        CreateEvalCustomDataSourceConfigParam
        | CreateEvalLogsDataSourceConfigParam
        | CreateEvalStoredCompletionsDataSourceConfigParam
    ]
    """The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""

    testing_criteria: Required[
        Sequence[
            CreateEvalLabelModelGraderParam
            | EvalGraderStringCheckParam
            | EvalGraderTextSimilarityParam
            | EvalGraderPythonParam
            | EvalGraderScoreModelParam
        ]
    ]
    """A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."""
