# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ContainerNetworkPolicyDomainSecretParam(BaseModel):
    domain: str
    """The domain associated with the secret."""

    name: str
    """The name of the secret to inject for the domain."""

    value: str
    """The secret value to inject for the domain."""


class ContainerNetworkPolicyDomainSecretParamParam(TypedDict, total=False):
    domain: Required[str]
    """The domain associated with the secret."""

    name: Required[str]
    """The name of the secret to inject for the domain."""

    value: Required[str]
    """The secret value to inject for the domain."""
