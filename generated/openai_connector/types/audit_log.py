# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .audit_log_actor import AuditLogActor
from .audit_log_event_type import AuditLogEventType


class AuditLogApiKeyCreatedData(BaseModel):
    """The payload used to create the API key."""

    scopes: list[str] | None = None
    """A list of scopes allowed for the API key, e.g. `["api.model.request"]`"""


class AuditLogApiKeyCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    data: AuditLogApiKeyCreatedData | None = None
    """The payload used to create the API key."""


class AuditLogApiKeyDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""


class AuditLogApiKeyUpdatedChangesRequested(BaseModel):
    """The payload used to update the API key."""

    scopes: list[str] | None = None
    """A list of scopes allowed for the API key, e.g. `["api.model.request"]`"""


class AuditLogApiKeyUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    changes_requested: AuditLogApiKeyUpdatedChangesRequested | None = None
    """The payload used to update the API key."""


class AuditLogCertificateCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""


class AuditLogCertificateDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""

    certificate: str | None = None
    """The certificate content in PEM format."""


class AuditLogCertificateUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""


class AuditLogCertificatesActivatedCertificate(BaseModel):
    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""


class AuditLogCertificatesActivated(BaseModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesActivatedCertificate] | None = None


class AuditLogCertificatesDeactivatedCertificate(BaseModel):
    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""


class AuditLogCertificatesDeactivated(BaseModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesDeactivatedCertificate] | None = None


class AuditLogCheckpointPermissionCreatedData(BaseModel):
    """The payload used to create the checkpoint permission."""

    project_id: str | None = None
    """The ID of the project that the checkpoint permission was created for."""

    fine_tuned_model_checkpoint: str | None = None
    """The ID of the fine-tuned model checkpoint."""


class AuditLogCheckpointPermissionCreated(BaseModel):
    """The project and fine-tuned model checkpoint that the checkpoint permission was created for."""

    id: str | None = None
    """The ID of the checkpoint permission."""

    data: AuditLogCheckpointPermissionCreatedData | None = None
    """The payload used to create the checkpoint permission."""


class AuditLogCheckpointPermissionDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the checkpoint permission."""


class AuditLogExternalKeyRegistered(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the external key configuration."""

    data: dict[str, builtins.object] | None = None
    """The configuration for the external key."""


