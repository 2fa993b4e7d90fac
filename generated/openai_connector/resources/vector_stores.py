# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)
from ..lib.helpers.polling import (
    AsyncFileBatchesPolling,
    AsyncVectorStoreFilesPolling,
    FileBatchesPolling,
    VectorStoreFilesPolling,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPage,
        AsyncPaginator,
        SyncCursorPage,
        SyncPage,
    )
    from ..types.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from ..types.chunking_strategy_request_param import ChunkingStrategyRequestParam
    from ..types.comparison_filter import ComparisonFilterParam
    from ..types.compound_filter import CompoundFilterParam
    from ..types.create_vector_store_file_request import CreateVectorStoreFileRequestParam
    from ..types.metadata import Metadata
    from ..types.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from ..types.vector_store import VectorStore
    from ..types.vector_store_deleted import VectorStoreDeleted
    from ..types.vector_store_expiration_after import VectorStoreExpirationAfterParam
    from ..types.vector_store_file import VectorStoreFile
    from ..types.vector_store_file_attributes import VectorStoreFileAttributes
    from ..types.vector_store_file_batch import VectorStoreFileBatch
    from ..types.vector_store_file_content_response import (
        VectorStoreFileContentResponseDataItem,
    )
    from ..types.vector_store_file_deleted import VectorStoreFileDeleted
    from ..types.vector_store_search_request import VectorStoreSearchRequestRankingOptionsParam
    from ..types.vector_store_search_result_item import VectorStoreSearchResultItem

_LIST_VECTOR_STORES = Operation(
    api="openai",
    operation_id="listVectorStores",
    method="GET",
    path="/vector_stores",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_VECTOR_STORE = Operation(
    api="openai",
    operation_id="createVectorStore",
    method="POST",
    path="/vector_stores",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "file_ids": {"type": "array", "maxItems": 500},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "expires_after": {"type": "object"},
            "chunking_strategy": {"type": "object"},
            "metadata": {"type": "object", "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_VECTOR_STORE = Operation(
    api="openai",
    operation_id="getVectorStore",
    method="GET",
    path="/vector_stores/{vector_store_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_MODIFY_VECTOR_STORE = Operation(
    api="openai",
    operation_id="modifyVectorStore",
    method="POST",
    path="/vector_stores/{vector_store_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}},
        "body": {
            "name": {"type": "string", "nullable": True},
            "expires_after": {"type": "object"},
            "metadata": {"type": "object", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_DELETE_VECTOR_STORE = Operation(
    api="openai",
    operation_id="deleteVectorStore",
    method="DELETE",
    path="/vector_stores/{vector_store_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_SEARCH_VECTOR_STORE = Operation(
    api="openai",
    operation_id="searchVectorStore",
    method="POST",
    path="/vector_stores/{vector_store_id}/search",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}},
        "body": {
            "query": {"anyOf": [{"type": "string"}, {"type": "array"}]},
            "rewrite_query": {"type": "boolean"},
            "max_num_results": {"type": "integer", "minimum": 1, "maximum": 50},
            "filters": {"type": "object"},
            "ranking_options": {"type": "object"},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VECTOR_STORE_FILE_BATCH = Operation(
    api="openai",
    operation_id="createVectorStoreFileBatch",
    method="POST",
    path="/vector_stores/{vector_store_id}/file_batches",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}},
        "body": {
            "file_ids": {"type": "array", "minItems": 1, "maxItems": 2000},
            "files": {"type": "array", "minItems": 1, "maxItems": 2000},
            "chunking_strategy": {"type": "object"},
            "attributes": {"type": "object", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_VECTOR_STORE_FILE_BATCH = Operation(
    api="openai",
    operation_id="getVectorStoreFileBatch",
    method="GET",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}, "batch_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_VECTOR_STORE_FILE_BATCH = Operation(
    api="openai",
    operation_id="cancelVectorStoreFileBatch",
    method="POST",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}, "batch_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_FILES_IN_VECTOR_STORE_BATCH = Operation(
    api="openai",
    operation_id="listFilesInVectorStoreBatch",
    method="GET",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}, "batch_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "filter": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_LIST_VECTOR_STORE_FILES = Operation(
    api="openai",
    operation_id="listVectorStoreFiles",
    method="GET",
    path="/vector_stores/{vector_store_id}/files",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "filter": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_VECTOR_STORE_FILE = Operation(
    api="openai",
    operation_id="createVectorStoreFile",
    method="POST",
    path="/vector_stores/{vector_store_id}/files",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}},
        "body": {
            "file_id": {"type": "string"},
            "chunking_strategy": {"type": "object"},
            "attributes": {"type": "object", "nullable": True},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_VECTOR_STORE_FILE = Operation(
    api="openai",
    operation_id="getVectorStoreFile",
    method="GET",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}, "file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_UPDATE_VECTOR_STORE_FILE_ATTRIBUTES = Operation(
    api="openai",
    operation_id="updateVectorStoreFileAttributes",
    method="POST",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"vector_store_id": {"type": "string"}, "file_id": {"type": "string"}},
        "body": {"attributes": {"type": "object", "nullable": True}},
    },
    security=("api_key",),
    version_param="api-version",
)

_DELETE_VECTOR_STORE_FILE = Operation(
    api="openai",
    operation_id="deleteVectorStoreFile",
    method="DELETE",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}, "file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_VECTOR_STORE_FILE_CONTENT = Operation(
    api="openai",
    operation_id="retrieveVectorStoreFileContent",
    method="GET",
    path="/vector_stores/{vector_store_id}/files/{file_id}/content",
    request_kind="none",
    response_kind="json",
    checks={"path": {"vector_store_id": {"type": "string"}, "file_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class VectorStores(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VectorStoresWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return VectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return VectorStoresWithStreamingResponse(self)

    @cached_property
    def file_batches(self) -> VectorStoresFileBatches:
        return VectorStoresFileBatches(self._client)

    @cached_property
    def files(self) -> VectorStoresFiles:
        return VectorStoresFiles(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[VectorStore]:
        """Returns a list of vector stores.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.list_vector_stores_response import ListVectorStoresResponse
        from ..types.vector_store import VectorStore

        return cast(
            "SyncCursorPage[VectorStore]",
            self._client.call_page(
                _LIST_VECTOR_STORES,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListVectorStoresResponse,
                item_type=VectorStore,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfterParam | NotGiven = NOT_GIVEN,
        chunking_strategy: AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """Create a vector store.

        Args:
          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
          name: The name of the vector store.
          description: A description for the vector store. Can be used to describe the vector store's purpose.
          expires_after: The expiration policy for a vector store.
          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.vector_store import VectorStore

        return cast(
            "VectorStore",
            self._client.call(
                _CREATE_VECTOR_STORE,
                body={
                    "file_ids": file_ids,
                    "name": name,
                    "description": description,
                    "expires_after": expires_after,
                    "chunking_strategy": chunking_strategy,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStore,
            ),
        )

    def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """Retrieves a vector store.

        Args:
          vector_store_id: The ID of the vector store to retrieve.
        """

        from ..types.vector_store import VectorStore

        return cast(
            "VectorStore",
            self._client.call(
                _GET_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStore,
            ),
        )

    def update(
        self,
        vector_store_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfterParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """Modifies a vector store.

        Args:
          vector_store_id: The ID of the vector store to modify.
          name: The name of the vector store.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.vector_store import VectorStore

        return cast(
            "VectorStore",
            self._client.call(
                _MODIFY_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                body={"name": name, "expires_after": expires_after, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStore,
            ),
        )

    def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreDeleted:
        """Delete a vector store.

        Args:
          vector_store_id: The ID of the vector store to delete.
        """

        from ..types.vector_store_deleted import VectorStoreDeleted

        return cast(
            "VectorStoreDeleted",
            self._client.call(
                _DELETE_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreDeleted,
            ),
        )

    def search(
        self,
        vector_store_id: str,
        *,
        query: str | Sequence[str],
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilterParam | CompoundFilterParam | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VectorStoreSearchResultItem]:
        """Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
          vector_store_id: The ID of the vector store to search.
          query: A query string for a search
          rewrite_query: Whether to rewrite the natural language query for vector search.
          max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
          filters: A filter to apply based on file attributes.
          ranking_options: Ranking options for search.
        """

        from ..types.vector_store_search_result_item import VectorStoreSearchResultItem
        from ..types.vector_store_search_results_page import VectorStoreSearchResultsPage

        return cast(
            "SyncPage[VectorStoreSearchResultItem]",
            self._client.call_page(
                _SEARCH_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                body={
                    "query": query,
                    "rewrite_query": rewrite_query,
                    "max_num_results": max_num_results,
                    "filters": filters,
                    "ranking_options": ranking_options,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreSearchResultsPage,
                item_type=VectorStoreSearchResultItem,
                cursor_param=None,
            ),
        )


class AsyncVectorStores(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncVectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncVectorStoresWithStreamingResponse(self)

    @cached_property
    def file_batches(self) -> AsyncVectorStoresFileBatches:
        return AsyncVectorStoresFileBatches(self._client)

    @cached_property
    def files(self) -> AsyncVectorStoresFiles:
        return AsyncVectorStoresFiles(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]:
        """Returns a list of vector stores.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.list_vector_stores_response import ListVectorStoresResponse
        from ..types.vector_store import VectorStore

        return cast(
            "AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]",
            self._client.call_page(
                _LIST_VECTOR_STORES,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListVectorStoresResponse,
                item_type=VectorStore,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfterParam | NotGiven = NOT_GIVEN,
        chunking_strategy: AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """Create a vector store.

        Args:
          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
          name: The name of the vector store.
          description: A description for the vector store. Can be used to describe the vector store's purpose.
          expires_after: The expiration policy for a vector store.
          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.vector_store import VectorStore

        return cast(
            "VectorStore",
            await self._client.call(
                _CREATE_VECTOR_STORE,
                body={
                    "file_ids": file_ids,
                    "name": name,
                    "description": description,
                    "expires_after": expires_after,
                    "chunking_strategy": chunking_strategy,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStore,
            ),
        )

    async def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """Retrieves a vector store.

        Args:
          vector_store_id: The ID of the vector store to retrieve.
        """

        from ..types.vector_store import VectorStore

        return cast(
            "VectorStore",
            await self._client.call(
                _GET_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStore,
            ),
        )

    async def update(
        self,
        vector_store_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfterParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """Modifies a vector store.

        Args:
          vector_store_id: The ID of the vector store to modify.
          name: The name of the vector store.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.vector_store import VectorStore

        return cast(
            "VectorStore",
            await self._client.call(
                _MODIFY_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                body={"name": name, "expires_after": expires_after, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStore,
            ),
        )

    async def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreDeleted:
        """Delete a vector store.

        Args:
          vector_store_id: The ID of the vector store to delete.
        """

        from ..types.vector_store_deleted import VectorStoreDeleted

        return cast(
            "VectorStoreDeleted",
            await self._client.call(
                _DELETE_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreDeleted,
            ),
        )

    def search(
        self,
        vector_store_id: str,
        *,
        query: str | Sequence[str],
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilterParam | CompoundFilterParam | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreSearchResultItem, AsyncPage[VectorStoreSearchResultItem]]:
        """Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
          vector_store_id: The ID of the vector store to search.
          query: A query string for a search
          rewrite_query: Whether to rewrite the natural language query for vector search.
          max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
          filters: A filter to apply based on file attributes.
          ranking_options: Ranking options for search.
        """

        from ..types.vector_store_search_result_item import VectorStoreSearchResultItem
        from ..types.vector_store_search_results_page import VectorStoreSearchResultsPage

        return cast(
            "AsyncPaginator[VectorStoreSearchResultItem, AsyncPage[VectorStoreSearchResultItem]]",
            self._client.call_page(
                _SEARCH_VECTOR_STORE,
                path_params={"vector_store_id": vector_store_id},
                body={
                    "query": query,
                    "rewrite_query": rewrite_query,
                    "max_num_results": max_num_results,
                    "filters": filters,
                    "ranking_options": ranking_options,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreSearchResultsPage,
                item_type=VectorStoreSearchResultItem,
                cursor_param=None,
            ),
        )


class VectorStoresFileBatches(FileBatchesPolling, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VectorStoresFileBatchesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return VectorStoresFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresFileBatchesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return VectorStoresFileBatchesWithStreamingResponse(self)

    def create(
        self,
        vector_store_id: str,
        *,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        files: Sequence[CreateVectorStoreFileRequestParam] | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Create a vector store file batch.

        The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint is recommended.

        Args:
          vector_store_id: The ID of the vector store for which to create a File Batch.
          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files. If `attributes` or `chunking_strategy` are provided, they will be applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.
          files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.
          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters, booleans, or numbers.
        """

        from ..types.vector_store_file_batch import VectorStoreFileBatch

        return cast(
            "VectorStoreFileBatch",
            self._client.call(
                _CREATE_VECTOR_STORE_FILE_BATCH,
                path_params={"vector_store_id": vector_store_id},
                body={
                    "file_ids": file_ids,
                    "files": files,
                    "chunking_strategy": chunking_strategy,
                    "attributes": attributes,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileBatch,
            ),
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Retrieves a vector store file batch.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.
          batch_id: The ID of the file batch being retrieved.
        """

        from ..types.vector_store_file_batch import VectorStoreFileBatch

        return cast(
            "VectorStoreFileBatch",
            self._client.call(
                _GET_VECTOR_STORE_FILE_BATCH,
                path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileBatch,
            ),
        )

    def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.
          batch_id: The ID of the file batch to cancel.
        """

        from ..types.vector_store_file_batch import VectorStoreFileBatch

        return cast(
            "VectorStoreFileBatch",
            self._client.call(
                _CANCEL_VECTOR_STORE_FILE_BATCH,
                path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileBatch,
            ),
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[VectorStoreFile]:
        """Returns a list of vector store files in a batch.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.
          batch_id: The ID of the file batch that the files belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """

        from ..types.list_vector_store_files_response import ListVectorStoreFilesResponse
        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "SyncCursorPage[VectorStoreFile]",
            self._client.call_page(
                _LIST_FILES_IN_VECTOR_STORE_BATCH,
                path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListVectorStoreFilesResponse,
                item_type=VectorStoreFile,
                cursor_param="after",
            ),
        )

    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        files: Sequence[CreateVectorStoreFileRequestParam] | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Create a file batch, then poll it.

        The arguments of `create`, and `poll_interval_ms`, `poll_timeout`.
        """

        return self._create_and_poll(
            vector_store_id=vector_store_id,
            file_ids=file_ids,
            files=files,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: Sequence[str] = (),
        files: Iterable[FileTypes],
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        max_concurrency: int = 5,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Upload `files`, batch them, poll.

        The arguments of `create`, and `files`, `file_ids`, `max_concurrency`, `poll_interval_ms`, `poll_timeout`.
        """

        return self._upload_and_poll(
            vector_store_id=vector_store_id,
            file_ids=file_ids,
            files=files,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            max_concurrency=max_concurrency,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncVectorStoresFileBatches(AsyncFileBatchesPolling, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresFileBatchesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncVectorStoresFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresFileBatchesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncVectorStoresFileBatchesWithStreamingResponse(self)

    async def create(
        self,
        vector_store_id: str,
        *,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        files: Sequence[CreateVectorStoreFileRequestParam] | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Create a vector store file batch.

        The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint is recommended.

        Args:
          vector_store_id: The ID of the vector store for which to create a File Batch.
          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files. If `attributes` or `chunking_strategy` are provided, they will be applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.
          files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.
          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters, booleans, or numbers.
        """

        from ..types.vector_store_file_batch import VectorStoreFileBatch

        return cast(
            "VectorStoreFileBatch",
            await self._client.call(
                _CREATE_VECTOR_STORE_FILE_BATCH,
                path_params={"vector_store_id": vector_store_id},
                body={
                    "file_ids": file_ids,
                    "files": files,
                    "chunking_strategy": chunking_strategy,
                    "attributes": attributes,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileBatch,
            ),
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Retrieves a vector store file batch.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.
          batch_id: The ID of the file batch being retrieved.
        """

        from ..types.vector_store_file_batch import VectorStoreFileBatch

        return cast(
            "VectorStoreFileBatch",
            await self._client.call(
                _GET_VECTOR_STORE_FILE_BATCH,
                path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileBatch,
            ),
        )

    async def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        Args:
          vector_store_id: The ID of the vector store that the file batch belongs to.
          batch_id: The ID of the file batch to cancel.
        """

        from ..types.vector_store_file_batch import VectorStoreFileBatch

        return cast(
            "VectorStoreFileBatch",
            await self._client.call(
                _CANCEL_VECTOR_STORE_FILE_BATCH,
                path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileBatch,
            ),
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """Returns a list of vector store files in a batch.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.
          batch_id: The ID of the file batch that the files belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """

        from ..types.list_vector_store_files_response import ListVectorStoreFilesResponse
        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]",
            self._client.call_page(
                _LIST_FILES_IN_VECTOR_STORE_BATCH,
                path_params={"vector_store_id": vector_store_id, "batch_id": batch_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListVectorStoreFilesResponse,
                item_type=VectorStoreFile,
                cursor_param="after",
            ),
        )

    async def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        files: Sequence[CreateVectorStoreFileRequestParam] | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Create a file batch, then poll it.

        The arguments of `create`, and `poll_interval_ms`, `poll_timeout`.
        """

        return await self._create_and_poll(
            vector_store_id=vector_store_id,
            file_ids=file_ids,
            files=files,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: Sequence[str] = (),
        files: Iterable[FileTypes],
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        max_concurrency: int = 5,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Upload `files`, batch them, poll.

        The arguments of `create`, and `files`, `file_ids`, `max_concurrency`, `poll_interval_ms`, `poll_timeout`.
        """

        return await self._upload_and_poll(
            vector_store_id=vector_store_id,
            file_ids=file_ids,
            files=files,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            max_concurrency=max_concurrency,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class VectorStoresFiles(VectorStoreFilesPolling, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VectorStoresFilesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return VectorStoresFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresFilesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return VectorStoresFilesWithStreamingResponse(self)

    def list(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[VectorStoreFile]:
        """Returns a list of vector store files.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """

        from ..types.list_vector_store_files_response import ListVectorStoreFilesResponse
        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "SyncCursorPage[VectorStoreFile]",
            self._client.call_page(
                _LIST_VECTOR_STORE_FILES,
                path_params={"vector_store_id": vector_store_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListVectorStoreFilesResponse,
                item_type=VectorStoreFile,
                cursor_param="after",
            ),
        )

    def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector store](/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.

        Args:
          vector_store_id: The ID of the vector store for which to create a File.
          file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.
          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters, booleans, or numbers.
        """

        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "VectorStoreFile",
            self._client.call(
                _CREATE_VECTOR_STORE_FILE,
                path_params={"vector_store_id": vector_store_id},
                body={"file_id": file_id, "chunking_strategy": chunking_strategy, "attributes": attributes},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFile,
            ),
        )

    def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Retrieves a vector store file.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.
          file_id: The ID of the file being retrieved.
        """

        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "VectorStoreFile",
            self._client.call(
                _GET_VECTOR_STORE_FILE,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFile,
            ),
        )

    def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: VectorStoreFileAttributes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Update attributes on a vector store file.

        Args:
          vector_store_id: The ID of the vector store the file belongs to.
          file_id: The ID of the file to update attributes.
          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters, booleans, or numbers.
        """

        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "VectorStoreFile",
            self._client.call(
                _UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                body={"attributes": attributes},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFile,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileDeleted:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.
          file_id: The ID of the file to delete.
        """

        from ..types.vector_store_file_deleted import VectorStoreFileDeleted

        return cast(
            "VectorStoreFileDeleted",
            self._client.call(
                _DELETE_VECTOR_STORE_FILE,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileDeleted,
            ),
        )

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VectorStoreFileContentResponseDataItem]:
        """Retrieve the parsed contents of a vector store file.

        Args:
          vector_store_id: The ID of the vector store.
          file_id: The ID of the file within the vector store.
        """

        from ..types.vector_store_file_content_response import (
            VectorStoreFileContentResponse,
            VectorStoreFileContentResponseDataItem,
        )

        return cast(
            "SyncPage[VectorStoreFileContentResponseDataItem]",
            self._client.call_page(
                _RETRIEVE_VECTOR_STORE_FILE_CONTENT,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileContentResponse,
                item_type=VectorStoreFileContentResponseDataItem,
                cursor_param=None,
            ),
        )

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Attach a file, then poll it.

        The arguments of `create`, and `poll_interval_ms`, `poll_timeout`.
        """

        return self._create_and_poll(
            file_id=file_id,
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload(
        self,
        *,
        vector_store_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        file: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload `file`, then attach it.

        The arguments of `create` but `file_id`, and `file`.
        """

        return self._upload(
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            file=file,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        file: FileTypes,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload, attach, poll.

        The arguments of `create` but `file_id`, and `file`, `poll_interval_ms`, `poll_timeout`.
        """

        return self._upload_and_poll(
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            file=file,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncVectorStoresFiles(AsyncVectorStoreFilesPolling, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresFilesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncVectorStoresFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresFilesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncVectorStoresFilesWithStreamingResponse(self)

    def list(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """Returns a list of vector store files.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """

        from ..types.list_vector_store_files_response import ListVectorStoreFilesResponse
        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]",
            self._client.call_page(
                _LIST_VECTOR_STORE_FILES,
                path_params={"vector_store_id": vector_store_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListVectorStoreFilesResponse,
                item_type=VectorStoreFile,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector store](/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.

        Args:
          vector_store_id: The ID of the vector store for which to create a File.
          file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.
          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters, booleans, or numbers.
        """

        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "VectorStoreFile",
            await self._client.call(
                _CREATE_VECTOR_STORE_FILE,
                path_params={"vector_store_id": vector_store_id},
                body={"file_id": file_id, "chunking_strategy": chunking_strategy, "attributes": attributes},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFile,
            ),
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Retrieves a vector store file.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.
          file_id: The ID of the file being retrieved.
        """

        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "VectorStoreFile",
            await self._client.call(
                _GET_VECTOR_STORE_FILE,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFile,
            ),
        )

    async def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: VectorStoreFileAttributes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Update attributes on a vector store file.

        Args:
          vector_store_id: The ID of the vector store the file belongs to.
          file_id: The ID of the file to update attributes.
          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters, booleans, or numbers.
        """

        from ..types.vector_store_file import VectorStoreFile

        return cast(
            "VectorStoreFile",
            await self._client.call(
                _UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                body={"attributes": attributes},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFile,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileDeleted:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
          vector_store_id: The ID of the vector store that the file belongs to.
          file_id: The ID of the file to delete.
        """

        from ..types.vector_store_file_deleted import VectorStoreFileDeleted

        return cast(
            "VectorStoreFileDeleted",
            await self._client.call(
                _DELETE_VECTOR_STORE_FILE,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileDeleted,
            ),
        )

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreFileContentResponseDataItem, AsyncPage[VectorStoreFileContentResponseDataItem]]:
        """Retrieve the parsed contents of a vector store file.

        Args:
          vector_store_id: The ID of the vector store.
          file_id: The ID of the file within the vector store.
        """

        from ..types.vector_store_file_content_response import (
            VectorStoreFileContentResponse,
            VectorStoreFileContentResponseDataItem,
        )

        return cast(
            "AsyncPaginator[VectorStoreFileContentResponseDataItem, AsyncPage[VectorStoreFileContentResponseDataItem]]",
            self._client.call_page(
                _RETRIEVE_VECTOR_STORE_FILE_CONTENT,
                path_params={"vector_store_id": vector_store_id, "file_id": file_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VectorStoreFileContentResponse,
                item_type=VectorStoreFileContentResponseDataItem,
                cursor_param=None,
            ),
        )

    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Attach a file, then poll it.

        The arguments of `create`, and `poll_interval_ms`, `poll_timeout`.
        """

        return await self._create_and_poll(
            file_id=file_id,
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload(
        self,
        *,
        vector_store_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        file: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload `file`, then attach it.

        The arguments of `create` but `file_id`, and `file`.
        """

        return await self._upload(
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            file=file,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        file: FileTypes,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload, attach, poll.

        The arguments of `create` but `file_id`, and `file`, `poll_interval_ms`, `poll_timeout`.
        """

        return await self._upload_and_poll(
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
            file=file,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class VectorStoresWithRawResponse(ResourceView):
    _resource: VectorStores

    @property
    def file_batches(self) -> VectorStoresFileBatchesWithRawResponse:
        return self._resource.file_batches.with_raw_response

    @property
    def files(self) -> VectorStoresFilesWithRawResponse:
        return self._resource.files.with_raw_response

    list = raw_method(VectorStores.list)
    create = raw_method(VectorStores.create)
    retrieve = raw_method(VectorStores.retrieve)
    update = raw_method(VectorStores.update)
    delete = raw_method(VectorStores.delete)
    search = raw_method(VectorStores.search)


class VectorStoresWithStreamingResponse(StreamingResourceView):
    _resource: VectorStores

    @property
    def file_batches(self) -> VectorStoresFileBatchesWithStreamingResponse:
        return self._resource.file_batches.with_streaming_response

    @property
    def files(self) -> VectorStoresFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response

    list = streamed_method(VectorStores.list)
    create = streamed_method(VectorStores.create)
    retrieve = streamed_method(VectorStores.retrieve)
    update = streamed_method(VectorStores.update)
    delete = streamed_method(VectorStores.delete)
    search = streamed_method(VectorStores.search)


class AsyncVectorStoresWithRawResponse(ResourceView):
    _resource: AsyncVectorStores

    @property
    def file_batches(self) -> AsyncVectorStoresFileBatchesWithRawResponse:
        return self._resource.file_batches.with_raw_response

    @property
    def files(self) -> AsyncVectorStoresFilesWithRawResponse:
        return self._resource.files.with_raw_response

    list = async_raw_method(AsyncVectorStores.list)
    create = async_raw_method(AsyncVectorStores.create)
    retrieve = async_raw_method(AsyncVectorStores.retrieve)
    update = async_raw_method(AsyncVectorStores.update)
    delete = async_raw_method(AsyncVectorStores.delete)
    search = async_raw_method(AsyncVectorStores.search)


class AsyncVectorStoresWithStreamingResponse(StreamingResourceView):
    _resource: AsyncVectorStores

    @property
    def file_batches(self) -> AsyncVectorStoresFileBatchesWithStreamingResponse:
        return self._resource.file_batches.with_streaming_response

    @property
    def files(self) -> AsyncVectorStoresFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response

    list = async_streamed_method(AsyncVectorStores.list)
    create = async_streamed_method(AsyncVectorStores.create)
    retrieve = async_streamed_method(AsyncVectorStores.retrieve)
    update = async_streamed_method(AsyncVectorStores.update)
    delete = async_streamed_method(AsyncVectorStores.delete)
    search = async_streamed_method(AsyncVectorStores.search)


class VectorStoresFileBatchesWithRawResponse(ResourceView):
    _resource: VectorStoresFileBatches

    create = raw_method(VectorStoresFileBatches.create)
    retrieve = raw_method(VectorStoresFileBatches.retrieve)
    cancel = raw_method(VectorStoresFileBatches.cancel)
    list_files = raw_method(VectorStoresFileBatches.list_files)


class VectorStoresFileBatchesWithStreamingResponse(StreamingResourceView):
    _resource: VectorStoresFileBatches

    create = streamed_method(VectorStoresFileBatches.create)
    retrieve = streamed_method(VectorStoresFileBatches.retrieve)
    cancel = streamed_method(VectorStoresFileBatches.cancel)
    list_files = streamed_method(VectorStoresFileBatches.list_files)


class AsyncVectorStoresFileBatchesWithRawResponse(ResourceView):
    _resource: AsyncVectorStoresFileBatches

    create = async_raw_method(AsyncVectorStoresFileBatches.create)
    retrieve = async_raw_method(AsyncVectorStoresFileBatches.retrieve)
    cancel = async_raw_method(AsyncVectorStoresFileBatches.cancel)
    list_files = async_raw_method(AsyncVectorStoresFileBatches.list_files)


class AsyncVectorStoresFileBatchesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncVectorStoresFileBatches

    create = async_streamed_method(AsyncVectorStoresFileBatches.create)
    retrieve = async_streamed_method(AsyncVectorStoresFileBatches.retrieve)
    cancel = async_streamed_method(AsyncVectorStoresFileBatches.cancel)
    list_files = async_streamed_method(AsyncVectorStoresFileBatches.list_files)


class VectorStoresFilesWithRawResponse(ResourceView):
    _resource: VectorStoresFiles

    list = raw_method(VectorStoresFiles.list)
    create = raw_method(VectorStoresFiles.create)
    retrieve = raw_method(VectorStoresFiles.retrieve)
    update = raw_method(VectorStoresFiles.update)
    delete = raw_method(VectorStoresFiles.delete)
    content = raw_method(VectorStoresFiles.content)


class VectorStoresFilesWithStreamingResponse(StreamingResourceView):
    _resource: VectorStoresFiles

    list = streamed_method(VectorStoresFiles.list)
    create = streamed_method(VectorStoresFiles.create)
    retrieve = streamed_method(VectorStoresFiles.retrieve)
    update = streamed_method(VectorStoresFiles.update)
    delete = streamed_method(VectorStoresFiles.delete)
    content = streamed_method(VectorStoresFiles.content)


class AsyncVectorStoresFilesWithRawResponse(ResourceView):
    _resource: AsyncVectorStoresFiles

    list = async_raw_method(AsyncVectorStoresFiles.list)
    create = async_raw_method(AsyncVectorStoresFiles.create)
    retrieve = async_raw_method(AsyncVectorStoresFiles.retrieve)
    update = async_raw_method(AsyncVectorStoresFiles.update)
    delete = async_raw_method(AsyncVectorStoresFiles.delete)
    content = async_raw_method(AsyncVectorStoresFiles.content)


class AsyncVectorStoresFilesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncVectorStoresFiles

    list = async_streamed_method(AsyncVectorStoresFiles.list)
    create = async_streamed_method(AsyncVectorStoresFiles.create)
    retrieve = async_streamed_method(AsyncVectorStoresFiles.retrieve)
    update = async_streamed_method(AsyncVectorStoresFiles.update)
    delete = async_streamed_method(AsyncVectorStoresFiles.delete)
    content = async_streamed_method(AsyncVectorStoresFiles.content)
