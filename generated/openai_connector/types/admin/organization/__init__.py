# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...admin_api_key import AdminApiKey as AdminAPIKey
    from ...admin_api_key import AdminApiKey as AdminAPIKeyListResponse
    from ...admin_api_key import AdminApiKey as AdminAPIKeyRetrieveResponse
    from ...admin_api_key import AdminApiKey as AdminApiKey
    from ...admin_api_key_create_response import AdminApiKeyCreateResponse as AdminAPIKeyCreateResponse
    from ...admin_api_key_create_response import AdminApiKeyCreateResponse as AdminApiKeyCreateResponse
    from ...admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminAPIKeyDeleteResponse
    from ...admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminAPIKeysDeleteResponse
    from ...admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminApiKeysDeleteResponse
    from ...assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from ...audit_log import AuditLog as AuditLog
    from ...audit_log import AuditLog as AuditLogListResponse
    from ...certificate import Certificate as Certificate
    from ...certificate import Certificate as CertificateCreateResponse
    from ...certificate import Certificate as CertificateRetrieveResponse
    from ...certificate import Certificate as CertificateUpdateResponse
    from ...delete_certificate_response import DeleteCertificateResponse as CertificateDeleteResponse
    from ...delete_certificate_response import DeleteCertificateResponse as DeleteCertificateResponse
    from ...deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
    from ...group_deleted_resource import GroupDeletedResource as GroupDeleteResponse
    from ...group_deleted_resource import GroupDeletedResource as GroupDeletedResource
    from ...group_member_user import GroupMemberUser as GroupMemberUser
    from ...group_resource_with_success import GroupResourceWithSuccess as GroupResourceWithSuccess
    from ...group_resource_with_success import GroupResourceWithSuccess as GroupUpdateResponse
    from ...group_response import GroupResponse as Group
    from ...group_response import GroupResponse as GroupCreateResponse
    from ...group_response import GroupResponse as GroupListResponse
    from ...group_response import GroupResponse as GroupResponse
    from ...group_response import GroupResponse as GroupRetrieveResponse
    from ...group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
    from ...group_user_assignment import GroupUserAssignment as GroupUserAssignment
    from ...group_user_deleted_resource import GroupUserDeletedResource as GroupUserDeletedResource
    from ...invite import Invite as Invite
    from ...invite import Invite as InviteCreateResponse
    from ...invite import Invite as InviteListResponse
    from ...invite import Invite as InviteRetrieveResponse
    from ...invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from ...organization_certificate import OrganizationCertificate as CertificateActivateResponse
    from ...organization_certificate import OrganizationCertificate as CertificateDeactivateResponse
    from ...organization_certificate import OrganizationCertificate as CertificateListResponse
    from ...organization_certificate import OrganizationCertificate as OrganizationCertificate
    from ...organization_data_retention import OrganizationDataRetention as DataRetentionRetrieveResponse
    from ...organization_data_retention import OrganizationDataRetention as DataRetentionUpdateResponse
    from ...organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
    from ...organization_group_user import OrganizationGroupUser as OrganizationGroupUser
    from ...organization_project_certificate import OrganizationProjectCertificate as OrganizationProjectCertificate
    from ...organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
    from ...organization_spend_alert import OrganizationSpendAlert as SpendAlertCreateResponse
    from ...organization_spend_alert import OrganizationSpendAlert as SpendAlertListResponse
    from ...organization_spend_alert import OrganizationSpendAlert as SpendAlertRetrieveResponse
    from ...organization_spend_alert import OrganizationSpendAlert as SpendAlertUpdateResponse
    from ...organization_spend_alert_deleted import OrganizationSpendAlertDeleted as OrganizationSpendAlertDeleted
    from ...organization_spend_alert_deleted import OrganizationSpendAlertDeleted as SpendAlertDeleteResponse
    from ...organization_spend_limit import OrganizationSpendLimit as OrganizationSpendLimit
    from ...organization_spend_limit import OrganizationSpendLimit as SpendLimitRetrieveResponse
    from ...organization_spend_limit import OrganizationSpendLimit as SpendLimitUpdateResponse
    from ...organization_spend_limit_deleted import OrganizationSpendLimitDeleted as OrganizationSpendLimitDeleted
    from ...organization_spend_limit_deleted import OrganizationSpendLimitDeleted as SpendLimitDeleteResponse
    from ...organization_user import OrganizationUser as OrganizationUser
    from ...organization_user import OrganizationUser as UserListResponse
    from ...organization_user import OrganizationUser as UserRetrieveResponse
    from ...organization_user import OrganizationUser as UserUpdateResponse
    from ...project import Project as Project
    from ...project import Project as ProjectArchiveResponse
    from ...project import Project as ProjectCreateResponse
    from ...project import Project as ProjectListResponse
    from ...project import Project as ProjectRetrieveResponse
    from ...project import Project as ProjectUpdateResponse
    from ...project_api_key import ProjectApiKey as ProjectAPIKey
    from ...project_api_key import ProjectApiKey as ProjectApiKey
    from ...project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectAPIKeyDeleteResponse
    from ...project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse
    from ...project_data_retention import ProjectDataRetention as ProjectDataRetention
    from ...project_group import ProjectGroup as ProjectGroup
    from ...project_group_deleted_resource import ProjectGroupDeletedResource as ProjectGroupDeletedResource
    from ...project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
    from ...project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from ...project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted
    from ...project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from ...project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from ...project_service_account_create_response import (
        ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
    )
    from ...project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
    )
    from ...project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from ...project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
    from ...project_spend_limit import ProjectSpendLimit as ProjectSpendLimit
    from ...project_spend_limit_deleted import ProjectSpendLimitDeleted as ProjectSpendLimitDeleted
    from ...project_user import ProjectUser as ProjectUser
    from ...project_user_delete_response import ProjectUserDeleteResponse as ProjectUserDeleteResponse
    from ...role import Role as Role
    from ...role import Role as RoleCreateResponse
    from ...role import Role as RoleListResponse
    from ...role import Role as RoleRetrieveResponse
    from ...role import Role as RoleUpdateResponse
    from ...role_deleted_resource import RoleDeletedResource as RoleDeleteResponse
    from ...role_deleted_resource import RoleDeletedResource as RoleDeletedResource
    from ...service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountAPIKeyBody
    from ...service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountApiKeyBody
    from ...usage_response import UsageResponse as UsageAudioSpeechesResponse
    from ...usage_response import UsageResponse as UsageAudioTranscriptionsResponse
    from ...usage_response import UsageResponse as UsageCodeInterpreterSessionsResponse
    from ...usage_response import UsageResponse as UsageCompletionsResponse
    from ...usage_response import UsageResponse as UsageCostsResponse
    from ...usage_response import UsageResponse as UsageEmbeddingsResponse
    from ...usage_response import UsageResponse as UsageFileSearchCallsResponse
    from ...usage_response import UsageResponse as UsageImagesResponse
    from ...usage_response import UsageResponse as UsageModerationsResponse
    from ...usage_response import UsageResponse as UsageResponse
    from ...usage_response import UsageResponse as UsageVectorStoresResponse
    from ...usage_response import UsageResponse as UsageWebSearchCallsResponse
    from ...user_delete_response import UserDeleteResponse as UserDeleteResponse
    from ...user_role_assignment import UserRoleAssignment as UserRoleAssignment

