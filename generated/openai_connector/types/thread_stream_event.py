# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .thread import Thread


class ThreadStreamEventThreadCreated(BaseModel):
    """Occurs when a new [thread](/docs/api-reference/threads/object) is created."""

    enabled: bool | None = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"] = Field(default_factory=_missing)

    data: Thread = Field(default_factory=_missing)
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""


ThreadStreamEvent: TypeAlias = ThreadStreamEventThreadCreated
"""Occurs when a new [thread](/docs/api-reference/threads/object) is created."""
