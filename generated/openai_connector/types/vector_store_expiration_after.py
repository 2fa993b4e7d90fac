# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VectorStoreExpirationAfter(BaseModel):
    """The expiration policy for a vector store."""

    anchor: Literal["last_active_at"] = Field(default_factory=_missing)
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: int = Field(default_factory=_missing)
    """The number of days after the anchor time that the vector store will expire."""


class VectorStoreExpirationAfterParam(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""
