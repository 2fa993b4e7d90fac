# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._pagination import AsyncCursorPage, SyncCursorPage
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ..types.assigned_role_details import AssignedRoleDetails
    from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from ..types.group_role_assignment import GroupRoleAssignment
    from ..types.role import Role
    from ..types.role_deleted_resource import RoleDeletedResource
    from ..types.user_role_assignment import UserRoleAssignment

_LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS = Operation(
    api="openai",
    operation_id="list-project-group-role-assignments",
    method="GET",
    path="/projects/{project_id}/groups/{group_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ASSIGN_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="assign-project-group-role",
    method="POST",
    path="/projects/{project_id}/groups/{group_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}},
        "body": {"role_id": {"type": "string"}},
    },
)

_RETRIEVE_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-group-role",
    method="GET",
    path="/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UNASSIGN_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="unassign-project-group-role",
    method="DELETE",
    path="/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_LIST_PROJECT_ROLES = Operation(
    api="openai",
    operation_id="list-project-roles",
    method="GET",
    path="/projects/{project_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_CREATE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="create-project-role",
    method="POST",
    path="/projects/{project_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {
            "role_name": {"type": "string"},
            "permissions": {"type": "array"},
            "description": {"type": "string", "nullable": True},
        },
    },
)

_RETRIEVE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-role",
    method="GET",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UPDATE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="update-project-role",
    method="POST",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}},
        "body": {
            "permissions": {"type": "array", "nullable": True},
            "description": {"type": "string", "nullable": True},
            "role_name": {"type": "string", "nullable": True},
        },
    },
)

_DELETE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="delete-project-role",
    method="DELETE",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_LIST_PROJECT_USER_ROLE_ASSIGNMENTS = Operation(
    api="openai",
    operation_id="list-project-user-role-assignments",
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ASSIGN_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="assign-project-user-role",
    method="POST",
    path="/projects/{project_id}/users/{user_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}},
        "body": {"role_id": {"type": "string"}},
    },
)

_RETRIEVE_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-user-role",
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UNASSIGN_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="unassign-project-user-role",
    method="DELETE",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}, "role_id": {"type": "string"}}},
)


class Projects(SyncAPIResource):
    @cached_property
    def groups(self) -> ProjectsGroups:
        return ProjectsGroups(self._client)

    @cached_property
    def roles(self) -> ProjectsRoles:
        return ProjectsRoles(self._client)

    @cached_property
    def users(self) -> ProjectsUsers:
        return ProjectsUsers(self._client)


class AsyncProjects(AsyncAPIResource):
    @cached_property
    def groups(self) -> AsyncProjectsGroups:
        return AsyncProjectsGroups(self._client)

    @cached_property
    def roles(self) -> AsyncProjectsRoles:
        return AsyncProjectsRoles(self._client)

    @cached_property
    def users(self) -> AsyncProjectsUsers:
        return AsyncProjectsUsers(self._client)


class ProjectsGroups(SyncAPIResource):
    @cached_property
    def roles(self) -> ProjectsGroupsRoles:
        return ProjectsGroupsRoles(self._client)


class AsyncProjectsGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncProjectsGroupsRoles:
        return AsyncProjectsGroupsRoles(self._client)


