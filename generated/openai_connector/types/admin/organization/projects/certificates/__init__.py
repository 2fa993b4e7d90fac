# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.certificates`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "CertificateActivateResponse": (
        ("organization_project_certificate_activation_response", "OrganizationProjectCertificateActivationResponse"),
    ),
    "CertificateDeactivateResponse": (
        (
            "organization_project_certificate_deactivation_response",
            "OrganizationProjectCertificateDeactivationResponse",
        ),
    ),
    "CertificateListResponse": (("organization_project_certificate", "OrganizationProjectCertificate"),),
    "OrganizationProjectCertificate": (("organization_project_certificate", "OrganizationProjectCertificate"),),
    "OrganizationProjectCertificateActivationResponse": (
        ("organization_project_certificate_activation_response", "OrganizationProjectCertificateActivationResponse"),
    ),
    "OrganizationProjectCertificateDeactivationResponse": (
        (
            "organization_project_certificate_deactivation_response",
            "OrganizationProjectCertificateDeactivationResponse",
        ),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
