# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.groups`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ....assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from ....assigned_role_details import AssignedRoleDetails as RoleListResponse
    from ....assigned_role_details import AssignedRoleDetails as RoleRetrieveResponse
    from ....deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
    from ....deleted_role_assignment_resource import DeletedRoleAssignmentResource as RoleDeleteResponse
    from ....group_deleted_resource import GroupDeletedResource as GroupDeleteResponse
    from ....group_deleted_resource import GroupDeletedResource as GroupDeletedResource
    from ....group_member_user import GroupMemberUser as GroupMemberUser
    from ....group_member_user import GroupMemberUser as UserRetrieveResponse
    from ....group_resource_with_success import GroupResourceWithSuccess as GroupResourceWithSuccess
    from ....group_resource_with_success import GroupResourceWithSuccess as GroupUpdateResponse
    from ....group_response import GroupResponse as Group
    from ....group_response import GroupResponse as GroupCreateResponse
    from ....group_response import GroupResponse as GroupListResponse
    from ....group_response import GroupResponse as GroupResponse
    from ....group_response import GroupResponse as GroupRetrieveResponse
    from ....group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
    from ....group_role_assignment import GroupRoleAssignment as RoleCreateResponse
    from ....group_user_assignment import GroupUserAssignment as GroupUserAssignment
    from ....group_user_assignment import GroupUserAssignment as UserCreateResponse
    from ....group_user_deleted_resource import GroupUserDeletedResource as GroupUserDeletedResource
    from ....group_user_deleted_resource import GroupUserDeletedResource as UserDeleteResponse
    from ....organization_group_user import OrganizationGroupUser as OrganizationGroupUser
    from ....organization_group_user import OrganizationGroupUser as UserListResponse

__all__ = [
    "AssignedRoleDetails",
    "DeletedRoleAssignmentResource",
    "Group",
    "GroupCreateResponse",
    "GroupDeleteResponse",
    "GroupDeletedResource",
    "GroupListResponse",
    "GroupMemberUser",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupRetrieveResponse",
    "GroupRoleAssignment",
    "GroupUpdateResponse",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "OrganizationGroupUser",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListResponse",
    "UserRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "Group": (("group_response", "GroupResponse"),),
    "GroupCreateResponse": (("group_response", "GroupResponse"),),
    "GroupDeleteResponse": (("group_deleted_resource", "GroupDeletedResource"),),
    "GroupDeletedResource": (("group_deleted_resource", "GroupDeletedResource"),),
    "GroupListResponse": (("group_response", "GroupResponse"),),
    "GroupMemberUser": (("group_member_user", "GroupMemberUser"),),
    "GroupResourceWithSuccess": (("group_resource_with_success", "GroupResourceWithSuccess"),),
    "GroupResponse": (("group_response", "GroupResponse"),),
    "GroupRetrieveResponse": (("group_response", "GroupResponse"),),
    "GroupRoleAssignment": (("group_role_assignment", "GroupRoleAssignment"),),
    "GroupUpdateResponse": (("group_resource_with_success", "GroupResourceWithSuccess"),),
    "GroupUserAssignment": (("group_user_assignment", "GroupUserAssignment"),),
    "GroupUserDeletedResource": (("group_user_deleted_resource", "GroupUserDeletedResource"),),
    "OrganizationGroupUser": (("organization_group_user", "OrganizationGroupUser"),),
    "RoleCreateResponse": (("group_role_assignment", "GroupRoleAssignment"),),
    "RoleDeleteResponse": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "RoleListResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "RoleRetrieveResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "UserCreateResponse": (("group_user_assignment", "GroupUserAssignment"),),
    "UserDeleteResponse": (("group_user_deleted_resource", "GroupUserDeletedResource"),),
    "UserListResponse": (("organization_group_user", "OrganizationGroupUser"),),
    "UserRetrieveResponse": (("group_member_user", "GroupMemberUser"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
