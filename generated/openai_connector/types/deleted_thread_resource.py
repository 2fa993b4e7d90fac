# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DeletedThreadResource(BaseModel):
    """Confirmation payload returned after deleting a thread."""

    id: str = Field(default_factory=_missing)
    """Identifier of the deleted thread."""

    object: 'Literal["chatkit.thread.deleted"]' = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Indicates that the thread has been deleted."""
