# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

OnYourDataAuthenticationType: TypeAlias = Open[
    Literal["api_key", "connection_string", "system_assigned_managed_identity", "user_assigned_managed_identity"]
]
"""The authentication types supported with Azure OpenAI On Your Data."""
