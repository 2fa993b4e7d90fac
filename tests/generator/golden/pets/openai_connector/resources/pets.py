# generated from the Golden Pets spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING, Literal, cast, overload

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._response import BinaryResponse
from ..lib._streaming import AsyncStream, Stream
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
    from ..types.create_pet_request import CreatePetRequestCustomDietParam
    from ..types.pet import Pet
    from ..types.pet_event import PetEvent
    from ..types.pet_kind import PetKind
    from ..types.tag import TagSchemaParam
    from ..types.upload_pet_photo import UploadPetPhotoResponse

_LIST_PETS = Operation(
    api="openai",
    operation_id="listPets",
    method="GET",
    path="/pets",
    request_kind="none",
    response_kind="json",
    checks={"query": {"after": {"type": "string"}, "limit": {"type": "integer"}, "kind": {"type": "string"}}},
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_PET = Operation(
    api="openai",
    operation_id="createPet",
    method="POST",
    path="/pets",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "name": {"type": "string"},
            "from": {"type": "string"},
            "kind": {"type": "string"},
            "tags": {"type": "array"},
            "nickname": {"type": "string", "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "diet": {"anyOf": [{"type": "string"}, {"type": "object"}]},
        }
    },
)

_GET_PET = Operation(
    api="openai",
    operation_id="getPet",
    method="GET",
    path="/pets/{pet_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"pet_id": {"type": "string"}}},
)

_DELETE_PET = Operation(
    api="openai",
    operation_id="deletePet",
    method="DELETE",
    path="/pets/{pet_id}",
    request_kind="none",
    response_kind="none",
    checks={"path": {"pet_id": {"type": "string"}}},
)

_ADOPT_PET = Operation(
    api="openai",
    operation_id="adoptPet",
    method="POST",
    path="/pets/{pet_id}/adopt",
    request_kind="none",
    response_kind="text",
    accept="text/plain",
    checks={"path": {"pet_id": {"type": "string"}}},
)

_UPLOAD_PET_PHOTO = Operation(
    api="openai",
    operation_id="uploadPetPhoto",
    method="POST",
    path="/pets/{pet_id}/photo",
    request_kind="multipart",
    response_kind="json",
    checks={
        "path": {"pet_id": {"type": "string"}},
        "header": {"X-Trace-Id": {"type": "string"}},
        "body": {"caption": {"type": "string"}},
    },
)

_DOWNLOAD_PET_PHOTO = Operation(
    api="openai",
    operation_id="downloadPetPhoto",
    method="GET",
    path="/pets/{pet_id}/photo/content",
    request_kind="none",
    response_kind="binary",
    accept="image/png",
    checks={"path": {"pet_id": {"type": "string"}}},
)


