# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ...lib._models import Open, tag_of
from .on_your_data_deployment_name_vectorization_source import OnYourDataDeploymentNameVectorizationSource
from .on_your_data_endpoint_vectorization_source import OnYourDataEndpointVectorizationSource

OnYourDataVectorizationSource: TypeAlias = Open[
    Annotated[
        Annotated[OnYourDataEndpointVectorizationSource, Tag("endpoint")]
        | Annotated[OnYourDataDeploymentNameVectorizationSource, Tag("deployment_name")],
        Discriminator(tag_of("type")),
    ]
]
"""An abstract representation of a vectorization source for Azure OpenAI On Your Data with vector search."""
