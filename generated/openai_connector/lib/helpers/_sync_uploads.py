"""openai-python's `uploads.upload_file_chunked` on the async resource: create an Upload, add its parts, complete it.

The arguments are checked before anything is sent (`_upload_parts.part_source`): a missing file, a
part size of zero or beyond the API's 64 MB, a `bytes` that is not the file's size. Parts are read one
at a time (a worker thread reads the disk, so the event loop never waits on it) and sent in order;
`md5`, if given, goes to `complete`, which checks the assembled file against it.

Generated from generator/runtime/core/helpers/_async_uploads.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

import os
from typing import Any, Protocol, TypeVar, overload

from .._types import NOT_GIVEN, NotGiven
from ._upload_parts import part_source
from ._waiting import read_part

__all__ = ["UploadsChunked"]

_M = TypeVar("_M")
_M_co = TypeVar("_M_co", covariant=True)


class _Uploads(Protocol[_M_co]):
    @property
    def parts(self) -> Any: ...

    def create(self, *args: Any, **kwargs: Any) -> Any: ...

    def complete(self, *args: Any, **kwargs: Any) -> _M_co: ...


class UploadsChunked:
    """`client.uploads`: `upload_file_chunked`."""

    __slots__ = ()

    @overload
    def upload_file_chunked(
        self: _Uploads[_M],
        *,
        file: os.PathLike[str] | str,
        mime_type: str,
        purpose: str,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | NotGiven = NOT_GIVEN,
    ) -> _M: ...

    @overload
    def upload_file_chunked(
        self: _Uploads[_M],
        *,
        file: bytes,
        filename: str,
        bytes: int,
        mime_type: str,
        purpose: str,
        part_size: int | None = None,
        md5: str | NotGiven = NOT_GIVEN,
    ) -> _M: ...

    def upload_file_chunked(
        self: _Uploads[_M],
        *,
        file: os.PathLike[str] | str | bytes,
        mime_type: str,
        purpose: str,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | NotGiven = NOT_GIVEN,
    ) -> _M:
        """Upload `file` (a path, or bytes with their `filename`) in parts of `part_size` bytes (64 MB by default)."""
        source = part_source(file, filename=filename, bytes=bytes, part_size=part_size)
        upload = self.create(bytes=source.size, filename=source.filename, mime_type=mime_type, purpose=purpose)
        part_ids: list[str] = []
        with source.open() as stream:
            while data := read_part(stream, source.part_size):
                part = self.parts.create(upload_id=upload.id, data=data)
                part_ids.append(part.id)
        return self.complete(upload_id=upload.id, part_ids=part_ids, md5=md5)
