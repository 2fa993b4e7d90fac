# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class UpdateVoiceConsentRequest(BaseModel):
    name: str
    """The updated label for this consent recording."""


class UpdateVoiceConsentRequestParam(TypedDict, total=False):
    name: Required[str]
    """The updated label for this consent recording."""
