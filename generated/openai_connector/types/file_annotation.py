# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .file_annotation_source import FileAnnotationSource


class FileAnnotation(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: FileAnnotationSource
    """File attachment referenced by the annotation."""
