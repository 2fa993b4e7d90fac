# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseWebSearchCallSearchingEvent(BaseModel):
    """Emitted when a web search call is executing."""

    type: Literal["response.web_search_call.searching"] = Field(default_factory=_missing)
    """The type of the event. Always `response.web_search_call.searching`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the web search call is associated with."""

    item_id: str = Field(default_factory=_missing)
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the web search call being processed."""
