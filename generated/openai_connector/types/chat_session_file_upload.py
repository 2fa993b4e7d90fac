# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatSessionFileUpload(BaseModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool = Field(default_factory=_missing)
    """Indicates if uploads are enabled for the session."""

    max_file_size: int | None = None
    """Maximum upload size in megabytes."""

    max_files: int | None = None
    """Maximum number of uploads allowed during the session."""
