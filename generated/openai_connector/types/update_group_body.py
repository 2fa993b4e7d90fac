# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class UpdateGroupBody(BaseModel):
    """Request payload for updating the details of an existing group."""

    name: str
    """New display name for the group."""


class UpdateGroupBodyParam(TypedDict, total=False):
    """Request payload for updating the details of an existing group."""

    name: Required[str]
    """New display name for the group."""
