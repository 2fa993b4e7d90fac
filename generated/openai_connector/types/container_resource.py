# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ContainerResourceExpiresAfter(BaseModel):
    """The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires.
    """

    anchor: Literal["last_active_at"] | None = None
    """The reference point for the expiration."""

    minutes: int | None = None
    """The number of minutes after the anchor before the container expires."""


class ContainerResourceNetworkPolicy(BaseModel):
    """Network access policy for the container."""

    type: Open[Literal["allowlist", "disabled"]] = Field(default_factory=_missing)
    """The network policy mode."""

    allowed_domains: list[str] | None = None
    """Allowed outbound domains when `type` is `allowlist`."""


class ContainerResource(BaseModel):
    """The container object"""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the container."""

    object: str = Field(default_factory=_missing)
    """The type of this object."""

    name: str = Field(default_factory=_missing)
    """Name of the container."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the container was created."""

    status: str = Field(default_factory=_missing)
    """Status of the container (e.g., active, deleted)."""

    last_active_at: int | None = None
    """Unix timestamp (in seconds) when the container was last active."""

    expires_after: ContainerResourceExpiresAfter | None = None
    """The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires.
    """

    memory_limit: Open[Literal["1g", "4g", "16g", "64g"]] | None = None
    """The memory limit configured for the container."""

    network_policy: ContainerResourceNetworkPolicy | None = None
    """Network access policy for the container."""
