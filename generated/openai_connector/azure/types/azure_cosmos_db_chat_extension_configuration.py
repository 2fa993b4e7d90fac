# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .azure_cosmos_db_chat_extension_parameters import (
    AzureCosmosDbChatExtensionParameters,
    AzureCosmosDbChatExtensionParametersParam,
)


class AzureCosmosDbChatExtensionConfiguration(BaseModel):
    """A specific representation of configurable options for Azure Cosmos DB when using it as an Azure OpenAI chat
    extension.
    """

    type: Literal["azure_cosmos_db"] = Field(default_factory=_missing)
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """

    parameters: AzureCosmosDbChatExtensionParameters = Field(default_factory=_missing)
    """Parameters to use when configuring Azure OpenAI On Your Data chat extensions when using Azure Cosmos DB for
    MongoDB vCore.
    """


class AzureCosmosDbChatExtensionConfigurationParam(TypedDict, total=False):
    """A specific representation of configurable options for Azure Cosmos DB when using it as an Azure OpenAI chat
    extension.
    """

    type: Required[Literal["azure_cosmos_db"]]
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """

    parameters: Required[AzureCosmosDbChatExtensionParametersParam]
    """Parameters to use when configuring Azure OpenAI On Your Data chat extensions when using Azure Cosmos DB for
    MongoDB vCore.
    """
