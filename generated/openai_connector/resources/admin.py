# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ..types.admin_api_key import AdminApiKey
    from ..types.admin_api_key_create_response import AdminApiKeyCreateResponse
    from ..types.admin_api_keys_delete import AdminApiKeysDeleteResponse
    from ..types.assigned_role_details import AssignedRoleDetails
    from ..types.audit_log import AuditLog
    from ..types.audit_log_event_type import AuditLogEventType
    from ..types.certificate import Certificate
    from ..types.delete_certificate_response import DeleteCertificateResponse
    from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from ..types.group_deleted_resource import GroupDeletedResource
    from ..types.group_member_user import GroupMemberUser
    from ..types.group_resource_with_success import GroupResourceWithSuccess
    from ..types.group_response import GroupResponse
    from ..types.group_role_assignment import GroupRoleAssignment
    from ..types.group_user_assignment import GroupUserAssignment
    from ..types.group_user_deleted_resource import GroupUserDeletedResource
    from ..types.hosted_tool_permission_update import HostedToolPermissionUpdateParam
    from ..types.invite import Invite
    from ..types.invite_delete_response import InviteDeleteResponse
    from ..types.invite_request import InviteRequestProjectParam
    from ..types.list_audit_logs import ListAuditLogsEffectiveAtParam
    from ..types.organization_certificate import OrganizationCertificate
    from ..types.organization_certificate_activation_response import OrganizationCertificateActivationResponse
    from ..types.organization_certificate_deactivation_response import OrganizationCertificateDeactivationResponse
    from ..types.organization_data_retention import OrganizationDataRetention
    from ..types.organization_group_user import OrganizationGroupUser
    from ..types.organization_project_certificate import OrganizationProjectCertificate
    from ..types.organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse,
    )
    from ..types.organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse,
    )
    from ..types.organization_spend_alert import OrganizationSpendAlert
    from ..types.organization_spend_alert_deleted import OrganizationSpendAlertDeleted
    from ..types.organization_spend_limit import OrganizationSpendLimit
    from ..types.organization_spend_limit_deleted import OrganizationSpendLimitDeleted
    from ..types.organization_user import OrganizationUser
    from ..types.project import Project
    from ..types.project_api_key import ProjectApiKey
    from ..types.project_api_key_delete_response import ProjectApiKeyDeleteResponse
    from ..types.project_data_retention import ProjectDataRetention
    from ..types.project_group import ProjectGroup
    from ..types.project_group_deleted_resource import ProjectGroupDeletedResource
    from ..types.project_hosted_tool_permissions import ProjectHostedToolPermissions
    from ..types.project_model_permissions import ProjectModelPermissions
    from ..types.project_model_permissions_deleted import ProjectModelPermissionsDeleted
    from ..types.project_rate_limit import ProjectRateLimit
    from ..types.project_service_account import ProjectServiceAccount
    from ..types.project_service_account_create_response import ProjectServiceAccountCreateResponse
    from ..types.project_service_account_delete_response import ProjectServiceAccountDeleteResponse
    from ..types.project_spend_alert import ProjectSpendAlert
    from ..types.project_spend_alert_deleted import ProjectSpendAlertDeleted
    from ..types.project_spend_limit import ProjectSpendLimit
    from ..types.project_spend_limit_deleted import ProjectSpendLimitDeleted
    from ..types.project_user import ProjectUser
    from ..types.project_user_delete_response import ProjectUserDeleteResponse
    from ..types.public_project_residency import PublicProjectResidency
    from ..types.role import Role
    from ..types.role_deleted_resource import RoleDeletedResource
    from ..types.service_account_api_key_body import ServiceAccountApiKeyBody
    from ..types.spend_alert_notification_channel import SpendAlertNotificationChannelParam
    from ..types.usage_response import UsageResponse
    from ..types.user_delete_response import UserDeleteResponse
    from ..types.user_role_assignment import UserRoleAssignment

_ADMIN_API_KEYS_LIST = Operation(
    api="openai",
    operation_id="admin-api-keys-list",
    method="GET",
    path="/organization/admin_api_keys",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "after": {"type": "string", "nullable": True},
            "order": {"type": "string"},
            "limit": {"type": "integer"},
        }
    },
)

_ADMIN_API_KEYS_CREATE = Operation(
    api="openai",
    operation_id="admin-api-keys-create",
    method="POST",
    path="/organization/admin_api_keys",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "name": {"type": "string"},
            "expires_in_seconds": {"type": "integer", "minimum": 1, "maximum": 31536000},
        }
    },
)

_ADMIN_API_KEYS_GET = Operation(
    api="openai",
    operation_id="admin-api-keys-get",
    method="GET",
    path="/organization/admin_api_keys/{key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"key_id": {"type": "string"}}},
)

_ADMIN_API_KEYS_DELETE = Operation(
    api="openai",
    operation_id="admin-api-keys-delete",
    method="DELETE",
    path="/organization/admin_api_keys/{key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"key_id": {"type": "string"}}},
)

_LIST_AUDIT_LOGS = Operation(
    api="openai",
    operation_id="list-audit-logs",
    method="GET",
    path="/organization/audit_logs",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "effective_at": {"type": "object"},
            "project_ids[]": {"type": "array"},
            "event_types[]": {"type": "array"},
            "actor_ids[]": {"type": "array"},
            "actor_emails[]": {"type": "array"},
            "resource_ids[]": {"type": "array"},
            "tenant_only": {"type": "boolean"},
            "limit": {"type": "integer"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        }
    },
)

_LIST_ORGANIZATION_CERTIFICATES = Operation(
    api="openai",
    operation_id="listOrganizationCertificates",
    method="GET",
    path="/organization/certificates",
    request_kind="none",
    response_kind="json",
    checks={"query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "order": {"type": "string"}}},
)

_UPLOAD_CERTIFICATE = Operation(
    api="openai",
    operation_id="uploadCertificate",
    method="POST",
    path="/organization/certificates",
    request_kind="json",
    response_kind="json",
    checks={"body": {"name": {"type": "string"}, "certificate": {"type": "string"}}},
)

_ACTIVATE_ORGANIZATION_CERTIFICATES = Operation(
    api="openai",
    operation_id="activateOrganizationCertificates",
    method="POST",
    path="/organization/certificates/activate",
    request_kind="json",
    response_kind="json",
    checks={"body": {"certificate_ids": {"type": "array", "minItems": 1, "maxItems": 10}}},
)

_DEACTIVATE_ORGANIZATION_CERTIFICATES = Operation(
    api="openai",
    operation_id="deactivateOrganizationCertificates",
    method="POST",
    path="/organization/certificates/deactivate",
    request_kind="json",
    response_kind="json",
    checks={"body": {"certificate_ids": {"type": "array", "minItems": 1, "maxItems": 10}}},
)

_GET_CERTIFICATE = Operation(
    api="openai",
    operation_id="getCertificate",
    method="GET",
    path="/organization/certificates/{certificate_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"certificate_id": {"type": "string"}}, "query": {"include": {"type": "array"}}},
)

_MODIFY_CERTIFICATE = Operation(
    api="openai",
    operation_id="modifyCertificate",
    method="POST",
    path="/organization/certificates/{certificate_id}",
    request_kind="json",
    response_kind="json",
    checks={"path": {"certificate_id": {"type": "string"}}, "body": {"name": {"type": "string"}}},
)

_DELETE_CERTIFICATE = Operation(
    api="openai",
    operation_id="deleteCertificate",
    method="DELETE",
    path="/organization/certificates/{certificate_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"certificate_id": {"type": "string"}}},
)

_USAGE_COSTS = Operation(
    api="openai",
    operation_id="usage-costs",
    method="GET",
    path="/organization/costs",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_AUDIO_SPEECHES = Operation(
    api="openai",
    operation_id="usage-audio-speeches",
    method="GET",
    path="/organization/usage/audio_speeches",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_AUDIO_TRANSCRIPTIONS = Operation(
    api="openai",
    operation_id="usage-audio-transcriptions",
    method="GET",
    path="/organization/usage/audio_transcriptions",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_CODE_INTERPRETER_SESSIONS = Operation(
    api="openai",
    operation_id="usage-code-interpreter-sessions",
    method="GET",
    path="/organization/usage/code_interpreter_sessions",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_COMPLETIONS = Operation(
    api="openai",
    operation_id="usage-completions",
    method="GET",
    path="/organization/usage/completions",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "batch": {"type": "boolean"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_EMBEDDINGS = Operation(
    api="openai",
    operation_id="usage-embeddings",
    method="GET",
    path="/organization/usage/embeddings",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_FILE_SEARCH_CALLS = Operation(
    api="openai",
    operation_id="usage-file-search-calls",
    method="GET",
    path="/organization/usage/file_search_calls",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "vector_store_ids": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_IMAGES = Operation(
    api="openai",
    operation_id="usage-images",
    method="GET",
    path="/organization/usage/images",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "sources": {"type": "array"},
            "sizes": {"type": "array"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_MODERATIONS = Operation(
    api="openai",
    operation_id="usage-moderations",
    method="GET",
    path="/organization/usage/moderations",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_VECTOR_STORES = Operation(
    api="openai",
    operation_id="usage-vector-stores",
    method="GET",
    path="/organization/usage/vector_stores",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_USAGE_WEB_SEARCH_CALLS = Operation(
    api="openai",
    operation_id="usage-web-search-calls",
    method="GET",
    path="/organization/usage/web_search_calls",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "start_time": {"type": "integer"},
            "end_time": {"type": "integer"},
            "bucket_width": {"type": "string"},
            "project_ids": {"type": "array"},
            "user_ids": {"type": "array"},
            "api_key_ids": {"type": "array"},
            "models": {"type": "array"},
            "context_levels": {"type": "array"},
            "group_by": {"type": "array"},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
        }
    },
)

_RETRIEVE_ORGANIZATION_DATA_RETENTION = Operation(
    api="openai",
    operation_id="retrieve-organization-data-retention",
    method="GET",
    path="/organization/data_retention",
    request_kind="none",
    response_kind="json",
)

_UPDATE_ORGANIZATION_DATA_RETENTION = Operation(
    api="openai",
    operation_id="update-organization-data-retention",
    method="POST",
    path="/organization/data_retention",
    request_kind="json",
    response_kind="json",
    checks={"body": {"retention_type": {"type": "string"}}},
)

_LIST_GROUPS = Operation(
    api="openai",
    operation_id="list-groups",
    method="GET",
    path="/organization/groups",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        }
    },
)

_CREATE_GROUP = Operation(
    api="openai",
    operation_id="create-group",
    method="POST",
    path="/organization/groups",
    request_kind="json",
    response_kind="json",
    checks={"body": {"name": {"type": "string", "minLength": 1, "maxLength": 255}}},
)

_RETRIEVE_GROUP = Operation(
    api="openai",
    operation_id="retrieve-group",
    method="GET",
    path="/organization/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}},
)

_UPDATE_GROUP = Operation(
    api="openai",
    operation_id="update-group",
    method="POST",
    path="/organization/groups/{group_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"group_id": {"type": "string"}},
        "body": {"name": {"type": "string", "minLength": 1, "maxLength": 255}},
    },
)

_DELETE_GROUP = Operation(
    api="openai",
    operation_id="delete-group",
    method="DELETE",
    path="/organization/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}},
)

_LIST_GROUP_ROLE_ASSIGNMENTS = Operation(
    api="openai",
    operation_id="list-group-role-assignments",
    method="GET",
    path="/organization/groups/{group_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"group_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ASSIGN_GROUP_ROLE = Operation(
    api="openai",
    operation_id="assign-group-role",
    method="POST",
    path="/organization/groups/{group_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}, "body": {"role_id": {"type": "string"}}},
)

_RETRIEVE_GROUP_ROLE = Operation(
    api="openai",
    operation_id="retrieve-group-role",
    method="GET",
    path="/organization/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UNASSIGN_GROUP_ROLE = Operation(
    api="openai",
    operation_id="unassign-group-role",
    method="DELETE",
    path="/organization/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_LIST_GROUP_USERS = Operation(
    api="openai",
    operation_id="list-group-users",
    method="GET",
    path="/organization/groups/{group_id}/users",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"group_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ADD_GROUP_USER = Operation(
    api="openai",
    operation_id="add-group-user",
    method="POST",
    path="/organization/groups/{group_id}/users",
    request_kind="json",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}, "body": {"user_id": {"type": "string"}}},
)

_RETRIEVE_GROUP_USER = Operation(
    api="openai",
    operation_id="retrieve-group-user",
    method="GET",
    path="/organization/groups/{group_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "user_id": {"type": "string"}}},
)

_REMOVE_GROUP_USER = Operation(
    api="openai",
    operation_id="remove-group-user",
    method="DELETE",
    path="/organization/groups/{group_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "user_id": {"type": "string"}}},
)

_LIST_INVITES = Operation(
    api="openai",
    operation_id="list-invites",
    method="GET",
    path="/organization/invites",
    request_kind="none",
    response_kind="json",
    checks={"query": {"limit": {"type": "integer"}, "after": {"type": "string"}}},
)

_INVITE_USER = Operation(
    api="openai",
    operation_id="inviteUser",
    method="POST",
    path="/organization/invites",
    request_kind="json",
    response_kind="json",
    checks={"body": {"email": {"type": "string"}, "role": {"type": "string"}, "projects": {"type": "array"}}},
)

_RETRIEVE_INVITE = Operation(
    api="openai",
    operation_id="retrieve-invite",
    method="GET",
    path="/organization/invites/{invite_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"invite_id": {"type": "string"}}},
)

_DELETE_INVITE = Operation(
    api="openai",
    operation_id="delete-invite",
    method="DELETE",
    path="/organization/invites/{invite_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"invite_id": {"type": "string"}}},
)

_LIST_PROJECTS = Operation(
    api="openai",
    operation_id="list-projects",
    method="GET",
    path="/organization/projects",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "include_archived": {"type": "boolean"}}
    },
)

_CREATE_PROJECT = Operation(
    api="openai",
    operation_id="create-project",
    method="POST",
    path="/organization/projects",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "name": {"type": "string"},
            "residency": {"type": "string", "nullable": True},
            "external_key_id": {"type": "string", "nullable": True},
        }
    },
)

_RETRIEVE_PROJECT = Operation(
    api="openai",
    operation_id="retrieve-project",
    method="GET",
    path="/organization/projects/{project_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_MODIFY_PROJECT = Operation(
    api="openai",
    operation_id="modify-project",
    method="POST",
    path="/organization/projects/{project_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {"name": {"type": "string", "nullable": True}, "external_key_id": {"type": "string", "nullable": True}},
    },
)

_ARCHIVE_PROJECT = Operation(
    api="openai",
    operation_id="archive-project",
    method="POST",
    path="/organization/projects/{project_id}/archive",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_LIST_PROJECT_API_KEYS = Operation(
    api="openai",
    operation_id="list-project-api-keys",
    method="GET",
    path="/organization/projects/{project_id}/api_keys",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "after": {"type": "string"},
            "owner_project_access": {"type": "string"},
        },
    },
)

_RETRIEVE_PROJECT_API_KEY = Operation(
    api="openai",
    operation_id="retrieve-project-api-key",
    method="GET",
    path="/organization/projects/{project_id}/api_keys/{api_key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "api_key_id": {"type": "string"}}},
)

_DELETE_PROJECT_API_KEY = Operation(
    api="openai",
    operation_id="delete-project-api-key",
    method="DELETE",
    path="/organization/projects/{project_id}/api_keys/{api_key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "api_key_id": {"type": "string"}}},
)

_LIST_PROJECT_CERTIFICATES = Operation(
    api="openai",
    operation_id="listProjectCertificates",
    method="GET",
    path="/organization/projects/{project_id}/certificates",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "order": {"type": "string"}},
    },
)

_ACTIVATE_PROJECT_CERTIFICATES = Operation(
    api="openai",
    operation_id="activateProjectCertificates",
    method="POST",
    path="/organization/projects/{project_id}/certificates/activate",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {"certificate_ids": {"type": "array", "minItems": 1, "maxItems": 10}},
    },
)

