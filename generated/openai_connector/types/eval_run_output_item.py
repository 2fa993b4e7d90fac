# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_api_error import EvalApiError
from .eval_run_output_item_result import EvalRunOutputItemResult


class EvalRunOutputItemSampleInputItem(BaseModel):
    """An input message."""

    role: str = Field(default_factory=_missing)
    """The role of the message sender (e.g., system, user, developer)."""

    content: str = Field(default_factory=_missing)
    """The content of the message."""


class EvalRunOutputItemSampleOutputItem(BaseModel):
    role: str | None = None
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str | None = None
    """The content of the message."""


class EvalRunOutputItemSampleUsage(BaseModel):
    """Token usage details for the sample."""

    total_tokens: int = Field(default_factory=_missing)
    """The total number of tokens used."""

    completion_tokens: int = Field(default_factory=_missing)
    """The number of completion tokens generated."""

    prompt_tokens: int = Field(default_factory=_missing)
    """The number of prompt tokens used."""

    cached_tokens: int = Field(default_factory=_missing)
    """The number of tokens retrieved from cache."""


class EvalRunOutputItemSample(BaseModel):
    """A sample containing the input and output of the evaluation run."""

    input: list[EvalRunOutputItemSampleInputItem] = Field(default_factory=_missing)
    """An array of input messages."""

    output: list[EvalRunOutputItemSampleOutputItem] = Field(default_factory=_missing)
    """An array of output messages."""

    finish_reason: str = Field(default_factory=_missing)
    """The reason why the sample generation was finished."""

    model: str = Field(default_factory=_missing)
    """The model used for generating the sample."""

    usage: EvalRunOutputItemSampleUsage = Field(default_factory=_missing)
    """Token usage details for the sample."""

    error: EvalApiError = Field(default_factory=_missing)
    """An object representing an error response from the Eval API."""

    temperature: float = Field(default_factory=_missing)
    """The sampling temperature used."""

    max_completion_tokens: int = Field(default_factory=_missing)
    """The maximum number of tokens allowed for completion."""

    top_p: float = Field(default_factory=_missing)
    """The top_p value used for sampling."""

    seed: int = Field(default_factory=_missing)
    """The seed used for generating the sample."""


class EvalRunOutputItem(BaseModel):
    """A schema representing an evaluation run output item."""

    object: Literal["eval.run.output_item"] = Field(default_factory=_missing)
    """The type of the object. Always "eval.run.output_item"."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the evaluation run output item."""

    run_id: str = Field(default_factory=_missing)
    """The identifier of the evaluation run associated with this output item."""

    eval_id: str = Field(default_factory=_missing)
    """The identifier of the evaluation group."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the evaluation run was created."""

    status: str = Field(default_factory=_missing)
    """The status of the evaluation run."""

    datasource_item_id: int = Field(default_factory=_missing)
    """The identifier for the data source item."""

    datasource_item: "dict[str, builtins.object]" = Field(default_factory=_missing)
    """Details of the input data source item."""

    results: list[EvalRunOutputItemResult] = Field(default_factory=_missing)
    """A list of grader results for this output item."""

    sample: EvalRunOutputItemSample = Field(default_factory=_missing)
    """A sample containing the input and output of the evaluation run."""
