# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
from .....assigned_role_details import AssignedRoleDetails as RoleListResponse
from .....assigned_role_details import AssignedRoleDetails as RoleRetrieveResponse
from .....deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
from .....deleted_role_assignment_resource import DeletedRoleAssignmentResource as RoleDeleteResponse
from .....group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
from .....group_role_assignment import GroupRoleAssignment as RoleCreateResponse
from .....project_group import ProjectGroup as GroupCreateResponse
from .....project_group import ProjectGroup as GroupListResponse
from .....project_group import ProjectGroup as GroupRetrieveResponse
from .....project_group import ProjectGroup as ProjectGroup
from .....project_group_deleted_resource import ProjectGroupDeletedResource as GroupDeleteResponse
from .....project_group_deleted_resource import ProjectGroupDeletedResource as ProjectGroupDeletedResource

__all__ = [
    "AssignedRoleDetails",
    "DeletedRoleAssignmentResource",
    "GroupCreateResponse",
    "GroupDeleteResponse",
    "GroupListResponse",
    "GroupRetrieveResponse",
    "GroupRoleAssignment",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListResponse",
    "RoleRetrieveResponse",
]
