# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...vector_store_file import VectorStoreFile as FileBatchListFilesResponse
from ...vector_store_file import VectorStoreFile as VectorStoreFile
from ...vector_store_file_batch import VectorStoreFileBatch as FileBatchCancelResponse
from ...vector_store_file_batch import VectorStoreFileBatch as FileBatchCreateResponse
from ...vector_store_file_batch import VectorStoreFileBatch as FileBatchRetrieveResponse
from ...vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch

__all__ = [
    "FileBatchCancelResponse",
    "FileBatchCreateResponse",
    "FileBatchListFilesResponse",
    "FileBatchRetrieveResponse",
    "VectorStoreFile",
    "VectorStoreFileBatch",
]
