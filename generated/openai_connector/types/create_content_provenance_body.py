# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateContentProvenanceBody(BaseModel):
    file: str = Field(default_factory=_missing)
    """The image or audio file to check for supported OpenAI provenance signals."""


class CreateContentProvenanceBodyParam(TypedDict, total=False):
    file: Required[FileTypes]
    """The image or audio file to check for supported OpenAI provenance signals."""
