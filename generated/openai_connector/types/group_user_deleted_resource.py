# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class GroupUserDeletedResource(BaseModel):
    """Confirmation payload returned after removing a user from a group."""

    object: Literal["group.user.deleted"]
    """Always `group.user.deleted`."""

    deleted: bool
    """Whether the group membership was removed."""
