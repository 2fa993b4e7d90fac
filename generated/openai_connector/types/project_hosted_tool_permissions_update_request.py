# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .hosted_tool_permission_update import HostedToolPermissionUpdate, HostedToolPermissionUpdateParam


class ProjectHostedToolPermissionsUpdateRequest(BaseModel):
    file_search: HostedToolPermissionUpdate | None = None
    """The file search permission update."""

    web_search: HostedToolPermissionUpdate | None = None
    """The web search permission update."""

    image_generation: HostedToolPermissionUpdate | None = None
    """The image generation permission update."""

    mcp: HostedToolPermissionUpdate | None = None
    """The MCP permission update."""

    code_interpreter: HostedToolPermissionUpdate | None = None
    """The code interpreter permission update."""


class ProjectHostedToolPermissionsUpdateRequestParam(TypedDict, total=False):
    file_search: HostedToolPermissionUpdateParam | None
    """The file search permission update."""

    web_search: HostedToolPermissionUpdateParam | None
    """The web search permission update."""

    image_generation: HostedToolPermissionUpdateParam | None
    """The image generation permission update."""

    mcp: HostedToolPermissionUpdateParam | None
    """The MCP permission update."""

    code_interpreter: HostedToolPermissionUpdateParam | None
    """The code interpreter permission update."""