class AuditLogExternalKeyRemoved(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the external key configuration."""


class AuditLogGroupCreatedData(BaseModel):
    """Information about the created group."""

    group_name: str | None = None
    """The group name."""


class AuditLogGroupCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    data: AuditLogGroupCreatedData | None = None
    """Information about the created group."""


class AuditLogGroupDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""


class AuditLogGroupUpdatedChangesRequested(BaseModel):
    """The payload used to update the group."""

    group_name: str | None = None
    """The updated group name."""


class AuditLogGroupUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    changes_requested: AuditLogGroupUpdatedChangesRequested | None = None
    """The payload used to update the group."""


class AuditLogInviteAccepted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""


class AuditLogInviteDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""


class AuditLogInviteSentData(BaseModel):
    """The payload used to create the invite."""

    email: str | None = None
    """The email invited to the organization."""

    role: str | None = None
    """The role the email was invited to be. Is either `owner` or `member`."""


class AuditLogInviteSent(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""

    data: AuditLogInviteSentData | None = None
    """The payload used to create the invite."""


class AuditLogIpAllowlistConfigActivatedConfig(BaseModel):
    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""


class AuditLogIpAllowlistConfigActivated(BaseModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfig] | None = None
    """The configurations that were activated."""


class AuditLogIpAllowlistConfigDeactivatedConfig(BaseModel):
    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""


class AuditLogIpAllowlistConfigDeactivated(BaseModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigDeactivatedConfig] | None = None
    """The configurations that were deactivated."""


class AuditLogIpAllowlistCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The IP addresses or CIDR ranges included in the configuration."""


class AuditLogIpAllowlistDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The IP addresses or CIDR ranges that were in the configuration."""


class AuditLogIpAllowlistUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The updated set of IP addresses or CIDR ranges in the configuration."""


class AuditLogLoginFailed(BaseModel):
    """The details for events with this `type`."""

    error_code: str | None = None
    """The error code of the failure."""

    error_message: str | None = None
    """The error message of the failure."""


class AuditLogLogoutFailed(BaseModel):
    """The details for events with this `type`."""

    error_code: str | None = None
    """The error code of the failure."""

    error_message: str | None = None
    """The error message of the failure."""


class AuditLogOrganizationUpdatedChangesRequested(BaseModel):
    """The payload used to update the organization settings."""

    title: str | None = None
    """The organization title."""

    description: str | None = None
    """The organization description."""

    name: str | None = None
    """The organization name."""

    threads_ui_visibility: str | None = None
    """Visibility of the threads page which shows messages created with the Assistants API and Playground. One of `ANY_ROLE`, `OWNERS`, or `NONE`."""

    usage_dashboard_visibility: str | None = None
    """Visibility of the usage dashboard which shows activity and costs for your organization. One of `ANY_ROLE` or `OWNERS`."""

    api_call_logging: str | None = None
    """How your organization logs data from supported API calls. One of `disabled`, `enabled_per_call`, `enabled_for_all_projects`, or `enabled_for_selected_projects`"""

    api_call_logging_project_ids: str | None = None
    """The list of project ids if api_call_logging is set to `enabled_for_selected_projects`"""


class AuditLogOrganizationUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The organization ID."""

    changes_requested: AuditLogOrganizationUpdatedChangesRequested | None = None
    """The payload used to update the organization settings."""


class AuditLogProject(BaseModel):
    """The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project."""

    id: str | None = None
    """The project ID."""

    name: str | None = None
    """The project title."""


class AuditLogProjectArchived(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""


class AuditLogProjectCreatedData(BaseModel):
    """The payload used to create the project."""

    name: str | None = None
    """The project name."""

    title: str | None = None
    """The title of the project as seen on the dashboard."""


class AuditLogProjectCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    data: AuditLogProjectCreatedData | None = None
    """The payload used to create the project."""


class AuditLogProjectDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""


class AuditLogProjectUpdatedChangesRequested(BaseModel):
    """The payload used to update the project."""

    title: str | None = None
    """The title of the project as seen on the dashboard."""


class AuditLogProjectUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    changes_requested: AuditLogProjectUpdatedChangesRequested | None = None
    """The payload used to update the project."""


class AuditLogRateLimitDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""


class AuditLogRateLimitUpdatedChangesRequested(BaseModel):
    """The payload used to update the rate limits."""

    max_requests_per_1_minute: int | None = None
    """The maximum requests per minute."""

    max_tokens_per_1_minute: int | None = None
    """The maximum tokens per minute."""

    max_images_per_1_minute: int | None = None
    """The maximum images per minute. Only relevant for certain models."""

    max_audio_megabytes_per_1_minute: int | None = None
    """The maximum audio megabytes per minute. Only relevant for certain models."""

    max_requests_per_1_day: int | None = None
    """The maximum requests per day. Only relevant for certain models."""

    batch_1_day_max_input_tokens: int | None = None
    """The maximum batch input tokens per day. Only relevant for certain models."""


class AuditLogRateLimitUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""

    changes_requested: AuditLogRateLimitUpdatedChangesRequested | None = None
    """The payload used to update the rate limits."""


class AuditLogRoleAssignmentCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The identifier of the role assignment."""

    principal_id: str | None = None
    """The principal (user or group) that received the role."""

    principal_type: str | None = None
    """The type of principal (user or group) that received the role."""

    resource_id: str | None = None
    """The resource the role assignment is scoped to."""

    resource_type: str | None = None
    """The type of resource the role assignment is scoped to."""


class AuditLogRoleAssignmentDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The identifier of the role assignment."""

    principal_id: str | None = None
    """The principal (user or group) that had the role removed."""

    principal_type: str | None = None
    """The type of principal (user or group) that had the role removed."""

    resource_id: str | None = None
    """The resource the role assignment was scoped to."""

    resource_type: str | None = None
    """The type of resource the role assignment was scoped to."""


class AuditLogRoleBoundToResource(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the resource the role was bound to. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`."""

    role_id: str | None = None
    """The ID of the role that was bound to the resource."""

    resource_id: str | None = None
    """The ID of the resource the role was bound to."""

    resource_type: str | None = None
    """The type of resource the role was bound to."""

    permissions: list[str] | None = None
    """The permissions granted to the role for the resource."""

    workspace_id: str | None = None
    """The workspace ID for a ChatGPT workspace connector resource."""

    connector_id: str | None = None
    """The connector ID for a ChatGPT workspace connector resource."""

    connector_name: str | None = None
    """The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved."""

    enabled: bool | None = None
    """Whether the connector is enabled for the role."""

    source: (
        Open[
            Literal["role_toggle", "role_connector_update", "role_delete", "workspace_permissions", "connector_publish"]
        ]
        | None
    ) = None
    """The connector role mutation path that produced the event."""


class AuditLogRoleCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""

    role_name: str | None = None
    """The name of the role."""

    permissions: list[str] | None = None
    """The permissions granted by the role."""

    resource_type: str | None = None
    """The type of resource the role belongs to."""

    resource_id: str | None = None
    """The resource the role is scoped to."""


class AuditLogRoleDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""


class AuditLogRoleUnboundFromResource(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the resource the role was unbound from. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`."""

    role_id: str | None = None
    """The ID of the role that was unbound from the resource."""

    resource_id: str | None = None
    """The ID of the resource the role was unbound from."""

    resource_type: str | None = None
    """The type of resource the role was unbound from."""

    permissions: list[str] | None = None
    """The permissions remaining for the role after the change."""

    workspace_id: str | None = None
    """The workspace ID for a ChatGPT workspace connector resource."""

    connector_id: str | None = None
    """The connector ID for a ChatGPT workspace connector resource."""

    connector_name: str | None = None
    """The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved."""

    enabled: bool | None = None
    """Whether the connector is enabled for the role."""

    source: (
        Open[
            Literal["role_toggle", "role_connector_update", "role_delete", "workspace_permissions", "connector_publish"]
        ]
        | None
    ) = None
    """The connector role mutation path that produced the event."""


class AuditLogRoleUpdatedChangesRequested(BaseModel):
    """The payload used to update the role."""

    role_name: str | None = None
    """The updated role name, when provided."""

    resource_id: str | None = None
    """The resource the role is scoped to."""

    resource_type: str | None = None
    """The type of resource the role belongs to."""

    permissions_added: list[str] | None = None
    """The permissions added to the role."""

    permissions_removed: list[str] | None = None
    """The permissions removed from the role."""

    description: str | None = None
    """The updated role description, when provided."""

    metadata: dict[str, builtins.object] | None = None
    """Additional metadata stored on the role."""


class AuditLogRoleUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""

    changes_requested: AuditLogRoleUpdatedChangesRequested | None = None
    """The payload used to update the role."""


class AuditLogScimDisabled(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the SCIM was disabled for."""


class AuditLogScimEnabled(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the SCIM was enabled for."""


class AuditLogServiceAccountCreatedData(BaseModel):
    """The payload used to create the service account."""

    role: str | None = None
    """The role of the service account. Is either `owner` or `member`."""


class AuditLogServiceAccountCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    data: AuditLogServiceAccountCreatedData | None = None
    """The payload used to create the service account."""


class AuditLogServiceAccountDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""


class AuditLogServiceAccountUpdatedChangesRequested(BaseModel):
    """The payload used to updated the service account."""

    role: str | None = None
    """The role of the service account. Is either `owner` or `member`."""


class AuditLogServiceAccountUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    changes_requested: AuditLogServiceAccountUpdatedChangesRequested | None = None
    """The payload used to updated the service account."""


class AuditLogUserAddedData(BaseModel):
    """The payload used to add the user to the project."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""


class AuditLogUserAdded(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The user ID."""

    data: AuditLogUserAddedData | None = None
    """The payload used to add the user to the project."""


class AuditLogUserDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The user ID."""


class AuditLogUserUpdatedChangesRequested(BaseModel):
    """The payload used to update the user."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""


class AuditLogUserUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    changes_requested: AuditLogUserUpdatedChangesRequested | None = None
    """The payload used to update the user."""


class AuditLogWorkloadIdentityProviderCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider ID."""

    data: dict[str, builtins.object] | None = None
    """The payload used to create the workload identity provider."""


class AuditLogWorkloadIdentityProviderDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider ID."""

    name: str | None = None
    """The workload identity provider name."""


class AuditLogWorkloadIdentityProviderMappingCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider mapping ID."""

    identity_provider_id: str | None = None
    """The workload identity provider ID."""

    data: dict[str, builtins.object] | None = None
    """The payload used to create the workload identity provider mapping."""


class AuditLogWorkloadIdentityProviderMappingDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider mapping ID."""

    identity_provider_id: str | None = None
    """The workload identity provider ID."""

    project_id: str | None = None
    """The project ID."""

    service_account_id: str | None = None
    """The mapped service account ID."""


class AuditLogWorkloadIdentityProviderMappingUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider mapping ID."""

    identity_provider_id: str | None = None
    """The workload identity provider ID."""

    changes_requested: dict[str, builtins.object] | None = None
    """The payload used to update the workload identity provider mapping."""


class AuditLogWorkloadIdentityProviderUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider ID."""

    changes_requested: dict[str, builtins.object] | None = None
    """The payload used to update the workload identity provider."""


class AuditLog(BaseModel):
    """A log of a user action or configuration change within this organization."""

    id: str = Field(default_factory=_missing)
    """The ID of this log."""

    type: AuditLogEventType = Field(default_factory=_missing)
    """The event type."""

    effective_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of the event."""

    project: AuditLogProject | None = None
    """The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project."""

    actor: AuditLogActor | None = None
    """The actor who performed the audit logged action."""

    api_key_created: AuditLogApiKeyCreated | None = Field(default=None, alias="api_key.created")
    """The details for events with this `type`."""

    api_key_updated: AuditLogApiKeyUpdated | None = Field(default=None, alias="api_key.updated")
    """The details for events with this `type`."""

    api_key_deleted: AuditLogApiKeyDeleted | None = Field(default=None, alias="api_key.deleted")
    """The details for events with this `type`."""

    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None = Field(
        default=None, alias="checkpoint.permission.created"
    )
    """The project and fine-tuned model checkpoint that the checkpoint permission was created for."""

    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None = Field(
        default=None, alias="checkpoint.permission.deleted"
    )
    """The details for events with this `type`."""

    external_key_registered: AuditLogExternalKeyRegistered | None = Field(default=None, alias="external_key.registered")
    """The details for events with this `type`."""

    external_key_removed: AuditLogExternalKeyRemoved | None = Field(default=None, alias="external_key.removed")
    """The details for events with this `type`."""

    group_created: AuditLogGroupCreated | None = Field(default=None, alias="group.created")
    """The details for events with this `type`."""

    group_updated: AuditLogGroupUpdated | None = Field(default=None, alias="group.updated")
    """The details for events with this `type`."""

    group_deleted: AuditLogGroupDeleted | None = Field(default=None, alias="group.deleted")
    """The details for events with this `type`."""

    scim_enabled: AuditLogScimEnabled | None = Field(default=None, alias="scim.enabled")
    """The details for events with this `type`."""

    scim_disabled: AuditLogScimDisabled | None = Field(default=None, alias="scim.disabled")
    """The details for events with this `type`."""

    invite_sent: AuditLogInviteSent | None = Field(default=None, alias="invite.sent")
    """The details for events with this `type`."""

    invite_accepted: AuditLogInviteAccepted | None = Field(default=None, alias="invite.accepted")
    """The details for events with this `type`."""

    invite_deleted: AuditLogInviteDeleted | None = Field(default=None, alias="invite.deleted")
    """The details for events with this `type`."""

    ip_allowlist_created: AuditLogIpAllowlistCreated | None = Field(default=None, alias="ip_allowlist.created")
    """The details for events with this `type`."""

    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None = Field(default=None, alias="ip_allowlist.updated")
    """The details for events with this `type`."""

    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None = Field(default=None, alias="ip_allowlist.deleted")
    """The details for events with this `type`."""

    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None = Field(
        default=None, alias="ip_allowlist.config.activated"
    )
    """The details for events with this `type`."""

    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None = Field(
        default=None, alias="ip_allowlist.config.deactivated"
    )
    """The details for events with this `type`."""

    login_succeeded: dict[str, builtins.object] | None = Field(default=None, alias="login.succeeded")
    """This event has no additional fields beyond the standard audit log attributes."""

    login_failed: AuditLogLoginFailed | None = Field(default=None, alias="login.failed")
    """The details for events with this `type`."""

    logout_succeeded: dict[str, builtins.object] | None = Field(default=None, alias="logout.succeeded")
    """This event has no additional fields beyond the standard audit log attributes."""

    logout_failed: AuditLogLogoutFailed | None = Field(default=None, alias="logout.failed")
    """The details for events with this `type`."""

    organization_updated: AuditLogOrganizationUpdated | None = Field(default=None, alias="organization.updated")
    """The details for events with this `type`."""

    project_created: AuditLogProjectCreated | None = Field(default=None, alias="project.created")
    """The details for events with this `type`."""

    project_updated: AuditLogProjectUpdated | None = Field(default=None, alias="project.updated")
    """The details for events with this `type`."""

    project_archived: AuditLogProjectArchived | None = Field(default=None, alias="project.archived")
    """The details for events with this `type`."""

    project_deleted: AuditLogProjectDeleted | None = Field(default=None, alias="project.deleted")
    """The details for events with this `type`."""

    rate_limit_updated: AuditLogRateLimitUpdated | None = Field(default=None, alias="rate_limit.updated")
    """The details for events with this `type`."""

    rate_limit_deleted: AuditLogRateLimitDeleted | None = Field(default=None, alias="rate_limit.deleted")
    """The details for events with this `type`."""

    role_created: AuditLogRoleCreated | None = Field(default=None, alias="role.created")
    """The details for events with this `type`."""

    role_updated: AuditLogRoleUpdated | None = Field(default=None, alias="role.updated")
    """The details for events with this `type`."""

    role_deleted: AuditLogRoleDeleted | None = Field(default=None, alias="role.deleted")
    """The details for events with this `type`."""

    role_assignment_created: AuditLogRoleAssignmentCreated | None = Field(default=None, alias="role.assignment.created")
    """The details for events with this `type`."""

    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None = Field(default=None, alias="role.assignment.deleted")
    """The details for events with this `type`."""

    role_bound_to_resource: AuditLogRoleBoundToResource | None = Field(default=None, alias="role.bound_to_resource")
    """The details for events with this `type`."""

    role_unbound_from_resource: AuditLogRoleUnboundFromResource | None = Field(
        default=None, alias="role.unbound_from_resource"
    )
    """The details for events with this `type`."""

    service_account_created: AuditLogServiceAccountCreated | None = Field(default=None, alias="service_account.created")
    """The details for events with this `type`."""

    service_account_updated: AuditLogServiceAccountUpdated | None = Field(default=None, alias="service_account.updated")
    """The details for events with this `type`."""

    service_account_deleted: AuditLogServiceAccountDeleted | None = Field(default=None, alias="service_account.deleted")
    """The details for events with this `type`."""

    workload_identity_provider_created: AuditLogWorkloadIdentityProviderCreated | None = Field(
        default=None, alias="workload_identity_provider.created"
    )
    """The details for events with this `type`."""

    workload_identity_provider_updated: AuditLogWorkloadIdentityProviderUpdated | None = Field(
        default=None, alias="workload_identity_provider.updated"
    )
    """The details for events with this `type`."""

    workload_identity_provider_deleted: AuditLogWorkloadIdentityProviderDeleted | None = Field(
        default=None, alias="workload_identity_provider.deleted"
    )
    """The details for events with this `type`."""

    workload_identity_provider_mapping_created: AuditLogWorkloadIdentityProviderMappingCreated | None = Field(
        default=None, alias="workload_identity_provider_mapping.created"
    )
    """The details for events with this `type`."""

    workload_identity_provider_mapping_updated: AuditLogWorkloadIdentityProviderMappingUpdated | None = Field(
        default=None, alias="workload_identity_provider_mapping.updated"
    )
    """The details for events with this `type`."""

    workload_identity_provider_mapping_deleted: AuditLogWorkloadIdentityProviderMappingDeleted | None = Field(
        default=None, alias="workload_identity_provider_mapping.deleted"
    )
    """The details for events with this `type`."""

    user_added: AuditLogUserAdded | None = Field(default=None, alias="user.added")
    """The details for events with this `type`."""

    user_updated: AuditLogUserUpdated | None = Field(default=None, alias="user.updated")
    """The details for events with this `type`."""

    user_deleted: AuditLogUserDeleted | None = Field(default=None, alias="user.deleted")
    """The details for events with this `type`."""

    certificate_created: AuditLogCertificateCreated | None = Field(default=None, alias="certificate.created")
    """The details for events with this `type`."""

    certificate_updated: AuditLogCertificateUpdated | None = Field(default=None, alias="certificate.updated")
    """The details for events with this `type`."""

    certificate_deleted: AuditLogCertificateDeleted | None = Field(default=None, alias="certificate.deleted")
    """The details for events with this `type`."""

    certificates_activated: AuditLogCertificatesActivated | None = Field(default=None, alias="certificates.activated")
    """The details for events with this `type`."""

    certificates_deactivated: AuditLogCertificatesDeactivated | None = Field(
        default=None, alias="certificates.deactivated"
    )
    """The details for events with this `type`."""
