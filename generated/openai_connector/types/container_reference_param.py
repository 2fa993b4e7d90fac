# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ContainerReference(BaseModel):
    type: Literal["container_reference"] = Field(default_factory=_missing)
    """References a container created with the /v1/containers endpoint"""

    container_id: str = Field(default_factory=_missing)
    """The ID of the referenced container."""


class ContainerReferenceParam(TypedDict, total=False):
    type: Required[Literal["container_reference"]]
    """References a container created with the /v1/containers endpoint"""

    container_id: Required[str]
    """The ID of the referenced container."""
