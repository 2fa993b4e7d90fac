# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class FineTuningJobEvent(BaseModel):
    """Fine-tuning job event object"""

    object: Literal["fine_tuning.job.event"] = Field(default_factory=_missing)
    """The object type, which is always "fine_tuning.job.event"."""

    id: str = Field(default_factory=_missing)
    """The object identifier."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    level: Open[Literal["info", "warn", "error"]] = Field(default_factory=_missing)
    """The log level of the event."""

    message: str = Field(default_factory=_missing)
    """The message of the event."""

    type: 'Open[Literal["message", "metrics"]] | None' = None
    """The type of event."""

    data: "dict[str, builtins.object] | None" = None
    """The data associated with the event."""
