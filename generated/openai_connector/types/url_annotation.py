# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .url_annotation_source import UrlAnnotationSource


class UrlAnnotation(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"] = Field(default_factory=_missing)
    """Type discriminator that is always `url` for this annotation."""

    source: UrlAnnotationSource = Field(default_factory=_missing)
    """URL referenced by the annotation."""