_DEACTIVATE_PROJECT_CERTIFICATES = Operation(
    api="openai",
    operation_id="deactivateProjectCertificates",
    method="POST",
    path="/organization/projects/{project_id}/certificates/deactivate",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {"certificate_ids": {"type": "array", "minItems": 1, "maxItems": 10}},
    },
)

_RETRIEVE_PROJECT_DATA_RETENTION = Operation(
    api="openai",
    operation_id="retrieve-project-data-retention",
    method="GET",
    path="/organization/projects/{project_id}/data_retention",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_UPDATE_PROJECT_DATA_RETENTION = Operation(
    api="openai",
    operation_id="update-project-data-retention",
    method="POST",
    path="/organization/projects/{project_id}/data_retention",
    request_kind="json",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}, "body": {"retention_type": {"type": "string"}}},
)

_LIST_PROJECT_GROUPS = Operation(
    api="openai",
    operation_id="list-project-groups",
    method="GET",
    path="/organization/projects/{project_id}/groups",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ADD_PROJECT_GROUP = Operation(
    api="openai",
    operation_id="add-project-group",
    method="POST",
    path="/organization/projects/{project_id}/groups",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {"group_id": {"type": "string"}, "role": {"type": "string"}},
    },
)

_RETRIEVE_PROJECT_GROUP = Operation(
    api="openai",
    operation_id="retrieve-project-group",
    method="GET",
    path="/organization/projects/{project_id}/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}},
        "query": {"group_type": {"type": "string"}},
    },
)

_REMOVE_PROJECT_GROUP = Operation(
    api="openai",
    operation_id="remove-project-group",
    method="DELETE",
    path="/organization/projects/{project_id}/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}}},
)

_LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS = Operation(
    api="openai",
    operation_id="list-project-group-role-assignments",
    method="GET",
    path="/projects/{project_id}/groups/{group_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ASSIGN_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="assign-project-group-role",
    method="POST",
    path="/projects/{project_id}/groups/{group_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}},
        "body": {"role_id": {"type": "string"}},
    },
)

_RETRIEVE_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-group-role",
    method="GET",
    path="/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UNASSIGN_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="unassign-project-group-role",
    method="DELETE",
    path="/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS = Operation(
    api="openai",
    operation_id="retrieve-project-hosted-tool-permissions",
    method="GET",
    path="/organization/projects/{project_id}/hosted_tool_permissions",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS = Operation(
    api="openai",
    operation_id="update-project-hosted-tool-permissions",
    method="POST",
    path="/organization/projects/{project_id}/hosted_tool_permissions",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {
            "file_search": {"type": "object", "nullable": True},
            "web_search": {"type": "object", "nullable": True},
            "image_generation": {"type": "object", "nullable": True},
            "mcp": {"type": "object", "nullable": True},
            "code_interpreter": {"type": "object", "nullable": True},
        },
    },
)

_RETRIEVE_PROJECT_MODEL_PERMISSIONS = Operation(
    api="openai",
    operation_id="retrieve-project-model-permissions",
    method="GET",
    path="/organization/projects/{project_id}/model_permissions",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_UPDATE_PROJECT_MODEL_PERMISSIONS = Operation(
    api="openai",
    operation_id="update-project-model-permissions",
    method="POST",
    path="/organization/projects/{project_id}/model_permissions",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {"mode": {"type": "string"}, "model_ids": {"type": "array"}},
    },
)

_DELETE_PROJECT_MODEL_PERMISSIONS = Operation(
    api="openai",
    operation_id="delete-project-model-permissions",
    method="DELETE",
    path="/organization/projects/{project_id}/model_permissions",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_LIST_PROJECT_RATE_LIMITS = Operation(
    api="openai",
    operation_id="list-project-rate-limits",
    method="GET",
    path="/organization/projects/{project_id}/rate_limits",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "before": {"type": "string"}},
    },
)

_UPDATE_PROJECT_RATE_LIMITS = Operation(
    api="openai",
    operation_id="update-project-rate-limits",
    method="POST",
    path="/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "rate_limit_id": {"type": "string"}},
        "body": {
            "max_requests_per_1_minute": {"type": "integer"},
            "max_tokens_per_1_minute": {"type": "integer"},
            "max_images_per_1_minute": {"type": "integer"},
            "max_audio_megabytes_per_1_minute": {"type": "integer"},
            "max_requests_per_1_day": {"type": "integer"},
            "batch_1_day_max_input_tokens": {"type": "integer"},
        },
    },
)

_LIST_PROJECT_SERVICE_ACCOUNTS = Operation(
    api="openai",
    operation_id="list-project-service-accounts",
    method="GET",
    path="/organization/projects/{project_id}/service_accounts",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {"limit": {"type": "integer"}, "after": {"type": "string"}},
    },
)

_CREATE_PROJECT_SERVICE_ACCOUNT = Operation(
    api="openai",
    operation_id="create-project-service-account",
    method="POST",
    path="/organization/projects/{project_id}/service_accounts",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {"name": {"type": "string"}, "create_service_account_only": {"type": "boolean", "nullable": True}},
    },
)

_RETRIEVE_PROJECT_SERVICE_ACCOUNT = Operation(
    api="openai",
    operation_id="retrieve-project-service-account",
    method="GET",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "service_account_id": {"type": "string"}}},
)

_UPDATE_PROJECT_SERVICE_ACCOUNT = Operation(
    api="openai",
    operation_id="update-project-service-account",
    method="POST",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "service_account_id": {"type": "string"}},
        "body": {"name": {"type": "string"}, "role": {"type": "string"}},
    },
)

_DELETE_PROJECT_SERVICE_ACCOUNT = Operation(
    api="openai",
    operation_id="delete-project-service-account",
    method="DELETE",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "service_account_id": {"type": "string"}}},
)

_CREATEAN_AP_IKEYFORASERVICEACCOUNT = Operation(
    api="openai",
    operation_id="CreateanAPIkeyforaserviceaccount",
    method="POST",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "service_account_id": {"type": "string"}},
        "body": {"name": {"type": "string"}, "scopes": {"type": "array"}},
    },
)

_LIST_PROJECT_SPEND_ALERTS = Operation(
    api="openai",
    operation_id="list-project-spend-alerts",
    method="GET",
    path="/organization/projects/{project_id}/spend_alerts",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        },
    },
)

_CREATE_PROJECT_SPEND_ALERT = Operation(
    api="openai",
    operation_id="create-project-spend-alert",
    method="POST",
    path="/organization/projects/{project_id}/spend_alerts",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {
            "threshold_amount": {"type": "integer", "minimum": 0},
            "currency": {"type": "string"},
            "interval": {"type": "string"},
            "notification_channel": {"type": "object"},
        },
    },
)

_RETRIEVE_PROJECT_SPEND_ALERT = Operation(
    api="openai",
    operation_id="retrieve-project-spend-alert",
    method="GET",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "alert_id": {"type": "string"}}},
)

_UPDATE_PROJECT_SPEND_ALERT = Operation(
    api="openai",
    operation_id="update-project-spend-alert",
    method="POST",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "alert_id": {"type": "string"}},
        "body": {
            "threshold_amount": {"type": "integer", "minimum": 0},
            "currency": {"type": "string"},
            "interval": {"type": "string"},
            "notification_channel": {"type": "object"},
        },
    },
)

_DELETE_PROJECT_SPEND_ALERT = Operation(
    api="openai",
    operation_id="delete-project-spend-alert",
    method="DELETE",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "alert_id": {"type": "string"}}},
)

_LIST_PROJECT_USERS = Operation(
    api="openai",
    operation_id="list-project-users",
    method="GET",
    path="/organization/projects/{project_id}/users",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {"limit": {"type": "integer"}, "after": {"type": "string"}},
    },
)

_CREATE_PROJECT_USER = Operation(
    api="openai",
    operation_id="create-project-user",
    method="POST",
    path="/organization/projects/{project_id}/users",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {
            "user_id": {"type": "string", "nullable": True},
            "email": {"type": "string", "nullable": True},
            "role": {"type": "string"},
        },
    },
)

_RETRIEVE_PROJECT_USER = Operation(
    api="openai",
    operation_id="retrieve-project-user",
    method="GET",
    path="/organization/projects/{project_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}}},
)

_MODIFY_PROJECT_USER = Operation(
    api="openai",
    operation_id="modify-project-user",
    method="POST",
    path="/organization/projects/{project_id}/users/{user_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}},
        "body": {"role": {"type": "string", "nullable": True}},
    },
)

_DELETE_PROJECT_USER = Operation(
    api="openai",
    operation_id="delete-project-user",
    method="DELETE",
    path="/organization/projects/{project_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}}},
)

_LIST_PROJECT_USER_ROLE_ASSIGNMENTS = Operation(
    api="openai",
    operation_id="list-project-user-role-assignments",
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ASSIGN_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="assign-project-user-role",
    method="POST",
    path="/projects/{project_id}/users/{user_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}},
        "body": {"role_id": {"type": "string"}},
    },
)

_RETRIEVE_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-user-role",
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UNASSIGN_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="unassign-project-user-role",
    method="DELETE",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_LIST_PROJECT_ROLES = Operation(
    api="openai",
    operation_id="list-project-roles",
    method="GET",
    path="/projects/{project_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_CREATE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="create-project-role",
    method="POST",
    path="/projects/{project_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {
            "role_name": {"type": "string"},
            "permissions": {"type": "array"},
            "description": {"type": "string", "nullable": True},
        },
    },
)

_RETRIEVE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-role",
    method="GET",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UPDATE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="update-project-role",
    method="POST",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}},
        "body": {
            "permissions": {"type": "array", "nullable": True},
            "description": {"type": "string", "nullable": True},
            "role_name": {"type": "string", "nullable": True},
        },
    },
)

_DELETE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="delete-project-role",
    method="DELETE",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_GETPROJECTSPENDLIMIT = Operation(
    api="openai",
    operation_id="Getprojectspendlimit",
    method="GET",
    path="/organization/projects/{project_id}/spend_limit",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_UPDATEPROJECTSPENDLIMIT = Operation(
    api="openai",
    operation_id="Updateprojectspendlimit",
    method="POST",
    path="/organization/projects/{project_id}/spend_limit",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"project_id": {"type": "string"}},
        "body": {
            "threshold_amount": {"type": "integer", "minimum": 1},
            "currency": {"type": "string"},
            "interval": {"type": "string"},
        },
    },
)

_DELETEPROJECTSPENDLIMIT = Operation(
    api="openai",
    operation_id="Deleteprojectspendlimit",
    method="DELETE",
    path="/organization/projects/{project_id}/spend_limit",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
)

_LIST_ROLES = Operation(
    api="openai",
    operation_id="list-roles",
    method="GET",
    path="/organization/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        }
    },
)

_CREATE_ROLE = Operation(
    api="openai",
    operation_id="create-role",
    method="POST",
    path="/organization/roles",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "role_name": {"type": "string"},
            "permissions": {"type": "array"},
            "description": {"type": "string", "nullable": True},
        }
    },
)

_RETRIEVE_ROLE = Operation(
    api="openai",
    operation_id="retrieve-role",
    method="GET",
    path="/organization/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"role_id": {"type": "string"}}},
)

_UPDATE_ROLE = Operation(
    api="openai",
    operation_id="update-role",
    method="POST",
    path="/organization/roles/{role_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"role_id": {"type": "string"}},
        "body": {
            "permissions": {"type": "array", "nullable": True},
            "description": {"type": "string", "nullable": True},
            "role_name": {"type": "string", "nullable": True},
        },
    },
)

_DELETE_ROLE = Operation(
    api="openai",
    operation_id="delete-role",
    method="DELETE",
    path="/organization/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"role_id": {"type": "string"}}},
)

_LIST_ORGANIZATION_SPEND_ALERTS = Operation(
    api="openai",
    operation_id="list-organization-spend-alerts",
    method="GET",
    path="/organization/spend_alerts",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        }
    },
)

_CREATE_ORGANIZATION_SPEND_ALERT = Operation(
    api="openai",
    operation_id="create-organization-spend-alert",
    method="POST",
    path="/organization/spend_alerts",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "threshold_amount": {"type": "integer", "minimum": 0},
            "currency": {"type": "string"},
            "interval": {"type": "string"},
            "notification_channel": {"type": "object"},
        }
    },
)

_RETRIEVE_ORGANIZATION_SPEND_ALERT = Operation(
    api="openai",
    operation_id="retrieve-organization-spend-alert",
    method="GET",
    path="/organization/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"alert_id": {"type": "string"}}},
)

_UPDATE_ORGANIZATION_SPEND_ALERT = Operation(
    api="openai",
    operation_id="update-organization-spend-alert",
    method="POST",
    path="/organization/spend_alerts/{alert_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"alert_id": {"type": "string"}},
        "body": {
            "threshold_amount": {"type": "integer", "minimum": 0},
            "currency": {"type": "string"},
            "interval": {"type": "string"},
            "notification_channel": {"type": "object"},
        },
    },
)

_DELETE_ORGANIZATION_SPEND_ALERT = Operation(
    api="openai",
    operation_id="delete-organization-spend-alert",
    method="DELETE",
    path="/organization/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"alert_id": {"type": "string"}}},
)

_LIST_USERS = Operation(
    api="openai",
    operation_id="list-users",
    method="GET",
    path="/organization/users",
    request_kind="none",
    response_kind="json",
    checks={"query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "emails": {"type": "array"}}},
)

_RETRIEVE_USER = Operation(
    api="openai",
    operation_id="retrieve-user",
    method="GET",
    path="/organization/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}}},
)

_MODIFY_USER = Operation(
    api="openai",
    operation_id="modify-user",
    method="POST",
    path="/organization/users/{user_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"user_id": {"type": "string"}},
        "body": {
            "role": {"type": "string", "nullable": True},
            "role_id": {"type": "string", "nullable": True},
            "technical_level": {"type": "string", "nullable": True},
            "developer_persona": {"type": "string", "nullable": True},
        },
    },
)

_DELETE_USER = Operation(
    api="openai",
    operation_id="delete-user",
    method="DELETE",
    path="/organization/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}}},
)

_LIST_USER_ROLE_ASSIGNMENTS = Operation(
    api="openai",
    operation_id="list-user-role-assignments",
    method="GET",
    path="/organization/users/{user_id}/roles",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"user_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 1000},
            "after": {"type": "string"},
            "order": {"type": "string"},
        },
    },
)

_ASSIGN_USER_ROLE = Operation(
    api="openai",
    operation_id="assign-user-role",
    method="POST",
    path="/organization/users/{user_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}}, "body": {"role_id": {"type": "string"}}},
)

_RETRIEVE_USER_ROLE = Operation(
    api="openai",
    operation_id="retrieve-user-role",
    method="GET",
    path="/organization/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_UNASSIGN_USER_ROLE = Operation(
    api="openai",
    operation_id="unassign-user-role",
    method="DELETE",
    path="/organization/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}, "role_id": {"type": "string"}}},
)

_GETORGANIZATIONSPENDLIMIT = Operation(
    api="openai",
    operation_id="Getorganizationspendlimit",
    method="GET",
    path="/organization/spend_limit",
    request_kind="none",
    response_kind="json",
)

_UPDATEORGANIZATIONSPENDLIMIT = Operation(
    api="openai",
    operation_id="Updateorganizationspendlimit",
    method="POST",
    path="/organization/spend_limit",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "threshold_amount": {"type": "integer", "minimum": 1},
            "currency": {"type": "string"},
            "interval": {"type": "string"},
        }
    },
)

_DELETEORGANIZATIONSPENDLIMIT = Operation(
    api="openai",
    operation_id="Deleteorganizationspendlimit",
    method="DELETE",
    path="/organization/spend_limit",
    request_kind="none",
    response_kind="json",
)


class Admin(SyncAPIResource):
    @cached_property
    def organization(self) -> AdminOrganization:
        return AdminOrganization(self._client)


class AsyncAdmin(AsyncAPIResource):
    @cached_property
    def organization(self) -> AsyncAdminOrganization:
        return AsyncAdminOrganization(self._client)


