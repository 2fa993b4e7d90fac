# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .file_expiration_after import FileExpirationAfter, FileExpirationAfterParam


class CreateUploadRequest(BaseModel):
    filename: str = Field(default_factory=_missing)
    """The name of the file to upload."""

    purpose: Open[Literal["assistants", "batch", "fine-tune", "vision"]] = Field(default_factory=_missing)
    """The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose).
    """

    bytes: int = Field(default_factory=_missing)
    """The number of bytes in the file you are uploading."""

    mime_type: str = Field(default_factory=_missing)
    """The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision.
    """

    expires_after: FileExpirationAfter | None = None
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted."""


class CreateUploadRequestParam(TypedDict, total=False):
    filename: Required[str]
    """The name of the file to upload."""

    purpose: Required[Literal["assistants", "batch", "fine-tune", "vision"]]
    """The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose).
    """

    bytes: Required[int]
    """The number of bytes in the file you are uploading."""

    mime_type: Required[str]
    """The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision.
    """

    expires_after: FileExpirationAfterParam
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted."""
