# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
