# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, Literal

from ..lib._models import BaseModel
from .eval_api_error import EvalApiError
from .eval_run_output_item_result import EvalRunOutputItemResult


class EvalRunOutputItem(BaseModel):
    """A schema representing an evaluation run output item."""

    object: Literal["eval.run.output_item"]
    """The type of the object. Always "eval.run.output_item"."""

    id: str
    """Unique identifier for the evaluation run output item."""

    run_id: str
    """The identifier of the evaluation run associated with this output item."""

    eval_id: str
    """The identifier of the evaluation group."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    status: str
    """The status of the evaluation run."""

    datasource_item_id: int
    """The identifier for the data source item."""

    datasource_item: dict[str, Any]
    """Details of the input data source item."""

    results: list[EvalRunOutputItemResult]
    """A list of grader results for this output item."""

    sample: EvalRunOutputItemSample
    """A sample containing the input and output of the evaluation run."""


class EvalRunOutputItemSample(BaseModel):
    """A sample containing the input and output of the evaluation run."""

    input: list[EvalRunOutputItemSampleInputItem]
    """An array of input messages."""

    output: list[EvalRunOutputItemSampleOutputItem]
    """An array of output messages."""

    finish_reason: str
    """The reason why the sample generation was finished."""

    model: str
    """The model used for generating the sample."""

    usage: EvalRunOutputItemSampleUsage
    """Token usage details for the sample."""

    error: EvalApiError
    """An object representing an error response from the Eval API."""

    temperature: float
    """The sampling temperature used."""

    max_completion_tokens: int
    """The maximum number of tokens allowed for completion."""

    top_p: float
    """The top_p value used for sampling."""

    seed: int
    """The seed used for generating the sample."""


class EvalRunOutputItemSampleInputItem(BaseModel):
    """An input message."""

    role: str
    """The role of the message sender (e.g., system, user, developer)."""

    content: str
    """The content of the message."""


class EvalRunOutputItemSampleOutputItem(BaseModel):
    role: str | None = None
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str | None = None
    """The content of the message."""


class EvalRunOutputItemSampleUsage(BaseModel):
    """Token usage details for the sample."""

    total_tokens: int
    """The total number of tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""
