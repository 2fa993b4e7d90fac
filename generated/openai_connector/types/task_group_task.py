# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .task_type import TaskType


class TaskGroupTask(BaseModel):
    """Task entry that appears within a TaskGroup."""

    type: TaskType = Field(default_factory=_missing)
    """Subtype for the grouped task."""

    heading: str | None = None
    """Optional heading for the grouped task. Defaults to null when not provided."""

    summary: str | None = None
    """Optional summary that describes the grouped task. Defaults to null when omitted."""
