# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .task_group_task import TaskGroupTask


class TaskGroupItem(BaseModel):
    """Collection of workflow tasks grouped together in the thread."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str = Field(default_factory=_missing)
    """Identifier of the parent thread."""

    type: Literal["chatkit.task_group"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.task_group`."""

    tasks: list[TaskGroupTask] = Field(default_factory=_missing)
    """Tasks included in the group."""
