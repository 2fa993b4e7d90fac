# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ContainerNetworkPolicyDomainSecret(BaseModel):
    domain: str = Field(default_factory=_missing)
    """The domain associated with the secret."""

    name: str = Field(default_factory=_missing)
    """The name of the secret to inject for the domain."""

    value: str = Field(default_factory=_missing)
    """The secret value to inject for the domain."""


class ContainerNetworkPolicyDomainSecretParam(TypedDict, total=False):
    domain: Required[str]
    """The domain associated with the secret."""

    name: Required[str]
    """The name of the secret to inject for the domain."""

    value: Required[str]
    """The secret value to inject for the domain."""
