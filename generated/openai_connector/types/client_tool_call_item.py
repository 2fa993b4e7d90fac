# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .client_tool_call_status import ClientToolCallStatus


class ClientToolCallItem(BaseModel):
    """Record of a client side tool invocation initiated by the assistant."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str = Field(default_factory=_missing)
    """Identifier of the parent thread."""

    type: Literal["chatkit.client_tool_call"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.client_tool_call`."""

    status: ClientToolCallStatus = Field(default_factory=_missing)
    """Execution status for the tool call."""

    call_id: str = Field(default_factory=_missing)
    """Identifier for the client tool call."""

    name: str = Field(default_factory=_missing)
    """Tool name that was invoked."""

    arguments: str = Field(default_factory=_missing)
    """JSON-encoded arguments that were sent to the tool."""

    output: str | None = None
    """JSON-encoded output captured from the tool. Defaults to null while execution is in progress."""
