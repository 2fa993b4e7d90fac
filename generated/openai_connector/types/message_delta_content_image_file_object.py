# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class MessageDeltaContentImageFileObjectImageFile(BaseModel):
    file_id: str | None = None
    """The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content."""

    detail: Open[Literal["auto", "low", "high"]] | None = None
    """Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`."""


class MessageDeltaContentImageFileObject(BaseModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    index: int = Field(default_factory=_missing)
    """The index of the content part in the message."""

    type: 'Literal["image_file"]' = Field(default_factory=_missing)
    """Always `image_file`."""

    image_file: MessageDeltaContentImageFileObjectImageFile | None = None
