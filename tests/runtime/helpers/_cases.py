"""The resources with poll helpers: how to call each one's `poll`, where it asks, what it answers, its statuses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.support.loopback import Reply

HINT = "openai-poll-after-ms"


@dataclass(frozen=True)
class PollCase:
    name: str
    resource: Callable[[Any], Any]  # client -> resource
    poll: Callable[..., Any]  # (resource, **options) -> the result (or its coroutine)
    path: str  # below the base URL
    body: Callable[[str], dict[str, Any]]  # status -> the resource as the API sends it
    pending: tuple[str, ...]  # a status sequence the resource walks before ending
    terminal: tuple[str, ...]  # the statuses that end the wait
    default_wait: float = 1.0  # seconds, without a hint or an interval
    resource_id: str = ""

    def interval(self, ms: int) -> dict[str, Any]:
        return {"poll_interval": ms / 1000} if self.name == "file" else {"poll_interval_ms": ms}

    def timeout(self, seconds: float) -> dict[str, Any]:
        return {"max_wait_seconds": seconds} if self.name == "file" else {"poll_timeout": seconds}

    def reply(self, status: str, hint_ms: int | None = None) -> Reply:
        return Reply(body=self.body(status), headers={HINT: str(hint_ms)} if hint_ms is not None else {})


def _vector_store_file(status: str) -> dict[str, Any]:
    return {
        "id": "file-1",
        "object": "vector_store.file",
        "usage_bytes": 0,
        "created_at": 1,
        "vector_store_id": "vs_1",
        "status": status,
        "last_error": None,
    }


def _batch(status: str) -> dict[str, Any]:
    busy = 1 if status == "in_progress" else 0
    counts = {"in_progress": busy, "completed": 1 - busy, "failed": 0, "cancelled": 0, "total": 1}
    return {
        "id": "vsfb_1",
        "object": "vector_store.files_batch",
        "created_at": 1,
        "vector_store_id": "vs_1",
        "status": status,
        "file_counts": counts,
    }


def _run(status: str) -> dict[str, Any]:
    return {
        "id": "run_1",
        "object": "thread.run",
        "created_at": 1,
        "thread_id": "thread_1",
        "assistant_id": "asst_1",
        "status": status,
        "model": "gpt-4o",
    }


def _video(status: str) -> dict[str, Any]:
    return {"id": "video_1", "object": "video", "created_at": 1, "status": status, "model": "sora-2", "progress": 50}


def _file(status: str) -> dict[str, Any]:
    return {
        "id": "file-1",
        "object": "file",
        "bytes": 3,
        "created_at": 1,
        "filename": "a.jsonl",
        "purpose": "fine-tune",
        "status": status,
    }


CASES = (
    PollCase(
        "vector store file",
        lambda client: client.vector_stores.files,
        lambda resource, **options: resource.poll("file-1", vector_store_id="vs_1", **options),
        "/vector_stores/vs_1/files/file-1",
        _vector_store_file,
        ("in_progress", "in_progress"),
        ("completed", "failed", "cancelled"),
        resource_id="file-1",
    ),
    PollCase(
        "vector store file batch",
        lambda client: client.vector_stores.file_batches,
        lambda resource, **options: resource.poll("vsfb_1", vector_store_id="vs_1", **options),
        "/vector_stores/vs_1/file_batches/vsfb_1",
        _batch,
        ("in_progress", "in_progress"),
        ("completed", "failed", "cancelled"),
        resource_id="vsfb_1",
    ),
    PollCase(
        "run",
        lambda client: client.beta.threads.runs,
        lambda resource, **options: resource.poll("run_1", "thread_1", **options),
        "/threads/thread_1/runs/run_1",
        _run,
        ("queued", "in_progress", "cancelling"),
        ("requires_action", "cancelled", "completed", "failed", "expired", "incomplete"),
        resource_id="run_1",
    ),
    PollCase(
        "video",
        lambda client: client.videos,
        lambda resource, **options: resource.poll("video_1", **options),
        "/videos/video_1",
        _video,
        ("queued", "in_progress"),
        ("completed", "failed"),
        resource_id="video_1",
    ),
    PollCase(
        "file",
        lambda client: client.files,
        lambda resource, **options: resource.wait_for_processing("file-1", **options),
        "/files/file-1",
        _file,
        ("uploaded", "uploaded"),
        ("processed", "error"),
        default_wait=5.0,
        resource_id="file-1",
    ),
)
BY_NAME = {case.name: case for case in CASES}
ENDINGS = [(case, status) for case in CASES for status in case.terminal]
