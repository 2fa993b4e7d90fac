# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .automatic_thread_titling_param import AutomaticThreadTitling, AutomaticThreadTitlingParam
from .file_upload_param import FileUpload, FileUploadParam
from .history_param import History, HistoryParam


class ChatkitConfiguration(BaseModel):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitling | None = None
    """Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default."""

    file_upload: FileUpload | None = None
    """Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB)."""

    history: History | None = None
    """Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null)."""


class ChatkitConfigurationParam(TypedDict, total=False):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitlingParam
    """Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default."""

    file_upload: FileUploadParam
    """Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB)."""

    history: HistoryParam
    """Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null)."""
