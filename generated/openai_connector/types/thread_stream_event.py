# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, TypeAlias

from ..lib._models import BaseModel
from .thread_object import ThreadObject


class ThreadStreamEventThreadCreated(BaseModel):
    """Occurs when a new [thread](/docs/api-reference/threads/object) is created."""

    enabled: bool | None = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"]

    data: ThreadObject
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""


ThreadStreamEvent: TypeAlias = ThreadStreamEventThreadCreated
