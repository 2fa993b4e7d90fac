# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGa
from .realtime_transcription_session_create_response_ga import RealtimeTranscriptionSessionCreateResponseGa


class RealtimeCreateClientSecretResponse(BaseModel):
    """Response from creating a session and client secret for the Realtime API."""

    value: str = Field(default_factory=_missing)
    """The generated client secret value."""

    expires_at: int = Field(default_factory=_missing)
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: Open[
        Annotated[
            Annotated[RealtimeSessionCreateResponseGa, Tag("realtime")]
            | Annotated[RealtimeTranscriptionSessionCreateResponseGa, Tag("transcription")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """The session configuration for either a realtime or transcription session."""
