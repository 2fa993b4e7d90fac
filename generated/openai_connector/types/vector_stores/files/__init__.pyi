# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...vector_store_file import VectorStoreFile as FileCreateResponse
from ...vector_store_file import VectorStoreFile as FileListResponse
from ...vector_store_file import VectorStoreFile as FileRetrieveResponse
from ...vector_store_file import VectorStoreFile as FileUpdateResponse
from ...vector_store_file import VectorStoreFile as VectorStoreFile
from ...vector_store_file_content_response import VectorStoreFileContentResponse as FileContentResponse
from ...vector_store_file_content_response import VectorStoreFileContentResponse as VectorStoreFileContentResponse
from ...vector_store_file_deleted import VectorStoreFileDeleted as FileDeleteResponse
from ...vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted

__all__ = [
    "FileContentResponse",
    "FileCreateResponse",
    "FileDeleteResponse",
    "FileListResponse",
    "FileRetrieveResponse",
    "FileUpdateResponse",
    "VectorStoreFile",
    "VectorStoreFileContentResponse",
    "VectorStoreFileDeleted",
]
