# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ....assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from ....deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
    from ....group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
    from ....organization_project_certificate import OrganizationProjectCertificate as CertificateActivateResponse
    from ....organization_project_certificate import OrganizationProjectCertificate as CertificateDeactivateResponse
    from ....organization_project_certificate import OrganizationProjectCertificate as CertificateListResponse
    from ....organization_project_certificate import OrganizationProjectCertificate as OrganizationProjectCertificate
    from ....project import Project as Project
    from ....project import Project as ProjectArchiveResponse
    from ....project import Project as ProjectCreateResponse
    from ....project import Project as ProjectListResponse
    from ....project import Project as ProjectRetrieveResponse
    from ....project import Project as ProjectUpdateResponse
    from ....project_api_key import ProjectApiKey as APIKeyListResponse
    from ....project_api_key import ProjectApiKey as APIKeyRetrieveResponse
    from ....project_api_key import ProjectApiKey as ProjectAPIKey
    from ....project_api_key import ProjectApiKey as ProjectApiKey
    from ....project_api_key_delete_response import ProjectApiKeyDeleteResponse as APIKeyDeleteResponse
    from ....project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectAPIKeyDeleteResponse
    from ....project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse
    from ....project_data_retention import ProjectDataRetention as DataRetentionRetrieveResponse
    from ....project_data_retention import ProjectDataRetention as DataRetentionUpdateResponse
    from ....project_data_retention import ProjectDataRetention as ProjectDataRetention
    from ....project_group import ProjectGroup as GroupCreateResponse
    from ....project_group import ProjectGroup as GroupListResponse
    from ....project_group import ProjectGroup as GroupRetrieveResponse
    from ....project_group import ProjectGroup as ProjectGroup
    from ....project_group_deleted_resource import ProjectGroupDeletedResource as GroupDeleteResponse
    from ....project_group_deleted_resource import ProjectGroupDeletedResource as ProjectGroupDeletedResource
    from ....project_hosted_tool_permissions import ProjectHostedToolPermissions as HostedToolPermissionRetrieveResponse
    from ....project_hosted_tool_permissions import ProjectHostedToolPermissions as HostedToolPermissionUpdateResponse
    from ....project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
    from ....project_model_permissions import ProjectModelPermissions as ModelPermissionRetrieveResponse
    from ....project_model_permissions import ProjectModelPermissions as ModelPermissionUpdateResponse
    from ....project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from ....project_model_permissions_deleted import ProjectModelPermissionsDeleted as ModelPermissionDeleteResponse
    from ....project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted
    from ....project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from ....project_rate_limit import ProjectRateLimit as RateLimitListRateLimitsResponse
    from ....project_rate_limit import ProjectRateLimit as RateLimitUpdateRateLimitResponse
    from ....project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from ....project_service_account import ProjectServiceAccount as ServiceAccountListResponse
    from ....project_service_account import ProjectServiceAccount as ServiceAccountRetrieveResponse
    from ....project_service_account import ProjectServiceAccount as ServiceAccountUpdateResponse
    from ....project_service_account_create_response import (
        ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
    )
    from ....project_service_account_create_response import (
        ProjectServiceAccountCreateResponse as ServiceAccountCreateResponse,
    )
    from ....project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
    )
    from ....project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse as ServiceAccountDeleteResponse,
    )
    from ....project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from ....project_spend_alert import ProjectSpendAlert as SpendAlertCreateResponse
    from ....project_spend_alert import ProjectSpendAlert as SpendAlertListResponse
    from ....project_spend_alert import ProjectSpendAlert as SpendAlertRetrieveResponse
    from ....project_spend_alert import ProjectSpendAlert as SpendAlertUpdateResponse
    from ....project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
    from ....project_spend_alert_deleted import ProjectSpendAlertDeleted as SpendAlertDeleteResponse
    from ....project_spend_limit import ProjectSpendLimit as ProjectSpendLimit
    from ....project_spend_limit import ProjectSpendLimit as SpendLimitRetrieveResponse
    from ....project_spend_limit import ProjectSpendLimit as SpendLimitUpdateResponse
    from ....project_spend_limit_deleted import ProjectSpendLimitDeleted as ProjectSpendLimitDeleted
    from ....project_spend_limit_deleted import ProjectSpendLimitDeleted as SpendLimitDeleteResponse
    from ....project_user import ProjectUser as ProjectUser
    from ....project_user import ProjectUser as UserCreateResponse
    from ....project_user import ProjectUser as UserListResponse
    from ....project_user import ProjectUser as UserRetrieveResponse
    from ....project_user import ProjectUser as UserUpdateResponse
    from ....project_user_delete_response import ProjectUserDeleteResponse as ProjectUserDeleteResponse
    from ....project_user_delete_response import ProjectUserDeleteResponse as UserDeleteResponse
    from ....role import Role as Role
    from ....role import Role as RoleCreateResponse
    from ....role import Role as RoleListResponse
    from ....role import Role as RoleRetrieveResponse
    from ....role import Role as RoleUpdateResponse
    from ....role_deleted_resource import RoleDeletedResource as RoleDeleteResponse
    from ....role_deleted_resource import RoleDeletedResource as RoleDeletedResource
    from ....service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountAPIKeyBody
    from ....service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountApiKeyBody
    from ....user_role_assignment import UserRoleAssignment as UserRoleAssignment

