# copied from generator/runtime/core/helpers/polling.py by the openai-connector generator; edit the source
"""The poll helpers' mixins, sync and async (`_helpers_index.py` names them): `create_and_poll`, `poll`, ..."""

from __future__ import annotations

from ._async_polling import (
    AsyncFileBatchesPolling,
    AsyncFilesPolling,
    AsyncRunsPolling,
    AsyncVectorStoreFilesPolling,
    AsyncVideosPolling,
)
from ._polling import PollTimeoutError
from ._sync_polling import FileBatchesPolling, FilesPolling, RunsPolling, VectorStoreFilesPolling, VideosPolling

__all__ = [
    "AsyncFileBatchesPolling",
    "AsyncFilesPolling",
    "AsyncRunsPolling",
    "AsyncVectorStoreFilesPolling",
    "AsyncVideosPolling",
    "FileBatchesPolling",
    "FilesPolling",
    "PollTimeoutError",
    "RunsPolling",
    "VectorStoreFilesPolling",
    "VideosPolling",
]
