# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class BetaContainerReferenceResource(BaseModel):
    """Represents a container created with /v1/containers."""

    type: Literal["container_reference"]
    """The environment type. Always `container_reference`."""

    container_id: str
