# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class AutoChunkingStrategyRequest(BaseModel):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Literal["auto"] = Field(default_factory=_missing)
    """Always `auto`."""


class AutoChunkingStrategyRequestParam(TypedDict, total=False):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Required[Literal["auto"]]
    """Always `auto`."""
