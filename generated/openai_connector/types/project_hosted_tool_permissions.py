# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .hosted_tool_permission import HostedToolPermission


class ProjectHostedToolPermissions(BaseModel):
    """Represents hosted tool permissions for a project."""

    file_search: HostedToolPermission = Field(default_factory=_missing)
    """Permission state for a single hosted tool on a project."""

    web_search: HostedToolPermission = Field(default_factory=_missing)
    """Permission state for a single hosted tool on a project."""

    image_generation: HostedToolPermission = Field(default_factory=_missing)
    """Permission state for a single hosted tool on a project."""

    mcp: HostedToolPermission = Field(default_factory=_missing)
    """Permission state for a single hosted tool on a project."""

    code_interpreter: HostedToolPermission = Field(default_factory=_missing)
    """Permission state for a single hosted tool on a project."""
