# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UpdateVoiceConsentRequest(BaseModel):
    name: str = Field(default_factory=_missing)
    """The updated label for this consent recording."""


class UpdateVoiceConsentRequestParam(TypedDict, total=False):
    name: Required[str]
    """The updated label for this consent recording."""
