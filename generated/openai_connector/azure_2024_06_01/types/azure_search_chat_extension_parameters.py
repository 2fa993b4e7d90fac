# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ...lib._models import BaseModel, Open, tag_of
from ...lib._models import missing as _missing
from .azure_search_index_field_mapping_options import (
    AzureSearchIndexFieldMappingOptions,
    AzureSearchIndexFieldMappingOptionsParam,
)
from .azure_search_query_type import AzureSearchQueryType
from .on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptions,
    OnYourDataApiKeyAuthenticationOptionsParam,
)
from .on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSource,
    OnYourDataDeploymentNameVectorizationSourceParam,
)
from .on_your_data_endpoint_vectorization_source import (
    OnYourDataEndpointVectorizationSource,
    OnYourDataEndpointVectorizationSourceParam,
)
from .on_your_data_system_assigned_managed_identity_authentication_options import (
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam,
)
from .on_your_data_user_assigned_managed_identity_authentication_options import (
    OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
    OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam,
)


class AzureSearchChatExtensionParameters(BaseModel):
    """Parameters for Azure Search when used as an Azure OpenAI chat extension."""

    authentication: Open[
        Annotated[
            Annotated[OnYourDataApiKeyAuthenticationOptions, Tag("api_key")]
            | Annotated[
                OnYourDataSystemAssignedManagedIdentityAuthenticationOptions, Tag("system_assigned_managed_identity")
            ]
            | Annotated[
                OnYourDataUserAssignedManagedIdentityAuthenticationOptions, Tag("user_assigned_managed_identity")
            ],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)

    top_n_documents: int | None = None
    """The configured top number of documents to feature for the configured query."""

    in_scope: bool | None = None
    """Whether queries should be restricted to use of indexed data."""

    strictness: int | None = None
    """The configured strictness of the search relevance filtering. The higher of strictness, the higher of the precision but lower recall of the answer."""

    role_information: str | None = None
    """Give the model instructions about how it should behave and any context it should reference when generating a response. You can describe the assistant's personality and tell it how to format responses. There's a 100 token limit for it, and it counts against the overall token limit."""

    endpoint: str = Field(default_factory=_missing)
    """The absolute endpoint path for the Azure Search resource to use."""

    index_name: str = Field(default_factory=_missing)
    """The name of the index to use as available in the referenced Azure Search resource."""

    fields_mapping: AzureSearchIndexFieldMappingOptions | None = None
    """Optional settings to control how fields are processed when using a configured Azure Search resource."""

    query_type: AzureSearchQueryType | None = None
    """The type of Azure Search retrieval query that should be executed when using it as an Azure OpenAI chat extension."""

    semantic_configuration: str | None = None
    """The additional semantic configuration for the query."""

    filter: str | None = None
    """Search filter."""

    embedding_dependency: 'Open[Annotated[Annotated[OnYourDataEndpointVectorizationSource, Tag("endpoint")] | Annotated[OnYourDataDeploymentNameVectorizationSource, Tag("deployment_name")], Discriminator(tag_of("type"))]] | None' = None


class AzureSearchChatExtensionParametersParam(TypedDict, total=False):
    """Parameters for Azure Search when used as an Azure OpenAI chat extension."""

    authentication: Required[
        OnYourDataApiKeyAuthenticationOptionsParam
        | OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam
        | OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam
    ]

    top_n_documents: int
    """The configured top number of documents to feature for the configured query."""

    in_scope: bool
    """Whether queries should be restricted to use of indexed data."""

    strictness: int
    """The configured strictness of the search relevance filtering. The higher of strictness, the higher of the precision but lower recall of the answer."""

    role_information: str
    """Give the model instructions about how it should behave and any context it should reference when generating a response. You can describe the assistant's personality and tell it how to format responses. There's a 100 token limit for it, and it counts against the overall token limit."""

    endpoint: Required[str]
    """The absolute endpoint path for the Azure Search resource to use."""

    index_name: Required[str]
    """The name of the index to use as available in the referenced Azure Search resource."""

    fields_mapping: AzureSearchIndexFieldMappingOptionsParam
    """Optional settings to control how fields are processed when using a configured Azure Search resource."""

    query_type: AzureSearchQueryType
    """The type of Azure Search retrieval query that should be executed when using it as an Azure OpenAI chat extension."""

    semantic_configuration: str
    """The additional semantic configuration for the query."""

    filter: str
    """Search filter."""

    embedding_dependency: OnYourDataEndpointVectorizationSourceParam | OnYourDataDeploymentNameVectorizationSourceParam
