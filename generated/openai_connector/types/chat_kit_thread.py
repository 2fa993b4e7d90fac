# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .active_status import ActiveStatus
from .closed_status import ClosedStatus
from .locked_status import LockedStatus


class ChatKitThread(BaseModel):
    """Represents a ChatKit thread and its current status."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread."""

    object: Literal["chatkit.thread"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the thread was created."""

    title: str | None = None
    """Optional human-readable title for the thread. Defaults to null when no title has been generated."""

    status: Open[
        Annotated[
            Annotated[ActiveStatus, Tag("active")]
            | Annotated[LockedStatus, Tag("locked")]
            | Annotated[ClosedStatus, Tag("closed")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Current status for the thread. Defaults to `active` for newly created threads."""

    user: str = Field(default_factory=_missing)
    """Free-form string that identifies your end user who owns the thread."""
