# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class DeletedVideoResource(BaseModel):
    """Confirmation payload returned after deleting a video."""

    object: Literal["video.deleted"]
    """The object type that signals the deletion response."""

    deleted: bool
    """Indicates that the video resource was deleted."""

    id: str
    """Identifier of the deleted video."""
