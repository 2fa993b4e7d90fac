"""Multipart bodies: file arguments (paths, bytes, file objects, tuples) and the plain fields beside them."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias

import pydantic

from ._errors import InvalidRequestError
from ._types import NotGiven

__all__ = ["MultipartBody", "fields_only_multipart", "form_fields", "multipart_files"]

_HttpxFile: TypeAlias = tuple[str, tuple[str | None, bytes | IO[bytes], str | None]]


class MultipartBody:
    """The file parts of a request, and how to make them sendable again for a retry."""

    __slots__ = ("files", "replayable", "rewinders")

    def __init__(self) -> None:
        self.files: list[_HttpxFile] = []
        self.rewinders: list[Callable[[], object]] = []
        self.replayable = True

    def rewind(self) -> None:
        for rewind in self.rewinders:
            rewind()


def _content_type(filename: str | None) -> str | None:
    if not filename:
        return None
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _field_name(name: str) -> str:
    return name if name.endswith("[]") else f"{name}[]"


def _add_file(body: MultipartBody, field: str, value: object, filename_override: str | None) -> None:
    filename: str | None = None
    content_type: str | None = None
    content: object = value
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise TypeError(f"file field {field!r}: a tuple must be (filename, content[, content_type])")
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
    payload: bytes | IO[bytes]
    if isinstance(content, bytes | bytearray | memoryview):
        payload = bytes(content)
    elif isinstance(content, str | os.PathLike):
        path = Path(content)
        try:
            payload = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise InvalidRequestError(
                f"file field {field.removesuffix('[]')!r}: cannot read file {str(path)!r}: {reason}",
                param=field.removesuffix("[]"),
            ) from exc
        filename = filename or path.name
    elif isinstance(content, io.IOBase) or hasattr(content, "read"):
        file_obj: IO[bytes] = content  # type: ignore[assignment]
        name = getattr(file_obj, "name", None)
        if filename is None and isinstance(name, str):
            filename = os.path.basename(name)
        if _seekable(file_obj):
            position = file_obj.tell()
            body.rewinders.append(lambda: file_obj.seek(position))
        else:
            body.replayable = False
        payload = file_obj
    else:
        raise TypeError(
            f"file field {field!r}: expected bytes, a path, a binary file object or a tuple, "
            f"got {type(content).__name__}"
        )
    filename = filename_override or filename or field.removesuffix("[]")
    body.files.append((field, (filename, payload, content_type or _content_type(filename))))


def _seekable(file_obj: object) -> bool:
    try:
        return bool(file_obj.seekable())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def multipart_files(files: Mapping[str, object], file_names: Mapping[str, str] | None = None) -> MultipartBody:
    """The file parts for `files` (field -> file argument, or a list of them sent as `field[]`)."""
    body = MultipartBody()
    for field, value in files.items():
        if value is None or isinstance(value, NotGiven):
            continue
        override = file_names.get(field) if file_names else None
        if isinstance(value, list):
            for item in value:
                _add_file(body, _field_name(field), item, override)
        else:
            _add_file(body, field, value, override)
    return body


def _form_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump_json(exclude_unset=True, by_alias=True)
    return json.dumps(value, default=_json_default, separators=(",", ":"))


def _json_default(value: object) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def form_fields(fields: Iterable[tuple[str, object]]) -> dict[str, str | list[str]]:
    """Plain multipart/form fields: strings, booleans as true/false, lists as repeated `field[]`."""
    data: dict[str, str | list[str]] = {}
    for name, value in fields:
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, list | tuple):
            data[_field_name(name)] = [_form_value(v) for v in value]
        else:
            data[name] = _form_value(value)
    return data


def fields_only_multipart(data: Mapping[str, str | list[str]], headers: dict[str, str]) -> bytes:
    """A multipart/form-data body of plain fields (httpx would send a form without files urlencoded).

    Sets the Content-Type header with the boundary.
    """
    boundary = os.urandom(16).hex()
    parts: list[bytes] = []
    for name, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            quoted = name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")  # as browsers do
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{quoted}"\r\n\r\n'.encode()
                + item.encode()
                + b"\r\n"
            )
    headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
    return b"".join(parts) + f"--{boundary}--\r\n".encode()
