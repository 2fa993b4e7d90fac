# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .organization_certificate import OrganizationCertificate


class OrganizationCertificateDeactivationResponse(BaseModel):
    object: Literal["organization.certificate.deactivation"]
    """The organization certificate deactivation result type."""

    data: list[OrganizationCertificate]
