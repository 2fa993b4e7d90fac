# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CompleteUploadRequest(BaseModel):
    part_ids: list[str] = Field(default_factory=_missing)
    """The ordered list of Part IDs."""

    md5: str | None = None
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect."""


class CompleteUploadRequestParam(TypedDict, total=False):
    part_ids: Required[Sequence[str]]
    """The ordered list of Part IDs."""

    md5: str
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect."""
