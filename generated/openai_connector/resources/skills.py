# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

from ..lib._operation import Operation
from ..lib._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._response import BinaryResponse
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
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
)

_CREATE_SKILL = Operation(
    api="openai",
    operation_id="CreateSkill",
    method="POST",
    path="/skills",
    request_kind="multipart",
    response_kind="json",
)

_GET_SKILL = Operation(
    api="openai",
    operation_id="GetSkill",
    method="GET",
    path="/skills/{skill_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}},
)

_UPDATE_SKILL_DEFAULT_VERSION = Operation(
    api="openai",
    operation_id="UpdateSkillDefaultVersion",
    method="POST",
    path="/skills/{skill_id}",
    request_kind="json",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}, "body": {"default_version": {"type": "string"}}},
)

_DELETE_SKILL = Operation(
    api="openai",
    operation_id="DeleteSkill",
    method="DELETE",
    path="/skills/{skill_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}},
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
)

_CREATE_SKILL_VERSION = Operation(
    api="openai",
    operation_id="CreateSkillVersion",
    method="POST",
    path="/skills/{skill_id}/versions",
    request_kind="multipart",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}}, "body": {"default": {"type": "boolean"}}},
)

_GET_SKILL_VERSION = Operation(
    api="openai",
    operation_id="GetSkillVersion",
    method="GET",
    path="/skills/{skill_id}/versions/{version}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}, "version": {"type": "string"}}},
)

_DELETE_SKILL_VERSION = Operation(
    api="openai",
    operation_id="DeleteSkillVersion",
    method="DELETE",
    path="/skills/{skill_id}/versions/{version}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"skill_id": {"type": "string"}, "version": {"type": "string"}}},
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
)


class Skills(SyncAPIResource):
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
        skill_id: str,
        version: str,
        *,
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
        skill_id: str,
        version: str,
        *,
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
        skill_id: str,
        version: str,
        *,
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
        skill_id: str,
        version: str,
        *,
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
    def retrieve(
        self,
        skill_id: str,
        version: str,
        *,
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
    async def retrieve(
        self,
        skill_id: str,
        version: str,
        *,
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
