# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
from .eval_api_error import EvalApiError
from .metadata import Metadata


class EvalRunPerModelUsageItem(BaseModel):
    model_name_: str = Field(default_factory=_missing, alias="model_name")
    """The name of the model."""

    invocation_count: int = Field(default_factory=_missing)
    """The number of invocations."""

    prompt_tokens: int = Field(default_factory=_missing)
    """The number of prompt tokens used."""

    completion_tokens: int = Field(default_factory=_missing)
    """The number of completion tokens generated."""

    total_tokens: int = Field(default_factory=_missing)
    """The total number of tokens used."""

    cached_tokens: int = Field(default_factory=_missing)
    """The number of tokens retrieved from cache."""


class EvalRunPerTestingCriteriaResult(BaseModel):
    testing_criteria: str = Field(default_factory=_missing)
    """A description of the testing criteria."""

    passed: int = Field(default_factory=_missing)
    """Number of tests passed for this criteria."""

    failed: int = Field(default_factory=_missing)
    """Number of tests failed for this criteria."""


class EvalRunResultCounts(BaseModel):
    """Counters summarizing the outcomes of the evaluation run."""

    total: int = Field(default_factory=_missing)
    """Total number of executed output items."""

    errored: int = Field(default_factory=_missing)
    """Number of output items that resulted in an error."""

    failed: int = Field(default_factory=_missing)
    """Number of output items that failed to pass the evaluation."""

    passed: int = Field(default_factory=_missing)
    """Number of output items that passed the evaluation."""


class EvalRun(BaseModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"] = Field(default_factory=_missing)
    """The type of the object. Always "eval.run"."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the evaluation run."""

    eval_id: str = Field(default_factory=_missing)
    """The identifier of the associated evaluation."""

    status: str = Field(default_factory=_missing)
    """The status of the evaluation run."""

    model: str = Field(default_factory=_missing)
    """The model that is evaluated, if applicable."""

    name: str = Field(default_factory=_missing)
    """The name of the evaluation run."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str = Field(default_factory=_missing)
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: EvalRunResultCounts = Field(default_factory=_missing)
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: list[EvalRunPerModelUsageItem] = Field(default_factory=_missing)
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResult] = Field(default_factory=_missing)
    """Results per testing criteria applied during the evaluation run."""

    data_source: Open[
        Annotated[
            Annotated[CreateEvalJsonlRunDataSource, Tag("jsonl")]
            | Annotated[CreateEvalCompletionsRunDataSource, Tag("completions")]
            | Annotated[CreateEvalResponsesRunDataSource, Tag("responses")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Information about the run's data source."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    error: EvalApiError = Field(default_factory=_missing)
    """An object representing an error response from the Eval API."""
