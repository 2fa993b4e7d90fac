# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..file_deleted import FileDeleted as FileDeleteResponse
from ..file_deleted import FileDeleted as FileDeleted
from ..file_object import FileObject as FileCreateResponse
from ..file_object import FileObject as FileListResponse
from ..file_object import FileObject as FileObject
from ..file_object import FileObject as FileRetrieveResponse

__all__ = [
    "FileCreateResponse",
    "FileDeleteResponse",
    "FileDeleted",
    "FileListResponse",
    "FileObject",
    "FileRetrieveResponse",
]
