# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class HostedToolPermission(BaseModel):
    """Permission state for a single hosted tool on a project."""

    enabled: bool
    """Whether the hosted tool is enabled for the project."""
