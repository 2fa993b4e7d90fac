# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncConversationCursorPage,
        AsyncCursorPage,
        AsyncNextCursorPage,
        AsyncPage,
        AsyncPaginator,
        SyncConversationCursorPage,
        SyncCursorPage,
        SyncNextCursorPage,
        SyncPage,
    )
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
    from ..types.organization_data_retention import OrganizationDataRetention
    from ..types.organization_group_user import OrganizationGroupUser
    from ..types.organization_project_certificate import OrganizationProjectCertificate
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
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
    security=("admin_key",),
    version_param="api-version",
)

_ADMIN_API_KEYS_GET = Operation(
    api="openai",
    operation_id="admin-api-keys-get",
    method="GET",
    path="/organization/admin_api_keys/{key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"key_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_ADMIN_API_KEYS_DELETE = Operation(
    api="openai",
    operation_id="admin-api-keys-delete",
    method="DELETE",
    path="/organization/admin_api_keys/{key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"key_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
    query_styles={"effective_at": "deepObject"},
)

_LIST_ORGANIZATION_CERTIFICATES = Operation(
    api="openai",
    operation_id="listOrganizationCertificates",
    method="GET",
    path="/organization/certificates",
    request_kind="none",
    response_kind="json",
    checks={"query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "order": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_UPLOAD_CERTIFICATE = Operation(
    api="openai",
    operation_id="uploadCertificate",
    method="POST",
    path="/organization/certificates",
    request_kind="json",
    response_kind="json",
    checks={"body": {"name": {"type": "string"}, "certificate": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_ACTIVATE_ORGANIZATION_CERTIFICATES = Operation(
    api="openai",
    operation_id="activateOrganizationCertificates",
    method="POST",
    path="/organization/certificates/activate",
    request_kind="json",
    response_kind="json",
    checks={"body": {"certificate_ids": {"type": "array", "minItems": 1, "maxItems": 10}}},
    security=("admin_key",),
    version_param="api-version",
)

_DEACTIVATE_ORGANIZATION_CERTIFICATES = Operation(
    api="openai",
    operation_id="deactivateOrganizationCertificates",
    method="POST",
    path="/organization/certificates/deactivate",
    request_kind="json",
    response_kind="json",
    checks={"body": {"certificate_ids": {"type": "array", "minItems": 1, "maxItems": 10}}},
    security=("admin_key",),
    version_param="api-version",
)

_GET_CERTIFICATE = Operation(
    api="openai",
    operation_id="getCertificate",
    method="GET",
    path="/organization/certificates/{certificate_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"certificate_id": {"type": "string"}}, "query": {"include": {"type": "array"}}},
    security=("admin_key",),
    version_param="api-version",
)

_MODIFY_CERTIFICATE = Operation(
    api="openai",
    operation_id="modifyCertificate",
    method="POST",
    path="/organization/certificates/{certificate_id}",
    request_kind="json",
    response_kind="json",
    checks={"path": {"certificate_id": {"type": "string"}}, "body": {"name": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_CERTIFICATE = Operation(
    api="openai",
    operation_id="deleteCertificate",
    method="DELETE",
    path="/organization/certificates/{certificate_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"certificate_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_ORGANIZATION_DATA_RETENTION = Operation(
    api="openai",
    operation_id="retrieve-organization-data-retention",
    method="GET",
    path="/organization/data_retention",
    request_kind="none",
    response_kind="json",
    security=("admin_key",),
    version_param="api-version",
)

_UPDATE_ORGANIZATION_DATA_RETENTION = Operation(
    api="openai",
    operation_id="update-organization-data-retention",
    method="POST",
    path="/organization/data_retention",
    request_kind="json",
    response_kind="json",
    checks={"body": {"retention_type": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
)

_CREATE_GROUP = Operation(
    api="openai",
    operation_id="create-group",
    method="POST",
    path="/organization/groups",
    request_kind="json",
    response_kind="json",
    checks={"body": {"name": {"type": "string", "minLength": 1, "maxLength": 255}}},
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_GROUP = Operation(
    api="openai",
    operation_id="retrieve-group",
    method="GET",
    path="/organization/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_GROUP = Operation(
    api="openai",
    operation_id="delete-group",
    method="DELETE",
    path="/organization/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
)

_ASSIGN_GROUP_ROLE = Operation(
    api="openai",
    operation_id="assign-group-role",
    method="POST",
    path="/organization/groups/{group_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}, "body": {"role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_GROUP_ROLE = Operation(
    api="openai",
    operation_id="retrieve-group-role",
    method="GET",
    path="/organization/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_UNASSIGN_GROUP_ROLE = Operation(
    api="openai",
    operation_id="unassign-group-role",
    method="DELETE",
    path="/organization/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
)

_ADD_GROUP_USER = Operation(
    api="openai",
    operation_id="add-group-user",
    method="POST",
    path="/organization/groups/{group_id}/users",
    request_kind="json",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}}, "body": {"user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_GROUP_USER = Operation(
    api="openai",
    operation_id="retrieve-group-user",
    method="GET",
    path="/organization/groups/{group_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_REMOVE_GROUP_USER = Operation(
    api="openai",
    operation_id="remove-group-user",
    method="DELETE",
    path="/organization/groups/{group_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"group_id": {"type": "string"}, "user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_LIST_INVITES = Operation(
    api="openai",
    operation_id="list-invites",
    method="GET",
    path="/organization/invites",
    request_kind="none",
    response_kind="json",
    checks={"query": {"limit": {"type": "integer"}, "after": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_INVITE_USER = Operation(
    api="openai",
    operation_id="inviteUser",
    method="POST",
    path="/organization/invites",
    request_kind="json",
    response_kind="json",
    checks={"body": {"email": {"type": "string"}, "role": {"type": "string"}, "projects": {"type": "array"}}},
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_INVITE = Operation(
    api="openai",
    operation_id="retrieve-invite",
    method="GET",
    path="/organization/invites/{invite_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"invite_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_INVITE = Operation(
    api="openai",
    operation_id="delete-invite",
    method="DELETE",
    path="/organization/invites/{invite_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"invite_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT = Operation(
    api="openai",
    operation_id="retrieve-project",
    method="GET",
    path="/organization/projects/{project_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_ARCHIVE_PROJECT = Operation(
    api="openai",
    operation_id="archive-project",
    method="POST",
    path="/organization/projects/{project_id}/archive",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_RETRIEVE_PROJECT_API_KEY = Operation(
    api="openai",
    operation_id="retrieve-project-api-key",
    method="GET",
    path="/organization/projects/{project_id}/api_keys/{api_key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "api_key_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_PROJECT_API_KEY = Operation(
    api="openai",
    operation_id="delete-project-api-key",
    method="DELETE",
    path="/organization/projects/{project_id}/api_keys/{api_key_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "api_key_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_DATA_RETENTION = Operation(
    api="openai",
    operation_id="retrieve-project-data-retention",
    method="GET",
    path="/organization/projects/{project_id}/data_retention",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_UPDATE_PROJECT_DATA_RETENTION = Operation(
    api="openai",
    operation_id="update-project-data-retention",
    method="POST",
    path="/organization/projects/{project_id}/data_retention",
    request_kind="json",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}, "body": {"retention_type": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_REMOVE_PROJECT_GROUP = Operation(
    api="openai",
    operation_id="remove-project-group",
    method="DELETE",
    path="/organization/projects/{project_id}/groups/{group_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-group-role",
    method="GET",
    path="/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_UNASSIGN_PROJECT_GROUP_ROLE = Operation(
    api="openai",
    operation_id="unassign-project-group-role",
    method="DELETE",
    path="/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "group_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS = Operation(
    api="openai",
    operation_id="retrieve-project-hosted-tool-permissions",
    method="GET",
    path="/organization/projects/{project_id}/hosted_tool_permissions",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_MODEL_PERMISSIONS = Operation(
    api="openai",
    operation_id="retrieve-project-model-permissions",
    method="GET",
    path="/organization/projects/{project_id}/model_permissions",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_PROJECT_MODEL_PERMISSIONS = Operation(
    api="openai",
    operation_id="delete-project-model-permissions",
    method="DELETE",
    path="/organization/projects/{project_id}/model_permissions",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_SERVICE_ACCOUNT = Operation(
    api="openai",
    operation_id="retrieve-project-service-account",
    method="GET",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "service_account_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_PROJECT_SERVICE_ACCOUNT = Operation(
    api="openai",
    operation_id="delete-project-service-account",
    method="DELETE",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "service_account_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_SPEND_ALERT = Operation(
    api="openai",
    operation_id="retrieve-project-spend-alert",
    method="GET",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "alert_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_PROJECT_SPEND_ALERT = Operation(
    api="openai",
    operation_id="delete-project-spend-alert",
    method="DELETE",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "alert_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_USER = Operation(
    api="openai",
    operation_id="retrieve-project-user",
    method="GET",
    path="/organization/projects/{project_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_PROJECT_USER = Operation(
    api="openai",
    operation_id="delete-project-user",
    method="DELETE",
    path="/organization/projects/{project_id}/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-user-role",
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_UNASSIGN_PROJECT_USER_ROLE = Operation(
    api="openai",
    operation_id="unassign-project-user-role",
    method="DELETE",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "user_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="retrieve-project-role",
    method="GET",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_PROJECT_ROLE = Operation(
    api="openai",
    operation_id="delete-project-role",
    method="DELETE",
    path="/projects/{project_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_GETPROJECTSPENDLIMIT = Operation(
    api="openai",
    operation_id="Getprojectspendlimit",
    method="GET",
    path="/organization/projects/{project_id}/spend_limit",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETEPROJECTSPENDLIMIT = Operation(
    api="openai",
    operation_id="Deleteprojectspendlimit",
    method="DELETE",
    path="/organization/projects/{project_id}/spend_limit",
    request_kind="none",
    response_kind="json",
    checks={"path": {"project_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_ROLE = Operation(
    api="openai",
    operation_id="retrieve-role",
    method="GET",
    path="/organization/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_ROLE = Operation(
    api="openai",
    operation_id="delete-role",
    method="DELETE",
    path="/organization/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
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
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_ORGANIZATION_SPEND_ALERT = Operation(
    api="openai",
    operation_id="retrieve-organization-spend-alert",
    method="GET",
    path="/organization/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"alert_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_ORGANIZATION_SPEND_ALERT = Operation(
    api="openai",
    operation_id="delete-organization-spend-alert",
    method="DELETE",
    path="/organization/spend_alerts/{alert_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"alert_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_LIST_USERS = Operation(
    api="openai",
    operation_id="list-users",
    method="GET",
    path="/organization/users",
    request_kind="none",
    response_kind="json",
    checks={"query": {"limit": {"type": "integer"}, "after": {"type": "string"}, "emails": {"type": "array"}}},
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_RETRIEVE_USER = Operation(
    api="openai",
    operation_id="retrieve-user",
    method="GET",
    path="/organization/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETE_USER = Operation(
    api="openai",
    operation_id="delete-user",
    method="DELETE",
    path="/organization/users/{user_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "next", "page": "next"},
)

_ASSIGN_USER_ROLE = Operation(
    api="openai",
    operation_id="assign-user-role",
    method="POST",
    path="/organization/users/{user_id}/roles",
    request_kind="json",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}}, "body": {"role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_RETRIEVE_USER_ROLE = Operation(
    api="openai",
    operation_id="retrieve-user-role",
    method="GET",
    path="/organization/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_UNASSIGN_USER_ROLE = Operation(
    api="openai",
    operation_id="unassign-user-role",
    method="DELETE",
    path="/organization/users/{user_id}/roles/{role_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"user_id": {"type": "string"}, "role_id": {"type": "string"}}},
    security=("admin_key",),
    version_param="api-version",
)

_GETORGANIZATIONSPENDLIMIT = Operation(
    api="openai",
    operation_id="Getorganizationspendlimit",
    method="GET",
    path="/organization/spend_limit",
    request_kind="none",
    response_kind="json",
    security=("admin_key",),
    version_param="api-version",
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
    security=("admin_key",),
    version_param="api-version",
)

_DELETEORGANIZATIONSPENDLIMIT = Operation(
    api="openai",
    operation_id="Deleteorganizationspendlimit",
    method="DELETE",
    path="/organization/spend_limit",
    request_kind="none",
    response_kind="json",
    security=("admin_key",),
    version_param="api-version",
)


class Admin(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AdminWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminWithStreamingResponse(self)

    @cached_property
    def organization(self) -> AdminOrganization:
        return AdminOrganization(self._client)


class AsyncAdmin(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAdminWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminWithStreamingResponse(self)

    @cached_property
    def organization(self) -> AsyncAdminOrganization:
        return AsyncAdminOrganization(self._client)


class AdminOrganization(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AdminOrganizationWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationWithStreamingResponse(self)

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
    def with_raw_response(self) -> AsyncAdminOrganizationWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationAdminApiKeysWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationAdminApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationAdminApiKeysWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationAdminApiKeysWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationAdminApiKeysWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationAdminApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationAdminApiKeysWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationAdminApiKeysWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationAuditLogsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationAuditLogsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationAuditLogsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationAuditLogsWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[AuditLog]:
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
            "SyncConversationCursorPage[AuditLog]",
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationAuditLogsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationAuditLogsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationAuditLogsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationAuditLogsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[AuditLog, AsyncConversationCursorPage[AuditLog]]:
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
            "AsyncPaginator[AuditLog, AsyncConversationCursorPage[AuditLog]]",
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationCertificatesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationCertificatesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationCertificatesWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[OrganizationCertificate]:
        """List uploaded certificates for this organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """

        from ..types.list_certificates_response import ListCertificatesResponse
        from ..types.organization_certificate import OrganizationCertificate

        return cast(
            "SyncConversationCursorPage[OrganizationCertificate]",
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
    ) -> SyncPage[OrganizationCertificate]:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.
        """

        from ..types.organization_certificate import OrganizationCertificate
        from ..types.organization_certificate_activation_response import OrganizationCertificateActivationResponse

        return cast(
            "SyncPage[OrganizationCertificate]",
            self._client.call_page(
                _ACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateActivationResponse,
                item_type=OrganizationCertificate,
                cursor_param=None,
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
    ) -> SyncPage[OrganizationCertificate]:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.
        """

        from ..types.organization_certificate import OrganizationCertificate
        from ..types.organization_certificate_deactivation_response import OrganizationCertificateDeactivationResponse

        return cast(
            "SyncPage[OrganizationCertificate]",
            self._client.call_page(
                _DEACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateDeactivationResponse,
                item_type=OrganizationCertificate,
                cursor_param=None,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationCertificatesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationCertificatesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationCertificatesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[OrganizationCertificate, AsyncConversationCursorPage[OrganizationCertificate]]:
        """List uploaded certificates for this organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """

        from ..types.list_certificates_response import ListCertificatesResponse
        from ..types.organization_certificate import OrganizationCertificate

        return cast(
            "AsyncPaginator[OrganizationCertificate, AsyncConversationCursorPage[OrganizationCertificate]]",
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

    def activate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OrganizationCertificate, AsyncPage[OrganizationCertificate]]:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.
        """

        from ..types.organization_certificate import OrganizationCertificate
        from ..types.organization_certificate_activation_response import OrganizationCertificateActivationResponse

        return cast(
            "AsyncPaginator[OrganizationCertificate, AsyncPage[OrganizationCertificate]]",
            self._client.call_page(
                _ACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateActivationResponse,
                item_type=OrganizationCertificate,
                cursor_param=None,
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
    ) -> AsyncPaginator[OrganizationCertificate, AsyncPage[OrganizationCertificate]]:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.
        """

        from ..types.organization_certificate import OrganizationCertificate
        from ..types.organization_certificate_deactivation_response import OrganizationCertificateDeactivationResponse

        return cast(
            "AsyncPaginator[OrganizationCertificate, AsyncPage[OrganizationCertificate]]",
            self._client.call_page(
                _DEACTIVATE_ORGANIZATION_CERTIFICATES,
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationCertificateDeactivationResponse,
                item_type=OrganizationCertificate,
                cursor_param=None,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationUsageWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationUsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationUsageWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationUsageWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationUsageWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationUsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationUsageWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationUsageWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationDataRetentionWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationDataRetentionWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationDataRetentionWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationDataRetentionWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationDataRetentionWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationDataRetentionWithStreamingResponse(self)

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
    def with_raw_response(self) -> AdminOrganizationGroupsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationGroupsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationGroupsWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[GroupResponse]:
        """Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
          order: Specifies the sort order of the returned groups.
        """

        from ..types.group_list_resource import GroupListResource
        from ..types.group_response import GroupResponse

        return cast(
            "SyncNextCursorPage[GroupResponse]",
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
    def with_raw_response(self) -> AsyncAdminOrganizationGroupsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationGroupsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationGroupsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[GroupResponse, AsyncNextCursorPage[GroupResponse]]:
        """Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
          order: Specifies the sort order of the returned groups.
        """

        from ..types.group_list_resource import GroupListResource
        from ..types.group_response import GroupResponse

        return cast(
            "AsyncPaginator[GroupResponse, AsyncNextCursorPage[GroupResponse]]",
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationGroupsRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationGroupsRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationGroupsRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationGroupsRolesWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[AssignedRoleDetails]:
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
            "SyncNextCursorPage[AssignedRoleDetails]",
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
        role_id: str,
        *,
        group_id: str,
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
        role_id: str,
        *,
        group_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationGroupsRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationGroupsRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationGroupsRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationGroupsRolesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]:
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
            "AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]",
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
        role_id: str,
        *,
        group_id: str,
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
        role_id: str,
        *,
        group_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationGroupsUsersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationGroupsUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationGroupsUsersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationGroupsUsersWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[OrganizationGroupUser]:
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
            "SyncNextCursorPage[OrganizationGroupUser]",
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
        user_id: str,
        *,
        group_id: str,
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
        user_id: str,
        *,
        group_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationGroupsUsersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationGroupsUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationGroupsUsersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationGroupsUsersWithStreamingResponse(self)

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
    ) -> AsyncPaginator[OrganizationGroupUser, AsyncNextCursorPage[OrganizationGroupUser]]:
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
            "AsyncPaginator[OrganizationGroupUser, AsyncNextCursorPage[OrganizationGroupUser]]",
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
        user_id: str,
        *,
        group_id: str,
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
        user_id: str,
        *,
        group_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationInvitesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationInvitesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationInvitesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationInvitesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncConversationCursorPage[Invite]:
        """Returns a list of invites in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.invite import Invite
        from ..types.invite_list_response import InviteListResponse

        return cast(
            "SyncConversationCursorPage[Invite]",
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationInvitesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationInvitesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationInvitesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationInvitesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Invite, AsyncConversationCursorPage[Invite]]:
        """Returns a list of invites in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.invite import Invite
        from ..types.invite_list_response import InviteListResponse

        return cast(
            "AsyncPaginator[Invite, AsyncConversationCursorPage[Invite]]",
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
    def with_raw_response(self) -> AdminOrganizationProjectsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[Project]:
        """Returns a list of projects.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
        """

        from ..types.project import Project
        from ..types.project_list_response import ProjectListResponse

        return cast(
            "SyncConversationCursorPage[Project]",
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
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[Project, AsyncConversationCursorPage[Project]]:
        """Returns a list of projects.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
        """

        from ..types.project import Project
        from ..types.project_list_response import ProjectListResponse

        return cast(
            "AsyncPaginator[Project, AsyncConversationCursorPage[Project]]",
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsApiKeysWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsApiKeysWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsApiKeysWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[ProjectApiKey]:
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
            "SyncConversationCursorPage[ProjectApiKey]",
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
        api_key_id: str,
        *,
        project_id: str,
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
        api_key_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsApiKeysWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsApiKeysWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsApiKeysWithStreamingResponse(self)

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
    ) -> AsyncPaginator[ProjectApiKey, AsyncConversationCursorPage[ProjectApiKey]]:
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
            "AsyncPaginator[ProjectApiKey, AsyncConversationCursorPage[ProjectApiKey]]",
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
        api_key_id: str,
        *,
        project_id: str,
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
        api_key_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsCertificatesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsCertificatesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsCertificatesWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[OrganizationProjectCertificate]:
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
            "SyncConversationCursorPage[OrganizationProjectCertificate]",
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
    ) -> SyncPage[OrganizationProjectCertificate]:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate import OrganizationProjectCertificate
        from ..types.organization_project_certificate_activation_response import (
            OrganizationProjectCertificateActivationResponse,
        )

        return cast(
            "SyncPage[OrganizationProjectCertificate]",
            self._client.call_page(
                _ACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateActivationResponse,
                item_type=OrganizationProjectCertificate,
                cursor_param=None,
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
    ) -> SyncPage[OrganizationProjectCertificate]:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate import OrganizationProjectCertificate
        from ..types.organization_project_certificate_deactivation_response import (
            OrganizationProjectCertificateDeactivationResponse,
        )

        return cast(
            "SyncPage[OrganizationProjectCertificate]",
            self._client.call_page(
                _DEACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateDeactivationResponse,
                item_type=OrganizationProjectCertificate,
                cursor_param=None,
            ),
        )


class AsyncAdminOrganizationProjectsCertificates(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsCertificatesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsCertificatesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsCertificatesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[OrganizationProjectCertificate, AsyncConversationCursorPage[OrganizationProjectCertificate]]:
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
            "AsyncPaginator[OrganizationProjectCertificate, AsyncConversationCursorPage[OrganizationProjectCertificate]]",
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
    ) -> AsyncPaginator[OrganizationProjectCertificate, AsyncPage[OrganizationProjectCertificate]]:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate import OrganizationProjectCertificate
        from ..types.organization_project_certificate_activation_response import (
            OrganizationProjectCertificateActivationResponse,
        )

        return cast(
            "AsyncPaginator[OrganizationProjectCertificate, AsyncPage[OrganizationProjectCertificate]]",
            self._client.call_page(
                _ACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateActivationResponse,
                item_type=OrganizationProjectCertificate,
                cursor_param=None,
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
    ) -> AsyncPaginator[OrganizationProjectCertificate, AsyncPage[OrganizationProjectCertificate]]:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.
        """

        from ..types.organization_project_certificate import OrganizationProjectCertificate
        from ..types.organization_project_certificate_deactivation_response import (
            OrganizationProjectCertificateDeactivationResponse,
        )

        return cast(
            "AsyncPaginator[OrganizationProjectCertificate, AsyncPage[OrganizationProjectCertificate]]",
            self._client.call_page(
                _DEACTIVATE_PROJECT_CERTIFICATES,
                path_params={"project_id": project_id},
                body={"certificate_ids": certificate_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=OrganizationProjectCertificateDeactivationResponse,
                item_type=OrganizationProjectCertificate,
                cursor_param=None,
            ),
        )


class AdminOrganizationProjectsDataRetention(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsDataRetentionWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsDataRetentionWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsDataRetentionWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsDataRetentionWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsDataRetentionWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsDataRetentionWithStreamingResponse(self)

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
    def with_raw_response(self) -> AdminOrganizationProjectsGroupsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsGroupsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsGroupsWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[ProjectGroup]:
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
            "SyncNextCursorPage[ProjectGroup]",
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
        group_id: str,
        *,
        project_id: str,
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
        group_id: str,
        *,
        project_id: str,
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
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsGroupsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsGroupsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsGroupsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[ProjectGroup, AsyncNextCursorPage[ProjectGroup]]:
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
            "AsyncPaginator[ProjectGroup, AsyncNextCursorPage[ProjectGroup]]",
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
        group_id: str,
        *,
        project_id: str,
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
        group_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsGroupsRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsGroupsRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsGroupsRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsGroupsRolesWithStreamingResponse(self)

    def list(
        self,
        group_id: str,
        *,
        project_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncNextCursorPage[AssignedRoleDetails]:
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
            "SyncNextCursorPage[AssignedRoleDetails]",
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
        group_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
        group_id: str,
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
        role_id: str,
        *,
        project_id: str,
        group_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsGroupsRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsGroupsRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsGroupsRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsGroupsRolesWithStreamingResponse(self)

    def list(
        self,
        group_id: str,
        *,
        project_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]:
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
            "AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]",
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
        group_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
        group_id: str,
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
        role_id: str,
        *,
        project_id: str,
        group_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsHostedToolPermissionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsHostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsHostedToolPermissionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsHostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsModelPermissionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsModelPermissionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsModelPermissionsWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsModelPermissionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsModelPermissionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsModelPermissionsWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsRateLimitsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsRateLimitsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsRateLimitsWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[ProjectRateLimit]:
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
            "SyncConversationCursorPage[ProjectRateLimit]",
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
        rate_limit_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsRateLimitsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsRateLimitsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsRateLimitsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[ProjectRateLimit, AsyncConversationCursorPage[ProjectRateLimit]]:
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
            "AsyncPaginator[ProjectRateLimit, AsyncConversationCursorPage[ProjectRateLimit]]",
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
        rate_limit_id: str,
        *,
        project_id: str,
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
    def with_raw_response(self) -> AdminOrganizationProjectsServiceAccountsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsServiceAccountsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsServiceAccountsWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[ProjectServiceAccount]:
        """Returns a list of service accounts in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_service_account import ProjectServiceAccount
        from ..types.project_service_account_list_response import ProjectServiceAccountListResponse

        return cast(
            "SyncConversationCursorPage[ProjectServiceAccount]",
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
        service_account_id: str,
        *,
        project_id: str,
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
        service_account_id: str,
        *,
        project_id: str,
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
        service_account_id: str,
        *,
        project_id: str,
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
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsServiceAccountsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsServiceAccountsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsServiceAccountsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[ProjectServiceAccount, AsyncConversationCursorPage[ProjectServiceAccount]]:
        """Returns a list of service accounts in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_service_account import ProjectServiceAccount
        from ..types.project_service_account_list_response import ProjectServiceAccountListResponse

        return cast(
            "AsyncPaginator[ProjectServiceAccount, AsyncConversationCursorPage[ProjectServiceAccount]]",
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
        service_account_id: str,
        *,
        project_id: str,
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
        service_account_id: str,
        *,
        project_id: str,
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
        service_account_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse(self)

    def create(
        self,
        service_account_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse(self)

    async def create(
        self,
        service_account_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsSpendAlertsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsSpendAlertsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsSpendAlertsWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[ProjectSpendAlert]:
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
            "SyncConversationCursorPage[ProjectSpendAlert]",
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
        alert_id: str,
        *,
        project_id: str,
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
        alert_id: str,
        *,
        project_id: str,
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
        alert_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsSpendAlertsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsSpendAlertsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsSpendAlertsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[ProjectSpendAlert, AsyncConversationCursorPage[ProjectSpendAlert]]:
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
            "AsyncPaginator[ProjectSpendAlert, AsyncConversationCursorPage[ProjectSpendAlert]]",
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
        alert_id: str,
        *,
        project_id: str,
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
        alert_id: str,
        *,
        project_id: str,
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
        alert_id: str,
        *,
        project_id: str,
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
    def with_raw_response(self) -> AdminOrganizationProjectsUsersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsUsersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsUsersWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[ProjectUser]:
        """Returns a list of users in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_user import ProjectUser
        from ..types.project_user_list_response import ProjectUserListResponse

        return cast(
            "SyncConversationCursorPage[ProjectUser]",
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
        user_id: str,
        *,
        project_id: str,
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
        user_id: str,
        *,
        project_id: str,
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
        user_id: str,
        *,
        project_id: str,
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
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsUsersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsUsersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsUsersWithStreamingResponse(self)

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
    ) -> AsyncPaginator[ProjectUser, AsyncConversationCursorPage[ProjectUser]]:
        """Returns a list of users in the project.

        Args:
          project_id: The ID of the project.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """

        from ..types.project_user import ProjectUser
        from ..types.project_user_list_response import ProjectUserListResponse

        return cast(
            "AsyncPaginator[ProjectUser, AsyncConversationCursorPage[ProjectUser]]",
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
        user_id: str,
        *,
        project_id: str,
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
        user_id: str,
        *,
        project_id: str,
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
        user_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsUsersRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsUsersRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsUsersRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsUsersRolesWithStreamingResponse(self)

    def list(
        self,
        user_id: str,
        *,
        project_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncNextCursorPage[AssignedRoleDetails]:
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
            "SyncNextCursorPage[AssignedRoleDetails]",
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
        user_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
        user_id: str,
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
        role_id: str,
        *,
        project_id: str,
        user_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsUsersRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsUsersRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsUsersRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsUsersRolesWithStreamingResponse(self)

    def list(
        self,
        user_id: str,
        *,
        project_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]:
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
            "AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]",
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
        user_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
        user_id: str,
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
        role_id: str,
        *,
        project_id: str,
        user_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsRolesWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[Role]:
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
            "SyncNextCursorPage[Role]",
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
        role_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsRolesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[Role, AsyncNextCursorPage[Role]]:
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
            "AsyncPaginator[Role, AsyncNextCursorPage[Role]]",
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
        role_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
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
        role_id: str,
        *,
        project_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationProjectsSpendLimitWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationProjectsSpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationProjectsSpendLimitWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationProjectsSpendLimitWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationProjectsSpendLimitWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationProjectsSpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationProjectsSpendLimitWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationProjectsSpendLimitWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationRolesWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[Role]:
        """Lists the roles configured for the organization.

        Args:
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "SyncNextCursorPage[Role]",
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationRolesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[Role, AsyncNextCursorPage[Role]]:
        """Lists the roles configured for the organization.

        Args:
          limit: A limit on the number of roles to return. Defaults to 1000.
          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
          order: Sort order for the returned roles.
        """

        from ..types.public_role_list_resource import PublicRoleListResource
        from ..types.role import Role

        return cast(
            "AsyncPaginator[Role, AsyncNextCursorPage[Role]]",
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationSpendAlertsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationSpendAlertsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationSpendAlertsWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[OrganizationSpendAlert]:
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
            "SyncConversationCursorPage[OrganizationSpendAlert]",
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationSpendAlertsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationSpendAlertsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationSpendAlertsWithStreamingResponse(self)

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
    ) -> AsyncPaginator[OrganizationSpendAlert, AsyncConversationCursorPage[OrganizationSpendAlert]]:
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
            "AsyncPaginator[OrganizationSpendAlert, AsyncConversationCursorPage[OrganizationSpendAlert]]",
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
    def with_raw_response(self) -> AdminOrganizationUsersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationUsersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationUsersWithStreamingResponse(self)

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
    ) -> SyncConversationCursorPage[OrganizationUser]:
        """Lists all of the users in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          emails: Filter by the email address of users.
        """

        from ..types.organization_user import OrganizationUser
        from ..types.user_list_response import UserListResponse

        return cast(
            "SyncConversationCursorPage[OrganizationUser]",
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
    def with_raw_response(self) -> AsyncAdminOrganizationUsersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationUsersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationUsersWithStreamingResponse(self)

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
    ) -> AsyncPaginator[OrganizationUser, AsyncConversationCursorPage[OrganizationUser]]:
        """Lists all of the users in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          emails: Filter by the email address of users.
        """

        from ..types.organization_user import OrganizationUser
        from ..types.user_list_response import UserListResponse

        return cast(
            "AsyncPaginator[OrganizationUser, AsyncConversationCursorPage[OrganizationUser]]",
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationUsersRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationUsersRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationUsersRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationUsersRolesWithStreamingResponse(self)

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
    ) -> SyncNextCursorPage[AssignedRoleDetails]:
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
            "SyncNextCursorPage[AssignedRoleDetails]",
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
        role_id: str,
        *,
        user_id: str,
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
        role_id: str,
        *,
        user_id: str,
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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationUsersRolesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationUsersRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationUsersRolesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationUsersRolesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]:
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
            "AsyncPaginator[AssignedRoleDetails, AsyncNextCursorPage[AssignedRoleDetails]]",
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
        role_id: str,
        *,
        user_id: str,
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
        role_id: str,
        *,
        user_id: str,
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
    @cached_property
    def with_raw_response(self) -> AdminOrganizationSpendLimitWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AdminOrganizationSpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminOrganizationSpendLimitWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AdminOrganizationSpendLimitWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncAdminOrganizationSpendLimitWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAdminOrganizationSpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminOrganizationSpendLimitWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAdminOrganizationSpendLimitWithStreamingResponse(self)

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


class AdminWithRawResponse(ResourceView):
    _resource: Admin

    @property
    def organization(self) -> AdminOrganizationWithRawResponse:
        return self._resource.organization.with_raw_response


class AdminWithStreamingResponse(StreamingResourceView):
    _resource: Admin

    @property
    def organization(self) -> AdminOrganizationWithStreamingResponse:
        return self._resource.organization.with_streaming_response


class AsyncAdminWithRawResponse(ResourceView):
    _resource: AsyncAdmin

    @property
    def organization(self) -> AsyncAdminOrganizationWithRawResponse:
        return self._resource.organization.with_raw_response


class AsyncAdminWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdmin

    @property
    def organization(self) -> AsyncAdminOrganizationWithStreamingResponse:
        return self._resource.organization.with_streaming_response


class AdminOrganizationWithRawResponse(ResourceView):
    _resource: AdminOrganization

    @property
    def admin_api_keys(self) -> AdminOrganizationAdminApiKeysWithRawResponse:
        return self._resource.admin_api_keys.with_raw_response

    @property
    def audit_logs(self) -> AdminOrganizationAuditLogsWithRawResponse:
        return self._resource.audit_logs.with_raw_response

    @property
    def certificates(self) -> AdminOrganizationCertificatesWithRawResponse:
        return self._resource.certificates.with_raw_response

    @property
    def usage(self) -> AdminOrganizationUsageWithRawResponse:
        return self._resource.usage.with_raw_response

    @property
    def data_retention(self) -> AdminOrganizationDataRetentionWithRawResponse:
        return self._resource.data_retention.with_raw_response

    @property
    def groups(self) -> AdminOrganizationGroupsWithRawResponse:
        return self._resource.groups.with_raw_response

    @property
    def invites(self) -> AdminOrganizationInvitesWithRawResponse:
        return self._resource.invites.with_raw_response

    @property
    def projects(self) -> AdminOrganizationProjectsWithRawResponse:
        return self._resource.projects.with_raw_response

    @property
    def roles(self) -> AdminOrganizationRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    @property
    def spend_alerts(self) -> AdminOrganizationSpendAlertsWithRawResponse:
        return self._resource.spend_alerts.with_raw_response

    @property
    def users(self) -> AdminOrganizationUsersWithRawResponse:
        return self._resource.users.with_raw_response

    @property
    def spend_limit(self) -> AdminOrganizationSpendLimitWithRawResponse:
        return self._resource.spend_limit.with_raw_response


class AdminOrganizationWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganization

    @property
    def admin_api_keys(self) -> AdminOrganizationAdminApiKeysWithStreamingResponse:
        return self._resource.admin_api_keys.with_streaming_response

    @property
    def audit_logs(self) -> AdminOrganizationAuditLogsWithStreamingResponse:
        return self._resource.audit_logs.with_streaming_response

    @property
    def certificates(self) -> AdminOrganizationCertificatesWithStreamingResponse:
        return self._resource.certificates.with_streaming_response

    @property
    def usage(self) -> AdminOrganizationUsageWithStreamingResponse:
        return self._resource.usage.with_streaming_response

    @property
    def data_retention(self) -> AdminOrganizationDataRetentionWithStreamingResponse:
        return self._resource.data_retention.with_streaming_response

    @property
    def groups(self) -> AdminOrganizationGroupsWithStreamingResponse:
        return self._resource.groups.with_streaming_response

    @property
    def invites(self) -> AdminOrganizationInvitesWithStreamingResponse:
        return self._resource.invites.with_streaming_response

    @property
    def projects(self) -> AdminOrganizationProjectsWithStreamingResponse:
        return self._resource.projects.with_streaming_response

    @property
    def roles(self) -> AdminOrganizationRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    @property
    def spend_alerts(self) -> AdminOrganizationSpendAlertsWithStreamingResponse:
        return self._resource.spend_alerts.with_streaming_response

    @property
    def users(self) -> AdminOrganizationUsersWithStreamingResponse:
        return self._resource.users.with_streaming_response

    @property
    def spend_limit(self) -> AdminOrganizationSpendLimitWithStreamingResponse:
        return self._resource.spend_limit.with_streaming_response


class AsyncAdminOrganizationWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganization

    @property
    def admin_api_keys(self) -> AsyncAdminOrganizationAdminApiKeysWithRawResponse:
        return self._resource.admin_api_keys.with_raw_response

    @property
    def audit_logs(self) -> AsyncAdminOrganizationAuditLogsWithRawResponse:
        return self._resource.audit_logs.with_raw_response

    @property
    def certificates(self) -> AsyncAdminOrganizationCertificatesWithRawResponse:
        return self._resource.certificates.with_raw_response

    @property
    def usage(self) -> AsyncAdminOrganizationUsageWithRawResponse:
        return self._resource.usage.with_raw_response

    @property
    def data_retention(self) -> AsyncAdminOrganizationDataRetentionWithRawResponse:
        return self._resource.data_retention.with_raw_response

    @property
    def groups(self) -> AsyncAdminOrganizationGroupsWithRawResponse:
        return self._resource.groups.with_raw_response

    @property
    def invites(self) -> AsyncAdminOrganizationInvitesWithRawResponse:
        return self._resource.invites.with_raw_response

    @property
    def projects(self) -> AsyncAdminOrganizationProjectsWithRawResponse:
        return self._resource.projects.with_raw_response

    @property
    def roles(self) -> AsyncAdminOrganizationRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    @property
    def spend_alerts(self) -> AsyncAdminOrganizationSpendAlertsWithRawResponse:
        return self._resource.spend_alerts.with_raw_response

    @property
    def users(self) -> AsyncAdminOrganizationUsersWithRawResponse:
        return self._resource.users.with_raw_response

    @property
    def spend_limit(self) -> AsyncAdminOrganizationSpendLimitWithRawResponse:
        return self._resource.spend_limit.with_raw_response


class AsyncAdminOrganizationWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganization

    @property
    def admin_api_keys(self) -> AsyncAdminOrganizationAdminApiKeysWithStreamingResponse:
        return self._resource.admin_api_keys.with_streaming_response

    @property
    def audit_logs(self) -> AsyncAdminOrganizationAuditLogsWithStreamingResponse:
        return self._resource.audit_logs.with_streaming_response

    @property
    def certificates(self) -> AsyncAdminOrganizationCertificatesWithStreamingResponse:
        return self._resource.certificates.with_streaming_response

    @property
    def usage(self) -> AsyncAdminOrganizationUsageWithStreamingResponse:
        return self._resource.usage.with_streaming_response

    @property
    def data_retention(self) -> AsyncAdminOrganizationDataRetentionWithStreamingResponse:
        return self._resource.data_retention.with_streaming_response

    @property
    def groups(self) -> AsyncAdminOrganizationGroupsWithStreamingResponse:
        return self._resource.groups.with_streaming_response

    @property
    def invites(self) -> AsyncAdminOrganizationInvitesWithStreamingResponse:
        return self._resource.invites.with_streaming_response

    @property
    def projects(self) -> AsyncAdminOrganizationProjectsWithStreamingResponse:
        return self._resource.projects.with_streaming_response

    @property
    def roles(self) -> AsyncAdminOrganizationRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    @property
    def spend_alerts(self) -> AsyncAdminOrganizationSpendAlertsWithStreamingResponse:
        return self._resource.spend_alerts.with_streaming_response

    @property
    def users(self) -> AsyncAdminOrganizationUsersWithStreamingResponse:
        return self._resource.users.with_streaming_response

    @property
    def spend_limit(self) -> AsyncAdminOrganizationSpendLimitWithStreamingResponse:
        return self._resource.spend_limit.with_streaming_response


class AdminOrganizationAdminApiKeysWithRawResponse(ResourceView):
    _resource: AdminOrganizationAdminApiKeys

    list = raw_method(AdminOrganizationAdminApiKeys.list)
    create = raw_method(AdminOrganizationAdminApiKeys.create)
    retrieve = raw_method(AdminOrganizationAdminApiKeys.retrieve)
    delete = raw_method(AdminOrganizationAdminApiKeys.delete)


class AdminOrganizationAdminApiKeysWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationAdminApiKeys

    list = streamed_method(AdminOrganizationAdminApiKeys.list)
    create = streamed_method(AdminOrganizationAdminApiKeys.create)
    retrieve = streamed_method(AdminOrganizationAdminApiKeys.retrieve)
    delete = streamed_method(AdminOrganizationAdminApiKeys.delete)


class AsyncAdminOrganizationAdminApiKeysWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationAdminApiKeys

    list = async_raw_method(AsyncAdminOrganizationAdminApiKeys.list)
    create = async_raw_method(AsyncAdminOrganizationAdminApiKeys.create)
    retrieve = async_raw_method(AsyncAdminOrganizationAdminApiKeys.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationAdminApiKeys.delete)


class AsyncAdminOrganizationAdminApiKeysWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationAdminApiKeys

    list = async_streamed_method(AsyncAdminOrganizationAdminApiKeys.list)
    create = async_streamed_method(AsyncAdminOrganizationAdminApiKeys.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationAdminApiKeys.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationAdminApiKeys.delete)


class AdminOrganizationAuditLogsWithRawResponse(ResourceView):
    _resource: AdminOrganizationAuditLogs

    list = raw_method(AdminOrganizationAuditLogs.list)


class AdminOrganizationAuditLogsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationAuditLogs

    list = streamed_method(AdminOrganizationAuditLogs.list)


class AsyncAdminOrganizationAuditLogsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationAuditLogs

    list = async_raw_method(AsyncAdminOrganizationAuditLogs.list)


class AsyncAdminOrganizationAuditLogsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationAuditLogs

    list = async_streamed_method(AsyncAdminOrganizationAuditLogs.list)


class AdminOrganizationCertificatesWithRawResponse(ResourceView):
    _resource: AdminOrganizationCertificates

    list = raw_method(AdminOrganizationCertificates.list)
    create = raw_method(AdminOrganizationCertificates.create)
    activate = raw_method(AdminOrganizationCertificates.activate)
    deactivate = raw_method(AdminOrganizationCertificates.deactivate)
    retrieve = raw_method(AdminOrganizationCertificates.retrieve)
    update = raw_method(AdminOrganizationCertificates.update)
    delete = raw_method(AdminOrganizationCertificates.delete)


class AdminOrganizationCertificatesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationCertificates

    list = streamed_method(AdminOrganizationCertificates.list)
    create = streamed_method(AdminOrganizationCertificates.create)
    activate = streamed_method(AdminOrganizationCertificates.activate)
    deactivate = streamed_method(AdminOrganizationCertificates.deactivate)
    retrieve = streamed_method(AdminOrganizationCertificates.retrieve)
    update = streamed_method(AdminOrganizationCertificates.update)
    delete = streamed_method(AdminOrganizationCertificates.delete)


class AsyncAdminOrganizationCertificatesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationCertificates

    list = async_raw_method(AsyncAdminOrganizationCertificates.list)
    create = async_raw_method(AsyncAdminOrganizationCertificates.create)
    activate = async_raw_method(AsyncAdminOrganizationCertificates.activate)
    deactivate = async_raw_method(AsyncAdminOrganizationCertificates.deactivate)
    retrieve = async_raw_method(AsyncAdminOrganizationCertificates.retrieve)
    update = async_raw_method(AsyncAdminOrganizationCertificates.update)
    delete = async_raw_method(AsyncAdminOrganizationCertificates.delete)


class AsyncAdminOrganizationCertificatesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationCertificates

    list = async_streamed_method(AsyncAdminOrganizationCertificates.list)
    create = async_streamed_method(AsyncAdminOrganizationCertificates.create)
    activate = async_streamed_method(AsyncAdminOrganizationCertificates.activate)
    deactivate = async_streamed_method(AsyncAdminOrganizationCertificates.deactivate)
    retrieve = async_streamed_method(AsyncAdminOrganizationCertificates.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationCertificates.update)
    delete = async_streamed_method(AsyncAdminOrganizationCertificates.delete)


class AdminOrganizationUsageWithRawResponse(ResourceView):
    _resource: AdminOrganizationUsage

    costs = raw_method(AdminOrganizationUsage.costs)
    audio_speeches = raw_method(AdminOrganizationUsage.audio_speeches)
    audio_transcriptions = raw_method(AdminOrganizationUsage.audio_transcriptions)
    code_interpreter_sessions = raw_method(AdminOrganizationUsage.code_interpreter_sessions)
    completions = raw_method(AdminOrganizationUsage.completions)
    embeddings = raw_method(AdminOrganizationUsage.embeddings)
    file_search_calls = raw_method(AdminOrganizationUsage.file_search_calls)
    images = raw_method(AdminOrganizationUsage.images)
    moderations = raw_method(AdminOrganizationUsage.moderations)
    vector_stores = raw_method(AdminOrganizationUsage.vector_stores)
    web_search_calls = raw_method(AdminOrganizationUsage.web_search_calls)


class AdminOrganizationUsageWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationUsage

    costs = streamed_method(AdminOrganizationUsage.costs)
    audio_speeches = streamed_method(AdminOrganizationUsage.audio_speeches)
    audio_transcriptions = streamed_method(AdminOrganizationUsage.audio_transcriptions)
    code_interpreter_sessions = streamed_method(AdminOrganizationUsage.code_interpreter_sessions)
    completions = streamed_method(AdminOrganizationUsage.completions)
    embeddings = streamed_method(AdminOrganizationUsage.embeddings)
    file_search_calls = streamed_method(AdminOrganizationUsage.file_search_calls)
    images = streamed_method(AdminOrganizationUsage.images)
    moderations = streamed_method(AdminOrganizationUsage.moderations)
    vector_stores = streamed_method(AdminOrganizationUsage.vector_stores)
    web_search_calls = streamed_method(AdminOrganizationUsage.web_search_calls)


class AsyncAdminOrganizationUsageWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationUsage

    costs = async_raw_method(AsyncAdminOrganizationUsage.costs)
    audio_speeches = async_raw_method(AsyncAdminOrganizationUsage.audio_speeches)
    audio_transcriptions = async_raw_method(AsyncAdminOrganizationUsage.audio_transcriptions)
    code_interpreter_sessions = async_raw_method(AsyncAdminOrganizationUsage.code_interpreter_sessions)
    completions = async_raw_method(AsyncAdminOrganizationUsage.completions)
    embeddings = async_raw_method(AsyncAdminOrganizationUsage.embeddings)
    file_search_calls = async_raw_method(AsyncAdminOrganizationUsage.file_search_calls)
    images = async_raw_method(AsyncAdminOrganizationUsage.images)
    moderations = async_raw_method(AsyncAdminOrganizationUsage.moderations)
    vector_stores = async_raw_method(AsyncAdminOrganizationUsage.vector_stores)
    web_search_calls = async_raw_method(AsyncAdminOrganizationUsage.web_search_calls)


class AsyncAdminOrganizationUsageWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationUsage

    costs = async_streamed_method(AsyncAdminOrganizationUsage.costs)
    audio_speeches = async_streamed_method(AsyncAdminOrganizationUsage.audio_speeches)
    audio_transcriptions = async_streamed_method(AsyncAdminOrganizationUsage.audio_transcriptions)
    code_interpreter_sessions = async_streamed_method(AsyncAdminOrganizationUsage.code_interpreter_sessions)
    completions = async_streamed_method(AsyncAdminOrganizationUsage.completions)
    embeddings = async_streamed_method(AsyncAdminOrganizationUsage.embeddings)
    file_search_calls = async_streamed_method(AsyncAdminOrganizationUsage.file_search_calls)
    images = async_streamed_method(AsyncAdminOrganizationUsage.images)
    moderations = async_streamed_method(AsyncAdminOrganizationUsage.moderations)
    vector_stores = async_streamed_method(AsyncAdminOrganizationUsage.vector_stores)
    web_search_calls = async_streamed_method(AsyncAdminOrganizationUsage.web_search_calls)


class AdminOrganizationDataRetentionWithRawResponse(ResourceView):
    _resource: AdminOrganizationDataRetention

    retrieve = raw_method(AdminOrganizationDataRetention.retrieve)
    update = raw_method(AdminOrganizationDataRetention.update)


class AdminOrganizationDataRetentionWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationDataRetention

    retrieve = streamed_method(AdminOrganizationDataRetention.retrieve)
    update = streamed_method(AdminOrganizationDataRetention.update)


class AsyncAdminOrganizationDataRetentionWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationDataRetention

    retrieve = async_raw_method(AsyncAdminOrganizationDataRetention.retrieve)
    update = async_raw_method(AsyncAdminOrganizationDataRetention.update)


class AsyncAdminOrganizationDataRetentionWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationDataRetention

    retrieve = async_streamed_method(AsyncAdminOrganizationDataRetention.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationDataRetention.update)


class AdminOrganizationGroupsWithRawResponse(ResourceView):
    _resource: AdminOrganizationGroups

    @property
    def roles(self) -> AdminOrganizationGroupsRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    @property
    def users(self) -> AdminOrganizationGroupsUsersWithRawResponse:
        return self._resource.users.with_raw_response

    list = raw_method(AdminOrganizationGroups.list)
    create = raw_method(AdminOrganizationGroups.create)
    retrieve = raw_method(AdminOrganizationGroups.retrieve)
    update = raw_method(AdminOrganizationGroups.update)
    delete = raw_method(AdminOrganizationGroups.delete)


class AdminOrganizationGroupsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationGroups

    @property
    def roles(self) -> AdminOrganizationGroupsRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    @property
    def users(self) -> AdminOrganizationGroupsUsersWithStreamingResponse:
        return self._resource.users.with_streaming_response

    list = streamed_method(AdminOrganizationGroups.list)
    create = streamed_method(AdminOrganizationGroups.create)
    retrieve = streamed_method(AdminOrganizationGroups.retrieve)
    update = streamed_method(AdminOrganizationGroups.update)
    delete = streamed_method(AdminOrganizationGroups.delete)


class AsyncAdminOrganizationGroupsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationGroups

    @property
    def roles(self) -> AsyncAdminOrganizationGroupsRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    @property
    def users(self) -> AsyncAdminOrganizationGroupsUsersWithRawResponse:
        return self._resource.users.with_raw_response

    list = async_raw_method(AsyncAdminOrganizationGroups.list)
    create = async_raw_method(AsyncAdminOrganizationGroups.create)
    retrieve = async_raw_method(AsyncAdminOrganizationGroups.retrieve)
    update = async_raw_method(AsyncAdminOrganizationGroups.update)
    delete = async_raw_method(AsyncAdminOrganizationGroups.delete)


class AsyncAdminOrganizationGroupsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationGroups

    @property
    def roles(self) -> AsyncAdminOrganizationGroupsRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    @property
    def users(self) -> AsyncAdminOrganizationGroupsUsersWithStreamingResponse:
        return self._resource.users.with_streaming_response

    list = async_streamed_method(AsyncAdminOrganizationGroups.list)
    create = async_streamed_method(AsyncAdminOrganizationGroups.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationGroups.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationGroups.update)
    delete = async_streamed_method(AsyncAdminOrganizationGroups.delete)


class AdminOrganizationGroupsRolesWithRawResponse(ResourceView):
    _resource: AdminOrganizationGroupsRoles

    list = raw_method(AdminOrganizationGroupsRoles.list)
    create = raw_method(AdminOrganizationGroupsRoles.create)
    retrieve = raw_method(AdminOrganizationGroupsRoles.retrieve)
    delete = raw_method(AdminOrganizationGroupsRoles.delete)


class AdminOrganizationGroupsRolesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationGroupsRoles

    list = streamed_method(AdminOrganizationGroupsRoles.list)
    create = streamed_method(AdminOrganizationGroupsRoles.create)
    retrieve = streamed_method(AdminOrganizationGroupsRoles.retrieve)
    delete = streamed_method(AdminOrganizationGroupsRoles.delete)


class AsyncAdminOrganizationGroupsRolesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationGroupsRoles

    list = async_raw_method(AsyncAdminOrganizationGroupsRoles.list)
    create = async_raw_method(AsyncAdminOrganizationGroupsRoles.create)
    retrieve = async_raw_method(AsyncAdminOrganizationGroupsRoles.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationGroupsRoles.delete)


class AsyncAdminOrganizationGroupsRolesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationGroupsRoles

    list = async_streamed_method(AsyncAdminOrganizationGroupsRoles.list)
    create = async_streamed_method(AsyncAdminOrganizationGroupsRoles.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationGroupsRoles.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationGroupsRoles.delete)


class AdminOrganizationGroupsUsersWithRawResponse(ResourceView):
    _resource: AdminOrganizationGroupsUsers

    list = raw_method(AdminOrganizationGroupsUsers.list)
    create = raw_method(AdminOrganizationGroupsUsers.create)
    retrieve = raw_method(AdminOrganizationGroupsUsers.retrieve)
    delete = raw_method(AdminOrganizationGroupsUsers.delete)


class AdminOrganizationGroupsUsersWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationGroupsUsers

    list = streamed_method(AdminOrganizationGroupsUsers.list)
    create = streamed_method(AdminOrganizationGroupsUsers.create)
    retrieve = streamed_method(AdminOrganizationGroupsUsers.retrieve)
    delete = streamed_method(AdminOrganizationGroupsUsers.delete)


class AsyncAdminOrganizationGroupsUsersWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationGroupsUsers

    list = async_raw_method(AsyncAdminOrganizationGroupsUsers.list)
    create = async_raw_method(AsyncAdminOrganizationGroupsUsers.create)
    retrieve = async_raw_method(AsyncAdminOrganizationGroupsUsers.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationGroupsUsers.delete)


class AsyncAdminOrganizationGroupsUsersWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationGroupsUsers

    list = async_streamed_method(AsyncAdminOrganizationGroupsUsers.list)
    create = async_streamed_method(AsyncAdminOrganizationGroupsUsers.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationGroupsUsers.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationGroupsUsers.delete)


class AdminOrganizationInvitesWithRawResponse(ResourceView):
    _resource: AdminOrganizationInvites

    list = raw_method(AdminOrganizationInvites.list)
    create = raw_method(AdminOrganizationInvites.create)
    retrieve = raw_method(AdminOrganizationInvites.retrieve)
    delete = raw_method(AdminOrganizationInvites.delete)


class AdminOrganizationInvitesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationInvites

    list = streamed_method(AdminOrganizationInvites.list)
    create = streamed_method(AdminOrganizationInvites.create)
    retrieve = streamed_method(AdminOrganizationInvites.retrieve)
    delete = streamed_method(AdminOrganizationInvites.delete)


class AsyncAdminOrganizationInvitesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationInvites

    list = async_raw_method(AsyncAdminOrganizationInvites.list)
    create = async_raw_method(AsyncAdminOrganizationInvites.create)
    retrieve = async_raw_method(AsyncAdminOrganizationInvites.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationInvites.delete)


class AsyncAdminOrganizationInvitesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationInvites

    list = async_streamed_method(AsyncAdminOrganizationInvites.list)
    create = async_streamed_method(AsyncAdminOrganizationInvites.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationInvites.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationInvites.delete)


class AdminOrganizationProjectsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjects

    @property
    def api_keys(self) -> AdminOrganizationProjectsApiKeysWithRawResponse:
        return self._resource.api_keys.with_raw_response

    @property
    def certificates(self) -> AdminOrganizationProjectsCertificatesWithRawResponse:
        return self._resource.certificates.with_raw_response

    @property
    def data_retention(self) -> AdminOrganizationProjectsDataRetentionWithRawResponse:
        return self._resource.data_retention.with_raw_response

    @property
    def groups(self) -> AdminOrganizationProjectsGroupsWithRawResponse:
        return self._resource.groups.with_raw_response

    @property
    def hosted_tool_permissions(self) -> AdminOrganizationProjectsHostedToolPermissionsWithRawResponse:
        return self._resource.hosted_tool_permissions.with_raw_response

    @property
    def model_permissions(self) -> AdminOrganizationProjectsModelPermissionsWithRawResponse:
        return self._resource.model_permissions.with_raw_response

    @property
    def rate_limits(self) -> AdminOrganizationProjectsRateLimitsWithRawResponse:
        return self._resource.rate_limits.with_raw_response

    @property
    def service_accounts(self) -> AdminOrganizationProjectsServiceAccountsWithRawResponse:
        return self._resource.service_accounts.with_raw_response

    @property
    def spend_alerts(self) -> AdminOrganizationProjectsSpendAlertsWithRawResponse:
        return self._resource.spend_alerts.with_raw_response

    @property
    def users(self) -> AdminOrganizationProjectsUsersWithRawResponse:
        return self._resource.users.with_raw_response

    @property
    def roles(self) -> AdminOrganizationProjectsRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    @property
    def spend_limit(self) -> AdminOrganizationProjectsSpendLimitWithRawResponse:
        return self._resource.spend_limit.with_raw_response

    list = raw_method(AdminOrganizationProjects.list)
    create = raw_method(AdminOrganizationProjects.create)
    retrieve = raw_method(AdminOrganizationProjects.retrieve)
    update = raw_method(AdminOrganizationProjects.update)
    archive = raw_method(AdminOrganizationProjects.archive)


class AdminOrganizationProjectsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjects

    @property
    def api_keys(self) -> AdminOrganizationProjectsApiKeysWithStreamingResponse:
        return self._resource.api_keys.with_streaming_response

    @property
    def certificates(self) -> AdminOrganizationProjectsCertificatesWithStreamingResponse:
        return self._resource.certificates.with_streaming_response

    @property
    def data_retention(self) -> AdminOrganizationProjectsDataRetentionWithStreamingResponse:
        return self._resource.data_retention.with_streaming_response

    @property
    def groups(self) -> AdminOrganizationProjectsGroupsWithStreamingResponse:
        return self._resource.groups.with_streaming_response

    @property
    def hosted_tool_permissions(self) -> AdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse:
        return self._resource.hosted_tool_permissions.with_streaming_response

    @property
    def model_permissions(self) -> AdminOrganizationProjectsModelPermissionsWithStreamingResponse:
        return self._resource.model_permissions.with_streaming_response

    @property
    def rate_limits(self) -> AdminOrganizationProjectsRateLimitsWithStreamingResponse:
        return self._resource.rate_limits.with_streaming_response

    @property
    def service_accounts(self) -> AdminOrganizationProjectsServiceAccountsWithStreamingResponse:
        return self._resource.service_accounts.with_streaming_response

    @property
    def spend_alerts(self) -> AdminOrganizationProjectsSpendAlertsWithStreamingResponse:
        return self._resource.spend_alerts.with_streaming_response

    @property
    def users(self) -> AdminOrganizationProjectsUsersWithStreamingResponse:
        return self._resource.users.with_streaming_response

    @property
    def roles(self) -> AdminOrganizationProjectsRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    @property
    def spend_limit(self) -> AdminOrganizationProjectsSpendLimitWithStreamingResponse:
        return self._resource.spend_limit.with_streaming_response

    list = streamed_method(AdminOrganizationProjects.list)
    create = streamed_method(AdminOrganizationProjects.create)
    retrieve = streamed_method(AdminOrganizationProjects.retrieve)
    update = streamed_method(AdminOrganizationProjects.update)
    archive = streamed_method(AdminOrganizationProjects.archive)


class AsyncAdminOrganizationProjectsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjects

    @property
    def api_keys(self) -> AsyncAdminOrganizationProjectsApiKeysWithRawResponse:
        return self._resource.api_keys.with_raw_response

    @property
    def certificates(self) -> AsyncAdminOrganizationProjectsCertificatesWithRawResponse:
        return self._resource.certificates.with_raw_response

    @property
    def data_retention(self) -> AsyncAdminOrganizationProjectsDataRetentionWithRawResponse:
        return self._resource.data_retention.with_raw_response

    @property
    def groups(self) -> AsyncAdminOrganizationProjectsGroupsWithRawResponse:
        return self._resource.groups.with_raw_response

    @property
    def hosted_tool_permissions(self) -> AsyncAdminOrganizationProjectsHostedToolPermissionsWithRawResponse:
        return self._resource.hosted_tool_permissions.with_raw_response

    @property
    def model_permissions(self) -> AsyncAdminOrganizationProjectsModelPermissionsWithRawResponse:
        return self._resource.model_permissions.with_raw_response

    @property
    def rate_limits(self) -> AsyncAdminOrganizationProjectsRateLimitsWithRawResponse:
        return self._resource.rate_limits.with_raw_response

    @property
    def service_accounts(self) -> AsyncAdminOrganizationProjectsServiceAccountsWithRawResponse:
        return self._resource.service_accounts.with_raw_response

    @property
    def spend_alerts(self) -> AsyncAdminOrganizationProjectsSpendAlertsWithRawResponse:
        return self._resource.spend_alerts.with_raw_response

    @property
    def users(self) -> AsyncAdminOrganizationProjectsUsersWithRawResponse:
        return self._resource.users.with_raw_response

    @property
    def roles(self) -> AsyncAdminOrganizationProjectsRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    @property
    def spend_limit(self) -> AsyncAdminOrganizationProjectsSpendLimitWithRawResponse:
        return self._resource.spend_limit.with_raw_response

    list = async_raw_method(AsyncAdminOrganizationProjects.list)
    create = async_raw_method(AsyncAdminOrganizationProjects.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjects.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjects.update)
    archive = async_raw_method(AsyncAdminOrganizationProjects.archive)


class AsyncAdminOrganizationProjectsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjects

    @property
    def api_keys(self) -> AsyncAdminOrganizationProjectsApiKeysWithStreamingResponse:
        return self._resource.api_keys.with_streaming_response

    @property
    def certificates(self) -> AsyncAdminOrganizationProjectsCertificatesWithStreamingResponse:
        return self._resource.certificates.with_streaming_response

    @property
    def data_retention(self) -> AsyncAdminOrganizationProjectsDataRetentionWithStreamingResponse:
        return self._resource.data_retention.with_streaming_response

    @property
    def groups(self) -> AsyncAdminOrganizationProjectsGroupsWithStreamingResponse:
        return self._resource.groups.with_streaming_response

    @property
    def hosted_tool_permissions(self) -> AsyncAdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse:
        return self._resource.hosted_tool_permissions.with_streaming_response

    @property
    def model_permissions(self) -> AsyncAdminOrganizationProjectsModelPermissionsWithStreamingResponse:
        return self._resource.model_permissions.with_streaming_response

    @property
    def rate_limits(self) -> AsyncAdminOrganizationProjectsRateLimitsWithStreamingResponse:
        return self._resource.rate_limits.with_streaming_response

    @property
    def service_accounts(self) -> AsyncAdminOrganizationProjectsServiceAccountsWithStreamingResponse:
        return self._resource.service_accounts.with_streaming_response

    @property
    def spend_alerts(self) -> AsyncAdminOrganizationProjectsSpendAlertsWithStreamingResponse:
        return self._resource.spend_alerts.with_streaming_response

    @property
    def users(self) -> AsyncAdminOrganizationProjectsUsersWithStreamingResponse:
        return self._resource.users.with_streaming_response

    @property
    def roles(self) -> AsyncAdminOrganizationProjectsRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    @property
    def spend_limit(self) -> AsyncAdminOrganizationProjectsSpendLimitWithStreamingResponse:
        return self._resource.spend_limit.with_streaming_response

    list = async_streamed_method(AsyncAdminOrganizationProjects.list)
    create = async_streamed_method(AsyncAdminOrganizationProjects.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjects.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjects.update)
    archive = async_streamed_method(AsyncAdminOrganizationProjects.archive)


class AdminOrganizationProjectsApiKeysWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsApiKeys

    list = raw_method(AdminOrganizationProjectsApiKeys.list)
    retrieve = raw_method(AdminOrganizationProjectsApiKeys.retrieve)
    delete = raw_method(AdminOrganizationProjectsApiKeys.delete)


class AdminOrganizationProjectsApiKeysWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsApiKeys

    list = streamed_method(AdminOrganizationProjectsApiKeys.list)
    retrieve = streamed_method(AdminOrganizationProjectsApiKeys.retrieve)
    delete = streamed_method(AdminOrganizationProjectsApiKeys.delete)


class AsyncAdminOrganizationProjectsApiKeysWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsApiKeys

    list = async_raw_method(AsyncAdminOrganizationProjectsApiKeys.list)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsApiKeys.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationProjectsApiKeys.delete)


class AsyncAdminOrganizationProjectsApiKeysWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsApiKeys

    list = async_streamed_method(AsyncAdminOrganizationProjectsApiKeys.list)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsApiKeys.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsApiKeys.delete)


class AdminOrganizationProjectsCertificatesWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsCertificates

    list = raw_method(AdminOrganizationProjectsCertificates.list)
    activate = raw_method(AdminOrganizationProjectsCertificates.activate)
    deactivate = raw_method(AdminOrganizationProjectsCertificates.deactivate)


class AdminOrganizationProjectsCertificatesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsCertificates

    list = streamed_method(AdminOrganizationProjectsCertificates.list)
    activate = streamed_method(AdminOrganizationProjectsCertificates.activate)
    deactivate = streamed_method(AdminOrganizationProjectsCertificates.deactivate)


class AsyncAdminOrganizationProjectsCertificatesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsCertificates

    list = async_raw_method(AsyncAdminOrganizationProjectsCertificates.list)
    activate = async_raw_method(AsyncAdminOrganizationProjectsCertificates.activate)
    deactivate = async_raw_method(AsyncAdminOrganizationProjectsCertificates.deactivate)


class AsyncAdminOrganizationProjectsCertificatesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsCertificates

    list = async_streamed_method(AsyncAdminOrganizationProjectsCertificates.list)
    activate = async_streamed_method(AsyncAdminOrganizationProjectsCertificates.activate)
    deactivate = async_streamed_method(AsyncAdminOrganizationProjectsCertificates.deactivate)


class AdminOrganizationProjectsDataRetentionWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsDataRetention

    retrieve = raw_method(AdminOrganizationProjectsDataRetention.retrieve)
    update = raw_method(AdminOrganizationProjectsDataRetention.update)


class AdminOrganizationProjectsDataRetentionWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsDataRetention

    retrieve = streamed_method(AdminOrganizationProjectsDataRetention.retrieve)
    update = streamed_method(AdminOrganizationProjectsDataRetention.update)


class AsyncAdminOrganizationProjectsDataRetentionWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsDataRetention

    retrieve = async_raw_method(AsyncAdminOrganizationProjectsDataRetention.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsDataRetention.update)


class AsyncAdminOrganizationProjectsDataRetentionWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsDataRetention

    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsDataRetention.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsDataRetention.update)


class AdminOrganizationProjectsGroupsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsGroups

    @property
    def roles(self) -> AdminOrganizationProjectsGroupsRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    list = raw_method(AdminOrganizationProjectsGroups.list)
    create = raw_method(AdminOrganizationProjectsGroups.create)
    retrieve = raw_method(AdminOrganizationProjectsGroups.retrieve)
    delete = raw_method(AdminOrganizationProjectsGroups.delete)


class AdminOrganizationProjectsGroupsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsGroups

    @property
    def roles(self) -> AdminOrganizationProjectsGroupsRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    list = streamed_method(AdminOrganizationProjectsGroups.list)
    create = streamed_method(AdminOrganizationProjectsGroups.create)
    retrieve = streamed_method(AdminOrganizationProjectsGroups.retrieve)
    delete = streamed_method(AdminOrganizationProjectsGroups.delete)


class AsyncAdminOrganizationProjectsGroupsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsGroups

    @property
    def roles(self) -> AsyncAdminOrganizationProjectsGroupsRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    list = async_raw_method(AsyncAdminOrganizationProjectsGroups.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsGroups.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsGroups.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationProjectsGroups.delete)


class AsyncAdminOrganizationProjectsGroupsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsGroups

    @property
    def roles(self) -> AsyncAdminOrganizationProjectsGroupsRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    list = async_streamed_method(AsyncAdminOrganizationProjectsGroups.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsGroups.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsGroups.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsGroups.delete)


class AdminOrganizationProjectsGroupsRolesWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsGroupsRoles

    list = raw_method(AdminOrganizationProjectsGroupsRoles.list)
    create = raw_method(AdminOrganizationProjectsGroupsRoles.create)
    retrieve = raw_method(AdminOrganizationProjectsGroupsRoles.retrieve)
    delete = raw_method(AdminOrganizationProjectsGroupsRoles.delete)


class AdminOrganizationProjectsGroupsRolesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsGroupsRoles

    list = streamed_method(AdminOrganizationProjectsGroupsRoles.list)
    create = streamed_method(AdminOrganizationProjectsGroupsRoles.create)
    retrieve = streamed_method(AdminOrganizationProjectsGroupsRoles.retrieve)
    delete = streamed_method(AdminOrganizationProjectsGroupsRoles.delete)


class AsyncAdminOrganizationProjectsGroupsRolesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsGroupsRoles

    list = async_raw_method(AsyncAdminOrganizationProjectsGroupsRoles.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsGroupsRoles.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsGroupsRoles.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationProjectsGroupsRoles.delete)


class AsyncAdminOrganizationProjectsGroupsRolesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsGroupsRoles

    list = async_streamed_method(AsyncAdminOrganizationProjectsGroupsRoles.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsGroupsRoles.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsGroupsRoles.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsGroupsRoles.delete)


class AdminOrganizationProjectsHostedToolPermissionsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsHostedToolPermissions

    retrieve = raw_method(AdminOrganizationProjectsHostedToolPermissions.retrieve)
    update = raw_method(AdminOrganizationProjectsHostedToolPermissions.update)


class AdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsHostedToolPermissions

    retrieve = streamed_method(AdminOrganizationProjectsHostedToolPermissions.retrieve)
    update = streamed_method(AdminOrganizationProjectsHostedToolPermissions.update)


class AsyncAdminOrganizationProjectsHostedToolPermissionsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsHostedToolPermissions

    retrieve = async_raw_method(AsyncAdminOrganizationProjectsHostedToolPermissions.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsHostedToolPermissions.update)


class AsyncAdminOrganizationProjectsHostedToolPermissionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsHostedToolPermissions

    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsHostedToolPermissions.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsHostedToolPermissions.update)


class AdminOrganizationProjectsModelPermissionsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsModelPermissions

    retrieve = raw_method(AdminOrganizationProjectsModelPermissions.retrieve)
    update = raw_method(AdminOrganizationProjectsModelPermissions.update)
    delete = raw_method(AdminOrganizationProjectsModelPermissions.delete)


class AdminOrganizationProjectsModelPermissionsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsModelPermissions

    retrieve = streamed_method(AdminOrganizationProjectsModelPermissions.retrieve)
    update = streamed_method(AdminOrganizationProjectsModelPermissions.update)
    delete = streamed_method(AdminOrganizationProjectsModelPermissions.delete)


class AsyncAdminOrganizationProjectsModelPermissionsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsModelPermissions

    retrieve = async_raw_method(AsyncAdminOrganizationProjectsModelPermissions.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsModelPermissions.update)
    delete = async_raw_method(AsyncAdminOrganizationProjectsModelPermissions.delete)


class AsyncAdminOrganizationProjectsModelPermissionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsModelPermissions

    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsModelPermissions.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsModelPermissions.update)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsModelPermissions.delete)


class AdminOrganizationProjectsRateLimitsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsRateLimits

    list_rate_limits = raw_method(AdminOrganizationProjectsRateLimits.list_rate_limits)
    update_rate_limit = raw_method(AdminOrganizationProjectsRateLimits.update_rate_limit)


class AdminOrganizationProjectsRateLimitsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsRateLimits

    list_rate_limits = streamed_method(AdminOrganizationProjectsRateLimits.list_rate_limits)
    update_rate_limit = streamed_method(AdminOrganizationProjectsRateLimits.update_rate_limit)


class AsyncAdminOrganizationProjectsRateLimitsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsRateLimits

    list_rate_limits = async_raw_method(AsyncAdminOrganizationProjectsRateLimits.list_rate_limits)
    update_rate_limit = async_raw_method(AsyncAdminOrganizationProjectsRateLimits.update_rate_limit)


class AsyncAdminOrganizationProjectsRateLimitsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsRateLimits

    list_rate_limits = async_streamed_method(AsyncAdminOrganizationProjectsRateLimits.list_rate_limits)
    update_rate_limit = async_streamed_method(AsyncAdminOrganizationProjectsRateLimits.update_rate_limit)


class AdminOrganizationProjectsServiceAccountsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsServiceAccounts

    @property
    def api_keys(self) -> AdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse:
        return self._resource.api_keys.with_raw_response

    list = raw_method(AdminOrganizationProjectsServiceAccounts.list)
    create = raw_method(AdminOrganizationProjectsServiceAccounts.create)
    retrieve = raw_method(AdminOrganizationProjectsServiceAccounts.retrieve)
    update = raw_method(AdminOrganizationProjectsServiceAccounts.update)
    delete = raw_method(AdminOrganizationProjectsServiceAccounts.delete)


class AdminOrganizationProjectsServiceAccountsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsServiceAccounts

    @property
    def api_keys(self) -> AdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse:
        return self._resource.api_keys.with_streaming_response

    list = streamed_method(AdminOrganizationProjectsServiceAccounts.list)
    create = streamed_method(AdminOrganizationProjectsServiceAccounts.create)
    retrieve = streamed_method(AdminOrganizationProjectsServiceAccounts.retrieve)
    update = streamed_method(AdminOrganizationProjectsServiceAccounts.update)
    delete = streamed_method(AdminOrganizationProjectsServiceAccounts.delete)


class AsyncAdminOrganizationProjectsServiceAccountsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsServiceAccounts

    @property
    def api_keys(self) -> AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse:
        return self._resource.api_keys.with_raw_response

    list = async_raw_method(AsyncAdminOrganizationProjectsServiceAccounts.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsServiceAccounts.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsServiceAccounts.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsServiceAccounts.update)
    delete = async_raw_method(AsyncAdminOrganizationProjectsServiceAccounts.delete)


class AsyncAdminOrganizationProjectsServiceAccountsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsServiceAccounts

    @property
    def api_keys(self) -> AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse:
        return self._resource.api_keys.with_streaming_response

    list = async_streamed_method(AsyncAdminOrganizationProjectsServiceAccounts.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsServiceAccounts.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsServiceAccounts.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsServiceAccounts.update)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsServiceAccounts.delete)


class AdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsServiceAccountsApiKeys

    create = raw_method(AdminOrganizationProjectsServiceAccountsApiKeys.create)


class AdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsServiceAccountsApiKeys

    create = streamed_method(AdminOrganizationProjectsServiceAccountsApiKeys.create)


class AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsServiceAccountsApiKeys

    create = async_raw_method(AsyncAdminOrganizationProjectsServiceAccountsApiKeys.create)


class AsyncAdminOrganizationProjectsServiceAccountsApiKeysWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsServiceAccountsApiKeys

    create = async_streamed_method(AsyncAdminOrganizationProjectsServiceAccountsApiKeys.create)


class AdminOrganizationProjectsSpendAlertsWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsSpendAlerts

    list = raw_method(AdminOrganizationProjectsSpendAlerts.list)
    create = raw_method(AdminOrganizationProjectsSpendAlerts.create)
    retrieve = raw_method(AdminOrganizationProjectsSpendAlerts.retrieve)
    update = raw_method(AdminOrganizationProjectsSpendAlerts.update)
    delete = raw_method(AdminOrganizationProjectsSpendAlerts.delete)


class AdminOrganizationProjectsSpendAlertsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsSpendAlerts

    list = streamed_method(AdminOrganizationProjectsSpendAlerts.list)
    create = streamed_method(AdminOrganizationProjectsSpendAlerts.create)
    retrieve = streamed_method(AdminOrganizationProjectsSpendAlerts.retrieve)
    update = streamed_method(AdminOrganizationProjectsSpendAlerts.update)
    delete = streamed_method(AdminOrganizationProjectsSpendAlerts.delete)


class AsyncAdminOrganizationProjectsSpendAlertsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsSpendAlerts

    list = async_raw_method(AsyncAdminOrganizationProjectsSpendAlerts.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsSpendAlerts.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsSpendAlerts.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsSpendAlerts.update)
    delete = async_raw_method(AsyncAdminOrganizationProjectsSpendAlerts.delete)


class AsyncAdminOrganizationProjectsSpendAlertsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsSpendAlerts

    list = async_streamed_method(AsyncAdminOrganizationProjectsSpendAlerts.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsSpendAlerts.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsSpendAlerts.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsSpendAlerts.update)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsSpendAlerts.delete)


class AdminOrganizationProjectsUsersWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsUsers

    @property
    def roles(self) -> AdminOrganizationProjectsUsersRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    list = raw_method(AdminOrganizationProjectsUsers.list)
    create = raw_method(AdminOrganizationProjectsUsers.create)
    retrieve = raw_method(AdminOrganizationProjectsUsers.retrieve)
    update = raw_method(AdminOrganizationProjectsUsers.update)
    delete = raw_method(AdminOrganizationProjectsUsers.delete)


class AdminOrganizationProjectsUsersWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsUsers

    @property
    def roles(self) -> AdminOrganizationProjectsUsersRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    list = streamed_method(AdminOrganizationProjectsUsers.list)
    create = streamed_method(AdminOrganizationProjectsUsers.create)
    retrieve = streamed_method(AdminOrganizationProjectsUsers.retrieve)
    update = streamed_method(AdminOrganizationProjectsUsers.update)
    delete = streamed_method(AdminOrganizationProjectsUsers.delete)


class AsyncAdminOrganizationProjectsUsersWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsUsers

    @property
    def roles(self) -> AsyncAdminOrganizationProjectsUsersRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    list = async_raw_method(AsyncAdminOrganizationProjectsUsers.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsUsers.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsUsers.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsUsers.update)
    delete = async_raw_method(AsyncAdminOrganizationProjectsUsers.delete)


class AsyncAdminOrganizationProjectsUsersWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsUsers

    @property
    def roles(self) -> AsyncAdminOrganizationProjectsUsersRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    list = async_streamed_method(AsyncAdminOrganizationProjectsUsers.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsUsers.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsUsers.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsUsers.update)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsUsers.delete)


class AdminOrganizationProjectsUsersRolesWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsUsersRoles

    list = raw_method(AdminOrganizationProjectsUsersRoles.list)
    create = raw_method(AdminOrganizationProjectsUsersRoles.create)
    retrieve = raw_method(AdminOrganizationProjectsUsersRoles.retrieve)
    delete = raw_method(AdminOrganizationProjectsUsersRoles.delete)


class AdminOrganizationProjectsUsersRolesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsUsersRoles

    list = streamed_method(AdminOrganizationProjectsUsersRoles.list)
    create = streamed_method(AdminOrganizationProjectsUsersRoles.create)
    retrieve = streamed_method(AdminOrganizationProjectsUsersRoles.retrieve)
    delete = streamed_method(AdminOrganizationProjectsUsersRoles.delete)


class AsyncAdminOrganizationProjectsUsersRolesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsUsersRoles

    list = async_raw_method(AsyncAdminOrganizationProjectsUsersRoles.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsUsersRoles.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsUsersRoles.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationProjectsUsersRoles.delete)


class AsyncAdminOrganizationProjectsUsersRolesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsUsersRoles

    list = async_streamed_method(AsyncAdminOrganizationProjectsUsersRoles.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsUsersRoles.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsUsersRoles.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsUsersRoles.delete)


class AdminOrganizationProjectsRolesWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsRoles

    list = raw_method(AdminOrganizationProjectsRoles.list)
    create = raw_method(AdminOrganizationProjectsRoles.create)
    retrieve = raw_method(AdminOrganizationProjectsRoles.retrieve)
    update = raw_method(AdminOrganizationProjectsRoles.update)
    delete = raw_method(AdminOrganizationProjectsRoles.delete)


class AdminOrganizationProjectsRolesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsRoles

    list = streamed_method(AdminOrganizationProjectsRoles.list)
    create = streamed_method(AdminOrganizationProjectsRoles.create)
    retrieve = streamed_method(AdminOrganizationProjectsRoles.retrieve)
    update = streamed_method(AdminOrganizationProjectsRoles.update)
    delete = streamed_method(AdminOrganizationProjectsRoles.delete)


class AsyncAdminOrganizationProjectsRolesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsRoles

    list = async_raw_method(AsyncAdminOrganizationProjectsRoles.list)
    create = async_raw_method(AsyncAdminOrganizationProjectsRoles.create)
    retrieve = async_raw_method(AsyncAdminOrganizationProjectsRoles.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsRoles.update)
    delete = async_raw_method(AsyncAdminOrganizationProjectsRoles.delete)


class AsyncAdminOrganizationProjectsRolesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsRoles

    list = async_streamed_method(AsyncAdminOrganizationProjectsRoles.list)
    create = async_streamed_method(AsyncAdminOrganizationProjectsRoles.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsRoles.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsRoles.update)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsRoles.delete)


class AdminOrganizationProjectsSpendLimitWithRawResponse(ResourceView):
    _resource: AdminOrganizationProjectsSpendLimit

    retrieve = raw_method(AdminOrganizationProjectsSpendLimit.retrieve)
    update = raw_method(AdminOrganizationProjectsSpendLimit.update)
    delete = raw_method(AdminOrganizationProjectsSpendLimit.delete)


class AdminOrganizationProjectsSpendLimitWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationProjectsSpendLimit

    retrieve = streamed_method(AdminOrganizationProjectsSpendLimit.retrieve)
    update = streamed_method(AdminOrganizationProjectsSpendLimit.update)
    delete = streamed_method(AdminOrganizationProjectsSpendLimit.delete)


class AsyncAdminOrganizationProjectsSpendLimitWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationProjectsSpendLimit

    retrieve = async_raw_method(AsyncAdminOrganizationProjectsSpendLimit.retrieve)
    update = async_raw_method(AsyncAdminOrganizationProjectsSpendLimit.update)
    delete = async_raw_method(AsyncAdminOrganizationProjectsSpendLimit.delete)


class AsyncAdminOrganizationProjectsSpendLimitWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationProjectsSpendLimit

    retrieve = async_streamed_method(AsyncAdminOrganizationProjectsSpendLimit.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationProjectsSpendLimit.update)
    delete = async_streamed_method(AsyncAdminOrganizationProjectsSpendLimit.delete)


class AdminOrganizationRolesWithRawResponse(ResourceView):
    _resource: AdminOrganizationRoles

    list = raw_method(AdminOrganizationRoles.list)
    create = raw_method(AdminOrganizationRoles.create)
    retrieve = raw_method(AdminOrganizationRoles.retrieve)
    update = raw_method(AdminOrganizationRoles.update)
    delete = raw_method(AdminOrganizationRoles.delete)


class AdminOrganizationRolesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationRoles

    list = streamed_method(AdminOrganizationRoles.list)
    create = streamed_method(AdminOrganizationRoles.create)
    retrieve = streamed_method(AdminOrganizationRoles.retrieve)
    update = streamed_method(AdminOrganizationRoles.update)
    delete = streamed_method(AdminOrganizationRoles.delete)


class AsyncAdminOrganizationRolesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationRoles

    list = async_raw_method(AsyncAdminOrganizationRoles.list)
    create = async_raw_method(AsyncAdminOrganizationRoles.create)
    retrieve = async_raw_method(AsyncAdminOrganizationRoles.retrieve)
    update = async_raw_method(AsyncAdminOrganizationRoles.update)
    delete = async_raw_method(AsyncAdminOrganizationRoles.delete)


class AsyncAdminOrganizationRolesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationRoles

    list = async_streamed_method(AsyncAdminOrganizationRoles.list)
    create = async_streamed_method(AsyncAdminOrganizationRoles.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationRoles.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationRoles.update)
    delete = async_streamed_method(AsyncAdminOrganizationRoles.delete)


class AdminOrganizationSpendAlertsWithRawResponse(ResourceView):
    _resource: AdminOrganizationSpendAlerts

    list = raw_method(AdminOrganizationSpendAlerts.list)
    create = raw_method(AdminOrganizationSpendAlerts.create)
    retrieve = raw_method(AdminOrganizationSpendAlerts.retrieve)
    update = raw_method(AdminOrganizationSpendAlerts.update)
    delete = raw_method(AdminOrganizationSpendAlerts.delete)


class AdminOrganizationSpendAlertsWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationSpendAlerts

    list = streamed_method(AdminOrganizationSpendAlerts.list)
    create = streamed_method(AdminOrganizationSpendAlerts.create)
    retrieve = streamed_method(AdminOrganizationSpendAlerts.retrieve)
    update = streamed_method(AdminOrganizationSpendAlerts.update)
    delete = streamed_method(AdminOrganizationSpendAlerts.delete)


class AsyncAdminOrganizationSpendAlertsWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationSpendAlerts

    list = async_raw_method(AsyncAdminOrganizationSpendAlerts.list)
    create = async_raw_method(AsyncAdminOrganizationSpendAlerts.create)
    retrieve = async_raw_method(AsyncAdminOrganizationSpendAlerts.retrieve)
    update = async_raw_method(AsyncAdminOrganizationSpendAlerts.update)
    delete = async_raw_method(AsyncAdminOrganizationSpendAlerts.delete)


class AsyncAdminOrganizationSpendAlertsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationSpendAlerts

    list = async_streamed_method(AsyncAdminOrganizationSpendAlerts.list)
    create = async_streamed_method(AsyncAdminOrganizationSpendAlerts.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationSpendAlerts.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationSpendAlerts.update)
    delete = async_streamed_method(AsyncAdminOrganizationSpendAlerts.delete)


class AdminOrganizationUsersWithRawResponse(ResourceView):
    _resource: AdminOrganizationUsers

    @property
    def roles(self) -> AdminOrganizationUsersRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    list = raw_method(AdminOrganizationUsers.list)
    retrieve = raw_method(AdminOrganizationUsers.retrieve)
    update = raw_method(AdminOrganizationUsers.update)
    delete = raw_method(AdminOrganizationUsers.delete)


class AdminOrganizationUsersWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationUsers

    @property
    def roles(self) -> AdminOrganizationUsersRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    list = streamed_method(AdminOrganizationUsers.list)
    retrieve = streamed_method(AdminOrganizationUsers.retrieve)
    update = streamed_method(AdminOrganizationUsers.update)
    delete = streamed_method(AdminOrganizationUsers.delete)


class AsyncAdminOrganizationUsersWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationUsers

    @property
    def roles(self) -> AsyncAdminOrganizationUsersRolesWithRawResponse:
        return self._resource.roles.with_raw_response

    list = async_raw_method(AsyncAdminOrganizationUsers.list)
    retrieve = async_raw_method(AsyncAdminOrganizationUsers.retrieve)
    update = async_raw_method(AsyncAdminOrganizationUsers.update)
    delete = async_raw_method(AsyncAdminOrganizationUsers.delete)


class AsyncAdminOrganizationUsersWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationUsers

    @property
    def roles(self) -> AsyncAdminOrganizationUsersRolesWithStreamingResponse:
        return self._resource.roles.with_streaming_response

    list = async_streamed_method(AsyncAdminOrganizationUsers.list)
    retrieve = async_streamed_method(AsyncAdminOrganizationUsers.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationUsers.update)
    delete = async_streamed_method(AsyncAdminOrganizationUsers.delete)


class AdminOrganizationUsersRolesWithRawResponse(ResourceView):
    _resource: AdminOrganizationUsersRoles

    list = raw_method(AdminOrganizationUsersRoles.list)
    create = raw_method(AdminOrganizationUsersRoles.create)
    retrieve = raw_method(AdminOrganizationUsersRoles.retrieve)
    delete = raw_method(AdminOrganizationUsersRoles.delete)


class AdminOrganizationUsersRolesWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationUsersRoles

    list = streamed_method(AdminOrganizationUsersRoles.list)
    create = streamed_method(AdminOrganizationUsersRoles.create)
    retrieve = streamed_method(AdminOrganizationUsersRoles.retrieve)
    delete = streamed_method(AdminOrganizationUsersRoles.delete)


class AsyncAdminOrganizationUsersRolesWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationUsersRoles

    list = async_raw_method(AsyncAdminOrganizationUsersRoles.list)
    create = async_raw_method(AsyncAdminOrganizationUsersRoles.create)
    retrieve = async_raw_method(AsyncAdminOrganizationUsersRoles.retrieve)
    delete = async_raw_method(AsyncAdminOrganizationUsersRoles.delete)


class AsyncAdminOrganizationUsersRolesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationUsersRoles

    list = async_streamed_method(AsyncAdminOrganizationUsersRoles.list)
    create = async_streamed_method(AsyncAdminOrganizationUsersRoles.create)
    retrieve = async_streamed_method(AsyncAdminOrganizationUsersRoles.retrieve)
    delete = async_streamed_method(AsyncAdminOrganizationUsersRoles.delete)


class AdminOrganizationSpendLimitWithRawResponse(ResourceView):
    _resource: AdminOrganizationSpendLimit

    retrieve = raw_method(AdminOrganizationSpendLimit.retrieve)
    update = raw_method(AdminOrganizationSpendLimit.update)
    delete = raw_method(AdminOrganizationSpendLimit.delete)


class AdminOrganizationSpendLimitWithStreamingResponse(StreamingResourceView):
    _resource: AdminOrganizationSpendLimit

    retrieve = streamed_method(AdminOrganizationSpendLimit.retrieve)
    update = streamed_method(AdminOrganizationSpendLimit.update)
    delete = streamed_method(AdminOrganizationSpendLimit.delete)


class AsyncAdminOrganizationSpendLimitWithRawResponse(ResourceView):
    _resource: AsyncAdminOrganizationSpendLimit

    retrieve = async_raw_method(AsyncAdminOrganizationSpendLimit.retrieve)
    update = async_raw_method(AsyncAdminOrganizationSpendLimit.update)
    delete = async_raw_method(AsyncAdminOrganizationSpendLimit.delete)


class AsyncAdminOrganizationSpendLimitWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAdminOrganizationSpendLimit

    retrieve = async_streamed_method(AsyncAdminOrganizationSpendLimit.retrieve)
    update = async_streamed_method(AsyncAdminOrganizationSpendLimit.update)
    delete = async_streamed_method(AsyncAdminOrganizationSpendLimit.delete)
