# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .azure_search_chat_extension_parameters import (
    AzureSearchChatExtensionParameters,
    AzureSearchChatExtensionParametersParam,
)


class AzureSearchChatExtensionConfiguration(BaseModel):
    """A specific representation of configurable options for Azure Search when using it as an Azure OpenAI chat
    extension.
    """

    type: Literal["azure_search"] = Field(default_factory=_missing)
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """

    parameters: AzureSearchChatExtensionParameters = Field(default_factory=_missing)
    """Parameters for Azure Search when used as an Azure OpenAI chat extension."""


class AzureSearchChatExtensionConfigurationParam(TypedDict, total=False):
    """A specific representation of configurable options for Azure Search when using it as an Azure OpenAI chat
    extension.
    """

    type: Required[Literal["azure_search"]]
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """

    parameters: Required[AzureSearchChatExtensionParametersParam]
    """Parameters for Azure Search when used as an Azure OpenAI chat extension."""
