# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .voice_consent_resource import VoiceConsentResource


class VoiceConsentListResource(BaseModel):
    object: Literal["list"]

    data: list[VoiceConsentResource]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
