# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .organization_project_certificate import OrganizationProjectCertificate


class OrganizationProjectCertificateActivationResponse(BaseModel):
    object: Literal["organization.project.certificate.activation"] = Field(default_factory=_missing)
    """The project certificate activation result type."""

    data: list[OrganizationProjectCertificate] = Field(default_factory=_missing)
