# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class FileUpload(BaseModel):
    """Controls whether users can upload files."""

    enabled: bool | None = None
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int | None = None
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size."""

    max_files: int | None = None
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""


class FileUploadParam(TypedDict, total=False):
    """Controls whether users can upload files."""

    enabled: bool
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size."""

    max_files: int
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""
