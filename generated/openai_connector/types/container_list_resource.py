# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .container_resource import ContainerResource


class ContainerListResource(BaseModel):
    object: Literal["list"] = Field(default_factory=_missing)
    """The type of object returned, must be 'list'."""

    data: list[ContainerResource] = Field(default_factory=_missing)
    """A list of containers."""

    first_id: str = Field(default_factory=_missing)
    """The ID of the first container in the list."""

    last_id: str = Field(default_factory=_missing)
    """The ID of the last container in the list."""

    has_more: bool = Field(default_factory=_missing)
    """Whether there are more containers available."""
