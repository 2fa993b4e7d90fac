# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class LocalEnvironmentResource(BaseModel):
    """Represents the use of a local environment to perform shell actions."""

    type: Literal["local"] = Field(default_factory=_missing)
    """The environment type. Always `local`."""
