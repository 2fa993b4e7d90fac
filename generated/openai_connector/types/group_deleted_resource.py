# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class GroupDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a group."""

    object: Literal["group.deleted"]
    """Always `group.deleted`."""

    id: str
    """Identifier of the deleted group."""

    deleted: bool
    """Whether the group was deleted."""
