# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class DeleteFineTuningCheckpointPermissionResponse(BaseModel):
    id: str
    """The ID of the fine-tuned model checkpoint permission that was deleted."""

    object: Literal["checkpoint.permission"]
    """The object type, which is always "checkpoint.permission"."""

    deleted: bool
    """Whether the fine-tuned model checkpoint permission was successfully deleted."""
