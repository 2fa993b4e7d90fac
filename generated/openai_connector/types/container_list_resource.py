# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .container_resource import ContainerResource


class ContainerListResource(BaseModel):
    object: Literal["list"]
    """The type of object returned, must be 'list'."""

    data: list[ContainerResource]
    """A list of containers."""

    first_id: str
    """The ID of the first container in the list."""

    last_id: str
    """The ID of the last container in the list."""

    has_more: bool
    """Whether there are more containers available."""
