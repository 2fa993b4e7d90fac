# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class OnYourDataApiKeyAuthenticationOptions(BaseModel):
    """The authentication options for Azure OpenAI On Your Data when using an API key."""

    type: Literal["api_key"] = Field(default_factory=_missing)
    """The authentication types supported with Azure OpenAI On Your Data."""

    key: str = Field(default_factory=_missing)
    """The API key to use for authentication."""


class OnYourDataApiKeyAuthenticationOptionsParam(TypedDict, total=False):
    """The authentication options for Azure OpenAI On Your Data when using an API key."""

    type: Required[Literal["api_key"]]
    """The authentication types supported with Azure OpenAI On Your Data."""

    key: Required[str]
    """The API key to use for authentication."""
