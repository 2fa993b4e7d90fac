# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ...lib._models import BaseModel, Open, tag_of
from ...lib._models import missing as _missing
from .azure_cosmos_db_field_mapping_options import (
    AzureCosmosDbFieldMappingOptions,
    AzureCosmosDbFieldMappingOptionsParam,
)
from .on_your_data_connection_string_authentication_options import (
    OnYourDataConnectionStringAuthenticationOptions,
    OnYourDataConnectionStringAuthenticationOptionsParam,
)
from .on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSource,
    OnYourDataDeploymentNameVectorizationSourceParam,
)
from .on_your_data_endpoint_vectorization_source import (
    OnYourDataEndpointVectorizationSource,
    OnYourDataEndpointVectorizationSourceParam,
)


class AzureCosmosDbChatExtensionParameters(BaseModel):
    """Parameters to use when configuring Azure OpenAI On Your Data chat extensions when using Azure Cosmos DB for
    MongoDB vCore.
    """

    authentication: OnYourDataConnectionStringAuthenticationOptions = Field(default_factory=_missing)
    """The authentication options for Azure OpenAI On Your Data when using a connection string."""

    top_n_documents: int | None = None
    """The configured top number of documents to feature for the configured query."""

    in_scope: bool | None = None
    """Whether queries should be restricted to use of indexed data."""

    strictness: int | None = None
    """The configured strictness of the search relevance filtering. The higher of strictness, the higher of the precision but lower recall of the answer."""

    role_information: str | None = None
    """Give the model instructions about how it should behave and any context it should reference when generating a response. You can describe the assistant's personality and tell it how to format responses. There's a 100 token limit for it, and it counts against the overall token limit."""

    database_name: str = Field(default_factory=_missing)
    """The MongoDB vCore database name to use with Azure Cosmos DB."""

    container_name: str = Field(default_factory=_missing)
    """The name of the Azure Cosmos DB resource container."""

    index_name: str = Field(default_factory=_missing)
    """The MongoDB vCore index name to use with Azure Cosmos DB."""

    fields_mapping: AzureCosmosDbFieldMappingOptions = Field(default_factory=_missing)
    """Optional settings to control how fields are processed when using a configured Azure Cosmos DB resource."""

    embedding_dependency: Open[
        Annotated[
            Annotated[OnYourDataEndpointVectorizationSource, Tag("endpoint")]
            | Annotated[OnYourDataDeploymentNameVectorizationSource, Tag("deployment_name")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)


class AzureCosmosDbChatExtensionParametersParam(TypedDict, total=False):
    """Parameters to use when configuring Azure OpenAI On Your Data chat extensions when using Azure Cosmos DB for
    MongoDB vCore.
    """

    authentication: Required[OnYourDataConnectionStringAuthenticationOptionsParam]
    """The authentication options for Azure OpenAI On Your Data when using a connection string."""

    top_n_documents: int
    """The configured top number of documents to feature for the configured query."""

    in_scope: bool
    """Whether queries should be restricted to use of indexed data."""

    strictness: int
    """The configured strictness of the search relevance filtering. The higher of strictness, the higher of the precision but lower recall of the answer."""

    role_information: str
    """Give the model instructions about how it should behave and any context it should reference when generating a response. You can describe the assistant's personality and tell it how to format responses. There's a 100 token limit for it, and it counts against the overall token limit."""

    database_name: Required[str]
    """The MongoDB vCore database name to use with Azure Cosmos DB."""

    container_name: Required[str]
    """The name of the Azure Cosmos DB resource container."""

    index_name: Required[str]
    """The MongoDB vCore index name to use with Azure Cosmos DB."""

    fields_mapping: Required[AzureCosmosDbFieldMappingOptionsParam]
    """Optional settings to control how fields are processed when using a configured Azure Cosmos DB resource."""

    embedding_dependency: Required[
        OnYourDataEndpointVectorizationSourceParam | OnYourDataDeploymentNameVectorizationSourceParam
    ]
