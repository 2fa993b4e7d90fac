# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class OnYourDataDeploymentNameVectorizationSource(BaseModel):
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is based
    on an internal embeddings model deployment name in the same Azure OpenAI resource.
    """

    type: 'Literal["deployment_name"]' = Field(default_factory=_missing)
    """Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
    vector search.
    """

    deployment_name: str = Field(default_factory=_missing)
    """Specifies the name of the model deployment to use for vectorization. This model deployment must be in the same Azure OpenAI resource, but On Your Data will use this model deployment via an internal call rather than a public one, which enables vector search even in private networks."""


class OnYourDataDeploymentNameVectorizationSourceParam(TypedDict, total=False):
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is based
    on an internal embeddings model deployment name in the same Azure OpenAI resource.
    """

    type: Required[Literal["deployment_name"]]
    """Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
    vector search.
    """

    deployment_name: Required[str]
    """Specifies the name of the model deployment to use for vectorization. This model deployment must be in the same Azure OpenAI resource, but On Your Data will use this model deployment via an internal call rather than a public one, which enables vector search even in private networks."""
