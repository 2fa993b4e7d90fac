# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class OnYourDataConnectionStringAuthenticationOptions(BaseModel):
    """The authentication options for Azure OpenAI On Your Data when using a connection string."""

    type: 'Literal["connection_string"]' = Field(default_factory=_missing)
    """The authentication types supported with Azure OpenAI On Your Data."""

    connection_string: str = Field(default_factory=_missing)
    """The connection string to use for authentication."""


class OnYourDataConnectionStringAuthenticationOptionsParam(TypedDict, total=False):
    """The authentication options for Azure OpenAI On Your Data when using a connection string."""

    type: Required[Literal["connection_string"]]
    """The authentication types supported with Azure OpenAI On Your Data."""

    connection_string: Required[str]
    """The connection string to use for authentication."""
