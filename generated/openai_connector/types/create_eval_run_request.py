# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .create_eval_completions_run_data_source import (
    CreateEvalCompletionsRunDataSource,
    CreateEvalCompletionsRunDataSourceParam,
)
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource, CreateEvalJsonlRunDataSourceParam
from .create_eval_responses_run_data_source import (
    CreateEvalResponsesRunDataSource,
    CreateEvalResponsesRunDataSourceParam,
)
from .metadata import Metadata


class CreateEvalRunRequest(BaseModel):
    """CreateEvalRunRequest"""

    name: str | None = None
    """The name of the run."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    data_source: Open[
        Annotated[
            Annotated[CreateEvalJsonlRunDataSource, Tag("jsonl")]
            | Annotated[CreateEvalCompletionsRunDataSource, Tag("completions")]
            | Annotated[CreateEvalResponsesRunDataSource, Tag("responses")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Details about the run's data source."""


class CreateEvalRunRequestParam(TypedDict, total=False):
    """CreateEvalRunRequest"""

    name: str
    """The name of the run."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    data_source: Required[
        CreateEvalJsonlRunDataSourceParam
        | CreateEvalCompletionsRunDataSourceParam
        | CreateEvalResponsesRunDataSourceParam
    ]
    """Details about the run's data source."""
