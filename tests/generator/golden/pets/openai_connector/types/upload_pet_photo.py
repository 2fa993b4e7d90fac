# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._types import FileTypes


class UploadPetPhotoBody(BaseModel):
    file: str

    caption: str | None = None


class UploadPetPhotoBodyParam(TypedDict, total=False):
    file: Required[FileTypes]

    caption: str


class UploadPetPhotoResponse(BaseModel):
    id: str

    bytes: int
