# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .hosted_tool_permission import HostedToolPermission


class ProjectHostedToolPermissions(BaseModel):
    """Represents hosted tool permissions for a project."""

    file_search: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    web_search: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    image_generation: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    mcp: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    code_interpreter: HostedToolPermission
    """Permission state for a single hosted tool on a project."""
