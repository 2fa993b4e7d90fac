# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_grader_label_model import EvalGraderLabelModel
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_string_check import EvalGraderStringCheck
from .eval_grader_text_similarity import EvalGraderTextSimilarity
from .eval_logs_data_source_config import EvalLogsDataSourceConfig
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from .metadata import Metadata


class Eval(BaseModel):
    """An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o
    """

    object: Literal["eval"] = Field(default_factory=_missing)
    """The object type."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the evaluation."""

    name: str = Field(default_factory=_missing)
    """The name of the evaluation."""

    data_source_config: Open[
        Annotated[
            Annotated[EvalCustomDataSourceConfig, Tag("custom")]
            | Annotated[EvalLogsDataSourceConfig, Tag("logs")]
            | Annotated[EvalStoredCompletionsDataSourceConfig, Tag("stored_completions")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Configuration of data sources used in runs of the evaluation."""

    testing_criteria: list[
        Open[
            Annotated[
                Annotated[EvalGraderLabelModel, Tag("label_model")]
                | Annotated[EvalGraderStringCheck, Tag("string_check")]
                | Annotated[EvalGraderTextSimilarity, Tag("text_similarity")]
                | Annotated[EvalGraderPython, Tag("python")]
                | Annotated[EvalGraderScoreModel, Tag("score_model")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """A list of testing criteria."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
