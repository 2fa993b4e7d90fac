# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ...lib._models import Open, tag_of
from .azure_cosmos_db_chat_extension_configuration import (
    AzureCosmosDbChatExtensionConfiguration,
    AzureCosmosDbChatExtensionConfigurationParam,
)
from .azure_search_chat_extension_configuration import (
    AzureSearchChatExtensionConfiguration,
    AzureSearchChatExtensionConfigurationParam,
)

AzureChatExtensionConfiguration: TypeAlias = Open[
    Annotated[
        Annotated[AzureSearchChatExtensionConfiguration, Tag("azure_search")]
        | Annotated[AzureCosmosDbChatExtensionConfiguration, Tag("azure_cosmos_db")],
        Discriminator(tag_of("type")),
    ]
]
"""A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
  completions request that should use Azure OpenAI chat extensions to augment the response behavior.
  The use of this configuration is compatible only with Azure OpenAI.
"""


AzureChatExtensionConfigurationParam: TypeAlias = (
    AzureSearchChatExtensionConfigurationParam | AzureCosmosDbChatExtensionConfigurationParam
)
"""A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
  completions request that should use Azure OpenAI chat extensions to augment the response behavior.
  The use of this configuration is compatible only with Azure OpenAI.
"""
