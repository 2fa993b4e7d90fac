# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ActiveStatus(BaseModel):
    """Indicates that a thread is active."""

    type: Literal["active"] = Field(default_factory=_missing)
    """Status discriminator that is always `active`."""
