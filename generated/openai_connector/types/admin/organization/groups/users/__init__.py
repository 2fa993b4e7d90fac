# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.groups.users`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "GroupMemberUser": (("group_member_user", "GroupMemberUser"),),
    "GroupUserAssignment": (("group_user_assignment", "GroupUserAssignment"),),
    "GroupUserDeletedResource": (("group_user_deleted_resource", "GroupUserDeletedResource"),),
    "OrganizationGroupUser": (("organization_group_user", "OrganizationGroupUser"),),
    "UserCreateResponse": (("group_user_assignment", "GroupUserAssignment"),),
    "UserDeleteResponse": (("group_user_deleted_resource", "GroupUserDeletedResource"),),
    "UserListResponse": (("organization_group_user", "OrganizationGroupUser"),),
    "UserRetrieveResponse": (("group_member_user", "GroupMemberUser"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
