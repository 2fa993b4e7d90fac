# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....certificate import Certificate as Certificate
from ....certificate import Certificate as CertificateCreateResponse
from ....certificate import Certificate as CertificateRetrieveResponse
from ....certificate import Certificate as CertificateUpdateResponse
from ....delete_certificate_response import DeleteCertificateResponse as CertificateDeleteResponse
from ....delete_certificate_response import DeleteCertificateResponse as DeleteCertificateResponse
from ....organization_certificate import OrganizationCertificate as CertificateListResponse
from ....organization_certificate import OrganizationCertificate as OrganizationCertificate
from ....organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse as CertificateActivateResponse,
)
from ....organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
)
from ....organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse as CertificateDeactivateResponse,
)
from ....organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
)

__all__ = [
    "Certificate",
    "CertificateActivateResponse",
    "CertificateCreateResponse",
    "CertificateDeactivateResponse",
    "CertificateDeleteResponse",
    "CertificateListResponse",
    "CertificateRetrieveResponse",
    "CertificateUpdateResponse",
    "DeleteCertificateResponse",
    "OrganizationCertificate",
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateDeactivationResponse",
]
