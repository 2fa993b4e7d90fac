# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._types import FileTypes


class CreateContainerFileBody(BaseModel):
    file_id: str | None = None
    """Name of the file to create."""

    file: str | None = None
    """The File object (not file name) to be uploaded."""


class CreateContainerFileBodyParam(TypedDict, total=False):
    file_id: str
    """Name of the file to create."""

    file: FileTypes
    """The File object (not file name) to be uploaded."""
