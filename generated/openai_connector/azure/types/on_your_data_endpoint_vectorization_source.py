# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptions,
    OnYourDataApiKeyAuthenticationOptionsParam,
)


class OnYourDataEndpointVectorizationSource(BaseModel):
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is based
    on a public Azure OpenAI endpoint call for embeddings.
    """

    type: 'Literal["endpoint"]' = Field(default_factory=_missing)
    """Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
    vector search.
    """

    authentication: OnYourDataApiKeyAuthenticationOptions = Field(default_factory=_missing)
    """The authentication options for Azure OpenAI On Your Data when using an API key."""

    endpoint: str = Field(default_factory=_missing)
    """Specifies the endpoint to use for vectorization. This endpoint must be in the same Azure OpenAI resource, but On Your Data will use this endpoint via an internal call rather than a public one, which enables vector search even in private networks."""


class OnYourDataEndpointVectorizationSourceParam(TypedDict, total=False):
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is based
    on a public Azure OpenAI endpoint call for embeddings.
    """

    type: Required[Literal["endpoint"]]
    """Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
    vector search.
    """

    authentication: Required[OnYourDataApiKeyAuthenticationOptionsParam]
    """The authentication options for Azure OpenAI On Your Data when using an API key."""

    endpoint: Required[str]
    """Specifies the endpoint to use for vectorization. This endpoint must be in the same Azure OpenAI resource, but On Your Data will use this endpoint via an internal call rather than a public one, which enables vector search even in private networks."""
