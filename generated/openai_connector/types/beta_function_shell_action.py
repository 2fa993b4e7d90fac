# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaFunctionShellAction(BaseModel):
    """Execute a shell command."""

    commands: list[str] = Field(default_factory=_missing)

    timeout_ms: int | None = None
    """Optional timeout in milliseconds for the commands."""

    max_output_length: int | None = None
    """Optional maximum number of characters to return from each command."""
