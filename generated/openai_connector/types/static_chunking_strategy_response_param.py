# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .static_chunking_strategy import StaticChunkingStrategy


class StaticChunkingStrategyResponseParam(BaseModel):
    """Static Chunking Strategy"""

    type: 'Literal["static"]' = Field(default_factory=_missing)
    """Always `static`."""

    static: StaticChunkingStrategy = Field(default_factory=_missing)
