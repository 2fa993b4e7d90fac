# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .container_file_resource import ContainerFileResource


class ContainerFileListResource(BaseModel):
    object: Literal["list"]
    """The type of object returned, must be 'list'."""

    data: list[ContainerFileResource]
    """A list of container files."""

    first_id: str
    """The ID of the first file in the list."""

    last_id: str
    """The ID of the last file in the list."""

    has_more: bool
    """Whether there are more files available."""
