# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .azure_chat_extension_type import AzureChatExtensionType


class AzureChatExtensionConfiguration(BaseModel):
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
    completions request that should use Azure OpenAI chat extensions to augment the response behavior.
    The use of this configuration is compatible only with Azure OpenAI.
    """

    type: AzureChatExtensionType = Field(default_factory=_missing)
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """


class AzureChatExtensionConfigurationParam(TypedDict, total=False):
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
    completions request that should use Azure OpenAI chat extensions to augment the response behavior.
    The use of this configuration is compatible only with Azure OpenAI.
    """

    type: Required[AzureChatExtensionType]
    """A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
      completions request that should use Azure OpenAI chat extensions to augment the response behavior.
      The use of this configuration is compatible only with Azure OpenAI.
    """
