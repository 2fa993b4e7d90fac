# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ...lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "AdminAPIKey": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeyCreateResponse": (("admin_api_key_create_response", "AdminApiKeyCreateResponse"),),
    "AdminAPIKeysDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AdminApiKey": (("admin_api_key", "AdminApiKey"),),
    "AdminApiKeyCreateResponse": (("admin_api_key_create_response", "AdminApiKeyCreateResponse"),),
    "AdminApiKeysDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "AuditLog": (("audit_log", "AuditLog"),),
    "Certificate": (("certificate", "Certificate"),),
    "DeleteCertificateResponse": (("delete_certificate_response", "DeleteCertificateResponse"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "Group": (("group_response", "GroupResponse"),),
    "GroupDeletedResource": (("group_deleted_resource", "GroupDeletedResource"),),
    "GroupMemberUser": (("group_member_user", "GroupMemberUser"),),
    "GroupResourceWithSuccess": (("group_resource_with_success", "GroupResourceWithSuccess"),),
    "GroupResponse": (("group_response", "GroupResponse"),),
    "GroupRoleAssignment": (("group_role_assignment", "GroupRoleAssignment"),),
    "GroupUserAssignment": (("group_user_assignment", "GroupUserAssignment"),),
    "GroupUserDeletedResource": (("group_user_deleted_resource", "GroupUserDeletedResource"),),
    "Invite": (("invite", "Invite"),),
    "InviteDeleteResponse": (("invite_delete_response", "InviteDeleteResponse"),),
    "OrganizationCertificate": (("organization_certificate", "OrganizationCertificate"),),
    "OrganizationCertificateActivationResponse": (
        ("organization_certificate_activation_response", "OrganizationCertificateActivationResponse"),
    ),
    "OrganizationCertificateDeactivationResponse": (
        ("organization_certificate_deactivation_response", "OrganizationCertificateDeactivationResponse"),
    ),
    "OrganizationDataRetention": (("organization_data_retention", "OrganizationDataRetention"),),
    "OrganizationGroupUser": (("organization_group_user", "OrganizationGroupUser"),),
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
    "OrganizationSpendAlert": (("organization_spend_alert", "OrganizationSpendAlert"),),
    "OrganizationSpendAlertDeleted": (("organization_spend_alert_deleted", "OrganizationSpendAlertDeleted"),),
    "OrganizationSpendLimit": (("organization_spend_limit", "OrganizationSpendLimit"),),
    "OrganizationSpendLimitDeleted": (("organization_spend_limit_deleted", "OrganizationSpendLimitDeleted"),),
    "OrganizationUser": (("organization_user", "OrganizationUser"),),
    "Project": (("project", "Project"),),
    "ProjectAPIKey": (("project_api_key", "ProjectApiKey"),),
    "ProjectAPIKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "ProjectApiKey": (("project_api_key", "ProjectApiKey"),),
    "ProjectApiKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "ProjectDataRetention": (("project_data_retention", "ProjectDataRetention"),),
    "ProjectGroup": (("project_group", "ProjectGroup"),),
    "ProjectGroupDeletedResource": (("project_group_deleted_resource", "ProjectGroupDeletedResource"),),
    "ProjectHostedToolPermissions": (("project_hosted_tool_permissions", "ProjectHostedToolPermissions"),),
    "ProjectModelPermissions": (("project_model_permissions", "ProjectModelPermissions"),),
    "ProjectModelPermissionsDeleted": (("project_model_permissions_deleted", "ProjectModelPermissionsDeleted"),),
    "ProjectRateLimit": (("project_rate_limit", "ProjectRateLimit"),),
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
    "ProjectUser": (("project_user", "ProjectUser"),),
    "ProjectUserDeleteResponse": (("project_user_delete_response", "ProjectUserDeleteResponse"),),
    "Role": (("role", "Role"),),
    "RoleDeletedResource": (("role_deleted_resource", "RoleDeletedResource"),),
    "ServiceAccountAPIKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountApiKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "UsageResponse": (("usage_response", "UsageResponse"),),
    "UserDeleteResponse": (("user_delete_response", "UserDeleteResponse"),),
    "UserRoleAssignment": (("user_role_assignment", "UserRoleAssignment"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
