# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class StaticChunkingStrategy(BaseModel):
    max_chunk_size_tokens: int = Field(default_factory=_missing)
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: int = Field(default_factory=_missing)
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """


class StaticChunkingStrategyParam(TypedDict, total=False):
    max_chunk_size_tokens: Required[int]
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: Required[int]
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """
