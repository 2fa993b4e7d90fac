# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_container_network_policy_domain_secret_param import (
    BetaContainerNetworkPolicyDomainSecret,
    BetaContainerNetworkPolicyDomainSecretParam,
)


class BetaContainerNetworkPolicyAllowlist(BaseModel):
    type: Literal["allowlist"] = Field(default_factory=_missing)
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    allowed_domains: list[str] = Field(default_factory=_missing)
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: list[BetaContainerNetworkPolicyDomainSecret] | None = None
    """Optional domain-scoped secrets for allowlisted domains."""


class BetaContainerNetworkPolicyAllowlistParam(TypedDict, total=False):
    type: Required[Literal["allowlist"]]
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    allowed_domains: Required[Sequence[str]]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: Sequence[BetaContainerNetworkPolicyDomainSecretParam]
    """Optional domain-scoped secrets for allowlisted domains."""
