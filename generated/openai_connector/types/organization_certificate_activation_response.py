# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .organization_certificate import OrganizationCertificate


class OrganizationCertificateActivationResponse(BaseModel):
    object: Literal["organization.certificate.activation"]
    """The organization certificate activation result type."""

    data: list[OrganizationCertificate]
