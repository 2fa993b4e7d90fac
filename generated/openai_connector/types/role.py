# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class Role(BaseModel):
    """Details about a role that can be assigned through the public Roles API."""

    object: Literal["role"]
    """Always `role`."""

    id: str
    """Identifier for the role."""

    name: str
    """Unique name for the role."""

    description: str | None = None
    """Optional description of the role."""

    permissions: list[str]
    """Permissions granted by the role."""

    resource_type: str
    """Resource type the role is bound to (for example `api.organization` or `api.project`)."""

    predefined_role: bool
    """Whether the role is predefined and managed by OpenAI."""
