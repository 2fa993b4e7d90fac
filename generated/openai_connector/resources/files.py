# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
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
from ..lib.helpers.polling import AsyncFilesPolling, FilesPolling

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..types.file_deleted import FileDeleted
    from ..types.file_expiration_after import FileExpirationAfterParam
    from ..types.file_object import FileObject

_LIST_FILES = Operation(
    api="openai",
    operation_id="listFiles",
    method="GET",
    path="/files",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "purpose": {"type": "string"},
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_FILE = Operation(
    api="openai",
    operation_id="createFile",
    method="POST",
    path="/files",
    request_kind="multipart",
    response_kind="json",
    checks={"body": {"purpose": {"type": "string"}, "expires_after": {"type": "object"}}},
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_FILE = Operation(
    api="openai",
    operation_id="retrieveFile",
    method="GET",
    path="/files/{file_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_FILE = Operation(
    api="openai",
    operation_id="deleteFile",
    method="DELETE",
    path="/files/{file_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DOWNLOAD_FILE = Operation(
    api="openai",
    operation_id="downloadFile",
    method="GET",
    path="/files/{file_id}/content",
    request_kind="none",
    response_kind="binary",
    accept="application/octet-stream",
    checks={"path": {"file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DOWNLOAD_FILE_RETRIEVE_CONTENT = Operation(
    api="openai",
    operation_id="downloadFile",
    method="GET",
    path="/files/{file_id}/content",
    request_kind="none",
    response_kind="text",
    accept="application/octet-stream",
    checks={"path": {"file_id": {"type": "string"}}},
    deprecated=True,
    deprecation="The `.content()` method should be used instead",
    security=("api_key",),
    version_param="api-version",
)


class Files(FilesPolling, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FilesWithStreamingResponse(self)

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[FileObject]:
        """Returns a list of files.

        Args:
          purpose: Only return files with the given purpose.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.file_object import FileObject
        from ..types.list_files_response import ListFilesResponse

        return cast(
            "SyncCursorPage[FileObject]",
            self._client.call_page(
                _LIST_FILES,
                query={"purpose": purpose, "limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFilesResponse,
                item_type=FileObject,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: FileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
          file: The File object (not file name) to be uploaded.
          purpose: The intended purpose of the uploaded file. One of: - `assistants`: Used in the Assistants API - `batch`: Used in the Batch API - `fine-tune`: Used for fine-tuning - `vision`: Images used for vision fine-tuning - `user_data`: Flexible file type for any purpose - `evals`: Used for eval data sets
          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """

        from ..types.file_object import FileObject

        return cast(
            "FileObject",
            self._client.call(
                _CREATE_FILE,
                body={"purpose": purpose, "expires_after": expires_after},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FileObject,
            ),
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Returns information about a specific file.

        Args:
          file_id: The ID of the file to use for this request.
        """

        from ..types.file_object import FileObject

        return cast(
            "FileObject",
            self._client.call(
                _RETRIEVE_FILE,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FileObject,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FileDeleted:
        """Delete a file and remove it from all vector stores.

        Args:
          file_id: The ID of the file to use for this request.
        """

        from ..types.file_deleted import FileDeleted

        return cast(
            "FileDeleted",
            self._client.call(
                _DELETE_FILE,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FileDeleted,
            ),
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _DOWNLOAD_FILE,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )

    def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """Deprecated: The `.content()` method should be used instead

        Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.
        """

        return cast(
            "str",
            self._client.call(
                _DOWNLOAD_FILE_RETRIEVE_CONTENT,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=str,
            ),
        )


class AsyncFiles(AsyncFilesPolling, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFilesWithStreamingResponse(self)

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]:
        """Returns a list of files.

        Args:
          purpose: Only return files with the given purpose.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.file_object import FileObject
        from ..types.list_files_response import ListFilesResponse

        return cast(
            "AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]",
            self._client.call_page(
                _LIST_FILES,
                query={"purpose": purpose, "limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFilesResponse,
                item_type=FileObject,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: FileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
          file: The File object (not file name) to be uploaded.
          purpose: The intended purpose of the uploaded file. One of: - `assistants`: Used in the Assistants API - `batch`: Used in the Batch API - `fine-tune`: Used for fine-tuning - `vision`: Images used for vision fine-tuning - `user_data`: Flexible file type for any purpose - `evals`: Used for eval data sets
          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """

        from ..types.file_object import FileObject

        return cast(
            "FileObject",
            await self._client.call(
                _CREATE_FILE,
                body={"purpose": purpose, "expires_after": expires_after},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FileObject,
            ),
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Returns information about a specific file.

        Args:
          file_id: The ID of the file to use for this request.
        """

        from ..types.file_object import FileObject

        return cast(
            "FileObject",
            await self._client.call(
                _RETRIEVE_FILE,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FileObject,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FileDeleted:
        """Delete a file and remove it from all vector stores.

        Args:
          file_id: The ID of the file to use for this request.
        """

        from ..types.file_deleted import FileDeleted

        return cast(
            "FileDeleted",
            await self._client.call(
                _DELETE_FILE,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FileDeleted,
            ),
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _DOWNLOAD_FILE,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )

    async def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """Deprecated: The `.content()` method should be used instead

        Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.
        """

        return cast(
            "str",
            await self._client.call(
                _DOWNLOAD_FILE_RETRIEVE_CONTENT,
                path_params={"file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=str,
            ),
        )


class FilesWithRawResponse(ResourceView):
    _resource: Files

    list = raw_method(Files.list)
    create = raw_method(Files.create)
    retrieve = raw_method(Files.retrieve)
    delete = raw_method(Files.delete)
    content = raw_method(Files.content)
    retrieve_content = raw_method(Files.retrieve_content)


class FilesWithStreamingResponse(StreamingResourceView):
    _resource: Files

    list = streamed_method(Files.list)
    create = streamed_method(Files.create)
    retrieve = streamed_method(Files.retrieve)
    delete = streamed_method(Files.delete)
    content = streamed_method(Files.content)
    retrieve_content = streamed_method(Files.retrieve_content)


class AsyncFilesWithRawResponse(ResourceView):
    _resource: AsyncFiles

    list = async_raw_method(AsyncFiles.list)
    create = async_raw_method(AsyncFiles.create)
    retrieve = async_raw_method(AsyncFiles.retrieve)
    delete = async_raw_method(AsyncFiles.delete)
    content = async_raw_method(AsyncFiles.content)
    retrieve_content = async_raw_method(AsyncFiles.retrieve_content)


class AsyncFilesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFiles

    list = async_streamed_method(AsyncFiles.list)
    create = async_streamed_method(AsyncFiles.create)
    retrieve = async_streamed_method(AsyncFiles.retrieve)
    delete = async_streamed_method(AsyncFiles.delete)
    content = async_streamed_method(AsyncFiles.content)
    retrieve_content = async_streamed_method(AsyncFiles.retrieve_content)
