# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class VoiceConsentDeletedResource(BaseModel):
    id: str
    """The consent recording identifier."""

    object: Literal["audio.voice_consent"]

    deleted: bool
