# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....group_member_user import GroupMemberUser as GroupMemberUser
from .....group_member_user import GroupMemberUser as UserRetrieveResponse
from .....group_user_assignment import GroupUserAssignment as GroupUserAssignment
from .....group_user_assignment import GroupUserAssignment as UserCreateResponse
from .....group_user_deleted_resource import GroupUserDeletedResource as GroupUserDeletedResource
from .....group_user_deleted_resource import GroupUserDeletedResource as UserDeleteResponse
from .....organization_group_user import OrganizationGroupUser as OrganizationGroupUser
from .....organization_group_user import OrganizationGroupUser as UserListResponse

__all__ = [
    "GroupMemberUser",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "OrganizationGroupUser",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListResponse",
    "UserRetrieveResponse",
]