__all__ = [
    "AdminAPIKey",
    "AdminAPIKeyCreateResponse",
    "AdminAPIKeyDeleteResponse",
    "AdminAPIKeyListResponse",
    "AdminAPIKeyRetrieveResponse",
    "AdminAPIKeysDeleteResponse",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeysDeleteResponse",
    "AssignedRoleDetails",
    "AuditLog",
    "AuditLogListResponse",
    "Certificate",
    "CertificateActivateResponse",
    "CertificateCreateResponse",
    "CertificateDeactivateResponse",
    "CertificateDeleteResponse",
    "CertificateListResponse",
    "CertificateRetrieveResponse",
    "CertificateUpdateResponse",
    "DataRetentionRetrieveResponse",
    "DataRetentionUpdateResponse",
    "DeleteCertificateResponse",
    "DeletedRoleAssignmentResource",
    "Group",
    "GroupCreateResponse",
    "GroupDeleteResponse",
    "GroupDeletedResource",
    "GroupListResponse",
    "GroupMemberUser",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupRetrieveResponse",
    "GroupRoleAssignment",
    "GroupUpdateResponse",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "Invite",
    "InviteCreateResponse",
    "InviteDeleteResponse",
    "InviteListResponse",
    "InviteRetrieveResponse",
    "OrganizationCertificate",
    "OrganizationDataRetention",
    "OrganizationGroupUser",
    "OrganizationProjectCertificate",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeleted",
    "OrganizationSpendLimit",
    "OrganizationSpendLimitDeleted",
    "OrganizationUser",
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
    "Role",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleDeletedResource",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "RoleUpdateResponse",
    "ServiceAccountAPIKeyBody",
    "ServiceAccountApiKeyBody",
    "SpendAlertCreateResponse",
    "SpendAlertDeleteResponse",
    "SpendAlertListResponse",
    "SpendAlertRetrieveResponse",
    "SpendAlertUpdateResponse",
    "SpendLimitDeleteResponse",
    "SpendLimitRetrieveResponse",
    "SpendLimitUpdateResponse",
    "UsageAudioSpeechesResponse",
    "UsageAudioTranscriptionsResponse",
    "UsageCodeInterpreterSessionsResponse",
    "UsageCompletionsResponse",
    "UsageCostsResponse",
    "UsageEmbeddingsResponse",
    "UsageFileSearchCallsResponse",
    "UsageImagesResponse",
    "UsageModerationsResponse",
    "UsageResponse",
    "UsageVectorStoresResponse",
    "UsageWebSearchCallsResponse",
    "UserDeleteResponse",
    "UserListResponse",
    "UserRetrieveResponse",
    "UserRoleAssignment",
    "UserUpdateResponse",
]

