# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateSkillBody(BaseModel):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: Open[list[str] | str] = Field(default_factory=_missing)


class CreateSkillBodyParam(TypedDict, total=False):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: Required[Sequence[FileTypes] | FileTypes]
