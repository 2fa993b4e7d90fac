# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class AddUploadPartRequest(BaseModel):
    data: str = Field(default_factory=_missing)
    """The chunk of bytes for this Part."""


class AddUploadPartRequestParam(TypedDict, total=False):
    data: Required[FileTypes]
    """The chunk of bytes for this Part."""
