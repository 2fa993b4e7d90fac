# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .task_type import TaskType


class TaskItem(BaseModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task"]
    """Type discriminator that is always `chatkit.task`."""

    task_type: TaskType
    """Subtype for the task."""

    heading: str | None = None

    summary: str | None = None