__all__ = [
    "APIKeyDeleteResponse",
    "APIKeyListResponse",
    "APIKeyRetrieveResponse",
    "AssignedRoleDetails",
    "CertificateActivateResponse",
    "CertificateDeactivateResponse",
    "CertificateListResponse",
    "DataRetentionRetrieveResponse",
    "DataRetentionUpdateResponse",
    "DeletedRoleAssignmentResource",
    "GroupCreateResponse",
    "GroupDeleteResponse",
    "GroupListResponse",
    "GroupRetrieveResponse",
    "GroupRoleAssignment",
    "HostedToolPermissionRetrieveResponse",
    "HostedToolPermissionUpdateResponse",
    "ModelPermissionDeleteResponse",
    "ModelPermissionRetrieveResponse",
    "ModelPermissionUpdateResponse",
    "OrganizationProjectCertificate",
    "Project",
    "ProjectAPIKey",
    "ProjectAPIKeyDeleteResponse",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
    "ProjectArchiveResponse",
    "ProjectCreateResponse",
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectHostedToolPermissions",
    "ProjectListResponse",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleted",
    "ProjectRateLimit",
    "ProjectRetrieveResponse",
    "ProjectServiceAccount",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeleted",
    "ProjectSpendLimit",
    "ProjectSpendLimitDeleted",
    "ProjectUpdateResponse",
    "ProjectUser",
    "ProjectUserDeleteResponse",
    "RateLimitListRateLimitsResponse",
    "RateLimitUpdateRateLimitResponse",
    "Role",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleDeletedResource",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "RoleUpdateResponse",
    "ServiceAccountAPIKeyBody",
    "ServiceAccountApiKeyBody",
    "ServiceAccountCreateResponse",
    "ServiceAccountDeleteResponse",
    "ServiceAccountListResponse",
    "ServiceAccountRetrieveResponse",
    "ServiceAccountUpdateResponse",
    "SpendAlertCreateResponse",
    "SpendAlertDeleteResponse",
    "SpendAlertListResponse",
    "SpendAlertRetrieveResponse",
    "SpendAlertUpdateResponse",
    "SpendLimitDeleteResponse",
    "SpendLimitRetrieveResponse",
    "SpendLimitUpdateResponse",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListResponse",
    "UserRetrieveResponse",
    "UserRoleAssignment",
    "UserUpdateResponse",
]

_EXPORTS: dict[str, Target] = {
    "APIKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "APIKeyListResponse": (("project_api_key", "ProjectApiKey"),),
    "APIKeyRetrieveResponse": (("project_api_key", "ProjectApiKey"),),
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "CertificateActivateResponse": (("organization_project_certificate", "OrganizationProjectCertificate"),),
    "CertificateDeactivateResponse": (("organization_project_certificate", "OrganizationProjectCertificate"),),
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
