# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.groups.roles`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "GroupRoleAssignment": (("group_role_assignment", "GroupRoleAssignment"),),
    "RoleCreateResponse": (("group_role_assignment", "GroupRoleAssignment"),),
    "RoleDeleteResponse": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "RoleListResponse": (("assigned_role_details", "AssignedRoleDetails"),),
    "RoleRetrieveResponse": (("assigned_role_details", "AssignedRoleDetails"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 5, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
