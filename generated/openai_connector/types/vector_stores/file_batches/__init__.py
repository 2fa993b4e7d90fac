# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.vector_stores.file_batches`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "FileBatchCancelResponse": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "FileBatchCreateResponse": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "FileBatchListFilesResponse": (("vector_store_file", "VectorStoreFile"),),
    "FileBatchRetrieveResponse": (("vector_store_file_batch", "VectorStoreFileBatch"),),
    "VectorStoreFile": (("vector_store_file", "VectorStoreFile"),),
    "VectorStoreFileBatch": (("vector_store_file_batch", "VectorStoreFileBatch"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
