# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
from .....assigned_role_details import AssignedRoleDetails as RoleListResponse
from .....assigned_role_details import AssignedRoleDetails as RoleRetrieveResponse
from .....deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
from .....deleted_role_assignment_resource import DeletedRoleAssignmentResource as RoleDeleteResponse
from .....user_role_assignment import UserRoleAssignment as RoleCreateResponse
from .....user_role_assignment import UserRoleAssignment as UserRoleAssignment

__all__ = [
    "AssignedRoleDetails",
    "DeletedRoleAssignmentResource",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "UserRoleAssignment",
]
