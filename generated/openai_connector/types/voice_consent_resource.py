# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VoiceConsentResource(BaseModel):
    """A consent recording used to authorize creation of a custom voice."""

    object: Literal["audio.voice_consent"] = Field(default_factory=_missing)
    """The object type, which is always `audio.voice_consent`."""

    id: str = Field(default_factory=_missing)
    """The consent recording identifier."""

    name: str = Field(default_factory=_missing)
    """The label provided when the consent recording was uploaded."""

    language: str = Field(default_factory=_missing)
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the consent recording was created."""
