# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .organization_certificate import OrganizationCertificate


class OrganizationCertificateDeactivationResponse(BaseModel):
    object: Literal["organization.certificate.deactivation"] = Field(default_factory=_missing)
    """The organization certificate deactivation result type."""

    data: list[OrganizationCertificate] = Field(default_factory=_missing)
