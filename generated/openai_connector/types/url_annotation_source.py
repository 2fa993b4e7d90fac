# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UrlAnnotationSource(BaseModel):
    """URL backing an annotation entry."""

    type: 'Literal["url"]' = Field(default_factory=_missing)
    """Type discriminator that is always `url`."""

    url: str = Field(default_factory=_missing)
    """URL referenced by the annotation."""
