# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
from ..vector_store_file_content_response import VectorStoreFileContentResponse as FileContentResponse
from ..vector_store_file_content_response import VectorStoreFileContentResponse as VectorStoreFileContentResponse
from ..vector_store_file_deleted import VectorStoreFileDeleted as FileDeleteResponse
from ..vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted
from ..vector_store_search_results_page import VectorStoreSearchResultsPage as VectorStoreSearchResponse
from ..vector_store_search_results_page import VectorStoreSearchResultsPage as VectorStoreSearchResultsPage

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
    "VectorStoreFileContentResponse",
    "VectorStoreFileDeleted",
    "VectorStoreListResponse",
    "VectorStoreRetrieveResponse",
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultsPage",
    "VectorStoreUpdateResponse",
]
