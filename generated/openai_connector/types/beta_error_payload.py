# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaErrorPayload(BaseModel):
    """An error payload that was emitted for a streaming error event."""

    type: str = Field(default_factory=_missing)
    """The error type that was emitted."""

    code: str | None = None
    """The error code that was emitted, if any."""

    message: str = Field(default_factory=_missing)
    """The human-readable error message that was emitted."""

    param: str | None = None
    """The parameter name that was associated with the error, if any."""

    headers: dict[str, str] | None = None
    """The response headers that were emitted with the error, if any."""
