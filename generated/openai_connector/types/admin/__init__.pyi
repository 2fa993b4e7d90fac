# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..admin_api_key import AdminApiKey as AdminAPIKey
from ..admin_api_key import AdminApiKey as AdminApiKey
from ..admin_api_key_create_response import AdminApiKeyCreateResponse as AdminAPIKeyCreateResponse
from ..admin_api_key_create_response import AdminApiKeyCreateResponse as AdminApiKeyCreateResponse
from ..admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminAPIKeysDeleteResponse
from ..admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminApiKeysDeleteResponse
from ..assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
from ..audit_log import AuditLog as AuditLog
from ..certificate import Certificate as Certificate
from ..delete_certificate_response import DeleteCertificateResponse as DeleteCertificateResponse
from ..deleted_role_assignment_resource import DeletedRoleAssignmentResource as DeletedRoleAssignmentResource
from ..group_deleted_resource import GroupDeletedResource as GroupDeletedResource
from ..group_member_user import GroupMemberUser as GroupMemberUser
from ..group_resource_with_success import GroupResourceWithSuccess as GroupResourceWithSuccess
from ..group_response import GroupResponse as Group
from ..group_response import GroupResponse as GroupResponse
from ..group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
from ..group_user_assignment import GroupUserAssignment as GroupUserAssignment
from ..group_user_deleted_resource import GroupUserDeletedResource as GroupUserDeletedResource
from ..invite import Invite as Invite
from ..invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
from ..organization_certificate import OrganizationCertificate as OrganizationCertificate
from ..organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
)
from ..organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
)
from ..organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
from ..organization_group_user import OrganizationGroupUser as OrganizationGroupUser
from ..organization_project_certificate import OrganizationProjectCertificate as OrganizationProjectCertificate
from ..organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
)
from ..organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
)
from ..organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
from ..organization_spend_alert_deleted import OrganizationSpendAlertDeleted as OrganizationSpendAlertDeleted
from ..organization_spend_limit import OrganizationSpendLimit as OrganizationSpendLimit
from ..organization_spend_limit_deleted import OrganizationSpendLimitDeleted as OrganizationSpendLimitDeleted
from ..organization_user import OrganizationUser as OrganizationUser
from ..project import Project as Project
from ..project_api_key import ProjectApiKey as ProjectAPIKey
from ..project_api_key import ProjectApiKey as ProjectApiKey
from ..project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectAPIKeyDeleteResponse
from ..project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse
from ..project_data_retention import ProjectDataRetention as ProjectDataRetention
from ..project_group import ProjectGroup as ProjectGroup
from ..project_group_deleted_resource import ProjectGroupDeletedResource as ProjectGroupDeletedResource
from ..project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
from ..project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
from ..project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted
from ..project_rate_limit import ProjectRateLimit as ProjectRateLimit
from ..project_service_account import ProjectServiceAccount as ProjectServiceAccount
from ..project_service_account_create_response import (
    ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
)
from ..project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
)
from ..project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
from ..project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
from ..project_spend_limit import ProjectSpendLimit as ProjectSpendLimit
from ..project_spend_limit_deleted import ProjectSpendLimitDeleted as ProjectSpendLimitDeleted
from ..project_user import ProjectUser as ProjectUser
from ..project_user_delete_response import ProjectUserDeleteResponse as ProjectUserDeleteResponse
from ..role import Role as Role
from ..role_deleted_resource import RoleDeletedResource as RoleDeletedResource
from ..service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountAPIKeyBody
from ..service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountApiKeyBody
from ..usage_response import UsageResponse as UsageResponse
from ..user_delete_response import UserDeleteResponse as UserDeleteResponse
from ..user_role_assignment import UserRoleAssignment as UserRoleAssignment

__all__ = [
    "AdminAPIKey",
    "AdminAPIKeyCreateResponse",
    "AdminAPIKeysDeleteResponse",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeysDeleteResponse",
    "AssignedRoleDetails",
    "AuditLog",
    "Certificate",
    "DeleteCertificateResponse",
    "DeletedRoleAssignmentResource",
    "Group",
    "GroupDeletedResource",
    "GroupMemberUser",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupRoleAssignment",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "Invite",
    "InviteDeleteResponse",
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
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectHostedToolPermissions",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleted",
    "ProjectRateLimit",
    "ProjectServiceAccount",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeleted",
    "ProjectSpendLimit",
    "ProjectSpendLimitDeleted",
    "ProjectUser",
    "ProjectUserDeleteResponse",
    "Role",
    "RoleDeletedResource",
    "ServiceAccountAPIKeyBody",
    "ServiceAccountApiKeyBody",
    "UsageResponse",
    "UserDeleteResponse",
    "UserRoleAssignment",
]
