# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class OrganizationCertificateDetails(BaseModel):
    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""


class OrganizationCertificate(BaseModel):
    """Represents an individual certificate configured at the organization level."""

    object: Literal["organization.certificate"] = Field(default_factory=_missing)
    """The object type, which is always `organization.certificate`."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the certificate."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: OrganizationCertificateDetails = Field(default_factory=_missing)

    active: bool = Field(default_factory=_missing)
    """Whether the certificate is currently active at the organization level."""
