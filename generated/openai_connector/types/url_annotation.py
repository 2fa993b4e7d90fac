# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .url_annotation_source import UrlAnnotationSource


class UrlAnnotation(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: UrlAnnotationSource
    """URL referenced by the annotation."""
