# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WidgetMessageItem(BaseModel):
    """Thread item that renders a widget payload."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.widget"]
    """Type discriminator that is always `chatkit.widget`."""

    widget: str
    """Serialized widget payload rendered in the UI."""
