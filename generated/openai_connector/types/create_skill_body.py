# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateSkillBody(BaseModel):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: Open[
        Annotated[Annotated[list[str], Tag("<list>")] | Annotated[str, Tag("<str>")], Discriminator(tag_of(None))]
    ] = Field(default_factory=_missing)


class CreateSkillBodyParam(TypedDict, total=False):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: Required[Sequence[FileTypes] | FileTypes]
