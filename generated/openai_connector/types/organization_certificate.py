# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class OrganizationCertificate(BaseModel):
    """Represents an individual certificate configured at the organization level."""

    object: Literal["organization.certificate"]
    """The object type, which is always `organization.certificate`."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the certificate."""

    created_at: int
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: OrganizationCertificateDetails

    active: bool
    """Whether the certificate is currently active at the organization level."""


class OrganizationCertificateDetails(BaseModel):
    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""
