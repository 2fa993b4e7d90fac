# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_translation_session import RealtimeTranslationSession


class RealtimeTranslationClientSecretCreateResponse(BaseModel):
    """Response from creating a translation session and client secret for the Realtime API."""

    value: str = Field(default_factory=_missing)
    """The generated client secret value."""

    expires_at: int = Field(default_factory=_missing)
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: RealtimeTranslationSession = Field(default_factory=_missing)
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
    """
