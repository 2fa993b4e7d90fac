# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .static_chunking_strategy import StaticChunkingStrategy, StaticChunkingStrategyParam


class StaticChunkingStrategyRequest(BaseModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: 'Literal["static"]' = Field(default_factory=_missing)
    """Always `static`."""

    static: StaticChunkingStrategy = Field(default_factory=_missing)


class StaticChunkingStrategyRequestParam(TypedDict, total=False):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[StaticChunkingStrategyParam]
