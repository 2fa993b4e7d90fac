# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .reasoning_effort import ReasoningEffort


class EvalResponsesSource(BaseModel):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Literal["responses"] = Field(default_factory=_missing)
    """The type of run data source. Always `responses`."""

    metadata: dict[str, builtins.object] | None = None
    """Metadata filter for the responses. This is a query parameter used to select responses."""

    model: str | None = None
    """The name of the model to find responses for. This is a query parameter used to select responses."""

    instructions_search: str | None = None
    """Optional string to search the 'instructions' field. This is a query parameter used to select responses."""

    created_after: int | None = None
    """Only include items created after this timestamp (inclusive). This is a query parameter used to select responses."""

    created_before: int | None = None
    """Only include items created before this timestamp (inclusive). This is a query parameter used to select responses."""

    reasoning_effort: ReasoningEffort | None = None
    """Optional reasoning effort parameter. This is a query parameter used to select responses."""

    temperature: float | None = None
    """Sampling temperature. This is a query parameter used to select responses."""

    top_p: float | None = None
    """Nucleus sampling parameter. This is a query parameter used to select responses."""

    users: list[str] | None = None
    """List of user identifiers. This is a query parameter used to select responses."""

    tools: list[str] | None = None
    """List of tool names. This is a query parameter used to select responses."""


class EvalResponsesSourceParam(TypedDict, total=False):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    metadata: Mapping[str, Any] | None
    """Metadata filter for the responses. This is a query parameter used to select responses."""

    model: str | None
    """The name of the model to find responses for. This is a query parameter used to select responses."""

    instructions_search: str | None
    """Optional string to search the 'instructions' field. This is a query parameter used to select responses."""

    created_after: int | None
    """Only include items created after this timestamp (inclusive). This is a query parameter used to select responses."""

    created_before: int | None
    """Only include items created before this timestamp (inclusive). This is a query parameter used to select responses."""

    reasoning_effort: ReasoningEffort | None
    """Optional reasoning effort parameter. This is a query parameter used to select responses."""

    temperature: float | None
    """Sampling temperature. This is a query parameter used to select responses."""

    top_p: float | None
    """Nucleus sampling parameter. This is a query parameter used to select responses."""

    users: Sequence[str] | None
    """List of user identifiers. This is a query parameter used to select responses."""

    tools: Sequence[str] | None
    """List of tool names. This is a query parameter used to select responses."""
