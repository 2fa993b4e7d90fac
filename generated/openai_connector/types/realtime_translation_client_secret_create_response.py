# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .realtime_translation_session import RealtimeTranslationSession


class RealtimeTranslationClientSecretCreateResponse(BaseModel):
    """Response from creating a translation session and client secret for the Realtime API."""

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: RealtimeTranslationSession
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
    """
