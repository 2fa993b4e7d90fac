# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .metadata import Metadata


class EvalStoredCompletionsSource(BaseModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"] = Field(default_factory=_missing)
    """The type of source. Always `stored_completions`."""

    metadata: Metadata | None = None

    model: str | None = None

    created_after: int | None = None

    created_before: int | None = None

    limit: int | None = None


class EvalStoredCompletionsSourceParam(TypedDict, total=False):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Required[Literal["stored_completions"]]
    """The type of source. Always `stored_completions`."""

    metadata: Metadata

    model: str | None

    created_after: int | None

    created_before: int | None

    limit: int | None
