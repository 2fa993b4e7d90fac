# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
from .eval_api_error import EvalApiError
from .metadata import Metadata


class EvalRun(BaseModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"]
    """The type of the object. Always "eval.run"."""

    id: str
    """Unique identifier for the evaluation run."""

    eval_id: str
    """The identifier of the associated evaluation."""

    status: str
    """The status of the evaluation run."""

    model: str
    """The model that is evaluated, if applicable."""

    name: str
    """The name of the evaluation run."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: EvalRunResultCounts
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: list[EvalRunPerModelUsageItem]
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResult]
    """Results per testing criteria applied during the evaluation run."""

    data_source: Open[
        Annotated[
            Annotated[CreateEvalJsonlRunDataSource, Tag("jsonl")]
            | Annotated[CreateEvalCompletionsRunDataSource, Tag("completions")]
            | Annotated[CreateEvalResponsesRunDataSource, Tag("responses")],
            Discriminator(tag_of("type")),
        ]
    ]
    """Information about the run's data source."""

    metadata: Metadata

    error: EvalApiError
    """An object representing an error response from the Eval API."""


class EvalRunPerModelUsageItem(BaseModel):
    model_name_: str = Field(alias="model_name")
    """The name of the model."""

    invocation_count: int
    """The number of invocations."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    total_tokens: int
    """The total number of tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""


class EvalRunPerTestingCriteriaResult(BaseModel):
    testing_criteria: str
    """A description of the testing criteria."""

    passed: int
    """Number of tests passed for this criteria."""

    failed: int
    """Number of tests failed for this criteria."""


class EvalRunResultCounts(BaseModel):
    """Counters summarizing the outcomes of the evaluation run."""

    total: int
    """Total number of executed output items."""

    errored: int
    """Number of output items that resulted in an error."""

    failed: int
    """Number of output items that failed to pass the evaluation."""

    passed: int
    """Number of output items that passed the evaluation."""