_EXPORTS: dict[str, Target] = {
    "AdminAPIKey": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeyCreateResponse": (("admin_api_key_create_response", "AdminApiKeyCreateResponse"),),
    "AdminAPIKeyDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AdminAPIKeyListResponse": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeyRetrieveResponse": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeysDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AdminApiKey": (("admin_api_key", "AdminApiKey"),),
    "AdminApiKeyCreateResponse": (("admin_api_key_create_response", "AdminApiKeyCreateResponse"),),
    "AdminApiKeysDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AssignedRoleDetails": (("assigned_role_details", "AssignedRoleDetails"),),
    "AuditLog": (("audit_log", "AuditLog"),),
    "AuditLogListResponse": (("audit_log", "AuditLog"),),
    "Certificate": (("certificate", "Certificate"),),
    "CertificateActivateResponse": (("organization_certificate", "OrganizationCertificate"),),
    "CertificateCreateResponse": (("certificate", "Certificate"),),
    "CertificateDeactivateResponse": (("organization_certificate", "OrganizationCertificate"),),
    "CertificateDeleteResponse": (("delete_certificate_response", "DeleteCertificateResponse"),),
    "CertificateListResponse": (("organization_certificate", "OrganizationCertificate"),),
    "CertificateRetrieveResponse": (("certificate", "Certificate"),),
    "CertificateUpdateResponse": (("certificate", "Certificate"),),
    "DataRetentionRetrieveResponse": (("organization_data_retention", "OrganizationDataRetention"),),
    "DataRetentionUpdateResponse": (("organization_data_retention", "OrganizationDataRetention"),),
    "DeleteCertificateResponse": (("delete_certificate_response", "DeleteCertificateResponse"),),
    "DeletedRoleAssignmentResource": (("deleted_role_assignment_resource", "DeletedRoleAssignmentResource"),),
    "Group": (("group_response", "GroupResponse"),),
    "GroupCreateResponse": (("group_response", "GroupResponse"),),
    "GroupDeleteResponse": (("group_deleted_resource", "GroupDeletedResource"),),
    "GroupDeletedResource": (("group_deleted_resource", "GroupDeletedResource"),),
    "GroupListResponse": (("group_response", "GroupResponse"),),
    "GroupMemberUser": (("group_member_user", "GroupMemberUser"),),
    "GroupResourceWithSuccess": (("group_resource_with_success", "GroupResourceWithSuccess"),),
    "GroupResponse": (("group_response", "GroupResponse"),),
    "GroupRetrieveResponse": (("group_response", "GroupResponse"),),
    "GroupRoleAssignment": (("group_role_assignment", "GroupRoleAssignment"),),
    "GroupUpdateResponse": (("group_resource_with_success", "GroupResourceWithSuccess"),),
    "GroupUserAssignment": (("group_user_assignment", "GroupUserAssignment"),),
    "GroupUserDeletedResource": (("group_user_deleted_resource", "GroupUserDeletedResource"),),
    "Invite": (("invite", "Invite"),),
    "InviteCreateResponse": (("invite", "Invite"),),
    "InviteDeleteResponse": (("invite_delete_response", "InviteDeleteResponse"),),
    "InviteListResponse": (("invite", "Invite"),),
    "InviteRetrieveResponse": (("invite", "Invite"),),
    "OrganizationCertificate": (("organization_certificate", "OrganizationCertificate"),),
    "OrganizationDataRetention": (("organization_data_retention", "OrganizationDataRetention"),),
    "OrganizationGroupUser": (("organization_group_user", "OrganizationGroupUser"),),
    "OrganizationProjectCertificate": (("organization_project_certificate", "OrganizationProjectCertificate"),),
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
    "Role": (("role", "Role"),),
    "RoleCreateResponse": (("role", "Role"),),
    "RoleDeleteResponse": (("role_deleted_resource", "RoleDeletedResource"),),
    "RoleDeletedResource": (("role_deleted_resource", "RoleDeletedResource"),),
    "RoleListResponse": (("role", "Role"),),
    "RoleRetrieveResponse": (("role", "Role"),),
    "RoleUpdateResponse": (("role", "Role"),),
    "ServiceAccountAPIKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountApiKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "SpendAlertCreateResponse": (("organization_spend_alert", "OrganizationSpendAlert"),),
    "SpendAlertDeleteResponse": (("organization_spend_alert_deleted", "OrganizationSpendAlertDeleted"),),
    "SpendAlertListResponse": (("organization_spend_alert", "OrganizationSpendAlert"),),
    "SpendAlertRetrieveResponse": (("organization_spend_alert", "OrganizationSpendAlert"),),
    "SpendAlertUpdateResponse": (("organization_spend_alert", "OrganizationSpendAlert"),),
    "SpendLimitDeleteResponse": (("organization_spend_limit_deleted", "OrganizationSpendLimitDeleted"),),
    "SpendLimitRetrieveResponse": (("organization_spend_limit", "OrganizationSpendLimit"),),
    "SpendLimitUpdateResponse": (("organization_spend_limit", "OrganizationSpendLimit"),),
    "UsageAudioSpeechesResponse": (("usage_response", "UsageResponse"),),
    "UsageAudioTranscriptionsResponse": (("usage_response", "UsageResponse"),),
    "UsageCodeInterpreterSessionsResponse": (("usage_response", "UsageResponse"),),
    "UsageCompletionsResponse": (("usage_response", "UsageResponse"),),
    "UsageCostsResponse": (("usage_response", "UsageResponse"),),
    "UsageEmbeddingsResponse": (("usage_response", "UsageResponse"),),
    "UsageFileSearchCallsResponse": (("usage_response", "UsageResponse"),),
    "UsageImagesResponse": (("usage_response", "UsageResponse"),),
    "UsageModerationsResponse": (("usage_response", "UsageResponse"),),
    "UsageResponse": (("usage_response", "UsageResponse"),),
    "UsageVectorStoresResponse": (("usage_response", "UsageResponse"),),
    "UsageWebSearchCallsResponse": (("usage_response", "UsageResponse"),),
    "UserDeleteResponse": (("user_delete_response", "UserDeleteResponse"),),
    "UserListResponse": (("organization_user", "OrganizationUser"),),
    "UserRetrieveResponse": (("organization_user", "OrganizationUser"),),
    "UserRoleAssignment": (("user_role_assignment", "UserRoleAssignment"),),
    "UserUpdateResponse": (("organization_user", "OrganizationUser"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
