# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class LocalEnvironmentResource(BaseModel):
    """Represents the use of a local environment to perform shell actions."""

    type: Literal["local"]
    """The environment type. Always `local`."""
