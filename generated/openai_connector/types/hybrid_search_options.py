# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class HybridSearchOptions(BaseModel):
    embedding_weight: float = Field(default_factory=_missing)
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: float = Field(default_factory=_missing)
    """The weight of the text in the reciprocal ranking fusion."""


class HybridSearchOptionsParam(TypedDict, total=False):
    embedding_weight: Required[float]
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: Required[float]
    """The weight of the text in the reciprocal ranking fusion."""
