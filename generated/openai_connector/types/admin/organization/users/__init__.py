# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.users`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ....assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from ....assigned_role_details import AssignedRoleDetails as RoleListResponse
    from ....assigned_role_details import AssignedRoleDetails as RoleRetrieveResponse
    from ....deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
    from ....deleted_role_assignment_resource import DeletedRoleAssignmentResource as RoleDeleteResponse
    from ....organization_user import OrganizationUser as OrganizationUser
    from ....organization_user import OrganizationUser as UserListResponse
    from ....organization_user import OrganizationUser as UserRetrieveResponse
    from ....organization_user import OrganizationUser as UserUpdateResponse
    from ....user_delete_response import UserDeleteResponse as UserDeleteResponse
    from ....user_role_assignment import UserRoleAssignment as RoleCreateResponse
    from ....user_role_assignment import UserRoleAssignment as UserRoleAssignment

__all__ = [
    "AssignedRoleDetails",
    "DeletedRoleAssignmentResource",
    "OrganizationUser",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "UserDeleteResponse",
    "UserListResponse",
    "UserRetrieveResponse",
    "UserRoleAssignment",
    "UserUpdateResponse",
]

_EXPORTS: dict[str, Target] = {
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "OrganizationUser": (("organization_user", "OrganizationUser"),),
    "RoleCreateResponse": (("user_role_assignment", "UserRoleAssignment"),),
    "RoleDeleteResponse": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "RoleListResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "RoleRetrieveResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "UserDeleteResponse": (("user_delete_response", "UserDeleteResponse"),),
    "UserListResponse": (("organization_user", "OrganizationUser"),),
    "UserRetrieveResponse": (("organization_user", "OrganizationUser"),),
    "UserRoleAssignment": (("user_role_assignment", "UserRoleAssignment"),),
    "UserUpdateResponse": (("organization_user", "OrganizationUser"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
