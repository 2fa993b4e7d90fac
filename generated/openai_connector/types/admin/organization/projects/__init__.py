# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "APIKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "APIKeyListResponse": (("project_api_key", "ProjectApiKey"),),
    "APIKeyRetrieveResponse": (("project_api_key", "ProjectApiKey"),),
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
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
    "DataRetentionRetrieveResponse": (("project_data_retention", "ProjectDataRetention"),),
    "DataRetentionUpdateResponse": (("project_data_retention", "ProjectDataRetention"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "GroupCreateResponse": (("project_group", "ProjectGroup"),),
    "GroupDeleteResponse": (("project_group_deleted_resource", "ProjectGroupDeletedResource"),),
    "GroupListResponse": (("project_group", "ProjectGroup"),),
    "GroupRetrieveResponse": (("project_group", "ProjectGroup"),),
    "GroupRoleAssignment": (("group_role_assignment", "GroupRoleAssignment"),),
    "HostedToolPermissionRetrieveResponse": (("project_hosted_tool_permissions", "ProjectHostedToolPermissions"),),
    "HostedToolPermissionUpdateResponse": (("project_hosted_tool_permissions", "ProjectHostedToolPermissions"),),
    "ModelPermissionDeleteResponse": (("project_model_permissions_deleted", "ProjectModelPermissionsDeleted"),),
    "ModelPermissionRetrieveResponse": (("project_model_permissions", "ProjectModelPermissions"),),
    "ModelPermissionUpdateResponse": (("project_model_permissions", "ProjectModelPermissions"),),
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
    "Project": (("project", "Project"),),
    "ProjectAPIKey": (("project_api_key", "ProjectApiKey"),),
    "ProjectAPIKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "ProjectApiKey": (("project_api_key", "ProjectApiKey"),),
    "ProjectApiKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "ProjectArchiveResponse": (("project", "Project"),),
    "ProjectCreateResponse": (("project", "Project"),),
    "ProjectDataRetention": (("project_data_retention", "ProjectDataRetention"),),
    "ProjectGroup": (("project_group", "ProjectGroup"),),
    "ProjectGroupDeletedResource": (("project_group_deleted_resource", "ProjectGroupDeletedResource"),),
    "ProjectHostedToolPermissions": (("project_hosted_tool_permissions", "ProjectHostedToolPermissions"),),
    "ProjectListResponse": (("project", "Project"),),
    "ProjectModelPermissions": (("project_model_permissions", "ProjectModelPermissions"),),
    "ProjectModelPermissionsDeleted": (("project_model_permissions_deleted", "ProjectModelPermissionsDeleted"),),
    "ProjectRateLimit": (("project_rate_limit", "ProjectRateLimit"),),
    "ProjectRetrieveResponse": (("project", "Project"),),
    "ProjectServiceAccount": (("project_service_account", "ProjectServiceAccount"),),
    "ProjectServiceAccountCreateResponse": (
        ("project_service_account_create_response", "ProjectServiceAccountCreateResponse"),
    ),
    "ProjectServiceAccountDeleteResponse": (
        ("project_service_account_delete_response", "ProjectServiceAccountDeleteResponse"),
    ),
    "ProjectSpendAlert": (("project_spend_alert", "ProjectSpendAlert"),),
    "ProjectSpendAlertDeleted": (("project_spend_alert_deleted", "ProjectSpendAlertDeleted"),),
    "ProjectSpendLimit": (("project_spend_limit", "ProjectSpendLimit"),),
    "ProjectSpendLimitDeleted": (("project_spend_limit_deleted", "ProjectSpendLimitDeleted"),),
    "ProjectUpdateResponse": (("project", "Project"),),
    "ProjectUser": (("project_user", "ProjectUser"),),
    "ProjectUserDeleteResponse": (("project_user_delete_response", "ProjectUserDeleteResponse"),),
    "RateLimitListRateLimitsResponse": (("project_rate_limit", "ProjectRateLimit"),),
    "RateLimitUpdateRateLimitResponse": (("project_rate_limit", "ProjectRateLimit"),),
    "Role": (("role", "Role"),),
    "RoleCreateResponse": (("role", "Role"),),
    "RoleDeleteResponse": (("role_deleted_resource", "RoleDeletedResource"),),
    "RoleDeletedResource": (("role_deleted_resource", "RoleDeletedResource"),),
    "RoleListResponse": (("role", "Role"),),
    "RoleRetrieveResponse": (("role", "Role"),),
    "RoleUpdateResponse": (("role", "Role"),),
    "ServiceAccountAPIKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountApiKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountCreateResponse": (
        ("project_service_account_create_response", "ProjectServiceAccountCreateResponse"),
    ),
    "ServiceAccountDeleteResponse": (
        ("project_service_account_delete_response", "ProjectServiceAccountDeleteResponse"),
    ),
    "ServiceAccountListResponse": (("project_service_account", "ProjectServiceAccount"),),
    "ServiceAccountRetrieveResponse": (("project_service_account", "ProjectServiceAccount"),),
    "ServiceAccountUpdateResponse": (("project_service_account", "ProjectServiceAccount"),),
    "SpendAlertCreateResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendAlertDeleteResponse": (("project_spend_alert_deleted", "ProjectSpendAlertDeleted"),),
    "SpendAlertListResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendAlertRetrieveResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendAlertUpdateResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendLimitDeleteResponse": (("project_spend_limit_deleted", "ProjectSpendLimitDeleted"),),
    "SpendLimitRetrieveResponse": (("project_spend_limit", "ProjectSpendLimit"),),
    "SpendLimitUpdateResponse": (("project_spend_limit", "ProjectSpendLimit"),),
    "UserCreateResponse": (("project_user", "ProjectUser"),),
    "UserDeleteResponse": (("project_user_delete_response", "ProjectUserDeleteResponse"),),
    "UserListResponse": (("project_user", "ProjectUser"),),
    "UserRetrieveResponse": (("project_user", "ProjectUser"),),
    "UserRoleAssignment": (("user_role_assignment", "UserRoleAssignment"),),
    "UserUpdateResponse": (("project_user", "ProjectUser"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
