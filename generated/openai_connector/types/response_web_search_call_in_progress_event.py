# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseWebSearchCallInProgressEvent(BaseModel):
    """Emitted when a web search call is initiated."""

    type: Literal["response.web_search_call.in_progress"]
    """The type of the event. Always `response.web_search_call.in_progress`."""

    output_index: int
    """The index of the output item that the web search call is associated with."""

    item_id: str
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int
    """The sequence number of the web search call being processed."""