class ProjectsGroupsRoles(SyncAPIResource):
    def list(
        self,
        project_id: str,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssignedRoleDetails]:
        """Lists the project roles assigned to a group within a project.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "SyncCursorPage[AssignedRoleDetails]",
            self._client.call_page(
                _LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupRoleAssignment:
        """Assigns a project role to a group within a project.

        Args:
          project_id: The ID of the project to update.
          group_id: The ID of the group that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.group_role_assignment import GroupRoleAssignment

        return cast(
            "GroupRoleAssignment",
            self._client.call(
                _ASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupRoleAssignment,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a group.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          role_id: The ID of the project role to retrieve for the group.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            self._client.call(
                _RETRIEVE_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    def delete(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a group within a project.

        Args:
          project_id: The ID of the project to modify.
          group_id: The ID of the group whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the group.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            self._client.call(
                _UNASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AsyncProjectsGroupsRoles(AsyncAPIResource):
    async def list(
        self,
        project_id: str,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[AssignedRoleDetails]:
        """Lists the project roles assigned to a group within a project.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "AsyncCursorPage[AssignedRoleDetails]",
            await self._client.call_page(
                _LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupRoleAssignment:
        """Assigns a project role to a group within a project.

        Args:
          project_id: The ID of the project to update.
          group_id: The ID of the group that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.group_role_assignment import GroupRoleAssignment

        return cast(
            "GroupRoleAssignment",
            await self._client.call(
                _ASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupRoleAssignment,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a group.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          role_id: The ID of the project role to retrieve for the group.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            await self._client.call(
                _RETRIEVE_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    async def delete(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a group within a project.

        Args:
          project_id: The ID of the project to modify.
          group_id: The ID of the group whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the group.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            await self._client.call(
                _UNASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class ProjectsRoles(SyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Role]:
        """Lists the roles configured for a project.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "SyncCursorPage[Role]",
            self._client.call_page(
                _LIST_PROJECT_ROLES,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PublicRoleListResource,
                item_type=Role,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: Sequence[str],
        description: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
          project_id: The ID of the project to update.
          role_name: Unique name for the role.
          permissions: Permissions to grant to the role.
          description: Optional description of the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _CREATE_PROJECT_ROLE,
                path_params={"project_id": project_id},
                body={"role_name": role_name, "permissions": permissions, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Retrieves a project role.

        Args:
          project_id: The ID of the project.
          role_id: The ID of the role to retrieve.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _RETRIEVE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def update(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: Sequence[str] | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        role_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Updates an existing project role.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to update.
          permissions: Updated set of permissions for the role.
          description: New description for the role.
          role_name: New name for the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _UPDATE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                body={"permissions": permissions, "description": description, "role_name": role_name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def delete(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to delete.
        """

        from ..types.role_deleted_resource import RoleDeletedResource

        return cast(
            "RoleDeletedResource",
            self._client.call(
                _DELETE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleDeletedResource,
            ),
        )


class AsyncProjectsRoles(AsyncAPIResource):
    async def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[Role]:
        """Lists the roles configured for a project.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "AsyncCursorPage[Role]",
            await self._client.call_page(
                _LIST_PROJECT_ROLES,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PublicRoleListResource,
                item_type=Role,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: Sequence[str],
        description: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
          project_id: The ID of the project to update.
          role_name: Unique name for the role.
          permissions: Permissions to grant to the role.
          description: Optional description of the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _CREATE_PROJECT_ROLE,
                path_params={"project_id": project_id},
                body={"role_name": role_name, "permissions": permissions, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Retrieves a project role.

        Args:
          project_id: The ID of the project.
          role_id: The ID of the role to retrieve.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _RETRIEVE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def update(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: Sequence[str] | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        role_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Updates an existing project role.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to update.
          permissions: Updated set of permissions for the role.
          description: New description for the role.
          role_name: New name for the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _UPDATE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                body={"permissions": permissions, "description": description, "role_name": role_name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def delete(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to delete.
        """

        from ..types.role_deleted_resource import RoleDeletedResource

        return cast(
            "RoleDeletedResource",
            await self._client.call(
                _DELETE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleDeletedResource,
            ),
        )


class ProjectsUsers(SyncAPIResource):
    @cached_property
    def roles(self) -> ProjectsUsersRoles:
        return ProjectsUsersRoles(self._client)


class AsyncProjectsUsers(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncProjectsUsersRoles:
        return AsyncProjectsUsersRoles(self._client)


class ProjectsUsersRoles(SyncAPIResource):
    def list(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssignedRoleDetails]:
        """Lists the project roles assigned to a user within a project.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "SyncCursorPage[AssignedRoleDetails]",
            self._client.call_page(
                _LIST_PROJECT_USER_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "user_id": user_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
          project_id: The ID of the project to update.
          user_id: The ID of the user that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.user_role_assignment import UserRoleAssignment

        return cast(
            "UserRoleAssignment",
            self._client.call(
                _ASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserRoleAssignment,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          role_id: The ID of the project role to retrieve for the user.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            self._client.call(
                _RETRIEVE_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    def delete(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
          project_id: The ID of the project to modify.
          user_id: The ID of the user whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the user.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            self._client.call(
                _UNASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AsyncProjectsUsersRoles(AsyncAPIResource):
    async def list(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[AssignedRoleDetails]:
        """Lists the project roles assigned to a user within a project.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "AsyncCursorPage[AssignedRoleDetails]",
            await self._client.call_page(
                _LIST_PROJECT_USER_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "user_id": user_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
          project_id: The ID of the project to update.
          user_id: The ID of the user that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.user_role_assignment import UserRoleAssignment

        return cast(
            "UserRoleAssignment",
            await self._client.call(
                _ASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserRoleAssignment,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          role_id: The ID of the project role to retrieve for the user.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            await self._client.call(
                _RETRIEVE_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    async def delete(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
          project_id: The ID of the project to modify.
          user_id: The ID of the user whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the user.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            await self._client.call(
                _UNASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )
