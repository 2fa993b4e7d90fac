# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.vector_stores`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..vector_store import VectorStore as VectorStore
    from ..vector_store import VectorStore as VectorStoreCreateResponse
    from ..vector_store import VectorStore as VectorStoreListResponse
    from ..vector_store import VectorStore as VectorStoreRetrieveResponse
    from ..vector_store import VectorStore as VectorStoreUpdateResponse
    from ..vector_store_deleted import VectorStoreDeleted as VectorStoreDeleteResponse
    from ..vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from ..vector_store_file import VectorStoreFile as FileBatchListFilesResponse
    from ..vector_store_file import VectorStoreFile as FileCreateResponse
    from ..vector_store_file import VectorStoreFile as FileListResponse
    from ..vector_store_file import VectorStoreFile as FileRetrieveResponse
    from ..vector_store_file import VectorStoreFile as FileUpdateResponse
    from ..vector_store_file import VectorStoreFile as VectorStoreFile
    from ..vector_store_file_batch import VectorStoreFileBatch as FileBatchCancelResponse
    from ..vector_store_file_batch import VectorStoreFileBatch as FileBatchCreateResponse
    from ..vector_store_file_batch import VectorStoreFileBatch as FileBatchRetrieveResponse
    from ..vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from ..vector_store_file_content_response import VectorStoreFileContentResponseDataItem as FileContentResponse
    from ..vector_store_file_content_response import (
        VectorStoreFileContentResponseDataItem as VectorStoreFileContentResponseDataItem,
    )
    from ..vector_store_file_deleted import VectorStoreFileDeleted as FileDeleteResponse
    from ..vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted
    from ..vector_store_search_result_item import VectorStoreSearchResultItem as VectorStoreSearchResponse
    from ..vector_store_search_result_item import VectorStoreSearchResultItem as VectorStoreSearchResultItem

__all__ = [
    "FileBatchCancelResponse",
    "FileBatchCreateResponse",
    "FileBatchListFilesResponse",
    "FileBatchRetrieveResponse",
    "FileContentResponse",
    "FileCreateResponse",
    "FileDeleteResponse",
    "FileListResponse",
    "FileRetrieveResponse",
    "FileUpdateResponse",
    "VectorStore",
    "VectorStoreCreateResponse",
    "VectorStoreDeleteResponse",
    "VectorStoreDeleted",
    "VectorStoreFile",
    "VectorStoreFileBatch",
    "VectorStoreFileContentResponseDataItem",
    "VectorStoreFileDeleted",
    "VectorStoreListResponse",
    "VectorStoreRetrieveResponse",
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultItem",
    "VectorStoreUpdateResponse",
]

_EXPORTS: dict[str, Target] = {
    "FileBatchCancelResponse": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "FileBatchCreateResponse": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "FileBatchListFilesResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileBatchRetrieveResponse": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "FileContentResponse": (("vector_store_file_content_response", "VectorStoreFileContentResponseDataItem"),),
    "FileCreateResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileDeleteResponse": (("vector_store_file_deleted", "VectorStoreFileDeleted"),),
    "FileListResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileRetrieveResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileUpdateResponse": (("vector_store_file", "VectorStoreFile"),),
    "VectorStore": (("vector_store", "VectorStore"),),
    "VectorStoreCreateResponse": (("vector_store", "VectorStore"),),
    "VectorStoreDeleteResponse": (("vector_store_deleted", "VectorStoreDeleted"),),
    "VectorStoreDeleted": (("vector_store_deleted", "VectorStoreDeleted"),),
    "VectorStoreFile": (("vector_store_file", "VectorStoreFile"),),
    "VectorStoreFileBatch": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "VectorStoreFileContentResponseDataItem": (
        ("vector_store_file_content_response", "VectorStoreFileContentResponseDataItem"),
    ),
    "VectorStoreFileDeleted": (("vector_store_file_deleted", "VectorStoreFileDeleted"),),
    "VectorStoreListResponse": (("vector_store", "VectorStore"),),
    "VectorStoreRetrieveResponse": (("vector_store", "VectorStore"),),
    "VectorStoreSearchResponse": (("vector_store_search_result_item", "VectorStoreSearchResultItem"),),
    "VectorStoreSearchResultItem": (("vector_store_search_result_item", "VectorStoreSearchResultItem"),),
    "VectorStoreUpdateResponse": (("vector_store", "VectorStore"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
