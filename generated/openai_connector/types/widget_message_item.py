# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WidgetMessageItem(BaseModel):
    """Thread item that renders a widget payload."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str = Field(default_factory=_missing)
    """Identifier of the parent thread."""

    type: 'Literal["chatkit.widget"]' = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.widget`."""

    widget: str = Field(default_factory=_missing)
    """Serialized widget payload rendered in the UI."""
