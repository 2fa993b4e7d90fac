# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .file_annotation import FileAnnotation
from .url_annotation import UrlAnnotation


class ResponseOutputText(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"] = Field(default_factory=_missing)
    """Type discriminator that is always `output_text`."""

    text: str = Field(default_factory=_missing)
    """Assistant generated text."""

    annotations: 'list[Open[Annotated[Annotated[FileAnnotation, Tag("file")] | Annotated[UrlAnnotation, Tag("url")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """Ordered list of annotations attached to the response text."""