class AdminOrganization(SyncAPIResource):
    @cached_property
    def admin_api_keys(self) -> AdminOrganizationAdminApiKeys:
        return AdminOrganizationAdminApiKeys(self._client)

    @cached_property
    def audit_logs(self) -> AdminOrganizationAuditLogs:
        return AdminOrganizationAuditLogs(self._client)

    @cached_property
    def certificates(self) -> AdminOrganizationCertificates:
        return AdminOrganizationCertificates(self._client)

    @cached_property
    def usage(self) -> AdminOrganizationUsage:
        return AdminOrganizationUsage(self._client)

    @cached_property
    def data_retention(self) -> AdminOrganizationDataRetention:
        return AdminOrganizationDataRetention(self._client)

    @cached_property
    def groups(self) -> AdminOrganizationGroups:
        return AdminOrganizationGroups(self._client)

    @cached_property
    def invites(self) -> AdminOrganizationInvites:
        return AdminOrganizationInvites(self._client)

    @cached_property
    def projects(self) -> AdminOrganizationProjects:
        return AdminOrganizationProjects(self._client)

    @cached_property
    def roles(self) -> AdminOrganizationRoles:
        return AdminOrganizationRoles(self._client)

    @cached_property
    def spend_alerts(self) -> AdminOrganizationSpendAlerts:
        return AdminOrganizationSpendAlerts(self._client)

    @cached_property
    def users(self) -> AdminOrganizationUsers:
        return AdminOrganizationUsers(self._client)

    @cached_property
    def spend_limit(self) -> AdminOrganizationSpendLimit:
        return AdminOrganizationSpendLimit(self._client)


class AsyncAdminOrganization(AsyncAPIResource):
    @cached_property
    def admin_api_keys(self) -> AsyncAdminOrganizationAdminApiKeys:
        return AsyncAdminOrganizationAdminApiKeys(self._client)

    @cached_property
    def audit_logs(self) -> AsyncAdminOrganizationAuditLogs:
        return AsyncAdminOrganizationAuditLogs(self._client)

    @cached_property
    def certificates(self) -> AsyncAdminOrganizationCertificates:
        return AsyncAdminOrganizationCertificates(self._client)

    @cached_property
    def usage(self) -> AsyncAdminOrganizationUsage:
        return AsyncAdminOrganizationUsage(self._client)

    @cached_property
    def data_retention(self) -> AsyncAdminOrganizationDataRetention:
        return AsyncAdminOrganizationDataRetention(self._client)

    @cached_property
    def groups(self) -> AsyncAdminOrganizationGroups:
        return AsyncAdminOrganizationGroups(self._client)

    @cached_property
    def invites(self) -> AsyncAdminOrganizationInvites:
        return AsyncAdminOrganizationInvites(self._client)

    @cached_property
    def projects(self) -> AsyncAdminOrganizationProjects:
        return AsyncAdminOrganizationProjects(self._client)

    @cached_property
    def roles(self) -> AsyncAdminOrganizationRoles:
        return AsyncAdminOrganizationRoles(self._client)

    @cached_property
    def spend_alerts(self) -> AsyncAdminOrganizationSpendAlerts:
        return AsyncAdminOrganizationSpendAlerts(self._client)

    @cached_property
    def users(self) -> AsyncAdminOrganizationUsers:
        return AsyncAdminOrganizationUsers(self._client)

    @cached_property
    def spend_limit(self) -> AsyncAdminOrganizationSpendLimit:
        return AsyncAdminOrganizationSpendLimit(self._client)


