# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class UploadPetPhotoBody(BaseModel):
    file: str = Field(default_factory=_missing)

    caption: str | None = None


class UploadPetPhotoBodyParam(TypedDict, total=False):
    file: Required[FileTypes]

    caption: str


class UploadPetPhotoResponse(BaseModel):
    id: str = Field(default_factory=_missing)

    bytes: int = Field(default_factory=_missing)
