# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
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
    from ..organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
    from ..organization_group_user import OrganizationGroupUser as OrganizationGroupUser
    from ..organization_project_certificate import OrganizationProjectCertificate as OrganizationProjectCertificate
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
