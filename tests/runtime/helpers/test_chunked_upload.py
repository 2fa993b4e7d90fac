"""`uploads.upload_file_chunked`: create the Upload, send its parts in order, complete it; bad input refused first."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openai_connector import InvalidRequestError

from tests.support.loopback import LoopbackServer, Recorded, Reply

from ._fakes import async_client, client

DATA = b"abcdefghij"
MD5 = hashlib.md5(DATA).hexdigest()


def _upload(status: str, filename: str) -> dict[str, Any]:
    return {
        "id": "upload_1",
        "object": "upload",
        "bytes": len(DATA),
        "created_at": 1,
        "expires_at": 2,
        "filename": filename,
        "purpose": "batch",
        "status": status,
    }


def _uploads_api(root: str, filename: str) -> Callable[[Recorded], Reply | None]:
    numbers = itertools.count(1)

    def answer(request: Recorded) -> Reply | None:
        if request.path == f"{root}/uploads":
            return Reply(body=_upload("pending", filename))
        if request.path == f"{root}/uploads/upload_1/parts":
            return Reply(
                body={"id": f"part_{next(numbers)}", "object": "upload.part", "created_at": 1, "upload_id": "upload_1"}
            )
        if request.path == f"{root}/uploads/upload_1/complete":
            return Reply(body=_upload("completed", filename))
        return None

    return answer


def _part_data(body: bytes) -> bytes:
    """The `data` field of a multipart body."""
    head, _, rest = body.partition(b"\r\n\r\n")
    assert b'name="data"' in head
    return rest[: rest.rindex(b"\r\n--")]


def _check_sent(server: LoopbackServer, root: str, filename: str, parts: list[bytes], md5: str | None) -> None:
    assert [r.path for r in server.requests] == [
        f"{root}/uploads",
        *[f"{root}/uploads/upload_1/parts"] * len(parts),
        f"{root}/uploads/upload_1/complete",
    ]
    created, *sent, completed = server.requests
    assert created.json() == {"bytes": len(DATA), "filename": filename, "mime_type": "text/plain", "purpose": "batch"}
    assert [_part_data(request.body) for request in sent] == parts
    numbered = [f"part_{n}" for n in range(1, len(parts) + 1)]
    assert completed.json() == ({"part_ids": numbered, "md5": md5} if md5 else {"part_ids": numbered})


@pytest.mark.parametrize("azure", [False, True], ids=["openai", "azure"])
def test_bytes_in_parts_of_part_size(server: LoopbackServer, azure: bool) -> None:
    root = "/openai" if azure else "/v1"
    server.responder = _uploads_api(root, "notes.txt")
    with client(server, azure=azure) as c:
        upload = c.uploads.upload_file_chunked(
            file=DATA,
            filename="notes.txt",
            bytes=len(DATA),
            mime_type="text/plain",
            purpose="batch",
            part_size=4,
            md5=MD5,
        )
    assert upload.status == "completed"
    _check_sent(server, root, "notes.txt", [b"abcd", b"efgh", b"ij"], MD5)


async def test_async_from_a_path(server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(DATA)
    server.responder = _uploads_api("/v1", "data.txt")
    async with async_client(server) as c:
        upload = await c.uploads.upload_file_chunked(file=path, mime_type="text/plain", purpose="batch", part_size=5)
    assert upload.status == "completed"
    _check_sent(server, "/v1", "data.txt", [b"abcde", b"fghij"], None)


def test_a_path_as_text_with_the_default_part_size(server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(DATA)
    server.responder = _uploads_api("/v1", "renamed.txt")
    with client(server) as c:
        c.uploads.upload_file_chunked(file=str(path), filename="renamed.txt", mime_type="text/plain", purpose="batch")
    _check_sent(server, "/v1", "renamed.txt", [DATA], None)


@pytest.mark.parametrize(
    ("arguments", "param", "message"),
    [
        ({"file": "missing.txt"}, "file", "missing.txt"),
        ({"file": "."}, "file", "not a regular file"),
        ({"file": 42}, "file", "path or bytes"),
        ({"file": DATA, "filename": "a.txt", "part_size": 0}, "part_size", "part_size"),
        ({"file": DATA, "filename": "a.txt", "part_size": -4}, "part_size", "part_size"),
        ({"file": DATA, "filename": "a.txt", "part_size": 64 * 1024 * 1024 + 1}, "part_size", "64 MB"),
        ({"file": DATA, "filename": "a.txt", "part_size": 2.5}, "part_size", "part_size"),
        ({"file": DATA, "filename": "a.txt", "bytes": 11}, "bytes", "holds 10 bytes"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    server: LoopbackServer, arguments: dict[str, Any], param: str, message: str
) -> None:
    with client(server) as c, pytest.raises(InvalidRequestError, match=message) as caught:
        c.uploads.upload_file_chunked(mime_type="text/plain", purpose="batch", **arguments)
    assert caught.value.param == param
    assert server.count == 0


async def test_async_bad_input_is_refused_too(server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(DATA)
    async with async_client(server) as c:
        with pytest.raises(InvalidRequestError, match=r"bytes is 3 but file .*data.txt' holds 10 bytes"):
            await c.uploads.upload_file_chunked(file=path, mime_type="text/plain", purpose="batch", bytes=3)
        with pytest.raises(TypeError, match="filename"):
            await c.uploads.upload_file_chunked(file=DATA, bytes=10, mime_type="text/plain", purpose="batch")  # type: ignore[call-overload]
    assert server.count == 0
