# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
from ...organization_certificate import OrganizationCertificate as CertificateListResponse
from ...organization_certificate import OrganizationCertificate as OrganizationCertificate
from ...organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse as CertificateActivateResponse,
)
from ...organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
)
from ...organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse as CertificateDeactivateResponse,
)
from ...organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
)
from ...organization_data_retention import OrganizationDataRetention as DataRetentionRetrieveResponse
from ...organization_data_retention import OrganizationDataRetention as DataRetentionUpdateResponse
from ...organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
from ...organization_group_user import OrganizationGroupUser as OrganizationGroupUser
from ...organization_project_certificate import OrganizationProjectCertificate as OrganizationProjectCertificate
from ...organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
)
from ...organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
)
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
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateDeactivationResponse",
    "OrganizationDataRetention",
    "OrganizationGroupUser",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateDeactivationResponse",
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
