# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ......assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
from ......assigned_role_details import AssignedRoleDetails as RoleListResponse
from ......assigned_role_details import AssignedRoleDetails as RoleRetrieveResponse
from ......deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
from ......deleted_role_assignment_resource import DeletedRoleAssignmentResource as RoleDeleteResponse
from ......group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
from ......group_role_assignment import GroupRoleAssignment as RoleCreateResponse

__all__ = [
    "AssignedRoleDetails",
    "DeletedRoleAssignmentResource",
    "GroupRoleAssignment",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListResponse",
    "RoleRetrieveResponse",
]