class Pets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return PetsWithStreamingResponse(self)

    @cached_property
    def photo(self) -> PetsPhoto:
        return PetsPhoto(self._client)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: PetKind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Pet]:
        """List pets, a page at a time.

        Args:
          kind: The kind of a pet (documents every property that refers here).
        """

        from ..types.pet import Pet
        from ..types.pet_list import PetList

        return cast(
            "SyncCursorPage[Pet]",
            self._client.call_page(
                _LIST_PETS,
                query={"after": after, "limit": limit, "kind": kind},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PetList,
                item_type=Pet,
                cursor_param="after",
            ),
        )

    @overload
    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet: ...

    @overload
    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[PetEvent]: ...

    @overload
    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet | Stream[PetEvent]: ...

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet | Stream[PetEvent]:
        """Create a pet.

        Args:
          from_: A keyword as a property name.
          kind: The kind of a pet (documents every property that refers here).
          nickname: What the pet answers to (documented on the non-null variant, as 3.1 specs do).
        """

        from ..types.pet import Pet

        if stream is True:
            from ..types.pet_event import PetEvent

            return cast(
                "Stream[PetEvent]",
                self._client.call_stream(
                    _CREATE_PET,
                    body={
                        "name": name,
                        "from": from_,
                        "kind": kind,
                        "tags": tags,
                        "nickname": nickname,
                        "stream": stream,
                        "diet": diet,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=PetEvent,
                ),
            )
        return cast(
            "Pet | Stream[PetEvent]",
            self._client.call(
                _CREATE_PET,
                body={
                    "name": name,
                    "from": from_,
                    "kind": kind,
                    "tags": tags,
                    "nickname": nickname,
                    "stream": stream,
                    "diet": diet,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Pet,
            ),
        )

    def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """GET /pets/{pet_id}"""

        from ..types.pet import Pet

        return cast(
            "Pet",
            self._client.call(
                _GET_PET,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Pet,
            ),
        )

    def delete(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /pets/{pet_id}"""

        return cast(
            "None",
            self._client.call(
                _DELETE_PET,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    def adopt(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """POST /pets/{pet_id}/adopt"""

        return cast(
            "str",
            self._client.call(
                _ADOPT_PET,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=str,
            ),
        )


class AsyncPets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncPetsWithStreamingResponse(self)

    @cached_property
    def photo(self) -> AsyncPetsPhoto:
        return AsyncPetsPhoto(self._client)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: PetKind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Pet, AsyncCursorPage[Pet]]:
        """List pets, a page at a time.

        Args:
          kind: The kind of a pet (documents every property that refers here).
        """

        from ..types.pet import Pet
        from ..types.pet_list import PetList

        return cast(
            "AsyncPaginator[Pet, AsyncCursorPage[Pet]]",
            self._client.call_page(
                _LIST_PETS,
                query={"after": after, "limit": limit, "kind": kind},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PetList,
                item_type=Pet,
                cursor_param="after",
            ),
        )

    @overload
    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet: ...

    @overload
    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[PetEvent]: ...

    @overload
    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet | AsyncStream[PetEvent]: ...

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        kind: PetKind,
        tags: Sequence[TagSchemaParam] | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven | None = NOT_GIVEN,
        diet: str | CreatePetRequestCustomDietParam | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet | AsyncStream[PetEvent]:
        """Create a pet.

        Args:
          from_: A keyword as a property name.
          kind: The kind of a pet (documents every property that refers here).
          nickname: What the pet answers to (documented on the non-null variant, as 3.1 specs do).
        """

        from ..types.pet import Pet

        if stream is True:
            from ..types.pet_event import PetEvent

            return cast(
                "AsyncStream[PetEvent]",
                await self._client.call_stream(
                    _CREATE_PET,
                    body={
                        "name": name,
                        "from": from_,
                        "kind": kind,
                        "tags": tags,
                        "nickname": nickname,
                        "stream": stream,
                        "diet": diet,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=PetEvent,
                ),
            )
        return cast(
            "Pet | AsyncStream[PetEvent]",
            await self._client.call(
                _CREATE_PET,
                body={
                    "name": name,
                    "from": from_,
                    "kind": kind,
                    "tags": tags,
                    "nickname": nickname,
                    "stream": stream,
                    "diet": diet,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Pet,
            ),
        )

    async def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """GET /pets/{pet_id}"""

        from ..types.pet import Pet

        return cast(
            "Pet",
            await self._client.call(
                _GET_PET,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Pet,
            ),
        )

    async def delete(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /pets/{pet_id}"""

        return cast(
            "None",
            await self._client.call(
                _DELETE_PET,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )

    async def adopt(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """POST /pets/{pet_id}/adopt"""

        return cast(
            "str",
            await self._client.call(
                _ADOPT_PET,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=str,
            ),
        )


class PetsPhoto(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PetsPhotoWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return PetsPhotoWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsPhotoWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return PetsPhotoWithStreamingResponse(self)

    @cached_property
    def content(self) -> PetsPhotoContent:
        return PetsPhotoContent(self._client)

    def create(
        self,
        pet_id: str,
        *,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UploadPetPhotoResponse:
        """Upload a photo (multipart)."""

        from ..types.upload_pet_photo import UploadPetPhotoResponse

        return cast(
            "UploadPetPhotoResponse",
            self._client.call(
                _UPLOAD_PET_PHOTO,
                path_params={"pet_id": pet_id},
                headers={"X-Trace-Id": x_trace_id},
                body={"caption": caption},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UploadPetPhotoResponse,
            ),
        )


class AsyncPetsPhoto(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsPhotoWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncPetsPhotoWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsPhotoWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncPetsPhotoWithStreamingResponse(self)

    @cached_property
    def content(self) -> AsyncPetsPhotoContent:
        return AsyncPetsPhotoContent(self._client)

    async def create(
        self,
        pet_id: str,
        *,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UploadPetPhotoResponse:
        """Upload a photo (multipart)."""

        from ..types.upload_pet_photo import UploadPetPhotoResponse

        return cast(
            "UploadPetPhotoResponse",
            await self._client.call(
                _UPLOAD_PET_PHOTO,
                path_params={"pet_id": pet_id},
                headers={"X-Trace-Id": x_trace_id},
                body={"caption": caption},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UploadPetPhotoResponse,
            ),
        )


class PetsPhotoContent(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PetsPhotoContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return PetsPhotoContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsPhotoContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return PetsPhotoContentWithStreamingResponse(self)

    def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """GET /pets/{pet_id}/photo/content"""

        return cast(
            "BinaryResponse",
            self._client.call(
                _DOWNLOAD_PET_PHOTO,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class AsyncPetsPhotoContent(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsPhotoContentWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncPetsPhotoContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsPhotoContentWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncPetsPhotoContentWithStreamingResponse(self)

    async def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """GET /pets/{pet_id}/photo/content"""

        return cast(
            "BinaryResponse",
            await self._client.call(
                _DOWNLOAD_PET_PHOTO,
                path_params={"pet_id": pet_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class PetsWithRawResponse(ResourceView):
    _resource: Pets

    @property
    def photo(self) -> PetsPhotoWithRawResponse:
        return self._resource.photo.with_raw_response

    list = raw_method(Pets.list)
    create = raw_method(Pets.create)
    retrieve = raw_method(Pets.retrieve)
    delete = raw_method(Pets.delete)
    adopt = raw_method(Pets.adopt)


class PetsWithStreamingResponse(StreamingResourceView):
    _resource: Pets

    @property
    def photo(self) -> PetsPhotoWithStreamingResponse:
        return self._resource.photo.with_streaming_response

    list = streamed_method(Pets.list)
    create = streamed_method(Pets.create)
    retrieve = streamed_method(Pets.retrieve)
    delete = streamed_method(Pets.delete)
    adopt = streamed_method(Pets.adopt)


class AsyncPetsWithRawResponse(ResourceView):
    _resource: AsyncPets

    @property
    def photo(self) -> AsyncPetsPhotoWithRawResponse:
        return self._resource.photo.with_raw_response

    list = async_raw_method(AsyncPets.list)
    create = async_raw_method(AsyncPets.create)
    retrieve = async_raw_method(AsyncPets.retrieve)
    delete = async_raw_method(AsyncPets.delete)
    adopt = async_raw_method(AsyncPets.adopt)


class AsyncPetsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncPets

    @property
    def photo(self) -> AsyncPetsPhotoWithStreamingResponse:
        return self._resource.photo.with_streaming_response

    list = async_streamed_method(AsyncPets.list)
    create = async_streamed_method(AsyncPets.create)
    retrieve = async_streamed_method(AsyncPets.retrieve)
    delete = async_streamed_method(AsyncPets.delete)
    adopt = async_streamed_method(AsyncPets.adopt)


class PetsPhotoWithRawResponse(ResourceView):
    _resource: PetsPhoto

    @property
    def content(self) -> PetsPhotoContentWithRawResponse:
        return self._resource.content.with_raw_response

    create = raw_method(PetsPhoto.create)


class PetsPhotoWithStreamingResponse(StreamingResourceView):
    _resource: PetsPhoto

    @property
    def content(self) -> PetsPhotoContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    create = streamed_method(PetsPhoto.create)


class AsyncPetsPhotoWithRawResponse(ResourceView):
    _resource: AsyncPetsPhoto

    @property
    def content(self) -> AsyncPetsPhotoContentWithRawResponse:
        return self._resource.content.with_raw_response

    create = async_raw_method(AsyncPetsPhoto.create)


class AsyncPetsPhotoWithStreamingResponse(StreamingResourceView):
    _resource: AsyncPetsPhoto

    @property
    def content(self) -> AsyncPetsPhotoContentWithStreamingResponse:
        return self._resource.content.with_streaming_response

    create = async_streamed_method(AsyncPetsPhoto.create)


class PetsPhotoContentWithRawResponse(ResourceView):
    _resource: PetsPhotoContent

    retrieve = raw_method(PetsPhotoContent.retrieve)


class PetsPhotoContentWithStreamingResponse(StreamingResourceView):
    _resource: PetsPhotoContent

    retrieve = streamed_method(PetsPhotoContent.retrieve)


class AsyncPetsPhotoContentWithRawResponse(ResourceView):
    _resource: AsyncPetsPhotoContent

    retrieve = async_raw_method(AsyncPetsPhotoContent.retrieve)


class AsyncPetsPhotoContentWithStreamingResponse(StreamingResourceView):
    _resource: AsyncPetsPhotoContent

    retrieve = async_streamed_method(AsyncPetsPhotoContent.retrieve)
