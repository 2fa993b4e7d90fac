# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_hosted_tool_permissions import ProjectHostedToolPermissions as HostedToolPermissionRetrieveResponse
from .....project_hosted_tool_permissions import ProjectHostedToolPermissions as HostedToolPermissionUpdateResponse
from .....project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions

__all__ = [
    "HostedToolPermissionRetrieveResponse",
    "HostedToolPermissionUpdateResponse",
    "ProjectHostedToolPermissions",
]
