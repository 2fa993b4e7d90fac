# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class OnYourDataSystemAssignedManagedIdentityAuthenticationOptions(BaseModel):
    """The authentication options for Azure OpenAI On Your Data when using a system-assigned managed identity."""

    type: Literal["system_assigned_managed_identity"] = Field(default_factory=_missing)
    """The authentication types supported with Azure OpenAI On Your Data."""


class OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam(TypedDict, total=False):
    """The authentication options for Azure OpenAI On Your Data when using a system-assigned managed identity."""

    type: Required[Literal["system_assigned_managed_identity"]]
    """The authentication types supported with Azure OpenAI On Your Data."""
