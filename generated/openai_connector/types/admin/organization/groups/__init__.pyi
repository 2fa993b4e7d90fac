# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
