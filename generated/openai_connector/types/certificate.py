# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class CertificateDetails(BaseModel):
    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""

    content: str | None = None
    """The content of the certificate in PEM format."""


class Certificate(BaseModel):
    """Represents an individual `certificate` uploaded to the organization."""

    object: Open[Literal["certificate", "organization.certificate", "organization.project.certificate"]] = Field(
        default_factory=_missing
    )
    """The object type.

    - If creating, updating, or getting a specific certificate, the object type is `certificate`.
    - If listing, activating, or deactivating certificates for the organization, the object type is `organization.certificate`.
    - If listing, activating, or deactivating certificates for a project, the object type is `organization.project.certificate`.
    """

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the certificate."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: CertificateDetails = Field(default_factory=_missing)

    active: bool | None = None
    """Whether the certificate is currently active at the specified scope. Not returned when getting details for a specific certificate."""
