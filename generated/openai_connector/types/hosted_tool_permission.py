# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class HostedToolPermission(BaseModel):
    """Permission state for a single hosted tool on a project."""

    enabled: bool = Field(default_factory=_missing)
    """Whether the hosted tool is enabled for the project."""
