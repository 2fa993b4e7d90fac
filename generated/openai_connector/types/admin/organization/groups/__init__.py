# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.groups`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

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
