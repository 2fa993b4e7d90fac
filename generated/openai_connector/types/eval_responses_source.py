# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

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

    metadata: dict[str, Any] | None = None

    model: str | None = None

    instructions_search: str | None = None

    created_after: int | None = None

    created_before: int | None = None

    reasoning_effort: ReasoningEffort | None = None

    temperature: float | None = None

    top_p: float | None = None

    users: list[str] | None = None

    tools: list[str] | None = None


class EvalResponsesSourceParam(TypedDict, total=False):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    metadata: Mapping[str, Any] | None

    model: str | None

    instructions_search: str | None

    created_after: int | None

    created_before: int | None

    reasoning_effort: ReasoningEffort | None

    temperature: float | None

    top_p: float | None

    users: Sequence[str] | None

    tools: Sequence[str] | None
