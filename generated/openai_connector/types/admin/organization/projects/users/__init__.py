# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.users`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ......lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from .....assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from .....assigned_role_details import AssignedRoleDetails as RoleListResponse
    from .....assigned_role_details import AssignedRoleDetails as RoleRetrieveResponse
    from .....deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
    from .....deleted_role_assignment_resource import DeletedRoleAssignmentResource as RoleDeleteResponse
    from .....project_user import ProjectUser as ProjectUser
    from .....project_user import ProjectUser as UserCreateResponse
    from .....project_user import ProjectUser as UserListResponse
    from .....project_user import ProjectUser as UserRetrieveResponse
    from .....project_user import ProjectUser as UserUpdateResponse
    from .....project_user_delete_response import ProjectUserDeleteResponse as ProjectUserDeleteResponse
    from .....project_user_delete_response import ProjectUserDeleteResponse as UserDeleteResponse
    from .....user_role_assignment import UserRoleAssignment as RoleCreateResponse
    from .....user_role_assignment import UserRoleAssignment as UserRoleAssignment

__all__ = [
    "AssignedRoleDetails",
    "DeletedRoleAssignmentResource",
    "ProjectUser",
    "ProjectUserDeleteResponse",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListResponse",
    "UserRetrieveResponse",
    "UserRoleAssignment",
    "UserUpdateResponse",
]

_EXPORTS: dict[str, Target] = {
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "ProjectUser": (("project_user", "ProjectUser"),),
    "ProjectUserDeleteResponse": (("project_user_delete_response", "ProjectUserDeleteResponse"),),
    "RoleCreateResponse": (("user_role_assignment", "UserRoleAssignment"),),
    "RoleDeleteResponse": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "RoleListResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "RoleRetrieveResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "UserCreateResponse": (("project_user", "ProjectUser"),),
    "UserDeleteResponse": (("project_user_delete_response", "ProjectUserDeleteResponse"),),
    "UserListResponse": (("project_user", "ProjectUser"),),
    "UserRetrieveResponse": (("project_user", "ProjectUser"),),
    "UserRoleAssignment": (("user_role_assignment", "UserRoleAssignment"),),
    "UserUpdateResponse": (("project_user", "ProjectUser"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
