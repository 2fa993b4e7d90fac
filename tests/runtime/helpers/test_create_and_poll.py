"""The helpers that send something first, then poll: `create_and_poll`, `submit_tool_outputs_and_poll`,
`upload`, `upload_and_poll` (uploads side by side, stopped by the first failure or a cancellation)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from openai_connector import BadRequestError, InvalidRequestError

from tests.support.loopback import LoopbackServer, Recorded, Reply

from ._cases import BY_NAME
from ._fakes import FakeTime, async_client, client

# videos and the Assistants API (runs) are deprecated: every call says so, polls included
pytestmark = pytest.mark.filterwarnings("ignore:.* is deprecated by the API:DeprecationWarning")

RUN, VIDEO, VS_FILE, BATCH = (
    BY_NAME["run"],
    BY_NAME["video"],
    BY_NAME["vector store file"],
    BY_NAME["vector store file batch"],
)


def _calls(server: LoopbackServer) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in server.requests]


def test_vector_store_file_create_and_poll(server: LoopbackServer) -> None:
    time = FakeTime()
    server.script(VS_FILE.reply("in_progress"), VS_FILE.reply("in_progress", 200), VS_FILE.reply("completed"))
    with client(server) as c:
        files = time.install(c.vector_stores.files, is_async=False)
        result = files.create_and_poll("file-1", vector_store_id="vs_1", attributes={"team": "a"})
    assert result.status == "completed"
    assert _calls(server) == [("POST", "/v1/vector_stores/vs_1/files")] + [("GET", "/v1" + VS_FILE.path)] * 2
    assert server.requests[0].json() == {"file_id": "file-1", "attributes": {"team": "a"}}
    assert time.sleeps == [0.2]


async def test_async_file_batch_create_and_poll_polls_the_batch_it_made(server: LoopbackServer) -> None:
    time = FakeTime()
    server.script(BATCH.reply("in_progress"), BATCH.reply("in_progress", 50), BATCH.reply("completed"))
    async with async_client(server) as c:
        batches = time.install(c.vector_stores.file_batches, is_async=True)
        result = await batches.create_and_poll("vs_1", file_ids=["file-1", "file-2"], poll_interval_ms=20)
    assert result.file_counts.completed == 1
    assert _calls(server) == [("POST", "/v1/vector_stores/vs_1/file_batches")] + [("GET", "/v1" + BATCH.path)] * 2
    assert server.requests[0].json() == {"file_ids": ["file-1", "file-2"]}
    assert time.sleeps == [0.02]


@pytest.mark.parametrize("azure", [False, True], ids=["openai", "azure"])
def test_run_create_and_poll(server: LoopbackServer, azure: bool) -> None:
    time, root = FakeTime(), "/openai" if azure else "/v1"
    server.script(RUN.reply("queued"), RUN.reply("in_progress", 100), RUN.reply("requires_action"))
    with client(server, azure=azure) as c:
        runs = time.install(c.beta.threads.runs, is_async=False)
        run = runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1", instructions="Be brief")
    assert run.status == "requires_action"
    assert _calls(server) == [("POST", f"{root}/threads/thread_1/runs")] + [("GET", root + RUN.path)] * 2
    assert server.requests[0].json() == {"assistant_id": "asst_1", "instructions": "Be brief", "stream": False}
    assert time.sleeps == [0.1]


async def test_async_submit_tool_outputs_and_poll(server: LoopbackServer) -> None:
    time = FakeTime()
    server.script(RUN.reply("queued"), RUN.reply("completed"))
    async with async_client(server) as c:
        runs = time.install(c.beta.threads.runs, is_async=True)
        run = await runs.submit_tool_outputs_and_poll(
            tool_outputs=[{"tool_call_id": "call_1", "output": "42"}], run_id="run_1", thread_id="thread_1"
        )
    assert run.status == "completed"
    assert _calls(server) == [
        ("POST", "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"),
        ("GET", "/v1" + RUN.path),
    ]
    assert server.requests[0].json() == {"tool_outputs": [{"tool_call_id": "call_1", "output": "42"}], "stream": False}


def test_video_create_and_poll(server: LoopbackServer) -> None:
    time = FakeTime()
    server.script(
        VIDEO.reply("queued"), VIDEO.reply("queued", 3000), VIDEO.reply("in_progress", 2000), VIDEO.reply("completed")
    )
    with client(server) as c:
        video = time.install(c.videos, is_async=False).create_and_poll(prompt="a cat on a skateboard")
    assert video.status == "completed"
    assert _calls(server) == [("POST", "/v1/videos")] + [("GET", "/v1" + VIDEO.path)] * 3
    assert time.sleeps == [3.0, 2.0]


# -- uploads first --------------------------------------------------------------------------------


def _file_object(file_id: str) -> dict[str, Any]:
    return {"id": file_id, "object": "file", "bytes": 1, "created_at": 1, "filename": "x", "purpose": "assistants"}


def _uploaded_name(request: Recorded) -> str:
    found = re.search(rb'filename="([^"]+)"', request.body)
    assert found is not None and b'name="purpose"' in request.body and b"assistants" in request.body
    return found.group(1).decode()


def _batch_api(statuses: Iterator[str], fail_upload: bool = False) -> Callable[[Recorded], Reply | None]:
    """Answers uploads (`file-<name>`), the batch's creation and its polls (the next of `statuses`)."""

    def answer(request: Recorded) -> Reply:
        if request.path == "/v1/files":
            if fail_upload:
                return Reply(status=400, body={"error": {"message": "bad file", "type": "invalid_request_error"}})
            return Reply(body=_file_object("file-" + _uploaded_name(request)))
        if request.method == "POST":
            return BATCH.reply("in_progress")
        return BATCH.reply(next(statuses), 100)

    return answer


