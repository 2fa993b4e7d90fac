# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .container_file_resource import ContainerFileResource


class ContainerFileListResource(BaseModel):
    object: Literal["list"] = Field(default_factory=_missing)
    """The type of object returned, must be 'list'."""

    data: list[ContainerFileResource] = Field(default_factory=_missing)
    """A list of container files."""

    first_id: str = Field(default_factory=_missing)
    """The ID of the first file in the list."""

    last_id: str = Field(default_factory=_missing)
    """The ID of the last file in the list."""

    has_more: bool = Field(default_factory=_missing)
    """Whether there are more files available."""
