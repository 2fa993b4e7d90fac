# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .file_annotation_source import FileAnnotationSource


class FileAnnotation(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"] = Field(default_factory=_missing)
    """Type discriminator that is always `file` for this annotation."""

    source: FileAnnotationSource = Field(default_factory=_missing)
    """File attachment referenced by the annotation."""