def test_vector_store_file_upload_and_poll(server: LoopbackServer) -> None:
    time = FakeTime()
    server.script(
        Reply(body=_file_object("file-1")),
        VS_FILE.reply("in_progress"),
        VS_FILE.reply("in_progress", 700),
        VS_FILE.reply("completed"),
    )
    with client(server) as c:
        files = time.install(c.vector_stores.files, is_async=False)
        result = files.upload_and_poll(vector_store_id="vs_1", file=("notes.txt", b"hello"))
    assert result.status == "completed"
    assert _calls(server) == [
        ("POST", "/v1/files"),
        ("POST", "/v1/vector_stores/vs_1/files"),
        ("GET", "/v1" + VS_FILE.path),
        ("GET", "/v1" + VS_FILE.path),
    ]
    assert _uploaded_name(server.requests[0]) == "notes.txt"
    assert server.requests[1].json() == {"file_id": "file-1"}
    assert time.sleeps == [0.7]


async def test_async_vector_store_file_upload_does_not_wait(server: LoopbackServer) -> None:
    server.script(Reply(body=_file_object("file-1")), VS_FILE.reply("in_progress"))
    async with async_client(server) as c:
        result = await c.vector_stores.files.upload(vector_store_id="vs_1", file=("a.txt", b"a"))
    assert result.status == "in_progress"
    assert _calls(server) == [("POST", "/v1/files"), ("POST", "/v1/vector_stores/vs_1/files")]


def test_file_batch_upload_and_poll_uploads_side_by_side_then_polls(server: LoopbackServer) -> None:
    time = FakeTime()
    server.responder = _batch_api(iter(["in_progress", "completed"]))
    files = [(f"{name}.txt", name.encode()) for name in "abc"]
    with client(server) as c:
        batches = time.install(c.vector_stores.file_batches, is_async=False)
        result = batches.upload_and_poll("vs_1", files=files, file_ids=["file-0"], max_concurrency=2)
    assert result.status == "completed"
    uploads = [r for r in server.requests if r.path == "/v1/files"]
    assert sorted(_uploaded_name(r) for r in uploads) == ["a.txt", "b.txt", "c.txt"]
    created = [r for r in server.requests if r.method == "POST" and r.path.endswith("/file_batches")]
    assert [r.json() for r in created] == [{"file_ids": ["file-0", "file-a.txt", "file-b.txt", "file-c.txt"]}]
    assert _calls(server)[-2:] == [("GET", "/v1" + BATCH.path)] * 2
    assert time.sleeps == [0.1]


async def test_async_file_batch_upload_and_poll(server: LoopbackServer) -> None:
    time = FakeTime()
    server.responder = _batch_api(iter(["completed"]))
    async with async_client(server) as c:
        batches = time.install(c.vector_stores.file_batches, is_async=True)
        result = await batches.upload_and_poll("vs_1", files=[("a.txt", b"a"), ("b.txt", b"b")], max_concurrency=2)
    assert result.status == "completed"
    created = [r for r in server.requests if r.method == "POST" and r.path.endswith("/file_batches")]
    assert [r.json() for r in created] == [{"file_ids": ["file-a.txt", "file-b.txt"]}]


def test_a_failed_upload_stops_the_others_and_makes_no_batch(server: LoopbackServer) -> None:
    server.responder = _batch_api(iter(()), fail_upload=True)
    with client(server) as c, pytest.raises(BadRequestError, match="bad file"):
        c.vector_stores.file_batches.upload_and_poll(
            "vs_1", files=[("a.txt", b"a"), ("b.txt", b"b")], max_concurrency=1
        )
    assert _calls(server) == [("POST", "/v1/files")]


async def test_async_a_failed_upload_stops_the_others_and_makes_no_batch(server: LoopbackServer) -> None:
    server.responder = _batch_api(iter(()), fail_upload=True)
    async with async_client(server) as c:
        with pytest.raises(BadRequestError, match="bad file"):
            await c.vector_stores.file_batches.upload_and_poll(
                "vs_1", files=[("a.txt", b"a"), ("b.txt", b"b"), ("c.txt", b"c")], max_concurrency=1
            )
    assert _calls(server) == [("POST", "/v1/files")]
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_cancelling_upload_and_poll_cancels_every_upload(server: LoopbackServer) -> None:
    server.fallback = Reply(stall=True)
    async with async_client(server) as c:
        task = asyncio.create_task(
            c.vector_stores.file_batches.upload_and_poll("vs_1", files=[("a.txt", b"a"), ("b.txt", b"b")])
        )
        while server.count < 2:  # both uploads are in flight
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert asyncio.all_tasks() == {asyncio.current_task()}
    assert server.wait_idle()
    assert _calls(server) == [("POST", "/v1/files")] * 2


@pytest.mark.parametrize("max_concurrency", [0, -1, 1.5, True])
def test_a_bad_max_concurrency_is_refused_before_anything_is_sent(server: LoopbackServer, max_concurrency: Any) -> None:
    with client(server) as c, pytest.raises(InvalidRequestError) as caught:
        c.vector_stores.file_batches.upload_and_poll("vs_1", files=[("a.txt", b"a")], max_concurrency=max_concurrency)
    assert caught.value.param == "max_concurrency"
    assert server.count == 0
