# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
