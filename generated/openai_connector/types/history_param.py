# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class History(BaseModel):
    """Controls how much historical context is retained for the session."""

    enabled: bool | None = None
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int | None = None
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when unset."""


class HistoryParam(TypedDict, total=False):
    """Controls how much historical context is retained for the session."""

    enabled: bool
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when unset."""
