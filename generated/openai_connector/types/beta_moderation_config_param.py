# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_moderation_mode import BetaModerationMode


class BetaModerationConfig(BaseModel):
    """The moderation policy for the response input."""

    mode: BetaModerationMode = Field(default_factory=_missing)


class BetaModerationConfigParam(TypedDict, total=False):
    """The moderation policy for the response input."""

    mode: Required[BetaModerationMode]
