# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class OnYourDataUserAssignedManagedIdentityAuthenticationOptions(BaseModel):
    """The authentication options for Azure OpenAI On Your Data when using a user-assigned managed identity."""

    type: Literal["user_assigned_managed_identity"] = Field(default_factory=_missing)
    """The authentication types supported with Azure OpenAI On Your Data."""

    managed_identity_resource_id: str = Field(default_factory=_missing)
    """The resource ID of the user-assigned managed identity to use for authentication."""


class OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam(TypedDict, total=False):
    """The authentication options for Azure OpenAI On Your Data when using a user-assigned managed identity."""

    type: Required[Literal["user_assigned_managed_identity"]]
    """The authentication types supported with Azure OpenAI On Your Data."""

    managed_identity_resource_id: Required[str]
    """The resource ID of the user-assigned managed identity to use for authentication."""
