# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class FineTuningCheckpointPermission(BaseModel):
    """The `checkpoint.permission` object represents a permission for a fine-tuned model checkpoint."""

    id: str
    """The permission identifier, which can be referenced in the API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the permission was created."""

    project_id: str
    """The project identifier that the permission is for."""

    object: Literal["checkpoint.permission"]
    """The object type, which is always "checkpoint.permission"."""
