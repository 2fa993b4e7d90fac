# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class VectorStoreExpirationAfter(BaseModel):
    """The expiration policy for a vector store."""

    anchor: Literal["last_active_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: int
    """The number of days after the anchor time that the vector store will expire."""


class VectorStoreExpirationAfterParam(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""
