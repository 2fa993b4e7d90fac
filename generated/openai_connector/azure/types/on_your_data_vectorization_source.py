# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .on_your_data_vectorization_source_type import OnYourDataVectorizationSourceType


class OnYourDataVectorizationSource(BaseModel):
    """An abstract representation of a vectorization source for Azure OpenAI On Your Data with vector search."""

    type: OnYourDataVectorizationSourceType = Field(default_factory=_missing)
    """Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
    vector search.
    """
