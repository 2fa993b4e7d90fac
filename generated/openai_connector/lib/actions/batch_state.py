# copied from generator/runtime/extras/actions/batch_state.py by the openai-connector generator; edit the source
"""The Batch runner's state file: what exists on the server before each irreversible step, so nothing is paid twice.

The file is written (atomically) after the upload, before the batch is created, and again once the
batch exists: `{"endpoint", "count", "input_sha256", "run_tag", "input_file_id", "batch_id"}`. A run given
the same `state_path` and the same requests picks up where the last one stopped: it waits for the saved
batch, or looks for the batch the last run may have created (`run_tag` in its metadata, or its input
file) before creating one from the file already uploaded. Another run's file (other requests) is refused.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

from .._errors import InvalidRequestError

__all__ = ["RUN_TAG_KEY", "BatchState", "is_ours", "load_state", "new_state", "save_state", "state_file"]

RUN_TAG_KEY = "openai_connector_run"
"""The metadata key each batch created by the runner carries: a random tag saved in the state file first."""


@dataclasses.dataclass(slots=True)
class BatchState:
    endpoint: str
    count: int
    input_sha256: str
    run_tag: str
    input_file_id: str | None = None
    batch_id: str | None = None


def new_state(endpoint: str, jsonl: bytes, count: int) -> BatchState:
    return BatchState(endpoint, count, hashlib.sha256(jsonl).hexdigest(), uuid.uuid4().hex)


def state_file(path: object) -> Path | None:
    """`path` as a `Path` if a state file can be kept there (checked before anything is uploaded)."""
    if path is None:
        return None
    if not isinstance(path, str | os.PathLike) or not os.fspath(path):
        raise InvalidRequestError(f"state_path must be a file path or None, got {path!r}", param="state_path")
    target = Path(path)
    if target.is_dir():
        raise InvalidRequestError(f"state_path {str(target)!r} is a folder, not a file", param="state_path")
    if not target.parent.is_dir():
        raise InvalidRequestError(
            f"state_path {str(target)!r}: the folder {str(target.parent)!r} does not exist", param="state_path"
        )
    if not os.access(target.parent, os.W_OK):
        raise InvalidRequestError(f"state_path {str(target)!r}: the folder is not writable", param="state_path")
    return target


def load_state(path: Path, fresh: BatchState) -> BatchState | None:
    """The saved state of the run that `fresh` repeats, or None if there is none; another run's file raises."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InvalidRequestError(
            f"state_path {str(path)!r} cannot be read: {exc.strerror}", param="state_path"
        ) from None
    try:
        saved: Any = json.loads(text)
    except ValueError:
        saved = None
    if not isinstance(saved, dict):
        raise InvalidRequestError(
            f"state_path {str(path)!r} is not a batch state file (a JSON object)", param="state_path"
        )
    same_run = (
        saved.get("input_sha256") == fresh.input_sha256
        and saved.get("endpoint") == fresh.endpoint
        and saved.get("count") == fresh.count
    )
    if not same_run:
        raise InvalidRequestError(
            f"state_path {str(path)!r} belongs to another batch (other requests); remove it or choose another file",
            param="state_path",
        )
    return BatchState(
        fresh.endpoint,
        fresh.count,
        fresh.input_sha256,
        str(saved.get("run_tag") or fresh.run_tag),
        _text(saved.get("input_file_id")),
        _text(saved.get("batch_id")),
    )


def save_state(path: Path | None, state: BatchState) -> None:
    """Write `state` to `path` atomically (a crash leaves the old file or the new one, never half of one)."""
    if path is None:
        return
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(dataclasses.asdict(state), indent=2) + "\n")
    os.replace(temporary, path)


def is_ours(batch: Any, state: BatchState) -> bool:
    """Whether `batch` was created from this run's upload (or carries its tag)."""
    metadata = getattr(batch, "metadata", None) or {}
    tagged = isinstance(metadata, dict) and metadata.get(RUN_TAG_KEY) == state.run_tag
    return tagged or (state.input_file_id is not None and getattr(batch, "input_file_id", None) == state.input_file_id)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
