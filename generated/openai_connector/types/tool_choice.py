# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str = Field(default_factory=_missing)
    """Identifier of the requested tool."""
