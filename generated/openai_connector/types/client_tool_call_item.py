# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .client_tool_call_status import ClientToolCallStatus


class ClientToolCallItem(BaseModel):
    """Record of a client side tool invocation initiated by the assistant."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.client_tool_call"]
    """Type discriminator that is always `chatkit.client_tool_call`."""

    status: ClientToolCallStatus
    """Execution status for the tool call."""

    call_id: str
    """Identifier for the client tool call."""

    name: str
    """Tool name that was invoked."""

    arguments: str
    """JSON-encoded arguments that were sent to the tool."""

    output: str | None = None
