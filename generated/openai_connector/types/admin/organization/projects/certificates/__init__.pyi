# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....organization_project_certificate import OrganizationProjectCertificate as CertificateListResponse
from .....organization_project_certificate import OrganizationProjectCertificate as OrganizationProjectCertificate
from .....organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse as CertificateActivateResponse,
)
from .....organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
)
from .....organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse as CertificateDeactivateResponse,
)
from .....organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
)

__all__ = [
    "CertificateActivateResponse",
    "CertificateDeactivateResponse",
    "CertificateListResponse",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateDeactivationResponse",
]
