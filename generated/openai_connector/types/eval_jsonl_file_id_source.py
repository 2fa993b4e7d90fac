# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class EvalJsonlFileIdSource(BaseModel):
    """EvalJsonlFileIdSource"""

    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""


class EvalJsonlFileIdSourceParam(TypedDict, total=False):
    """EvalJsonlFileIdSource"""

    type: Required[Literal["file_id"]]
    """The type of jsonl source. Always `file_id`."""

    id: Required[str]
    """The identifier of the file."""
