# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .task_group_task import TaskGroupTask


class TaskGroupItem(BaseModel):
    """Collection of workflow tasks grouped together in the thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task_group"]
    """Type discriminator that is always `chatkit.task_group`."""

    tasks: list[TaskGroupTask]
    """Tasks included in the group."""