class AdminOrganizationAdminApiKeys(SyncAPIResource):
    def list(
        self,
        *,
        after: str | NotGiven | None = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AdminApiKey]:
        """List organization API keys

        Retrieve a paginated list of organization admin API keys.

        Args:
          after: Return keys with IDs that come after this ID in the pagination order.
          order: Order results by creation time, ascending or descending.
          limit: Maximum number of keys to return.
        """

        from ..types.admin_api_key import AdminApiKey
        from ..types.api_key_list import ApiKeyList

        return cast(
            "SyncCursorPage[AdminApiKey]",
            self._client.call_page(
                _ADMIN_API_KEYS_LIST,
                query={"after": after, "order": order, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ApiKeyList,
                item_type=AdminApiKey,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AdminApiKeyCreateResponse:
        """Create an organization admin API key

        Create a new admin-level API key for the organization.

        Args:
          expires_in_seconds: The number of seconds until the API key expires. Omit this field for a key that does not expire.
        """

        from ..types.admin_api_key_create_response import AdminApiKeyCreateResponse

        return cast(
            "AdminApiKeyCreateResponse",
            self._client.call(
                _ADMIN_API_KEYS_CREATE,
                body={"name": name, "expires_in_seconds": expires_in_seconds},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AdminApiKeyCreateResponse,
            ),
        )

    def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AdminApiKey:
        """Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        Args:
          key_id: The ID of the API key.
        """

        from ..types.admin_api_key import AdminApiKey

        return cast(
            "AdminApiKey",
            self._client.call(
                _ADMIN_API_KEYS_GET,
                path_params={"key_id": key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AdminApiKey,
            ),
        )

    def delete(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AdminApiKeysDeleteResponse:
        """Delete an organization admin API key

        Delete the specified admin API key.

        Args:
          key_id: The ID of the API key to be deleted.
        """

        from ..types.admin_api_keys_delete import AdminApiKeysDeleteResponse

        return cast(
            "AdminApiKeysDeleteResponse",
            self._client.call(
                _ADMIN_API_KEYS_DELETE,
                path_params={"key_id": key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AdminApiKeysDeleteResponse,
            ),
        )


class AsyncAdminOrganizationAdminApiKeys(AsyncAPIResource):
    def list(
        self,
        *,
        after: str | NotGiven | None = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AdminApiKey, AsyncCursorPage[AdminApiKey]]:
        """List organization API keys

        Retrieve a paginated list of organization admin API keys.

        Args:
          after: Return keys with IDs that come after this ID in the pagination order.
          order: Order results by creation time, ascending or descending.
          limit: Maximum number of keys to return.
        """

        from ..types.admin_api_key import AdminApiKey
        from ..types.api_key_list import ApiKeyList

        return cast(
            "AsyncPaginator[AdminApiKey, AsyncCursorPage[AdminApiKey]]",
            self._client.call_page(
                _ADMIN_API_KEYS_LIST,
                query={"after": after, "order": order, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ApiKeyList,
                item_type=AdminApiKey,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AdminApiKeyCreateResponse:
        """Create an organization admin API key

        Create a new admin-level API key for the organization.

        Args:
          expires_in_seconds: The number of seconds until the API key expires. Omit this field for a key that does not expire.
        """

        from ..types.admin_api_key_create_response import AdminApiKeyCreateResponse

        return cast(
            "AdminApiKeyCreateResponse",
            await self._client.call(
                _ADMIN_API_KEYS_CREATE,
                body={"name": name, "expires_in_seconds": expires_in_seconds},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AdminApiKeyCreateResponse,
            ),
        )

    async def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AdminApiKey:
        """Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        Args:
          key_id: The ID of the API key.
        """

        from ..types.admin_api_key import AdminApiKey

        return cast(
            "AdminApiKey",
            await self._client.call(
                _ADMIN_API_KEYS_GET,
                path_params={"key_id": key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AdminApiKey,
            ),
        )

    async def delete(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AdminApiKeysDeleteResponse:
        """Delete an organization admin API key

        Delete the specified admin API key.

        Args:
          key_id: The ID of the API key to be deleted.
        """

        from ..types.admin_api_keys_delete import AdminApiKeysDeleteResponse

        return cast(
            "AdminApiKeysDeleteResponse",
            await self._client.call(
                _ADMIN_API_KEYS_DELETE,
                path_params={"key_id": key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AdminApiKeysDeleteResponse,
            ),
        )


class AdminOrganizationAuditLogs(SyncAPIResource):
    def list(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAtParam | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        event_types: Sequence[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        actor_emails: Sequence[str] | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AuditLog]:
        """List user actions and configuration changes within this organization.

        Args:
          effective_at: Return only events whose `effective_at` (Unix seconds) is in this range.
          project_ids: Return only events for these projects.
          event_types: Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](/docs/api-reference/audit-logs/object).
          actor_ids: Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
          actor_emails: Return only events performed by users with these emails.
          resource_ids: Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.
          tenant_only: Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.audit_log import AuditLog
        from ..types.list_audit_logs_response import ListAuditLogsResponse

        return cast(
            "SyncCursorPage[AuditLog]",
            self._client.call_page(
                _LIST_AUDIT_LOGS,
                query={
                    "effective_at": effective_at,
                    "project_ids[]": project_ids,
                    "event_types[]": event_types,
                    "actor_ids[]": actor_ids,
                    "actor_emails[]": actor_emails,
                    "resource_ids[]": resource_ids,
                    "tenant_only": tenant_only,
                    "limit": limit,
                    "after": after,
                    "before": before,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListAuditLogsResponse,
                item_type=AuditLog,
                cursor_param="after",
            ),
        )


class AsyncAdminOrganizationAuditLogs(AsyncAPIResource):
    def list(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAtParam | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        event_types: Sequence[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        actor_emails: Sequence[str] | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AuditLog, AsyncCursorPage[AuditLog]]:
        """List user actions and configuration changes within this organization.

        Args:
          effective_at: Return only events whose `effective_at` (Unix seconds) is in this range.
          project_ids: Return only events for these projects.
          event_types: Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](/docs/api-reference/audit-logs/object).
          actor_ids: Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
          actor_emails: Return only events performed by users with these emails.
          resource_ids: Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.
          tenant_only: Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.audit_log import AuditLog
        from ..types.list_audit_logs_response import ListAuditLogsResponse

        return cast(
            "AsyncPaginator[AuditLog, AsyncCursorPage[AuditLog]]",
            self._client.call_page(
                _LIST_AUDIT_LOGS,
                query={
                    "effective_at": effective_at,
                    "project_ids[]": project_ids,
                    "event_types[]": event_types,
                    "actor_ids[]": actor_ids,
                    "actor_emails[]": actor_emails,
                    "resource_ids[]": resource_ids,
                    "tenant_only": tenant_only,
                    "limit": limit,
                    "after": after,
                    "before": before,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListAuditLogsResponse,
                item_type=AuditLog,
                cursor_param="after",
            ),
        )


class AdminOrganizationCertificates(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[OrganizationCertificate]:
        """List uploaded certificates for this organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """

        from ..types.list_certificates_response import ListCertificatesResponse
        from ..types.organization_certificate import OrganizationCertificate

        return cast(
            "SyncCursorPage[OrganizationCertificate]",
            self._client.call_page(
                _LIST_ORGANIZATION_CERTIFICATES,
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListCertificatesResponse,
                item_type=OrganizationCertificate,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        certificate: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
          name: An optional name for the certificate
          certificate: The certificate content in PEM format
        """

        from ..types.certificate import Certificate

        return cast(
            "Certificate",
            self._client.call(
                _UPLOAD_CERTIFICATE,
                body={"name": name, "certificate": certificate},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Certificate,
            ),
        )

    def activate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.
        """

        from ..types.organization_certificate_activation_response import OrganizationCertificateActivationResponse

        return cast(
            "OrganizationCertificateActivationResponse",
            self._client.call(
                _ACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateActivationResponse,
            ),
        )

    def deactivate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.
        """

        from ..types.organization_certificate_deactivation_response import OrganizationCertificateDeactivationResponse

        return cast(
            "OrganizationCertificateDeactivationResponse",
            self._client.call(
                _DEACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateDeactivationResponse,
            ),
        )

    def retrieve(
        self,
        certificate_id: str,
        *,
        include: Sequence[Literal["content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
          certificate_id: Unique ID of the certificate to retrieve.
          include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.
        """

        from ..types.certificate import Certificate

        return cast(
            "Certificate",
            self._client.call(
                _GET_CERTIFICATE,
                path_params={"certificate_id": certificate_id},
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Certificate,
            ),
        )

    def update(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        Args:
          certificate_id: Unique ID of the certificate to modify.
          name: The updated name for the certificate
        """

        from ..types.certificate import Certificate

        return cast(
            "Certificate",
            self._client.call(
                _MODIFY_CERTIFICATE,
                path_params={"certificate_id": certificate_id},
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Certificate,
            ),
        )

    def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
          certificate_id: Unique ID of the certificate to delete.
        """

        from ..types.delete_certificate_response import DeleteCertificateResponse

        return cast(
            "DeleteCertificateResponse",
            self._client.call(
                _DELETE_CERTIFICATE,
                path_params={"certificate_id": certificate_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteCertificateResponse,
            ),
        )


class AsyncAdminOrganizationCertificates(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationCertificate, AsyncCursorPage[OrganizationCertificate]]:
        """List uploaded certificates for this organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """

        from ..types.list_certificates_response import ListCertificatesResponse
        from ..types.organization_certificate import OrganizationCertificate

        return cast(
            "AsyncPaginator[OrganizationCertificate, AsyncCursorPage[OrganizationCertificate]]",
            self._client.call_page(
                _LIST_ORGANIZATION_CERTIFICATES,
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListCertificatesResponse,
                item_type=OrganizationCertificate,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        certificate: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
          name: An optional name for the certificate
          certificate: The certificate content in PEM format
        """

        from ..types.certificate import Certificate

        return cast(
            "Certificate",
            await self._client.call(
                _UPLOAD_CERTIFICATE,
                body={"name": name, "certificate": certificate},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Certificate,
            ),
        )

    async def activate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.
        """

        from ..types.organization_certificate_activation_response import OrganizationCertificateActivationResponse

        return cast(
            "OrganizationCertificateActivationResponse",
            await self._client.call(
                _ACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateActivationResponse,
            ),
        )

    async def deactivate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.
        """

        from ..types.organization_certificate_deactivation_response import OrganizationCertificateDeactivationResponse

        return cast(
            "OrganizationCertificateDeactivationResponse",
            await self._client.call(
                _DEACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateDeactivationResponse,
            ),
        )

    async def retrieve(
        self,
        certificate_id: str,
        *,
        include: Sequence[Literal["content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
          certificate_id: Unique ID of the certificate to retrieve.
          include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.
        """

        from ..types.certificate import Certificate

        return cast(
            "Certificate",
            await self._client.call(
                _GET_CERTIFICATE,
                path_params={"certificate_id": certificate_id},
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Certificate,
            ),
        )

    async def update(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        Args:
          certificate_id: Unique ID of the certificate to modify.
          name: The updated name for the certificate
        """

        from ..types.certificate import Certificate

        return cast(
            "Certificate",
            await self._client.call(
                _MODIFY_CERTIFICATE,
                path_params={"certificate_id": certificate_id},
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Certificate,
            ),
        )

    async def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
          certificate_id: Unique ID of the certificate to delete.
        """

        from ..types.delete_certificate_response import DeleteCertificateResponse

        return cast(
            "DeleteCertificateResponse",
            await self._client.call(
                _DELETE_CERTIFICATE,
                path_params={"certificate_id": certificate_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteCertificateResponse,
            ),
        )


class AdminOrganizationUsage(SyncAPIResource):
    def costs(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "line_item", "api_key_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get costs details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
          project_ids: Return only costs for these projects.
          api_key_ids: Return only costs for these API keys.
          group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
          limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_COSTS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "api_key_ids": api_key_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_AUDIO_SPEECHES,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_AUDIO_TRANSCRIPTIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_CODE_INTERPRETER_SESSIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def completions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        batch: bool | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_COMPLETIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "batch": batch,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def embeddings(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_EMBEDDINGS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        vector_store_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          vector_store_ids: Return only usage for these vector stores.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_FILE_SEARCH_CALLS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "vector_store_ids": vector_store_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def images(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        sources: Sequence[Literal["image.generation", "image.edit", "image.variation"]] | NotGiven = NOT_GIVEN,
        sizes: Sequence[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
          sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_IMAGES,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "sources": sources,
                    "sizes": sizes,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def moderations(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_MODERATIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_VECTOR_STORES,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    def web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        context_levels: Sequence[Literal["low", "medium", "high"]] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          context_levels: Return only web search usage for these context levels.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            self._client.call(
                _USAGE_WEB_SEARCH_CALLS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "context_levels": context_levels,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )


class AsyncAdminOrganizationUsage(AsyncAPIResource):
    async def costs(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "line_item", "api_key_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get costs details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
          project_ids: Return only costs for these projects.
          api_key_ids: Return only costs for these API keys.
          group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
          limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_COSTS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "api_key_ids": api_key_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_AUDIO_SPEECHES,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_AUDIO_TRANSCRIPTIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_CODE_INTERPRETER_SESSIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def completions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        batch: bool | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_COMPLETIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "batch": batch,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def embeddings(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_EMBEDDINGS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        vector_store_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          vector_store_ids: Return only usage for these vector stores.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_FILE_SEARCH_CALLS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "vector_store_ids": vector_store_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def images(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        sources: Sequence[Literal["image.generation", "image.edit", "image.variation"]] | NotGiven = NOT_GIVEN,
        sizes: Sequence[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
          sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_IMAGES,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "sources": sources,
                    "sizes": sizes,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def moderations(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_MODERATIONS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_VECTOR_STORES,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )

    async def web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | NotGiven = NOT_GIVEN,
        project_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        api_key_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        models: Sequence[str] | NotGiven = NOT_GIVEN,
        context_levels: Sequence[Literal["low", "medium", "high"]] | NotGiven = NOT_GIVEN,
        group_by: Sequence[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.
          end_time: End time (Unix seconds) of the query time range, exclusive.
          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
          project_ids: Return only usage for these projects.
          user_ids: Return only usage for these users.
          api_key_ids: Return only usage for these API keys.
          models: Return only usage for these models.
          context_levels: Return only web search usage for these context levels.
          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
          limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """

        from ..types.usage_response import UsageResponse

        return cast(
            "UsageResponse",
            await self._client.call(
                _USAGE_WEB_SEARCH_CALLS,
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "bucket_width": bucket_width,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "api_key_ids": api_key_ids,
                    "models": models,
                    "context_levels": context_levels,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UsageResponse,
            ),
        )


class AdminOrganizationDataRetention(SyncAPIResource):
    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationDataRetention:
        """Retrieves organization data retention controls."""

        from ..types.organization_data_retention import OrganizationDataRetention

        return cast(
            "OrganizationDataRetention",
            self._client.call(
                _RETRIEVE_ORGANIZATION_DATA_RETENTION,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationDataRetention,
            ),
        )

    def update(
        self,
        *,
        retention_type: Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        Args:
          retention_type: The desired organization data retention type.
        """

        from ..types.organization_data_retention import OrganizationDataRetention

        return cast(
            "OrganizationDataRetention",
            self._client.call(
                _UPDATE_ORGANIZATION_DATA_RETENTION,
                body={"retention_type": retention_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationDataRetention,
            ),
        )


class AsyncAdminOrganizationDataRetention(AsyncAPIResource):
    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationDataRetention:
        """Retrieves organization data retention controls."""

        from ..types.organization_data_retention import OrganizationDataRetention

        return cast(
            "OrganizationDataRetention",
            await self._client.call(
                _RETRIEVE_ORGANIZATION_DATA_RETENTION,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationDataRetention,
            ),
        )

    async def update(
        self,
        *,
        retention_type: Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        Args:
          retention_type: The desired organization data retention type.
        """

        from ..types.organization_data_retention import OrganizationDataRetention

        return cast(
            "OrganizationDataRetention",
            await self._client.call(
                _UPDATE_ORGANIZATION_DATA_RETENTION,
                body={"retention_type": retention_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationDataRetention,
            ),
        )


class AdminOrganizationGroups(SyncAPIResource):
    @cached_property
    def roles(self) -> AdminOrganizationGroupsRoles:
        return AdminOrganizationGroupsRoles(self._client)

    @cached_property
    def users(self) -> AdminOrganizationGroupsUsers:
        return AdminOrganizationGroupsUsers(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[GroupResponse]:
        """Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
          order: Specifies the sort order of the returned groups.
        """

        from ..types.group_list_resource import GroupListResource
        from ..types.group_response import GroupResponse

        return cast(
            "SyncCursorPage[GroupResponse]",
            self._client.call_page(
                _LIST_GROUPS,
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupListResource,
                item_type=GroupResponse,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupResponse:
        """Creates a new group in the organization.

        Args:
          name: Human readable name for the group.
        """

        from ..types.group_response import GroupResponse

        return cast(
            "GroupResponse",
            self._client.call(
                _CREATE_GROUP,
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupResponse,
            ),
        )

    def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupResponse:
        """Retrieves a group.

        Args:
          group_id: The ID of the group to retrieve.
        """

        from ..types.group_response import GroupResponse

        return cast(
            "GroupResponse",
            self._client.call(
                _RETRIEVE_GROUP,
                path_params={"group_id": group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupResponse,
            ),
        )

    def update(
        self,
        group_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        Args:
          group_id: The ID of the group to update.
          name: New display name for the group.
        """

        from ..types.group_resource_with_success import GroupResourceWithSuccess

        return cast(
            "GroupResourceWithSuccess",
            self._client.call(
                _UPDATE_GROUP,
                path_params={"group_id": group_id},
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupResourceWithSuccess,
            ),
        )

    def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupDeletedResource:
        """Deletes a group from the organization.

        Args:
          group_id: The ID of the group to delete.
        """

        from ..types.group_deleted_resource import GroupDeletedResource

        return cast(
            "GroupDeletedResource",
            self._client.call(
                _DELETE_GROUP,
                path_params={"group_id": group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupDeletedResource,
            ),
        )


class AsyncAdminOrganizationGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncAdminOrganizationGroupsRoles:
        return AsyncAdminOrganizationGroupsRoles(self._client)

    @cached_property
    def users(self) -> AsyncAdminOrganizationGroupsUsers:
        return AsyncAdminOrganizationGroupsUsers(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[GroupResponse, AsyncCursorPage[GroupResponse]]:
        """Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
          order: Specifies the sort order of the returned groups.
        """

        from ..types.group_list_resource import GroupListResource
        from ..types.group_response import GroupResponse

        return cast(
            "AsyncPaginator[GroupResponse, AsyncCursorPage[GroupResponse]]",
            self._client.call_page(
                _LIST_GROUPS,
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupListResource,
                item_type=GroupResponse,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupResponse:
        """Creates a new group in the organization.

        Args:
          name: Human readable name for the group.
        """

        from ..types.group_response import GroupResponse

        return cast(
            "GroupResponse",
            await self._client.call(
                _CREATE_GROUP,
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupResponse,
            ),
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupResponse:
        """Retrieves a group.

        Args:
          group_id: The ID of the group to retrieve.
        """

        from ..types.group_response import GroupResponse

        return cast(
            "GroupResponse",
            await self._client.call(
                _RETRIEVE_GROUP,
                path_params={"group_id": group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupResponse,
            ),
        )

    async def update(
        self,
        group_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        Args:
          group_id: The ID of the group to update.
          name: New display name for the group.
        """

        from ..types.group_resource_with_success import GroupResourceWithSuccess

        return cast(
            "GroupResourceWithSuccess",
            await self._client.call(
                _UPDATE_GROUP,
                path_params={"group_id": group_id},
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupResourceWithSuccess,
            ),
        )

    async def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupDeletedResource:
        """Deletes a group from the organization.

        Args:
          group_id: The ID of the group to delete.
        """

        from ..types.group_deleted_resource import GroupDeletedResource

        return cast(
            "GroupDeletedResource",
            await self._client.call(
                _DELETE_GROUP,
                path_params={"group_id": group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupDeletedResource,
            ),
        )


class AdminOrganizationGroupsRoles(SyncAPIResource):
    def list(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssignedRoleDetails]:
        """Lists the organization roles assigned to a group within the organization.

        Args:
          group_id: The ID of the group whose organization role assignments you want to list.
          limit: A limit on the number of organization role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
          order: Sort order for the returned organization roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "SyncCursorPage[AssignedRoleDetails]",
            self._client.call_page(
                _LIST_GROUP_ROLE_ASSIGNMENTS,
                path_params={"group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    def create(
        self,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupRoleAssignment:
        """Assigns an organization role to a group within the organization.

        Args:
          group_id: The ID of the group that should receive the organization role.
          role_id: Identifier of the role to assign.
        """

        from ..types.group_role_assignment import GroupRoleAssignment

        return cast(
            "GroupRoleAssignment",
            self._client.call(
                _ASSIGN_GROUP_ROLE,
                path_params={"group_id": group_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupRoleAssignment,
            ),
        )

    def retrieve(
        self,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves an organization role assigned to a group.

        Args:
          group_id: The ID of the group to inspect.
          role_id: The ID of the organization role to retrieve for the group.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            self._client.call(
                _RETRIEVE_GROUP_ROLE,
                path_params={"group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    def delete(
        self,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns an organization role from a group within the organization.

        Args:
          group_id: The ID of the group to modify.
          role_id: The ID of the organization role to remove from the group.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            self._client.call(
                _UNASSIGN_GROUP_ROLE,
                path_params={"group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AsyncAdminOrganizationGroupsRoles(AsyncAPIResource):
    def list(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]:
        """Lists the organization roles assigned to a group within the organization.

        Args:
          group_id: The ID of the group whose organization role assignments you want to list.
          limit: A limit on the number of organization role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
          order: Sort order for the returned organization roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]",
            self._client.call_page(
                _LIST_GROUP_ROLE_ASSIGNMENTS,
                path_params={"group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupRoleAssignment:
        """Assigns an organization role to a group within the organization.

        Args:
          group_id: The ID of the group that should receive the organization role.
          role_id: Identifier of the role to assign.
        """

        from ..types.group_role_assignment import GroupRoleAssignment

        return cast(
            "GroupRoleAssignment",
            await self._client.call(
                _ASSIGN_GROUP_ROLE,
                path_params={"group_id": group_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupRoleAssignment,
            ),
        )

    async def retrieve(
        self,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves an organization role assigned to a group.

        Args:
          group_id: The ID of the group to inspect.
          role_id: The ID of the organization role to retrieve for the group.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            await self._client.call(
                _RETRIEVE_GROUP_ROLE,
                path_params={"group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    async def delete(
        self,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns an organization role from a group within the organization.

        Args:
          group_id: The ID of the group to modify.
          role_id: The ID of the organization role to remove from the group.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            await self._client.call(
                _UNASSIGN_GROUP_ROLE,
                path_params={"group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AdminOrganizationGroupsUsers(SyncAPIResource):
    def list(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[OrganizationGroupUser]:
        """Lists the users assigned to a group.

        Args:
          group_id: The ID of the group to inspect.
          limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
          after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
          order: Specifies the sort order of users in the list.
        """

        from ..types.organization_group_user import OrganizationGroupUser
        from ..types.user_list_resource import UserListResource

        return cast(
            "SyncCursorPage[OrganizationGroupUser]",
            self._client.call_page(
                _LIST_GROUP_USERS,
                path_params={"group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserListResource,
                item_type=OrganizationGroupUser,
                cursor_param="after",
            ),
        )

    def create(
        self,
        group_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        Args:
          group_id: The ID of the group to update.
          user_id: Identifier of the user to add to the group.
        """

        from ..types.group_user_assignment import GroupUserAssignment

        return cast(
            "GroupUserAssignment",
            self._client.call(
                _ADD_GROUP_USER,
                path_params={"group_id": group_id},
                body={"user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupUserAssignment,
            ),
        )

    def retrieve(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        Args:
          group_id: The ID of the group to inspect.
          user_id: The ID of the user to retrieve from the group.
        """

        from ..types.group_member_user import GroupMemberUser

        return cast(
            "GroupMemberUser",
            self._client.call(
                _RETRIEVE_GROUP_USER,
                path_params={"group_id": group_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupMemberUser,
            ),
        )

    def delete(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        Args:
          group_id: The ID of the group to update.
          user_id: The ID of the user to remove from the group.
        """

        from ..types.group_user_deleted_resource import GroupUserDeletedResource

        return cast(
            "GroupUserDeletedResource",
            self._client.call(
                _REMOVE_GROUP_USER,
                path_params={"group_id": group_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupUserDeletedResource,
            ),
        )


class AsyncAdminOrganizationGroupsUsers(AsyncAPIResource):
    def list(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationGroupUser, AsyncCursorPage[OrganizationGroupUser]]:
        """Lists the users assigned to a group.

        Args:
          group_id: The ID of the group to inspect.
          limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
          after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
          order: Specifies the sort order of users in the list.
        """

        from ..types.organization_group_user import OrganizationGroupUser
        from ..types.user_list_resource import UserListResource

        return cast(
            "AsyncPaginator[OrganizationGroupUser, AsyncCursorPage[OrganizationGroupUser]]",
            self._client.call_page(
                _LIST_GROUP_USERS,
                path_params={"group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserListResource,
                item_type=OrganizationGroupUser,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        group_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        Args:
          group_id: The ID of the group to update.
          user_id: Identifier of the user to add to the group.
        """

        from ..types.group_user_assignment import GroupUserAssignment

        return cast(
            "GroupUserAssignment",
            await self._client.call(
                _ADD_GROUP_USER,
                path_params={"group_id": group_id},
                body={"user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupUserAssignment,
            ),
        )

    async def retrieve(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        Args:
          group_id: The ID of the group to inspect.
          user_id: The ID of the user to retrieve from the group.
        """

        from ..types.group_member_user import GroupMemberUser

        return cast(
            "GroupMemberUser",
            await self._client.call(
                _RETRIEVE_GROUP_USER,
                path_params={"group_id": group_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupMemberUser,
            ),
        )

    async def delete(
        self,
        group_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        Args:
          group_id: The ID of the group to update.
          user_id: The ID of the user to remove from the group.
        """

        from ..types.group_user_deleted_resource import GroupUserDeletedResource

        return cast(
            "GroupUserDeletedResource",
            await self._client.call(
                _REMOVE_GROUP_USER,
                path_params={"group_id": group_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupUserDeletedResource,
            ),
        )


class AdminOrganizationInvites(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Invite]:
        """Returns a list of invites in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.invite import Invite
        from ..types.invite_list_response import InviteListResponse

        return cast(
            "SyncCursorPage[Invite]",
            self._client.call_page(
                _LIST_INVITES,
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=InviteListResponse,
                item_type=Invite,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"],
        projects: Sequence[InviteRequestProjectParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.

        Args:
          email: Send an email to this address
          role: `owner` or `reader`
          projects: An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.
        """

        from ..types.invite import Invite

        return cast(
            "Invite",
            self._client.call(
                _INVITE_USER,
                body={"email": email, "role": role, "projects": projects},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Invite,
            ),
        )

    def retrieve(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Invite:
        """Retrieves an invite.

        Args:
          invite_id: The ID of the invite to retrieve.
        """

        from ..types.invite import Invite

        return cast(
            "Invite",
            self._client.call(
                _RETRIEVE_INVITE,
                path_params={"invite_id": invite_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Invite,
            ),
        )

    def delete(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be deleted.

        Args:
          invite_id: The ID of the invite to delete.
        """

        from ..types.invite_delete_response import InviteDeleteResponse

        return cast(
            "InviteDeleteResponse",
            self._client.call(
                _DELETE_INVITE,
                path_params={"invite_id": invite_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=InviteDeleteResponse,
            ),
        )


class AsyncAdminOrganizationInvites(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Invite, AsyncCursorPage[Invite]]:
        """Returns a list of invites in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.invite import Invite
        from ..types.invite_list_response import InviteListResponse

        return cast(
            "AsyncPaginator[Invite, AsyncCursorPage[Invite]]",
            self._client.call_page(
                _LIST_INVITES,
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=InviteListResponse,
                item_type=Invite,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"],
        projects: Sequence[InviteRequestProjectParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.

        Args:
          email: Send an email to this address
          role: `owner` or `reader`
          projects: An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.
        """

        from ..types.invite import Invite

        return cast(
            "Invite",
            await self._client.call(
                _INVITE_USER,
                body={"email": email, "role": role, "projects": projects},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Invite,
            ),
        )

    async def retrieve(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Invite:
        """Retrieves an invite.

        Args:
          invite_id: The ID of the invite to retrieve.
        """

        from ..types.invite import Invite

        return cast(
            "Invite",
            await self._client.call(
                _RETRIEVE_INVITE,
                path_params={"invite_id": invite_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Invite,
            ),
        )

    async def delete(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be deleted.

        Args:
          invite_id: The ID of the invite to delete.
        """

        from ..types.invite_delete_response import InviteDeleteResponse

        return cast(
            "InviteDeleteResponse",
            await self._client.call(
                _DELETE_INVITE,
                path_params={"invite_id": invite_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=InviteDeleteResponse,
            ),
        )


class AdminOrganizationProjects(SyncAPIResource):
    @cached_property
    def api_keys(self) -> AdminOrganizationProjectsApiKeys:
        return AdminOrganizationProjectsApiKeys(self._client)

    @cached_property
    def certificates(self) -> AdminOrganizationProjectsCertificates:
        return AdminOrganizationProjectsCertificates(self._client)

    @cached_property
    def data_retention(self) -> AdminOrganizationProjectsDataRetention:
        return AdminOrganizationProjectsDataRetention(self._client)

    @cached_property
    def groups(self) -> AdminOrganizationProjectsGroups:
        return AdminOrganizationProjectsGroups(self._client)

    @cached_property
    def hosted_tool_permissions(self) -> AdminOrganizationProjectsHostedToolPermissions:
        return AdminOrganizationProjectsHostedToolPermissions(self._client)

    @cached_property
    def model_permissions(self) -> AdminOrganizationProjectsModelPermissions:
        return AdminOrganizationProjectsModelPermissions(self._client)

    @cached_property
    def rate_limits(self) -> AdminOrganizationProjectsRateLimits:
        return AdminOrganizationProjectsRateLimits(self._client)

    @cached_property
    def service_accounts(self) -> AdminOrganizationProjectsServiceAccounts:
        return AdminOrganizationProjectsServiceAccounts(self._client)

    @cached_property
    def spend_alerts(self) -> AdminOrganizationProjectsSpendAlerts:
        return AdminOrganizationProjectsSpendAlerts(self._client)

    @cached_property
    def users(self) -> AdminOrganizationProjectsUsers:
        return AdminOrganizationProjectsUsers(self._client)

    @cached_property
    def roles(self) -> AdminOrganizationProjectsRoles:
        return AdminOrganizationProjectsRoles(self._client)

    @cached_property
    def spend_limit(self) -> AdminOrganizationProjectsSpendLimit:
        return AdminOrganizationProjectsSpendLimit(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Project]:
        """Returns a list of projects.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
        """

        from ..types.project import Project
        from ..types.project_list_response import ProjectListResponse

        return cast(
            "SyncCursorPage[Project]",
            self._client.call_page(
                _LIST_PROJECTS,
                query={"limit": limit, "after": after, "include_archived": include_archived},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectListResponse,
                item_type=Project,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str,
        residency: PublicProjectResidency | NotGiven | None = NOT_GIVEN,
        external_key_id: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Create a new project in the organization. Projects can be created and archived, but cannot be deleted.

        Args:
          name: The friendly name of the project, this name appears in reports.
          residency: Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.
          external_key_id: External key ID to associate with the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            self._client.call(
                _CREATE_PROJECT,
                body={"name": name, "residency": residency, "external_key_id": external_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Retrieves a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            self._client.call(
                _RETRIEVE_PROJECT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )

    def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        external_key_id: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Modifies a project in the organization.

        Args:
          project_id: The ID of the project.
          name: The updated name of the project, this name appears in reports.
          external_key_id: External key ID to associate with the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            self._client.call(
                _MODIFY_PROJECT,
                path_params={"project_id": project_id},
                body={"name": name, "external_key_id": external_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )

    def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or updated.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            self._client.call(
                _ARCHIVE_PROJECT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )


class AsyncAdminOrganizationProjects(AsyncAPIResource):
    @cached_property
    def api_keys(self) -> AsyncAdminOrganizationProjectsApiKeys:
        return AsyncAdminOrganizationProjectsApiKeys(self._client)

    @cached_property
    def certificates(self) -> AsyncAdminOrganizationProjectsCertificates:
        return AsyncAdminOrganizationProjectsCertificates(self._client)

    @cached_property
    def data_retention(self) -> AsyncAdminOrganizationProjectsDataRetention:
        return AsyncAdminOrganizationProjectsDataRetention(self._client)

    @cached_property
    def groups(self) -> AsyncAdminOrganizationProjectsGroups:
        return AsyncAdminOrganizationProjectsGroups(self._client)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncAdminOrganizationProjectsHostedToolPermissions:
        return AsyncAdminOrganizationProjectsHostedToolPermissions(self._client)

    @cached_property
    def model_permissions(self) -> AsyncAdminOrganizationProjectsModelPermissions:
        return AsyncAdminOrganizationProjectsModelPermissions(self._client)

    @cached_property
    def rate_limits(self) -> AsyncAdminOrganizationProjectsRateLimits:
        return AsyncAdminOrganizationProjectsRateLimits(self._client)

    @cached_property
    def service_accounts(self) -> AsyncAdminOrganizationProjectsServiceAccounts:
        return AsyncAdminOrganizationProjectsServiceAccounts(self._client)

    @cached_property
    def spend_alerts(self) -> AsyncAdminOrganizationProjectsSpendAlerts:
        return AsyncAdminOrganizationProjectsSpendAlerts(self._client)

    @cached_property
    def users(self) -> AsyncAdminOrganizationProjectsUsers:
        return AsyncAdminOrganizationProjectsUsers(self._client)

    @cached_property
    def roles(self) -> AsyncAdminOrganizationProjectsRoles:
        return AsyncAdminOrganizationProjectsRoles(self._client)

    @cached_property
    def spend_limit(self) -> AsyncAdminOrganizationProjectsSpendLimit:
        return AsyncAdminOrganizationProjectsSpendLimit(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Project, AsyncCursorPage[Project]]:
        """Returns a list of projects.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
        """

        from ..types.project import Project
        from ..types.project_list_response import ProjectListResponse

        return cast(
            "AsyncPaginator[Project, AsyncCursorPage[Project]]",
            self._client.call_page(
                _LIST_PROJECTS,
                query={"limit": limit, "after": after, "include_archived": include_archived},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectListResponse,
                item_type=Project,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str,
        residency: PublicProjectResidency | NotGiven | None = NOT_GIVEN,
        external_key_id: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Create a new project in the organization. Projects can be created and archived, but cannot be deleted.

        Args:
          name: The friendly name of the project, this name appears in reports.
          residency: Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.
          external_key_id: External key ID to associate with the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            await self._client.call(
                _CREATE_PROJECT,
                body={"name": name, "residency": residency, "external_key_id": external_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Retrieves a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            await self._client.call(
                _RETRIEVE_PROJECT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )

    async def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        external_key_id: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Modifies a project in the organization.

        Args:
          project_id: The ID of the project.
          name: The updated name of the project, this name appears in reports.
          external_key_id: External key ID to associate with the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            await self._client.call(
                _MODIFY_PROJECT,
                path_params={"project_id": project_id},
                body={"name": name, "external_key_id": external_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )

    async def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or updated.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project import Project

        return cast(
            "Project",
            await self._client.call(
                _ARCHIVE_PROJECT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Project,
            ),
        )


class AdminOrganizationProjectsApiKeys(SyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: Literal["active", "inactive", "any"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ProjectApiKey]:
        """Returns a list of API keys in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          owner_project_access: Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.
        """

        from ..types.project_api_key import ProjectApiKey
        from ..types.project_api_key_list_response import ProjectApiKeyListResponse

        return cast(
            "SyncCursorPage[ProjectApiKey]",
            self._client.call_page(
                _LIST_PROJECT_API_KEYS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "owner_project_access": owner_project_access},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectApiKeyListResponse,
                item_type=ProjectApiKey,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        Args:
          project_id: The ID of the project.
          api_key_id: The ID of the API key.
        """

        from ..types.project_api_key import ProjectApiKey

        return cast(
            "ProjectApiKey",
            self._client.call(
                _RETRIEVE_PROJECT_API_KEY,
                path_params={"project_id": project_id, "api_key_id": api_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectApiKey,
            ),
        )

    def delete(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to
        a service account.

        Args:
          project_id: The ID of the project.
          api_key_id: The ID of the API key.
        """

        from ..types.project_api_key_delete_response import ProjectApiKeyDeleteResponse

        return cast(
            "ProjectApiKeyDeleteResponse",
            self._client.call(
                _DELETE_PROJECT_API_KEY,
                path_params={"project_id": project_id, "api_key_id": api_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectApiKeyDeleteResponse,
            ),
        )


class AsyncAdminOrganizationProjectsApiKeys(AsyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: Literal["active", "inactive", "any"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectApiKey, AsyncCursorPage[ProjectApiKey]]:
        """Returns a list of API keys in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          owner_project_access: Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.
        """

        from ..types.project_api_key import ProjectApiKey
        from ..types.project_api_key_list_response import ProjectApiKeyListResponse

        return cast(
            "AsyncPaginator[ProjectApiKey, AsyncCursorPage[ProjectApiKey]]",
            self._client.call_page(
                _LIST_PROJECT_API_KEYS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "owner_project_access": owner_project_access},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectApiKeyListResponse,
                item_type=ProjectApiKey,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        Args:
          project_id: The ID of the project.
          api_key_id: The ID of the API key.
        """

        from ..types.project_api_key import ProjectApiKey

        return cast(
            "ProjectApiKey",
            await self._client.call(
                _RETRIEVE_PROJECT_API_KEY,
                path_params={"project_id": project_id, "api_key_id": api_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectApiKey,
            ),
        )

    async def delete(
        self,
        project_id: str,
        api_key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to
        a service account.

        Args:
          project_id: The ID of the project.
          api_key_id: The ID of the API key.
        """

        from ..types.project_api_key_delete_response import ProjectApiKeyDeleteResponse

        return cast(
            "ProjectApiKeyDeleteResponse",
            await self._client.call(
                _DELETE_PROJECT_API_KEY,
                path_params={"project_id": project_id, "api_key_id": api_key_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectApiKeyDeleteResponse,
            ),
        )


class AdminOrganizationProjectsCertificates(SyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[OrganizationProjectCertificate]:
        """List certificates for this project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """

        from ..types.list_project_certificates_response import ListProjectCertificatesResponse
        from ..types.organization_project_certificate import OrganizationProjectCertificate

        return cast(
            "SyncCursorPage[OrganizationProjectCertificate]",
            self._client.call_page(
                _LIST_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListProjectCertificatesResponse,
                item_type=OrganizationProjectCertificate,
                cursor_param="after",
            ),
        )

    def activate(
        self,
        project_id: str,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate_activation_response import (
            OrganizationProjectCertificateActivationResponse,
        )

        return cast(
            "OrganizationProjectCertificateActivationResponse",
            self._client.call(
                _ACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateActivationResponse,
            ),
        )

    def deactivate(
        self,
        project_id: str,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate_deactivation_response import (
            OrganizationProjectCertificateDeactivationResponse,
        )

        return cast(
            "OrganizationProjectCertificateDeactivationResponse",
            self._client.call(
                _DEACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateDeactivationResponse,
            ),
        )


class AsyncAdminOrganizationProjectsCertificates(AsyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationProjectCertificate, AsyncCursorPage[OrganizationProjectCertificate]]:
        """List certificates for this project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """

        from ..types.list_project_certificates_response import ListProjectCertificatesResponse
        from ..types.organization_project_certificate import OrganizationProjectCertificate

        return cast(
            "AsyncPaginator[OrganizationProjectCertificate, AsyncCursorPage[OrganizationProjectCertificate]]",
            self._client.call_page(
                _LIST_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListProjectCertificatesResponse,
                item_type=OrganizationProjectCertificate,
                cursor_param="after",
            ),
        )

    async def activate(
        self,
        project_id: str,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate_activation_response import (
            OrganizationProjectCertificateActivationResponse,
        )

        return cast(
            "OrganizationProjectCertificateActivationResponse",
            await self._client.call(
                _ACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateActivationResponse,
            ),
        )

    async def deactivate(
        self,
        project_id: str,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate_deactivation_response import (
            OrganizationProjectCertificateDeactivationResponse,
        )

        return cast(
            "OrganizationProjectCertificateDeactivationResponse",
            await self._client.call(
                _DEACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateDeactivationResponse,
            ),
        )


class AdminOrganizationProjectsDataRetention(SyncAPIResource):
    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        Args:
          project_id: The ID of the project to inspect.
        """

        from ..types.project_data_retention import ProjectDataRetention

        return cast(
            "ProjectDataRetention",
            self._client.call(
                _RETRIEVE_PROJECT_DATA_RETENTION,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectDataRetention,
            ),
        )

    def update(
        self,
        project_id: str,
        *,
        retention_type: Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        Args:
          project_id: The ID of the project to update.
          retention_type: The desired project data retention type.
        """

        from ..types.project_data_retention import ProjectDataRetention

        return cast(
            "ProjectDataRetention",
            self._client.call(
                _UPDATE_PROJECT_DATA_RETENTION,
                path_params={"project_id": project_id},
                body={"retention_type": retention_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectDataRetention,
            ),
        )


class AsyncAdminOrganizationProjectsDataRetention(AsyncAPIResource):
    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        Args:
          project_id: The ID of the project to inspect.
        """

        from ..types.project_data_retention import ProjectDataRetention

        return cast(
            "ProjectDataRetention",
            await self._client.call(
                _RETRIEVE_PROJECT_DATA_RETENTION,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectDataRetention,
            ),
        )

    async def update(
        self,
        project_id: str,
        *,
        retention_type: Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        Args:
          project_id: The ID of the project to update.
          retention_type: The desired project data retention type.
        """

        from ..types.project_data_retention import ProjectDataRetention

        return cast(
            "ProjectDataRetention",
            await self._client.call(
                _UPDATE_PROJECT_DATA_RETENTION,
                path_params={"project_id": project_id},
                body={"retention_type": retention_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectDataRetention,
            ),
        )


class AdminOrganizationProjectsGroups(SyncAPIResource):
    @cached_property
    def roles(self) -> AdminOrganizationProjectsGroupsRoles:
        return AdminOrganizationProjectsGroupsRoles(self._client)

    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ProjectGroup]:
        """Lists the groups that have access to a project.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of project groups to return. Defaults to 20.
          after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
          order: Sort order for the returned groups.
        """

        from ..types.project_group import ProjectGroup
        from ..types.project_group_list_resource import ProjectGroupListResource

        return cast(
            "SyncCursorPage[ProjectGroup]",
            self._client.call_page(
                _LIST_PROJECT_GROUPS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroupListResource,
                item_type=ProjectGroup,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectGroup:
        """Grants a group access to a project.

        Args:
          project_id: The ID of the project to update.
          group_id: Identifier of the group to add to the project.
          role: Identifier of the project role to grant to the group.
        """

        from ..types.project_group import ProjectGroup

        return cast(
            "ProjectGroup",
            self._client.call(
                _ADD_PROJECT_GROUP,
                path_params={"project_id": project_id},
                body={"group_id": group_id, "role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroup,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to retrieve.
          group_type: The type of group to retrieve.
        """

        from ..types.project_group import ProjectGroup

        return cast(
            "ProjectGroup",
            self._client.call(
                _RETRIEVE_PROJECT_GROUP,
                path_params={"project_id": project_id, "group_id": group_id},
                query={"group_type": group_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroup,
            ),
        )

    def delete(
        self,
        project_id: str,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        Args:
          project_id: The ID of the project to update.
          group_id: The ID of the group to remove from the project.
        """

        from ..types.project_group_deleted_resource import ProjectGroupDeletedResource

        return cast(
            "ProjectGroupDeletedResource",
            self._client.call(
                _REMOVE_PROJECT_GROUP,
                path_params={"project_id": project_id, "group_id": group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroupDeletedResource,
            ),
        )


class AsyncAdminOrganizationProjectsGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncAdminOrganizationProjectsGroupsRoles:
        return AsyncAdminOrganizationProjectsGroupsRoles(self._client)

    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectGroup, AsyncCursorPage[ProjectGroup]]:
        """Lists the groups that have access to a project.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of project groups to return. Defaults to 20.
          after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
          order: Sort order for the returned groups.
        """

        from ..types.project_group import ProjectGroup
        from ..types.project_group_list_resource import ProjectGroupListResource

        return cast(
            "AsyncPaginator[ProjectGroup, AsyncCursorPage[ProjectGroup]]",
            self._client.call_page(
                _LIST_PROJECT_GROUPS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroupListResource,
                item_type=ProjectGroup,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectGroup:
        """Grants a group access to a project.

        Args:
          project_id: The ID of the project to update.
          group_id: Identifier of the group to add to the project.
          role: Identifier of the project role to grant to the group.
        """

        from ..types.project_group import ProjectGroup

        return cast(
            "ProjectGroup",
            await self._client.call(
                _ADD_PROJECT_GROUP,
                path_params={"project_id": project_id},
                body={"group_id": group_id, "role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroup,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to retrieve.
          group_type: The type of group to retrieve.
        """

        from ..types.project_group import ProjectGroup

        return cast(
            "ProjectGroup",
            await self._client.call(
                _RETRIEVE_PROJECT_GROUP,
                path_params={"project_id": project_id, "group_id": group_id},
                query={"group_type": group_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroup,
            ),
        )

    async def delete(
        self,
        project_id: str,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        Args:
          project_id: The ID of the project to update.
          group_id: The ID of the group to remove from the project.
        """

        from ..types.project_group_deleted_resource import ProjectGroupDeletedResource

        return cast(
            "ProjectGroupDeletedResource",
            await self._client.call(
                _REMOVE_PROJECT_GROUP,
                path_params={"project_id": project_id, "group_id": group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectGroupDeletedResource,
            ),
        )


class AdminOrganizationProjectsGroupsRoles(SyncAPIResource):
    def list(
        self,
        project_id: str,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssignedRoleDetails]:
        """Lists the project roles assigned to a group within a project.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "SyncCursorPage[AssignedRoleDetails]",
            self._client.call_page(
                _LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupRoleAssignment:
        """Assigns a project role to a group within a project.

        Args:
          project_id: The ID of the project to update.
          group_id: The ID of the group that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.group_role_assignment import GroupRoleAssignment

        return cast(
            "GroupRoleAssignment",
            self._client.call(
                _ASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupRoleAssignment,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a group.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          role_id: The ID of the project role to retrieve for the group.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            self._client.call(
                _RETRIEVE_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    def delete(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a group within a project.

        Args:
          project_id: The ID of the project to modify.
          group_id: The ID of the group whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the group.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            self._client.call(
                _UNASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AsyncAdminOrganizationProjectsGroupsRoles(AsyncAPIResource):
    def list(
        self,
        project_id: str,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]:
        """Lists the project roles assigned to a group within a project.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]",
            self._client.call_page(
                _LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "group_id": group_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GroupRoleAssignment:
        """Assigns a project role to a group within a project.

        Args:
          project_id: The ID of the project to update.
          group_id: The ID of the group that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.group_role_assignment import GroupRoleAssignment

        return cast(
            "GroupRoleAssignment",
            await self._client.call(
                _ASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GroupRoleAssignment,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a group.

        Args:
          project_id: The ID of the project to inspect.
          group_id: The ID of the group to inspect.
          role_id: The ID of the project role to retrieve for the group.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            await self._client.call(
                _RETRIEVE_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    async def delete(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a group within a project.

        Args:
          project_id: The ID of the project to modify.
          group_id: The ID of the group whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the group.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            await self._client.call(
                _UNASSIGN_PROJECT_GROUP_ROLE,
                path_params={"project_id": project_id, "group_id": group_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AdminOrganizationProjectsHostedToolPermissions(SyncAPIResource):
    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project_hosted_tool_permissions import ProjectHostedToolPermissions

        return cast(
            "ProjectHostedToolPermissions",
            self._client.call(
                _RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectHostedToolPermissions,
            ),
        )

    def update(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        web_search: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        mcp: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.
          file_search: The file search permission update.
          web_search: The web search permission update.
          image_generation: The image generation permission update.
          mcp: The MCP permission update.
          code_interpreter: The code interpreter permission update.
        """

        from ..types.project_hosted_tool_permissions import ProjectHostedToolPermissions

        return cast(
            "ProjectHostedToolPermissions",
            self._client.call(
                _UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS,
                path_params={"project_id": project_id},
                body={
                    "file_search": file_search,
                    "web_search": web_search,
                    "image_generation": image_generation,
                    "mcp": mcp,
                    "code_interpreter": code_interpreter,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectHostedToolPermissions,
            ),
        )


class AsyncAdminOrganizationProjectsHostedToolPermissions(AsyncAPIResource):
    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project_hosted_tool_permissions import ProjectHostedToolPermissions

        return cast(
            "ProjectHostedToolPermissions",
            await self._client.call(
                _RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectHostedToolPermissions,
            ),
        )

    async def update(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        web_search: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        mcp: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdateParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.
          file_search: The file search permission update.
          web_search: The web search permission update.
          image_generation: The image generation permission update.
          mcp: The MCP permission update.
          code_interpreter: The code interpreter permission update.
        """

        from ..types.project_hosted_tool_permissions import ProjectHostedToolPermissions

        return cast(
            "ProjectHostedToolPermissions",
            await self._client.call(
                _UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS,
                path_params={"project_id": project_id},
                body={
                    "file_search": file_search,
                    "web_search": web_search,
                    "image_generation": image_generation,
                    "mcp": mcp,
                    "code_interpreter": code_interpreter,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectHostedToolPermissions,
            ),
        )


class AdminOrganizationProjectsModelPermissions(SyncAPIResource):
    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project_model_permissions import ProjectModelPermissions

        return cast(
            "ProjectModelPermissions",
            self._client.call(
                _RETRIEVE_PROJECT_MODEL_PERMISSIONS,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectModelPermissions,
            ),
        )

    def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        Args:
          project_id: The ID of the project.
          mode: The model permissions mode to apply.
          model_ids: The model IDs included in this permissions policy.
        """

        from ..types.project_model_permissions import ProjectModelPermissions

        return cast(
            "ProjectModelPermissions",
            self._client.call(
                _UPDATE_PROJECT_MODEL_PERMISSIONS,
                path_params={"project_id": project_id},
                body={"mode": mode, "model_ids": model_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectModelPermissions,
            ),
        )

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectModelPermissionsDeleted:
        """Deletes model permissions for a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project_model_permissions_deleted import ProjectModelPermissionsDeleted

        return cast(
            "ProjectModelPermissionsDeleted",
            self._client.call(
                _DELETE_PROJECT_MODEL_PERMISSIONS,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectModelPermissionsDeleted,
            ),
        )


class AsyncAdminOrganizationProjectsModelPermissions(AsyncAPIResource):
    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project_model_permissions import ProjectModelPermissions

        return cast(
            "ProjectModelPermissions",
            await self._client.call(
                _RETRIEVE_PROJECT_MODEL_PERMISSIONS,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectModelPermissions,
            ),
        )

    async def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        Args:
          project_id: The ID of the project.
          mode: The model permissions mode to apply.
          model_ids: The model IDs included in this permissions policy.
        """

        from ..types.project_model_permissions import ProjectModelPermissions

        return cast(
            "ProjectModelPermissions",
            await self._client.call(
                _UPDATE_PROJECT_MODEL_PERMISSIONS,
                path_params={"project_id": project_id},
                body={"mode": mode, "model_ids": model_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectModelPermissions,
            ),
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectModelPermissionsDeleted:
        """Deletes model permissions for a project.

        Args:
          project_id: The ID of the project.
        """

        from ..types.project_model_permissions_deleted import ProjectModelPermissionsDeleted

        return cast(
            "ProjectModelPermissionsDeleted",
            await self._client.call(
                _DELETE_PROJECT_MODEL_PERMISSIONS,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectModelPermissionsDeleted,
            ),
        )


class AdminOrganizationProjectsRateLimits(SyncAPIResource):
    def list_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ProjectRateLimit]:
        """Returns the rate limits per model for a project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. The default is 100.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.project_rate_limit import ProjectRateLimit
        from ..types.project_rate_limit_list_response import ProjectRateLimitListResponse

        return cast(
            "SyncCursorPage[ProjectRateLimit]",
            self._client.call_page(
                _LIST_PROJECT_RATE_LIMITS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectRateLimitListResponse,
                item_type=ProjectRateLimit,
                cursor_param="after",
            ),
        )

    def update_rate_limit(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        Args:
          project_id: The ID of the project.
          rate_limit_id: The ID of the rate limit.
          max_requests_per_1_minute: The maximum requests per minute.
          max_tokens_per_1_minute: The maximum tokens per minute.
          max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.
          max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.
          max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.
          batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.
        """

        from ..types.project_rate_limit import ProjectRateLimit

        return cast(
            "ProjectRateLimit",
            self._client.call(
                _UPDATE_PROJECT_RATE_LIMITS,
                path_params={"project_id": project_id, "rate_limit_id": rate_limit_id},
                body={
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                    "max_tokens_per_1_minute": max_tokens_per_1_minute,
                    "max_images_per_1_minute": max_images_per_1_minute,
                    "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
                    "max_requests_per_1_day": max_requests_per_1_day,
                    "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectRateLimit,
            ),
        )


class AsyncAdminOrganizationProjectsRateLimits(AsyncAPIResource):
    def list_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectRateLimit, AsyncCursorPage[ProjectRateLimit]]:
        """Returns the rate limits per model for a project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. The default is 100.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.project_rate_limit import ProjectRateLimit
        from ..types.project_rate_limit_list_response import ProjectRateLimitListResponse

        return cast(
            "AsyncPaginator[ProjectRateLimit, AsyncCursorPage[ProjectRateLimit]]",
            self._client.call_page(
                _LIST_PROJECT_RATE_LIMITS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectRateLimitListResponse,
                item_type=ProjectRateLimit,
                cursor_param="after",
            ),
        )

    async def update_rate_limit(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        Args:
          project_id: The ID of the project.
          rate_limit_id: The ID of the rate limit.
          max_requests_per_1_minute: The maximum requests per minute.
          max_tokens_per_1_minute: The maximum tokens per minute.
          max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.
          max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.
          max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.
          batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.
        """

        from ..types.project_rate_limit import ProjectRateLimit

        return cast(
            "ProjectRateLimit",
            await self._client.call(
                _UPDATE_PROJECT_RATE_LIMITS,
                path_params={"project_id": project_id, "rate_limit_id": rate_limit_id},
                body={
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                    "max_tokens_per_1_minute": max_tokens_per_1_minute,
                    "max_images_per_1_minute": max_images_per_1_minute,
                    "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
                    "max_requests_per_1_day": max_requests_per_1_day,
                    "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectRateLimit,
            ),
        )


class AdminOrganizationProjectsServiceAccounts(SyncAPIResource):
    @cached_property
    def api_keys(self) -> AdminOrganizationProjectsServiceAccountsApiKeys:
        return AdminOrganizationProjectsServiceAccountsApiKeys(self._client)

    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ProjectServiceAccount]:
        """Returns a list of service accounts in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_service_account import ProjectServiceAccount
        from ..types.project_service_account_list_response import ProjectServiceAccountListResponse

        return cast(
            "SyncCursorPage[ProjectServiceAccount]",
            self._client.call_page(
                _LIST_PROJECT_SERVICE_ACCOUNTS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccountListResponse,
                item_type=ProjectServiceAccount,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. By default, this also returns an unredacted API key for the service account.

        Args:
          project_id: The ID of the project.
          name: The name of the service account being created.
          create_service_account_only: Create the service account without default roles or an API key.
        """

        from ..types.project_service_account_create_response import ProjectServiceAccountCreateResponse

        return cast(
            "ProjectServiceAccountCreateResponse",
            self._client.call(
                _CREATE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id},
                body={"name": name, "create_service_account_only": create_service_account_only},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccountCreateResponse,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
        """

        from ..types.project_service_account import ProjectServiceAccount

        return cast(
            "ProjectServiceAccount",
            self._client.call(
                _RETRIEVE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccount,
            ),
        )

    def update(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
          name: The updated service account name.
          role: The updated service account role.
        """

        from ..types.project_service_account import ProjectServiceAccount

        return cast(
            "ProjectServiceAccount",
            self._client.call(
                _UPDATE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                body={"name": name, "role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccount,
            ),
        )

    def delete(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project
        is archived (archived projects have no service accounts).

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
        """

        from ..types.project_service_account_delete_response import ProjectServiceAccountDeleteResponse

        return cast(
            "ProjectServiceAccountDeleteResponse",
            self._client.call(
                _DELETE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccountDeleteResponse,
            ),
        )


class AsyncAdminOrganizationProjectsServiceAccounts(AsyncAPIResource):
    @cached_property
    def api_keys(self) -> AsyncAdminOrganizationProjectsServiceAccountsApiKeys:
        return AsyncAdminOrganizationProjectsServiceAccountsApiKeys(self._client)

    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectServiceAccount, AsyncCursorPage[ProjectServiceAccount]]:
        """Returns a list of service accounts in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_service_account import ProjectServiceAccount
        from ..types.project_service_account_list_response import ProjectServiceAccountListResponse

        return cast(
            "AsyncPaginator[ProjectServiceAccount, AsyncCursorPage[ProjectServiceAccount]]",
            self._client.call_page(
                _LIST_PROJECT_SERVICE_ACCOUNTS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccountListResponse,
                item_type=ProjectServiceAccount,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. By default, this also returns an unredacted API key for the service account.

        Args:
          project_id: The ID of the project.
          name: The name of the service account being created.
          create_service_account_only: Create the service account without default roles or an API key.
        """

        from ..types.project_service_account_create_response import ProjectServiceAccountCreateResponse

        return cast(
            "ProjectServiceAccountCreateResponse",
            await self._client.call(
                _CREATE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id},
                body={"name": name, "create_service_account_only": create_service_account_only},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccountCreateResponse,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
        """

        from ..types.project_service_account import ProjectServiceAccount

        return cast(
            "ProjectServiceAccount",
            await self._client.call(
                _RETRIEVE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccount,
            ),
        )

    async def update(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
          name: The updated service account name.
          role: The updated service account role.
        """

        from ..types.project_service_account import ProjectServiceAccount

        return cast(
            "ProjectServiceAccount",
            await self._client.call(
                _UPDATE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                body={"name": name, "role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccount,
            ),
        )

    async def delete(
        self,
        project_id: str,
        service_account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project
        is archived (archived projects have no service accounts).

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
        """

        from ..types.project_service_account_delete_response import ProjectServiceAccountDeleteResponse

        return cast(
            "ProjectServiceAccountDeleteResponse",
            await self._client.call(
                _DELETE_PROJECT_SERVICE_ACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectServiceAccountDeleteResponse,
            ),
        )


class AdminOrganizationProjectsServiceAccountsApiKeys(SyncAPIResource):
    def create(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountApiKeyBody:
        """Creates an API key for a service account in the project.

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
          name: API key name.
          scopes: API key scopes.
        """

        from ..types.service_account_api_key_body import ServiceAccountApiKeyBody

        return cast(
            "ServiceAccountApiKeyBody",
            self._client.call(
                _CREATEAN_AP_IKEYFORASERVICEACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                body={"name": name, "scopes": scopes},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ServiceAccountApiKeyBody,
            ),
        )


class AsyncAdminOrganizationProjectsServiceAccountsApiKeys(AsyncAPIResource):
    async def create(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountApiKeyBody:
        """Creates an API key for a service account in the project.

        Args:
          project_id: The ID of the project.
          service_account_id: The ID of the service account.
          name: API key name.
          scopes: API key scopes.
        """

        from ..types.service_account_api_key_body import ServiceAccountApiKeyBody

        return cast(
            "ServiceAccountApiKeyBody",
            await self._client.call(
                _CREATEAN_AP_IKEYFORASERVICEACCOUNT,
                path_params={"project_id": project_id, "service_account_id": service_account_id},
                body={"name": name, "scopes": scopes},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ServiceAccountApiKeyBody,
            ),
        )


class AdminOrganizationProjectsSpendAlerts(SyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ProjectSpendAlert]:
        """Lists project spend alerts.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of spend alerts to return. Defaults to 20.
          order: Sort order for the returned spend alerts.
          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """

        from ..types.project_spend_alert import ProjectSpendAlert
        from ..types.project_spend_alert_list_resource import ProjectSpendAlertListResource

        return cast(
            "SyncCursorPage[ProjectSpendAlert]",
            self._client.call_page(
                _LIST_PROJECT_SPEND_ALERTS,
                path_params={"project_id": project_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlertListResource,
                item_type=ProjectSpendAlert,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        Args:
          project_id: The ID of the project to update.
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.project_spend_alert import ProjectSpendAlert

        return cast(
            "ProjectSpendAlert",
            self._client.call(
                _CREATE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id},
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlert,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlert:
        """Retrieves a project spend alert.

        Args:
          project_id: The ID of the project.
          alert_id: The ID of the spend alert to retrieve.
        """

        from ..types.project_spend_alert import ProjectSpendAlert

        return cast(
            "ProjectSpendAlert",
            self._client.call(
                _RETRIEVE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id, "alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlert,
            ),
        )

    def update(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        Args:
          project_id: The ID of the project to update.
          alert_id: The ID of the spend alert to update.
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.project_spend_alert import ProjectSpendAlert

        return cast(
            "ProjectSpendAlert",
            self._client.call(
                _UPDATE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id, "alert_id": alert_id},
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlert,
            ),
        )

    def delete(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlertDeleted:
        """Deletes a project spend alert.

        Args:
          project_id: The ID of the project to update.
          alert_id: The ID of the spend alert to delete.
        """

        from ..types.project_spend_alert_deleted import ProjectSpendAlertDeleted

        return cast(
            "ProjectSpendAlertDeleted",
            self._client.call(
                _DELETE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id, "alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlertDeleted,
            ),
        )


class AsyncAdminOrganizationProjectsSpendAlerts(AsyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectSpendAlert, AsyncCursorPage[ProjectSpendAlert]]:
        """Lists project spend alerts.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of spend alerts to return. Defaults to 20.
          order: Sort order for the returned spend alerts.
          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """

        from ..types.project_spend_alert import ProjectSpendAlert
        from ..types.project_spend_alert_list_resource import ProjectSpendAlertListResource

        return cast(
            "AsyncPaginator[ProjectSpendAlert, AsyncCursorPage[ProjectSpendAlert]]",
            self._client.call_page(
                _LIST_PROJECT_SPEND_ALERTS,
                path_params={"project_id": project_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlertListResource,
                item_type=ProjectSpendAlert,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        Args:
          project_id: The ID of the project to update.
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.project_spend_alert import ProjectSpendAlert

        return cast(
            "ProjectSpendAlert",
            await self._client.call(
                _CREATE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id},
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlert,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlert:
        """Retrieves a project spend alert.

        Args:
          project_id: The ID of the project.
          alert_id: The ID of the spend alert to retrieve.
        """

        from ..types.project_spend_alert import ProjectSpendAlert

        return cast(
            "ProjectSpendAlert",
            await self._client.call(
                _RETRIEVE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id, "alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlert,
            ),
        )

    async def update(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        Args:
          project_id: The ID of the project to update.
          alert_id: The ID of the spend alert to update.
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.project_spend_alert import ProjectSpendAlert

        return cast(
            "ProjectSpendAlert",
            await self._client.call(
                _UPDATE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id, "alert_id": alert_id},
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlert,
            ),
        )

    async def delete(
        self,
        project_id: str,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendAlertDeleted:
        """Deletes a project spend alert.

        Args:
          project_id: The ID of the project to update.
          alert_id: The ID of the spend alert to delete.
        """

        from ..types.project_spend_alert_deleted import ProjectSpendAlertDeleted

        return cast(
            "ProjectSpendAlertDeleted",
            await self._client.call(
                _DELETE_PROJECT_SPEND_ALERT,
                path_params={"project_id": project_id, "alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendAlertDeleted,
            ),
        )


class AdminOrganizationProjectsUsers(SyncAPIResource):
    @cached_property
    def roles(self) -> AdminOrganizationProjectsUsersRoles:
        return AdminOrganizationProjectsUsersRoles(self._client)

    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ProjectUser]:
        """Returns a list of users in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_user import ProjectUser
        from ..types.project_user_list_response import ProjectUserListResponse

        return cast(
            "SyncCursorPage[ProjectUser]",
            self._client.call_page(
                _LIST_PROJECT_USERS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUserListResponse,
                item_type=ProjectUser,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        *,
        user_id: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization to be added to a project.

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
          email: Email of the user to add.
          role: `owner` or `member`
        """

        from ..types.project_user import ProjectUser

        return cast(
            "ProjectUser",
            self._client.call(
                _CREATE_PROJECT_USER,
                path_params={"project_id": project_id},
                body={"user_id": user_id, "email": email, "role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUser,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUser:
        """Retrieves a user in the project.

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
        """

        from ..types.project_user import ProjectUser

        return cast(
            "ProjectUser",
            self._client.call(
                _RETRIEVE_PROJECT_USER,
                path_params={"project_id": project_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUser,
            ),
        )

    def update(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
          role: `owner` or `member`
        """

        from ..types.project_user import ProjectUser

        return cast(
            "ProjectUser",
            self._client.call(
                _MODIFY_PROJECT_USER,
                path_params={"project_id": project_id, "user_id": user_id},
                body={"role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUser,
            ),
        )

    def delete(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
        """

        from ..types.project_user_delete_response import ProjectUserDeleteResponse

        return cast(
            "ProjectUserDeleteResponse",
            self._client.call(
                _DELETE_PROJECT_USER,
                path_params={"project_id": project_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUserDeleteResponse,
            ),
        )


class AsyncAdminOrganizationProjectsUsers(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncAdminOrganizationProjectsUsersRoles:
        return AsyncAdminOrganizationProjectsUsersRoles(self._client)

    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectUser, AsyncCursorPage[ProjectUser]]:
        """Returns a list of users in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_user import ProjectUser
        from ..types.project_user_list_response import ProjectUserListResponse

        return cast(
            "AsyncPaginator[ProjectUser, AsyncCursorPage[ProjectUser]]",
            self._client.call_page(
                _LIST_PROJECT_USERS,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUserListResponse,
                item_type=ProjectUser,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        *,
        user_id: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization to be added to a project.

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
          email: Email of the user to add.
          role: `owner` or `member`
        """

        from ..types.project_user import ProjectUser

        return cast(
            "ProjectUser",
            await self._client.call(
                _CREATE_PROJECT_USER,
                path_params={"project_id": project_id},
                body={"user_id": user_id, "email": email, "role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUser,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUser:
        """Retrieves a user in the project.

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
        """

        from ..types.project_user import ProjectUser

        return cast(
            "ProjectUser",
            await self._client.call(
                _RETRIEVE_PROJECT_USER,
                path_params={"project_id": project_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUser,
            ),
        )

    async def update(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
          role: `owner` or `member`
        """

        from ..types.project_user import ProjectUser

        return cast(
            "ProjectUser",
            await self._client.call(
                _MODIFY_PROJECT_USER,
                path_params={"project_id": project_id, "user_id": user_id},
                body={"role": role},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUser,
            ),
        )

    async def delete(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
          project_id: The ID of the project.
          user_id: The ID of the user.
        """

        from ..types.project_user_delete_response import ProjectUserDeleteResponse

        return cast(
            "ProjectUserDeleteResponse",
            await self._client.call(
                _DELETE_PROJECT_USER,
                path_params={"project_id": project_id, "user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectUserDeleteResponse,
            ),
        )


class AdminOrganizationProjectsUsersRoles(SyncAPIResource):
    def list(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssignedRoleDetails]:
        """Lists the project roles assigned to a user within a project.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "SyncCursorPage[AssignedRoleDetails]",
            self._client.call_page(
                _LIST_PROJECT_USER_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "user_id": user_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
          project_id: The ID of the project to update.
          user_id: The ID of the user that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.user_role_assignment import UserRoleAssignment

        return cast(
            "UserRoleAssignment",
            self._client.call(
                _ASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserRoleAssignment,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          role_id: The ID of the project role to retrieve for the user.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            self._client.call(
                _RETRIEVE_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    def delete(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
          project_id: The ID of the project to modify.
          user_id: The ID of the user whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the user.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            self._client.call(
                _UNASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AsyncAdminOrganizationProjectsUsersRoles(AsyncAPIResource):
    def list(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]:
        """Lists the project roles assigned to a user within a project.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          limit: A limit on the number of project role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
          order: Sort order for the returned project roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]",
            self._client.call_page(
                _LIST_PROJECT_USER_ROLE_ASSIGNMENTS,
                path_params={"project_id": project_id, "user_id": user_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
          project_id: The ID of the project to update.
          user_id: The ID of the user that should receive the project role.
          role_id: Identifier of the role to assign.
        """

        from ..types.user_role_assignment import UserRoleAssignment

        return cast(
            "UserRoleAssignment",
            await self._client.call(
                _ASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserRoleAssignment,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
          project_id: The ID of the project to inspect.
          user_id: The ID of the user to inspect.
          role_id: The ID of the project role to retrieve for the user.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            await self._client.call(
                _RETRIEVE_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    async def delete(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
          project_id: The ID of the project to modify.
          user_id: The ID of the user whose project role assignment should be removed.
          role_id: The ID of the project role to remove from the user.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            await self._client.call(
                _UNASSIGN_PROJECT_USER_ROLE,
                path_params={"project_id": project_id, "user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AdminOrganizationProjectsRoles(SyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Role]:
        """Lists the roles configured for a project.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "SyncCursorPage[Role]",
            self._client.call_page(
                _LIST_PROJECT_ROLES,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PublicRoleListResource,
                item_type=Role,
                cursor_param="after",
            ),
        )

    def create(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: Sequence[str],
        description: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
          project_id: The ID of the project to update.
          role_name: Unique name for the role.
          permissions: Permissions to grant to the role.
          description: Optional description of the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _CREATE_PROJECT_ROLE,
                path_params={"project_id": project_id},
                body={"role_name": role_name, "permissions": permissions, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def retrieve(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Retrieves a project role.

        Args:
          project_id: The ID of the project.
          role_id: The ID of the role to retrieve.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _RETRIEVE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def update(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: Sequence[str] | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        role_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Updates an existing project role.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to update.
          permissions: Updated set of permissions for the role.
          description: New description for the role.
          role_name: New name for the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _UPDATE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                body={"permissions": permissions, "description": description, "role_name": role_name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def delete(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to delete.
        """

        from ..types.role_deleted_resource import RoleDeletedResource

        return cast(
            "RoleDeletedResource",
            self._client.call(
                _DELETE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleDeletedResource,
            ),
        )


class AsyncAdminOrganizationProjectsRoles(AsyncAPIResource):
    def list(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Role, AsyncCursorPage[Role]]:
        """Lists the roles configured for a project.

        Args:
          project_id: The ID of the project to inspect.
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "AsyncPaginator[Role, AsyncCursorPage[Role]]",
            self._client.call_page(
                _LIST_PROJECT_ROLES,
                path_params={"project_id": project_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PublicRoleListResource,
                item_type=Role,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: Sequence[str],
        description: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
          project_id: The ID of the project to update.
          role_name: Unique name for the role.
          permissions: Permissions to grant to the role.
          description: Optional description of the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _CREATE_PROJECT_ROLE,
                path_params={"project_id": project_id},
                body={"role_name": role_name, "permissions": permissions, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def retrieve(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Retrieves a project role.

        Args:
          project_id: The ID of the project.
          role_id: The ID of the role to retrieve.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _RETRIEVE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def update(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: Sequence[str] | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        role_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Updates an existing project role.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to update.
          permissions: Updated set of permissions for the role.
          description: New description for the role.
          role_name: New name for the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _UPDATE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                body={"permissions": permissions, "description": description, "role_name": role_name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def delete(
        self,
        project_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
          project_id: The ID of the project to update.
          role_id: The ID of the role to delete.
        """

        from ..types.role_deleted_resource import RoleDeletedResource

        return cast(
            "RoleDeletedResource",
            await self._client.call(
                _DELETE_PROJECT_ROLE,
                path_params={"project_id": project_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleDeletedResource,
            ),
        )


class AdminOrganizationProjectsSpendLimit(SyncAPIResource):
    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendLimit:
        """Get a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.
        """

        from ..types.project_spend_limit import ProjectSpendLimit

        return cast(
            "ProjectSpendLimit",
            self._client.call(
                _GETPROJECTSPENDLIMIT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendLimit,
            ),
        )

    def update(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendLimit:
        """Create or replace a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.
          threshold_amount: The hard spend limit amount, in cents.
          currency: The currency for the threshold amount. Currently, only `USD` is supported.
          interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """

        from ..types.project_spend_limit import ProjectSpendLimit

        return cast(
            "ProjectSpendLimit",
            self._client.call(
                _UPDATEPROJECTSPENDLIMIT,
                path_params={"project_id": project_id},
                body={"threshold_amount": threshold_amount, "currency": currency, "interval": interval},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendLimit,
            ),
        )

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendLimitDeleted:
        """Delete a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.
        """

        from ..types.project_spend_limit_deleted import ProjectSpendLimitDeleted

        return cast(
            "ProjectSpendLimitDeleted",
            self._client.call(
                _DELETEPROJECTSPENDLIMIT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendLimitDeleted,
            ),
        )


class AsyncAdminOrganizationProjectsSpendLimit(AsyncAPIResource):
    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendLimit:
        """Get a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.
        """

        from ..types.project_spend_limit import ProjectSpendLimit

        return cast(
            "ProjectSpendLimit",
            await self._client.call(
                _GETPROJECTSPENDLIMIT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendLimit,
            ),
        )

    async def update(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendLimit:
        """Create or replace a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.
          threshold_amount: The hard spend limit amount, in cents.
          currency: The currency for the threshold amount. Currently, only `USD` is supported.
          interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """

        from ..types.project_spend_limit import ProjectSpendLimit

        return cast(
            "ProjectSpendLimit",
            await self._client.call(
                _UPDATEPROJECTSPENDLIMIT,
                path_params={"project_id": project_id},
                body={"threshold_amount": threshold_amount, "currency": currency, "interval": interval},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendLimit,
            ),
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectSpendLimitDeleted:
        """Delete a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.
        """

        from ..types.project_spend_limit_deleted import ProjectSpendLimitDeleted

        return cast(
            "ProjectSpendLimitDeleted",
            await self._client.call(
                _DELETEPROJECTSPENDLIMIT,
                path_params={"project_id": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ProjectSpendLimitDeleted,
            ),
        )


class AdminOrganizationRoles(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Role]:
        """Lists the roles configured for the organization.

        Args:
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "SyncCursorPage[Role]",
            self._client.call_page(
                _LIST_ROLES,
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PublicRoleListResource,
                item_type=Role,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        role_name: str,
        permissions: Sequence[str],
        description: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Creates a custom role for the organization.

        Args:
          role_name: Unique name for the role.
          permissions: Permissions to grant to the role.
          description: Optional description of the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _CREATE_ROLE,
                body={"role_name": role_name, "permissions": permissions, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def retrieve(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Retrieves an organization role.

        Args:
          role_id: The ID of the role to retrieve.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _RETRIEVE_ROLE,
                path_params={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def update(
        self,
        role_id: str,
        *,
        permissions: Sequence[str] | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        role_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Updates an existing organization role.

        Args:
          role_id: The ID of the role to update.
          permissions: Updated set of permissions for the role.
          description: New description for the role.
          role_name: New name for the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            self._client.call(
                _UPDATE_ROLE,
                path_params={"role_id": role_id},
                body={"permissions": permissions, "description": description, "role_name": role_name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    def delete(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        Args:
          role_id: The ID of the role to delete.
        """

        from ..types.role_deleted_resource import RoleDeletedResource

        return cast(
            "RoleDeletedResource",
            self._client.call(
                _DELETE_ROLE,
                path_params={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleDeletedResource,
            ),
        )


class AsyncAdminOrganizationRoles(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Role, AsyncCursorPage[Role]]:
        """Lists the roles configured for the organization.

        Args:
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "AsyncPaginator[Role, AsyncCursorPage[Role]]",
            self._client.call_page(
                _LIST_ROLES,
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=PublicRoleListResource,
                item_type=Role,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        role_name: str,
        permissions: Sequence[str],
        description: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Creates a custom role for the organization.

        Args:
          role_name: Unique name for the role.
          permissions: Permissions to grant to the role.
          description: Optional description of the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _CREATE_ROLE,
                body={"role_name": role_name, "permissions": permissions, "description": description},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Retrieves an organization role.

        Args:
          role_id: The ID of the role to retrieve.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _RETRIEVE_ROLE,
                path_params={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def update(
        self,
        role_id: str,
        *,
        permissions: Sequence[str] | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        role_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Updates an existing organization role.

        Args:
          role_id: The ID of the role to update.
          permissions: Updated set of permissions for the role.
          description: New description for the role.
          role_name: New name for the role.
        """

        from ..types.role import Role

        return cast(
            "Role",
            await self._client.call(
                _UPDATE_ROLE,
                path_params={"role_id": role_id},
                body={"permissions": permissions, "description": description, "role_name": role_name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Role,
            ),
        )

    async def delete(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        Args:
          role_id: The ID of the role to delete.
        """

        from ..types.role_deleted_resource import RoleDeletedResource

        return cast(
            "RoleDeletedResource",
            await self._client.call(
                _DELETE_ROLE,
                path_params={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleDeletedResource,
            ),
        )


class AdminOrganizationSpendAlerts(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[OrganizationSpendAlert]:
        """Lists organization spend alerts.

        Args:
          limit: A limit on the number of spend alerts to return. Defaults to 20.
          order: Sort order for the returned spend alerts.
          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert
        from ..types.organization_spend_alert_list_resource import OrganizationSpendAlertListResource

        return cast(
            "SyncCursorPage[OrganizationSpendAlert]",
            self._client.call_page(
                _LIST_ORGANIZATION_SPEND_ALERTS,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlertListResource,
                item_type=OrganizationSpendAlert,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        Args:
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert

        return cast(
            "OrganizationSpendAlert",
            self._client.call(
                _CREATE_ORGANIZATION_SPEND_ALERT,
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlert,
            ),
        )

    def retrieve(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlert:
        """Retrieves an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to retrieve.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert

        return cast(
            "OrganizationSpendAlert",
            self._client.call(
                _RETRIEVE_ORGANIZATION_SPEND_ALERT,
                path_params={"alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlert,
            ),
        )

    def update(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to update.
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert

        return cast(
            "OrganizationSpendAlert",
            self._client.call(
                _UPDATE_ORGANIZATION_SPEND_ALERT,
                path_params={"alert_id": alert_id},
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlert,
            ),
        )

    def delete(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlertDeleted:
        """Deletes an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to delete.
        """

        from ..types.organization_spend_alert_deleted import OrganizationSpendAlertDeleted

        return cast(
            "OrganizationSpendAlertDeleted",
            self._client.call(
                _DELETE_ORGANIZATION_SPEND_ALERT,
                path_params={"alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlertDeleted,
            ),
        )


class AsyncAdminOrganizationSpendAlerts(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationSpendAlert, AsyncCursorPage[OrganizationSpendAlert]]:
        """Lists organization spend alerts.

        Args:
          limit: A limit on the number of spend alerts to return. Defaults to 20.
          order: Sort order for the returned spend alerts.
          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert
        from ..types.organization_spend_alert_list_resource import OrganizationSpendAlertListResource

        return cast(
            "AsyncPaginator[OrganizationSpendAlert, AsyncCursorPage[OrganizationSpendAlert]]",
            self._client.call_page(
                _LIST_ORGANIZATION_SPEND_ALERTS,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlertListResource,
                item_type=OrganizationSpendAlert,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        Args:
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert

        return cast(
            "OrganizationSpendAlert",
            await self._client.call(
                _CREATE_ORGANIZATION_SPEND_ALERT,
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlert,
            ),
        )

    async def retrieve(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlert:
        """Retrieves an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to retrieve.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert

        return cast(
            "OrganizationSpendAlert",
            await self._client.call(
                _RETRIEVE_ORGANIZATION_SPEND_ALERT,
                path_params={"alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlert,
            ),
        )

    async def update(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannelParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to update.
          threshold_amount: The alert threshold amount, in cents.
          currency: The currency for the threshold amount.
          interval: The time interval for evaluating spend against the threshold.
          notification_channel: Email notification settings for a spend alert.
        """

        from ..types.organization_spend_alert import OrganizationSpendAlert

        return cast(
            "OrganizationSpendAlert",
            await self._client.call(
                _UPDATE_ORGANIZATION_SPEND_ALERT,
                path_params={"alert_id": alert_id},
                body={
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlert,
            ),
        )

    async def delete(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendAlertDeleted:
        """Deletes an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to delete.
        """

        from ..types.organization_spend_alert_deleted import OrganizationSpendAlertDeleted

        return cast(
            "OrganizationSpendAlertDeleted",
            await self._client.call(
                _DELETE_ORGANIZATION_SPEND_ALERT,
                path_params={"alert_id": alert_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendAlertDeleted,
            ),
        )


class AdminOrganizationUsers(SyncAPIResource):
    @cached_property
    def roles(self) -> AdminOrganizationUsersRoles:
        return AdminOrganizationUsersRoles(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[OrganizationUser]:
        """Lists all of the users in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          emails: Filter by the email address of users.
        """

        from ..types.organization_user import OrganizationUser
        from ..types.user_list_response import UserListResponse

        return cast(
            "SyncCursorPage[OrganizationUser]",
            self._client.call_page(
                _LIST_USERS,
                query={"limit": limit, "after": after, "emails": emails},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserListResponse,
                item_type=OrganizationUser,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationUser:
        """Retrieves a user by their identifier.

        Args:
          user_id: The ID of the user.
        """

        from ..types.organization_user import OrganizationUser

        return cast(
            "OrganizationUser",
            self._client.call(
                _RETRIEVE_USER,
                path_params={"user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationUser,
            ),
        )

    def update(
        self,
        user_id: str,
        *,
        role: str | NotGiven | None = NOT_GIVEN,
        role_id: str | NotGiven | None = NOT_GIVEN,
        technical_level: str | NotGiven | None = NOT_GIVEN,
        developer_persona: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationUser:
        """Modifies a user's role in the organization.

        Args:
          user_id: The ID of the user.
          role: `owner` or `reader`
          role_id: Role ID to assign to the user.
          technical_level: Technical level metadata.
          developer_persona: Developer persona metadata.
        """

        from ..types.organization_user import OrganizationUser

        return cast(
            "OrganizationUser",
            self._client.call(
                _MODIFY_USER,
                path_params={"user_id": user_id},
                body={
                    "role": role,
                    "role_id": role_id,
                    "technical_level": technical_level,
                    "developer_persona": developer_persona,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationUser,
            ),
        )

    def delete(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserDeleteResponse:
        """Deletes a user from the organization.

        Args:
          user_id: The ID of the user.
        """

        from ..types.user_delete_response import UserDeleteResponse

        return cast(
            "UserDeleteResponse",
            self._client.call(
                _DELETE_USER,
                path_params={"user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserDeleteResponse,
            ),
        )


class AsyncAdminOrganizationUsers(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncAdminOrganizationUsersRoles:
        return AsyncAdminOrganizationUsersRoles(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationUser, AsyncCursorPage[OrganizationUser]]:
        """Lists all of the users in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          emails: Filter by the email address of users.
        """

        from ..types.organization_user import OrganizationUser
        from ..types.user_list_response import UserListResponse

        return cast(
            "AsyncPaginator[OrganizationUser, AsyncCursorPage[OrganizationUser]]",
            self._client.call_page(
                _LIST_USERS,
                query={"limit": limit, "after": after, "emails": emails},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserListResponse,
                item_type=OrganizationUser,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationUser:
        """Retrieves a user by their identifier.

        Args:
          user_id: The ID of the user.
        """

        from ..types.organization_user import OrganizationUser

        return cast(
            "OrganizationUser",
            await self._client.call(
                _RETRIEVE_USER,
                path_params={"user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationUser,
            ),
        )

    async def update(
        self,
        user_id: str,
        *,
        role: str | NotGiven | None = NOT_GIVEN,
        role_id: str | NotGiven | None = NOT_GIVEN,
        technical_level: str | NotGiven | None = NOT_GIVEN,
        developer_persona: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationUser:
        """Modifies a user's role in the organization.

        Args:
          user_id: The ID of the user.
          role: `owner` or `reader`
          role_id: Role ID to assign to the user.
          technical_level: Technical level metadata.
          developer_persona: Developer persona metadata.
        """

        from ..types.organization_user import OrganizationUser

        return cast(
            "OrganizationUser",
            await self._client.call(
                _MODIFY_USER,
                path_params={"user_id": user_id},
                body={
                    "role": role,
                    "role_id": role_id,
                    "technical_level": technical_level,
                    "developer_persona": developer_persona,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationUser,
            ),
        )

    async def delete(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserDeleteResponse:
        """Deletes a user from the organization.

        Args:
          user_id: The ID of the user.
        """

        from ..types.user_delete_response import UserDeleteResponse

        return cast(
            "UserDeleteResponse",
            await self._client.call(
                _DELETE_USER,
                path_params={"user_id": user_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserDeleteResponse,
            ),
        )


class AdminOrganizationUsersRoles(SyncAPIResource):
    def list(
        self,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssignedRoleDetails]:
        """Lists the organization roles assigned to a user within the organization.

        Args:
          user_id: The ID of the user to inspect.
          limit: A limit on the number of organization role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
          order: Sort order for the returned organization roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "SyncCursorPage[AssignedRoleDetails]",
            self._client.call_page(
                _LIST_USER_ROLE_ASSIGNMENTS,
                path_params={"user_id": user_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    def create(
        self,
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserRoleAssignment:
        """Assigns an organization role to a user within the organization.

        Args:
          user_id: The ID of the user that should receive the organization role.
          role_id: Identifier of the role to assign.
        """

        from ..types.user_role_assignment import UserRoleAssignment

        return cast(
            "UserRoleAssignment",
            self._client.call(
                _ASSIGN_USER_ROLE,
                path_params={"user_id": user_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserRoleAssignment,
            ),
        )

    def retrieve(
        self,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves an organization role assigned to a user.

        Args:
          user_id: The ID of the user to inspect.
          role_id: The ID of the organization role to retrieve for the user.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            self._client.call(
                _RETRIEVE_USER_ROLE,
                path_params={"user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    def delete(
        self,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns an organization role from a user within the organization.

        Args:
          user_id: The ID of the user to modify.
          role_id: The ID of the organization role to remove from the user.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            self._client.call(
                _UNASSIGN_USER_ROLE,
                path_params={"user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AsyncAdminOrganizationUsersRoles(AsyncAPIResource):
    def list(
        self,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]:
        """Lists the organization roles assigned to a user within the organization.

        Args:
          user_id: The ID of the user to inspect.
          limit: A limit on the number of organization role assignments to return.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles.
          order: Sort order for the returned organization roles.
        """

        from ..types.assigned_role_details import AssignedRoleDetails
        from ..types.role_list_resource import RoleListResource

        return cast(
            "AsyncPaginator[AssignedRoleDetails, AsyncCursorPage[AssignedRoleDetails]]",
            self._client.call_page(
                _LIST_USER_ROLE_ASSIGNMENTS,
                path_params={"user_id": user_id},
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RoleListResource,
                item_type=AssignedRoleDetails,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UserRoleAssignment:
        """Assigns an organization role to a user within the organization.

        Args:
          user_id: The ID of the user that should receive the organization role.
          role_id: Identifier of the role to assign.
        """

        from ..types.user_role_assignment import UserRoleAssignment

        return cast(
            "UserRoleAssignment",
            await self._client.call(
                _ASSIGN_USER_ROLE,
                path_params={"user_id": user_id},
                body={"role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UserRoleAssignment,
            ),
        )

    async def retrieve(
        self,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssignedRoleDetails:
        """Retrieves an organization role assigned to a user.

        Args:
          user_id: The ID of the user to inspect.
          role_id: The ID of the organization role to retrieve for the user.
        """

        from ..types.assigned_role_details import AssignedRoleDetails

        return cast(
            "AssignedRoleDetails",
            await self._client.call(
                _RETRIEVE_USER_ROLE,
                path_params={"user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssignedRoleDetails,
            ),
        )

    async def delete(
        self,
        user_id: str,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns an organization role from a user within the organization.

        Args:
          user_id: The ID of the user to modify.
          role_id: The ID of the organization role to remove from the user.
        """

        from ..types.deleted_role_assignment_resource import DeletedRoleAssignmentResource

        return cast(
            "DeletedRoleAssignmentResource",
            await self._client.call(
                _UNASSIGN_USER_ROLE,
                path_params={"user_id": user_id, "role_id": role_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedRoleAssignmentResource,
            ),
        )


class AdminOrganizationSpendLimit(SyncAPIResource):
    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendLimit:
        """Get the organization's hard spend limit."""

        from ..types.organization_spend_limit import OrganizationSpendLimit

        return cast(
            "OrganizationSpendLimit",
            self._client.call(
                _GETORGANIZATIONSPENDLIMIT,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendLimit,
            ),
        )

    def update(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendLimit:
        """Create or replace the organization's hard spend limit.

        Args:
          threshold_amount: The hard spend limit amount, in cents.
          currency: The currency for the threshold amount. Currently, only `USD` is supported.
          interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """

        from ..types.organization_spend_limit import OrganizationSpendLimit

        return cast(
            "OrganizationSpendLimit",
            self._client.call(
                _UPDATEORGANIZATIONSPENDLIMIT,
                body={"threshold_amount": threshold_amount, "currency": currency, "interval": interval},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendLimit,
            ),
        )

    def delete(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendLimitDeleted:
        """Delete the organization's hard spend limit."""

        from ..types.organization_spend_limit_deleted import OrganizationSpendLimitDeleted

        return cast(
            "OrganizationSpendLimitDeleted",
            self._client.call(
                _DELETEORGANIZATIONSPENDLIMIT,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendLimitDeleted,
            ),
        )


class AsyncAdminOrganizationSpendLimit(AsyncAPIResource):
    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendLimit:
        """Get the organization's hard spend limit."""

        from ..types.organization_spend_limit import OrganizationSpendLimit

        return cast(
            "OrganizationSpendLimit",
            await self._client.call(
                _GETORGANIZATIONSPENDLIMIT,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendLimit,
            ),
        )

    async def update(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendLimit:
        """Create or replace the organization's hard spend limit.

        Args:
          threshold_amount: The hard spend limit amount, in cents.
          currency: The currency for the threshold amount. Currently, only `USD` is supported.
          interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """

        from ..types.organization_spend_limit import OrganizationSpendLimit

        return cast(
            "OrganizationSpendLimit",
            await self._client.call(
                _UPDATEORGANIZATIONSPENDLIMIT,
                body={"threshold_amount": threshold_amount, "currency": currency, "interval": interval},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendLimit,
            ),
        )

    async def delete(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OrganizationSpendLimitDeleted:
        """Delete the organization's hard spend limit."""

        from ..types.organization_spend_limit_deleted import OrganizationSpendLimitDeleted

        return cast(
            "OrganizationSpendLimitDeleted",
            await self._client.call(
                _DELETEORGANIZATIONSPENDLIMIT,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationSpendLimitDeleted,
            ),
        )
