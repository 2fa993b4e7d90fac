# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel
from .tool_choice import ToolChoice


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: ToolChoice | None = None
    """Preferred tool to invoke. Defaults to null when ChatKit should auto-select."""

    model: str | None = None
    """Model name that generated the response. Defaults to null when using the session default."""
