# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, Literal

from ..lib._models import BaseModel


class RunStepDeltaStepDetailsToolCallsFileSearchObject(BaseModel):
    """File search tool call"""

    index: int
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call object."""

    type: Literal["file_search"]
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: dict[str, Any]
    """For now, this is always going to be an empty object."""
