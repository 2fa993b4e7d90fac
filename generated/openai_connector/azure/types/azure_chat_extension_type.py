# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

AzureChatExtensionType: TypeAlias = Open[Literal["azure_search", "azure_cosmos_db"]]
"""A representation of configuration data for a single Azure OpenAI chat extension. This will be used by a chat
  completions request that should use Azure OpenAI chat extensions to augment the response behavior.
  The use of this configuration is compatible only with Azure OpenAI.
"""
