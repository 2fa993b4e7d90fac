# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .on_your_data_vectorization_source_type import OnYourDataVectorizationSourceType


class OnYourDataDeploymentNameVectorizationSource(BaseModel):
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is based
    on an internal embeddings model deployment name in the same Azure OpenAI resource.
    """

    type: OnYourDataVectorizationSourceType = Field(default_factory=_missing)
    """Represents the available sources Azure OpenAI On Your Data can use to configure vectorization of data for use with
    vector search.
    """

    deployment_name: str = Field(default_factory=_missing)
    """Specifies the name of the model deployment to use for vectorization. This model deployment must be in the same Azure OpenAI resource, but On Your Data will use this model deployment via an internal call rather than a public one, which enables vector search even in private networks."""
