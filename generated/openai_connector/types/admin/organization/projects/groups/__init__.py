# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.groups`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ......lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "GroupCreateResponse": (("project_group", "ProjectGroup"),),
    "GroupDeleteResponse": (("project_group_deleted_resource", "ProjectGroupDeletedResource"),),
    "GroupListResponse": (("project_group", "ProjectGroup"),),
    "GroupRetrieveResponse": (("project_group", "ProjectGroup"),),
    "GroupRoleAssignment": (("group_role_assignment", "GroupRoleAssignment"),),
    "ProjectGroup": (("project_group", "ProjectGroup"),),
    "ProjectGroupDeletedResource": (("project_group_deleted_resource", "ProjectGroupDeletedResource"),),
    "RoleCreateResponse": (("group_role_assignment", "GroupRoleAssignment"),),
    "RoleDeleteResponse": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "RoleListResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "RoleRetrieveResponse": (("assigned_role_details", "AssignedRoleDetails"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
