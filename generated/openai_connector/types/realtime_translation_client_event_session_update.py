# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_translation_session_update_request import RealtimeTranslationSessionUpdateRequest


class RealtimeTranslationClientEventSessionUpdate(BaseModel):
    """Send this event to update the translation session configuration. Translation
    sessions support updates to `audio.output.language`, `audio.input.transcription`,
    and `audio.input.noise_reduction`.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: 'Literal["session.update"]' = Field(default_factory=_missing)
    """The event type, must be `session.update`."""

    session: RealtimeTranslationSessionUpdateRequest = Field(default_factory=_missing)
    """Translation session fields to update. The session `type` and `model` are set
    at creation and cannot be changed with `session.update`.
    """
