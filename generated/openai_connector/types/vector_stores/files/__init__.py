# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.vector_stores.files`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "FileContentResponse": (("vector_store_file_content_response", "VectorStoreFileContentResponse"),),
    "FileCreateResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileDeleteResponse": (("vector_store_file_deleted", "VectorStoreFileDeleted"),),
    "FileListResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileRetrieveResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileUpdateResponse": (("vector_store_file", "VectorStoreFile"),),
    "VectorStoreFile": (("vector_store_file", "VectorStoreFile"),),
    "VectorStoreFileContentResponse": (("vector_store_file_content_response", "VectorStoreFileContentResponse"),),
    "VectorStoreFileDeleted": (("vector_store_file_deleted", "VectorStoreFileDeleted"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
