# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .task_type import TaskType


class TaskItem(BaseModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str = Field(default_factory=_missing)
    """Identifier of the parent thread."""

    type: Literal["chatkit.task"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.task`."""

    task_type: TaskType = Field(default_factory=_missing)
    """Subtype for the task."""

    heading: str | None = None
    """Optional heading for the task. Defaults to null when not provided."""

    summary: str | None = None
    """Optional summary that describes the task. Defaults to null when omitted."""
