# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatkitWorkflowTracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool = Field(default_factory=_missing)
    """Indicates whether tracing is enabled."""
