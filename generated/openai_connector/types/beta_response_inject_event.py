# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_input_item import BetaInputItem


class BetaResponseInjectEvent(BaseModel):
    """Injects input items into an active response over a WebSocket connection.
    The items are validated and committed atomically. Currently, the server
    accepts client-owned tool outputs that resume a waiting agent.
    """

    type: Literal["response.inject"] = Field(default_factory=_missing)
    """The event discriminator. Always `response.inject`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the active response that should receive the input."""

    input: list[BetaInputItem] = Field(default_factory=_missing)
    """Input items to inject into the active response."""
