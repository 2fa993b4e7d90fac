# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BatchFileExpirationAfter(BaseModel):
    """The expiration policy for the output and/or error file that are generated for a batch."""

    anchor: Literal["created_at"] = Field(default_factory=_missing)
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the anchor is the file creation time, not the time the batch is created."""

    seconds: int = Field(default_factory=_missing)
    """The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days)."""


class BatchFileExpirationAfterParam(TypedDict, total=False):
    """The expiration policy for the output and/or error file that are generated for a batch."""

    anchor: Required[Literal["created_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the anchor is the file creation time, not the time the batch is created."""

    seconds: Required[int]
    """The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days)."""
