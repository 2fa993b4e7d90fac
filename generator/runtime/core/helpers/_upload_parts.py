"""What `uploads.upload_file_chunked` sends, checked before anything is: the file, its name and size, the part size.

The Uploads API takes a file in parts of at most 64 MB each (openai-python's default part size), then
`complete` assembles them in the order given.
"""

from __future__ import annotations

import builtins
import io
import os
from dataclasses import dataclass
from typing import IO, Final

from .._errors import InvalidRequestError

__all__ = ["MAX_PART_SIZE", "PartSource", "part_source"]

MAX_PART_SIZE: Final = 64 * 1024 * 1024  # the API's limit per part, and openai-python's default


@dataclass(frozen=True, slots=True)
class PartSource:
    """A checked file to upload in parts: a path to open or bytes in memory."""

    path: str | None
    data: builtins.bytes | None
    filename: str
    size: int
    part_size: int

    def open(self) -> IO[builtins.bytes]:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return builtins.open(self.path, "rb")  # the caller closes it


def part_source(file: object, *, filename: str | None, bytes: int | None, part_size: int | None) -> PartSource:
    """Check `upload_file_chunked`'s arguments (before anything is sent) and say what to upload."""
    part_size = _part_size(part_size)
    if isinstance(file, builtins.bytes | bytearray | memoryview):
        if filename is None:
            raise TypeError("upload_file_chunked: the `filename` argument must be given for in-memory files")
        data = builtins.bytes(file)
        _check_size(bytes, len(data), "the data given")
        return PartSource(None, data, filename, len(data), part_size)
    if not isinstance(file, str | os.PathLike):
        raise InvalidRequestError(f"file must be a path or bytes, got {type(file).__name__}", param="file")
    path = os.fspath(file)
    if not isinstance(path, str):
        raise InvalidRequestError("file must be a path given as text, not bytes", param="file")
    try:
        stat = os.stat(path)
    except OSError as exc:
        raise InvalidRequestError(f"file {path!r} cannot be read: {exc.strerror}", param="file") from None
    if not os.path.isfile(path):
        raise InvalidRequestError(f"file {path!r} is not a regular file", param="file")
    _check_size(bytes, stat.st_size, f"file {path!r}")
    return PartSource(path, None, filename or os.path.basename(path), stat.st_size, part_size)


def _part_size(part_size: object) -> int:
    if part_size is None:
        return MAX_PART_SIZE
    if isinstance(part_size, bool) or not isinstance(part_size, int) or not 0 < part_size <= MAX_PART_SIZE:
        raise InvalidRequestError(
            f"part_size must be from 1 to {MAX_PART_SIZE} bytes (64 MB, the API's limit), got {part_size!r}",
            param="part_size",
        )
    return part_size


def _check_size(given: object, actual: int, what: str) -> None:
    if given is None:
        return
    if isinstance(given, bool) or not isinstance(given, int) or given != actual:
        raise InvalidRequestError(f"bytes is {given!r} but {what} holds {actual} bytes", param="bytes")
