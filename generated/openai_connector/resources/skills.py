# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

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
    from ..types.deleted_skill import DeletedSkill
    from ..types.deleted_skill_version import DeletedSkillVersion
    from ..types.order_enum import OrderEnum
    from ..types.skill import Skill
    from ..types.skill_version import SkillVersion

_LIST_SKILLS = Operation(
    api="openai",
    operation_id="ListSkills",
    method="GET",
    path="/skills",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_SKILL = Operation(
    api="openai",
    operation_id="CreateSkill",
    method="POST",
    path="/skills",
    request_kind="multipart",
    response_kind="json",
    security=("api_key",),
    version_param="api-version",
)

_GET_SKILL = Operation(
    api="openai",
    operation_id="GetSkill",
    method="GET",
    path="/skills/{skill_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_UPDATE_SKILL_DEFAULT_VERSION = Operation(
    api="openai",
    operation_id="UpdateSkillDefaultVersion",
    method="POST",
    path="/skills/{skill_id}",
    request_kind="json",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}, "body": {"default_version": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_SKILL = Operation(
    api="openai",
    operation_id="DeleteSkill",
    method="DELETE",
    path="/skills/{skill_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_SKILL_CONTENT = Operation(
    api="openai",
    operation_id="GetSkillContent",
    method="GET",
    path="/skills/{skill_id}/content",
    request_kind="none",
    response_kind="binary",
    accept="application/zip, application/json",
    checks={"path": {"skill_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_SKILL_VERSIONS = Operation(
    api="openai",
    operation_id="ListSkillVersions",
    method="GET",
    path="/skills/{skill_id}/versions",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"skill_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_SKILL_VERSION = Operation(
    api="openai",
    operation_id="CreateSkillVersion",
    method="POST",
    path="/skills/{skill_id}/versions",
    request_kind="multipart",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}, "body": {"default": {"type": "boolean"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_SKILL_VERSION = Operation(
    api="openai",
    operation_id="GetSkillVersion",
    method="GET",
    path="/skills/{skill_id}/versions/{version}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}, "version": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_SKILL_VERSION = Operation(
    api="openai",
    operation_id="DeleteSkillVersion",
    method="DELETE",
    path="/skills/{skill_id}/versions/{version}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}, "version": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_SKILL_VERSION_CONTENT = Operation(
    api="openai",
    operation_id="GetSkillVersionContent",
    method="GET",
    path="/skills/{skill_id}/versions/{version}/content",
    request_kind="none",
    response_kind="binary",
    accept="application/zip, application/json",
    checks={"path": {"skill_id": {"type": "string"}, "version": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Skills(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return SkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return SkillsWithStreamingResponse(self)

    @cached_property
    def content(self) -> SkillsContent:
        return SkillsContent(self._client)

    @cached_property
    def versions(self) -> SkillsVersions:
        return SkillsVersions(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Skill]:
        """List all skills for the current project.

        Args:
          limit: Number of items to retrieve
          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
          after: Identifier for the last item from the previous pagination request
        """

        from ..types.skill import Skill
        from ..types.skill_list_resource import SkillListResource

        return cast(
            "SyncCursorPage[Skill]",
            self._client.call_page(
                _LIST_SKILLS,
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillListResource,
                item_type=Skill,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        files: Sequence[FileTypes] | FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Create a new skill."""

        from ..types.skill import Skill

        return cast(
            "Skill",
            self._client.call(
                _CREATE_SKILL,
                body={},
                files={"files": files},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Skill,
            ),
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Get a skill by its ID.

        Args:
          skill_id: The identifier of the skill to retrieve.
        """

        from ..types.skill import Skill

        return cast(
            "Skill",
            self._client.call(
                _GET_SKILL,
                path_params={"skill_id": skill_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Skill,
            ),
        )

    def update(
        self,
        skill_id: str,
        *,
        default_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Update the default version pointer for a skill.

        Args:
          skill_id: The identifier of the skill.
          default_version: The skill version number to set as default.
        """

        from ..types.skill import Skill

        return cast(
            "Skill",
            self._client.call(
                _UPDATE_SKILL_DEFAULT_VERSION,
                path_params={"skill_id": skill_id},
                body={"default_version": default_version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Skill,
            ),
        )

    def delete(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedSkill:
        """Delete a skill by its ID.

        Args:
          skill_id: The identifier of the skill to delete.
        """

        from ..types.deleted_skill import DeletedSkill

        return cast(
            "DeletedSkill",
            self._client.call(
                _DELETE_SKILL,
                path_params={"skill_id": skill_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedSkill,
            ),
        )


class AsyncSkills(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncSkillsWithStreamingResponse(self)

    @cached_property
    def content(self) -> AsyncSkillsContent:
        return AsyncSkillsContent(self._client)

    @cached_property
    def versions(self) -> AsyncSkillsVersions:
        return AsyncSkillsVersions(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Skill, AsyncCursorPage[Skill]]:
        """List all skills for the current project.

        Args:
          limit: Number of items to retrieve
          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
          after: Identifier for the last item from the previous pagination request
        """

        from ..types.skill import Skill
        from ..types.skill_list_resource import SkillListResource

        return cast(
            "AsyncPaginator[Skill, AsyncCursorPage[Skill]]",
            self._client.call_page(
                _LIST_SKILLS,
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillListResource,
                item_type=Skill,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        files: Sequence[FileTypes] | FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Create a new skill."""

        from ..types.skill import Skill

        return cast(
            "Skill",
            await self._client.call(
                _CREATE_SKILL,
                body={},
                files={"files": files},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Skill,
            ),
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Get a skill by its ID.

        Args:
          skill_id: The identifier of the skill to retrieve.
        """

        from ..types.skill import Skill

        return cast(
            "Skill",
            await self._client.call(
                _GET_SKILL,
                path_params={"skill_id": skill_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Skill,
            ),
        )

    async def update(
        self,
        skill_id: str,
        *,
        default_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Update the default version pointer for a skill.

        Args:
          skill_id: The identifier of the skill.
          default_version: The skill version number to set as default.
        """

        from ..types.skill import Skill

        return cast(
            "Skill",
            await self._client.call(
                _UPDATE_SKILL_DEFAULT_VERSION,
                path_params={"skill_id": skill_id},
                body={"default_version": default_version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Skill,
            ),
        )

    async def delete(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedSkill:
        """Delete a skill by its ID.

        Args:
          skill_id: The identifier of the skill to delete.
        """

        from ..types.deleted_skill import DeletedSkill

        return cast(
            "DeletedSkill",
            await self._client.call(
                _DELETE_SKILL,
                path_params={"skill_id": skill_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedSkill,
            ),
        )


class SkillsContent(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SkillsContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return SkillsContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return SkillsContentWithStreamingResponse(self)

    def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a skill zip bundle by its ID.

        Args:
          skill_id: The identifier of the skill to download.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _GET_SKILL_CONTENT,
                path_params={"skill_id": skill_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class AsyncSkillsContent(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSkillsContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncSkillsContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncSkillsContentWithStreamingResponse(self)

    async def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a skill zip bundle by its ID.

        Args:
          skill_id: The identifier of the skill to download.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _GET_SKILL_CONTENT,
                path_params={"skill_id": skill_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class SkillsVersions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SkillsVersionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return SkillsVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsVersionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return SkillsVersionsWithStreamingResponse(self)

    @cached_property
    def content(self) -> SkillsVersionsContent:
        return SkillsVersionsContent(self._client)

    def list(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[SkillVersion]:
        """List skill versions for a skill.

        Args:
          skill_id: The identifier of the skill.
          limit: Number of versions to retrieve.
          order: Sort order of results by version number.
          after: The skill version ID to start after.
        """

        from ..types.skill_version import SkillVersion
        from ..types.skill_version_list_resource import SkillVersionListResource

        return cast(
            "SyncCursorPage[SkillVersion]",
            self._client.call_page(
                _LIST_SKILL_VERSIONS,
                path_params={"skill_id": skill_id},
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillVersionListResource,
                item_type=SkillVersion,
                cursor_param="after",
            ),
        )

    def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes] | FileTypes,
        default: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Create a new immutable skill version.

        Args:
          skill_id: The identifier of the skill to version.
          default: Whether to set this version as the default.
        """

        from ..types.skill_version import SkillVersion

        return cast(
            "SkillVersion",
            self._client.call(
                _CREATE_SKILL_VERSION,
                path_params={"skill_id": skill_id},
                body={"default": default},
                files={"files": files},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillVersion,
            ),
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Get a specific skill version.

        Args:
          skill_id: The identifier of the skill.
          version: The version number to retrieve.
        """

        from ..types.skill_version import SkillVersion

        return cast(
            "SkillVersion",
            self._client.call(
                _GET_SKILL_VERSION,
                path_params={"skill_id": skill_id, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillVersion,
            ),
        )

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedSkillVersion:
        """Delete a skill version.

        Args:
          skill_id: The identifier of the skill.
          version: The skill version number.
        """

        from ..types.deleted_skill_version import DeletedSkillVersion

        return cast(
            "DeletedSkillVersion",
            self._client.call(
                _DELETE_SKILL_VERSION,
                path_params={"skill_id": skill_id, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedSkillVersion,
            ),
        )


class AsyncSkillsVersions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSkillsVersionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncSkillsVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsVersionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncSkillsVersionsWithStreamingResponse(self)

    @cached_property
    def content(self) -> AsyncSkillsVersionsContent:
        return AsyncSkillsVersionsContent(self._client)

    def list(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SkillVersion, AsyncCursorPage[SkillVersion]]:
        """List skill versions for a skill.

        Args:
          skill_id: The identifier of the skill.
          limit: Number of versions to retrieve.
          order: Sort order of results by version number.
          after: The skill version ID to start after.
        """

        from ..types.skill_version import SkillVersion
        from ..types.skill_version_list_resource import SkillVersionListResource

        return cast(
            "AsyncPaginator[SkillVersion, AsyncCursorPage[SkillVersion]]",
            self._client.call_page(
                _LIST_SKILL_VERSIONS,
                path_params={"skill_id": skill_id},
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillVersionListResource,
                item_type=SkillVersion,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes] | FileTypes,
        default: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Create a new immutable skill version.

        Args:
          skill_id: The identifier of the skill to version.
          default: Whether to set this version as the default.
        """

        from ..types.skill_version import SkillVersion

        return cast(
            "SkillVersion",
            await self._client.call(
                _CREATE_SKILL_VERSION,
                path_params={"skill_id": skill_id},
                body={"default": default},
                files={"files": files},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillVersion,
            ),
        )

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Get a specific skill version.

        Args:
          skill_id: The identifier of the skill.
          version: The version number to retrieve.
        """

        from ..types.skill_version import SkillVersion

        return cast(
            "SkillVersion",
            await self._client.call(
                _GET_SKILL_VERSION,
                path_params={"skill_id": skill_id, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=SkillVersion,
            ),
        )

    async def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedSkillVersion:
        """Delete a skill version.

        Args:
          skill_id: The identifier of the skill.
          version: The skill version number.
        """

        from ..types.deleted_skill_version import DeletedSkillVersion

        return cast(
            "DeletedSkillVersion",
            await self._client.call(
                _DELETE_SKILL_VERSION,
                path_params={"skill_id": skill_id, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedSkillVersion,
            ),
        )


class SkillsVersionsContent(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SkillsVersionsContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return SkillsVersionsContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsVersionsContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return SkillsVersionsContentWithStreamingResponse(self)

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a skill version zip bundle.

        Args:
          skill_id: The identifier of the skill.
          version: The skill version number.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _GET_SKILL_VERSION_CONTENT,
                path_params={"skill_id": skill_id, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class AsyncSkillsVersionsContent(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSkillsVersionsContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncSkillsVersionsContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsVersionsContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncSkillsVersionsContentWithStreamingResponse(self)

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a skill version zip bundle.

        Args:
          skill_id: The identifier of the skill.
          version: The skill version number.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _GET_SKILL_VERSION_CONTENT,
                path_params={"skill_id": skill_id, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class SkillsWithRawResponse(ResourceView):
    _resource: Skills

    @property
    def content(self) -> SkillsContentWithRawResponse:
        return self._resource.content.with_raw_response

    @property
    def versions(self) -> SkillsVersionsWithRawResponse:
        return self._resource.versions.with_raw_response

    list = raw_method(Skills.list)
    create = raw_method(Skills.create)
    retrieve = raw_method(Skills.retrieve)
    update = raw_method(Skills.update)
    delete = raw_method(Skills.delete)


class SkillsWithStreamingResponse(StreamingResourceView):
    _resource: Skills

    @property
    def content(self) -> SkillsContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    @property
    def versions(self) -> SkillsVersionsWithStreamingResponse:
        return self._resource.versions.with_streaming_response

    list = streamed_method(Skills.list)
    create = streamed_method(Skills.create)
    retrieve = streamed_method(Skills.retrieve)
    update = streamed_method(Skills.update)
    delete = streamed_method(Skills.delete)


class AsyncSkillsWithRawResponse(ResourceView):
    _resource: AsyncSkills

    @property
    def content(self) -> AsyncSkillsContentWithRawResponse:
        return self._resource.content.with_raw_response

    @property
    def versions(self) -> AsyncSkillsVersionsWithRawResponse:
        return self._resource.versions.with_raw_response

    list = async_raw_method(AsyncSkills.list)
    create = async_raw_method(AsyncSkills.create)
    retrieve = async_raw_method(AsyncSkills.retrieve)
    update = async_raw_method(AsyncSkills.update)
    delete = async_raw_method(AsyncSkills.delete)


class AsyncSkillsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncSkills

    @property
    def content(self) -> AsyncSkillsContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    @property
    def versions(self) -> AsyncSkillsVersionsWithStreamingResponse:
        return self._resource.versions.with_streaming_response

    list = async_streamed_method(AsyncSkills.list)
    create = async_streamed_method(AsyncSkills.create)
    retrieve = async_streamed_method(AsyncSkills.retrieve)
    update = async_streamed_method(AsyncSkills.update)
    delete = async_streamed_method(AsyncSkills.delete)


class SkillsContentWithRawResponse(ResourceView):
    _resource: SkillsContent

    retrieve = raw_method(SkillsContent.retrieve)


class SkillsContentWithStreamingResponse(StreamingResourceView):
    _resource: SkillsContent

    retrieve = streamed_method(SkillsContent.retrieve)


class AsyncSkillsContentWithRawResponse(ResourceView):
    _resource: AsyncSkillsContent

    retrieve = async_raw_method(AsyncSkillsContent.retrieve)


class AsyncSkillsContentWithStreamingResponse(StreamingResourceView):
    _resource: AsyncSkillsContent

    retrieve = async_streamed_method(AsyncSkillsContent.retrieve)


class SkillsVersionsWithRawResponse(ResourceView):
    _resource: SkillsVersions

    @property
    def content(self) -> SkillsVersionsContentWithRawResponse:
        return self._resource.content.with_raw_response

    list = raw_method(SkillsVersions.list)
    create = raw_method(SkillsVersions.create)
    retrieve = raw_method(SkillsVersions.retrieve)
    delete = raw_method(SkillsVersions.delete)


class SkillsVersionsWithStreamingResponse(StreamingResourceView):
    _resource: SkillsVersions

    @property
    def content(self) -> SkillsVersionsContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    list = streamed_method(SkillsVersions.list)
    create = streamed_method(SkillsVersions.create)
    retrieve = streamed_method(SkillsVersions.retrieve)
    delete = streamed_method(SkillsVersions.delete)


class AsyncSkillsVersionsWithRawResponse(ResourceView):
    _resource: AsyncSkillsVersions

    @property
    def content(self) -> AsyncSkillsVersionsContentWithRawResponse:
        return self._resource.content.with_raw_response

    list = async_raw_method(AsyncSkillsVersions.list)
    create = async_raw_method(AsyncSkillsVersions.create)
    retrieve = async_raw_method(AsyncSkillsVersions.retrieve)
    delete = async_raw_method(AsyncSkillsVersions.delete)


class AsyncSkillsVersionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncSkillsVersions

    @property
    def content(self) -> AsyncSkillsVersionsContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    list = async_streamed_method(AsyncSkillsVersions.list)
    create = async_streamed_method(AsyncSkillsVersions.create)
    retrieve = async_streamed_method(AsyncSkillsVersions.retrieve)
    delete = async_streamed_method(AsyncSkillsVersions.delete)


class SkillsVersionsContentWithRawResponse(ResourceView):
    _resource: SkillsVersionsContent

    retrieve = raw_method(SkillsVersionsContent.retrieve)


class SkillsVersionsContentWithStreamingResponse(StreamingResourceView):
    _resource: SkillsVersionsContent

    retrieve = streamed_method(SkillsVersionsContent.retrieve)


class AsyncSkillsVersionsContentWithRawResponse(ResourceView):
    _resource: AsyncSkillsVersionsContent

    retrieve = async_raw_method(AsyncSkillsVersionsContent.retrieve)


class AsyncSkillsVersionsContentWithStreamingResponse(StreamingResourceView):
    _resource: AsyncSkillsVersionsContent

    retrieve = async_streamed_method(AsyncSkillsVersionsContent.retrieve)
