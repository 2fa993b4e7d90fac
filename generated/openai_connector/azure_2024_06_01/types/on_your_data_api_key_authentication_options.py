# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .on_your_data_authentication_type import OnYourDataAuthenticationType


class OnYourDataApiKeyAuthenticationOptions(BaseModel):
    """The authentication options for Azure OpenAI On Your Data when using an API key."""

    type: OnYourDataAuthenticationType = Field(default_factory=_missing)
    """The authentication types supported with Azure OpenAI On Your Data."""

    key: str = Field(default_factory=_missing)
    """The API key to use for authentication."""
