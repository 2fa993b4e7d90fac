# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class UrlAnnotationSource(BaseModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`."""

    url: str
    """URL referenced by the annotation."""
