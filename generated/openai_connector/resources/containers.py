# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._response import BinaryResponse
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..types.container_file_resource import ContainerFileResource
    from ..types.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
    from ..types.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from ..types.container_resource import ContainerResource
    from ..types.create_container_body import CreateContainerBodyExpiresAfterParam
    from ..types.inline_skill_param import InlineSkillParam
    from ..types.skill_reference_param import SkillReferenceParam

_LIST_CONTAINERS = Operation(
    api="openai",
    operation_id="ListContainers",
    method="GET",
    path="/containers",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "name": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_CONTAINER = Operation(
    api="openai",
    operation_id="CreateContainer",
    method="POST",
    path="/containers",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "name": {"type": "string"},
            "file_ids": {"type": "array"},
            "expires_after": {"type": "object"},
            "skills": {"type": "array"},
            "memory_limit": {"type": "string"},
            "network_policy": {"type": "object"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_CONTAINER = Operation(
    api="openai",
    operation_id="RetrieveContainer",
    method="GET",
    path="/containers/{container_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"container_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_CONTAINER = Operation(
    api="openai",
    operation_id="DeleteContainer",
    method="DELETE",
    path="/containers/{container_id}",
    request_kind="none",
    response_kind="none",
    checks={"path": {"container_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_CONTAINER_FILES = Operation(
    api="openai",
    operation_id="ListContainerFiles",
    method="GET",
    path="/containers/{container_id}/files",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"container_id": {"type": "string"}},
        "query": {"limit": {"type": "integer"}, "order": {"type": "string"}, "after": {"type": "string"}},
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_CONTAINER_FILE = Operation(
    api="openai",
    operation_id="CreateContainerFile",
    method="POST",
    path="/containers/{container_id}/files",
    request_kind="multipart",
    response_kind="json",
    checks={"path": {"container_id": {"type": "string"}}, "body": {"file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CREATE_CONTAINER_FILE_JSON = Operation(
    api="openai",
    operation_id="CreateContainerFile",
    method="POST",
    path="/containers/{container_id}/files",
    request_kind="json",
    response_kind="json",
    checks={"path": {"container_id": {"type": "string"}}, "body": {"file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_CONTAINER_FILE = Operation(
    api="openai",
    operation_id="RetrieveContainerFile",
    method="GET",
    path="/containers/{container_id}/files/{file_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"container_id": {"type": "string"}, "file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_CONTAINER_FILE = Operation(
    api="openai",
    operation_id="DeleteContainerFile",
    method="DELETE",
    path="/containers/{container_id}/files/{file_id}",
    request_kind="none",
    response_kind="none",
    checks={"path": {"container_id": {"type": "string"}, "file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_CONTAINER_FILE_CONTENT = Operation(
    api="openai",
    operation_id="RetrieveContainerFileContent",
    method="GET",
    path="/containers/{container_id}/files/{file_id}/content",
    request_kind="none",
    response_kind="binary",
    accept="application/octet-stream",
    checks={"path": {"container_id": {"type": "string"}, "file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Containers(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ContainersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContainersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ContainersWithStreamingResponse(self)

    @cached_property
    def files(self) -> ContainersFiles:
        return ContainersFiles(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ContainerResource]:
        """List Containers

        Lists containers.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          name: Filter results by container name.
        """

        from ..types.container_list_resource import ContainerListResource
        from ..types.container_resource import ContainerResource

        return cast(
            "SyncCursorPage[ContainerResource]",
            self._client.call_page(
                _LIST_CONTAINERS,
                query={"limit": limit, "order": order, "after": after, "name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerListResource,
                item_type=ContainerResource,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfterParam | NotGiven = NOT_GIVEN,
        skills: Sequence[SkillReferenceParam | InlineSkillParam] | NotGiven = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | NotGiven = NOT_GIVEN,
        network_policy: ContainerNetworkPolicyDisabledParam
        | ContainerNetworkPolicyAllowlistParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerResource:
        """Create Container

        Creates a container.

        Args:
          name: Name of the container to create.
          file_ids: IDs of files to copy to the container.
          expires_after: Container expiration time in seconds relative to the 'anchor' time.
          skills: An optional list of skills referenced by id or inline data.
          memory_limit: Optional memory limit for the container. Defaults to "1g".
          network_policy: Network access policy for the container.
        """

        from ..types.container_resource import ContainerResource

        return cast(
            "ContainerResource",
            self._client.call(
                _CREATE_CONTAINER,
                body={
                    "name": name,
                    "file_ids": file_ids,
                    "expires_after": expires_after,
                    "skills": skills,
                    "memory_limit": memory_limit,
                    "network_policy": network_policy,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerResource,
            ),
        )

    def retrieve(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerResource:
        """Retrieve Container

        Retrieves a container.
        """

        from ..types.container_resource import ContainerResource

        return cast(
            "ContainerResource",
            self._client.call(
                _RETRIEVE_CONTAINER,
                path_params={"container_id": container_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerResource,
            ),
        )

    def delete(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Container

        Delete a container.

        Args:
          container_id: The ID of the container to delete.
        """

        return cast(
            "None",
            self._client.call(
                _DELETE_CONTAINER,
                path_params={"container_id": container_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class AsyncContainers(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncContainersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContainersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncContainersWithStreamingResponse(self)

    @cached_property
    def files(self) -> AsyncContainersFiles:
        return AsyncContainersFiles(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ContainerResource, AsyncCursorPage[ContainerResource]]:
        """List Containers

        Lists containers.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          name: Filter results by container name.
        """

        from ..types.container_list_resource import ContainerListResource
        from ..types.container_resource import ContainerResource

        return cast(
            "AsyncPaginator[ContainerResource, AsyncCursorPage[ContainerResource]]",
            self._client.call_page(
                _LIST_CONTAINERS,
                query={"limit": limit, "order": order, "after": after, "name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerListResource,
                item_type=ContainerResource,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfterParam | NotGiven = NOT_GIVEN,
        skills: Sequence[SkillReferenceParam | InlineSkillParam] | NotGiven = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | NotGiven = NOT_GIVEN,
        network_policy: ContainerNetworkPolicyDisabledParam
        | ContainerNetworkPolicyAllowlistParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerResource:
        """Create Container

        Creates a container.

        Args:
          name: Name of the container to create.
          file_ids: IDs of files to copy to the container.
          expires_after: Container expiration time in seconds relative to the 'anchor' time.
          skills: An optional list of skills referenced by id or inline data.
          memory_limit: Optional memory limit for the container. Defaults to "1g".
          network_policy: Network access policy for the container.
        """

        from ..types.container_resource import ContainerResource

        return cast(
            "ContainerResource",
            await self._client.call(
                _CREATE_CONTAINER,
                body={
                    "name": name,
                    "file_ids": file_ids,
                    "expires_after": expires_after,
                    "skills": skills,
                    "memory_limit": memory_limit,
                    "network_policy": network_policy,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerResource,
            ),
        )

    async def retrieve(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerResource:
        """Retrieve Container

        Retrieves a container.
        """

        from ..types.container_resource import ContainerResource

        return cast(
            "ContainerResource",
            await self._client.call(
                _RETRIEVE_CONTAINER,
                path_params={"container_id": container_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerResource,
            ),
        )

    async def delete(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Container

        Delete a container.

        Args:
          container_id: The ID of the container to delete.
        """

        return cast(
            "None",
            await self._client.call(
                _DELETE_CONTAINER,
                path_params={"container_id": container_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class ContainersFiles(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ContainersFilesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ContainersFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContainersFilesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ContainersFilesWithStreamingResponse(self)

    @cached_property
    def content(self) -> ContainersFilesContent:
        return ContainersFilesContent(self._client)

    def list(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ContainerFileResource]:
        """List Container files

        Lists container files.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.container_file_list_resource import ContainerFileListResource
        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "SyncCursorPage[ContainerFileResource]",
            self._client.call_page(
                _LIST_CONTAINER_FILES,
                path_params={"container_id": container_id},
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileListResource,
                item_type=ContainerFileResource,
                cursor_param="after",
            ),
        )

    def create(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.

        Creates a container file.

        Args:
          file_id: Name of the file to create.
          file: The File object (not file name) to be uploaded.
        """

        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "ContainerFileResource",
            self._client.call(
                _CREATE_CONTAINER_FILE,
                path_params={"container_id": container_id},
                body={"file_id": file_id},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileResource,
            ),
        )

    def create_json(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.

        Creates a container file.

        Args:
          file_id: Name of the file to create.
          file: The File object (not file name) to be uploaded.
        """

        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "ContainerFileResource",
            self._client.call(
                _CREATE_CONTAINER_FILE_JSON,
                path_params={"container_id": container_id},
                body={"file_id": file_id, "file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileResource,
            ),
        )

    def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerFileResource:
        """Retrieve Container File

        Retrieves a container file.
        """

        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "ContainerFileResource",
            self._client.call(
                _RETRIEVE_CONTAINER_FILE,
                path_params={"container_id": container_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileResource,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Container File

        Delete a container file.
        """

        return cast(
            "None",
            self._client.call(
                _DELETE_CONTAINER_FILE,
                path_params={"container_id": container_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class AsyncContainersFiles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncContainersFilesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncContainersFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContainersFilesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncContainersFilesWithStreamingResponse(self)

    @cached_property
    def content(self) -> AsyncContainersFilesContent:
        return AsyncContainersFilesContent(self._client)

    def list(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ContainerFileResource, AsyncCursorPage[ContainerFileResource]]:
        """List Container files

        Lists container files.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.container_file_list_resource import ContainerFileListResource
        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "AsyncPaginator[ContainerFileResource, AsyncCursorPage[ContainerFileResource]]",
            self._client.call_page(
                _LIST_CONTAINER_FILES,
                path_params={"container_id": container_id},
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileListResource,
                item_type=ContainerFileResource,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.

        Creates a container file.

        Args:
          file_id: Name of the file to create.
          file: The File object (not file name) to be uploaded.
        """

        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "ContainerFileResource",
            await self._client.call(
                _CREATE_CONTAINER_FILE,
                path_params={"container_id": container_id},
                body={"file_id": file_id},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileResource,
            ),
        )

    async def create_json(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.

        Creates a container file.

        Args:
          file_id: Name of the file to create.
          file: The File object (not file name) to be uploaded.
        """

        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "ContainerFileResource",
            await self._client.call(
                _CREATE_CONTAINER_FILE_JSON,
                path_params={"container_id": container_id},
                body={"file_id": file_id, "file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileResource,
            ),
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ContainerFileResource:
        """Retrieve Container File

        Retrieves a container file.
        """

        from ..types.container_file_resource import ContainerFileResource

        return cast(
            "ContainerFileResource",
            await self._client.call(
                _RETRIEVE_CONTAINER_FILE,
                path_params={"container_id": container_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ContainerFileResource,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Container File

        Delete a container file.
        """

        return cast(
            "None",
            await self._client.call(
                _DELETE_CONTAINER_FILE,
                path_params={"container_id": container_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class ContainersFilesContent(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ContainersFilesContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ContainersFilesContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContainersFilesContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ContainersFilesContentWithStreamingResponse(self)

    def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Retrieve Container File Content

        Retrieves a container file content.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _RETRIEVE_CONTAINER_FILE_CONTENT,
                path_params={"container_id": container_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class AsyncContainersFilesContent(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncContainersFilesContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncContainersFilesContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContainersFilesContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncContainersFilesContentWithStreamingResponse(self)

    async def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Retrieve Container File Content

        Retrieves a container file content.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _RETRIEVE_CONTAINER_FILE_CONTENT,
                path_params={"container_id": container_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class ContainersWithRawResponse(ResourceView):
    _resource: Containers

    @property
    def files(self) -> ContainersFilesWithRawResponse:
        return self._resource.files.with_raw_response

    list = raw_method(Containers.list)
    create = raw_method(Containers.create)
    retrieve = raw_method(Containers.retrieve)
    delete = raw_method(Containers.delete)


class ContainersWithStreamingResponse(StreamingResourceView):
    _resource: Containers

    @property
    def files(self) -> ContainersFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response

    list = streamed_method(Containers.list)
    create = streamed_method(Containers.create)
    retrieve = streamed_method(Containers.retrieve)
    delete = streamed_method(Containers.delete)


class AsyncContainersWithRawResponse(ResourceView):
    _resource: AsyncContainers

    @property
    def files(self) -> AsyncContainersFilesWithRawResponse:
        return self._resource.files.with_raw_response

    list = async_raw_method(AsyncContainers.list)
    create = async_raw_method(AsyncContainers.create)
    retrieve = async_raw_method(AsyncContainers.retrieve)
    delete = async_raw_method(AsyncContainers.delete)


class AsyncContainersWithStreamingResponse(StreamingResourceView):
    _resource: AsyncContainers

    @property
    def files(self) -> AsyncContainersFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response

    list = async_streamed_method(AsyncContainers.list)
    create = async_streamed_method(AsyncContainers.create)
    retrieve = async_streamed_method(AsyncContainers.retrieve)
    delete = async_streamed_method(AsyncContainers.delete)


class ContainersFilesWithRawResponse(ResourceView):
    _resource: ContainersFiles

    @property
    def content(self) -> ContainersFilesContentWithRawResponse:
        return self._resource.content.with_raw_response

    list = raw_method(ContainersFiles.list)
    create = raw_method(ContainersFiles.create)
    create_json = raw_method(ContainersFiles.create_json)
    retrieve = raw_method(ContainersFiles.retrieve)
    delete = raw_method(ContainersFiles.delete)


class ContainersFilesWithStreamingResponse(StreamingResourceView):
    _resource: ContainersFiles

    @property
    def content(self) -> ContainersFilesContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    list = streamed_method(ContainersFiles.list)
    create = streamed_method(ContainersFiles.create)
    create_json = streamed_method(ContainersFiles.create_json)
    retrieve = streamed_method(ContainersFiles.retrieve)
    delete = streamed_method(ContainersFiles.delete)


class AsyncContainersFilesWithRawResponse(ResourceView):
    _resource: AsyncContainersFiles

    @property
    def content(self) -> AsyncContainersFilesContentWithRawResponse:
        return self._resource.content.with_raw_response

    list = async_raw_method(AsyncContainersFiles.list)
    create = async_raw_method(AsyncContainersFiles.create)
    create_json = async_raw_method(AsyncContainersFiles.create_json)
    retrieve = async_raw_method(AsyncContainersFiles.retrieve)
    delete = async_raw_method(AsyncContainersFiles.delete)


class AsyncContainersFilesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncContainersFiles

    @property
    def content(self) -> AsyncContainersFilesContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    list = async_streamed_method(AsyncContainersFiles.list)
    create = async_streamed_method(AsyncContainersFiles.create)
    create_json = async_streamed_method(AsyncContainersFiles.create_json)
    retrieve = async_streamed_method(AsyncContainersFiles.retrieve)
    delete = async_streamed_method(AsyncContainersFiles.delete)


class ContainersFilesContentWithRawResponse(ResourceView):
    _resource: ContainersFilesContent

    retrieve = raw_method(ContainersFilesContent.retrieve)


class ContainersFilesContentWithStreamingResponse(StreamingResourceView):
    _resource: ContainersFilesContent

    retrieve = streamed_method(ContainersFilesContent.retrieve)


class AsyncContainersFilesContentWithRawResponse(ResourceView):
    _resource: AsyncContainersFilesContent

    retrieve = async_raw_method(AsyncContainersFilesContent.retrieve)


class AsyncContainersFilesContentWithStreamingResponse(StreamingResourceView):
    _resource: AsyncContainersFilesContent

    retrieve = async_streamed_method(AsyncContainersFilesContent.retrieve)
