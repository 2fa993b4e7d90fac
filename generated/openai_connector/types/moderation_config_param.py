# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .moderation_mode import ModerationMode


class ModerationConfigParam(BaseModel):
    """The moderation policy for the response input."""

    mode: ModerationMode


class ModerationConfigParamParam(TypedDict, total=False):
    """The moderation policy for the response input."""

    mode: Required[ModerationMode]
