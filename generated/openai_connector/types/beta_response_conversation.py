# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class BetaResponseConversation(BaseModel):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: str
    """The unique ID of the conversation that this response was associated with."""
