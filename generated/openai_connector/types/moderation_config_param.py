# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .moderation_mode import ModerationMode


class ModerationConfig(BaseModel):
    """The moderation policy for the response input."""

    mode: ModerationMode = Field(default_factory=_missing)


class ModerationConfigParam(TypedDict, total=False):
    """The moderation policy for the response input."""

    mode: Required[ModerationMode]
