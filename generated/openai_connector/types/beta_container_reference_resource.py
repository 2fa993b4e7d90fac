# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaContainerReferenceResource(BaseModel):
    """Represents a container created with /v1/containers."""

    type: Literal["container_reference"] = Field(default_factory=_missing)
    """The environment type. Always `container_reference`."""

    container_id: str = Field(default_factory=_missing)
