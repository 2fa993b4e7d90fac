# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, TypeAlias

from ..lib._models import Open

BetaServiceTierResponses: TypeAlias = (
    Open[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]] | None
)
