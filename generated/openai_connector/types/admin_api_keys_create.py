# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class AdminApiKeysCreateBody(BaseModel):
    name: str = Field(default_factory=_missing)

    expires_in_seconds: int | None = None
    """The number of seconds until the API key expires. Omit this field for a key that does not expire."""


class AdminApiKeysCreateBodyParam(TypedDict, total=False):
    name: Required[str]

    expires_in_seconds: int
    """The number of seconds until the API key expires. Omit this field for a key that does not expire."""
