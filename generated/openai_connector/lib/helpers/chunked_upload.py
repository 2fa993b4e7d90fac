# copied from generator/runtime/core/helpers/chunked_upload.py by the openai-connector generator; edit the source
"""`uploads.upload_file_chunked`'s mixins, sync and async (`_helpers_index.py` names them)."""

from __future__ import annotations

from ._async_uploads import AsyncUploadsChunked
from ._sync_uploads import UploadsChunked

__all__ = ["AsyncUploadsChunked", "UploadsChunked"]
