# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class GroupUserAssignment(BaseModel):
    """Confirmation payload returned after adding a user to a group."""

    object: Literal["group.user"]
    """Always `group.user`."""

    user_id: str
    """Identifier of the user that was added."""

    group_id: str
    """Identifier of the group the user was added to."""
