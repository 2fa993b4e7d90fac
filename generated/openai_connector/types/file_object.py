# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class FileObject(BaseModel):
    """The `File` object represents a document that has been uploaded to OpenAI."""

    id: str = Field(default_factory=_missing)
    """The file identifier, which can be referenced in the API endpoints."""

    bytes: int = Field(default_factory=_missing)
    """The size of the file, in bytes."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the file was created."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the file will expire."""

    filename: str = Field(default_factory=_missing)
    """The name of the file."""

    object: Literal["file"] = Field(default_factory=_missing)
    """The object type, which is always `file`."""

    purpose: Open[
        Literal[
            "assistants",
            "assistants_output",
            "batch",
            "batch_output",
            "fine-tune",
            "fine-tune-results",
            "vision",
            "user_data",
        ]
    ] = Field(default_factory=_missing)
    """The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`."""

    status: Open[Literal["uploaded", "processed", "error"]] = Field(default_factory=_missing)
    """Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`."""

    status_details: str | None = None
    """Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on `fine_tuning.job`."""
