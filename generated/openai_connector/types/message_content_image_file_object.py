# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class MessageContentImageFileObjectImageFile(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content."""

    detail: Open[Literal["auto", "low", "high"]] | None = None
    """Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`."""


class MessageContentImageFileObject(BaseModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: 'Literal["image_file"]' = Field(default_factory=_missing)
    """Always `image_file`."""

    image_file: MessageContentImageFileObjectImageFile = Field(default_factory=_missing)


class MessageContentImageFileObjectImageFileParam(TypedDict, total=False):
    file_id: Required[str]
    """The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`."""


class MessageContentImageFileObjectParam(TypedDict, total=False):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Required[Literal["image_file"]]
    """Always `image_file`."""

    image_file: Required[MessageContentImageFileObjectImageFileParam]
