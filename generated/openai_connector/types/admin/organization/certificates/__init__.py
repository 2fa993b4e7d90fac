# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.certificates`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "Certificate": (("certificate", "Certificate"),),
    "CertificateActivateResponse": (
        ("organization_certificate_activation_response", "OrganizationCertificateActivationResponse"),
    ),
    "CertificateCreateResponse": (("certificate", "Certificate"),),
    "CertificateDeactivateResponse": (
        ("organization_certificate_deactivation_response", "OrganizationCertificateDeactivationResponse"),
    ),
    "CertificateDeleteResponse": (("delete_certificate_response", "DeleteCertificateResponse"),),
    "CertificateListResponse": (("organization_certificate", "OrganizationCertificate"),),
    "CertificateRetrieveResponse": (("certificate", "Certificate"),),
    "CertificateUpdateResponse": (("certificate", "Certificate"),),
    "DeleteCertificateResponse": (("delete_certificate_response", "DeleteCertificateResponse"),),
    "OrganizationCertificate": (("organization_certificate", "OrganizationCertificate"),),
    "OrganizationCertificateActivationResponse": (
        ("organization_certificate_activation_response", "OrganizationCertificateActivationResponse"),
    ),
    "OrganizationCertificateDeactivationResponse": (
        ("organization_certificate_deactivation_response", "OrganizationCertificateDeactivationResponse"),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
