# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class FileAnnotationSource(BaseModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"] = Field(default_factory=_missing)
    """Type discriminator that is always `file`."""

    filename: str = Field(default_factory=_missing)
    """Filename referenced by the annotation."""
