# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required, TypeAlias

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .voice_ids_shared import VoiceIdsShared


class VoiceIdsOrCustomVoiceObject(BaseModel):
    """Custom voice reference."""

    id: str = Field(default_factory=_missing)
    """The custom voice ID, e.g. `voice_1234`."""


VoiceIdsOrCustomVoice: TypeAlias = Open[VoiceIdsShared | VoiceIdsOrCustomVoiceObject]
"""A built-in voice name or a custom voice reference."""


class VoiceIdsOrCustomVoiceObjectParam(TypedDict, total=False):
    """Custom voice reference."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""


VoiceIdsOrCustomVoiceParam: TypeAlias = VoiceIdsShared | VoiceIdsOrCustomVoiceObjectParam
"""A built-in voice name or a custom voice reference."""
