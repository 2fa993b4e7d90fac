# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class DeletedThreadResource(BaseModel):
    """Confirmation payload returned after deleting a thread."""

    id: str
    """Identifier of the deleted thread."""

    object: Literal["chatkit.thread.deleted"]
    """Type discriminator that is always `chatkit.thread.deleted`."""

    deleted: bool
    """Indicates that the thread has been deleted."""
