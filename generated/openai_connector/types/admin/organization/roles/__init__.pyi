# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....role import Role as Role
from ....role import Role as RoleCreateResponse
from ....role import Role as RoleListResponse
from ....role import Role as RoleRetrieveResponse
from ....role import Role as RoleUpdateResponse
from ....role_deleted_resource import RoleDeletedResource as RoleDeleteResponse
from ....role_deleted_resource import RoleDeletedResource as RoleDeletedResource

__all__ = [
    "Role",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleDeletedResource",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "RoleUpdateResponse",
]
