# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .azure_chat_extension_type import AzureChatExtensionType
from .azure_search_chat_extension_parameters import AzureSearchChatExtensionParameters


class AzureSearchChatExtensionConfiguration(BaseModel):
    """A specific representation of configurable options for Azure Search when using it as an Azure OpenAI chat
    extension.
    """

    type: AzureChatExtensionType = Field(default_factory=_missing)
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """

    parameters: AzureSearchChatExtensionParameters = Field(default_factory=_missing)
    """Parameters for Azure Search when used as an Azure OpenAI chat extension."""
