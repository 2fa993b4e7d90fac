# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
"""Every model and request type, imported lazily: `from types import Name` loads one module."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_status import ActiveStatus
    from .add_upload_part_request import AddUploadPartRequest, AddUploadPartRequestParam
    from .additional_tools import AdditionalTools
    from .additional_tools_item_param import AdditionalToolsItemParam, AdditionalToolsItemParamParam
    from .admin_api_key import AdminApiKey, AdminApiKeyOwner
    from .admin_api_key_create_response import AdminApiKeyCreateResponse
    from .admin_api_keys_create import AdminApiKeysCreateBody, AdminApiKeysCreateBodyParam
    from .admin_api_keys_delete import AdminApiKeysDeleteResponse
    from .annotation import Annotation, AnnotationParam
    from .api_key_list import ApiKeyList
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_call_status_param import ApplyPatchCallStatusParam
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam,
        ApplyPatchCreateFileOperationParamParam,
    )
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam,
        ApplyPatchDeleteFileOperationParamParam,
    )
    from .apply_patch_operation_param import ApplyPatchOperationParam, ApplyPatchOperationParamParam
    from .apply_patch_tool_call import ApplyPatchToolCall
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam, ApplyPatchToolCallItemParamParam
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from .apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
        ApplyPatchToolCallOutputItemParamParam,
    )
    from .apply_patch_tool_param import ApplyPatchToolParam, ApplyPatchToolParamParam
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam,
        ApplyPatchUpdateFileOperationParamParam,
    )
    from .approximate_location import ApproximateLocation, ApproximateLocationParam
    from .assigned_role_details import AssignedRoleDetails, AssignedRoleDetailsAssignmentSourcesListItem
    from .assistant_message_item import AssistantMessageItem
    from .assistant_message_phase import AssistantMessagePhase
    from .assistant_object import (
        AssistantObject,
        AssistantObjectToolResourcesObject,
        AssistantObjectToolResourcesObjectCodeInterpreter,
        AssistantObjectToolResourcesObjectFileSearch,
    )
    from .assistant_stream_event import AssistantStreamEvent
    from .assistant_supported_models import AssistantSupportedModels
    from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
    from .assistant_tools_file_search import (
        AssistantToolsFileSearch,
        AssistantToolsFileSearchFileSearch,
        AssistantToolsFileSearchFileSearchParam,
        AssistantToolsFileSearchParam,
    )
    from .assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
        AssistantToolsFileSearchTypeOnlyParam,
    )
    from .assistant_tools_function import AssistantToolsFunction, AssistantToolsFunctionParam
    from .assistants_api_response_format_option import (
        AssistantsApiResponseFormatOption,
        AssistantsApiResponseFormatOptionParam,
    )
    from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption, AssistantsApiToolChoiceOptionParam
    from .assistants_named_tool_choice import (
        AssistantsNamedToolChoice,
        AssistantsNamedToolChoiceFunction,
        AssistantsNamedToolChoiceFunctionParam,
        AssistantsNamedToolChoiceParam,
    )
    from .attachment import Attachment
    from .attachment_type import AttachmentType
    from .audio_response_format import AudioResponseFormat
    from .audio_transcription import AudioTranscription, AudioTranscriptionParam
    from .audio_transcription_response import AudioTranscriptionResponse
    from .audit_log import (
        AuditLog,
        AuditLogApiKeyCreated,
        AuditLogApiKeyCreatedData,
        AuditLogApiKeyDeleted,
        AuditLogApiKeyUpdated,
        AuditLogApiKeyUpdatedChangesRequested,
        AuditLogCertificateCreated,
        AuditLogCertificateDeleted,
        AuditLogCertificatesActivated,
        AuditLogCertificatesActivatedCertificate,
        AuditLogCertificatesDeactivated,
        AuditLogCertificatesDeactivatedCertificate,
        AuditLogCertificateUpdated,
        AuditLogCheckpointPermissionCreated,
        AuditLogCheckpointPermissionCreatedData,
        AuditLogCheckpointPermissionDeleted,
        AuditLogExternalKeyRegistered,
        AuditLogExternalKeyRemoved,
        AuditLogGroupCreated,
        AuditLogGroupCreatedData,
        AuditLogGroupDeleted,
        AuditLogGroupUpdated,
        AuditLogGroupUpdatedChangesRequested,
        AuditLogInviteAccepted,
        AuditLogInviteDeleted,
        AuditLogInviteSent,
        AuditLogInviteSentData,
        AuditLogIpAllowlistConfigActivated,
        AuditLogIpAllowlistConfigActivatedConfig,
        AuditLogIpAllowlistConfigDeactivated,
        AuditLogIpAllowlistConfigDeactivatedConfig,
        AuditLogIpAllowlistCreated,
        AuditLogIpAllowlistDeleted,
        AuditLogIpAllowlistUpdated,
        AuditLogLoginFailed,
        AuditLogLogoutFailed,
        AuditLogOrganizationUpdated,
        AuditLogOrganizationUpdatedChangesRequested,
        AuditLogProject,
        AuditLogProjectArchived,
        AuditLogProjectCreated,
        AuditLogProjectCreatedData,
        AuditLogProjectDeleted,
        AuditLogProjectUpdated,
        AuditLogProjectUpdatedChangesRequested,
        AuditLogRateLimitDeleted,
        AuditLogRateLimitUpdated,
        AuditLogRateLimitUpdatedChangesRequested,
        AuditLogRoleAssignmentCreated,
        AuditLogRoleAssignmentDeleted,
        AuditLogRoleBoundToResource,
        AuditLogRoleCreated,
        AuditLogRoleDeleted,
        AuditLogRoleUnboundFromResource,
        AuditLogRoleUpdated,
        AuditLogRoleUpdatedChangesRequested,
        AuditLogScimDisabled,
        AuditLogScimEnabled,
        AuditLogServiceAccountCreated,
        AuditLogServiceAccountCreatedData,
        AuditLogServiceAccountDeleted,
        AuditLogServiceAccountUpdated,
        AuditLogServiceAccountUpdatedChangesRequested,
        AuditLogUserAdded,
        AuditLogUserAddedData,
        AuditLogUserDeleted,
        AuditLogUserUpdated,
        AuditLogUserUpdatedChangesRequested,
        AuditLogWorkloadIdentityProviderCreated,
        AuditLogWorkloadIdentityProviderDeleted,
        AuditLogWorkloadIdentityProviderMappingCreated,
        AuditLogWorkloadIdentityProviderMappingDeleted,
        AuditLogWorkloadIdentityProviderMappingUpdated,
        AuditLogWorkloadIdentityProviderUpdated,
    )
    from .audit_log_actor import AuditLogActor
    from .audit_log_actor_api_key import AuditLogActorApiKey
    from .audit_log_actor_service_account import AuditLogActorServiceAccount
    from .audit_log_actor_session import AuditLogActorSession
    from .audit_log_actor_user import AuditLogActorUser
    from .audit_log_event_type import AuditLogEventType
    from .auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
        AutoChunkingStrategyRequestParamParam,
    )
    from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam, AutoCodeInterpreterToolParamParam
    from .automatic_thread_titling_param import AutomaticThreadTitlingParam, AutomaticThreadTitlingParamParam
    from .batch import Batch, BatchErrors, BatchUsage, BatchUsageInputTokensDetails, BatchUsageOutputTokensDetails
    from .batch_error import BatchError
    from .batch_file_expiration_after import BatchFileExpirationAfter, BatchFileExpirationAfterParam
    from .batch_request_counts import BatchRequestCounts
    from .beta_additional_tools import BetaAdditionalTools
    from .beta_additional_tools_item_param import BetaAdditionalToolsItemParam, BetaAdditionalToolsItemParamParam
    from .beta_agent_message import BetaAgentMessage
    from .beta_agent_message_item_param import BetaAgentMessageItemParam, BetaAgentMessageItemParamParam
    from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam
    from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamParam
    from .beta_annotation import BetaAnnotation, BetaAnnotationParam
    from .beta_apply_patch_call_output_status import BetaApplyPatchCallOutputStatus
    from .beta_apply_patch_call_output_status_param import BetaApplyPatchCallOutputStatusParam
    from .beta_apply_patch_call_status import BetaApplyPatchCallStatus
    from .beta_apply_patch_call_status_param import BetaApplyPatchCallStatusParam
    from .beta_apply_patch_create_file_operation import BetaApplyPatchCreateFileOperation
    from .beta_apply_patch_create_file_operation_param import (
        BetaApplyPatchCreateFileOperationParam,
        BetaApplyPatchCreateFileOperationParamParam,
    )
    from .beta_apply_patch_delete_file_operation import BetaApplyPatchDeleteFileOperation
    from .beta_apply_patch_delete_file_operation_param import (
        BetaApplyPatchDeleteFileOperationParam,
        BetaApplyPatchDeleteFileOperationParamParam,
    )
    from .beta_apply_patch_operation_param import BetaApplyPatchOperationParam, BetaApplyPatchOperationParamParam
    from .beta_apply_patch_tool_call import BetaApplyPatchToolCall
    from .beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam,
        BetaApplyPatchToolCallItemParamParam,
    )
    from .beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
    from .beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
        BetaApplyPatchToolCallOutputItemParamParam,
    )
    from .beta_apply_patch_tool_param import BetaApplyPatchToolParam, BetaApplyPatchToolParamParam
    from .beta_apply_patch_update_file_operation import BetaApplyPatchUpdateFileOperation
    from .beta_apply_patch_update_file_operation_param import (
        BetaApplyPatchUpdateFileOperationParam,
        BetaApplyPatchUpdateFileOperationParamParam,
    )
    from .beta_approximate_location import BetaApproximateLocation, BetaApproximateLocationParam
    from .beta_assistant_message_phase import BetaAssistantMessagePhase
    from .beta_auto_code_interpreter_tool_param import (
        BetaAutoCodeInterpreterToolParam,
        BetaAutoCodeInterpreterToolParamParam,
    )
    from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
    from .beta_click_button_type import BetaClickButtonType
    from .beta_click_param import BetaClickParam, BetaClickParamParam
    from .beta_code_interpreter_output_image import BetaCodeInterpreterOutputImage, BetaCodeInterpreterOutputImageParam
    from .beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs, BetaCodeInterpreterOutputLogsParam
    from .beta_code_interpreter_tool import BetaCodeInterpreterTool, BetaCodeInterpreterToolParam
    from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall, BetaCodeInterpreterToolCallParam
    from .beta_compact_resource import BetaCompactResource
    from .beta_compact_response_method_public_body import (
        BetaCompactResponseMethodPublicBody,
        BetaCompactResponseMethodPublicBodyParam,
    )
    from .beta_compaction_body import BetaCompactionBody
    from .beta_compaction_summary_item_param import BetaCompactionSummaryItemParam, BetaCompactionSummaryItemParamParam
    from .beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam, BetaCompactionTriggerItemParamParam
    from .beta_comparison_filter import BetaComparisonFilter, BetaComparisonFilterParam
    from .beta_compound_filter import BetaCompoundFilter, BetaCompoundFilterParam
    from .beta_computer_action import BetaComputerAction, BetaComputerActionParam
    from .beta_computer_action_list import BetaComputerActionList, BetaComputerActionListParam
    from .beta_computer_call_output_item_param import (
        BetaComputerCallOutputItemParam,
        BetaComputerCallOutputItemParamParam,
    )
    from .beta_computer_call_output_status import BetaComputerCallOutputStatus
    from .beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
        BetaComputerCallSafetyCheckParamParam,
    )
    from .beta_computer_environment import BetaComputerEnvironment
    from .beta_computer_screenshot_content import BetaComputerScreenshotContent
    from .beta_computer_screenshot_image import BetaComputerScreenshotImage, BetaComputerScreenshotImageParam
    from .beta_computer_tool import BetaComputerTool, BetaComputerToolParam
    from .beta_computer_tool_call import BetaComputerToolCall, BetaComputerToolCallParam
    from .beta_computer_tool_call_output import BetaComputerToolCallOutput
    from .beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource
    from .beta_computer_use_preview_tool import BetaComputerUsePreviewTool, BetaComputerUsePreviewToolParam
    from .beta_container_auto_param import BetaContainerAutoParam, BetaContainerAutoParamParam
    from .beta_container_file_citation_body import BetaContainerFileCitationBody, BetaContainerFileCitationBodyParam
    from .beta_container_file_citation_param import BetaContainerFileCitationParam, BetaContainerFileCitationParamParam
    from .beta_container_memory_limit import BetaContainerMemoryLimit
    from .beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam,
        BetaContainerNetworkPolicyAllowlistParamParam,
    )
    from .beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam,
        BetaContainerNetworkPolicyDisabledParamParam,
    )
    from .beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam,
        BetaContainerNetworkPolicyDomainSecretParamParam,
    )
    from .beta_container_reference_param import BetaContainerReferenceParam, BetaContainerReferenceParamParam
    from .beta_container_reference_resource import BetaContainerReferenceResource
    from .beta_content import BetaContent
    from .beta_context_management_param import BetaContextManagementParam, BetaContextManagementParamParam
    from .beta_conversation_param import BetaConversationParam, BetaConversationParamParam
    from .beta_conversation_reference import BetaConversationReference, BetaConversationReferenceParam
    from .beta_coord_param import BetaCoordParam, BetaCoordParamParam
    from .beta_create_model_response_properties import BetaCreateModelResponseProperties
    from .beta_create_response import BetaCreateResponse, BetaCreateResponseParam
    from .beta_custom_grammar_format_param import BetaCustomGrammarFormatParam, BetaCustomGrammarFormatParamParam
    from .beta_custom_text_format_param import BetaCustomTextFormatParam, BetaCustomTextFormatParamParam
    from .beta_custom_tool_call import BetaCustomToolCall, BetaCustomToolCallParam
    from .beta_custom_tool_call_output import BetaCustomToolCallOutput, BetaCustomToolCallOutputParam
    from .beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource
    from .beta_custom_tool_call_resource import BetaCustomToolCallResource
    from .beta_custom_tool_param import BetaCustomToolParam, BetaCustomToolParamParam
    from .beta_detail_enum import BetaDetailEnum
    from .beta_direct_tool_call_caller import BetaDirectToolCallCaller, BetaDirectToolCallCallerRequestParam
    from .beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam, BetaDirectToolCallCallerParamParam
    from .beta_double_click_action import BetaDoubleClickAction, BetaDoubleClickActionParam
    from .beta_drag_param import BetaDragParam, BetaDragParamParam
    from .beta_easy_input_message import BetaEasyInputMessage, BetaEasyInputMessageParam
    from .beta_empty_model_param import BetaEmptyModelParam
    from .beta_encrypted_content import BetaEncryptedContent
    from .beta_encrypted_content_param import BetaEncryptedContentParam, BetaEncryptedContentParamParam
    from .beta_error import BetaError
    from .beta_error_payload import BetaErrorPayload
    from .beta_file_citation_body import BetaFileCitationBody, BetaFileCitationBodyParam
    from .beta_file_citation_param import BetaFileCitationParam, BetaFileCitationParamParam
    from .beta_file_detail_enum import BetaFileDetailEnum
    from .beta_file_input_detail import BetaFileInputDetail
    from .beta_file_path import BetaFilePath, BetaFilePathParam
    from .beta_file_search_tool import BetaFileSearchTool, BetaFileSearchToolParam
    from .beta_file_search_tool_call import (
        BetaFileSearchToolCall,
        BetaFileSearchToolCallParam,
        BetaFileSearchToolCallResultsListItem,
        BetaFileSearchToolCallResultsListItemParam,
    )
    from .beta_filters import BetaFilters, BetaFiltersParam
    from .beta_function_and_custom_tool_call_output import (
        BetaFunctionAndCustomToolCallOutput,
        BetaFunctionAndCustomToolCallOutputParam,
    )
    from .beta_function_call_item_status import BetaFunctionCallItemStatus
    from .beta_function_call_output_item_param import (
        BetaFunctionCallOutputItemParam,
        BetaFunctionCallOutputItemParamParam,
    )
    from .beta_function_call_output_status_enum import BetaFunctionCallOutputStatusEnum
    from .beta_function_call_status import BetaFunctionCallStatus
    from .beta_function_shell_action import BetaFunctionShellAction
    from .beta_function_shell_action_param import BetaFunctionShellActionParam, BetaFunctionShellActionParamParam
    from .beta_function_shell_call import BetaFunctionShellCall
    from .beta_function_shell_call_item_param import BetaFunctionShellCallItemParam, BetaFunctionShellCallItemParamParam
    from .beta_function_shell_call_item_status import BetaFunctionShellCallItemStatus
    from .beta_function_shell_call_output import BetaFunctionShellCallOutput
    from .beta_function_shell_call_output_content import BetaFunctionShellCallOutputContent
    from .beta_function_shell_call_output_content_param import (
        BetaFunctionShellCallOutputContentParam,
        BetaFunctionShellCallOutputContentParamParam,
    )
    from .beta_function_shell_call_output_exit_outcome import BetaFunctionShellCallOutputExitOutcome
    from .beta_function_shell_call_output_exit_outcome_param import (
        BetaFunctionShellCallOutputExitOutcomeParam,
        BetaFunctionShellCallOutputExitOutcomeParamParam,
    )
    from .beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam,
        BetaFunctionShellCallOutputItemParamParam,
    )
    from .beta_function_shell_call_output_outcome_param import (
        BetaFunctionShellCallOutputOutcomeParam,
        BetaFunctionShellCallOutputOutcomeParamParam,
    )
    from .beta_function_shell_call_output_status_enum import BetaFunctionShellCallOutputStatusEnum
    from .beta_function_shell_call_output_timeout_outcome import BetaFunctionShellCallOutputTimeoutOutcome
    from .beta_function_shell_call_output_timeout_outcome_param import (
        BetaFunctionShellCallOutputTimeoutOutcomeParam,
        BetaFunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .beta_function_shell_call_status import BetaFunctionShellCallStatus
    from .beta_function_shell_tool_param import BetaFunctionShellToolParam, BetaFunctionShellToolParamParam
    from .beta_function_tool import BetaFunctionTool, BetaFunctionToolRequestParam
    from .beta_function_tool_call import BetaFunctionToolCall, BetaFunctionToolCallParam
    from .beta_function_tool_call_output import BetaFunctionToolCallOutput
    from .beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource
    from .beta_function_tool_call_resource import BetaFunctionToolCallResource
    from .beta_function_tool_param import BetaFunctionToolParam, BetaFunctionToolParamParam
    from .beta_grammar_syntax import BetaGrammarSyntax
    from .beta_http_error import BetaHttpError, BetaHttpErrorParam
    from .beta_hybrid_search_options import BetaHybridSearchOptions, BetaHybridSearchOptionsParam
    from .beta_image_detail import BetaImageDetail
    from .beta_image_gen_action_enum import BetaImageGenActionEnum
    from .beta_image_gen_tool import (
        BetaImageGenTool,
        BetaImageGenToolInputImageMask,
        BetaImageGenToolInputImageMaskParam,
        BetaImageGenToolParam,
    )
    from .beta_image_gen_tool_call import BetaImageGenToolCall, BetaImageGenToolCallParam
    from .beta_include_enum import BetaIncludeEnum
    from .beta_inline_skill_param import BetaInlineSkillParam, BetaInlineSkillParamParam
    from .beta_inline_skill_source_param import BetaInlineSkillSourceParam, BetaInlineSkillSourceParamParam
    from .beta_input_audio import BetaInputAudio, BetaInputAudioInputAudio
    from .beta_input_content import BetaInputContent, BetaInputContentParam
    from .beta_input_fidelity import BetaInputFidelity
    from .beta_input_file_content import BetaInputFileContent, BetaInputFileContentRequestParam
    from .beta_input_file_content_param import BetaInputFileContentParam, BetaInputFileContentParamParam
    from .beta_input_image_content import BetaInputImageContent, BetaInputImageContentParam
    from .beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam,
        BetaInputImageContentParamAutoParamParam,
    )
    from .beta_input_item import BetaInputItem, BetaInputItemParam
    from .beta_input_message import BetaInputMessage, BetaInputMessageParam
    from .beta_input_message_content_list import BetaInputMessageContentList, BetaInputMessageContentListParam
    from .beta_input_message_resource import BetaInputMessageResource
    from .beta_input_param import BetaInputParam, BetaInputParamParam
    from .beta_input_text_content import BetaInputTextContent, BetaInputTextContentRequestParam
    from .beta_input_text_content_param import BetaInputTextContentParam, BetaInputTextContentParamParam
    from .beta_item import BetaItem, BetaItemParam
    from .beta_item_field import BetaItemField
    from .beta_item_reference_param import BetaItemReferenceParam, BetaItemReferenceParamParam
    from .beta_item_resource import BetaItemResource
    from .beta_key_press_action import BetaKeyPressAction, BetaKeyPressActionParam
    from .beta_local_environment_param import BetaLocalEnvironmentParam, BetaLocalEnvironmentParamParam
    from .beta_local_environment_resource import BetaLocalEnvironmentResource
    from .beta_local_shell_exec_action import BetaLocalShellExecAction, BetaLocalShellExecActionParam
    from .beta_local_shell_tool_call import BetaLocalShellToolCall, BetaLocalShellToolCallParam
    from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput, BetaLocalShellToolCallOutputParam
    from .beta_local_shell_tool_param import BetaLocalShellToolParam, BetaLocalShellToolParamParam
    from .beta_local_skill_param import BetaLocalSkillParam, BetaLocalSkillParamParam
    from .beta_log_prob import BetaLogProb, BetaLogProbParam
    from .beta_mcp_approval_request import BetaMcpApprovalRequest, BetaMcpApprovalRequestParam
    from .beta_mcp_approval_response import BetaMcpApprovalResponse, BetaMcpApprovalResponseParam
    from .beta_mcp_approval_response_resource import BetaMcpApprovalResponseResource
    from .beta_mcp_list_tools import BetaMcpListTools, BetaMcpListToolsParam
    from .beta_mcp_list_tools_tool import BetaMcpListToolsTool, BetaMcpListToolsToolParam
    from .beta_mcp_protocol_error import BetaMcpProtocolError, BetaMcpProtocolErrorParam
    from .beta_mcp_tool import (
        BetaMcpTool,
        BetaMcpToolParam,
        BetaMcpToolRequireApprovalVariantMcpToolApprovalFilter,
        BetaMcpToolRequireApprovalVariantMcpToolApprovalFilterParam,
    )
    from .beta_mcp_tool_call import BetaMcpToolCall, BetaMcpToolCallParam
    from .beta_mcp_tool_call_error import BetaMcpToolCallError, BetaMcpToolCallErrorParam
    from .beta_mcp_tool_call_status import BetaMcpToolCallStatus
    from .beta_mcp_tool_execution_error import BetaMcpToolExecutionError, BetaMcpToolExecutionErrorParam
    from .beta_mcp_tool_filter import BetaMcpToolFilter, BetaMcpToolFilterParam
    from .beta_message import BetaMessage
    from .beta_message_phase import BetaMessagePhase
    from .beta_message_role import BetaMessageRole
    from .beta_message_status import BetaMessageStatus
    from .beta_metadata import BetaMetadata
    from .beta_model_ids_compaction import BetaModelIdsCompaction
    from .beta_model_ids_responses import BetaModelIdsResponses
    from .beta_model_ids_shared import BetaModelIdsShared
    from .beta_model_response_properties import BetaModelResponseProperties
    from .beta_moderation import BetaModeration
    from .beta_moderation_config_param import BetaModerationConfigParam, BetaModerationConfigParamParam
    from .beta_moderation_error_body import BetaModerationErrorBody
    from .beta_moderation_input_type import BetaModerationInputType
    from .beta_moderation_mode import BetaModerationMode
    from .beta_moderation_param import BetaModerationParam, BetaModerationParamParam
    from .beta_moderation_policy_param import BetaModerationPolicyParam, BetaModerationPolicyParamParam
    from .beta_moderation_result_body import BetaModerationResultBody
    from .beta_move_param import BetaMoveParam, BetaMoveParamParam
    from .beta_multi_agent_action import BetaMultiAgentAction
    from .beta_multi_agent_action_name import BetaMultiAgentActionName
    from .beta_multi_agent_call import BetaMultiAgentCall
    from .beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam, BetaMultiAgentCallItemParamParam
    from .beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from .beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
        BetaMultiAgentCallOutputItemParamParam,
    )
    from .beta_multi_agent_param import BetaMultiAgentParam, BetaMultiAgentParamParam
    from .beta_namespace_tool_param import BetaNamespaceToolParam, BetaNamespaceToolParamParam
    from .beta_output_audio import BetaOutputAudio
    from .beta_output_content import BetaOutputContent
    from .beta_output_item import BetaOutputItem
    from .beta_output_message import BetaOutputMessage, BetaOutputMessageParam
    from .beta_output_message_content import BetaOutputMessageContent, BetaOutputMessageContentParam
    from .beta_output_text_content import BetaOutputTextContent, BetaOutputTextContentRequestParam
    from .beta_output_text_content_param import BetaOutputTextContentParam, BetaOutputTextContentParamParam
    from .beta_personality_enum import BetaPersonalityEnum
    from .beta_program import BetaProgram
    from .beta_program_item_param import BetaProgramItemParam, BetaProgramItemParamParam
    from .beta_program_output import BetaProgramOutput
    from .beta_program_output_item_param import BetaProgramOutputItemParam, BetaProgramOutputItemParamParam
    from .beta_program_output_item_status import BetaProgramOutputItemStatus
    from .beta_program_output_status import BetaProgramOutputStatus
    from .beta_program_tool_call_caller import BetaProgramToolCallCaller, BetaProgramToolCallCallerRequestParam
    from .beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam, BetaProgramToolCallCallerParamParam
    from .beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
        BetaProgrammaticToolCallingParamParam,
    )
    from .beta_prompt import BetaPrompt, BetaPromptObject, BetaPromptObjectParam, BetaPromptParam
    from .beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig,
        BetaPromptCacheBreakpointConfigParam,
    )
    from .beta_prompt_cache_breakpoint_param import BetaPromptCacheBreakpointParam, BetaPromptCacheBreakpointParamParam
    from .beta_prompt_cache_mode_enum import BetaPromptCacheModeEnum
    from .beta_prompt_cache_options import BetaPromptCacheOptions
    from .beta_prompt_cache_options_param import BetaPromptCacheOptionsParam, BetaPromptCacheOptionsParamParam
    from .beta_prompt_cache_retention_enum import BetaPromptCacheRetentionEnum
    from .beta_prompt_cache_ttl_enum import BetaPromptCacheTtlEnum
    from .beta_ranker_version_type import BetaRankerVersionType
    from .beta_ranking_options import BetaRankingOptions, BetaRankingOptionsParam
    from .beta_reasoning import BetaReasoning, BetaReasoningParam
    from .beta_reasoning_effort import BetaReasoningEffort
    from .beta_reasoning_item import BetaReasoningItem, BetaReasoningItemParam
    from .beta_reasoning_mode_enum import BetaReasoningModeEnum
    from .beta_reasoning_text_content import BetaReasoningTextContent, BetaReasoningTextContentParam
    from .beta_refusal_content import BetaRefusalContent, BetaRefusalContentParam
    from .beta_response import BetaResponse, BetaResponseIncompleteDetailsObject
    from .beta_response_audio_delta_event import BetaResponseAudioDeltaEvent
    from .beta_response_audio_done_event import BetaResponseAudioDoneEvent
    from .beta_response_audio_transcript_delta_event import BetaResponseAudioTranscriptDeltaEvent
    from .beta_response_audio_transcript_done_event import BetaResponseAudioTranscriptDoneEvent
    from .beta_response_code_interpreter_call_code_delta_event import BetaResponseCodeInterpreterCallCodeDeltaEvent
    from .beta_response_code_interpreter_call_code_done_event import BetaResponseCodeInterpreterCallCodeDoneEvent
    from .beta_response_code_interpreter_call_completed_event import BetaResponseCodeInterpreterCallCompletedEvent
    from .beta_response_code_interpreter_call_in_progress_event import BetaResponseCodeInterpreterCallInProgressEvent
    from .beta_response_code_interpreter_call_interpreting_event import BetaResponseCodeInterpreterCallInterpretingEvent
    from .beta_response_completed_event import BetaResponseCompletedEvent
    from .beta_response_content_part_added_event import BetaResponseContentPartAddedEvent
    from .beta_response_content_part_done_event import BetaResponseContentPartDoneEvent
    from .beta_response_conversation import BetaResponseConversation
    from .beta_response_created_event import BetaResponseCreatedEvent
    from .beta_response_custom_tool_call_input_delta_event import BetaResponseCustomToolCallInputDeltaEvent
    from .beta_response_custom_tool_call_input_done_event import BetaResponseCustomToolCallInputDoneEvent
    from .beta_response_error import BetaResponseError, BetaResponseErrorObject
    from .beta_response_error_code import BetaResponseErrorCode
    from .beta_response_error_event import BetaResponseErrorEvent
    from .beta_response_failed_event import BetaResponseFailedEvent
    from .beta_response_file_search_call_completed_event import BetaResponseFileSearchCallCompletedEvent
    from .beta_response_file_search_call_in_progress_event import BetaResponseFileSearchCallInProgressEvent
    from .beta_response_file_search_call_searching_event import BetaResponseFileSearchCallSearchingEvent
    from .beta_response_format_json_object import BetaResponseFormatJsonObject, BetaResponseFormatJsonObjectParam
    from .beta_response_format_json_schema_schema import BetaResponseFormatJsonSchema
    from .beta_response_format_text import BetaResponseFormatText, BetaResponseFormatTextParam
    from .beta_response_function_call_arguments_delta_event import BetaResponseFunctionCallArgumentsDeltaEvent
    from .beta_response_function_call_arguments_done_event import BetaResponseFunctionCallArgumentsDoneEvent
    from .beta_response_image_gen_call_completed_event import BetaResponseImageGenCallCompletedEvent
    from .beta_response_image_gen_call_generating_event import BetaResponseImageGenCallGeneratingEvent
    from .beta_response_image_gen_call_in_progress_event import BetaResponseImageGenCallInProgressEvent
    from .beta_response_image_gen_call_partial_image_event import BetaResponseImageGenCallPartialImageEvent
    from .beta_response_in_progress_event import BetaResponseInProgressEvent
    from .beta_response_incomplete_event import BetaResponseIncompleteEvent
    from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent
    from .beta_response_inject_event import BetaResponseInjectEvent
    from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent, BetaResponseInjectFailedEventError
    from .beta_response_item_list import BetaResponseItemList
    from .beta_response_log_prob import BetaResponseLogProb, BetaResponseLogProbTopLogprob
    from .beta_response_mcp_call_arguments_delta_event import BetaResponseMcpCallArgumentsDeltaEvent
    from .beta_response_mcp_call_arguments_done_event import BetaResponseMcpCallArgumentsDoneEvent
    from .beta_response_mcp_call_completed_event import BetaResponseMcpCallCompletedEvent
    from .beta_response_mcp_call_failed_event import BetaResponseMcpCallFailedEvent
    from .beta_response_mcp_call_in_progress_event import BetaResponseMcpCallInProgressEvent
    from .beta_response_mcp_list_tools_completed_event import BetaResponseMcpListToolsCompletedEvent
    from .beta_response_mcp_list_tools_failed_event import BetaResponseMcpListToolsFailedEvent
    from .beta_response_mcp_list_tools_in_progress_event import BetaResponseMcpListToolsInProgressEvent
    from .beta_response_output_item_added_event import BetaResponseOutputItemAddedEvent
    from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent
    from .beta_response_output_text_annotation_added_event import BetaResponseOutputTextAnnotationAddedEvent
    from .beta_response_prompt_variables import BetaResponsePromptVariables, BetaResponsePromptVariablesParam
    from .beta_response_properties import BetaResponseProperties
    from .beta_response_queued_event import BetaResponseQueuedEvent
    from .beta_response_reasoning_summary_part_added_event import (
        BetaResponseReasoningSummaryPartAddedEvent,
        BetaResponseReasoningSummaryPartAddedEventPart,
    )
    from .beta_response_reasoning_summary_part_done_event import (
        BetaResponseReasoningSummaryPartDoneEvent,
        BetaResponseReasoningSummaryPartDoneEventPart,
    )
    from .beta_response_reasoning_summary_text_delta_event import BetaResponseReasoningSummaryTextDeltaEvent
    from .beta_response_reasoning_summary_text_done_event import BetaResponseReasoningSummaryTextDoneEvent
    from .beta_response_reasoning_text_delta_event import BetaResponseReasoningTextDeltaEvent
    from .beta_response_reasoning_text_done_event import BetaResponseReasoningTextDoneEvent
    from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent
    from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent
    from .beta_response_shell_call_command_added_streaming_event import BetaResponseShellCallCommandAddedStreamingEvent
    from .beta_response_shell_call_command_delta_streaming_event import BetaResponseShellCallCommandDeltaStreamingEvent
    from .beta_response_shell_call_command_done_streaming_event import BetaResponseShellCallCommandDoneStreamingEvent
    from .beta_response_shell_call_output_content_delta_streaming_event import (
        BetaResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .beta_response_shell_call_output_content_done_streaming_event import (
        BetaResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .beta_response_stream_event import BetaResponseStreamEvent
    from .beta_response_stream_options import (
        BetaResponseStreamOptions,
        BetaResponseStreamOptionsObject,
        BetaResponseStreamOptionsObjectParam,
        BetaResponseStreamOptionsParam,
    )
    from .beta_response_text_delta_event import BetaResponseTextDeltaEvent
    from .beta_response_text_done_event import BetaResponseTextDoneEvent
    from .beta_response_text_param import BetaResponseTextParam, BetaResponseTextParamParam
    from .beta_response_usage import (
        BetaResponseUsage,
        BetaResponseUsageInputTokensDetails,
        BetaResponseUsageOutputTokensDetails,
    )
    from .beta_response_web_search_call_completed_event import BetaResponseWebSearchCallCompletedEvent
    from .beta_response_web_search_call_in_progress_event import BetaResponseWebSearchCallInProgressEvent
    from .beta_response_web_search_call_searching_event import BetaResponseWebSearchCallSearchingEvent
    from .beta_response_ws_error import BetaResponseWsError
    from .beta_responses_client_event import BetaResponsesClientEvent
    from .beta_responses_client_event_response_create import BetaResponsesClientEventResponseCreate
    from .beta_responses_server_event import (
        BetaResponsesServerEvent,
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta,
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDone,
        BetaResponsesServerEventBetaResponseAudioWsDelta,
        BetaResponsesServerEventBetaResponseAudioWsDone,
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
        BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
        BetaResponsesServerEventBetaResponseContentPartWsAdded,
        BetaResponsesServerEventBetaResponseContentPartWsDone,
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
        BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
        BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
        BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
        BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
        BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
        BetaResponsesServerEventBetaResponseImageGenCallWsCompleted,
        BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
        BetaResponsesServerEventBetaResponseInWsProgress,
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta,
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone,
        BetaResponsesServerEventBetaResponseMcpCallInWsProgress,
        BetaResponsesServerEventBetaResponseMcpCallWsCompleted,
        BetaResponsesServerEventBetaResponseMcpCallWsFailed,
        BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
        BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted,
        BetaResponsesServerEventBetaResponseMcpListToolsWsFailed,
        BetaResponsesServerEventBetaResponseOutputItemWsAdded,
        BetaResponsesServerEventBetaResponseOutputItemWsDone,
        BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
        BetaResponsesServerEventBetaResponseReasoningTextWsDelta,
        BetaResponsesServerEventBetaResponseReasoningTextWsDone,
        BetaResponsesServerEventBetaResponseRefusalWsDelta,
        BetaResponsesServerEventBetaResponseRefusalWsDone,
        BetaResponsesServerEventBetaResponseShellCallCommandWsAdded,
        BetaResponsesServerEventBetaResponseShellCallCommandWsDelta,
        BetaResponsesServerEventBetaResponseShellCallCommandWsDone,
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
        BetaResponsesServerEventBetaResponseTextWsDelta,
        BetaResponsesServerEventBetaResponseTextWsDone,
        BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
        BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
        BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
        BetaResponsesServerEventBetaResponseWsCompleted,
        BetaResponsesServerEventBetaResponseWsCreated,
        BetaResponsesServerEventBetaResponseWsFailed,
        BetaResponsesServerEventBetaResponseWsIncomplete,
        BetaResponsesServerEventBetaResponseWsQueued,
    )
    from .beta_responses_web_socket_stream_event import BetaResponsesWebSocketStreamEvent
    from .beta_screenshot_param import BetaScreenshotParam, BetaScreenshotParamParam
    from .beta_scroll_param import BetaScrollParam, BetaScrollParamParam
    from .beta_search_content_type import BetaSearchContentType
    from .beta_search_context_size import BetaSearchContextSize
    from .beta_service_tier_enum import BetaServiceTierEnum
    from .beta_service_tier_responses import BetaServiceTierResponses
    from .beta_shell_call_output_delta import BetaShellCallOutputDelta
    from .beta_skill_reference_param import BetaSkillReferenceParam, BetaSkillReferenceParamParam
    from .beta_specific_apply_patch_param import BetaSpecificApplyPatchParam, BetaSpecificApplyPatchParamParam
    from .beta_specific_function_shell_param import BetaSpecificFunctionShellParam, BetaSpecificFunctionShellParamParam
    from .beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
        BetaSpecificProgrammaticToolCallingParamParam,
    )
    from .beta_summary_text_content import BetaSummaryTextContent, BetaSummaryTextContentParam
    from .beta_text_content import BetaTextContent
    from .beta_text_response_format_configuration import (
        BetaTextResponseFormatConfiguration,
        BetaTextResponseFormatConfigurationParam,
    )
    from .beta_text_response_format_json_schema import (
        BetaTextResponseFormatJsonSchema,
        BetaTextResponseFormatJsonSchemaParam,
    )
    from .beta_token_counts_body import BetaTokenCountsBody, BetaTokenCountsBodyParam
    from .beta_token_counts_resource import BetaTokenCountsResource
    from .beta_tool import BetaTool, BetaToolParam
    from .beta_tool_call_caller import BetaToolCallCaller, BetaToolCallCallerRequestParam
    from .beta_tool_call_caller_param import BetaToolCallCallerParam, BetaToolCallCallerParamParam
    from .beta_tool_choice_allowed import BetaToolChoiceAllowed, BetaToolChoiceAllowedParam
    from .beta_tool_choice_custom import BetaToolChoiceCustom, BetaToolChoiceCustomParam
    from .beta_tool_choice_function import BetaToolChoiceFunction, BetaToolChoiceFunctionParam
    from .beta_tool_choice_mcp import BetaToolChoiceMcp, BetaToolChoiceMcpParam
    from .beta_tool_choice_options import BetaToolChoiceOptions
    from .beta_tool_choice_param import BetaToolChoiceParam, BetaToolChoiceParamParam
    from .beta_tool_choice_types import BetaToolChoiceTypes, BetaToolChoiceTypesParam
    from .beta_tool_search_call import BetaToolSearchCall
    from .beta_tool_search_call_item_param import BetaToolSearchCallItemParam, BetaToolSearchCallItemParamParam
    from .beta_tool_search_execution_type import BetaToolSearchExecutionType
    from .beta_tool_search_output import BetaToolSearchOutput
    from .beta_tool_search_output_item_param import BetaToolSearchOutputItemParam, BetaToolSearchOutputItemParamParam
    from .beta_tool_search_tool_param import BetaToolSearchToolParam, BetaToolSearchToolParamParam
    from .beta_tools_array import BetaToolsArray, BetaToolsArrayParam
    from .beta_top_log_prob import BetaTopLogProb, BetaTopLogProbParam
    from .beta_truncation_enum import BetaTruncationEnum
    from .beta_type_param import BetaTypeParam, BetaTypeParamParam
    from .beta_url_citation_body import BetaUrlCitationBody, BetaUrlCitationBodyParam
    from .beta_url_citation_param import BetaUrlCitationParam, BetaUrlCitationParamParam
    from .beta_vector_store_file_attributes import BetaVectorStoreFileAttributes
    from .beta_verbosity import BetaVerbosity
    from .beta_wait_param import BetaWaitParam, BetaWaitParamParam
    from .beta_web_search_action_find import BetaWebSearchActionFind, BetaWebSearchActionFindParam
    from .beta_web_search_action_open_page import BetaWebSearchActionOpenPage, BetaWebSearchActionOpenPageParam
    from .beta_web_search_action_search import (
        BetaWebSearchActionSearch,
        BetaWebSearchActionSearchParam,
        BetaWebSearchActionSearchSource,
        BetaWebSearchActionSearchSourceParam,
    )
    from .beta_web_search_approximate_location import (
        BetaWebSearchApproximateLocation,
        BetaWebSearchApproximateLocationParam,
        BetaWebSearchApproximateLocationWebSearchApproximateLocation,
        BetaWebSearchApproximateLocationWebSearchApproximateLocationParam,
    )
    from .beta_web_search_preview_tool import BetaWebSearchPreviewTool, BetaWebSearchPreviewToolParam
    from .beta_web_search_tool import (
        BetaWebSearchTool,
        BetaWebSearchToolFiltersObject,
        BetaWebSearchToolFiltersObjectParam,
        BetaWebSearchToolParam,
    )
    from .beta_web_search_tool_call import BetaWebSearchToolCall, BetaWebSearchToolCallParam
    from .c2_pa_provenance_result import C2PaProvenanceResult
    from .c2_pa_validation_state_api import C2PaValidationStateApi
    from .callable_tool_allowed_caller import CallableToolAllowedCaller
    from .certificate import Certificate, CertificateDetails
    from .chat_completion_allowed_tools import ChatCompletionAllowedTools, ChatCompletionAllowedToolsParam
    from .chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice,
        ChatCompletionAllowedToolsChoiceParam,
    )
    from .chat_completion_deleted import ChatCompletionDeleted
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,
        ChatCompletionFunctionCallOptionParam,
    )
    from .chat_completion_functions import ChatCompletionFunctions, ChatCompletionFunctionsParam
    from .chat_completion_list import ChatCompletionList
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
        ChatCompletionMessageCustomToolCallCustom,
        ChatCompletionMessageCustomToolCallCustomParam,
        ChatCompletionMessageCustomToolCallParam,
    )
    from .chat_completion_message_list import ChatCompletionMessageList, ChatCompletionMessageListDataItem
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall,
        ChatCompletionMessageToolCallFunction,
        ChatCompletionMessageToolCallFunctionParam,
        ChatCompletionMessageToolCallParam,
    )
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
        ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls, ChatCompletionMessageToolCallsParam
    from .chat_completion_modalities import ChatCompletionModalities
    from .chat_completion_moderation import ChatCompletionModeration
    from .chat_completion_moderation_error import ChatCompletionModerationError
    from .chat_completion_moderation_results import ChatCompletionModerationResults
    from .chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice,
        ChatCompletionNamedToolChoiceFunction,
        ChatCompletionNamedToolChoiceFunctionParam,
        ChatCompletionNamedToolChoiceParam,
    )
    from .chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
        ChatCompletionNamedToolChoiceCustomParam,
        ChatCompletionNamedToolChoiceCustomSchema,
        ChatCompletionNamedToolChoiceCustomSchemaParam,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
        ChatCompletionRequestAssistantMessageAudioObject,
        ChatCompletionRequestAssistantMessageAudioObjectParam,
        ChatCompletionRequestAssistantMessageFunctionCallObject,
        ChatCompletionRequestAssistantMessageFunctionCallObjectParam,
        ChatCompletionRequestAssistantMessageParam,
    )
    from .chat_completion_request_assistant_message_content_part import (
        ChatCompletionRequestAssistantMessageContentPart,
        ChatCompletionRequestAssistantMessageContentPartParam,
    )
    from .chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
        ChatCompletionRequestDeveloperMessageParam,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
        ChatCompletionRequestFunctionMessageParam,
    )
    from .chat_completion_request_message import ChatCompletionRequestMessage, ChatCompletionRequestMessageParam
    from .chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
        ChatCompletionRequestMessageContentPartAudioInputAudio,
        ChatCompletionRequestMessageContentPartAudioInputAudioParam,
        ChatCompletionRequestMessageContentPartAudioParam,
    )
    from .chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
        ChatCompletionRequestMessageContentPartFileParam,
        ChatCompletionRequestMessageContentPartFileSchema,
        ChatCompletionRequestMessageContentPartFileSchemaParam,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
        ChatCompletionRequestMessageContentPartImageParam,
        ChatCompletionRequestMessageContentPartImageUrl,
        ChatCompletionRequestMessageContentPartImageUrlParam,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
        ChatCompletionRequestMessageContentPartRefusalParam,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
        ChatCompletionRequestMessageContentPartTextParam,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
        ChatCompletionRequestSystemMessageParam,
    )
    from .chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart,
        ChatCompletionRequestSystemMessageContentPartParam,
    )
    from .chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage,
        ChatCompletionRequestToolMessageParam,
    )
    from .chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart,
        ChatCompletionRequestToolMessageContentPartParam,
    )
    from .chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage,
        ChatCompletionRequestUserMessageParam,
    )
    from .chat_completion_request_user_message_content_part import (
        ChatCompletionRequestUserMessageContentPart,
        ChatCompletionRequestUserMessageContentPartParam,
    )
    from .chat_completion_response_message import (
        ChatCompletionResponseMessage,
        ChatCompletionResponseMessageAnnotation,
        ChatCompletionResponseMessageAnnotationUrlCitation,
        ChatCompletionResponseMessageAudioObject,
        ChatCompletionResponseMessageFunctionCall,
    )
    from .chat_completion_role import ChatCompletionRole
    from .chat_completion_stream_options import (
        ChatCompletionStreamOptions,
        ChatCompletionStreamOptionsObject,
        ChatCompletionStreamOptionsObjectParam,
        ChatCompletionStreamOptionsParam,
    )
    from .chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta,
        ChatCompletionStreamResponseDeltaFunctionCall,
    )
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob, ChatCompletionTokenLogprobTopLogprob
    from .chat_completion_tool import ChatCompletionTool, ChatCompletionToolParam
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption, ChatCompletionToolChoiceOptionParam
    from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
    from .chat_session_chatkit_configuration import ChatSessionChatkitConfiguration
    from .chat_session_file_upload import ChatSessionFileUpload
    from .chat_session_history import ChatSessionHistory
    from .chat_session_rate_limits import ChatSessionRateLimits
    from .chat_session_resource import ChatSessionResource
    from .chat_session_status import ChatSessionStatus
    from .chatkit_configuration_param import ChatkitConfigurationParam, ChatkitConfigurationParamParam
    from .chatkit_workflow import ChatkitWorkflow
    from .chatkit_workflow_tracing import ChatkitWorkflowTracing
    from .chunking_strategy_request_param import ChunkingStrategyRequestParam, ChunkingStrategyRequestParamParam
    from .click_button_type import ClickButtonType
    from .click_param import ClickParam, ClickParamParam
    from .client_tool_call_item import ClientToolCallItem
    from .client_tool_call_status import ClientToolCallStatus
    from .closed_status import ClosedStatus
    from .code_interpreter_file_output import CodeInterpreterFileOutput, CodeInterpreterFileOutputFile
    from .code_interpreter_output_image import CodeInterpreterOutputImage, CodeInterpreterOutputImageParam
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs, CodeInterpreterOutputLogsParam
    from .code_interpreter_text_output import CodeInterpreterTextOutput
    from .code_interpreter_tool import CodeInterpreterTool, CodeInterpreterToolParam
    from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
    from .compact_resource import CompactResource
    from .compact_response_method_public_body import (
        CompactResponseMethodPublicBody,
        CompactResponseMethodPublicBodyParam,
    )
    from .compaction_body import CompactionBody
    from .compaction_summary_item_param import CompactionSummaryItemParam, CompactionSummaryItemParamParam
    from .compaction_trigger_item_param import CompactionTriggerItemParam, CompactionTriggerItemParamParam
    from .comparison_filter import ComparisonFilter, ComparisonFilterParam
    from .complete_upload_request import CompleteUploadRequest, CompleteUploadRequestParam
    from .completion_usage import (
        CompletionUsage,
        CompletionUsageCompletionTokensDetails,
        CompletionUsagePromptTokensDetails,
    )
    from .compound_filter import CompoundFilter, CompoundFilterParam
    from .computer_action import ComputerAction, ComputerActionParam
    from .computer_action_list import ComputerActionList, ComputerActionListParam
    from .computer_call_output_item_param import ComputerCallOutputItemParam, ComputerCallOutputItemParamParam
    from .computer_call_output_status import ComputerCallOutputStatus
    from .computer_call_safety_check_param import ComputerCallSafetyCheckParam, ComputerCallSafetyCheckParamParam
    from .computer_environment import ComputerEnvironment
    from .computer_screenshot_content import ComputerScreenshotContent
    from .computer_screenshot_image import ComputerScreenshotImage, ComputerScreenshotImageParam
    from .computer_tool import ComputerTool, ComputerToolParam
    from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
    from .computer_tool_call_output import ComputerToolCallOutput
    from .computer_tool_call_output_resource import ComputerToolCallOutputResource
    from .computer_use_preview_tool import ComputerUsePreviewTool, ComputerUsePreviewToolParam
    from .container_auto_param import ContainerAutoParam, ContainerAutoParamParam
    from .container_file_citation_body import ContainerFileCitationBody, ContainerFileCitationBodyParam
    from .container_file_citation_param import ContainerFileCitationParam
    from .container_file_list_resource import ContainerFileListResource
    from .container_file_resource import ContainerFileResource
    from .container_list_resource import ContainerListResource
    from .container_memory_limit import ContainerMemoryLimit
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
        ContainerNetworkPolicyAllowlistParamParam,
    )
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam,
        ContainerNetworkPolicyDisabledParamParam,
    )
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
        ContainerNetworkPolicyDomainSecretParamParam,
    )
    from .container_reference_param import ContainerReferenceParam, ContainerReferenceParamParam
    from .container_reference_resource import ContainerReferenceResource
    from .container_resource import ContainerResource, ContainerResourceExpiresAfter, ContainerResourceNetworkPolicy
    from .content import Content
    from .context_management_param import ContextManagementParam, ContextManagementParamParam
    from .conversation_item import ConversationItem
    from .conversation_item_list import ConversationItemList
    from .conversation_param import ConversationParam, ConversationParamParam
    from .conversation_reference import ConversationReference, ConversationReferenceParam
    from .conversation_resource import ConversationResource
    from .coord_param import CoordParam, CoordParamParam
    from .costs_result import CostsResult, CostsResultAmount
    from .create_assistant_request import (
        CreateAssistantRequest,
        CreateAssistantRequestParam,
        CreateAssistantRequestToolResourcesObject,
        CreateAssistantRequestToolResourcesObjectCodeInterpreter,
        CreateAssistantRequestToolResourcesObjectCodeInterpreterParam,
        CreateAssistantRequestToolResourcesObjectFileSearch,
        CreateAssistantRequestToolResourcesObjectFileSearchParam,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStore,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategy,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategyParam,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategy,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyParam,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStatic,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStaticParam,
        CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreParam,
        CreateAssistantRequestToolResourcesObjectParam,
    )
    from .create_batch_request import CreateBatchRequest, CreateBatchRequestParam
    from .create_chat_completion_request import (
        CreateChatCompletionRequest,
        CreateChatCompletionRequestAudio,
        CreateChatCompletionRequestAudioParam,
        CreateChatCompletionRequestParam,
        CreateChatCompletionRequestWebSearchOptions,
        CreateChatCompletionRequestWebSearchOptionsParam,
        CreateChatCompletionRequestWebSearchOptionsUserLocation,
        CreateChatCompletionRequestWebSearchOptionsUserLocationParam,
    )
    from .create_chat_completion_response import (
        CreateChatCompletionResponse,
        CreateChatCompletionResponseChoice,
        CreateChatCompletionResponseChoiceLogprobsObject,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
        CreateChatCompletionStreamResponseChoice,
        CreateChatCompletionStreamResponseChoiceLogprobs,
    )
    from .create_chat_session_body import CreateChatSessionBody, CreateChatSessionBodyParam
    from .create_completion_request import CreateCompletionRequest, CreateCompletionRequestParam
    from .create_completion_response import (
        CreateCompletionResponse,
        CreateCompletionResponseChoice,
        CreateCompletionResponseChoiceLogprobsObject,
    )
    from .create_container_body import (
        CreateContainerBody,
        CreateContainerBodyExpiresAfter,
        CreateContainerBodyExpiresAfterParam,
        CreateContainerBodyParam,
    )
    from .create_container_file_body import CreateContainerFileBody, CreateContainerFileBodyParam
    from .create_content_provenance_body import CreateContentProvenanceBody, CreateContentProvenanceBodyParam
    from .create_conversation_body import CreateConversationBody, CreateConversationBodyParam
    from .create_conversation_items import CreateConversationItemsBody, CreateConversationItemsBodyParam
    from .create_embedding_request import CreateEmbeddingRequest, CreateEmbeddingRequestParam
    from .create_embedding_response import CreateEmbeddingResponse, CreateEmbeddingResponseUsage
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessagesParam,
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesParam,
        CreateEvalCompletionsRunDataSourceParam,
        CreateEvalCompletionsRunDataSourceSamplingParams,
        CreateEvalCompletionsRunDataSourceSamplingParamsParam,
    )
    from .create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig,
        CreateEvalCustomDataSourceConfigParam,
    )
    from .create_eval_item import (
        CreateEvalItem,
        CreateEvalItemParam,
        CreateEvalItemSimpleInputMessage,
        CreateEvalItemSimpleInputMessageParam,
    )
    from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource, CreateEvalJsonlRunDataSourceParam
    from .create_eval_label_model_grader import CreateEvalLabelModelGrader, CreateEvalLabelModelGraderParam
    from .create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig, CreateEvalLogsDataSourceConfigParam
    from .create_eval_request import CreateEvalRequest, CreateEvalRequestParam
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource,
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReferenceParam,
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateItemChatMessage,
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateItemChatMessageParam,
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateParam,
        CreateEvalResponsesRunDataSourceParam,
        CreateEvalResponsesRunDataSourceSamplingParams,
        CreateEvalResponsesRunDataSourceSamplingParamsParam,
        CreateEvalResponsesRunDataSourceSamplingParamsText,
        CreateEvalResponsesRunDataSourceSamplingParamsTextParam,
    )
    from .create_eval_run_request import CreateEvalRunRequest, CreateEvalRunRequestParam
    from .create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
        CreateEvalStoredCompletionsDataSourceConfigParam,
    )
    from .create_file_request import CreateFileRequest, CreateFileRequestParam
    from .create_fine_tuning_checkpoint_permission_request import (
        CreateFineTuningCheckpointPermissionRequest,
        CreateFineTuningCheckpointPermissionRequestParam,
    )
    from .create_fine_tuning_job_request import (
        CreateFineTuningJobRequest,
        CreateFineTuningJobRequestHyperparameters,
        CreateFineTuningJobRequestHyperparametersParam,
        CreateFineTuningJobRequestIntegration,
        CreateFineTuningJobRequestIntegrationParam,
        CreateFineTuningJobRequestIntegrationWandb,
        CreateFineTuningJobRequestIntegrationWandbParam,
        CreateFineTuningJobRequestParam,
    )
    from .create_group_body import CreateGroupBody, CreateGroupBodyParam
    from .create_group_user_body import CreateGroupUserBody, CreateGroupUserBodyParam
    from .create_image_edit_request import CreateImageEditRequest
    from .create_image_request import CreateImageRequest, CreateImageRequestParam
    from .create_image_variation_request import CreateImageVariationRequest, CreateImageVariationRequestParam
    from .create_message_request import (
        CreateMessageRequest,
        CreateMessageRequestAttachmentsListItem,
        CreateMessageRequestAttachmentsListItemParam,
        CreateMessageRequestParam,
    )
    from .create_model_response_properties import CreateModelResponseProperties
    from .create_moderation_request import (
        CreateModerationRequest,
        CreateModerationRequestInputListItemImageUrl,
        CreateModerationRequestInputListItemImageUrlImageUrl,
        CreateModerationRequestInputListItemImageUrlImageUrlParam,
        CreateModerationRequestInputListItemImageUrlParam,
        CreateModerationRequestInputListItemText,
        CreateModerationRequestInputListItemTextParam,
        CreateModerationRequestParam,
    )
    from .create_moderation_response import (
        CreateModerationResponse,
        CreateModerationResponseResult,
        CreateModerationResponseResultCategories,
        CreateModerationResponseResultCategoryAppliedInputTypes,
        CreateModerationResponseResultCategoryScores,
    )
    from .create_project_service_account_api_key_body import (
        CreateProjectServiceAccountApiKeyBody,
        CreateProjectServiceAccountApiKeyBodyParam,
    )
    from .create_response import CreateResponse, CreateResponseParam
    from .create_run_request import CreateRunRequest, CreateRunRequestParam
    from .create_skill_body import CreateSkillBody, CreateSkillBodyParam
    from .create_skill_version_body import CreateSkillVersionBody, CreateSkillVersionBodyParam
    from .create_speech_request import CreateSpeechRequest, CreateSpeechRequestParam
    from .create_speech_response_stream_event import CreateSpeechResponseStreamEvent
    from .create_spend_alert_body import CreateSpendAlertBody, CreateSpendAlertBodyParam
    from .create_thread_and_run_request import (
        CreateThreadAndRunRequest,
        CreateThreadAndRunRequestParam,
        CreateThreadAndRunRequestToolResources,
        CreateThreadAndRunRequestToolResourcesCodeInterpreter,
        CreateThreadAndRunRequestToolResourcesCodeInterpreterParam,
        CreateThreadAndRunRequestToolResourcesFileSearch,
        CreateThreadAndRunRequestToolResourcesFileSearchParam,
        CreateThreadAndRunRequestToolResourcesParam,
    )
    from .create_thread_request import (
        CreateThreadRequest,
        CreateThreadRequestParam,
        CreateThreadRequestToolResourcesObject,
        CreateThreadRequestToolResourcesObjectCodeInterpreter,
        CreateThreadRequestToolResourcesObjectCodeInterpreterParam,
        CreateThreadRequestToolResourcesObjectFileSearch,
        CreateThreadRequestToolResourcesObjectFileSearchParam,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStore,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategy,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategyParam,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategy,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyParam,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStatic,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStaticParam,
        CreateThreadRequestToolResourcesObjectFileSearchVectorStoreParam,
        CreateThreadRequestToolResourcesObjectParam,
    )
    from .create_transcription_request import CreateTranscriptionRequest, CreateTranscriptionRequestParam
    from .create_transcription_response_diarized_json import CreateTranscriptionResponseDiarizedJson
    from .create_transcription_response_json import (
        CreateTranscriptionResponseJson,
        CreateTranscriptionResponseJsonLogprob,
    )
    from .create_transcription_response_stream_event import CreateTranscriptionResponseStreamEvent
    from .create_transcription_response_verbose_json import CreateTranscriptionResponseVerboseJson
    from .create_translation_request import CreateTranslationRequest, CreateTranslationRequestParam
    from .create_translation_response_json import CreateTranslationResponseJson
    from .create_translation_response_verbose_json import CreateTranslationResponseVerboseJson
    from .create_upload_request import CreateUploadRequest, CreateUploadRequestParam
    from .create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequest,
        CreateVectorStoreFileBatchRequestParam,
    )
    from .create_vector_store_file_request import CreateVectorStoreFileRequest, CreateVectorStoreFileRequestParam
    from .create_vector_store_request import CreateVectorStoreRequest, CreateVectorStoreRequestParam
    from .create_video_character_body import CreateVideoCharacterBody, CreateVideoCharacterBodyParam
    from .create_video_edit_json_body import CreateVideoEditJsonBody, CreateVideoEditJsonBodyParam
    from .create_video_edit_multipart_body import CreateVideoEditMultipartBody
    from .create_video_extend_json_body import CreateVideoExtendJsonBody, CreateVideoExtendJsonBodyParam
    from .create_video_extend_multipart_body import CreateVideoExtendMultipartBody
    from .create_video_json_body import CreateVideoJsonBody, CreateVideoJsonBodyParam
    from .create_video_multipart_body import CreateVideoMultipartBody
    from .create_video_remix_body import CreateVideoRemixBody, CreateVideoRemixBodyParam
    from .create_voice_consent_request import CreateVoiceConsentRequest, CreateVoiceConsentRequestParam
    from .create_voice_request import CreateVoiceRequest, CreateVoiceRequestParam
    from .custom_grammar_format_param import CustomGrammarFormatParam, CustomGrammarFormatParamParam
    from .custom_text_format_param import CustomTextFormatParam, CustomTextFormatParamParam
    from .custom_tool_call import CustomToolCall, CustomToolCallParam
    from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
    from .custom_tool_call_output_resource import CustomToolCallOutputResource
    from .custom_tool_call_resource import CustomToolCallResource
    from .custom_tool_chat_completions import (
        CustomToolChatCompletions,
        CustomToolChatCompletionsCustom,
        CustomToolChatCompletionsCustomFormatGrammarFormat,
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammarParam,
        CustomToolChatCompletionsCustomFormatGrammarFormatParam,
        CustomToolChatCompletionsCustomFormatTextFormat,
        CustomToolChatCompletionsCustomFormatTextFormatParam,
        CustomToolChatCompletionsCustomParam,
        CustomToolChatCompletionsParam,
    )
    from .custom_tool_param import CustomToolParam, CustomToolParamParam
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_certificate_response import DeleteCertificateResponse
    from .delete_eval import DeleteEvalResponse
    from .delete_eval_run import DeleteEvalRunResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_fine_tuning_checkpoint_permission_response import DeleteFineTuningCheckpointPermissionResponse
    from .delete_message_response import DeleteMessageResponse
    from .delete_model_response import DeleteModelResponse
    from .delete_thread_response import DeleteThreadResponse
    from .delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from .delete_vector_store_response import DeleteVectorStoreResponse
    from .deleted_conversation import DeletedConversation
    from .deleted_conversation_resource import DeletedConversationResource
    from .deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from .deleted_skill_resource import DeletedSkillResource
    from .deleted_skill_version_resource import DeletedSkillVersionResource
    from .deleted_thread_resource import DeletedThreadResource
    from .deleted_video_resource import DeletedVideoResource
    from .detail_enum import DetailEnum
    from .direct_tool_call_caller import DirectToolCallCaller, DirectToolCallCallerRequestParam
    from .direct_tool_call_caller_param import DirectToolCallCallerParam, DirectToolCallCallerParamParam
    from .done_event import DoneEvent
    from .double_click_action import DoubleClickAction, DoubleClickActionParam
    from .drag_param import DragParam, DragParamParam
    from .drag_point import DragPoint
    from .easy_input_message import EasyInputMessage, EasyInputMessageParam
    from .edit_image_body_json_param import EditImageBodyJsonParam, EditImageBodyJsonParamParam
    from .embedding import Embedding
    from .empty_model_param import EmptyModelParam
    from .error import Error
    from .error_detail import ErrorDetail
    from .error_event import ErrorEvent
    from .error_payload import ErrorPayload
    from .error_response import ErrorResponse
    from .eval import Eval
    from .eval_api_error import EvalApiError
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig
    from .eval_grader_label_model import EvalGraderLabelModel
    from .eval_grader_python import EvalGraderPython, EvalGraderPythonParam
    from .eval_grader_score_model import (
        EvalGraderScoreModel,
        EvalGraderScoreModelParam,
        EvalGraderScoreModelSamplingParams,
        EvalGraderScoreModelSamplingParamsParam,
    )
    from .eval_grader_string_check import EvalGraderStringCheck, EvalGraderStringCheckParam
    from .eval_grader_text_similarity import EvalGraderTextSimilarity, EvalGraderTextSimilarityParam
    from .eval_item import EvalItem, EvalItemParam
    from .eval_item_content import EvalItemContent, EvalItemContentParam
    from .eval_item_content_array import EvalItemContentArray, EvalItemContentArrayParam
    from .eval_item_content_item import EvalItemContentItem, EvalItemContentItemParam
    from .eval_item_content_output_text import EvalItemContentOutputText, EvalItemContentOutputTextParam
    from .eval_item_content_text import EvalItemContentText
    from .eval_item_input_image import EvalItemInputImage, EvalItemInputImageParam
    from .eval_jsonl_file_content_source import (
        EvalJsonlFileContentSource,
        EvalJsonlFileContentSourceContentItem,
        EvalJsonlFileContentSourceContentItemParam,
        EvalJsonlFileContentSourceParam,
    )
    from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam
    from .eval_list import EvalList
    from .eval_logs_data_source_config import EvalLogsDataSourceConfig
    from .eval_responses_source import EvalResponsesSource, EvalResponsesSourceParam
    from .eval_run import EvalRun, EvalRunPerModelUsageItem, EvalRunPerTestingCriteriaResult, EvalRunResultCounts
    from .eval_run_list import EvalRunList
    from .eval_run_output_item import (
        EvalRunOutputItem,
        EvalRunOutputItemSample,
        EvalRunOutputItemSampleInputItem,
        EvalRunOutputItemSampleOutputItem,
        EvalRunOutputItemSampleUsage,
    )
    from .eval_run_output_item_list import EvalRunOutputItemList
    from .eval_run_output_item_result import EvalRunOutputItemResult
    from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
    from .eval_stored_completions_source import EvalStoredCompletionsSource, EvalStoredCompletionsSourceParam
    from .expires_after_param import ExpiresAfterParam, ExpiresAfterParamParam
    from .file_annotation import FileAnnotation
    from .file_annotation_source import FileAnnotationSource
    from .file_citation_body import FileCitationBody, FileCitationBodyParam
    from .file_citation_param import FileCitationParam
    from .file_detail_enum import FileDetailEnum
    from .file_expiration_after import FileExpirationAfter, FileExpirationAfterParam
    from .file_input_detail import FileInputDetail
    from .file_path import FilePath, FilePathParam
    from .file_search_ranker import FileSearchRanker
    from .file_search_ranking_options import FileSearchRankingOptions, FileSearchRankingOptionsParam
    from .file_search_tool import FileSearchTool, FileSearchToolParam
    from .file_search_tool_call import (
        FileSearchToolCall,
        FileSearchToolCallParam,
        FileSearchToolCallResultsListItem,
        FileSearchToolCallResultsListItemParam,
    )
    from .file_upload_param import FileUploadParam, FileUploadParamParam
    from .filters import Filters, FiltersParam
    from .fine_tune_chat_completion_request_assistant_message import FineTuneChatCompletionRequestAssistantMessage
    from .fine_tune_dpo_hyperparameters import FineTuneDpoHyperparameters, FineTuneDpoHyperparametersParam
    from .fine_tune_dpo_method import FineTuneDpoMethod, FineTuneDpoMethodParam
    from .fine_tune_method import FineTuneMethod, FineTuneMethodParam
    from .fine_tune_reinforcement_hyperparameters import (
        FineTuneReinforcementHyperparameters,
        FineTuneReinforcementHyperparametersParam,
    )
    from .fine_tune_reinforcement_method import FineTuneReinforcementMethod, FineTuneReinforcementMethodParam
    from .fine_tune_supervised_hyperparameters import (
        FineTuneSupervisedHyperparameters,
        FineTuneSupervisedHyperparametersParam,
    )
    from .fine_tune_supervised_method import FineTuneSupervisedMethod, FineTuneSupervisedMethodParam
    from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
    from .fine_tuning_integration import FineTuningIntegration, FineTuningIntegrationWandb
    from .fine_tuning_job import FineTuningJob, FineTuningJobErrorObject, FineTuningJobHyperparameters
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint, FineTuningJobCheckpointMetrics
    from .fine_tuning_job_event import FineTuningJobEvent
    from .function_and_custom_tool_call_output import (
        FunctionAndCustomToolCallOutput,
        FunctionAndCustomToolCallOutputParam,
    )
    from .function_call_item_status import FunctionCallItemStatus
    from .function_call_output_item_param import FunctionCallOutputItemParam, FunctionCallOutputItemParamParam
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum
    from .function_call_status import FunctionCallStatus
    from .function_object import FunctionObject, FunctionObjectParam
    from .function_parameters import FunctionParameters
    from .function_shell_action import FunctionShellAction
    from .function_shell_action_param import FunctionShellActionParam, FunctionShellActionParamParam
    from .function_shell_call import FunctionShellCall
    from .function_shell_call_item_param import FunctionShellCallItemParam, FunctionShellCallItemParamParam
    from .function_shell_call_item_status import FunctionShellCallItemStatus
    from .function_shell_call_output import FunctionShellCallOutput
    from .function_shell_call_output_content import FunctionShellCallOutputContent
    from .function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam,
        FunctionShellCallOutputContentParamParam,
    )
    from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
        FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
        FunctionShellCallOutputItemParamParam,
    )
    from .function_shell_call_output_outcome_param import (
        FunctionShellCallOutputOutcomeParam,
        FunctionShellCallOutputOutcomeParamParam,
    )
    from .function_shell_call_output_status_enum import FunctionShellCallOutputStatusEnum
    from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
        FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .function_shell_call_status import FunctionShellCallStatus
    from .function_shell_tool_param import FunctionShellToolParam, FunctionShellToolParamParam
    from .function_tool import FunctionTool, FunctionToolRequestParam
    from .function_tool_call import FunctionToolCall, FunctionToolCallParam
    from .function_tool_call_output import FunctionToolCallOutput
    from .function_tool_call_output_resource import FunctionToolCallOutputResource
    from .function_tool_call_resource import FunctionToolCallResource
    from .function_tool_param import FunctionToolParam, FunctionToolParamParam
    from .grader_label_model import GraderLabelModel, GraderLabelModelParam
    from .grader_multi import GraderMulti, GraderMultiParam
    from .grader_python import GraderPython, GraderPythonParam
    from .grader_score_model import GraderScoreModel, GraderScoreModelParam
    from .grader_string_check import GraderStringCheck, GraderStringCheckParam
    from .grader_text_similarity import GraderTextSimilarity, GraderTextSimilarityParam
    from .grammar_syntax import GrammarSyntax
    from .group import Group
    from .group_deleted_resource import GroupDeletedResource
    from .group_list_resource import GroupListResource
    from .group_member_user import GroupMemberUser
    from .group_resource_with_success import GroupResourceWithSuccess
    from .group_response import GroupResponse
    from .group_role_assignment import GroupRoleAssignment
    from .group_user import GroupUser
    from .group_user_assignment import GroupUserAssignment
    from .group_user_deleted_resource import GroupUserDeletedResource
    from .history_param import HistoryParam, HistoryParamParam
    from .hosted_tool_permission import HostedToolPermission
    from .hosted_tool_permission_update import HostedToolPermissionUpdate, HostedToolPermissionUpdateParam
    from .http_error import HttpError, HttpErrorParam
    from .hybrid_search_options import HybridSearchOptions, HybridSearchOptionsParam
    from .image import Image
    from .image_detail import ImageDetail
    from .image_edit_completed_event import ImageEditCompletedEvent
    from .image_edit_partial_image_event import ImageEditPartialImageEvent
    from .image_edit_stream_event import ImageEditStreamEvent
    from .image_gen_action_enum import ImageGenActionEnum
    from .image_gen_completed_event import ImageGenCompletedEvent
    from .image_gen_input_usage_details import ImageGenInputUsageDetails
    from .image_gen_output_tokens_details import ImageGenOutputTokensDetails
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_stream_event import ImageGenStreamEvent
    from .image_gen_tool import (
        ImageGenTool,
        ImageGenToolInputImageMask,
        ImageGenToolInputImageMaskParam,
        ImageGenToolParam,
    )
    from .image_gen_tool_call import ImageGenToolCall, ImageGenToolCallParam
    from .image_gen_usage import ImageGenUsage
    from .image_ref_param import ImageRefParam, ImageRefParamParam
    from .image_reference import ImageReference, ImageReferenceParam
    from .images_response import ImagesResponse
    from .images_usage import ImagesUsage, ImagesUsageInputTokensDetails
    from .include_enum import IncludeEnum
    from .inference_options import InferenceOptions
    from .inline_skill_param import InlineSkillParam, InlineSkillParamParam
    from .inline_skill_source_param import InlineSkillSourceParam, InlineSkillSourceParamParam
    from .input_audio import InputAudio, InputAudioInputAudio, InputAudioInputAudioParam, InputAudioParam
    from .input_content import InputContent, InputContentParam
    from .input_fidelity import InputFidelity
    from .input_file_content import InputFileContent, InputFileContentRequestParam
    from .input_file_content_param import InputFileContentParam, InputFileContentParamParam
    from .input_image_content import InputImageContent, InputImageContentParam
    from .input_image_content_param_auto_param import (
        InputImageContentParamAutoParam,
        InputImageContentParamAutoParamParam,
    )
    from .input_item import InputItem, InputItemParam
    from .input_message import InputMessage, InputMessageParam
    from .input_message_content_list import InputMessageContentList, InputMessageContentListParam
    from .input_message_resource import InputMessageResource
    from .input_param import InputParam, InputParamParam
    from .input_text_content import InputTextContent, InputTextContentRequestParam
    from .input_text_content_param import InputTextContentParam, InputTextContentParamParam
    from .invite import Invite, InviteProject
    from .invite_delete_response import InviteDeleteResponse
    from .invite_list_response import InviteListResponse
    from .invite_project_group_body import InviteProjectGroupBody, InviteProjectGroupBodyParam
    from .invite_request import InviteRequest, InviteRequestParam, InviteRequestProject, InviteRequestProjectParam
    from .item import Item, ItemParam
    from .item_field import ItemField
    from .item_reference_param import ItemReferenceParam, ItemReferenceParamParam
    from .item_resource import ItemResource
    from .key_press_action import KeyPressAction, KeyPressActionParam
    from .list_assistants_response import ListAssistantsResponse
    from .list_audit_logs import ListAuditLogsEffectiveAt, ListAuditLogsEffectiveAtParam
    from .list_audit_logs_response import ListAuditLogsResponse
    from .list_batches_response import ListBatchesResponse
    from .list_certificates_response import ListCertificatesResponse
    from .list_files_response import ListFilesResponse
    from .list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse
    from .list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse
    from .list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
    from .list_messages_response import ListMessagesResponse
    from .list_models_response import ListModelsResponse
    from .list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
    from .list_project_certificates_response import ListProjectCertificatesResponse
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_response import ListRunsResponse
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_response import ListVectorStoresResponse
    from .local_environment_param import LocalEnvironmentParam, LocalEnvironmentParamParam
    from .local_environment_resource import LocalEnvironmentResource
    from .local_shell_exec_action import LocalShellExecAction, LocalShellExecActionParam
    from .local_shell_tool_call import LocalShellToolCall, LocalShellToolCallParam
    from .local_shell_tool_call_output import LocalShellToolCallOutput, LocalShellToolCallOutputParam
    from .local_shell_tool_param import LocalShellToolParam, LocalShellToolParamParam
    from .local_skill_param import LocalSkillParam, LocalSkillParamParam
    from .locked_status import LockedStatus
    from .log_prob import LogProb, LogProbParam
    from .log_prob_properties import LogProbProperties
    from .mcp_approval_request import McpApprovalRequest, McpApprovalRequestParam
    from .mcp_approval_response import McpApprovalResponse, McpApprovalResponseParam
    from .mcp_approval_response_resource import McpApprovalResponseResource
    from .mcp_list_tools import McpListTools, McpListToolsParam
    from .mcp_list_tools_tool import McpListToolsTool, McpListToolsToolParam
    from .mcp_protocol_error import McpProtocolError, McpProtocolErrorParam
    from .mcp_tool import (
        McpTool,
        McpToolParam,
        McpToolRequireApprovalVariantMcpToolApprovalFilter,
        McpToolRequireApprovalVariantMcpToolApprovalFilterParam,
    )
    from .mcp_tool_call import McpToolCall, McpToolCallParam
    from .mcp_tool_call_error import McpToolCallError, McpToolCallErrorParam
    from .mcp_tool_call_status import McpToolCallStatus
    from .mcp_tool_execution_error import McpToolExecutionError, McpToolExecutionErrorParam
    from .mcp_tool_filter import McpToolFilter, McpToolFilterParam
    from .message import Message
    from .message_content_image_file_object import (
        MessageContentImageFileObject,
        MessageContentImageFileObjectImageFile,
        MessageContentImageFileObjectImageFileParam,
        MessageContentImageFileObjectParam,
    )
    from .message_content_image_url_object import (
        MessageContentImageUrlObject,
        MessageContentImageUrlObjectImageUrl,
        MessageContentImageUrlObjectImageUrlParam,
        MessageContentImageUrlObjectParam,
    )
    from .message_content_refusal_object import MessageContentRefusalObject
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_object import MessageContentTextObject, MessageContentTextObjectText
    from .message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
        MessageDeltaContentImageFileObjectImageFile,
    )
    from .message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject,
        MessageDeltaContentImageUrlObjectImageUrl,
    )
    from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_delta_content_text_object import MessageDeltaContentTextObject, MessageDeltaContentTextObjectText
    from .message_delta_object import MessageDeltaObject, MessageDeltaObjectDelta
    from .message_object import MessageObject, MessageObjectAttachmentsListItem, MessageObjectIncompleteDetailsObject
    from .message_phase import MessagePhase
    from .message_request_content_text_object import (
        MessageRequestContentTextObject,
        MessageRequestContentTextObjectParam,
    )
    from .message_role import MessageRole
    from .message_status import MessageStatus
    from .message_stream_event import (
        MessageStreamEvent,
        MessageStreamEventThreadMessageCompleted,
        MessageStreamEventThreadMessageCreated,
        MessageStreamEventThreadMessageDelta,
        MessageStreamEventThreadMessageIncomplete,
        MessageStreamEventThreadMessageInProgress,
    )
    from .metadata import Metadata
    from .model import Model
    from .model_ids import ModelIds
    from .model_ids_compaction import ModelIdsCompaction
    from .model_ids_responses import ModelIdsResponses
    from .model_ids_shared import ModelIdsShared
    from .model_response_properties import ModelResponseProperties
    from .moderation import Moderation
    from .moderation_config_param import ModerationConfigParam, ModerationConfigParamParam
    from .moderation_error_body import ModerationErrorBody
    from .moderation_input_type import ModerationInputType
    from .moderation_mode import ModerationMode
    from .moderation_param import ModerationParam, ModerationParamParam
    from .moderation_policy_param import ModerationPolicyParam, ModerationPolicyParamParam
    from .moderation_result_body import ModerationResultBody
    from .modify_assistant_request import (
        ModifyAssistantRequest,
        ModifyAssistantRequestParam,
        ModifyAssistantRequestToolResourcesObject,
        ModifyAssistantRequestToolResourcesObjectCodeInterpreter,
        ModifyAssistantRequestToolResourcesObjectCodeInterpreterParam,
        ModifyAssistantRequestToolResourcesObjectFileSearch,
        ModifyAssistantRequestToolResourcesObjectFileSearchParam,
        ModifyAssistantRequestToolResourcesObjectParam,
    )
    from .modify_certificate_request import ModifyCertificateRequest, ModifyCertificateRequestParam
    from .modify_message_request import ModifyMessageRequest, ModifyMessageRequestParam
    from .modify_run_request import ModifyRunRequest, ModifyRunRequestParam
    from .modify_thread_request import (
        ModifyThreadRequest,
        ModifyThreadRequestParam,
        ModifyThreadRequestToolResourcesObject,
        ModifyThreadRequestToolResourcesObjectCodeInterpreter,
        ModifyThreadRequestToolResourcesObjectCodeInterpreterParam,
        ModifyThreadRequestToolResourcesObjectFileSearch,
        ModifyThreadRequestToolResourcesObjectFileSearchParam,
        ModifyThreadRequestToolResourcesObjectParam,
    )
    from .move_param import MoveParam, MoveParamParam
    from .namespace_tool_param import NamespaceToolParam, NamespaceToolParamParam
    from .noise_reduction_type import NoiseReductionType
    from .open_ai_file import OpenAiFile
    from .order_enum import OrderEnum
    from .organization_certificate import OrganizationCertificate, OrganizationCertificateDetails
    from .organization_certificate_activation_response import OrganizationCertificateActivationResponse
    from .organization_certificate_deactivation_response import OrganizationCertificateDeactivationResponse
    from .organization_data_retention import OrganizationDataRetention
    from .organization_project_certificate import OrganizationProjectCertificate, OrganizationProjectCertificateDetails
    from .organization_project_certificate_activation_response import OrganizationProjectCertificateActivationResponse
    from .organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse,
    )
    from .organization_spend_alert import OrganizationSpendAlert
    from .organization_spend_alert_deleted_resource import OrganizationSpendAlertDeletedResource
    from .organization_spend_alert_list_resource import OrganizationSpendAlertListResource
    from .organization_spend_limit_deleted_resource import OrganizationSpendLimitDeletedResource
    from .organization_spend_limit_resource import OrganizationSpendLimitResource
    from .other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
    from .output_audio import OutputAudio
    from .output_content import OutputContent
    from .output_item import OutputItem
    from .output_message import OutputMessage, OutputMessageParam
    from .output_message_content import OutputMessageContent, OutputMessageContentParam
    from .output_text_content import OutputTextContent, OutputTextContentParam
    from .parallel_tool_calls import ParallelToolCalls
    from .partial_images import PartialImages
    from .personality_enum import PersonalityEnum
    from .prediction_content import PredictionContent, PredictionContentParam
    from .program import Program
    from .program_item_param import ProgramItemParam, ProgramItemParamParam
    from .program_output import ProgramOutput
    from .program_output_item_param import ProgramOutputItemParam, ProgramOutputItemParamParam
    from .program_output_item_status import ProgramOutputItemStatus
    from .program_output_status import ProgramOutputStatus
    from .program_tool_call_caller import ProgramToolCallCaller, ProgramToolCallCallerRequestParam
    from .program_tool_call_caller_param import ProgramToolCallCallerParam, ProgramToolCallCallerParamParam
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam, ProgrammaticToolCallingParamParam
    from .project import Project
    from .project_api_key import ProjectApiKey, ProjectApiKeyOwner
    from .project_api_key_delete_response import ProjectApiKeyDeleteResponse
    from .project_api_key_list_response import ProjectApiKeyListResponse
    from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
    from .project_api_key_owner_user import ProjectApiKeyOwnerUser
    from .project_create_request import ProjectCreateRequest, ProjectCreateRequestParam
    from .project_data_retention import ProjectDataRetention
    from .project_group import ProjectGroup
    from .project_group_deleted_resource import ProjectGroupDeletedResource
    from .project_group_list_resource import ProjectGroupListResource
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions
    from .project_hosted_tool_permissions_update_request import (
        ProjectHostedToolPermissionsUpdateRequest,
        ProjectHostedToolPermissionsUpdateRequestParam,
    )
    from .project_list_response import ProjectListResponse
    from .project_model_permissions import ProjectModelPermissions
    from .project_model_permissions_delete_response import ProjectModelPermissionsDeleteResponse
    from .project_model_permissions_update_request import (
        ProjectModelPermissionsUpdateRequest,
        ProjectModelPermissionsUpdateRequestParam,
    )
    from .project_rate_limit import ProjectRateLimit
    from .project_rate_limit_list_response import ProjectRateLimitListResponse
    from .project_rate_limit_update_request import ProjectRateLimitUpdateRequest, ProjectRateLimitUpdateRequestParam
    from .project_service_account import ProjectServiceAccount
    from .project_service_account_api_key import ProjectServiceAccountApiKey
    from .project_service_account_create_request import (
        ProjectServiceAccountCreateRequest,
        ProjectServiceAccountCreateRequestParam,
    )
    from .project_service_account_create_response import ProjectServiceAccountCreateResponse
    from .project_service_account_delete_response import ProjectServiceAccountDeleteResponse
    from .project_service_account_list_response import ProjectServiceAccountListResponse
    from .project_spend_alert import ProjectSpendAlert
    from .project_spend_alert_deleted_resource import ProjectSpendAlertDeletedResource
    from .project_spend_alert_list_resource import ProjectSpendAlertListResource
    from .project_spend_limit_deleted_resource import ProjectSpendLimitDeletedResource
    from .project_spend_limit_resource import ProjectSpendLimitResource
    from .project_update_request import ProjectUpdateRequest, ProjectUpdateRequestParam
    from .project_user import ProjectUser
    from .project_user_create_request import ProjectUserCreateRequest, ProjectUserCreateRequestParam
    from .project_user_delete_response import ProjectUserDeleteResponse
    from .project_user_list_response import ProjectUserListResponse
    from .project_user_update_request import ProjectUserUpdateRequest, ProjectUserUpdateRequestParam
    from .prompt import Prompt, PromptObject, PromptObjectParam, PromptParam
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig, PromptCacheBreakpointConfigParam
    from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam, PromptCacheBreakpointParamParam
    from .prompt_cache_mode_enum import PromptCacheModeEnum
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_param import PromptCacheOptionsParam, PromptCacheOptionsParamParam
    from .prompt_cache_retention_enum import PromptCacheRetentionEnum
    from .prompt_cache_ttl_enum import PromptCacheTtlEnum
    from .provenance_check_object import ProvenanceCheckObject
    from .provenance_detection_result_api import ProvenanceDetectionResultApi
    from .provenance_resource import ProvenanceResource
    from .public_assign_organization_group_role_body import (
        PublicAssignOrganizationGroupRoleBody,
        PublicAssignOrganizationGroupRoleBodyParam,
    )
    from .public_create_organization_role_body import (
        PublicCreateOrganizationRoleBody,
        PublicCreateOrganizationRoleBodyParam,
    )
    from .public_project_residency import PublicProjectResidency
    from .public_role_list_resource import PublicRoleListResource
    from .public_update_organization_role_body import (
        PublicUpdateOrganizationRoleBody,
        PublicUpdateOrganizationRoleBodyParam,
    )
    from .ranker_version_type import RankerVersionType
    from .ranking_options import RankingOptions, RankingOptionsParam
    from .rate_limits_param import RateLimitsParam, RateLimitsParamParam
    from .realtime_audio_formats import (
        RealtimeAudioFormats,
        RealtimeAudioFormatsParam,
        RealtimeAudioFormatsPcmaAudioFormat,
        RealtimeAudioFormatsPcmaAudioFormatParam,
        RealtimeAudioFormatsPcmAudioFormat,
        RealtimeAudioFormatsPcmAudioFormatParam,
        RealtimeAudioFormatsPcmuAudioFormat,
        RealtimeAudioFormatsPcmuAudioFormatParam,
    )
    from .realtime_beta_client_event_conversation_item_create import RealtimeBetaClientEventConversationItemCreate
    from .realtime_beta_client_event_conversation_item_delete import RealtimeBetaClientEventConversationItemDelete
    from .realtime_beta_client_event_conversation_item_retrieve import RealtimeBetaClientEventConversationItemRetrieve
    from .realtime_beta_client_event_conversation_item_truncate import RealtimeBetaClientEventConversationItemTruncate
    from .realtime_beta_client_event_input_audio_buffer_append import RealtimeBetaClientEventInputAudioBufferAppend
    from .realtime_beta_client_event_input_audio_buffer_clear import RealtimeBetaClientEventInputAudioBufferClear
    from .realtime_beta_client_event_input_audio_buffer_commit import RealtimeBetaClientEventInputAudioBufferCommit
    from .realtime_beta_client_event_output_audio_buffer_clear import RealtimeBetaClientEventOutputAudioBufferClear
    from .realtime_beta_client_event_response_cancel import RealtimeBetaClientEventResponseCancel
    from .realtime_beta_client_event_response_create import RealtimeBetaClientEventResponseCreate
    from .realtime_beta_client_event_session_update import RealtimeBetaClientEventSessionUpdate
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_response import (
        RealtimeBetaResponse,
        RealtimeBetaResponseStatusDetails,
        RealtimeBetaResponseStatusDetailsError,
        RealtimeBetaResponseUsage,
        RealtimeBetaResponseUsageInputTokenDetails,
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
        RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams,
        RealtimeBetaResponseCreateParamsTool,
    )
    from .realtime_beta_server_event_conversation_item_created import RealtimeBetaServerEventConversationItemCreated
    from .realtime_beta_server_event_conversation_item_deleted import RealtimeBetaServerEventConversationItemDeleted
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import RealtimeBetaServerEventConversationItemRetrieved
    from .realtime_beta_server_event_conversation_item_truncated import RealtimeBetaServerEventConversationItemTruncated
    from .realtime_beta_server_event_error import RealtimeBetaServerEventError, RealtimeBetaServerEventErrorSchema
    from .realtime_beta_server_event_input_audio_buffer_cleared import RealtimeBetaServerEventInputAudioBufferCleared
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import RealtimeBetaServerEventMcpListToolsCompleted
    from .realtime_beta_server_event_mcp_list_tools_failed import RealtimeBetaServerEventMcpListToolsFailed
    from .realtime_beta_server_event_mcp_list_tools_in_progress import RealtimeBetaServerEventMcpListToolsInProgress
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated,
        RealtimeBetaServerEventRateLimitsUpdatedRateLimit,
    )
    from .realtime_beta_server_event_response_audio_delta import RealtimeBetaServerEventResponseAudioDelta
    from .realtime_beta_server_event_response_audio_done import RealtimeBetaServerEventResponseAudioDone
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded,
        RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone,
        RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_created import RealtimeBetaServerEventResponseCreated
    from .realtime_beta_server_event_response_done import RealtimeBetaServerEventResponseDone
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMcpCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMcpCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import RealtimeBetaServerEventResponseMcpCallCompleted
    from .realtime_beta_server_event_response_mcp_call_failed import RealtimeBetaServerEventResponseMcpCallFailed
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMcpCallInProgress,
    )
    from .realtime_beta_server_event_response_output_item_added import RealtimeBetaServerEventResponseOutputItemAdded
    from .realtime_beta_server_event_response_output_item_done import RealtimeBetaServerEventResponseOutputItemDone
    from .realtime_beta_server_event_response_text_delta import RealtimeBetaServerEventResponseTextDelta
    from .realtime_beta_server_event_response_text_done import RealtimeBetaServerEventResponseTextDone
    from .realtime_beta_server_event_session_created import RealtimeBetaServerEventSessionCreated
    from .realtime_beta_server_event_session_updated import RealtimeBetaServerEventSessionUpdated
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_call_create_request import RealtimeCallCreateRequest, RealtimeCallCreateRequestParam
    from .realtime_call_refer_request import RealtimeCallReferRequest, RealtimeCallReferRequestParam
    from .realtime_call_reject_request import RealtimeCallRejectRequest, RealtimeCallRejectRequestParam
    from .realtime_client_event import RealtimeClientEvent
    from .realtime_client_event_conversation_item_create import RealtimeClientEventConversationItemCreate
    from .realtime_client_event_conversation_item_delete import RealtimeClientEventConversationItemDelete
    from .realtime_client_event_conversation_item_retrieve import RealtimeClientEventConversationItemRetrieve
    from .realtime_client_event_conversation_item_truncate import RealtimeClientEventConversationItemTruncate
    from .realtime_client_event_input_audio_buffer_append import RealtimeClientEventInputAudioBufferAppend
    from .realtime_client_event_input_audio_buffer_clear import RealtimeClientEventInputAudioBufferClear
    from .realtime_client_event_input_audio_buffer_commit import RealtimeClientEventInputAudioBufferCommit
    from .realtime_client_event_output_audio_buffer_clear import RealtimeClientEventOutputAudioBufferClear
    from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
    from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
    from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate
    from .realtime_client_event_transcription_session_update import RealtimeClientEventTranscriptionSessionUpdate
    from .realtime_conversation_item import RealtimeConversationItem
    from .realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from .realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
        RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
        RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
        RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference,
        RealtimeConversationItemWithReferenceContentItem,
    )
    from .realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest,
        RealtimeCreateClientSecretRequestExpiresAfter,
        RealtimeCreateClientSecretRequestExpiresAfterParam,
        RealtimeCreateClientSecretRequestParam,
    )
    from .realtime_create_client_secret_response import RealtimeCreateClientSecretResponse
    from .realtime_function_tool import RealtimeFunctionTool, RealtimeFunctionToolParam
    from .realtime_mcp_approval_request import RealtimeMcpApprovalRequest
    from .realtime_mcp_approval_response import RealtimeMcpApprovalResponse
    from .realtime_mcp_list_tools import RealtimeMcpListTools
    from .realtime_mcp_protocol_error import RealtimeMcpProtocolError
    from .realtime_mcp_tool_call import RealtimeMcpToolCall
    from .realtime_mcp_tool_execution_error import RealtimeMcpToolExecutionError
    from .realtime_mcphttp_error import RealtimeMcphttpError
    from .realtime_reasoning import RealtimeReasoning, RealtimeReasoningParam
    from .realtime_reasoning_effort import RealtimeReasoningEffort
    from .realtime_response import (
        RealtimeResponse,
        RealtimeResponseAudio,
        RealtimeResponseAudioOutput,
        RealtimeResponseStatusDetails,
        RealtimeResponseStatusDetailsError,
        RealtimeResponseUsage,
        RealtimeResponseUsageInputTokenDetails,
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
        RealtimeResponseUsageOutputTokenDetails,
    )
    from .realtime_response_create_params import (
        RealtimeResponseCreateParams,
        RealtimeResponseCreateParamsAudio,
        RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_server_event import RealtimeServerEvent
    from .realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated,
        RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_item_added import RealtimeServerEventConversationItemAdded
    from .realtime_server_event_conversation_item_created import RealtimeServerEventConversationItemCreated
    from .realtime_server_event_conversation_item_deleted import RealtimeServerEventConversationItemDeleted
    from .realtime_server_event_conversation_item_done import RealtimeServerEventConversationItemDone
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_retrieved import RealtimeServerEventConversationItemRetrieved
    from .realtime_server_event_conversation_item_truncated import RealtimeServerEventConversationItemTruncated
    from .realtime_server_event_error import RealtimeServerEventError, RealtimeServerEventErrorSchema
    from .realtime_server_event_input_audio_buffer_cleared import RealtimeServerEventInputAudioBufferCleared
    from .realtime_server_event_input_audio_buffer_committed import RealtimeServerEventInputAudioBufferCommitted
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_mcp_list_tools_completed import RealtimeServerEventMcpListToolsCompleted
    from .realtime_server_event_mcp_list_tools_failed import RealtimeServerEventMcpListToolsFailed
    from .realtime_server_event_mcp_list_tools_in_progress import RealtimeServerEventMcpListToolsInProgress
    from .realtime_server_event_output_audio_buffer_cleared import RealtimeServerEventOutputAudioBufferCleared
    from .realtime_server_event_output_audio_buffer_started import RealtimeServerEventOutputAudioBufferStarted
    from .realtime_server_event_output_audio_buffer_stopped import RealtimeServerEventOutputAudioBufferStopped
    from .realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated,
        RealtimeServerEventRateLimitsUpdatedRateLimit,
    )
    from .realtime_server_event_response_audio_delta import RealtimeServerEventResponseAudioDelta
    from .realtime_server_event_response_audio_done import RealtimeServerEventResponseAudioDone
    from .realtime_server_event_response_audio_transcript_delta import RealtimeServerEventResponseAudioTranscriptDelta
    from .realtime_server_event_response_audio_transcript_done import RealtimeServerEventResponseAudioTranscriptDone
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded,
        RealtimeServerEventResponseContentPartAddedPart,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone,
        RealtimeServerEventResponseContentPartDonePart,
    )
    from .realtime_server_event_response_created import RealtimeServerEventResponseCreated
    from .realtime_server_event_response_done import RealtimeServerEventResponseDone
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMcpCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import RealtimeServerEventResponseMcpCallArgumentsDone
    from .realtime_server_event_response_mcp_call_completed import RealtimeServerEventResponseMcpCallCompleted
    from .realtime_server_event_response_mcp_call_failed import RealtimeServerEventResponseMcpCallFailed
    from .realtime_server_event_response_mcp_call_in_progress import RealtimeServerEventResponseMcpCallInProgress
    from .realtime_server_event_response_output_item_added import RealtimeServerEventResponseOutputItemAdded
    from .realtime_server_event_response_output_item_done import RealtimeServerEventResponseOutputItemDone
    from .realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
    from .realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
    from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
    from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
    from .realtime_server_event_transcription_session_updated import RealtimeServerEventTranscriptionSessionUpdated
    from .realtime_session import (
        RealtimeSession,
        RealtimeSessionInputAudioNoiseReduction,
        RealtimeSessionTracingConfigurationTracingConfiguration,
    )
    from .realtime_session_create_request import (
        RealtimeSessionCreateRequest,
        RealtimeSessionCreateRequestClientSecret,
        RealtimeSessionCreateRequestClientSecretParam,
        RealtimeSessionCreateRequestInputAudioTranscription,
        RealtimeSessionCreateRequestInputAudioTranscriptionParam,
        RealtimeSessionCreateRequestParam,
        RealtimeSessionCreateRequestTool,
        RealtimeSessionCreateRequestToolParam,
        RealtimeSessionCreateRequestTracingConfiguration,
        RealtimeSessionCreateRequestTracingConfigurationParam,
        RealtimeSessionCreateRequestTurnDetection,
        RealtimeSessionCreateRequestTurnDetectionParam,
    )
    from .realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGa,
        RealtimeSessionCreateRequestGaAudio,
        RealtimeSessionCreateRequestGaAudioInput,
        RealtimeSessionCreateRequestGaAudioInputNoiseReduction,
        RealtimeSessionCreateRequestGaAudioInputNoiseReductionParam,
        RealtimeSessionCreateRequestGaAudioInputParam,
        RealtimeSessionCreateRequestGaAudioOutput,
        RealtimeSessionCreateRequestGaAudioOutputParam,
        RealtimeSessionCreateRequestGaAudioParam,
        RealtimeSessionCreateRequestGaParam,
        RealtimeSessionCreateRequestGaTracingConfiguration,
        RealtimeSessionCreateRequestGaTracingConfigurationParam,
    )
    from .realtime_session_create_response import (
        RealtimeSessionCreateResponse,
        RealtimeSessionCreateResponseAudio,
        RealtimeSessionCreateResponseAudioInput,
        RealtimeSessionCreateResponseAudioInputNoiseReduction,
        RealtimeSessionCreateResponseAudioInputTurnDetection,
        RealtimeSessionCreateResponseAudioOutput,
        RealtimeSessionCreateResponseTracingConfiguration,
        RealtimeSessionCreateResponseTurnDetection,
    )
    from .realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGa,
        RealtimeSessionCreateResponseGaAudio,
        RealtimeSessionCreateResponseGaAudioInput,
        RealtimeSessionCreateResponseGaAudioInputNoiseReduction,
        RealtimeSessionCreateResponseGaAudioOutput,
        RealtimeSessionCreateResponseGaTracingConfigurationTracingConfiguration,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam,
        RealtimeTranscriptionSessionCreateRequestParam,
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
        RealtimeTranscriptionSessionCreateRequestTurnDetectionParam,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGa,
        RealtimeTranscriptionSessionCreateRequestGaAudio,
        RealtimeTranscriptionSessionCreateRequestGaAudioInput,
        RealtimeTranscriptionSessionCreateRequestGaAudioInputNoiseReduction,
        RealtimeTranscriptionSessionCreateRequestGaAudioInputNoiseReductionParam,
        RealtimeTranscriptionSessionCreateRequestGaAudioInputParam,
        RealtimeTranscriptionSessionCreateRequestGaAudioParam,
        RealtimeTranscriptionSessionCreateRequestGaParam,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
        RealtimeTranscriptionSessionCreateResponseClientSecret,
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGa,
        RealtimeTranscriptionSessionCreateResponseGaAudio,
        RealtimeTranscriptionSessionCreateResponseGaAudioInput,
        RealtimeTranscriptionSessionCreateResponseGaAudioInputNoiseReduction,
        RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetectionObject,
    )
    from .realtime_translation_client_event import RealtimeTranslationClientEvent
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_session_close import RealtimeTranslationClientEventSessionClose
    from .realtime_translation_client_event_session_update import RealtimeTranslationClientEventSessionUpdate
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest,
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
        RealtimeTranslationClientSecretCreateRequestExpiresAfterParam,
        RealtimeTranslationClientSecretCreateRequestParam,
    )
    from .realtime_translation_client_secret_create_response import RealtimeTranslationClientSecretCreateResponse
    from .realtime_translation_server_event import RealtimeTranslationServerEvent
    from .realtime_translation_server_event_session_closed import RealtimeTranslationServerEventSessionClosed
    from .realtime_translation_server_event_session_created import RealtimeTranslationServerEventSessionCreated
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_updated import RealtimeTranslationServerEventSessionUpdated
    from .realtime_translation_session import (
        RealtimeTranslationSession,
        RealtimeTranslationSessionAudio,
        RealtimeTranslationSessionAudioInput,
        RealtimeTranslationSessionAudioInputNoiseReductionObject,
        RealtimeTranslationSessionAudioInputTranscriptionObject,
        RealtimeTranslationSessionAudioOutput,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
        RealtimeTranslationSessionCreateRequestAudio,
        RealtimeTranslationSessionCreateRequestAudioInput,
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionObject,
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionObjectParam,
        RealtimeTranslationSessionCreateRequestAudioInputParam,
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionObject,
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionObjectParam,
        RealtimeTranslationSessionCreateRequestAudioOutput,
        RealtimeTranslationSessionCreateRequestAudioOutputParam,
        RealtimeTranslationSessionCreateRequestAudioParam,
        RealtimeTranslationSessionCreateRequestParam,
    )
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest,
        RealtimeTranslationSessionUpdateRequestAudio,
        RealtimeTranslationSessionUpdateRequestAudioInput,
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionObject,
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionObject,
        RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .realtime_truncation import (
        RealtimeTruncation,
        RealtimeTruncationParam,
        RealtimeTruncationRetentionRatioTruncation,
        RealtimeTruncationRetentionRatioTruncationParam,
        RealtimeTruncationRetentionRatioTruncationTokenLimits,
        RealtimeTruncationRetentionRatioTruncationTokenLimitsParam,
    )
    from .realtime_turn_detection import (
        RealtimeTurnDetection,
        RealtimeTurnDetectionParam,
        RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad,
        RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam,
        RealtimeTurnDetectionRealtimeTurnDetectionServerVad,
        RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam,
    )
    from .reasoning import Reasoning, ReasoningParam
    from .reasoning_effort import ReasoningEffort
    from .reasoning_item import ReasoningItem, ReasoningItemParam
    from .reasoning_mode_enum import ReasoningModeEnum
    from .reasoning_text_content import ReasoningTextContent, ReasoningTextContentParam
    from .refusal_content import RefusalContent, RefusalContentParam
    from .response import ResponseIncompleteDetailsObject, ResponseSchema
    from .response_audio_delta_event import ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
    from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
    from .response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
    from .response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
    from .response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
    from .response_completed_event import ResponseCompletedEvent
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_conversation import ResponseConversation
    from .response_created_event import ResponseCreatedEvent
    from .response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
    from .response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
    from .response_error import ResponseError, ResponseErrorObject
    from .response_error_code import ResponseErrorCode
    from .response_error_event import ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent
    from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
    from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
    from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
    from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
    from .response_format_json_schema import (
        ResponseFormatJsonSchema,
        ResponseFormatJsonSchemaJsonSchema,
        ResponseFormatJsonSchemaJsonSchemaParam,
        ResponseFormatJsonSchemaParam,
    )
    from .response_format_json_schema_schema import ApiResponseFormatJsonSchema
    from .response_format_text import ResponseFormatText, ResponseFormatTextParam
    from .response_format_text_grammar import ResponseFormatTextGrammar
    from .response_format_text_python import ResponseFormatTextPython
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
    from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
    from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
    from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_item_list import ResponseItemList
    from .response_log_prob import ResponseLogProb, ResponseLogProbTopLogprob
    from .response_mcp_call_arguments_delta_event import ResponseMcpCallArgumentsDeltaEvent
    from .response_mcp_call_arguments_done_event import ResponseMcpCallArgumentsDoneEvent
    from .response_mcp_call_completed_event import ResponseMcpCallCompletedEvent
    from .response_mcp_call_failed_event import ResponseMcpCallFailedEvent
    from .response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent
    from .response_mcp_list_tools_completed_event import ResponseMcpListToolsCompletedEvent
    from .response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent
    from .response_mcp_list_tools_in_progress_event import ResponseMcpListToolsInProgressEvent
    from .response_modalities import ResponseModalities
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_text import ResponseOutputText
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_prompt_variables import ResponsePromptVariables, ResponsePromptVariablesParam
    from .response_properties import ResponseProperties
    from .response_queued_event import ResponseQueuedEvent
    from .response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent,
        ResponseReasoningSummaryPartAddedEventPart,
    )
    from .response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent,
        ResponseReasoningSummaryPartDoneEventPart,
    )
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_shell_call_command_added_streaming_event import ResponseShellCallCommandAddedStreamingEvent
    from .response_shell_call_command_delta_streaming_event import ResponseShellCallCommandDeltaStreamingEvent
    from .response_shell_call_command_done_streaming_event import ResponseShellCallCommandDoneStreamingEvent
    from .response_shell_call_output_content_delta_streaming_event import (
        ResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .response_shell_call_output_content_done_streaming_event import (
        ResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .response_stream_event import ResponseStreamEvent
    from .response_stream_options import (
        ResponseStreamOptions,
        ResponseStreamOptionsObject,
        ResponseStreamOptionsObjectParam,
        ResponseStreamOptionsParam,
    )
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_text_param import ResponseTextParam, ResponseTextParamParam
    from .response_usage import ResponseUsage, ResponseUsageInputTokensDetails, ResponseUsageOutputTokensDetails
    from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
    from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
    from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent
    from .response_ws_error import ResponseWsError
    from .responses_client_event import ResponsesClientEvent
    from .responses_client_event_response_create import ResponsesClientEventResponseCreate
    from .responses_server_event import (
        ResponsesServerEvent,
        ResponsesServerEventResponseAudioTranscriptWsDelta,
        ResponsesServerEventResponseAudioTranscriptWsDone,
        ResponsesServerEventResponseAudioWsDelta,
        ResponsesServerEventResponseAudioWsDone,
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta,
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDone,
        ResponsesServerEventResponseCodeInterpreterCallInWsProgress,
        ResponsesServerEventResponseCodeInterpreterCallWsCompleted,
        ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
        ResponsesServerEventResponseContentPartWsAdded,
        ResponsesServerEventResponseContentPartWsDone,
        ResponsesServerEventResponseCustomToolCallInputWsDelta,
        ResponsesServerEventResponseCustomToolCallInputWsDone,
        ResponsesServerEventResponseFileSearchCallInWsProgress,
        ResponsesServerEventResponseFileSearchCallWsCompleted,
        ResponsesServerEventResponseFileSearchCallWsSearching,
        ResponsesServerEventResponseFunctionCallArgumentsWsDelta,
        ResponsesServerEventResponseFunctionCallArgumentsWsDone,
        ResponsesServerEventResponseImageGenCallInWsProgress,
        ResponsesServerEventResponseImageGenCallPartialWsImage,
        ResponsesServerEventResponseImageGenCallWsCompleted,
        ResponsesServerEventResponseImageGenCallWsGenerating,
        ResponsesServerEventResponseInWsProgress,
        ResponsesServerEventResponseMcpCallArgumentsWsDelta,
        ResponsesServerEventResponseMcpCallArgumentsWsDone,
        ResponsesServerEventResponseMcpCallInWsProgress,
        ResponsesServerEventResponseMcpCallWsCompleted,
        ResponsesServerEventResponseMcpCallWsFailed,
        ResponsesServerEventResponseMcpListToolsInWsProgress,
        ResponsesServerEventResponseMcpListToolsWsCompleted,
        ResponsesServerEventResponseMcpListToolsWsFailed,
        ResponsesServerEventResponseOutputItemWsAdded,
        ResponsesServerEventResponseOutputItemWsDone,
        ResponsesServerEventResponseOutputTextAnnotationWsAdded,
        ResponsesServerEventResponseReasoningSummaryPartWsAdded,
        ResponsesServerEventResponseReasoningSummaryPartWsDone,
        ResponsesServerEventResponseReasoningSummaryTextWsDelta,
        ResponsesServerEventResponseReasoningSummaryTextWsDone,
        ResponsesServerEventResponseReasoningTextWsDelta,
        ResponsesServerEventResponseReasoningTextWsDone,
        ResponsesServerEventResponseRefusalWsDelta,
        ResponsesServerEventResponseRefusalWsDone,
        ResponsesServerEventResponseShellCallCommandWsAdded,
        ResponsesServerEventResponseShellCallCommandWsDelta,
        ResponsesServerEventResponseShellCallCommandWsDone,
        ResponsesServerEventResponseShellCallOutputContentWsDelta,
        ResponsesServerEventResponseShellCallOutputContentWsDone,
        ResponsesServerEventResponseTextWsDelta,
        ResponsesServerEventResponseTextWsDone,
        ResponsesServerEventResponseWebSearchCallInWsProgress,
        ResponsesServerEventResponseWebSearchCallWsCompleted,
        ResponsesServerEventResponseWebSearchCallWsSearching,
        ResponsesServerEventResponseWsCompleted,
        ResponsesServerEventResponseWsCreated,
        ResponsesServerEventResponseWsFailed,
        ResponsesServerEventResponseWsIncomplete,
        ResponsesServerEventResponseWsQueued,
    )
    from .responses_web_socket_stream_event import ResponsesWebSocketStreamEvent
    from .role import Role
    from .role_deleted_resource import RoleDeletedResource
    from .role_list_resource import RoleListResource
    from .run_completion_usage import RunCompletionUsage, RunCompletionUsageObject
    from .run_grader_request import RunGraderRequest, RunGraderRequestParam
    from .run_grader_response import RunGraderResponse, RunGraderResponseMetadata, RunGraderResponseMetadataErrors
    from .run_object import (
        RunObject,
        RunObjectIncompleteDetails,
        RunObjectLastError,
        RunObjectRequiredAction,
        RunObjectRequiredActionSubmitToolOutputs,
    )
    from .run_step_completion_usage import RunStepCompletionUsage, RunStepCompletionUsageObject
    from .run_step_delta_object import RunStepDeltaObject, RunStepDeltaObjectDelta
    from .run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
    from .run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
        RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject,
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
        RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
        RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )
    from .run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
        RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from .run_step_object import RunStepObject, RunStepObjectLastErrorObject
    from .run_step_stream_event import (
        RunStepStreamEvent,
        RunStepStreamEventThreadRunStepCancelled,
        RunStepStreamEventThreadRunStepCompleted,
        RunStepStreamEventThreadRunStepCreated,
        RunStepStreamEventThreadRunStepDelta,
        RunStepStreamEventThreadRunStepExpired,
        RunStepStreamEventThreadRunStepFailed,
        RunStepStreamEventThreadRunStepInProgress,
    )
    from .run_stream_event import (
        RunStreamEvent,
        RunStreamEventThreadRunCancelled,
        RunStreamEventThreadRunCancelling,
        RunStreamEventThreadRunCompleted,
        RunStreamEventThreadRunCreated,
        RunStreamEventThreadRunExpired,
        RunStreamEventThreadRunFailed,
        RunStreamEventThreadRunIncomplete,
        RunStreamEventThreadRunInProgress,
        RunStreamEventThreadRunQueued,
        RunStreamEventThreadRunRequiresAction,
    )
    from .run_tool_call_object import RunToolCallObject, RunToolCallObjectFunction
    from .screenshot_param import ScreenshotParam, ScreenshotParamParam
    from .scroll_param import ScrollParam, ScrollParamParam
    from .search_content_type import SearchContentType
    from .search_context_size import SearchContextSize
    from .service_account_api_key_body import ServiceAccountApiKeyBody
    from .service_tier import ServiceTier
    from .service_tier_enum import ServiceTierEnum
    from .service_tier_responses import ServiceTierResponses
    from .set_default_skill_version_body import SetDefaultSkillVersionBody, SetDefaultSkillVersionBodyParam
    from .shell_call_output_delta import ShellCallOutputDelta
    from .skill_list_resource import SkillListResource
    from .skill_reference_param import SkillReferenceParam, SkillReferenceParamParam
    from .skill_resource import SkillResource
    from .skill_version_list_resource import SkillVersionListResource
    from .skill_version_resource import SkillVersionResource
    from .specific_apply_patch_param import SpecificApplyPatchParam, SpecificApplyPatchParamParam
    from .specific_function_shell_param import SpecificFunctionShellParam, SpecificFunctionShellParamParam
    from .specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
        SpecificProgrammaticToolCallingParamParam,
    )
    from .speech_audio_delta_event import SpeechAudioDeltaEvent
    from .speech_audio_done_event import SpeechAudioDoneEvent, SpeechAudioDoneEventUsage
    from .spend_alert_notification_channel import SpendAlertNotificationChannel, SpendAlertNotificationChannelParam
    from .spend_limit_currency import SpendLimitCurrency
    from .spend_limit_enforcement import SpendLimitEnforcement
    from .spend_limit_enforcement_status import SpendLimitEnforcementStatus
    from .spend_limit_interval import SpendLimitInterval
    from .static_chunking_strategy import StaticChunkingStrategy, StaticChunkingStrategyParam
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
        StaticChunkingStrategyRequestParamParam,
    )
    from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from .stop_configuration import StopConfiguration
    from .submit_tool_outputs_run_request import (
        SubmitToolOutputsRunRequest,
        SubmitToolOutputsRunRequestParam,
        SubmitToolOutputsRunRequestToolOutput,
        SubmitToolOutputsRunRequestToolOutputParam,
    )
    from .summary_text_content import SummaryTextContent, SummaryTextContentParam
    from .synth_id_provenance_result import SynthIdProvenanceResult
    from .task_group_item import TaskGroupItem
    from .task_group_task import TaskGroupTask
    from .task_item import TaskItem
    from .task_type import TaskType
    from .text_content import TextContent
    from .text_response_format_configuration import (
        TextResponseFormatConfiguration,
        TextResponseFormatConfigurationParam,
    )
    from .text_response_format_json_schema import TextResponseFormatJsonSchema, TextResponseFormatJsonSchemaParam
    from .thread_item import ThreadItem
    from .thread_item_list_resource import ThreadItemListResource
    from .thread_list_resource import ThreadListResource
    from .thread_object import (
        ThreadObject,
        ThreadObjectToolResourcesObject,
        ThreadObjectToolResourcesObjectCodeInterpreter,
        ThreadObjectToolResourcesObjectFileSearch,
    )
    from .thread_resource import ThreadResource
    from .thread_stream_event import ThreadStreamEvent, ThreadStreamEventThreadCreated
    from .toggle_certificates_request import ToggleCertificatesRequest, ToggleCertificatesRequestParam
    from .token_counts_body import TokenCountsBody, TokenCountsBodyParam
    from .token_counts_resource import TokenCountsResource
    from .tool import Tool, ToolParam
    from .tool_call_caller import ToolCallCaller, ToolCallCallerRequestParam
    from .tool_call_caller_param import ToolCallCallerParam, ToolCallCallerParamParam
    from .tool_choice import ToolChoice
    from .tool_choice_allowed import ToolChoiceAllowed, ToolChoiceAllowedParam
    from .tool_choice_custom import ToolChoiceCustom, ToolChoiceCustomParam
    from .tool_choice_function import ToolChoiceFunction, ToolChoiceFunctionParam
    from .tool_choice_mcp import ToolChoiceMcp, ToolChoiceMcpParam
    from .tool_choice_options import ToolChoiceOptions
    from .tool_choice_param import ToolChoiceParam, ToolChoiceParamParam
    from .tool_choice_types import ToolChoiceTypes, ToolChoiceTypesParam
    from .tool_search_call import ToolSearchCall
    from .tool_search_call_item_param import ToolSearchCallItemParam, ToolSearchCallItemParamParam
    from .tool_search_execution_type import ToolSearchExecutionType
    from .tool_search_output import ToolSearchOutput
    from .tool_search_output_item_param import ToolSearchOutputItemParam, ToolSearchOutputItemParamParam
    from .tool_search_tool_param import ToolSearchToolParam, ToolSearchToolParamParam
    from .tools_array import ToolsArray, ToolsArrayParam
    from .top_log_prob import TopLogProb, TopLogProbParam
    from .transcript_text_delta_event import TranscriptTextDeltaEvent, TranscriptTextDeltaEventLogprob
    from .transcript_text_done_event import TranscriptTextDoneEvent, TranscriptTextDoneEventLogprob
    from .transcript_text_segment_event import TranscriptTextSegmentEvent
    from .transcript_text_usage_duration import TranscriptTextUsageDuration
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens, TranscriptTextUsageTokensInputTokenDetails
    from .transcription_chunking_strategy import TranscriptionChunkingStrategy
    from .transcription_diarized_segment import TranscriptionDiarizedSegment
    from .transcription_include import TranscriptionInclude
    from .transcription_language import TranscriptionLanguage
    from .transcription_segment import TranscriptionSegment
    from .transcription_word import TranscriptionWord
    from .truncation_enum import TruncationEnum
    from .truncation_object import TruncationObject, TruncationObjectParam
    from .type_param import TypeParam, TypeParamParam
    from .update_chat_completion import UpdateChatCompletionBody, UpdateChatCompletionBodyParam
    from .update_conversation_body import UpdateConversationBody, UpdateConversationBodyParam
    from .update_eval import UpdateEvalBody, UpdateEvalBodyParam
    from .update_group_body import UpdateGroupBody, UpdateGroupBodyParam
    from .update_organization_data_retention_body import (
        UpdateOrganizationDataRetentionBody,
        UpdateOrganizationDataRetentionBodyParam,
    )
    from .update_organization_spend_limit_body import (
        UpdateOrganizationSpendLimitBody,
        UpdateOrganizationSpendLimitBodyParam,
    )
    from .update_project_data_retention_body import UpdateProjectDataRetentionBody, UpdateProjectDataRetentionBodyParam
    from .update_project_service_account_body import (
        UpdateProjectServiceAccountBody,
        UpdateProjectServiceAccountBodyParam,
    )
    from .update_project_spend_limit_body import UpdateProjectSpendLimitBody, UpdateProjectSpendLimitBodyParam
    from .update_vector_store_file_attributes_request import (
        UpdateVectorStoreFileAttributesRequest,
        UpdateVectorStoreFileAttributesRequestParam,
    )
    from .update_vector_store_request import UpdateVectorStoreRequest, UpdateVectorStoreRequestParam
    from .update_voice_consent_request import UpdateVoiceConsentRequest, UpdateVoiceConsentRequestParam
    from .upload import Upload
    from .upload_certificate_request import UploadCertificateRequest, UploadCertificateRequestParam
    from .upload_part import UploadPart
    from .url_annotation import UrlAnnotation
    from .url_annotation_source import UrlAnnotationSource
    from .url_citation_body import UrlCitationBody, UrlCitationBodyParam
    from .url_citation_param import UrlCitationParam
    from .usage_audio_speeches_result import UsageAudioSpeechesResult
    from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
    from .usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
    from .usage_completions_result import UsageCompletionsResult
    from .usage_embeddings_result import UsageEmbeddingsResult
    from .usage_file_search_calls_result import UsageFileSearchCallsResult
    from .usage_images_result import UsageImagesResult
    from .usage_moderations_result import UsageModerationsResult
    from .usage_response import UsageResponse
    from .usage_time_bucket import UsageTimeBucket
    from .usage_vector_stores_result import UsageVectorStoresResult
    from .usage_web_search_calls_result import UsageWebSearchCallsResult
    from .user import User, UserProjectsList, UserProjectsListDataItem, UserSchema
    from .user_delete_response import UserDeleteResponse
    from .user_list_resource import UserListResource
    from .user_list_response import UserListResponse
    from .user_message_input_text import UserMessageInputText
    from .user_message_item import UserMessageItem
    from .user_message_quoted_text import UserMessageQuotedText
    from .user_role_assignment import UserRoleAssignment
    from .user_role_update_request import UserRoleUpdateRequest, UserRoleUpdateRequestParam
    from .vad_config import VadConfig, VadConfigParam
    from .validate_grader_request import ValidateGraderRequest, ValidateGraderRequestParam
    from .validate_grader_response import ValidateGraderResponse
    from .vector_store_expiration_after import VectorStoreExpirationAfter, VectorStoreExpirationAfterParam
    from .vector_store_file_attributes import VectorStoreFileAttributes
    from .vector_store_file_batch_object import VectorStoreFileBatchObject, VectorStoreFileBatchObjectFileCounts
    from .vector_store_file_content_response import (
        VectorStoreFileContentResponse,
        VectorStoreFileContentResponseDataItem,
    )
    from .vector_store_file_object import VectorStoreFileObject, VectorStoreFileObjectLastErrorObject
    from .vector_store_object import VectorStoreObject, VectorStoreObjectFileCounts
    from .vector_store_search_request import (
        VectorStoreSearchRequest,
        VectorStoreSearchRequestParam,
        VectorStoreSearchRequestRankingOptions,
        VectorStoreSearchRequestRankingOptionsParam,
    )
    from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject
    from .vector_store_search_result_item import VectorStoreSearchResultItem
    from .vector_store_search_results_page import VectorStoreSearchResultsPage
    from .verbosity import Verbosity
    from .video_character_resource import VideoCharacterResource
    from .video_content_variant import VideoContentVariant
    from .video_list_resource import VideoListResource
    from .video_model import VideoModel
    from .video_reference_input_param import VideoReferenceInputParam, VideoReferenceInputParamParam
    from .video_resource import VideoResource
    from .video_seconds import VideoSeconds
    from .video_size import VideoSize
    from .video_status import VideoStatus
    from .voice_consent_deleted_resource import VoiceConsentDeletedResource
    from .voice_consent_list_resource import VoiceConsentListResource
    from .voice_consent_resource import VoiceConsentResource
    from .voice_ids_or_custom_voice import (
        VoiceIdsOrCustomVoice,
        VoiceIdsOrCustomVoiceObject,
        VoiceIdsOrCustomVoiceObjectParam,
        VoiceIdsOrCustomVoiceParam,
    )
    from .voice_ids_shared import VoiceIdsShared
    from .voice_resource import VoiceResource
    from .wait_param import WaitParam, WaitParamParam
    from .web_search_action_find import WebSearchActionFind, WebSearchActionFindParam
    from .web_search_action_open_page import WebSearchActionOpenPage, WebSearchActionOpenPageParam
    from .web_search_action_search import (
        WebSearchActionSearch,
        WebSearchActionSearchParam,
        WebSearchActionSearchSource,
        WebSearchActionSearchSourceParam,
    )
    from .web_search_approximate_location import (
        WebSearchApproximateLocation,
        WebSearchApproximateLocationParam,
        WebSearchApproximateLocationWebSearchApproximateLocation,
        WebSearchApproximateLocationWebSearchApproximateLocationParam,
    )
    from .web_search_context_size import WebSearchContextSize
    from .web_search_location import WebSearchLocation, WebSearchLocationParam
    from .web_search_preview_tool import WebSearchPreviewTool, WebSearchPreviewToolParam
    from .web_search_tool import (
        WebSearchTool,
        WebSearchToolFiltersObject,
        WebSearchToolFiltersObjectParam,
        WebSearchToolParam,
    )
    from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam
    from .webhook_batch_cancelled import WebhookBatchCancelled, WebhookBatchCancelledData
    from .webhook_batch_completed import WebhookBatchCompleted, WebhookBatchCompletedData
    from .webhook_batch_expired import WebhookBatchExpired, WebhookBatchExpiredData
    from .webhook_batch_failed import WebhookBatchFailed, WebhookBatchFailedData
    from .webhook_eval_run_canceled import WebhookEvalRunCanceled, WebhookEvalRunCanceledData
    from .webhook_eval_run_failed import WebhookEvalRunFailed, WebhookEvalRunFailedData
    from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded, WebhookEvalRunSucceededData
    from .webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled, WebhookFineTuningJobCancelledData
    from .webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed, WebhookFineTuningJobFailedData
    from .webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded, WebhookFineTuningJobSucceededData
    from .webhook_live_call_incoming import (
        WebhookLiveCallIncoming,
        WebhookLiveCallIncomingData,
        WebhookLiveCallIncomingDataSipHeader,
    )
    from .webhook_realtime_call_incoming import (
        WebhookRealtimeCallIncoming,
        WebhookRealtimeCallIncomingData,
        WebhookRealtimeCallIncomingDataSipHeader,
    )
    from .webhook_response_cancelled import WebhookResponseCancelled, WebhookResponseCancelledData
    from .webhook_response_completed import WebhookResponseCompleted, WebhookResponseCompletedData
    from .webhook_response_failed import WebhookResponseFailed, WebhookResponseFailedData
    from .webhook_response_incomplete import WebhookResponseIncomplete, WebhookResponseIncompleteData
    from .widget_message_item import WidgetMessageItem
    from .workflow_param import WorkflowParam, WorkflowParamParam
    from .workflow_tracing_param import WorkflowTracingParam, WorkflowTracingParamParam

_MODULE_OF: dict[str, str] = {
    "ActiveStatus": "active_status",
    "AddUploadPartRequest": "add_upload_part_request",
    "AddUploadPartRequestParam": "add_upload_part_request",
    "AdditionalTools": "additional_tools",
    "AdditionalToolsItemParam": "additional_tools_item_param",
    "AdditionalToolsItemParamParam": "additional_tools_item_param",
    "AdminApiKey": "admin_api_key",
    "AdminApiKeyCreateResponse": "admin_api_key_create_response",
    "AdminApiKeyOwner": "admin_api_key",
    "AdminApiKeysCreateBody": "admin_api_keys_create",
    "AdminApiKeysCreateBodyParam": "admin_api_keys_create",
    "AdminApiKeysDeleteResponse": "admin_api_keys_delete",
    "Annotation": "annotation",
    "AnnotationParam": "annotation",
    "ApiKeyList": "api_key_list",
    "ApiResponseFormatJsonSchema": "response_format_json_schema_schema",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchCreateFileOperationParamParam": "apply_patch_create_file_operation_param",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchDeleteFileOperationParamParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchOperationParam": "apply_patch_operation_param",
    "ApplyPatchOperationParamParam": "apply_patch_operation_param",
    "ApplyPatchToolCall": "apply_patch_tool_call",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallOutput": "apply_patch_tool_call_output",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolCallOutputItemParamParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchToolParamParam": "apply_patch_tool_param",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApplyPatchUpdateFileOperationParamParam": "apply_patch_update_file_operation_param",
    "ApproximateLocation": "approximate_location",
    "ApproximateLocationParam": "approximate_location",
    "AssignedRoleDetails": "assigned_role_details",
    "AssignedRoleDetailsAssignmentSourcesListItem": "assigned_role_details",
    "AssistantMessageItem": "assistant_message_item",
    "AssistantMessagePhase": "assistant_message_phase",
    "AssistantObject": "assistant_object",
    "AssistantObjectToolResourcesObject": "assistant_object",
    "AssistantObjectToolResourcesObjectCodeInterpreter": "assistant_object",
    "AssistantObjectToolResourcesObjectFileSearch": "assistant_object",
    "AssistantStreamEvent": "assistant_stream_event",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsCodeParam": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearchParam": "assistant_tools_file_search",
    "AssistantToolsFileSearchParam": "assistant_tools_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFileSearchTypeOnlyParam": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantToolsFunctionParam": "assistant_tools_function",
    "AssistantsApiResponseFormatOption": "assistants_api_response_format_option",
    "AssistantsApiResponseFormatOptionParam": "assistants_api_response_format_option",
    "AssistantsApiToolChoiceOption": "assistants_api_tool_choice_option",
    "AssistantsApiToolChoiceOptionParam": "assistants_api_tool_choice_option",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunctionParam": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceParam": "assistants_named_tool_choice",
    "Attachment": "attachment",
    "AttachmentType": "attachment_type",
    "AudioResponseFormat": "audio_response_format",
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionParam": "audio_transcription",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AuditLog": "audit_log",
    "AuditLogActor": "audit_log_actor",
    "AuditLogActorApiKey": "audit_log_actor_api_key",
    "AuditLogActorServiceAccount": "audit_log_actor_service_account",
    "AuditLogActorSession": "audit_log_actor_session",
    "AuditLogActorUser": "audit_log_actor_user",
    "AuditLogApiKeyCreated": "audit_log",
    "AuditLogApiKeyCreatedData": "audit_log",
    "AuditLogApiKeyDeleted": "audit_log",
    "AuditLogApiKeyUpdated": "audit_log",
    "AuditLogApiKeyUpdatedChangesRequested": "audit_log",
    "AuditLogCertificateCreated": "audit_log",
    "AuditLogCertificateDeleted": "audit_log",
    "AuditLogCertificateUpdated": "audit_log",
    "AuditLogCertificatesActivated": "audit_log",
    "AuditLogCertificatesActivatedCertificate": "audit_log",
    "AuditLogCertificatesDeactivated": "audit_log",
    "AuditLogCertificatesDeactivatedCertificate": "audit_log",
    "AuditLogCheckpointPermissionCreated": "audit_log",
    "AuditLogCheckpointPermissionCreatedData": "audit_log",
    "AuditLogCheckpointPermissionDeleted": "audit_log",
    "AuditLogEventType": "audit_log_event_type",
    "AuditLogExternalKeyRegistered": "audit_log",
    "AuditLogExternalKeyRemoved": "audit_log",
    "AuditLogGroupCreated": "audit_log",
    "AuditLogGroupCreatedData": "audit_log",
    "AuditLogGroupDeleted": "audit_log",
    "AuditLogGroupUpdated": "audit_log",
    "AuditLogGroupUpdatedChangesRequested": "audit_log",
    "AuditLogInviteAccepted": "audit_log",
    "AuditLogInviteDeleted": "audit_log",
    "AuditLogInviteSent": "audit_log",
    "AuditLogInviteSentData": "audit_log",
    "AuditLogIpAllowlistConfigActivated": "audit_log",
    "AuditLogIpAllowlistConfigActivatedConfig": "audit_log",
    "AuditLogIpAllowlistConfigDeactivated": "audit_log",
    "AuditLogIpAllowlistConfigDeactivatedConfig": "audit_log",
    "AuditLogIpAllowlistCreated": "audit_log",
    "AuditLogIpAllowlistDeleted": "audit_log",
    "AuditLogIpAllowlistUpdated": "audit_log",
    "AuditLogLoginFailed": "audit_log",
    "AuditLogLogoutFailed": "audit_log",
    "AuditLogOrganizationUpdated": "audit_log",
    "AuditLogOrganizationUpdatedChangesRequested": "audit_log",
    "AuditLogProject": "audit_log",
    "AuditLogProjectArchived": "audit_log",
    "AuditLogProjectCreated": "audit_log",
    "AuditLogProjectCreatedData": "audit_log",
    "AuditLogProjectDeleted": "audit_log",
    "AuditLogProjectUpdated": "audit_log",
    "AuditLogProjectUpdatedChangesRequested": "audit_log",
    "AuditLogRateLimitDeleted": "audit_log",
    "AuditLogRateLimitUpdated": "audit_log",
    "AuditLogRateLimitUpdatedChangesRequested": "audit_log",
    "AuditLogRoleAssignmentCreated": "audit_log",
    "AuditLogRoleAssignmentDeleted": "audit_log",
    "AuditLogRoleBoundToResource": "audit_log",
    "AuditLogRoleCreated": "audit_log",
    "AuditLogRoleDeleted": "audit_log",
    "AuditLogRoleUnboundFromResource": "audit_log",
    "AuditLogRoleUpdated": "audit_log",
    "AuditLogRoleUpdatedChangesRequested": "audit_log",
    "AuditLogScimDisabled": "audit_log",
    "AuditLogScimEnabled": "audit_log",
    "AuditLogServiceAccountCreated": "audit_log",
    "AuditLogServiceAccountCreatedData": "audit_log",
    "AuditLogServiceAccountDeleted": "audit_log",
    "AuditLogServiceAccountUpdated": "audit_log",
    "AuditLogServiceAccountUpdatedChangesRequested": "audit_log",
    "AuditLogUserAdded": "audit_log",
    "AuditLogUserAddedData": "audit_log",
    "AuditLogUserDeleted": "audit_log",
    "AuditLogUserUpdated": "audit_log",
    "AuditLogUserUpdatedChangesRequested": "audit_log",
    "AuditLogWorkloadIdentityProviderCreated": "audit_log",
    "AuditLogWorkloadIdentityProviderDeleted": "audit_log",
    "AuditLogWorkloadIdentityProviderMappingCreated": "audit_log",
    "AuditLogWorkloadIdentityProviderMappingDeleted": "audit_log",
    "AuditLogWorkloadIdentityProviderMappingUpdated": "audit_log",
    "AuditLogWorkloadIdentityProviderUpdated": "audit_log",
    "AutoChunkingStrategyRequestParam": "auto_chunking_strategy_request_param",
    "AutoChunkingStrategyRequestParamParam": "auto_chunking_strategy_request_param",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamParam": "auto_code_interpreter_tool_param",
    "AutomaticThreadTitlingParam": "automatic_thread_titling_param",
    "AutomaticThreadTitlingParamParam": "automatic_thread_titling_param",
    "Batch": "batch",
    "BatchError": "batch_error",
    "BatchErrors": "batch",
    "BatchFileExpirationAfter": "batch_file_expiration_after",
    "BatchFileExpirationAfterParam": "batch_file_expiration_after",
    "BatchRequestCounts": "batch_request_counts",
    "BatchUsage": "batch",
    "BatchUsageInputTokensDetails": "batch",
    "BatchUsageOutputTokensDetails": "batch",
    "BetaAdditionalTools": "beta_additional_tools",
    "BetaAdditionalToolsItemParam": "beta_additional_tools_item_param",
    "BetaAdditionalToolsItemParamParam": "beta_additional_tools_item_param",
    "BetaAgentMessage": "beta_agent_message",
    "BetaAgentMessageItemParam": "beta_agent_message_item_param",
    "BetaAgentMessageItemParamParam": "beta_agent_message_item_param",
    "BetaAgentTag": "beta_agent_tag",
    "BetaAgentTagParam": "beta_agent_tag_param",
    "BetaAgentTagParamParam": "beta_agent_tag_param",
    "BetaAgentTagRequestParam": "beta_agent_tag",
    "BetaAnnotation": "beta_annotation",
    "BetaAnnotationParam": "beta_annotation",
    "BetaApplyPatchCallOutputStatus": "beta_apply_patch_call_output_status",
    "BetaApplyPatchCallOutputStatusParam": "beta_apply_patch_call_output_status_param",
    "BetaApplyPatchCallStatus": "beta_apply_patch_call_status",
    "BetaApplyPatchCallStatusParam": "beta_apply_patch_call_status_param",
    "BetaApplyPatchCreateFileOperation": "beta_apply_patch_create_file_operation",
    "BetaApplyPatchCreateFileOperationParam": "beta_apply_patch_create_file_operation_param",
    "BetaApplyPatchCreateFileOperationParamParam": "beta_apply_patch_create_file_operation_param",
    "BetaApplyPatchDeleteFileOperation": "beta_apply_patch_delete_file_operation",
    "BetaApplyPatchDeleteFileOperationParam": "beta_apply_patch_delete_file_operation_param",
    "BetaApplyPatchDeleteFileOperationParamParam": "beta_apply_patch_delete_file_operation_param",
    "BetaApplyPatchOperationParam": "beta_apply_patch_operation_param",
    "BetaApplyPatchOperationParamParam": "beta_apply_patch_operation_param",
    "BetaApplyPatchToolCall": "beta_apply_patch_tool_call",
    "BetaApplyPatchToolCallItemParam": "beta_apply_patch_tool_call_item_param",
    "BetaApplyPatchToolCallItemParamParam": "beta_apply_patch_tool_call_item_param",
    "BetaApplyPatchToolCallOutput": "beta_apply_patch_tool_call_output",
    "BetaApplyPatchToolCallOutputItemParam": "beta_apply_patch_tool_call_output_item_param",
    "BetaApplyPatchToolCallOutputItemParamParam": "beta_apply_patch_tool_call_output_item_param",
    "BetaApplyPatchToolParam": "beta_apply_patch_tool_param",
    "BetaApplyPatchToolParamParam": "beta_apply_patch_tool_param",
    "BetaApplyPatchUpdateFileOperation": "beta_apply_patch_update_file_operation",
    "BetaApplyPatchUpdateFileOperationParam": "beta_apply_patch_update_file_operation_param",
    "BetaApplyPatchUpdateFileOperationParamParam": "beta_apply_patch_update_file_operation_param",
    "BetaApproximateLocation": "beta_approximate_location",
    "BetaApproximateLocationParam": "beta_approximate_location",
    "BetaAssistantMessagePhase": "beta_assistant_message_phase",
    "BetaAutoCodeInterpreterToolParam": "beta_auto_code_interpreter_tool_param",
    "BetaAutoCodeInterpreterToolParamParam": "beta_auto_code_interpreter_tool_param",
    "BetaCallableToolAllowedCaller": "beta_callable_tool_allowed_caller",
    "BetaClickButtonType": "beta_click_button_type",
    "BetaClickParam": "beta_click_param",
    "BetaClickParamParam": "beta_click_param",
    "BetaCodeInterpreterOutputImage": "beta_code_interpreter_output_image",
    "BetaCodeInterpreterOutputImageParam": "beta_code_interpreter_output_image",
    "BetaCodeInterpreterOutputLogs": "beta_code_interpreter_output_logs",
    "BetaCodeInterpreterOutputLogsParam": "beta_code_interpreter_output_logs",
    "BetaCodeInterpreterTool": "beta_code_interpreter_tool",
    "BetaCodeInterpreterToolCall": "beta_code_interpreter_tool_call",
    "BetaCodeInterpreterToolCallParam": "beta_code_interpreter_tool_call",
    "BetaCodeInterpreterToolParam": "beta_code_interpreter_tool",
    "BetaCompactResource": "beta_compact_resource",
    "BetaCompactResponseMethodPublicBody": "beta_compact_response_method_public_body",
    "BetaCompactResponseMethodPublicBodyParam": "beta_compact_response_method_public_body",
    "BetaCompactionBody": "beta_compaction_body",
    "BetaCompactionSummaryItemParam": "beta_compaction_summary_item_param",
    "BetaCompactionSummaryItemParamParam": "beta_compaction_summary_item_param",
    "BetaCompactionTriggerItemParam": "beta_compaction_trigger_item_param",
    "BetaCompactionTriggerItemParamParam": "beta_compaction_trigger_item_param",
    "BetaComparisonFilter": "beta_comparison_filter",
    "BetaComparisonFilterParam": "beta_comparison_filter",
    "BetaCompoundFilter": "beta_compound_filter",
    "BetaCompoundFilterParam": "beta_compound_filter",
    "BetaComputerAction": "beta_computer_action",
    "BetaComputerActionList": "beta_computer_action_list",
    "BetaComputerActionListParam": "beta_computer_action_list",
    "BetaComputerActionParam": "beta_computer_action",
    "BetaComputerCallOutputItemParam": "beta_computer_call_output_item_param",
    "BetaComputerCallOutputItemParamParam": "beta_computer_call_output_item_param",
    "BetaComputerCallOutputStatus": "beta_computer_call_output_status",
    "BetaComputerCallSafetyCheckParam": "beta_computer_call_safety_check_param",
    "BetaComputerCallSafetyCheckParamParam": "beta_computer_call_safety_check_param",
    "BetaComputerEnvironment": "beta_computer_environment",
    "BetaComputerScreenshotContent": "beta_computer_screenshot_content",
    "BetaComputerScreenshotImage": "beta_computer_screenshot_image",
    "BetaComputerScreenshotImageParam": "beta_computer_screenshot_image",
    "BetaComputerTool": "beta_computer_tool",
    "BetaComputerToolCall": "beta_computer_tool_call",
    "BetaComputerToolCallOutput": "beta_computer_tool_call_output",
    "BetaComputerToolCallOutputResource": "beta_computer_tool_call_output_resource",
    "BetaComputerToolCallParam": "beta_computer_tool_call",
    "BetaComputerToolParam": "beta_computer_tool",
    "BetaComputerUsePreviewTool": "beta_computer_use_preview_tool",
    "BetaComputerUsePreviewToolParam": "beta_computer_use_preview_tool",
    "BetaContainerAutoParam": "beta_container_auto_param",
    "BetaContainerAutoParamParam": "beta_container_auto_param",
    "BetaContainerFileCitationBody": "beta_container_file_citation_body",
    "BetaContainerFileCitationBodyParam": "beta_container_file_citation_body",
    "BetaContainerFileCitationParam": "beta_container_file_citation_param",
    "BetaContainerFileCitationParamParam": "beta_container_file_citation_param",
    "BetaContainerMemoryLimit": "beta_container_memory_limit",
    "BetaContainerNetworkPolicyAllowlistParam": "beta_container_network_policy_allowlist_param",
    "BetaContainerNetworkPolicyAllowlistParamParam": "beta_container_network_policy_allowlist_param",
    "BetaContainerNetworkPolicyDisabledParam": "beta_container_network_policy_disabled_param",
    "BetaContainerNetworkPolicyDisabledParamParam": "beta_container_network_policy_disabled_param",
    "BetaContainerNetworkPolicyDomainSecretParam": "beta_container_network_policy_domain_secret_param",
    "BetaContainerNetworkPolicyDomainSecretParamParam": "beta_container_network_policy_domain_secret_param",
    "BetaContainerReferenceParam": "beta_container_reference_param",
    "BetaContainerReferenceParamParam": "beta_container_reference_param",
    "BetaContainerReferenceResource": "beta_container_reference_resource",
    "BetaContent": "beta_content",
    "BetaContextManagementParam": "beta_context_management_param",
    "BetaContextManagementParamParam": "beta_context_management_param",
    "BetaConversationParam": "beta_conversation_param",
    "BetaConversationParamParam": "beta_conversation_param",
    "BetaConversationReference": "beta_conversation_reference",
    "BetaConversationReferenceParam": "beta_conversation_reference",
    "BetaCoordParam": "beta_coord_param",
    "BetaCoordParamParam": "beta_coord_param",
    "BetaCreateModelResponseProperties": "beta_create_model_response_properties",
    "BetaCreateResponse": "beta_create_response",
    "BetaCreateResponseParam": "beta_create_response",
    "BetaCustomGrammarFormatParam": "beta_custom_grammar_format_param",
    "BetaCustomGrammarFormatParamParam": "beta_custom_grammar_format_param",
    "BetaCustomTextFormatParam": "beta_custom_text_format_param",
    "BetaCustomTextFormatParamParam": "beta_custom_text_format_param",
    "BetaCustomToolCall": "beta_custom_tool_call",
    "BetaCustomToolCallOutput": "beta_custom_tool_call_output",
    "BetaCustomToolCallOutputParam": "beta_custom_tool_call_output",
    "BetaCustomToolCallOutputResource": "beta_custom_tool_call_output_resource",
    "BetaCustomToolCallParam": "beta_custom_tool_call",
    "BetaCustomToolCallResource": "beta_custom_tool_call_resource",
    "BetaCustomToolParam": "beta_custom_tool_param",
    "BetaCustomToolParamParam": "beta_custom_tool_param",
    "BetaDetailEnum": "beta_detail_enum",
    "BetaDirectToolCallCaller": "beta_direct_tool_call_caller",
    "BetaDirectToolCallCallerParam": "beta_direct_tool_call_caller_param",
    "BetaDirectToolCallCallerParamParam": "beta_direct_tool_call_caller_param",
    "BetaDirectToolCallCallerRequestParam": "beta_direct_tool_call_caller",
    "BetaDoubleClickAction": "beta_double_click_action",
    "BetaDoubleClickActionParam": "beta_double_click_action",
    "BetaDragParam": "beta_drag_param",
    "BetaDragParamParam": "beta_drag_param",
    "BetaEasyInputMessage": "beta_easy_input_message",
    "BetaEasyInputMessageParam": "beta_easy_input_message",
    "BetaEmptyModelParam": "beta_empty_model_param",
    "BetaEncryptedContent": "beta_encrypted_content",
    "BetaEncryptedContentParam": "beta_encrypted_content_param",
    "BetaEncryptedContentParamParam": "beta_encrypted_content_param",
    "BetaError": "beta_error",
    "BetaErrorPayload": "beta_error_payload",
    "BetaFileCitationBody": "beta_file_citation_body",
    "BetaFileCitationBodyParam": "beta_file_citation_body",
    "BetaFileCitationParam": "beta_file_citation_param",
    "BetaFileCitationParamParam": "beta_file_citation_param",
    "BetaFileDetailEnum": "beta_file_detail_enum",
    "BetaFileInputDetail": "beta_file_input_detail",
    "BetaFilePath": "beta_file_path",
    "BetaFilePathParam": "beta_file_path",
    "BetaFileSearchTool": "beta_file_search_tool",
    "BetaFileSearchToolCall": "beta_file_search_tool_call",
    "BetaFileSearchToolCallParam": "beta_file_search_tool_call",
    "BetaFileSearchToolCallResultsListItem": "beta_file_search_tool_call",
    "BetaFileSearchToolCallResultsListItemParam": "beta_file_search_tool_call",
    "BetaFileSearchToolParam": "beta_file_search_tool",
    "BetaFilters": "beta_filters",
    "BetaFiltersParam": "beta_filters",
    "BetaFunctionAndCustomToolCallOutput": "beta_function_and_custom_tool_call_output",
    "BetaFunctionAndCustomToolCallOutputParam": "beta_function_and_custom_tool_call_output",
    "BetaFunctionCallItemStatus": "beta_function_call_item_status",
    "BetaFunctionCallOutputItemParam": "beta_function_call_output_item_param",
    "BetaFunctionCallOutputItemParamParam": "beta_function_call_output_item_param",
    "BetaFunctionCallOutputStatusEnum": "beta_function_call_output_status_enum",
    "BetaFunctionCallStatus": "beta_function_call_status",
    "BetaFunctionShellAction": "beta_function_shell_action",
    "BetaFunctionShellActionParam": "beta_function_shell_action_param",
    "BetaFunctionShellActionParamParam": "beta_function_shell_action_param",
    "BetaFunctionShellCall": "beta_function_shell_call",
    "BetaFunctionShellCallItemParam": "beta_function_shell_call_item_param",
    "BetaFunctionShellCallItemParamParam": "beta_function_shell_call_item_param",
    "BetaFunctionShellCallItemStatus": "beta_function_shell_call_item_status",
    "BetaFunctionShellCallOutput": "beta_function_shell_call_output",
    "BetaFunctionShellCallOutputContent": "beta_function_shell_call_output_content",
    "BetaFunctionShellCallOutputContentParam": "beta_function_shell_call_output_content_param",
    "BetaFunctionShellCallOutputContentParamParam": "beta_function_shell_call_output_content_param",
    "BetaFunctionShellCallOutputExitOutcome": "beta_function_shell_call_output_exit_outcome",
    "BetaFunctionShellCallOutputExitOutcomeParam": "beta_function_shell_call_output_exit_outcome_param",
    "BetaFunctionShellCallOutputExitOutcomeParamParam": "beta_function_shell_call_output_exit_outcome_param",
    "BetaFunctionShellCallOutputItemParam": "beta_function_shell_call_output_item_param",
    "BetaFunctionShellCallOutputItemParamParam": "beta_function_shell_call_output_item_param",
    "BetaFunctionShellCallOutputOutcomeParam": "beta_function_shell_call_output_outcome_param",
    "BetaFunctionShellCallOutputOutcomeParamParam": "beta_function_shell_call_output_outcome_param",
    "BetaFunctionShellCallOutputStatusEnum": "beta_function_shell_call_output_status_enum",
    "BetaFunctionShellCallOutputTimeoutOutcome": "beta_function_shell_call_output_timeout_outcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam": "beta_function_shell_call_output_timeout_outcome_param",
    "BetaFunctionShellCallOutputTimeoutOutcomeParamParam": "beta_function_shell_call_output_timeout_outcome_param",
    "BetaFunctionShellCallStatus": "beta_function_shell_call_status",
    "BetaFunctionShellToolParam": "beta_function_shell_tool_param",
    "BetaFunctionShellToolParamParam": "beta_function_shell_tool_param",
    "BetaFunctionTool": "beta_function_tool",
    "BetaFunctionToolCall": "beta_function_tool_call",
    "BetaFunctionToolCallOutput": "beta_function_tool_call_output",
    "BetaFunctionToolCallOutputResource": "beta_function_tool_call_output_resource",
    "BetaFunctionToolCallParam": "beta_function_tool_call",
    "BetaFunctionToolCallResource": "beta_function_tool_call_resource",
    "BetaFunctionToolParam": "beta_function_tool_param",
    "BetaFunctionToolParamParam": "beta_function_tool_param",
    "BetaFunctionToolRequestParam": "beta_function_tool",
    "BetaGrammarSyntax": "beta_grammar_syntax",
    "BetaHttpError": "beta_http_error",
    "BetaHttpErrorParam": "beta_http_error",
    "BetaHybridSearchOptions": "beta_hybrid_search_options",
    "BetaHybridSearchOptionsParam": "beta_hybrid_search_options",
    "BetaImageDetail": "beta_image_detail",
    "BetaImageGenActionEnum": "beta_image_gen_action_enum",
    "BetaImageGenTool": "beta_image_gen_tool",
    "BetaImageGenToolCall": "beta_image_gen_tool_call",
    "BetaImageGenToolCallParam": "beta_image_gen_tool_call",
    "BetaImageGenToolInputImageMask": "beta_image_gen_tool",
    "BetaImageGenToolInputImageMaskParam": "beta_image_gen_tool",
    "BetaImageGenToolParam": "beta_image_gen_tool",
    "BetaIncludeEnum": "beta_include_enum",
    "BetaInlineSkillParam": "beta_inline_skill_param",
    "BetaInlineSkillParamParam": "beta_inline_skill_param",
    "BetaInlineSkillSourceParam": "beta_inline_skill_source_param",
    "BetaInlineSkillSourceParamParam": "beta_inline_skill_source_param",
    "BetaInputAudio": "beta_input_audio",
    "BetaInputAudioInputAudio": "beta_input_audio",
    "BetaInputContent": "beta_input_content",
    "BetaInputContentParam": "beta_input_content",
    "BetaInputFidelity": "beta_input_fidelity",
    "BetaInputFileContent": "beta_input_file_content",
    "BetaInputFileContentParam": "beta_input_file_content_param",
    "BetaInputFileContentParamParam": "beta_input_file_content_param",
    "BetaInputFileContentRequestParam": "beta_input_file_content",
    "BetaInputImageContent": "beta_input_image_content",
    "BetaInputImageContentParam": "beta_input_image_content",
    "BetaInputImageContentParamAutoParam": "beta_input_image_content_param_auto_param",
    "BetaInputImageContentParamAutoParamParam": "beta_input_image_content_param_auto_param",
    "BetaInputItem": "beta_input_item",
    "BetaInputItemParam": "beta_input_item",
    "BetaInputMessage": "beta_input_message",
    "BetaInputMessageContentList": "beta_input_message_content_list",
    "BetaInputMessageContentListParam": "beta_input_message_content_list",
    "BetaInputMessageParam": "beta_input_message",
    "BetaInputMessageResource": "beta_input_message_resource",
    "BetaInputParam": "beta_input_param",
    "BetaInputParamParam": "beta_input_param",
    "BetaInputTextContent": "beta_input_text_content",
    "BetaInputTextContentParam": "beta_input_text_content_param",
    "BetaInputTextContentParamParam": "beta_input_text_content_param",
    "BetaInputTextContentRequestParam": "beta_input_text_content",
    "BetaItem": "beta_item",
    "BetaItemField": "beta_item_field",
    "BetaItemParam": "beta_item",
    "BetaItemReferenceParam": "beta_item_reference_param",
    "BetaItemReferenceParamParam": "beta_item_reference_param",
    "BetaItemResource": "beta_item_resource",
    "BetaKeyPressAction": "beta_key_press_action",
    "BetaKeyPressActionParam": "beta_key_press_action",
    "BetaLocalEnvironmentParam": "beta_local_environment_param",
    "BetaLocalEnvironmentParamParam": "beta_local_environment_param",
    "BetaLocalEnvironmentResource": "beta_local_environment_resource",
    "BetaLocalShellExecAction": "beta_local_shell_exec_action",
    "BetaLocalShellExecActionParam": "beta_local_shell_exec_action",
    "BetaLocalShellToolCall": "beta_local_shell_tool_call",
    "BetaLocalShellToolCallOutput": "beta_local_shell_tool_call_output",
    "BetaLocalShellToolCallOutputParam": "beta_local_shell_tool_call_output",
    "BetaLocalShellToolCallParam": "beta_local_shell_tool_call",
    "BetaLocalShellToolParam": "beta_local_shell_tool_param",
    "BetaLocalShellToolParamParam": "beta_local_shell_tool_param",
    "BetaLocalSkillParam": "beta_local_skill_param",
    "BetaLocalSkillParamParam": "beta_local_skill_param",
    "BetaLogProb": "beta_log_prob",
    "BetaLogProbParam": "beta_log_prob",
    "BetaMcpApprovalRequest": "beta_mcp_approval_request",
    "BetaMcpApprovalRequestParam": "beta_mcp_approval_request",
    "BetaMcpApprovalResponse": "beta_mcp_approval_response",
    "BetaMcpApprovalResponseParam": "beta_mcp_approval_response",
    "BetaMcpApprovalResponseResource": "beta_mcp_approval_response_resource",
    "BetaMcpListTools": "beta_mcp_list_tools",
    "BetaMcpListToolsParam": "beta_mcp_list_tools",
    "BetaMcpListToolsTool": "beta_mcp_list_tools_tool",
    "BetaMcpListToolsToolParam": "beta_mcp_list_tools_tool",
    "BetaMcpProtocolError": "beta_mcp_protocol_error",
    "BetaMcpProtocolErrorParam": "beta_mcp_protocol_error",
    "BetaMcpTool": "beta_mcp_tool",
    "BetaMcpToolCall": "beta_mcp_tool_call",
    "BetaMcpToolCallError": "beta_mcp_tool_call_error",
    "BetaMcpToolCallErrorParam": "beta_mcp_tool_call_error",
    "BetaMcpToolCallParam": "beta_mcp_tool_call",
    "BetaMcpToolCallStatus": "beta_mcp_tool_call_status",
    "BetaMcpToolExecutionError": "beta_mcp_tool_execution_error",
    "BetaMcpToolExecutionErrorParam": "beta_mcp_tool_execution_error",
    "BetaMcpToolFilter": "beta_mcp_tool_filter",
    "BetaMcpToolFilterParam": "beta_mcp_tool_filter",
    "BetaMcpToolParam": "beta_mcp_tool",
    "BetaMcpToolRequireApprovalVariantMcpToolApprovalFilter": "beta_mcp_tool",
    "BetaMcpToolRequireApprovalVariantMcpToolApprovalFilterParam": "beta_mcp_tool",
    "BetaMessage": "beta_message",
    "BetaMessagePhase": "beta_message_phase",
    "BetaMessageRole": "beta_message_role",
    "BetaMessageStatus": "beta_message_status",
    "BetaMetadata": "beta_metadata",
    "BetaModelIdsCompaction": "beta_model_ids_compaction",
    "BetaModelIdsResponses": "beta_model_ids_responses",
    "BetaModelIdsShared": "beta_model_ids_shared",
    "BetaModelResponseProperties": "beta_model_response_properties",
    "BetaModeration": "beta_moderation",
    "BetaModerationConfigParam": "beta_moderation_config_param",
    "BetaModerationConfigParamParam": "beta_moderation_config_param",
    "BetaModerationErrorBody": "beta_moderation_error_body",
    "BetaModerationInputType": "beta_moderation_input_type",
    "BetaModerationMode": "beta_moderation_mode",
    "BetaModerationParam": "beta_moderation_param",
    "BetaModerationParamParam": "beta_moderation_param",
    "BetaModerationPolicyParam": "beta_moderation_policy_param",
    "BetaModerationPolicyParamParam": "beta_moderation_policy_param",
    "BetaModerationResultBody": "beta_moderation_result_body",
    "BetaMoveParam": "beta_move_param",
    "BetaMoveParamParam": "beta_move_param",
    "BetaMultiAgentAction": "beta_multi_agent_action",
    "BetaMultiAgentActionName": "beta_multi_agent_action_name",
    "BetaMultiAgentCall": "beta_multi_agent_call",
    "BetaMultiAgentCallItemParam": "beta_multi_agent_call_item_param",
    "BetaMultiAgentCallItemParamParam": "beta_multi_agent_call_item_param",
    "BetaMultiAgentCallOutput": "beta_multi_agent_call_output",
    "BetaMultiAgentCallOutputItemParam": "beta_multi_agent_call_output_item_param",
    "BetaMultiAgentCallOutputItemParamParam": "beta_multi_agent_call_output_item_param",
    "BetaMultiAgentParam": "beta_multi_agent_param",
    "BetaMultiAgentParamParam": "beta_multi_agent_param",
    "BetaNamespaceToolParam": "beta_namespace_tool_param",
    "BetaNamespaceToolParamParam": "beta_namespace_tool_param",
    "BetaOutputAudio": "beta_output_audio",
    "BetaOutputContent": "beta_output_content",
    "BetaOutputItem": "beta_output_item",
    "BetaOutputMessage": "beta_output_message",
    "BetaOutputMessageContent": "beta_output_message_content",
    "BetaOutputMessageContentParam": "beta_output_message_content",
    "BetaOutputMessageParam": "beta_output_message",
    "BetaOutputTextContent": "beta_output_text_content",
    "BetaOutputTextContentParam": "beta_output_text_content_param",
    "BetaOutputTextContentParamParam": "beta_output_text_content_param",
    "BetaOutputTextContentRequestParam": "beta_output_text_content",
    "BetaPersonalityEnum": "beta_personality_enum",
    "BetaProgram": "beta_program",
    "BetaProgramItemParam": "beta_program_item_param",
    "BetaProgramItemParamParam": "beta_program_item_param",
    "BetaProgramOutput": "beta_program_output",
    "BetaProgramOutputItemParam": "beta_program_output_item_param",
    "BetaProgramOutputItemParamParam": "beta_program_output_item_param",
    "BetaProgramOutputItemStatus": "beta_program_output_item_status",
    "BetaProgramOutputStatus": "beta_program_output_status",
    "BetaProgramToolCallCaller": "beta_program_tool_call_caller",
    "BetaProgramToolCallCallerParam": "beta_program_tool_call_caller_param",
    "BetaProgramToolCallCallerParamParam": "beta_program_tool_call_caller_param",
    "BetaProgramToolCallCallerRequestParam": "beta_program_tool_call_caller",
    "BetaProgrammaticToolCallingParam": "beta_programmatic_tool_calling_param",
    "BetaProgrammaticToolCallingParamParam": "beta_programmatic_tool_calling_param",
    "BetaPrompt": "beta_prompt",
    "BetaPromptCacheBreakpointConfig": "beta_prompt_cache_breakpoint_config",
    "BetaPromptCacheBreakpointConfigParam": "beta_prompt_cache_breakpoint_config",
    "BetaPromptCacheBreakpointParam": "beta_prompt_cache_breakpoint_param",
    "BetaPromptCacheBreakpointParamParam": "beta_prompt_cache_breakpoint_param",
    "BetaPromptCacheModeEnum": "beta_prompt_cache_mode_enum",
    "BetaPromptCacheOptions": "beta_prompt_cache_options",
    "BetaPromptCacheOptionsParam": "beta_prompt_cache_options_param",
    "BetaPromptCacheOptionsParamParam": "beta_prompt_cache_options_param",
    "BetaPromptCacheRetentionEnum": "beta_prompt_cache_retention_enum",
    "BetaPromptCacheTtlEnum": "beta_prompt_cache_ttl_enum",
    "BetaPromptObject": "beta_prompt",
    "BetaPromptObjectParam": "beta_prompt",
    "BetaPromptParam": "beta_prompt",
    "BetaRankerVersionType": "beta_ranker_version_type",
    "BetaRankingOptions": "beta_ranking_options",
    "BetaRankingOptionsParam": "beta_ranking_options",
    "BetaReasoning": "beta_reasoning",
    "BetaReasoningEffort": "beta_reasoning_effort",
    "BetaReasoningItem": "beta_reasoning_item",
    "BetaReasoningItemParam": "beta_reasoning_item",
    "BetaReasoningModeEnum": "beta_reasoning_mode_enum",
    "BetaReasoningParam": "beta_reasoning",
    "BetaReasoningTextContent": "beta_reasoning_text_content",
    "BetaReasoningTextContentParam": "beta_reasoning_text_content",
    "BetaRefusalContent": "beta_refusal_content",
    "BetaRefusalContentParam": "beta_refusal_content",
    "BetaResponse": "beta_response",
    "BetaResponseAudioDeltaEvent": "beta_response_audio_delta_event",
    "BetaResponseAudioDoneEvent": "beta_response_audio_done_event",
    "BetaResponseAudioTranscriptDeltaEvent": "beta_response_audio_transcript_delta_event",
    "BetaResponseAudioTranscriptDoneEvent": "beta_response_audio_transcript_done_event",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent": "beta_response_code_interpreter_call_code_delta_event",
    "BetaResponseCodeInterpreterCallCodeDoneEvent": "beta_response_code_interpreter_call_code_done_event",
    "BetaResponseCodeInterpreterCallCompletedEvent": "beta_response_code_interpreter_call_completed_event",
    "BetaResponseCodeInterpreterCallInProgressEvent": "beta_response_code_interpreter_call_in_progress_event",
    "BetaResponseCodeInterpreterCallInterpretingEvent": "beta_response_code_interpreter_call_interpreting_event",
    "BetaResponseCompletedEvent": "beta_response_completed_event",
    "BetaResponseContentPartAddedEvent": "beta_response_content_part_added_event",
    "BetaResponseContentPartDoneEvent": "beta_response_content_part_done_event",
    "BetaResponseConversation": "beta_response_conversation",
    "BetaResponseCreatedEvent": "beta_response_created_event",
    "BetaResponseCustomToolCallInputDeltaEvent": "beta_response_custom_tool_call_input_delta_event",
    "BetaResponseCustomToolCallInputDoneEvent": "beta_response_custom_tool_call_input_done_event",
    "BetaResponseError": "beta_response_error",
    "BetaResponseErrorCode": "beta_response_error_code",
    "BetaResponseErrorEvent": "beta_response_error_event",
    "BetaResponseErrorObject": "beta_response_error",
    "BetaResponseFailedEvent": "beta_response_failed_event",
    "BetaResponseFileSearchCallCompletedEvent": "beta_response_file_search_call_completed_event",
    "BetaResponseFileSearchCallInProgressEvent": "beta_response_file_search_call_in_progress_event",
    "BetaResponseFileSearchCallSearchingEvent": "beta_response_file_search_call_searching_event",
    "BetaResponseFormatJsonObject": "beta_response_format_json_object",
    "BetaResponseFormatJsonObjectParam": "beta_response_format_json_object",
    "BetaResponseFormatJsonSchema": "beta_response_format_json_schema_schema",
    "BetaResponseFormatText": "beta_response_format_text",
    "BetaResponseFormatTextParam": "beta_response_format_text",
    "BetaResponseFunctionCallArgumentsDeltaEvent": "beta_response_function_call_arguments_delta_event",
    "BetaResponseFunctionCallArgumentsDoneEvent": "beta_response_function_call_arguments_done_event",
    "BetaResponseImageGenCallCompletedEvent": "beta_response_image_gen_call_completed_event",
    "BetaResponseImageGenCallGeneratingEvent": "beta_response_image_gen_call_generating_event",
    "BetaResponseImageGenCallInProgressEvent": "beta_response_image_gen_call_in_progress_event",
    "BetaResponseImageGenCallPartialImageEvent": "beta_response_image_gen_call_partial_image_event",
    "BetaResponseInProgressEvent": "beta_response_in_progress_event",
    "BetaResponseIncompleteDetailsObject": "beta_response",
    "BetaResponseIncompleteEvent": "beta_response_incomplete_event",
    "BetaResponseInjectCreatedEvent": "beta_response_inject_created_event",
    "BetaResponseInjectEvent": "beta_response_inject_event",
    "BetaResponseInjectFailedEvent": "beta_response_inject_failed_event",
    "BetaResponseInjectFailedEventError": "beta_response_inject_failed_event",
    "BetaResponseItemList": "beta_response_item_list",
    "BetaResponseLogProb": "beta_response_log_prob",
    "BetaResponseLogProbTopLogprob": "beta_response_log_prob",
    "BetaResponseMcpCallArgumentsDeltaEvent": "beta_response_mcp_call_arguments_delta_event",
    "BetaResponseMcpCallArgumentsDoneEvent": "beta_response_mcp_call_arguments_done_event",
    "BetaResponseMcpCallCompletedEvent": "beta_response_mcp_call_completed_event",
    "BetaResponseMcpCallFailedEvent": "beta_response_mcp_call_failed_event",
    "BetaResponseMcpCallInProgressEvent": "beta_response_mcp_call_in_progress_event",
    "BetaResponseMcpListToolsCompletedEvent": "beta_response_mcp_list_tools_completed_event",
    "BetaResponseMcpListToolsFailedEvent": "beta_response_mcp_list_tools_failed_event",
    "BetaResponseMcpListToolsInProgressEvent": "beta_response_mcp_list_tools_in_progress_event",
    "BetaResponseOutputItemAddedEvent": "beta_response_output_item_added_event",
    "BetaResponseOutputItemDoneEvent": "beta_response_output_item_done_event",
    "BetaResponseOutputTextAnnotationAddedEvent": "beta_response_output_text_annotation_added_event",
    "BetaResponsePromptVariables": "beta_response_prompt_variables",
    "BetaResponsePromptVariablesParam": "beta_response_prompt_variables",
    "BetaResponseProperties": "beta_response_properties",
    "BetaResponseQueuedEvent": "beta_response_queued_event",
    "BetaResponseReasoningSummaryPartAddedEvent": "beta_response_reasoning_summary_part_added_event",
    "BetaResponseReasoningSummaryPartAddedEventPart": "beta_response_reasoning_summary_part_added_event",
    "BetaResponseReasoningSummaryPartDoneEvent": "beta_response_reasoning_summary_part_done_event",
    "BetaResponseReasoningSummaryPartDoneEventPart": "beta_response_reasoning_summary_part_done_event",
    "BetaResponseReasoningSummaryTextDeltaEvent": "beta_response_reasoning_summary_text_delta_event",
    "BetaResponseReasoningSummaryTextDoneEvent": "beta_response_reasoning_summary_text_done_event",
    "BetaResponseReasoningTextDeltaEvent": "beta_response_reasoning_text_delta_event",
    "BetaResponseReasoningTextDoneEvent": "beta_response_reasoning_text_done_event",
    "BetaResponseRefusalDeltaEvent": "beta_response_refusal_delta_event",
    "BetaResponseRefusalDoneEvent": "beta_response_refusal_done_event",
    "BetaResponseShellCallCommandAddedStreamingEvent": "beta_response_shell_call_command_added_streaming_event",
    "BetaResponseShellCallCommandDeltaStreamingEvent": "beta_response_shell_call_command_delta_streaming_event",
    "BetaResponseShellCallCommandDoneStreamingEvent": "beta_response_shell_call_command_done_streaming_event",
    "BetaResponseShellCallOutputContentDeltaStreamingEvent": "beta_response_shell_call_output_content_delta_streaming_event",
    "BetaResponseShellCallOutputContentDoneStreamingEvent": "beta_response_shell_call_output_content_done_streaming_event",
    "BetaResponseStreamEvent": "beta_response_stream_event",
    "BetaResponseStreamOptions": "beta_response_stream_options",
    "BetaResponseStreamOptionsObject": "beta_response_stream_options",
    "BetaResponseStreamOptionsObjectParam": "beta_response_stream_options",
    "BetaResponseStreamOptionsParam": "beta_response_stream_options",
    "BetaResponseTextDeltaEvent": "beta_response_text_delta_event",
    "BetaResponseTextDoneEvent": "beta_response_text_done_event",
    "BetaResponseTextParam": "beta_response_text_param",
    "BetaResponseTextParamParam": "beta_response_text_param",
    "BetaResponseUsage": "beta_response_usage",
    "BetaResponseUsageInputTokensDetails": "beta_response_usage",
    "BetaResponseUsageOutputTokensDetails": "beta_response_usage",
    "BetaResponseWebSearchCallCompletedEvent": "beta_response_web_search_call_completed_event",
    "BetaResponseWebSearchCallInProgressEvent": "beta_response_web_search_call_in_progress_event",
    "BetaResponseWebSearchCallSearchingEvent": "beta_response_web_search_call_searching_event",
    "BetaResponseWsError": "beta_response_ws_error",
    "BetaResponsesClientEvent": "beta_responses_client_event",
    "BetaResponsesClientEventResponseCreate": "beta_responses_client_event_response_create",
    "BetaResponsesServerEvent": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseAudioWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseAudioWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseContentPartWsAdded": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseContentPartWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsSearching": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseImageGenCallInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseImageGenCallWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseImageGenCallWsGenerating": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpCallInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpCallWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpCallWsFailed": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsFailed": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseOutputItemWsAdded": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseOutputItemWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseRefusalWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseRefusalWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsAdded": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseTextWsDelta": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseTextWsDone": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsSearching": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWsCompleted": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWsCreated": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWsFailed": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWsIncomplete": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseWsQueued": "beta_responses_server_event",
    "BetaResponsesWebSocketStreamEvent": "beta_responses_web_socket_stream_event",
    "BetaScreenshotParam": "beta_screenshot_param",
    "BetaScreenshotParamParam": "beta_screenshot_param",
    "BetaScrollParam": "beta_scroll_param",
    "BetaScrollParamParam": "beta_scroll_param",
    "BetaSearchContentType": "beta_search_content_type",
    "BetaSearchContextSize": "beta_search_context_size",
    "BetaServiceTierEnum": "beta_service_tier_enum",
    "BetaServiceTierResponses": "beta_service_tier_responses",
    "BetaShellCallOutputDelta": "beta_shell_call_output_delta",
    "BetaSkillReferenceParam": "beta_skill_reference_param",
    "BetaSkillReferenceParamParam": "beta_skill_reference_param",
    "BetaSpecificApplyPatchParam": "beta_specific_apply_patch_param",
    "BetaSpecificApplyPatchParamParam": "beta_specific_apply_patch_param",
    "BetaSpecificFunctionShellParam": "beta_specific_function_shell_param",
    "BetaSpecificFunctionShellParamParam": "beta_specific_function_shell_param",
    "BetaSpecificProgrammaticToolCallingParam": "beta_specific_programmatic_tool_calling_param",
    "BetaSpecificProgrammaticToolCallingParamParam": "beta_specific_programmatic_tool_calling_param",
    "BetaSummaryTextContent": "beta_summary_text_content",
    "BetaSummaryTextContentParam": "beta_summary_text_content",
    "BetaTextContent": "beta_text_content",
    "BetaTextResponseFormatConfiguration": "beta_text_response_format_configuration",
    "BetaTextResponseFormatConfigurationParam": "beta_text_response_format_configuration",
    "BetaTextResponseFormatJsonSchema": "beta_text_response_format_json_schema",
    "BetaTextResponseFormatJsonSchemaParam": "beta_text_response_format_json_schema",
    "BetaTokenCountsBody": "beta_token_counts_body",
    "BetaTokenCountsBodyParam": "beta_token_counts_body",
    "BetaTokenCountsResource": "beta_token_counts_resource",
    "BetaTool": "beta_tool",
    "BetaToolCallCaller": "beta_tool_call_caller",
    "BetaToolCallCallerParam": "beta_tool_call_caller_param",
    "BetaToolCallCallerParamParam": "beta_tool_call_caller_param",
    "BetaToolCallCallerRequestParam": "beta_tool_call_caller",
    "BetaToolChoiceAllowed": "beta_tool_choice_allowed",
    "BetaToolChoiceAllowedParam": "beta_tool_choice_allowed",
    "BetaToolChoiceCustom": "beta_tool_choice_custom",
    "BetaToolChoiceCustomParam": "beta_tool_choice_custom",
    "BetaToolChoiceFunction": "beta_tool_choice_function",
    "BetaToolChoiceFunctionParam": "beta_tool_choice_function",
    "BetaToolChoiceMcp": "beta_tool_choice_mcp",
    "BetaToolChoiceMcpParam": "beta_tool_choice_mcp",
    "BetaToolChoiceOptions": "beta_tool_choice_options",
    "BetaToolChoiceParam": "beta_tool_choice_param",
    "BetaToolChoiceParamParam": "beta_tool_choice_param",
    "BetaToolChoiceTypes": "beta_tool_choice_types",
    "BetaToolChoiceTypesParam": "beta_tool_choice_types",
    "BetaToolParam": "beta_tool",
    "BetaToolSearchCall": "beta_tool_search_call",
    "BetaToolSearchCallItemParam": "beta_tool_search_call_item_param",
    "BetaToolSearchCallItemParamParam": "beta_tool_search_call_item_param",
    "BetaToolSearchExecutionType": "beta_tool_search_execution_type",
    "BetaToolSearchOutput": "beta_tool_search_output",
    "BetaToolSearchOutputItemParam": "beta_tool_search_output_item_param",
    "BetaToolSearchOutputItemParamParam": "beta_tool_search_output_item_param",
    "BetaToolSearchToolParam": "beta_tool_search_tool_param",
    "BetaToolSearchToolParamParam": "beta_tool_search_tool_param",
    "BetaToolsArray": "beta_tools_array",
    "BetaToolsArrayParam": "beta_tools_array",
    "BetaTopLogProb": "beta_top_log_prob",
    "BetaTopLogProbParam": "beta_top_log_prob",
    "BetaTruncationEnum": "beta_truncation_enum",
    "BetaTypeParam": "beta_type_param",
    "BetaTypeParamParam": "beta_type_param",
    "BetaUrlCitationBody": "beta_url_citation_body",
    "BetaUrlCitationBodyParam": "beta_url_citation_body",
    "BetaUrlCitationParam": "beta_url_citation_param",
    "BetaUrlCitationParamParam": "beta_url_citation_param",
    "BetaVectorStoreFileAttributes": "beta_vector_store_file_attributes",
    "BetaVerbosity": "beta_verbosity",
    "BetaWaitParam": "beta_wait_param",
    "BetaWaitParamParam": "beta_wait_param",
    "BetaWebSearchActionFind": "beta_web_search_action_find",
    "BetaWebSearchActionFindParam": "beta_web_search_action_find",
    "BetaWebSearchActionOpenPage": "beta_web_search_action_open_page",
    "BetaWebSearchActionOpenPageParam": "beta_web_search_action_open_page",
    "BetaWebSearchActionSearch": "beta_web_search_action_search",
    "BetaWebSearchActionSearchParam": "beta_web_search_action_search",
    "BetaWebSearchActionSearchSource": "beta_web_search_action_search",
    "BetaWebSearchActionSearchSourceParam": "beta_web_search_action_search",
    "BetaWebSearchApproximateLocation": "beta_web_search_approximate_location",
    "BetaWebSearchApproximateLocationParam": "beta_web_search_approximate_location",
    "BetaWebSearchApproximateLocationWebSearchApproximateLocation": "beta_web_search_approximate_location",
    "BetaWebSearchApproximateLocationWebSearchApproximateLocationParam": "beta_web_search_approximate_location",
    "BetaWebSearchPreviewTool": "beta_web_search_preview_tool",
    "BetaWebSearchPreviewToolParam": "beta_web_search_preview_tool",
    "BetaWebSearchTool": "beta_web_search_tool",
    "BetaWebSearchToolCall": "beta_web_search_tool_call",
    "BetaWebSearchToolCallParam": "beta_web_search_tool_call",
    "BetaWebSearchToolFiltersObject": "beta_web_search_tool",
    "BetaWebSearchToolFiltersObjectParam": "beta_web_search_tool",
    "BetaWebSearchToolParam": "beta_web_search_tool",
    "C2PaProvenanceResult": "c2_pa_provenance_result",
    "C2PaValidationStateApi": "c2_pa_validation_state_api",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "Certificate": "certificate",
    "CertificateDetails": "certificate",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsChoiceParam": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsParam": "chat_completion_allowed_tools",
    "ChatCompletionDeleted": "chat_completion_deleted",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctionCallOptionParam": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionFunctionsParam": "chat_completion_functions",
    "ChatCompletionList": "chat_completion_list",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustom": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustomParam": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallParam": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageList": "chat_completion_message_list",
    "ChatCompletionMessageListDataItem": "chat_completion_message_list",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunctionParam": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallParam": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCalls": "chat_completion_message_tool_calls",
    "ChatCompletionMessageToolCallsParam": "chat_completion_message_tool_calls",
    "ChatCompletionModalities": "chat_completion_modalities",
    "ChatCompletionModeration": "chat_completion_moderation",
    "ChatCompletionModerationError": "chat_completion_moderation_error",
    "ChatCompletionModerationResults": "chat_completion_moderation_results",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomParam": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomSchema": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomSchemaParam": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunctionParam": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudioObject": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudioObjectParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageContentPart": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageContentPartParam": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageFunctionCallObject": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageFunctionCallObjectParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestDeveloperMessageParam": "chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestFunctionMessageParam": "chat_completion_request_function_message",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioParam": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioParam": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartFile": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileParam": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileSchema": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileSchemaParam": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageParam": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageUrl": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageUrlParam": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartRefusalParam": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartTextParam": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageParam": "chat_completion_request_message",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageContentPart": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestSystemMessageContentPartParam": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestSystemMessageParam": "chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageContentPart": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestToolMessageContentPartParam": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestToolMessageParam": "chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageContentPart": "chat_completion_request_user_message_content_part",
    "ChatCompletionRequestUserMessageContentPartParam": "chat_completion_request_user_message_content_part",
    "ChatCompletionRequestUserMessageParam": "chat_completion_request_user_message",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageAnnotation": "chat_completion_response_message",
    "ChatCompletionResponseMessageAnnotationUrlCitation": "chat_completion_response_message",
    "ChatCompletionResponseMessageAudioObject": "chat_completion_response_message",
    "ChatCompletionResponseMessageFunctionCall": "chat_completion_response_message",
    "ChatCompletionRole": "chat_completion_role",
    "ChatCompletionStreamOptions": "chat_completion_stream_options",
    "ChatCompletionStreamOptionsObject": "chat_completion_stream_options",
    "ChatCompletionStreamOptionsObjectParam": "chat_completion_stream_options",
    "ChatCompletionStreamOptionsParam": "chat_completion_stream_options",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprob": "chat_completion_token_logprob",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOption": "chat_completion_tool_choice_option",
    "ChatCompletionToolChoiceOptionParam": "chat_completion_tool_choice_option",
    "ChatCompletionToolParam": "chat_completion_tool",
    "ChatSessionAutomaticThreadTitling": "chat_session_automatic_thread_titling",
    "ChatSessionChatkitConfiguration": "chat_session_chatkit_configuration",
    "ChatSessionFileUpload": "chat_session_file_upload",
    "ChatSessionHistory": "chat_session_history",
    "ChatSessionRateLimits": "chat_session_rate_limits",
    "ChatSessionResource": "chat_session_resource",
    "ChatSessionStatus": "chat_session_status",
    "ChatkitConfigurationParam": "chatkit_configuration_param",
    "ChatkitConfigurationParamParam": "chatkit_configuration_param",
    "ChatkitWorkflow": "chatkit_workflow",
    "ChatkitWorkflowTracing": "chatkit_workflow_tracing",
    "ChunkingStrategyRequestParam": "chunking_strategy_request_param",
    "ChunkingStrategyRequestParamParam": "chunking_strategy_request_param",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClickParamParam": "click_param",
    "ClientToolCallItem": "client_tool_call_item",
    "ClientToolCallStatus": "client_tool_call_status",
    "ClosedStatus": "closed_status",
    "CodeInterpreterFileOutput": "code_interpreter_file_output",
    "CodeInterpreterFileOutputFile": "code_interpreter_file_output",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": "code_interpreter_output_image",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": "code_interpreter_output_logs",
    "CodeInterpreterTextOutput": "code_interpreter_text_output",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": "code_interpreter_tool_call",
    "CodeInterpreterToolParam": "code_interpreter_tool",
    "CompactResource": "compact_resource",
    "CompactResponseMethodPublicBody": "compact_response_method_public_body",
    "CompactResponseMethodPublicBodyParam": "compact_response_method_public_body",
    "CompactionBody": "compaction_body",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionSummaryItemParamParam": "compaction_summary_item_param",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "CompactionTriggerItemParamParam": "compaction_trigger_item_param",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterParam": "comparison_filter",
    "CompleteUploadRequest": "complete_upload_request",
    "CompleteUploadRequestParam": "complete_upload_request",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage",
    "CompletionUsagePromptTokensDetails": "completion_usage",
    "CompoundFilter": "compound_filter",
    "CompoundFilterParam": "compound_filter",
    "ComputerAction": "computer_action",
    "ComputerActionList": "computer_action_list",
    "ComputerActionListParam": "computer_action_list",
    "ComputerActionParam": "computer_action",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputItemParamParam": "computer_call_output_item_param",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerCallSafetyCheckParamParam": "computer_call_safety_check_param",
    "ComputerEnvironment": "computer_environment",
    "ComputerScreenshotContent": "computer_screenshot_content",
    "ComputerScreenshotImage": "computer_screenshot_image",
    "ComputerScreenshotImageParam": "computer_screenshot_image",
    "ComputerTool": "computer_tool",
    "ComputerToolCall": "computer_tool_call",
    "ComputerToolCallOutput": "computer_tool_call_output",
    "ComputerToolCallOutputResource": "computer_tool_call_output_resource",
    "ComputerToolCallParam": "computer_tool_call",
    "ComputerToolParam": "computer_tool",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ComputerUsePreviewToolParam": "computer_use_preview_tool",
    "ContainerAutoParam": "container_auto_param",
    "ContainerAutoParamParam": "container_auto_param",
    "ContainerFileCitationBody": "container_file_citation_body",
    "ContainerFileCitationBodyParam": "container_file_citation_body",
    "ContainerFileCitationParam": "container_file_citation_param",
    "ContainerFileListResource": "container_file_list_resource",
    "ContainerFileResource": "container_file_resource",
    "ContainerListResource": "container_list_resource",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyAllowlistParamParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDisabledParamParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerNetworkPolicyDomainSecretParamParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "ContainerReferenceParamParam": "container_reference_param",
    "ContainerReferenceResource": "container_reference_resource",
    "ContainerResource": "container_resource",
    "ContainerResourceExpiresAfter": "container_resource",
    "ContainerResourceNetworkPolicy": "container_resource",
    "Content": "content",
    "ContextManagementParam": "context_management_param",
    "ContextManagementParamParam": "context_management_param",
    "ConversationItem": "conversation_item",
    "ConversationItemList": "conversation_item_list",
    "ConversationParam": "conversation_param",
    "ConversationParamParam": "conversation_param",
    "ConversationReference": "conversation_reference",
    "ConversationReferenceParam": "conversation_reference",
    "ConversationResource": "conversation_resource",
    "CoordParam": "coord_param",
    "CoordParamParam": "coord_param",
    "CostsResult": "costs_result",
    "CostsResultAmount": "costs_result",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObject": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectCodeInterpreter": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectCodeInterpreterParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearch": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStore": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategy": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategyParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategy": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStatic": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStaticParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesObjectParam": "create_assistant_request",
    "CreateBatchRequest": "create_batch_request",
    "CreateBatchRequestParam": "create_batch_request",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestAudio": "create_chat_completion_request",
    "CreateChatCompletionRequestAudioParam": "create_chat_completion_request",
    "CreateChatCompletionRequestParam": "create_chat_completion_request",
    "CreateChatCompletionRequestWebSearchOptions": "create_chat_completion_request",
    "CreateChatCompletionRequestWebSearchOptionsParam": "create_chat_completion_request",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation": "create_chat_completion_request",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationParam": "create_chat_completion_request",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoice": "create_chat_completion_response",
    "CreateChatCompletionResponseChoiceLogprobsObject": "create_chat_completion_response",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoice": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoiceLogprobs": "create_chat_completion_stream_response",
    "CreateChatSessionBody": "create_chat_session_body",
    "CreateChatSessionBodyParam": "create_chat_session_body",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionRequestParam": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoice": "create_completion_response",
    "CreateCompletionResponseChoiceLogprobsObject": "create_completion_response",
    "CreateContainerBody": "create_container_body",
    "CreateContainerBodyExpiresAfter": "create_container_body",
    "CreateContainerBodyExpiresAfterParam": "create_container_body",
    "CreateContainerBodyParam": "create_container_body",
    "CreateContainerFileBody": "create_container_file_body",
    "CreateContainerFileBodyParam": "create_container_file_body",
    "CreateContentProvenanceBody": "create_content_provenance_body",
    "CreateContentProvenanceBodyParam": "create_content_provenance_body",
    "CreateConversationBody": "create_conversation_body",
    "CreateConversationBodyParam": "create_conversation_body",
    "CreateConversationItemsBody": "create_conversation_items",
    "CreateConversationItemsBodyParam": "create_conversation_items",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestParam": "create_embedding_request",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseUsage": "create_embedding_response",
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessagesParam": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesParam": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceParam": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceSamplingParams": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceSamplingParamsParam": "create_eval_completions_run_data_source",
    "CreateEvalCustomDataSourceConfig": "create_eval_custom_data_source_config",
    "CreateEvalCustomDataSourceConfigParam": "create_eval_custom_data_source_config",
    "CreateEvalItem": "create_eval_item",
    "CreateEvalItemParam": "create_eval_item",
    "CreateEvalItemSimpleInputMessage": "create_eval_item",
    "CreateEvalItemSimpleInputMessageParam": "create_eval_item",
    "CreateEvalJsonlRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalJsonlRunDataSourceParam": "create_eval_jsonl_run_data_source",
    "CreateEvalLabelModelGrader": "create_eval_label_model_grader",
    "CreateEvalLabelModelGraderParam": "create_eval_label_model_grader",
    "CreateEvalLogsDataSourceConfig": "create_eval_logs_data_source_config",
    "CreateEvalLogsDataSourceConfigParam": "create_eval_logs_data_source_config",
    "CreateEvalRequest": "create_eval_request",
    "CreateEvalRequestParam": "create_eval_request",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReferenceParam": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateItemChatMessage": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateItemChatMessageParam": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateParam": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceParam": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSamplingParams": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSamplingParamsParam": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSamplingParamsText": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSamplingParamsTextParam": "create_eval_responses_run_data_source",
    "CreateEvalRunRequest": "create_eval_run_request",
    "CreateEvalRunRequestParam": "create_eval_run_request",
    "CreateEvalStoredCompletionsDataSourceConfig": "create_eval_stored_completions_data_source_config",
    "CreateEvalStoredCompletionsDataSourceConfigParam": "create_eval_stored_completions_data_source_config",
    "CreateFileRequest": "create_file_request",
    "CreateFileRequestParam": "create_file_request",
    "CreateFineTuningCheckpointPermissionRequest": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningCheckpointPermissionRequestParam": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparameters": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparametersParam": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestIntegration": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestIntegrationParam": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestIntegrationWandb": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestIntegrationWandbParam": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestParam": "create_fine_tuning_job_request",
    "CreateGroupBody": "create_group_body",
    "CreateGroupBodyParam": "create_group_body",
    "CreateGroupUserBody": "create_group_user_body",
    "CreateGroupUserBodyParam": "create_group_user_body",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestParam": "create_image_request",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateImageVariationRequestParam": "create_image_variation_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestAttachmentsListItem": "create_message_request",
    "CreateMessageRequestAttachmentsListItemParam": "create_message_request",
    "CreateMessageRequestParam": "create_message_request",
    "CreateModelResponseProperties": "create_model_response_properties",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationRequestInputListItemImageUrl": "create_moderation_request",
    "CreateModerationRequestInputListItemImageUrlImageUrl": "create_moderation_request",
    "CreateModerationRequestInputListItemImageUrlImageUrlParam": "create_moderation_request",
    "CreateModerationRequestInputListItemImageUrlParam": "create_moderation_request",
    "CreateModerationRequestInputListItemText": "create_moderation_request",
    "CreateModerationRequestInputListItemTextParam": "create_moderation_request",
    "CreateModerationRequestParam": "create_moderation_request",
    "CreateModerationResponse": "create_moderation_response",
    "CreateModerationResponseResult": "create_moderation_response",
    "CreateModerationResponseResultCategories": "create_moderation_response",
    "CreateModerationResponseResultCategoryAppliedInputTypes": "create_moderation_response",
    "CreateModerationResponseResultCategoryScores": "create_moderation_response",
    "CreateProjectServiceAccountApiKeyBody": "create_project_service_account_api_key_body",
    "CreateProjectServiceAccountApiKeyBodyParam": "create_project_service_account_api_key_body",
    "CreateResponse": "create_response",
    "CreateResponseParam": "create_response",
    "CreateRunRequest": "create_run_request",
    "CreateRunRequestParam": "create_run_request",
    "CreateSkillBody": "create_skill_body",
    "CreateSkillBodyParam": "create_skill_body",
    "CreateSkillVersionBody": "create_skill_version_body",
    "CreateSkillVersionBodyParam": "create_skill_version_body",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestParam": "create_speech_request",
    "CreateSpeechResponseStreamEvent": "create_speech_response_stream_event",
    "CreateSpendAlertBody": "create_spend_alert_body",
    "CreateSpendAlertBodyParam": "create_spend_alert_body",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestParam": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResources": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreterParam": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResourcesFileSearch": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResourcesParam": "create_thread_and_run_request",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObject": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectCodeInterpreter": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectCodeInterpreterParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearch": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStore": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategy": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategyParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategy": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStatic": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStaticParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreParam": "create_thread_request",
    "CreateThreadRequestToolResourcesObjectParam": "create_thread_request",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestParam": "create_transcription_request",
    "CreateTranscriptionResponseDiarizedJson": "create_transcription_response_diarized_json",
    "CreateTranscriptionResponseJson": "create_transcription_response_json",
    "CreateTranscriptionResponseJsonLogprob": "create_transcription_response_json",
    "CreateTranscriptionResponseStreamEvent": "create_transcription_response_stream_event",
    "CreateTranscriptionResponseVerboseJson": "create_transcription_response_verbose_json",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationRequestParam": "create_translation_request",
    "CreateTranslationResponseJson": "create_translation_response_json",
    "CreateTranslationResponseVerboseJson": "create_translation_response_verbose_json",
    "CreateUploadRequest": "create_upload_request",
    "CreateUploadRequestParam": "create_upload_request",
    "CreateVectorStoreFileBatchRequest": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileBatchRequestParam": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": "create_vector_store_file_request",
    "CreateVectorStoreFileRequestParam": "create_vector_store_file_request",
    "CreateVectorStoreRequest": "create_vector_store_request",
    "CreateVectorStoreRequestParam": "create_vector_store_request",
    "CreateVideoCharacterBody": "create_video_character_body",
    "CreateVideoCharacterBodyParam": "create_video_character_body",
    "CreateVideoEditJsonBody": "create_video_edit_json_body",
    "CreateVideoEditJsonBodyParam": "create_video_edit_json_body",
    "CreateVideoEditMultipartBody": "create_video_edit_multipart_body",
    "CreateVideoExtendJsonBody": "create_video_extend_json_body",
    "CreateVideoExtendJsonBodyParam": "create_video_extend_json_body",
    "CreateVideoExtendMultipartBody": "create_video_extend_multipart_body",
    "CreateVideoJsonBody": "create_video_json_body",
    "CreateVideoJsonBodyParam": "create_video_json_body",
    "CreateVideoMultipartBody": "create_video_multipart_body",
    "CreateVideoRemixBody": "create_video_remix_body",
    "CreateVideoRemixBodyParam": "create_video_remix_body",
    "CreateVoiceConsentRequest": "create_voice_consent_request",
    "CreateVoiceConsentRequestParam": "create_voice_consent_request",
    "CreateVoiceRequest": "create_voice_request",
    "CreateVoiceRequestParam": "create_voice_request",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomGrammarFormatParamParam": "custom_grammar_format_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomTextFormatParamParam": "custom_text_format_param",
    "CustomToolCall": "custom_tool_call",
    "CustomToolCallOutput": "custom_tool_call_output",
    "CustomToolCallOutputParam": "custom_tool_call_output",
    "CustomToolCallOutputResource": "custom_tool_call_output_resource",
    "CustomToolCallParam": "custom_tool_call",
    "CustomToolCallResource": "custom_tool_call_resource",
    "CustomToolChatCompletions": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustom": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomFormatGrammarFormat": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammarParam": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomFormatGrammarFormatParam": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomFormatTextFormat": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomFormatTextFormatParam": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustomParam": "custom_tool_chat_completions",
    "CustomToolChatCompletionsParam": "custom_tool_chat_completions",
    "CustomToolParam": "custom_tool_param",
    "CustomToolParamParam": "custom_tool_param",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteCertificateResponse": "delete_certificate_response",
    "DeleteEvalResponse": "delete_eval",
    "DeleteEvalRunResponse": "delete_eval_run",
    "DeleteFileResponse": "delete_file_response",
    "DeleteFineTuningCheckpointPermissionResponse": "delete_fine_tuning_checkpoint_permission_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteModelResponse": "delete_model_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeleteVectorStoreFileResponse": "delete_vector_store_file_response",
    "DeleteVectorStoreResponse": "delete_vector_store_response",
    "DeletedConversation": "deleted_conversation",
    "DeletedConversationResource": "deleted_conversation_resource",
    "DeletedRoleAssignmentResource": "deleted_role_assignment_resource",
    "DeletedSkillResource": "deleted_skill_resource",
    "DeletedSkillVersionResource": "deleted_skill_version_resource",
    "DeletedThreadResource": "deleted_thread_resource",
    "DeletedVideoResource": "deleted_video_resource",
    "DetailEnum": "detail_enum",
    "DirectToolCallCaller": "direct_tool_call_caller",
    "DirectToolCallCallerParam": "direct_tool_call_caller_param",
    "DirectToolCallCallerParamParam": "direct_tool_call_caller_param",
    "DirectToolCallCallerRequestParam": "direct_tool_call_caller",
    "DoneEvent": "done_event",
    "DoubleClickAction": "double_click_action",
    "DoubleClickActionParam": "double_click_action",
    "DragParam": "drag_param",
    "DragParamParam": "drag_param",
    "DragPoint": "drag_point",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageParam": "easy_input_message",
    "EditImageBodyJsonParam": "edit_image_body_json_param",
    "EditImageBodyJsonParamParam": "edit_image_body_json_param",
    "Embedding": "embedding",
    "EmptyModelParam": "empty_model_param",
    "Error": "error",
    "ErrorDetail": "error_detail",
    "ErrorEvent": "error_event",
    "ErrorPayload": "error_payload",
    "ErrorResponse": "error_response",
    "Eval": "eval",
    "EvalApiError": "eval_api_error",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalGraderLabelModel": "eval_grader_label_model",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderPythonParam": "eval_grader_python",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderScoreModelParam": "eval_grader_score_model",
    "EvalGraderScoreModelSamplingParams": "eval_grader_score_model",
    "EvalGraderScoreModelSamplingParamsParam": "eval_grader_score_model",
    "EvalGraderStringCheck": "eval_grader_string_check",
    "EvalGraderStringCheckParam": "eval_grader_string_check",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalGraderTextSimilarityParam": "eval_grader_text_similarity",
    "EvalItem": "eval_item",
    "EvalItemContent": "eval_item_content",
    "EvalItemContentArray": "eval_item_content_array",
    "EvalItemContentArrayParam": "eval_item_content_array",
    "EvalItemContentItem": "eval_item_content_item",
    "EvalItemContentItemParam": "eval_item_content_item",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemContentOutputTextParam": "eval_item_content_output_text",
    "EvalItemContentParam": "eval_item_content",
    "EvalItemContentText": "eval_item_content_text",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalItemInputImageParam": "eval_item_input_image",
    "EvalItemParam": "eval_item",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItem": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItemParam": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceParam": "eval_jsonl_file_content_source",
    "EvalJsonlFileIdSource": "eval_jsonl_file_id_source",
    "EvalJsonlFileIdSourceParam": "eval_jsonl_file_id_source",
    "EvalList": "eval_list",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalResponsesSource": "eval_responses_source",
    "EvalResponsesSourceParam": "eval_responses_source",
    "EvalRun": "eval_run",
    "EvalRunList": "eval_run_list",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemList": "eval_run_output_item_list",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalRunOutputItemSample": "eval_run_output_item",
    "EvalRunOutputItemSampleInputItem": "eval_run_output_item",
    "EvalRunOutputItemSampleOutputItem": "eval_run_output_item",
    "EvalRunOutputItemSampleUsage": "eval_run_output_item",
    "EvalRunPerModelUsageItem": "eval_run",
    "EvalRunPerTestingCriteriaResult": "eval_run",
    "EvalRunResultCounts": "eval_run",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "EvalStoredCompletionsSourceParam": "eval_stored_completions_source",
    "ExpiresAfterParam": "expires_after_param",
    "ExpiresAfterParamParam": "expires_after_param",
    "FileAnnotation": "file_annotation",
    "FileAnnotationSource": "file_annotation_source",
    "FileCitationBody": "file_citation_body",
    "FileCitationBodyParam": "file_citation_body",
    "FileCitationParam": "file_citation_param",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfter": "file_expiration_after",
    "FileExpirationAfterParam": "file_expiration_after",
    "FileInputDetail": "file_input_detail",
    "FilePath": "file_path",
    "FilePathParam": "file_path",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsParam": "file_search_ranking_options",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallParam": "file_search_tool_call",
    "FileSearchToolCallResultsListItem": "file_search_tool_call",
    "FileSearchToolCallResultsListItemParam": "file_search_tool_call",
    "FileSearchToolParam": "file_search_tool",
    "FileUploadParam": "file_upload_param",
    "FileUploadParamParam": "file_upload_param",
    "Filters": "filters",
    "FiltersParam": "filters",
    "FineTuneChatCompletionRequestAssistantMessage": "fine_tune_chat_completion_request_assistant_message",
    "FineTuneDpoHyperparameters": "fine_tune_dpo_hyperparameters",
    "FineTuneDpoHyperparametersParam": "fine_tune_dpo_hyperparameters",
    "FineTuneDpoMethod": "fine_tune_dpo_method",
    "FineTuneDpoMethodParam": "fine_tune_dpo_method",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneMethodParam": "fine_tune_method",
    "FineTuneReinforcementHyperparameters": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementHyperparametersParam": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementMethod": "fine_tune_reinforcement_method",
    "FineTuneReinforcementMethodParam": "fine_tune_reinforcement_method",
    "FineTuneSupervisedHyperparameters": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedHyperparametersParam": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedMethod": "fine_tune_supervised_method",
    "FineTuneSupervisedMethodParam": "fine_tune_supervised_method",
    "FineTuningCheckpointPermission": "fine_tuning_checkpoint_permission",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint",
    "FineTuningJobErrorObject": "fine_tuning_job",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobHyperparameters": "fine_tuning_job",
    "FunctionAndCustomToolCallOutput": "function_and_custom_tool_call_output",
    "FunctionAndCustomToolCallOutputParam": "function_and_custom_tool_call_output",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputItemParamParam": "function_call_output_item_param",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionObject": "function_object",
    "FunctionObjectParam": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellActionParamParam": "function_shell_action_param",
    "FunctionShellCall": "function_shell_call",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemParamParam": "function_shell_call_item_param",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallOutput": "function_shell_call_output",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputContentParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputContentParamParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputExitOutcomeParamParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputItemParamParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputOutcomeParam": "function_shell_call_output_outcome_param",
    "FunctionShellCallOutputOutcomeParamParam": "function_shell_call_output_outcome_param",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallOutputTimeoutOutcomeParamParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionShellToolParamParam": "function_shell_tool_param",
    "FunctionTool": "function_tool",
    "FunctionToolCall": "function_tool_call",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolCallOutputResource": "function_tool_call_output_resource",
    "FunctionToolCallParam": "function_tool_call",
    "FunctionToolCallResource": "function_tool_call_resource",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamParam": "function_tool_param",
    "FunctionToolRequestParam": "function_tool",
    "GraderLabelModel": "grader_label_model",
    "GraderLabelModelParam": "grader_label_model",
    "GraderMulti": "grader_multi",
    "GraderMultiParam": "grader_multi",
    "GraderPython": "grader_python",
    "GraderPythonParam": "grader_python",
    "GraderScoreModel": "grader_score_model",
    "GraderScoreModelParam": "grader_score_model",
    "GraderStringCheck": "grader_string_check",
    "GraderStringCheckParam": "grader_string_check",
    "GraderTextSimilarity": "grader_text_similarity",
    "GraderTextSimilarityParam": "grader_text_similarity",
    "GrammarSyntax": "grammar_syntax",
    "Group": "group",
    "GroupDeletedResource": "group_deleted_resource",
    "GroupListResource": "group_list_resource",
    "GroupMemberUser": "group_member_user",
    "GroupResourceWithSuccess": "group_resource_with_success",
    "GroupResponse": "group_response",
    "GroupRoleAssignment": "group_role_assignment",
    "GroupUser": "group_user",
    "GroupUserAssignment": "group_user_assignment",
    "GroupUserDeletedResource": "group_user_deleted_resource",
    "HistoryParam": "history_param",
    "HistoryParamParam": "history_param",
    "HostedToolPermission": "hosted_tool_permission",
    "HostedToolPermissionUpdate": "hosted_tool_permission_update",
    "HostedToolPermissionUpdateParam": "hosted_tool_permission_update",
    "HttpError": "http_error",
    "HttpErrorParam": "http_error",
    "HybridSearchOptions": "hybrid_search_options",
    "HybridSearchOptionsParam": "hybrid_search_options",
    "Image": "image",
    "ImageDetail": "image_detail",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditStreamEvent": "image_edit_stream_event",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenInputUsageDetails": "image_gen_input_usage_details",
    "ImageGenOutputTokensDetails": "image_gen_output_tokens_details",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenStreamEvent": "image_gen_stream_event",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolCall": "image_gen_tool_call",
    "ImageGenToolCallParam": "image_gen_tool_call",
    "ImageGenToolInputImageMask": "image_gen_tool",
    "ImageGenToolInputImageMaskParam": "image_gen_tool",
    "ImageGenToolParam": "image_gen_tool",
    "ImageGenUsage": "image_gen_usage",
    "ImageRefParam": "image_ref_param",
    "ImageRefParamParam": "image_ref_param",
    "ImageReference": "image_reference",
    "ImageReferenceParam": "image_reference",
    "ImagesResponse": "images_response",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage",
    "IncludeEnum": "include_enum",
    "InferenceOptions": "inference_options",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillParamParam": "inline_skill_param",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InlineSkillSourceParamParam": "inline_skill_source_param",
    "InputAudio": "input_audio",
    "InputAudioInputAudio": "input_audio",
    "InputAudioInputAudioParam": "input_audio",
    "InputAudioParam": "input_audio",
    "InputContent": "input_content",
    "InputContentParam": "input_content",
    "InputFidelity": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputFileContentParamParam": "input_file_content_param",
    "InputFileContentRequestParam": "input_file_content",
    "InputImageContent": "input_image_content",
    "InputImageContentParam": "input_image_content",
    "InputImageContentParamAutoParam": "input_image_content_param_auto_param",
    "InputImageContentParamAutoParamParam": "input_image_content_param_auto_param",
    "InputItem": "input_item",
    "InputItemParam": "input_item",
    "InputMessage": "input_message",
    "InputMessageContentList": "input_message_content_list",
    "InputMessageContentListParam": "input_message_content_list",
    "InputMessageParam": "input_message",
    "InputMessageResource": "input_message_resource",
    "InputParam": "input_param",
    "InputParamParam": "input_param",
    "InputTextContent": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "InputTextContentParamParam": "input_text_content_param",
    "InputTextContentRequestParam": "input_text_content",
    "Invite": "invite",
    "InviteDeleteResponse": "invite_delete_response",
    "InviteListResponse": "invite_list_response",
    "InviteProject": "invite",
    "InviteProjectGroupBody": "invite_project_group_body",
    "InviteProjectGroupBodyParam": "invite_project_group_body",
    "InviteRequest": "invite_request",
    "InviteRequestParam": "invite_request",
    "InviteRequestProject": "invite_request",
    "InviteRequestProjectParam": "invite_request",
    "Item": "item",
    "ItemField": "item_field",
    "ItemParam": "item",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamParam": "item_reference_param",
    "ItemResource": "item_resource",
    "KeyPressAction": "key_press_action",
    "KeyPressActionParam": "key_press_action",
    "ListAssistantsResponse": "list_assistants_response",
    "ListAuditLogsEffectiveAt": "list_audit_logs",
    "ListAuditLogsEffectiveAtParam": "list_audit_logs",
    "ListAuditLogsResponse": "list_audit_logs_response",
    "ListBatchesResponse": "list_batches_response",
    "ListCertificatesResponse": "list_certificates_response",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningCheckpointPermissionResponse": "list_fine_tuning_checkpoint_permission_response",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListProjectCertificatesResponse": "list_project_certificates_response",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "ListVectorStoreFilesResponse": "list_vector_store_files_response",
    "ListVectorStoresResponse": "list_vector_stores_response",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalEnvironmentParamParam": "local_environment_param",
    "LocalEnvironmentResource": "local_environment_resource",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellExecActionParam": "local_shell_exec_action",
    "LocalShellToolCall": "local_shell_tool_call",
    "LocalShellToolCallOutput": "local_shell_tool_call_output",
    "LocalShellToolCallOutputParam": "local_shell_tool_call_output",
    "LocalShellToolCallParam": "local_shell_tool_call",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalShellToolParamParam": "local_shell_tool_param",
    "LocalSkillParam": "local_skill_param",
    "LocalSkillParamParam": "local_skill_param",
    "LockedStatus": "locked_status",
    "LogProb": "log_prob",
    "LogProbParam": "log_prob",
    "LogProbProperties": "log_prob_properties",
    "McpApprovalRequest": "mcp_approval_request",
    "McpApprovalRequestParam": "mcp_approval_request",
    "McpApprovalResponse": "mcp_approval_response",
    "McpApprovalResponseParam": "mcp_approval_response",
    "McpApprovalResponseResource": "mcp_approval_response_resource",
    "McpListTools": "mcp_list_tools",
    "McpListToolsParam": "mcp_list_tools",
    "McpListToolsTool": "mcp_list_tools_tool",
    "McpListToolsToolParam": "mcp_list_tools_tool",
    "McpProtocolError": "mcp_protocol_error",
    "McpProtocolErrorParam": "mcp_protocol_error",
    "McpTool": "mcp_tool",
    "McpToolCall": "mcp_tool_call",
    "McpToolCallError": "mcp_tool_call_error",
    "McpToolCallErrorParam": "mcp_tool_call_error",
    "McpToolCallParam": "mcp_tool_call",
    "McpToolCallStatus": "mcp_tool_call_status",
    "McpToolExecutionError": "mcp_tool_execution_error",
    "McpToolExecutionErrorParam": "mcp_tool_execution_error",
    "McpToolFilter": "mcp_tool_filter",
    "McpToolFilterParam": "mcp_tool_filter",
    "McpToolParam": "mcp_tool",
    "McpToolRequireApprovalVariantMcpToolApprovalFilter": "mcp_tool",
    "McpToolRequireApprovalVariantMcpToolApprovalFilterParam": "mcp_tool",
    "Message": "message",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFileParam": "message_content_image_file_object",
    "MessageContentImageFileObjectParam": "message_content_image_file_object",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrl": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrlParam": "message_content_image_url_object",
    "MessageContentImageUrlObjectParam": "message_content_image_url_object",
    "MessageContentRefusalObject": "message_content_refusal_object",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": "message_content_text_annotations_file_path_object",
    "MessageContentTextObject": "message_content_text_object",
    "MessageContentTextObjectText": "message_content_text_object",
    "MessageDeltaContentImageFileObject": "message_delta_content_image_file_object",
    "MessageDeltaContentImageFileObjectImageFile": "message_delta_content_image_file_object",
    "MessageDeltaContentImageUrlObject": "message_delta_content_image_url_object",
    "MessageDeltaContentImageUrlObjectImageUrl": "message_delta_content_image_url_object",
    "MessageDeltaContentRefusalObject": "message_delta_content_refusal_object",
    "MessageDeltaContentTextAnnotationsFileCitationObject": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFilePathObject": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextObject": "message_delta_content_text_object",
    "MessageDeltaContentTextObjectText": "message_delta_content_text_object",
    "MessageDeltaObject": "message_delta_object",
    "MessageDeltaObjectDelta": "message_delta_object",
    "MessageObject": "message_object",
    "MessageObjectAttachmentsListItem": "message_object",
    "MessageObjectIncompleteDetailsObject": "message_object",
    "MessagePhase": "message_phase",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "MessageRequestContentTextObjectParam": "message_request_content_text_object",
    "MessageRole": "message_role",
    "MessageStatus": "message_status",
    "MessageStreamEvent": "message_stream_event",
    "MessageStreamEventThreadMessageCompleted": "message_stream_event",
    "MessageStreamEventThreadMessageCreated": "message_stream_event",
    "MessageStreamEventThreadMessageDelta": "message_stream_event",
    "MessageStreamEventThreadMessageInProgress": "message_stream_event",
    "MessageStreamEventThreadMessageIncomplete": "message_stream_event",
    "Metadata": "metadata",
    "Model": "model",
    "ModelIds": "model_ids",
    "ModelIdsCompaction": "model_ids_compaction",
    "ModelIdsResponses": "model_ids_responses",
    "ModelIdsShared": "model_ids_shared",
    "ModelResponseProperties": "model_response_properties",
    "Moderation": "moderation",
    "ModerationConfigParam": "moderation_config_param",
    "ModerationConfigParamParam": "moderation_config_param",
    "ModerationErrorBody": "moderation_error_body",
    "ModerationInputType": "moderation_input_type",
    "ModerationMode": "moderation_mode",
    "ModerationParam": "moderation_param",
    "ModerationParamParam": "moderation_param",
    "ModerationPolicyParam": "moderation_policy_param",
    "ModerationPolicyParamParam": "moderation_policy_param",
    "ModerationResultBody": "moderation_result_body",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestParam": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesObject": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesObjectCodeInterpreter": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesObjectCodeInterpreterParam": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesObjectFileSearch": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesObjectFileSearchParam": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesObjectParam": "modify_assistant_request",
    "ModifyCertificateRequest": "modify_certificate_request",
    "ModifyCertificateRequestParam": "modify_certificate_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyMessageRequestParam": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyRunRequestParam": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestParam": "modify_thread_request",
    "ModifyThreadRequestToolResourcesObject": "modify_thread_request",
    "ModifyThreadRequestToolResourcesObjectCodeInterpreter": "modify_thread_request",
    "ModifyThreadRequestToolResourcesObjectCodeInterpreterParam": "modify_thread_request",
    "ModifyThreadRequestToolResourcesObjectFileSearch": "modify_thread_request",
    "ModifyThreadRequestToolResourcesObjectFileSearchParam": "modify_thread_request",
    "ModifyThreadRequestToolResourcesObjectParam": "modify_thread_request",
    "MoveParam": "move_param",
    "MoveParamParam": "move_param",
    "NamespaceToolParam": "namespace_tool_param",
    "NamespaceToolParamParam": "namespace_tool_param",
    "NoiseReductionType": "noise_reduction_type",
    "OpenAiFile": "open_ai_file",
    "OrderEnum": "order_enum",
    "OrganizationCertificate": "organization_certificate",
    "OrganizationCertificateActivationResponse": "organization_certificate_activation_response",
    "OrganizationCertificateDeactivationResponse": "organization_certificate_deactivation_response",
    "OrganizationCertificateDetails": "organization_certificate",
    "OrganizationDataRetention": "organization_data_retention",
    "OrganizationProjectCertificate": "organization_project_certificate",
    "OrganizationProjectCertificateActivationResponse": "organization_project_certificate_activation_response",
    "OrganizationProjectCertificateDeactivationResponse": "organization_project_certificate_deactivation_response",
    "OrganizationProjectCertificateDetails": "organization_project_certificate",
    "OrganizationSpendAlert": "organization_spend_alert",
    "OrganizationSpendAlertDeletedResource": "organization_spend_alert_deleted_resource",
    "OrganizationSpendAlertListResource": "organization_spend_alert_list_resource",
    "OrganizationSpendLimitDeletedResource": "organization_spend_limit_deleted_resource",
    "OrganizationSpendLimitResource": "organization_spend_limit_resource",
    "OtherChunkingStrategyResponseParam": "other_chunking_strategy_response_param",
    "OutputAudio": "output_audio",
    "OutputContent": "output_content",
    "OutputItem": "output_item",
    "OutputMessage": "output_message",
    "OutputMessageContent": "output_message_content",
    "OutputMessageContentParam": "output_message_content",
    "OutputMessageParam": "output_message",
    "OutputTextContent": "output_text_content",
    "OutputTextContentParam": "output_text_content",
    "ParallelToolCalls": "parallel_tool_calls",
    "PartialImages": "partial_images",
    "PersonalityEnum": "personality_enum",
    "PredictionContent": "prediction_content",
    "PredictionContentParam": "prediction_content",
    "Program": "program",
    "ProgramItemParam": "program_item_param",
    "ProgramItemParamParam": "program_item_param",
    "ProgramOutput": "program_output",
    "ProgramOutputItemParam": "program_output_item_param",
    "ProgramOutputItemParamParam": "program_output_item_param",
    "ProgramOutputItemStatus": "program_output_item_status",
    "ProgramOutputStatus": "program_output_status",
    "ProgramToolCallCaller": "program_tool_call_caller",
    "ProgramToolCallCallerParam": "program_tool_call_caller_param",
    "ProgramToolCallCallerParamParam": "program_tool_call_caller_param",
    "ProgramToolCallCallerRequestParam": "program_tool_call_caller",
    "ProgrammaticToolCallingParam": "programmatic_tool_calling_param",
    "ProgrammaticToolCallingParamParam": "programmatic_tool_calling_param",
    "Project": "project",
    "ProjectApiKey": "project_api_key",
    "ProjectApiKeyDeleteResponse": "project_api_key_delete_response",
    "ProjectApiKeyListResponse": "project_api_key_list_response",
    "ProjectApiKeyOwner": "project_api_key",
    "ProjectApiKeyOwnerServiceAccount": "project_api_key_owner_service_account",
    "ProjectApiKeyOwnerUser": "project_api_key_owner_user",
    "ProjectCreateRequest": "project_create_request",
    "ProjectCreateRequestParam": "project_create_request",
    "ProjectDataRetention": "project_data_retention",
    "ProjectGroup": "project_group",
    "ProjectGroupDeletedResource": "project_group_deleted_resource",
    "ProjectGroupListResource": "project_group_list_resource",
    "ProjectHostedToolPermissions": "project_hosted_tool_permissions",
    "ProjectHostedToolPermissionsUpdateRequest": "project_hosted_tool_permissions_update_request",
    "ProjectHostedToolPermissionsUpdateRequestParam": "project_hosted_tool_permissions_update_request",
    "ProjectListResponse": "project_list_response",
    "ProjectModelPermissions": "project_model_permissions",
    "ProjectModelPermissionsDeleteResponse": "project_model_permissions_delete_response",
    "ProjectModelPermissionsUpdateRequest": "project_model_permissions_update_request",
    "ProjectModelPermissionsUpdateRequestParam": "project_model_permissions_update_request",
    "ProjectRateLimit": "project_rate_limit",
    "ProjectRateLimitListResponse": "project_rate_limit_list_response",
    "ProjectRateLimitUpdateRequest": "project_rate_limit_update_request",
    "ProjectRateLimitUpdateRequestParam": "project_rate_limit_update_request",
    "ProjectServiceAccount": "project_service_account",
    "ProjectServiceAccountApiKey": "project_service_account_api_key",
    "ProjectServiceAccountCreateRequest": "project_service_account_create_request",
    "ProjectServiceAccountCreateRequestParam": "project_service_account_create_request",
    "ProjectServiceAccountCreateResponse": "project_service_account_create_response",
    "ProjectServiceAccountDeleteResponse": "project_service_account_delete_response",
    "ProjectServiceAccountListResponse": "project_service_account_list_response",
    "ProjectSpendAlert": "project_spend_alert",
    "ProjectSpendAlertDeletedResource": "project_spend_alert_deleted_resource",
    "ProjectSpendAlertListResource": "project_spend_alert_list_resource",
    "ProjectSpendLimitDeletedResource": "project_spend_limit_deleted_resource",
    "ProjectSpendLimitResource": "project_spend_limit_resource",
    "ProjectUpdateRequest": "project_update_request",
    "ProjectUpdateRequestParam": "project_update_request",
    "ProjectUser": "project_user",
    "ProjectUserCreateRequest": "project_user_create_request",
    "ProjectUserCreateRequestParam": "project_user_create_request",
    "ProjectUserDeleteResponse": "project_user_delete_response",
    "ProjectUserListResponse": "project_user_list_response",
    "ProjectUserUpdateRequest": "project_user_update_request",
    "ProjectUserUpdateRequestParam": "project_user_update_request",
    "Prompt": "prompt",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigParam": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointParam": "prompt_cache_breakpoint_param",
    "PromptCacheBreakpointParamParam": "prompt_cache_breakpoint_param",
    "PromptCacheModeEnum": "prompt_cache_mode_enum",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsParam": "prompt_cache_options_param",
    "PromptCacheOptionsParamParam": "prompt_cache_options_param",
    "PromptCacheRetentionEnum": "prompt_cache_retention_enum",
    "PromptCacheTtlEnum": "prompt_cache_ttl_enum",
    "PromptObject": "prompt",
    "PromptObjectParam": "prompt",
    "PromptParam": "prompt",
    "ProvenanceCheckObject": "provenance_check_object",
    "ProvenanceDetectionResultApi": "provenance_detection_result_api",
    "ProvenanceResource": "provenance_resource",
    "PublicAssignOrganizationGroupRoleBody": "public_assign_organization_group_role_body",
    "PublicAssignOrganizationGroupRoleBodyParam": "public_assign_organization_group_role_body",
    "PublicCreateOrganizationRoleBody": "public_create_organization_role_body",
    "PublicCreateOrganizationRoleBodyParam": "public_create_organization_role_body",
    "PublicProjectResidency": "public_project_residency",
    "PublicRoleListResource": "public_role_list_resource",
    "PublicUpdateOrganizationRoleBody": "public_update_organization_role_body",
    "PublicUpdateOrganizationRoleBodyParam": "public_update_organization_role_body",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RankingOptionsParam": "ranking_options",
    "RateLimitsParam": "rate_limits_param",
    "RateLimitsParamParam": "rate_limits_param",
    "RealtimeAudioFormats": "realtime_audio_formats",
    "RealtimeAudioFormatsParam": "realtime_audio_formats",
    "RealtimeAudioFormatsPcmAudioFormat": "realtime_audio_formats",
    "RealtimeAudioFormatsPcmAudioFormatParam": "realtime_audio_formats",
    "RealtimeAudioFormatsPcmaAudioFormat": "realtime_audio_formats",
    "RealtimeAudioFormatsPcmaAudioFormatParam": "realtime_audio_formats",
    "RealtimeAudioFormatsPcmuAudioFormat": "realtime_audio_formats",
    "RealtimeAudioFormatsPcmuAudioFormatParam": "realtime_audio_formats",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsTool": "realtime_beta_response_create_params",
    "RealtimeBetaResponseStatusDetails": "realtime_beta_response",
    "RealtimeBetaResponseStatusDetailsError": "realtime_beta_response",
    "RealtimeBetaResponseUsage": "realtime_beta_response",
    "RealtimeBetaResponseUsageInputTokenDetails": "realtime_beta_response",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_beta_response",
    "RealtimeBetaResponseUsageOutputTokenDetails": "realtime_beta_response",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorSchema": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventMcpListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMcpListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMcpListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimit": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseMcpCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMcpCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMcpCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMcpCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMcpCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallCreateRequestParam": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallReferRequestParam": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeCallRejectRequestParam": "realtime_call_reject_request",
    "RealtimeClientEvent": "realtime_client_event",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeConversationItem": "realtime_conversation_item",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentItem": "realtime_conversation_item_with_reference",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfter": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfterParam": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestParam": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeFunctionToolParam": "realtime_function_tool",
    "RealtimeMcpApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMcpApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMcpListTools": "realtime_mcp_list_tools",
    "RealtimeMcpProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMcpToolCall": "realtime_mcp_tool_call",
    "RealtimeMcpToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeMcphttpError": "realtime_mcphttp_error",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeReasoningParam": "realtime_reasoning",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response",
    "RealtimeResponseAudioOutput": "realtime_response",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params",
    "RealtimeResponseStatusDetails": "realtime_response",
    "RealtimeResponseStatusDetailsError": "realtime_response",
    "RealtimeResponseUsage": "realtime_response",
    "RealtimeResponseUsageInputTokenDetails": "realtime_response",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_response",
    "RealtimeResponseUsageOutputTokenDetails": "realtime_response",
    "RealtimeServerEvent": "realtime_server_event",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventErrorSchema": "realtime_server_event_error",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventMcpListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMcpListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMcpListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventRateLimitsUpdatedRateLimit": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartAddedPart": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseMcpCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMcpCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMcpCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMcpCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMcpCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecret": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecretParam": "realtime_session_create_request",
    "RealtimeSessionCreateRequestGa": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudio": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioInput": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioInputNoiseReduction": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioInputNoiseReductionParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioInputParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioOutput": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioOutputParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaAudioParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaTracingConfiguration": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGaTracingConfigurationParam": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request",
    "RealtimeSessionCreateRequestInputAudioTranscriptionParam": "realtime_session_create_request",
    "RealtimeSessionCreateRequestParam": "realtime_session_create_request",
    "RealtimeSessionCreateRequestTool": "realtime_session_create_request",
    "RealtimeSessionCreateRequestToolParam": "realtime_session_create_request",
    "RealtimeSessionCreateRequestTracingConfiguration": "realtime_session_create_request",
    "RealtimeSessionCreateRequestTracingConfigurationParam": "realtime_session_create_request",
    "RealtimeSessionCreateRequestTurnDetection": "realtime_session_create_request",
    "RealtimeSessionCreateRequestTurnDetectionParam": "realtime_session_create_request",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudioInputTurnDetection": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response",
    "RealtimeSessionCreateResponseGa": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGaAudio": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGaAudioInput": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGaAudioInputNoiseReduction": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGaAudioOutput": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGaTracingConfigurationTracingConfiguration": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseTracingConfiguration": "realtime_session_create_response",
    "RealtimeSessionCreateResponseTurnDetection": "realtime_session_create_response",
    "RealtimeSessionInputAudioNoiseReduction": "realtime_session",
    "RealtimeSessionTracingConfigurationTracingConfiguration": "realtime_session",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGa": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaAudio": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInput": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInputNoiseReduction": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInputNoiseReductionParam": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInputParam": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaAudioParam": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGaParam": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestParam": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecret": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseGa": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGaAudio": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGaAudioInput": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGaAudioInputNoiseReduction": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetectionObject": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection": "realtime_transcription_session_create_response",
    "RealtimeTranslationClientEvent": "realtime_translation_client_event",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterParam": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestParam": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEvent": "realtime_translation_server_event",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session",
    "RealtimeTranslationSessionAudioInputNoiseReductionObject": "realtime_translation_session",
    "RealtimeTranslationSessionAudioInputTranscriptionObject": "realtime_translation_session",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionObject": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionObjectParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioInputParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionObject": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionObjectParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioOutput": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioOutputParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestParam": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudio": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudioInput": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionObject": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionObject": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudioOutput": "realtime_translation_session_update_request",
    "RealtimeTruncation": "realtime_truncation",
    "RealtimeTruncationParam": "realtime_truncation",
    "RealtimeTruncationRetentionRatioTruncation": "realtime_truncation",
    "RealtimeTruncationRetentionRatioTruncationParam": "realtime_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits": "realtime_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimitsParam": "realtime_truncation",
    "RealtimeTurnDetection": "realtime_turn_detection",
    "RealtimeTurnDetectionParam": "realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad": "realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam": "realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVad": "realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam": "realtime_turn_detection",
    "Reasoning": "reasoning",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningItem": "reasoning_item",
    "ReasoningItemParam": "reasoning_item",
    "ReasoningModeEnum": "reasoning_mode_enum",
    "ReasoningParam": "reasoning",
    "ReasoningTextContent": "reasoning_text_content",
    "ReasoningTextContentParam": "reasoning_text_content",
    "RefusalContent": "refusal_content",
    "RefusalContentParam": "refusal_content",
    "ResponseAudioDeltaEvent": "response_audio_delta_event",
    "ResponseAudioDoneEvent": "response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": "response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": "response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": "response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": "response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": "response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": "response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": "response_code_interpreter_call_interpreting_event",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseContentPartAddedEvent": "response_content_part_added_event",
    "ResponseContentPartDoneEvent": "response_content_part_done_event",
    "ResponseConversation": "response_conversation",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseCustomToolCallInputDeltaEvent": "response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": "response_custom_tool_call_input_done_event",
    "ResponseError": "response_error",
    "ResponseErrorCode": "response_error_code",
    "ResponseErrorEvent": "response_error_event",
    "ResponseErrorObject": "response_error",
    "ResponseFailedEvent": "response_failed_event",
    "ResponseFileSearchCallCompletedEvent": "response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": "response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": "response_file_search_call_searching_event",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectParam": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextGrammar": "response_format_text_grammar",
    "ResponseFormatTextParam": "response_format_text",
    "ResponseFormatTextPython": "response_format_text_python",
    "ResponseFunctionCallArgumentsDeltaEvent": "response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": "response_function_call_arguments_done_event",
    "ResponseImageGenCallCompletedEvent": "response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": "response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": "response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": "response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": "response_in_progress_event",
    "ResponseIncompleteDetailsObject": "response",
    "ResponseIncompleteEvent": "response_incomplete_event",
    "ResponseItemList": "response_item_list",
    "ResponseLogProb": "response_log_prob",
    "ResponseLogProbTopLogprob": "response_log_prob",
    "ResponseMcpCallArgumentsDeltaEvent": "response_mcp_call_arguments_delta_event",
    "ResponseMcpCallArgumentsDoneEvent": "response_mcp_call_arguments_done_event",
    "ResponseMcpCallCompletedEvent": "response_mcp_call_completed_event",
    "ResponseMcpCallFailedEvent": "response_mcp_call_failed_event",
    "ResponseMcpCallInProgressEvent": "response_mcp_call_in_progress_event",
    "ResponseMcpListToolsCompletedEvent": "response_mcp_list_tools_completed_event",
    "ResponseMcpListToolsFailedEvent": "response_mcp_list_tools_failed_event",
    "ResponseMcpListToolsInProgressEvent": "response_mcp_list_tools_in_progress_event",
    "ResponseModalities": "response_modalities",
    "ResponseOutputItemAddedEvent": "response_output_item_added_event",
    "ResponseOutputItemDoneEvent": "response_output_item_done_event",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponsePromptVariables": "response_prompt_variables",
    "ResponsePromptVariablesParam": "response_prompt_variables",
    "ResponseProperties": "response_properties",
    "ResponseQueuedEvent": "response_queued_event",
    "ResponseReasoningSummaryPartAddedEvent": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventPart": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventPart": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": "response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": "response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": "response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": "response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": "response_refusal_delta_event",
    "ResponseRefusalDoneEvent": "response_refusal_done_event",
    "ResponseSchema": "response",
    "ResponseShellCallCommandAddedStreamingEvent": "response_shell_call_command_added_streaming_event",
    "ResponseShellCallCommandDeltaStreamingEvent": "response_shell_call_command_delta_streaming_event",
    "ResponseShellCallCommandDoneStreamingEvent": "response_shell_call_command_done_streaming_event",
    "ResponseShellCallOutputContentDeltaStreamingEvent": "response_shell_call_output_content_delta_streaming_event",
    "ResponseShellCallOutputContentDoneStreamingEvent": "response_shell_call_output_content_done_streaming_event",
    "ResponseStreamEvent": "response_stream_event",
    "ResponseStreamOptions": "response_stream_options",
    "ResponseStreamOptionsObject": "response_stream_options",
    "ResponseStreamOptionsObjectParam": "response_stream_options",
    "ResponseStreamOptionsParam": "response_stream_options",
    "ResponseTextDeltaEvent": "response_text_delta_event",
    "ResponseTextDoneEvent": "response_text_done_event",
    "ResponseTextParam": "response_text_param",
    "ResponseTextParamParam": "response_text_param",
    "ResponseUsage": "response_usage",
    "ResponseUsageInputTokensDetails": "response_usage",
    "ResponseUsageOutputTokensDetails": "response_usage",
    "ResponseWebSearchCallCompletedEvent": "response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": "response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": "response_web_search_call_searching_event",
    "ResponseWsError": "response_ws_error",
    "ResponsesClientEvent": "responses_client_event",
    "ResponsesClientEventResponseCreate": "responses_client_event_response_create",
    "ResponsesServerEvent": "responses_server_event",
    "ResponsesServerEventResponseAudioTranscriptWsDelta": "responses_server_event",
    "ResponsesServerEventResponseAudioTranscriptWsDone": "responses_server_event",
    "ResponsesServerEventResponseAudioWsDelta": "responses_server_event",
    "ResponsesServerEventResponseAudioWsDone": "responses_server_event",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta": "responses_server_event",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDone": "responses_server_event",
    "ResponsesServerEventResponseCodeInterpreterCallInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseCodeInterpreterCallWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseCodeInterpreterCallWsInterpreting": "responses_server_event",
    "ResponsesServerEventResponseContentPartWsAdded": "responses_server_event",
    "ResponsesServerEventResponseContentPartWsDone": "responses_server_event",
    "ResponsesServerEventResponseCustomToolCallInputWsDelta": "responses_server_event",
    "ResponsesServerEventResponseCustomToolCallInputWsDone": "responses_server_event",
    "ResponsesServerEventResponseFileSearchCallInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseFileSearchCallWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseFileSearchCallWsSearching": "responses_server_event",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDelta": "responses_server_event",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDone": "responses_server_event",
    "ResponsesServerEventResponseImageGenCallInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseImageGenCallPartialWsImage": "responses_server_event",
    "ResponsesServerEventResponseImageGenCallWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseImageGenCallWsGenerating": "responses_server_event",
    "ResponsesServerEventResponseInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseMcpCallArgumentsWsDelta": "responses_server_event",
    "ResponsesServerEventResponseMcpCallArgumentsWsDone": "responses_server_event",
    "ResponsesServerEventResponseMcpCallInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseMcpCallWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseMcpCallWsFailed": "responses_server_event",
    "ResponsesServerEventResponseMcpListToolsInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseMcpListToolsWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseMcpListToolsWsFailed": "responses_server_event",
    "ResponsesServerEventResponseOutputItemWsAdded": "responses_server_event",
    "ResponsesServerEventResponseOutputItemWsDone": "responses_server_event",
    "ResponsesServerEventResponseOutputTextAnnotationWsAdded": "responses_server_event",
    "ResponsesServerEventResponseReasoningSummaryPartWsAdded": "responses_server_event",
    "ResponsesServerEventResponseReasoningSummaryPartWsDone": "responses_server_event",
    "ResponsesServerEventResponseReasoningSummaryTextWsDelta": "responses_server_event",
    "ResponsesServerEventResponseReasoningSummaryTextWsDone": "responses_server_event",
    "ResponsesServerEventResponseReasoningTextWsDelta": "responses_server_event",
    "ResponsesServerEventResponseReasoningTextWsDone": "responses_server_event",
    "ResponsesServerEventResponseRefusalWsDelta": "responses_server_event",
    "ResponsesServerEventResponseRefusalWsDone": "responses_server_event",
    "ResponsesServerEventResponseShellCallCommandWsAdded": "responses_server_event",
    "ResponsesServerEventResponseShellCallCommandWsDelta": "responses_server_event",
    "ResponsesServerEventResponseShellCallCommandWsDone": "responses_server_event",
    "ResponsesServerEventResponseShellCallOutputContentWsDelta": "responses_server_event",
    "ResponsesServerEventResponseShellCallOutputContentWsDone": "responses_server_event",
    "ResponsesServerEventResponseTextWsDelta": "responses_server_event",
    "ResponsesServerEventResponseTextWsDone": "responses_server_event",
    "ResponsesServerEventResponseWebSearchCallInWsProgress": "responses_server_event",
    "ResponsesServerEventResponseWebSearchCallWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseWebSearchCallWsSearching": "responses_server_event",
    "ResponsesServerEventResponseWsCompleted": "responses_server_event",
    "ResponsesServerEventResponseWsCreated": "responses_server_event",
    "ResponsesServerEventResponseWsFailed": "responses_server_event",
    "ResponsesServerEventResponseWsIncomplete": "responses_server_event",
    "ResponsesServerEventResponseWsQueued": "responses_server_event",
    "ResponsesWebSocketStreamEvent": "responses_web_socket_stream_event",
    "Role": "role",
    "RoleDeletedResource": "role_deleted_resource",
    "RoleListResource": "role_list_resource",
    "RunCompletionUsage": "run_completion_usage",
    "RunCompletionUsageObject": "run_completion_usage",
    "RunGraderRequest": "run_grader_request",
    "RunGraderRequestParam": "run_grader_request",
    "RunGraderResponse": "run_grader_response",
    "RunGraderResponseMetadata": "run_grader_response",
    "RunGraderResponseMetadataErrors": "run_grader_response",
    "RunObject": "run_object",
    "RunObjectIncompleteDetails": "run_object",
    "RunObjectLastError": "run_object",
    "RunObjectRequiredAction": "run_object",
    "RunObjectRequiredActionSubmitToolOutputs": "run_object",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepCompletionUsageObject": "run_step_completion_usage",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaObjectDelta": "run_step_delta_object",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": "run_step_details_message_creation_object",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepObject": "run_step_object",
    "RunStepObjectLastErrorObject": "run_step_object",
    "RunStepStreamEvent": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepCancelled": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepCompleted": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepCreated": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepDelta": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepExpired": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepFailed": "run_step_stream_event",
    "RunStepStreamEventThreadRunStepInProgress": "run_step_stream_event",
    "RunStreamEvent": "run_stream_event",
    "RunStreamEventThreadRunCancelled": "run_stream_event",
    "RunStreamEventThreadRunCancelling": "run_stream_event",
    "RunStreamEventThreadRunCompleted": "run_stream_event",
    "RunStreamEventThreadRunCreated": "run_stream_event",
    "RunStreamEventThreadRunExpired": "run_stream_event",
    "RunStreamEventThreadRunFailed": "run_stream_event",
    "RunStreamEventThreadRunInProgress": "run_stream_event",
    "RunStreamEventThreadRunIncomplete": "run_stream_event",
    "RunStreamEventThreadRunQueued": "run_stream_event",
    "RunStreamEventThreadRunRequiresAction": "run_stream_event",
    "RunToolCallObject": "run_tool_call_object",
    "RunToolCallObjectFunction": "run_tool_call_object",
    "ScreenshotParam": "screenshot_param",
    "ScreenshotParamParam": "screenshot_param",
    "ScrollParam": "scroll_param",
    "ScrollParamParam": "scroll_param",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceAccountApiKeyBody": "service_account_api_key_body",
    "ServiceTier": "service_tier",
    "ServiceTierEnum": "service_tier_enum",
    "ServiceTierResponses": "service_tier_responses",
    "SetDefaultSkillVersionBody": "set_default_skill_version_body",
    "SetDefaultSkillVersionBodyParam": "set_default_skill_version_body",
    "ShellCallOutputDelta": "shell_call_output_delta",
    "SkillListResource": "skill_list_resource",
    "SkillReferenceParam": "skill_reference_param",
    "SkillReferenceParamParam": "skill_reference_param",
    "SkillResource": "skill_resource",
    "SkillVersionListResource": "skill_version_list_resource",
    "SkillVersionResource": "skill_version_resource",
    "SpecificApplyPatchParam": "specific_apply_patch_param",
    "SpecificApplyPatchParamParam": "specific_apply_patch_param",
    "SpecificFunctionShellParam": "specific_function_shell_param",
    "SpecificFunctionShellParamParam": "specific_function_shell_param",
    "SpecificProgrammaticToolCallingParam": "specific_programmatic_tool_calling_param",
    "SpecificProgrammaticToolCallingParamParam": "specific_programmatic_tool_calling_param",
    "SpeechAudioDeltaEvent": "speech_audio_delta_event",
    "SpeechAudioDoneEvent": "speech_audio_done_event",
    "SpeechAudioDoneEventUsage": "speech_audio_done_event",
    "SpendAlertNotificationChannel": "spend_alert_notification_channel",
    "SpendAlertNotificationChannelParam": "spend_alert_notification_channel",
    "SpendLimitCurrency": "spend_limit_currency",
    "SpendLimitEnforcement": "spend_limit_enforcement",
    "SpendLimitEnforcementStatus": "spend_limit_enforcement_status",
    "SpendLimitInterval": "spend_limit_interval",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyParam": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyRequestParamParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "StopConfiguration": "stop_configuration",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestParam": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutput": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputParam": "submit_tool_outputs_run_request",
    "SummaryTextContent": "summary_text_content",
    "SummaryTextContentParam": "summary_text_content",
    "SynthIdProvenanceResult": "synth_id_provenance_result",
    "TaskGroupItem": "task_group_item",
    "TaskGroupTask": "task_group_task",
    "TaskItem": "task_item",
    "TaskType": "task_type",
    "TextContent": "text_content",
    "TextResponseFormatConfiguration": "text_response_format_configuration",
    "TextResponseFormatConfigurationParam": "text_response_format_configuration",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "TextResponseFormatJsonSchemaParam": "text_response_format_json_schema",
    "ThreadItem": "thread_item",
    "ThreadItemListResource": "thread_item_list_resource",
    "ThreadListResource": "thread_list_resource",
    "ThreadObject": "thread_object",
    "ThreadObjectToolResourcesObject": "thread_object",
    "ThreadObjectToolResourcesObjectCodeInterpreter": "thread_object",
    "ThreadObjectToolResourcesObjectFileSearch": "thread_object",
    "ThreadResource": "thread_resource",
    "ThreadStreamEvent": "thread_stream_event",
    "ThreadStreamEventThreadCreated": "thread_stream_event",
    "ToggleCertificatesRequest": "toggle_certificates_request",
    "ToggleCertificatesRequestParam": "toggle_certificates_request",
    "TokenCountsBody": "token_counts_body",
    "TokenCountsBodyParam": "token_counts_body",
    "TokenCountsResource": "token_counts_resource",
    "Tool": "tool",
    "ToolCallCaller": "tool_call_caller",
    "ToolCallCallerParam": "tool_call_caller_param",
    "ToolCallCallerParamParam": "tool_call_caller_param",
    "ToolCallCallerRequestParam": "tool_call_caller",
    "ToolChoice": "tool_choice",
    "ToolChoiceAllowed": "tool_choice_allowed",
    "ToolChoiceAllowedParam": "tool_choice_allowed",
    "ToolChoiceCustom": "tool_choice_custom",
    "ToolChoiceCustomParam": "tool_choice_custom",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceFunctionParam": "tool_choice_function",
    "ToolChoiceMcp": "tool_choice_mcp",
    "ToolChoiceMcpParam": "tool_choice_mcp",
    "ToolChoiceOptions": "tool_choice_options",
    "ToolChoiceParam": "tool_choice_param",
    "ToolChoiceParamParam": "tool_choice_param",
    "ToolChoiceTypes": "tool_choice_types",
    "ToolChoiceTypesParam": "tool_choice_types",
    "ToolParam": "tool",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchCallItemParamParam": "tool_search_call_item_param",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchOutput": "tool_search_output",
    "ToolSearchOutputItemParam": "tool_search_output_item_param",
    "ToolSearchOutputItemParamParam": "tool_search_output_item_param",
    "ToolSearchToolParam": "tool_search_tool_param",
    "ToolSearchToolParamParam": "tool_search_tool_param",
    "ToolsArray": "tools_array",
    "ToolsArrayParam": "tools_array",
    "TopLogProb": "top_log_prob",
    "TopLogProbParam": "top_log_prob",
    "TranscriptTextDeltaEvent": "transcript_text_delta_event",
    "TranscriptTextDeltaEventLogprob": "transcript_text_delta_event",
    "TranscriptTextDoneEvent": "transcript_text_done_event",
    "TranscriptTextDoneEventLogprob": "transcript_text_done_event",
    "TranscriptTextSegmentEvent": "transcript_text_segment_event",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens",
    "TranscriptionChunkingStrategy": "transcription_chunking_strategy",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionInclude": "transcription_include",
    "TranscriptionLanguage": "transcription_language",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TruncationEnum": "truncation_enum",
    "TruncationObject": "truncation_object",
    "TruncationObjectParam": "truncation_object",
    "TypeParam": "type_param",
    "TypeParamParam": "type_param",
    "UpdateChatCompletionBody": "update_chat_completion",
    "UpdateChatCompletionBodyParam": "update_chat_completion",
    "UpdateConversationBody": "update_conversation_body",
    "UpdateConversationBodyParam": "update_conversation_body",
    "UpdateEvalBody": "update_eval",
    "UpdateEvalBodyParam": "update_eval",
    "UpdateGroupBody": "update_group_body",
    "UpdateGroupBodyParam": "update_group_body",
    "UpdateOrganizationDataRetentionBody": "update_organization_data_retention_body",
    "UpdateOrganizationDataRetentionBodyParam": "update_organization_data_retention_body",
    "UpdateOrganizationSpendLimitBody": "update_organization_spend_limit_body",
    "UpdateOrganizationSpendLimitBodyParam": "update_organization_spend_limit_body",
    "UpdateProjectDataRetentionBody": "update_project_data_retention_body",
    "UpdateProjectDataRetentionBodyParam": "update_project_data_retention_body",
    "UpdateProjectServiceAccountBody": "update_project_service_account_body",
    "UpdateProjectServiceAccountBodyParam": "update_project_service_account_body",
    "UpdateProjectSpendLimitBody": "update_project_spend_limit_body",
    "UpdateProjectSpendLimitBodyParam": "update_project_spend_limit_body",
    "UpdateVectorStoreFileAttributesRequest": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreFileAttributesRequestParam": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": "update_vector_store_request",
    "UpdateVectorStoreRequestParam": "update_vector_store_request",
    "UpdateVoiceConsentRequest": "update_voice_consent_request",
    "UpdateVoiceConsentRequestParam": "update_voice_consent_request",
    "Upload": "upload",
    "UploadCertificateRequest": "upload_certificate_request",
    "UploadCertificateRequestParam": "upload_certificate_request",
    "UploadPart": "upload_part",
    "UrlAnnotation": "url_annotation",
    "UrlAnnotationSource": "url_annotation_source",
    "UrlCitationBody": "url_citation_body",
    "UrlCitationBodyParam": "url_citation_body",
    "UrlCitationParam": "url_citation_param",
    "UsageAudioSpeechesResult": "usage_audio_speeches_result",
    "UsageAudioTranscriptionsResult": "usage_audio_transcriptions_result",
    "UsageCodeInterpreterSessionsResult": "usage_code_interpreter_sessions_result",
    "UsageCompletionsResult": "usage_completions_result",
    "UsageEmbeddingsResult": "usage_embeddings_result",
    "UsageFileSearchCallsResult": "usage_file_search_calls_result",
    "UsageImagesResult": "usage_images_result",
    "UsageModerationsResult": "usage_moderations_result",
    "UsageResponse": "usage_response",
    "UsageTimeBucket": "usage_time_bucket",
    "UsageVectorStoresResult": "usage_vector_stores_result",
    "UsageWebSearchCallsResult": "usage_web_search_calls_result",
    "User": "user",
    "UserDeleteResponse": "user_delete_response",
    "UserListResource": "user_list_resource",
    "UserListResponse": "user_list_response",
    "UserMessageInputText": "user_message_input_text",
    "UserMessageItem": "user_message_item",
    "UserMessageQuotedText": "user_message_quoted_text",
    "UserProjectsList": "user",
    "UserProjectsListDataItem": "user",
    "UserRoleAssignment": "user_role_assignment",
    "UserRoleUpdateRequest": "user_role_update_request",
    "UserRoleUpdateRequestParam": "user_role_update_request",
    "UserSchema": "user",
    "VadConfig": "vad_config",
    "VadConfigParam": "vad_config",
    "ValidateGraderRequest": "validate_grader_request",
    "ValidateGraderRequestParam": "validate_grader_request",
    "ValidateGraderResponse": "validate_grader_response",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreExpirationAfterParam": "vector_store_expiration_after",
    "VectorStoreFileAttributes": "vector_store_file_attributes",
    "VectorStoreFileBatchObject": "vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": "vector_store_file_batch_object",
    "VectorStoreFileContentResponse": "vector_store_file_content_response",
    "VectorStoreFileContentResponseDataItem": "vector_store_file_content_response",
    "VectorStoreFileObject": "vector_store_file_object",
    "VectorStoreFileObjectLastErrorObject": "vector_store_file_object",
    "VectorStoreObject": "vector_store_object",
    "VectorStoreObjectFileCounts": "vector_store_object",
    "VectorStoreSearchRequest": "vector_store_search_request",
    "VectorStoreSearchRequestParam": "vector_store_search_request",
    "VectorStoreSearchRequestRankingOptions": "vector_store_search_request",
    "VectorStoreSearchRequestRankingOptionsParam": "vector_store_search_request",
    "VectorStoreSearchResultContentObject": "vector_store_search_result_content_object",
    "VectorStoreSearchResultItem": "vector_store_search_result_item",
    "VectorStoreSearchResultsPage": "vector_store_search_results_page",
    "Verbosity": "verbosity",
    "VideoCharacterResource": "video_character_resource",
    "VideoContentVariant": "video_content_variant",
    "VideoListResource": "video_list_resource",
    "VideoModel": "video_model",
    "VideoReferenceInputParam": "video_reference_input_param",
    "VideoReferenceInputParamParam": "video_reference_input_param",
    "VideoResource": "video_resource",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "VideoStatus": "video_status",
    "VoiceConsentDeletedResource": "voice_consent_deleted_resource",
    "VoiceConsentListResource": "voice_consent_list_resource",
    "VoiceConsentResource": "voice_consent_resource",
    "VoiceIdsOrCustomVoice": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceObject": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceObjectParam": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceParam": "voice_ids_or_custom_voice",
    "VoiceIdsShared": "voice_ids_shared",
    "VoiceResource": "voice_resource",
    "WaitParam": "wait_param",
    "WaitParamParam": "wait_param",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionFindParam": "web_search_action_find",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionOpenPageParam": "web_search_action_open_page",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchParam": "web_search_action_search",
    "WebSearchActionSearchSource": "web_search_action_search",
    "WebSearchActionSearchSourceParam": "web_search_action_search",
    "WebSearchApproximateLocation": "web_search_approximate_location",
    "WebSearchApproximateLocationParam": "web_search_approximate_location",
    "WebSearchApproximateLocationWebSearchApproximateLocation": "web_search_approximate_location",
    "WebSearchApproximateLocationWebSearchApproximateLocationParam": "web_search_approximate_location",
    "WebSearchContextSize": "web_search_context_size",
    "WebSearchLocation": "web_search_location",
    "WebSearchLocationParam": "web_search_location",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolParam": "web_search_preview_tool",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolCall": "web_search_tool_call",
    "WebSearchToolCallParam": "web_search_tool_call",
    "WebSearchToolFiltersObject": "web_search_tool",
    "WebSearchToolFiltersObjectParam": "web_search_tool",
    "WebSearchToolParam": "web_search_tool",
    "WebhookBatchCancelled": "webhook_batch_cancelled",
    "WebhookBatchCancelledData": "webhook_batch_cancelled",
    "WebhookBatchCompleted": "webhook_batch_completed",
    "WebhookBatchCompletedData": "webhook_batch_completed",
    "WebhookBatchExpired": "webhook_batch_expired",
    "WebhookBatchExpiredData": "webhook_batch_expired",
    "WebhookBatchFailed": "webhook_batch_failed",
    "WebhookBatchFailedData": "webhook_batch_failed",
    "WebhookEvalRunCanceled": "webhook_eval_run_canceled",
    "WebhookEvalRunCanceledData": "webhook_eval_run_canceled",
    "WebhookEvalRunFailed": "webhook_eval_run_failed",
    "WebhookEvalRunFailedData": "webhook_eval_run_failed",
    "WebhookEvalRunSucceeded": "webhook_eval_run_succeeded",
    "WebhookEvalRunSucceededData": "webhook_eval_run_succeeded",
    "WebhookFineTuningJobCancelled": "webhook_fine_tuning_job_cancelled",
    "WebhookFineTuningJobCancelledData": "webhook_fine_tuning_job_cancelled",
    "WebhookFineTuningJobFailed": "webhook_fine_tuning_job_failed",
    "WebhookFineTuningJobFailedData": "webhook_fine_tuning_job_failed",
    "WebhookFineTuningJobSucceeded": "webhook_fine_tuning_job_succeeded",
    "WebhookFineTuningJobSucceededData": "webhook_fine_tuning_job_succeeded",
    "WebhookLiveCallIncoming": "webhook_live_call_incoming",
    "WebhookLiveCallIncomingData": "webhook_live_call_incoming",
    "WebhookLiveCallIncomingDataSipHeader": "webhook_live_call_incoming",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingDataSipHeader": "webhook_realtime_call_incoming",
    "WebhookResponseCancelled": "webhook_response_cancelled",
    "WebhookResponseCancelledData": "webhook_response_cancelled",
    "WebhookResponseCompleted": "webhook_response_completed",
    "WebhookResponseCompletedData": "webhook_response_completed",
    "WebhookResponseFailed": "webhook_response_failed",
    "WebhookResponseFailedData": "webhook_response_failed",
    "WebhookResponseIncomplete": "webhook_response_incomplete",
    "WebhookResponseIncompleteData": "webhook_response_incomplete",
    "WidgetMessageItem": "widget_message_item",
    "WorkflowParam": "workflow_param",
    "WorkflowParamParam": "workflow_param",
    "WorkflowTracingParam": "workflow_tracing_param",
    "WorkflowTracingParamParam": "workflow_tracing_param",
}

__all__ = [
    "ActiveStatus",
    "AddUploadPartRequest",
    "AddUploadPartRequestParam",
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamParam",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeyOwner",
    "AdminApiKeysCreateBody",
    "AdminApiKeysCreateBodyParam",
    "AdminApiKeysDeleteResponse",
    "Annotation",
    "AnnotationParam",
    "ApiKeyList",
    "ApiResponseFormatJsonSchema",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchCreateFileOperationParamParam",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchDeleteFileOperationParamParam",
    "ApplyPatchOperationParam",
    "ApplyPatchOperationParamParam",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamParam",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamParam",
    "ApplyPatchToolParam",
    "ApplyPatchToolParamParam",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamParam",
    "ApproximateLocation",
    "ApproximateLocationParam",
    "AssignedRoleDetails",
    "AssignedRoleDetailsAssignmentSourcesListItem",
    "AssistantMessageItem",
    "AssistantMessagePhase",
    "AssistantObject",
    "AssistantObjectToolResourcesObject",
    "AssistantObjectToolResourcesObjectCodeInterpreter",
    "AssistantObjectToolResourcesObjectFileSearch",
    "AssistantStreamEvent",
    "AssistantSupportedModels",
    "AssistantToolsCode",
    "AssistantToolsCodeParam",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchFileSearchParam",
    "AssistantToolsFileSearchParam",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFileSearchTypeOnlyParam",
    "AssistantToolsFunction",
    "AssistantToolsFunctionParam",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiResponseFormatOptionParam",
    "AssistantsApiToolChoiceOption",
    "AssistantsApiToolChoiceOptionParam",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceFunctionParam",
    "AssistantsNamedToolChoiceParam",
    "Attachment",
    "AttachmentType",
    "AudioResponseFormat",
    "AudioTranscription",
    "AudioTranscriptionParam",
    "AudioTranscriptionResponse",
    "AuditLog",
    "AuditLogActor",
    "AuditLogActorApiKey",
    "AuditLogActorServiceAccount",
    "AuditLogActorSession",
    "AuditLogActorUser",
    "AuditLogApiKeyCreated",
    "AuditLogApiKeyCreatedData",
    "AuditLogApiKeyDeleted",
    "AuditLogApiKeyUpdated",
    "AuditLogApiKeyUpdatedChangesRequested",
    "AuditLogCertificateCreated",
    "AuditLogCertificateDeleted",
    "AuditLogCertificateUpdated",
    "AuditLogCertificatesActivated",
    "AuditLogCertificatesActivatedCertificate",
    "AuditLogCertificatesDeactivated",
    "AuditLogCertificatesDeactivatedCertificate",
    "AuditLogCheckpointPermissionCreated",
    "AuditLogCheckpointPermissionCreatedData",
    "AuditLogCheckpointPermissionDeleted",
    "AuditLogEventType",
    "AuditLogExternalKeyRegistered",
    "AuditLogExternalKeyRemoved",
    "AuditLogGroupCreated",
    "AuditLogGroupCreatedData",
    "AuditLogGroupDeleted",
    "AuditLogGroupUpdated",
    "AuditLogGroupUpdatedChangesRequested",
    "AuditLogInviteAccepted",
    "AuditLogInviteDeleted",
    "AuditLogInviteSent",
    "AuditLogInviteSentData",
    "AuditLogIpAllowlistConfigActivated",
    "AuditLogIpAllowlistConfigActivatedConfig",
    "AuditLogIpAllowlistConfigDeactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfig",
    "AuditLogIpAllowlistCreated",
    "AuditLogIpAllowlistDeleted",
    "AuditLogIpAllowlistUpdated",
    "AuditLogLoginFailed",
    "AuditLogLogoutFailed",
    "AuditLogOrganizationUpdated",
    "AuditLogOrganizationUpdatedChangesRequested",
    "AuditLogProject",
    "AuditLogProjectArchived",
    "AuditLogProjectCreated",
    "AuditLogProjectCreatedData",
    "AuditLogProjectDeleted",
    "AuditLogProjectUpdated",
    "AuditLogProjectUpdatedChangesRequested",
    "AuditLogRateLimitDeleted",
    "AuditLogRateLimitUpdated",
    "AuditLogRateLimitUpdatedChangesRequested",
    "AuditLogRoleAssignmentCreated",
    "AuditLogRoleAssignmentDeleted",
    "AuditLogRoleBoundToResource",
    "AuditLogRoleCreated",
    "AuditLogRoleDeleted",
    "AuditLogRoleUnboundFromResource",
    "AuditLogRoleUpdated",
    "AuditLogRoleUpdatedChangesRequested",
    "AuditLogScimDisabled",
    "AuditLogScimEnabled",
    "AuditLogServiceAccountCreated",
    "AuditLogServiceAccountCreatedData",
    "AuditLogServiceAccountDeleted",
    "AuditLogServiceAccountUpdated",
    "AuditLogServiceAccountUpdatedChangesRequested",
    "AuditLogUserAdded",
    "AuditLogUserAddedData",
    "AuditLogUserDeleted",
    "AuditLogUserUpdated",
    "AuditLogUserUpdatedChangesRequested",
    "AuditLogWorkloadIdentityProviderCreated",
    "AuditLogWorkloadIdentityProviderDeleted",
    "AuditLogWorkloadIdentityProviderMappingCreated",
    "AuditLogWorkloadIdentityProviderMappingDeleted",
    "AuditLogWorkloadIdentityProviderMappingUpdated",
    "AuditLogWorkloadIdentityProviderUpdated",
    "AutoChunkingStrategyRequestParam",
    "AutoChunkingStrategyRequestParamParam",
    "AutoCodeInterpreterToolParam",
    "AutoCodeInterpreterToolParamParam",
    "AutomaticThreadTitlingParam",
    "AutomaticThreadTitlingParamParam",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchFileExpirationAfter",
    "BatchFileExpirationAfterParam",
    "BatchRequestCounts",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "BetaAdditionalTools",
    "BetaAdditionalToolsItemParam",
    "BetaAdditionalToolsItemParamParam",
    "BetaAgentMessage",
    "BetaAgentMessageItemParam",
    "BetaAgentMessageItemParamParam",
    "BetaAgentTag",
    "BetaAgentTagParam",
    "BetaAgentTagParamParam",
    "BetaAgentTagRequestParam",
    "BetaAnnotation",
    "BetaAnnotationParam",
    "BetaApplyPatchCallOutputStatus",
    "BetaApplyPatchCallOutputStatusParam",
    "BetaApplyPatchCallStatus",
    "BetaApplyPatchCallStatusParam",
    "BetaApplyPatchCreateFileOperation",
    "BetaApplyPatchCreateFileOperationParam",
    "BetaApplyPatchCreateFileOperationParamParam",
    "BetaApplyPatchDeleteFileOperation",
    "BetaApplyPatchDeleteFileOperationParam",
    "BetaApplyPatchDeleteFileOperationParamParam",
    "BetaApplyPatchOperationParam",
    "BetaApplyPatchOperationParamParam",
    "BetaApplyPatchToolCall",
    "BetaApplyPatchToolCallItemParam",
    "BetaApplyPatchToolCallItemParamParam",
    "BetaApplyPatchToolCallOutput",
    "BetaApplyPatchToolCallOutputItemParam",
    "BetaApplyPatchToolCallOutputItemParamParam",
    "BetaApplyPatchToolParam",
    "BetaApplyPatchToolParamParam",
    "BetaApplyPatchUpdateFileOperation",
    "BetaApplyPatchUpdateFileOperationParam",
    "BetaApplyPatchUpdateFileOperationParamParam",
    "BetaApproximateLocation",
    "BetaApproximateLocationParam",
    "BetaAssistantMessagePhase",
    "BetaAutoCodeInterpreterToolParam",
    "BetaAutoCodeInterpreterToolParamParam",
    "BetaCallableToolAllowedCaller",
    "BetaClickButtonType",
    "BetaClickParam",
    "BetaClickParamParam",
    "BetaCodeInterpreterOutputImage",
    "BetaCodeInterpreterOutputImageParam",
    "BetaCodeInterpreterOutputLogs",
    "BetaCodeInterpreterOutputLogsParam",
    "BetaCodeInterpreterTool",
    "BetaCodeInterpreterToolCall",
    "BetaCodeInterpreterToolCallParam",
    "BetaCodeInterpreterToolParam",
    "BetaCompactResource",
    "BetaCompactResponseMethodPublicBody",
    "BetaCompactResponseMethodPublicBodyParam",
    "BetaCompactionBody",
    "BetaCompactionSummaryItemParam",
    "BetaCompactionSummaryItemParamParam",
    "BetaCompactionTriggerItemParam",
    "BetaCompactionTriggerItemParamParam",
    "BetaComparisonFilter",
    "BetaComparisonFilterParam",
    "BetaCompoundFilter",
    "BetaCompoundFilterParam",
    "BetaComputerAction",
    "BetaComputerActionList",
    "BetaComputerActionListParam",
    "BetaComputerActionParam",
    "BetaComputerCallOutputItemParam",
    "BetaComputerCallOutputItemParamParam",
    "BetaComputerCallOutputStatus",
    "BetaComputerCallSafetyCheckParam",
    "BetaComputerCallSafetyCheckParamParam",
    "BetaComputerEnvironment",
    "BetaComputerScreenshotContent",
    "BetaComputerScreenshotImage",
    "BetaComputerScreenshotImageParam",
    "BetaComputerTool",
    "BetaComputerToolCall",
    "BetaComputerToolCallOutput",
    "BetaComputerToolCallOutputResource",
    "BetaComputerToolCallParam",
    "BetaComputerToolParam",
    "BetaComputerUsePreviewTool",
    "BetaComputerUsePreviewToolParam",
    "BetaContainerAutoParam",
    "BetaContainerAutoParamParam",
    "BetaContainerFileCitationBody",
    "BetaContainerFileCitationBodyParam",
    "BetaContainerFileCitationParam",
    "BetaContainerFileCitationParamParam",
    "BetaContainerMemoryLimit",
    "BetaContainerNetworkPolicyAllowlistParam",
    "BetaContainerNetworkPolicyAllowlistParamParam",
    "BetaContainerNetworkPolicyDisabledParam",
    "BetaContainerNetworkPolicyDisabledParamParam",
    "BetaContainerNetworkPolicyDomainSecretParam",
    "BetaContainerNetworkPolicyDomainSecretParamParam",
    "BetaContainerReferenceParam",
    "BetaContainerReferenceParamParam",
    "BetaContainerReferenceResource",
    "BetaContent",
    "BetaContextManagementParam",
    "BetaContextManagementParamParam",
    "BetaConversationParam",
    "BetaConversationParamParam",
    "BetaConversationReference",
    "BetaConversationReferenceParam",
    "BetaCoordParam",
    "BetaCoordParamParam",
    "BetaCreateModelResponseProperties",
    "BetaCreateResponse",
    "BetaCreateResponseParam",
    "BetaCustomGrammarFormatParam",
    "BetaCustomGrammarFormatParamParam",
    "BetaCustomTextFormatParam",
    "BetaCustomTextFormatParamParam",
    "BetaCustomToolCall",
    "BetaCustomToolCallOutput",
    "BetaCustomToolCallOutputParam",
    "BetaCustomToolCallOutputResource",
    "BetaCustomToolCallParam",
    "BetaCustomToolCallResource",
    "BetaCustomToolParam",
    "BetaCustomToolParamParam",
    "BetaDetailEnum",
    "BetaDirectToolCallCaller",
    "BetaDirectToolCallCallerParam",
    "BetaDirectToolCallCallerParamParam",
    "BetaDirectToolCallCallerRequestParam",
    "BetaDoubleClickAction",
    "BetaDoubleClickActionParam",
    "BetaDragParam",
    "BetaDragParamParam",
    "BetaEasyInputMessage",
    "BetaEasyInputMessageParam",
    "BetaEmptyModelParam",
    "BetaEncryptedContent",
    "BetaEncryptedContentParam",
    "BetaEncryptedContentParamParam",
    "BetaError",
    "BetaErrorPayload",
    "BetaFileCitationBody",
    "BetaFileCitationBodyParam",
    "BetaFileCitationParam",
    "BetaFileCitationParamParam",
    "BetaFileDetailEnum",
    "BetaFileInputDetail",
    "BetaFilePath",
    "BetaFilePathParam",
    "BetaFileSearchTool",
    "BetaFileSearchToolCall",
    "BetaFileSearchToolCallParam",
    "BetaFileSearchToolCallResultsListItem",
    "BetaFileSearchToolCallResultsListItemParam",
    "BetaFileSearchToolParam",
    "BetaFilters",
    "BetaFiltersParam",
    "BetaFunctionAndCustomToolCallOutput",
    "BetaFunctionAndCustomToolCallOutputParam",
    "BetaFunctionCallItemStatus",
    "BetaFunctionCallOutputItemParam",
    "BetaFunctionCallOutputItemParamParam",
    "BetaFunctionCallOutputStatusEnum",
    "BetaFunctionCallStatus",
    "BetaFunctionShellAction",
    "BetaFunctionShellActionParam",
    "BetaFunctionShellActionParamParam",
    "BetaFunctionShellCall",
    "BetaFunctionShellCallItemParam",
    "BetaFunctionShellCallItemParamParam",
    "BetaFunctionShellCallItemStatus",
    "BetaFunctionShellCallOutput",
    "BetaFunctionShellCallOutputContent",
    "BetaFunctionShellCallOutputContentParam",
    "BetaFunctionShellCallOutputContentParamParam",
    "BetaFunctionShellCallOutputExitOutcome",
    "BetaFunctionShellCallOutputExitOutcomeParam",
    "BetaFunctionShellCallOutputExitOutcomeParamParam",
    "BetaFunctionShellCallOutputItemParam",
    "BetaFunctionShellCallOutputItemParamParam",
    "BetaFunctionShellCallOutputOutcomeParam",
    "BetaFunctionShellCallOutputOutcomeParamParam",
    "BetaFunctionShellCallOutputStatusEnum",
    "BetaFunctionShellCallOutputTimeoutOutcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam",
    "BetaFunctionShellCallOutputTimeoutOutcomeParamParam",
    "BetaFunctionShellCallStatus",
    "BetaFunctionShellToolParam",
    "BetaFunctionShellToolParamParam",
    "BetaFunctionTool",
    "BetaFunctionToolCall",
    "BetaFunctionToolCallOutput",
    "BetaFunctionToolCallOutputResource",
    "BetaFunctionToolCallParam",
    "BetaFunctionToolCallResource",
    "BetaFunctionToolParam",
    "BetaFunctionToolParamParam",
    "BetaFunctionToolRequestParam",
    "BetaGrammarSyntax",
    "BetaHttpError",
    "BetaHttpErrorParam",
    "BetaHybridSearchOptions",
    "BetaHybridSearchOptionsParam",
    "BetaImageDetail",
    "BetaImageGenActionEnum",
    "BetaImageGenTool",
    "BetaImageGenToolCall",
    "BetaImageGenToolCallParam",
    "BetaImageGenToolInputImageMask",
    "BetaImageGenToolInputImageMaskParam",
    "BetaImageGenToolParam",
    "BetaIncludeEnum",
    "BetaInlineSkillParam",
    "BetaInlineSkillParamParam",
    "BetaInlineSkillSourceParam",
    "BetaInlineSkillSourceParamParam",
    "BetaInputAudio",
    "BetaInputAudioInputAudio",
    "BetaInputContent",
    "BetaInputContentParam",
    "BetaInputFidelity",
    "BetaInputFileContent",
    "BetaInputFileContentParam",
    "BetaInputFileContentParamParam",
    "BetaInputFileContentRequestParam",
    "BetaInputImageContent",
    "BetaInputImageContentParam",
    "BetaInputImageContentParamAutoParam",
    "BetaInputImageContentParamAutoParamParam",
    "BetaInputItem",
    "BetaInputItemParam",
    "BetaInputMessage",
    "BetaInputMessageContentList",
    "BetaInputMessageContentListParam",
    "BetaInputMessageParam",
    "BetaInputMessageResource",
    "BetaInputParam",
    "BetaInputParamParam",
    "BetaInputTextContent",
    "BetaInputTextContentParam",
    "BetaInputTextContentParamParam",
    "BetaInputTextContentRequestParam",
    "BetaItem",
    "BetaItemField",
    "BetaItemParam",
    "BetaItemReferenceParam",
    "BetaItemReferenceParamParam",
    "BetaItemResource",
    "BetaKeyPressAction",
    "BetaKeyPressActionParam",
    "BetaLocalEnvironmentParam",
    "BetaLocalEnvironmentParamParam",
    "BetaLocalEnvironmentResource",
    "BetaLocalShellExecAction",
    "BetaLocalShellExecActionParam",
    "BetaLocalShellToolCall",
    "BetaLocalShellToolCallOutput",
    "BetaLocalShellToolCallOutputParam",
    "BetaLocalShellToolCallParam",
    "BetaLocalShellToolParam",
    "BetaLocalShellToolParamParam",
    "BetaLocalSkillParam",
    "BetaLocalSkillParamParam",
    "BetaLogProb",
    "BetaLogProbParam",
    "BetaMcpApprovalRequest",
    "BetaMcpApprovalRequestParam",
    "BetaMcpApprovalResponse",
    "BetaMcpApprovalResponseParam",
    "BetaMcpApprovalResponseResource",
    "BetaMcpListTools",
    "BetaMcpListToolsParam",
    "BetaMcpListToolsTool",
    "BetaMcpListToolsToolParam",
    "BetaMcpProtocolError",
    "BetaMcpProtocolErrorParam",
    "BetaMcpTool",
    "BetaMcpToolCall",
    "BetaMcpToolCallError",
    "BetaMcpToolCallErrorParam",
    "BetaMcpToolCallParam",
    "BetaMcpToolCallStatus",
    "BetaMcpToolExecutionError",
    "BetaMcpToolExecutionErrorParam",
    "BetaMcpToolFilter",
    "BetaMcpToolFilterParam",
    "BetaMcpToolParam",
    "BetaMcpToolRequireApprovalVariantMcpToolApprovalFilter",
    "BetaMcpToolRequireApprovalVariantMcpToolApprovalFilterParam",
    "BetaMessage",
    "BetaMessagePhase",
    "BetaMessageRole",
    "BetaMessageStatus",
    "BetaMetadata",
    "BetaModelIdsCompaction",
    "BetaModelIdsResponses",
    "BetaModelIdsShared",
    "BetaModelResponseProperties",
    "BetaModeration",
    "BetaModerationConfigParam",
    "BetaModerationConfigParamParam",
    "BetaModerationErrorBody",
    "BetaModerationInputType",
    "BetaModerationMode",
    "BetaModerationParam",
    "BetaModerationParamParam",
    "BetaModerationPolicyParam",
    "BetaModerationPolicyParamParam",
    "BetaModerationResultBody",
    "BetaMoveParam",
    "BetaMoveParamParam",
    "BetaMultiAgentAction",
    "BetaMultiAgentActionName",
    "BetaMultiAgentCall",
    "BetaMultiAgentCallItemParam",
    "BetaMultiAgentCallItemParamParam",
    "BetaMultiAgentCallOutput",
    "BetaMultiAgentCallOutputItemParam",
    "BetaMultiAgentCallOutputItemParamParam",
    "BetaMultiAgentParam",
    "BetaMultiAgentParamParam",
    "BetaNamespaceToolParam",
    "BetaNamespaceToolParamParam",
    "BetaOutputAudio",
    "BetaOutputContent",
    "BetaOutputItem",
    "BetaOutputMessage",
    "BetaOutputMessageContent",
    "BetaOutputMessageContentParam",
    "BetaOutputMessageParam",
    "BetaOutputTextContent",
    "BetaOutputTextContentParam",
    "BetaOutputTextContentParamParam",
    "BetaOutputTextContentRequestParam",
    "BetaPersonalityEnum",
    "BetaProgram",
    "BetaProgramItemParam",
    "BetaProgramItemParamParam",
    "BetaProgramOutput",
    "BetaProgramOutputItemParam",
    "BetaProgramOutputItemParamParam",
    "BetaProgramOutputItemStatus",
    "BetaProgramOutputStatus",
    "BetaProgramToolCallCaller",
    "BetaProgramToolCallCallerParam",
    "BetaProgramToolCallCallerParamParam",
    "BetaProgramToolCallCallerRequestParam",
    "BetaProgrammaticToolCallingParam",
    "BetaProgrammaticToolCallingParamParam",
    "BetaPrompt",
    "BetaPromptCacheBreakpointConfig",
    "BetaPromptCacheBreakpointConfigParam",
    "BetaPromptCacheBreakpointParam",
    "BetaPromptCacheBreakpointParamParam",
    "BetaPromptCacheModeEnum",
    "BetaPromptCacheOptions",
    "BetaPromptCacheOptionsParam",
    "BetaPromptCacheOptionsParamParam",
    "BetaPromptCacheRetentionEnum",
    "BetaPromptCacheTtlEnum",
    "BetaPromptObject",
    "BetaPromptObjectParam",
    "BetaPromptParam",
    "BetaRankerVersionType",
    "BetaRankingOptions",
    "BetaRankingOptionsParam",
    "BetaReasoning",
    "BetaReasoningEffort",
    "BetaReasoningItem",
    "BetaReasoningItemParam",
    "BetaReasoningModeEnum",
    "BetaReasoningParam",
    "BetaReasoningTextContent",
    "BetaReasoningTextContentParam",
    "BetaRefusalContent",
    "BetaRefusalContentParam",
    "BetaResponse",
    "BetaResponseAudioDeltaEvent",
    "BetaResponseAudioDoneEvent",
    "BetaResponseAudioTranscriptDeltaEvent",
    "BetaResponseAudioTranscriptDoneEvent",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent",
    "BetaResponseCodeInterpreterCallCodeDoneEvent",
    "BetaResponseCodeInterpreterCallCompletedEvent",
    "BetaResponseCodeInterpreterCallInProgressEvent",
    "BetaResponseCodeInterpreterCallInterpretingEvent",
    "BetaResponseCompletedEvent",
    "BetaResponseContentPartAddedEvent",
    "BetaResponseContentPartDoneEvent",
    "BetaResponseConversation",
    "BetaResponseCreatedEvent",
    "BetaResponseCustomToolCallInputDeltaEvent",
    "BetaResponseCustomToolCallInputDoneEvent",
    "BetaResponseError",
    "BetaResponseErrorCode",
    "BetaResponseErrorEvent",
    "BetaResponseErrorObject",
    "BetaResponseFailedEvent",
    "BetaResponseFileSearchCallCompletedEvent",
    "BetaResponseFileSearchCallInProgressEvent",
    "BetaResponseFileSearchCallSearchingEvent",
    "BetaResponseFormatJsonObject",
    "BetaResponseFormatJsonObjectParam",
    "BetaResponseFormatJsonSchema",
    "BetaResponseFormatText",
    "BetaResponseFormatTextParam",
    "BetaResponseFunctionCallArgumentsDeltaEvent",
    "BetaResponseFunctionCallArgumentsDoneEvent",
    "BetaResponseImageGenCallCompletedEvent",
    "BetaResponseImageGenCallGeneratingEvent",
    "BetaResponseImageGenCallInProgressEvent",
    "BetaResponseImageGenCallPartialImageEvent",
    "BetaResponseInProgressEvent",
    "BetaResponseIncompleteDetailsObject",
    "BetaResponseIncompleteEvent",
    "BetaResponseInjectCreatedEvent",
    "BetaResponseInjectEvent",
    "BetaResponseInjectFailedEvent",
    "BetaResponseInjectFailedEventError",
    "BetaResponseItemList",
    "BetaResponseLogProb",
    "BetaResponseLogProbTopLogprob",
    "BetaResponseMcpCallArgumentsDeltaEvent",
    "BetaResponseMcpCallArgumentsDoneEvent",
    "BetaResponseMcpCallCompletedEvent",
    "BetaResponseMcpCallFailedEvent",
    "BetaResponseMcpCallInProgressEvent",
    "BetaResponseMcpListToolsCompletedEvent",
    "BetaResponseMcpListToolsFailedEvent",
    "BetaResponseMcpListToolsInProgressEvent",
    "BetaResponseOutputItemAddedEvent",
    "BetaResponseOutputItemDoneEvent",
    "BetaResponseOutputTextAnnotationAddedEvent",
    "BetaResponsePromptVariables",
    "BetaResponsePromptVariablesParam",
    "BetaResponseProperties",
    "BetaResponseQueuedEvent",
    "BetaResponseReasoningSummaryPartAddedEvent",
    "BetaResponseReasoningSummaryPartAddedEventPart",
    "BetaResponseReasoningSummaryPartDoneEvent",
    "BetaResponseReasoningSummaryPartDoneEventPart",
    "BetaResponseReasoningSummaryTextDeltaEvent",
    "BetaResponseReasoningSummaryTextDoneEvent",
    "BetaResponseReasoningTextDeltaEvent",
    "BetaResponseReasoningTextDoneEvent",
    "BetaResponseRefusalDeltaEvent",
    "BetaResponseRefusalDoneEvent",
    "BetaResponseShellCallCommandAddedStreamingEvent",
    "BetaResponseShellCallCommandDeltaStreamingEvent",
    "BetaResponseShellCallCommandDoneStreamingEvent",
    "BetaResponseShellCallOutputContentDeltaStreamingEvent",
    "BetaResponseShellCallOutputContentDoneStreamingEvent",
    "BetaResponseStreamEvent",
    "BetaResponseStreamOptions",
    "BetaResponseStreamOptionsObject",
    "BetaResponseStreamOptionsObjectParam",
    "BetaResponseStreamOptionsParam",
    "BetaResponseTextDeltaEvent",
    "BetaResponseTextDoneEvent",
    "BetaResponseTextParam",
    "BetaResponseTextParamParam",
    "BetaResponseUsage",
    "BetaResponseUsageInputTokensDetails",
    "BetaResponseUsageOutputTokensDetails",
    "BetaResponseWebSearchCallCompletedEvent",
    "BetaResponseWebSearchCallInProgressEvent",
    "BetaResponseWebSearchCallSearchingEvent",
    "BetaResponseWsError",
    "BetaResponsesClientEvent",
    "BetaResponsesClientEventResponseCreate",
    "BetaResponsesServerEvent",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDone",
    "BetaResponsesServerEventBetaResponseAudioWsDelta",
    "BetaResponsesServerEventBetaResponseAudioWsDone",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting",
    "BetaResponsesServerEventBetaResponseContentPartWsAdded",
    "BetaResponsesServerEventBetaResponseContentPartWsDone",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone",
    "BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsSearching",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone",
    "BetaResponsesServerEventBetaResponseImageGenCallInWsProgress",
    "BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage",
    "BetaResponsesServerEventBetaResponseImageGenCallWsCompleted",
    "BetaResponsesServerEventBetaResponseImageGenCallWsGenerating",
    "BetaResponsesServerEventBetaResponseInWsProgress",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone",
    "BetaResponsesServerEventBetaResponseMcpCallInWsProgress",
    "BetaResponsesServerEventBetaResponseMcpCallWsCompleted",
    "BetaResponsesServerEventBetaResponseMcpCallWsFailed",
    "BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsFailed",
    "BetaResponsesServerEventBetaResponseOutputItemWsAdded",
    "BetaResponsesServerEventBetaResponseOutputItemWsDone",
    "BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDelta",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDone",
    "BetaResponsesServerEventBetaResponseRefusalWsDelta",
    "BetaResponsesServerEventBetaResponseRefusalWsDone",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsAdded",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDelta",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDone",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone",
    "BetaResponsesServerEventBetaResponseTextWsDelta",
    "BetaResponsesServerEventBetaResponseTextWsDone",
    "BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsSearching",
    "BetaResponsesServerEventBetaResponseWsCompleted",
    "BetaResponsesServerEventBetaResponseWsCreated",
    "BetaResponsesServerEventBetaResponseWsFailed",
    "BetaResponsesServerEventBetaResponseWsIncomplete",
    "BetaResponsesServerEventBetaResponseWsQueued",
    "BetaResponsesWebSocketStreamEvent",
    "BetaScreenshotParam",
    "BetaScreenshotParamParam",
    "BetaScrollParam",
    "BetaScrollParamParam",
    "BetaSearchContentType",
    "BetaSearchContextSize",
    "BetaServiceTierEnum",
    "BetaServiceTierResponses",
    "BetaShellCallOutputDelta",
    "BetaSkillReferenceParam",
    "BetaSkillReferenceParamParam",
    "BetaSpecificApplyPatchParam",
    "BetaSpecificApplyPatchParamParam",
    "BetaSpecificFunctionShellParam",
    "BetaSpecificFunctionShellParamParam",
    "BetaSpecificProgrammaticToolCallingParam",
    "BetaSpecificProgrammaticToolCallingParamParam",
    "BetaSummaryTextContent",
    "BetaSummaryTextContentParam",
    "BetaTextContent",
    "BetaTextResponseFormatConfiguration",
    "BetaTextResponseFormatConfigurationParam",
    "BetaTextResponseFormatJsonSchema",
    "BetaTextResponseFormatJsonSchemaParam",
    "BetaTokenCountsBody",
    "BetaTokenCountsBodyParam",
    "BetaTokenCountsResource",
    "BetaTool",
    "BetaToolCallCaller",
    "BetaToolCallCallerParam",
    "BetaToolCallCallerParamParam",
    "BetaToolCallCallerRequestParam",
    "BetaToolChoiceAllowed",
    "BetaToolChoiceAllowedParam",
    "BetaToolChoiceCustom",
    "BetaToolChoiceCustomParam",
    "BetaToolChoiceFunction",
    "BetaToolChoiceFunctionParam",
    "BetaToolChoiceMcp",
    "BetaToolChoiceMcpParam",
    "BetaToolChoiceOptions",
    "BetaToolChoiceParam",
    "BetaToolChoiceParamParam",
    "BetaToolChoiceTypes",
    "BetaToolChoiceTypesParam",
    "BetaToolParam",
    "BetaToolSearchCall",
    "BetaToolSearchCallItemParam",
    "BetaToolSearchCallItemParamParam",
    "BetaToolSearchExecutionType",
    "BetaToolSearchOutput",
    "BetaToolSearchOutputItemParam",
    "BetaToolSearchOutputItemParamParam",
    "BetaToolSearchToolParam",
    "BetaToolSearchToolParamParam",
    "BetaToolsArray",
    "BetaToolsArrayParam",
    "BetaTopLogProb",
    "BetaTopLogProbParam",
    "BetaTruncationEnum",
    "BetaTypeParam",
    "BetaTypeParamParam",
    "BetaUrlCitationBody",
    "BetaUrlCitationBodyParam",
    "BetaUrlCitationParam",
    "BetaUrlCitationParamParam",
    "BetaVectorStoreFileAttributes",
    "BetaVerbosity",
    "BetaWaitParam",
    "BetaWaitParamParam",
    "BetaWebSearchActionFind",
    "BetaWebSearchActionFindParam",
    "BetaWebSearchActionOpenPage",
    "BetaWebSearchActionOpenPageParam",
    "BetaWebSearchActionSearch",
    "BetaWebSearchActionSearchParam",
    "BetaWebSearchActionSearchSource",
    "BetaWebSearchActionSearchSourceParam",
    "BetaWebSearchApproximateLocation",
    "BetaWebSearchApproximateLocationParam",
    "BetaWebSearchApproximateLocationWebSearchApproximateLocation",
    "BetaWebSearchApproximateLocationWebSearchApproximateLocationParam",
    "BetaWebSearchPreviewTool",
    "BetaWebSearchPreviewToolParam",
    "BetaWebSearchTool",
    "BetaWebSearchToolCall",
    "BetaWebSearchToolCallParam",
    "BetaWebSearchToolFiltersObject",
    "BetaWebSearchToolFiltersObjectParam",
    "BetaWebSearchToolParam",
    "C2PaProvenanceResult",
    "C2PaValidationStateApi",
    "CallableToolAllowedCaller",
    "Certificate",
    "CertificateDetails",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsChoiceParam",
    "ChatCompletionAllowedToolsParam",
    "ChatCompletionDeleted",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctions",
    "ChatCompletionFunctionsParam",
    "ChatCompletionList",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageCustomToolCallCustomParam",
    "ChatCompletionMessageCustomToolCallParam",
    "ChatCompletionMessageList",
    "ChatCompletionMessageListDataItem",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionMessageToolCallsParam",
    "ChatCompletionModalities",
    "ChatCompletionModeration",
    "ChatCompletionModerationError",
    "ChatCompletionModerationResults",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomParam",
    "ChatCompletionNamedToolChoiceCustomSchema",
    "ChatCompletionNamedToolChoiceCustomSchemaParam",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageAudioObject",
    "ChatCompletionRequestAssistantMessageAudioObjectParam",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageContentPartParam",
    "ChatCompletionRequestAssistantMessageFunctionCallObject",
    "ChatCompletionRequestAssistantMessageFunctionCallObjectParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestDeveloperMessageParam",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestFunctionMessageParam",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioParam",
    "ChatCompletionRequestMessageContentPartAudioParam",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileParam",
    "ChatCompletionRequestMessageContentPartFileSchema",
    "ChatCompletionRequestMessageContentPartFileSchemaParam",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartImageUrl",
    "ChatCompletionRequestMessageContentPartImageUrlParam",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartRefusalParam",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestSystemMessageContentPartParam",
    "ChatCompletionRequestSystemMessageParam",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestToolMessageContentPartParam",
    "ChatCompletionRequestToolMessageParam",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionRequestUserMessageContentPartParam",
    "ChatCompletionRequestUserMessageParam",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageAnnotation",
    "ChatCompletionResponseMessageAnnotationUrlCitation",
    "ChatCompletionResponseMessageAudioObject",
    "ChatCompletionResponseMessageFunctionCall",
    "ChatCompletionRole",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamOptionsObject",
    "ChatCompletionStreamOptionsObjectParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolParam",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionChatkitConfiguration",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatSessionResource",
    "ChatSessionStatus",
    "ChatkitConfigurationParam",
    "ChatkitConfigurationParamParam",
    "ChatkitWorkflow",
    "ChatkitWorkflowTracing",
    "ChunkingStrategyRequestParam",
    "ChunkingStrategyRequestParamParam",
    "ClickButtonType",
    "ClickParam",
    "ClickParamParam",
    "ClientToolCallItem",
    "ClientToolCallStatus",
    "ClosedStatus",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputFile",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageParam",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsParam",
    "CodeInterpreterTextOutput",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallParam",
    "CodeInterpreterToolParam",
    "CompactResource",
    "CompactResponseMethodPublicBody",
    "CompactResponseMethodPublicBodyParam",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamParam",
    "CompactionTriggerItemParam",
    "CompactionTriggerItemParamParam",
    "ComparisonFilter",
    "ComparisonFilterParam",
    "CompleteUploadRequest",
    "CompleteUploadRequestParam",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "CompoundFilterParam",
    "ComputerAction",
    "ComputerActionList",
    "ComputerActionListParam",
    "ComputerActionParam",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamParam",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerCallSafetyCheckParamParam",
    "ComputerEnvironment",
    "ComputerScreenshotContent",
    "ComputerScreenshotImage",
    "ComputerScreenshotImageParam",
    "ComputerTool",
    "ComputerToolCall",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputResource",
    "ComputerToolCallParam",
    "ComputerToolParam",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolParam",
    "ContainerAutoParam",
    "ContainerAutoParamParam",
    "ContainerFileCitationBody",
    "ContainerFileCitationBodyParam",
    "ContainerFileCitationParam",
    "ContainerFileListResource",
    "ContainerFileResource",
    "ContainerListResource",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyAllowlistParamParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDisabledParamParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerNetworkPolicyDomainSecretParamParam",
    "ContainerReferenceParam",
    "ContainerReferenceParamParam",
    "ContainerReferenceResource",
    "ContainerResource",
    "ContainerResourceExpiresAfter",
    "ContainerResourceNetworkPolicy",
    "Content",
    "ContextManagementParam",
    "ContextManagementParamParam",
    "ConversationItem",
    "ConversationItemList",
    "ConversationParam",
    "ConversationParamParam",
    "ConversationReference",
    "ConversationReferenceParam",
    "ConversationResource",
    "CoordParam",
    "CoordParamParam",
    "CostsResult",
    "CostsResultAmount",
    "CreateAssistantRequest",
    "CreateAssistantRequestParam",
    "CreateAssistantRequestToolResourcesObject",
    "CreateAssistantRequestToolResourcesObjectCodeInterpreter",
    "CreateAssistantRequestToolResourcesObjectCodeInterpreterParam",
    "CreateAssistantRequestToolResourcesObjectFileSearch",
    "CreateAssistantRequestToolResourcesObjectFileSearchParam",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStore",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategy",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategyParam",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategy",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyParam",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStatic",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStaticParam",
    "CreateAssistantRequestToolResourcesObjectFileSearchVectorStoreParam",
    "CreateAssistantRequestToolResourcesObjectParam",
    "CreateBatchRequest",
    "CreateBatchRequestParam",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudio",
    "CreateChatCompletionRequestAudioParam",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsParam",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationParam",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoice",
    "CreateChatCompletionResponseChoiceLogprobsObject",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoice",
    "CreateChatCompletionStreamResponseChoiceLogprobs",
    "CreateChatSessionBody",
    "CreateChatSessionBodyParam",
    "CreateCompletionRequest",
    "CreateCompletionRequestParam",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoice",
    "CreateCompletionResponseChoiceLogprobsObject",
    "CreateContainerBody",
    "CreateContainerBodyExpiresAfter",
    "CreateContainerBodyExpiresAfterParam",
    "CreateContainerBodyParam",
    "CreateContainerFileBody",
    "CreateContainerFileBodyParam",
    "CreateContentProvenanceBody",
    "CreateContentProvenanceBodyParam",
    "CreateConversationBody",
    "CreateConversationBodyParam",
    "CreateConversationItemsBody",
    "CreateConversationItemsBodyParam",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestParam",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessagesParam",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessagesParam",
    "CreateEvalCompletionsRunDataSourceParam",
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCompletionsRunDataSourceSamplingParamsParam",
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalCustomDataSourceConfigParam",
    "CreateEvalItem",
    "CreateEvalItemParam",
    "CreateEvalItemSimpleInputMessage",
    "CreateEvalItemSimpleInputMessageParam",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalJsonlRunDataSourceParam",
    "CreateEvalLabelModelGrader",
    "CreateEvalLabelModelGraderParam",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalLogsDataSourceConfigParam",
    "CreateEvalRequest",
    "CreateEvalRequestParam",
    "CreateEvalResponsesRunDataSource",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReferenceParam",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateItemChatMessage",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateItemChatMessageParam",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateParam",
    "CreateEvalResponsesRunDataSourceParam",
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsParam",
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalResponsesRunDataSourceSamplingParamsTextParam",
    "CreateEvalRunRequest",
    "CreateEvalRunRequestParam",
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CreateEvalStoredCompletionsDataSourceConfigParam",
    "CreateFileRequest",
    "CreateFileRequestParam",
    "CreateFineTuningCheckpointPermissionRequest",
    "CreateFineTuningCheckpointPermissionRequestParam",
    "CreateFineTuningJobRequest",
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestHyperparametersParam",
    "CreateFineTuningJobRequestIntegration",
    "CreateFineTuningJobRequestIntegrationParam",
    "CreateFineTuningJobRequestIntegrationWandb",
    "CreateFineTuningJobRequestIntegrationWandbParam",
    "CreateFineTuningJobRequestParam",
    "CreateGroupBody",
    "CreateGroupBodyParam",
    "CreateGroupUserBody",
    "CreateGroupUserBodyParam",
    "CreateImageEditRequest",
    "CreateImageRequest",
    "CreateImageRequestParam",
    "CreateImageVariationRequest",
    "CreateImageVariationRequestParam",
    "CreateMessageRequest",
    "CreateMessageRequestAttachmentsListItem",
    "CreateMessageRequestAttachmentsListItemParam",
    "CreateMessageRequestParam",
    "CreateModelResponseProperties",
    "CreateModerationRequest",
    "CreateModerationRequestInputListItemImageUrl",
    "CreateModerationRequestInputListItemImageUrlImageUrl",
    "CreateModerationRequestInputListItemImageUrlImageUrlParam",
    "CreateModerationRequestInputListItemImageUrlParam",
    "CreateModerationRequestInputListItemText",
    "CreateModerationRequestInputListItemTextParam",
    "CreateModerationRequestParam",
    "CreateModerationResponse",
    "CreateModerationResponseResult",
    "CreateModerationResponseResultCategories",
    "CreateModerationResponseResultCategoryAppliedInputTypes",
    "CreateModerationResponseResultCategoryScores",
    "CreateProjectServiceAccountApiKeyBody",
    "CreateProjectServiceAccountApiKeyBodyParam",
    "CreateResponse",
    "CreateResponseParam",
    "CreateRunRequest",
    "CreateRunRequestParam",
    "CreateSkillBody",
    "CreateSkillBodyParam",
    "CreateSkillVersionBody",
    "CreateSkillVersionBodyParam",
    "CreateSpeechRequest",
    "CreateSpeechRequestParam",
    "CreateSpeechResponseStreamEvent",
    "CreateSpendAlertBody",
    "CreateSpendAlertBodyParam",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestParam",
    "CreateThreadAndRunRequestToolResources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreterParam",
    "CreateThreadAndRunRequestToolResourcesFileSearch",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam",
    "CreateThreadAndRunRequestToolResourcesParam",
    "CreateThreadRequest",
    "CreateThreadRequestParam",
    "CreateThreadRequestToolResourcesObject",
    "CreateThreadRequestToolResourcesObjectCodeInterpreter",
    "CreateThreadRequestToolResourcesObjectCodeInterpreterParam",
    "CreateThreadRequestToolResourcesObjectFileSearch",
    "CreateThreadRequestToolResourcesObjectFileSearchParam",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStore",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategy",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyAutoChunkingStrategyParam",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategy",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyParam",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStatic",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreChunkingStrategyStaticChunkingStrategyStaticParam",
    "CreateThreadRequestToolResourcesObjectFileSearchVectorStoreParam",
    "CreateThreadRequestToolResourcesObjectParam",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestParam",
    "CreateTranscriptionResponseDiarizedJson",
    "CreateTranscriptionResponseJson",
    "CreateTranscriptionResponseJsonLogprob",
    "CreateTranscriptionResponseStreamEvent",
    "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationRequest",
    "CreateTranslationRequestParam",
    "CreateTranslationResponseJson",
    "CreateTranslationResponseVerboseJson",
    "CreateUploadRequest",
    "CreateUploadRequestParam",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileBatchRequestParam",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreFileRequestParam",
    "CreateVectorStoreRequest",
    "CreateVectorStoreRequestParam",
    "CreateVideoCharacterBody",
    "CreateVideoCharacterBodyParam",
    "CreateVideoEditJsonBody",
    "CreateVideoEditJsonBodyParam",
    "CreateVideoEditMultipartBody",
    "CreateVideoExtendJsonBody",
    "CreateVideoExtendJsonBodyParam",
    "CreateVideoExtendMultipartBody",
    "CreateVideoJsonBody",
    "CreateVideoJsonBodyParam",
    "CreateVideoMultipartBody",
    "CreateVideoRemixBody",
    "CreateVideoRemixBodyParam",
    "CreateVoiceConsentRequest",
    "CreateVoiceConsentRequestParam",
    "CreateVoiceRequest",
    "CreateVoiceRequestParam",
    "CustomGrammarFormatParam",
    "CustomGrammarFormatParamParam",
    "CustomTextFormatParam",
    "CustomTextFormatParamParam",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputParam",
    "CustomToolCallOutputResource",
    "CustomToolCallParam",
    "CustomToolCallResource",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormatGrammarFormat",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammarParam",
    "CustomToolChatCompletionsCustomFormatGrammarFormatParam",
    "CustomToolChatCompletionsCustomFormatTextFormat",
    "CustomToolChatCompletionsCustomFormatTextFormatParam",
    "CustomToolChatCompletionsCustomParam",
    "CustomToolChatCompletionsParam",
    "CustomToolParam",
    "CustomToolParamParam",
    "DeleteAssistantResponse",
    "DeleteCertificateResponse",
    "DeleteEvalResponse",
    "DeleteEvalRunResponse",
    "DeleteFileResponse",
    "DeleteFineTuningCheckpointPermissionResponse",
    "DeleteMessageResponse",
    "DeleteModelResponse",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreResponse",
    "DeletedConversation",
    "DeletedConversationResource",
    "DeletedRoleAssignmentResource",
    "DeletedSkillResource",
    "DeletedSkillVersionResource",
    "DeletedThreadResource",
    "DeletedVideoResource",
    "DetailEnum",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DirectToolCallCallerParamParam",
    "DirectToolCallCallerRequestParam",
    "DoneEvent",
    "DoubleClickAction",
    "DoubleClickActionParam",
    "DragParam",
    "DragParamParam",
    "DragPoint",
    "EasyInputMessage",
    "EasyInputMessageParam",
    "EditImageBodyJsonParam",
    "EditImageBodyJsonParamParam",
    "Embedding",
    "EmptyModelParam",
    "Error",
    "ErrorDetail",
    "ErrorEvent",
    "ErrorPayload",
    "ErrorResponse",
    "Eval",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalGraderLabelModel",
    "EvalGraderPython",
    "EvalGraderPythonParam",
    "EvalGraderScoreModel",
    "EvalGraderScoreModelParam",
    "EvalGraderScoreModelSamplingParams",
    "EvalGraderScoreModelSamplingParamsParam",
    "EvalGraderStringCheck",
    "EvalGraderStringCheckParam",
    "EvalGraderTextSimilarity",
    "EvalGraderTextSimilarityParam",
    "EvalItem",
    "EvalItemContent",
    "EvalItemContentArray",
    "EvalItemContentArrayParam",
    "EvalItemContentItem",
    "EvalItemContentItemParam",
    "EvalItemContentOutputText",
    "EvalItemContentOutputTextParam",
    "EvalItemContentParam",
    "EvalItemContentText",
    "EvalItemInputImage",
    "EvalItemInputImageParam",
    "EvalItemParam",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileContentSourceContentItem",
    "EvalJsonlFileContentSourceContentItemParam",
    "EvalJsonlFileContentSourceParam",
    "EvalJsonlFileIdSource",
    "EvalJsonlFileIdSourceParam",
    "EvalList",
    "EvalLogsDataSourceConfig",
    "EvalResponsesSource",
    "EvalResponsesSourceParam",
    "EvalRun",
    "EvalRunList",
    "EvalRunOutputItem",
    "EvalRunOutputItemList",
    "EvalRunOutputItemResult",
    "EvalRunOutputItemSample",
    "EvalRunOutputItemSampleInputItem",
    "EvalRunOutputItemSampleOutputItem",
    "EvalRunOutputItemSampleUsage",
    "EvalRunPerModelUsageItem",
    "EvalRunPerTestingCriteriaResult",
    "EvalRunResultCounts",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalStoredCompletionsSource",
    "EvalStoredCompletionsSourceParam",
    "ExpiresAfterParam",
    "ExpiresAfterParamParam",
    "FileAnnotation",
    "FileAnnotationSource",
    "FileCitationBody",
    "FileCitationBodyParam",
    "FileCitationParam",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileExpirationAfterParam",
    "FileInputDetail",
    "FilePath",
    "FilePathParam",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FileSearchRankingOptionsParam",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallParam",
    "FileSearchToolCallResultsListItem",
    "FileSearchToolCallResultsListItemParam",
    "FileSearchToolParam",
    "FileUploadParam",
    "FileUploadParamParam",
    "Filters",
    "FiltersParam",
    "FineTuneChatCompletionRequestAssistantMessage",
    "FineTuneDpoHyperparameters",
    "FineTuneDpoHyperparametersParam",
    "FineTuneDpoMethod",
    "FineTuneDpoMethodParam",
    "FineTuneMethod",
    "FineTuneMethodParam",
    "FineTuneReinforcementHyperparameters",
    "FineTuneReinforcementHyperparametersParam",
    "FineTuneReinforcementMethod",
    "FineTuneReinforcementMethodParam",
    "FineTuneSupervisedHyperparameters",
    "FineTuneSupervisedHyperparametersParam",
    "FineTuneSupervisedMethod",
    "FineTuneSupervisedMethodParam",
    "FineTuningCheckpointPermission",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobErrorObject",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "FunctionAndCustomToolCallOutput",
    "FunctionAndCustomToolCallOutputParam",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionObject",
    "FunctionObjectParam",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellActionParamParam",
    "FunctionShellCall",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemParamParam",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputContentParamParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputItemParamParam",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputOutcomeParamParam",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamParam",
    "FunctionShellCallStatus",
    "FunctionShellToolParam",
    "FunctionShellToolParamParam",
    "FunctionTool",
    "FunctionToolCall",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallParam",
    "FunctionToolCallResource",
    "FunctionToolParam",
    "FunctionToolParamParam",
    "FunctionToolRequestParam",
    "GraderLabelModel",
    "GraderLabelModelParam",
    "GraderMulti",
    "GraderMultiParam",
    "GraderPython",
    "GraderPythonParam",
    "GraderScoreModel",
    "GraderScoreModelParam",
    "GraderStringCheck",
    "GraderStringCheckParam",
    "GraderTextSimilarity",
    "GraderTextSimilarityParam",
    "GrammarSyntax",
    "Group",
    "GroupDeletedResource",
    "GroupListResource",
    "GroupMemberUser",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupRoleAssignment",
    "GroupUser",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "HistoryParam",
    "HistoryParamParam",
    "HostedToolPermission",
    "HostedToolPermissionUpdate",
    "HostedToolPermissionUpdateParam",
    "HttpError",
    "HttpErrorParam",
    "HybridSearchOptions",
    "HybridSearchOptionsParam",
    "Image",
    "ImageDetail",
    "ImageEditCompletedEvent",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenActionEnum",
    "ImageGenCompletedEvent",
    "ImageGenInputUsageDetails",
    "ImageGenOutputTokensDetails",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenTool",
    "ImageGenToolCall",
    "ImageGenToolCallParam",
    "ImageGenToolInputImageMask",
    "ImageGenToolInputImageMaskParam",
    "ImageGenToolParam",
    "ImageGenUsage",
    "ImageRefParam",
    "ImageRefParamParam",
    "ImageReference",
    "ImageReferenceParam",
    "ImagesResponse",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "IncludeEnum",
    "InferenceOptions",
    "InlineSkillParam",
    "InlineSkillParamParam",
    "InlineSkillSourceParam",
    "InlineSkillSourceParamParam",
    "InputAudio",
    "InputAudioInputAudio",
    "InputAudioInputAudioParam",
    "InputAudioParam",
    "InputContent",
    "InputContentParam",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputFileContentParamParam",
    "InputFileContentRequestParam",
    "InputImageContent",
    "InputImageContentParam",
    "InputImageContentParamAutoParam",
    "InputImageContentParamAutoParamParam",
    "InputItem",
    "InputItemParam",
    "InputMessage",
    "InputMessageContentList",
    "InputMessageContentListParam",
    "InputMessageParam",
    "InputMessageResource",
    "InputParam",
    "InputParamParam",
    "InputTextContent",
    "InputTextContentParam",
    "InputTextContentParamParam",
    "InputTextContentRequestParam",
    "Invite",
    "InviteDeleteResponse",
    "InviteListResponse",
    "InviteProject",
    "InviteProjectGroupBody",
    "InviteProjectGroupBodyParam",
    "InviteRequest",
    "InviteRequestParam",
    "InviteRequestProject",
    "InviteRequestProjectParam",
    "Item",
    "ItemField",
    "ItemParam",
    "ItemReferenceParam",
    "ItemReferenceParamParam",
    "ItemResource",
    "KeyPressAction",
    "KeyPressActionParam",
    "ListAssistantsResponse",
    "ListAuditLogsEffectiveAt",
    "ListAuditLogsEffectiveAtParam",
    "ListAuditLogsResponse",
    "ListBatchesResponse",
    "ListCertificatesResponse",
    "ListFilesResponse",
    "ListFineTuningCheckpointPermissionResponse",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "ListProjectCertificatesResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresResponse",
    "LocalEnvironmentParam",
    "LocalEnvironmentParamParam",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellExecActionParam",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LocalShellToolCallOutputParam",
    "LocalShellToolCallParam",
    "LocalShellToolParam",
    "LocalShellToolParamParam",
    "LocalSkillParam",
    "LocalSkillParamParam",
    "LockedStatus",
    "LogProb",
    "LogProbParam",
    "LogProbProperties",
    "McpApprovalRequest",
    "McpApprovalRequestParam",
    "McpApprovalResponse",
    "McpApprovalResponseParam",
    "McpApprovalResponseResource",
    "McpListTools",
    "McpListToolsParam",
    "McpListToolsTool",
    "McpListToolsToolParam",
    "McpProtocolError",
    "McpProtocolErrorParam",
    "McpTool",
    "McpToolCall",
    "McpToolCallError",
    "McpToolCallErrorParam",
    "McpToolCallParam",
    "McpToolCallStatus",
    "McpToolExecutionError",
    "McpToolExecutionErrorParam",
    "McpToolFilter",
    "McpToolFilterParam",
    "McpToolParam",
    "McpToolRequireApprovalVariantMcpToolApprovalFilter",
    "McpToolRequireApprovalVariantMcpToolApprovalFilterParam",
    "Message",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectImageFile",
    "MessageContentImageFileObjectImageFileParam",
    "MessageContentImageFileObjectParam",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectImageUrl",
    "MessageContentImageUrlObjectImageUrlParam",
    "MessageContentImageUrlObjectParam",
    "MessageContentRefusalObject",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageFileObjectImageFile",
    "MessageDeltaContentImageUrlObject",
    "MessageDeltaContentImageUrlObjectImageUrl",
    "MessageDeltaContentRefusalObject",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath",
    "MessageDeltaContentTextObject",
    "MessageDeltaContentTextObjectText",
    "MessageDeltaObject",
    "MessageDeltaObjectDelta",
    "MessageObject",
    "MessageObjectAttachmentsListItem",
    "MessageObjectIncompleteDetailsObject",
    "MessagePhase",
    "MessageRequestContentTextObject",
    "MessageRequestContentTextObjectParam",
    "MessageRole",
    "MessageStatus",
    "MessageStreamEvent",
    "MessageStreamEventThreadMessageCompleted",
    "MessageStreamEventThreadMessageCreated",
    "MessageStreamEventThreadMessageDelta",
    "MessageStreamEventThreadMessageInProgress",
    "MessageStreamEventThreadMessageIncomplete",
    "Metadata",
    "Model",
    "ModelIds",
    "ModelIdsCompaction",
    "ModelIdsResponses",
    "ModelIdsShared",
    "ModelResponseProperties",
    "Moderation",
    "ModerationConfigParam",
    "ModerationConfigParamParam",
    "ModerationErrorBody",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationParamParam",
    "ModerationPolicyParam",
    "ModerationPolicyParamParam",
    "ModerationResultBody",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestParam",
    "ModifyAssistantRequestToolResourcesObject",
    "ModifyAssistantRequestToolResourcesObjectCodeInterpreter",
    "ModifyAssistantRequestToolResourcesObjectCodeInterpreterParam",
    "ModifyAssistantRequestToolResourcesObjectFileSearch",
    "ModifyAssistantRequestToolResourcesObjectFileSearchParam",
    "ModifyAssistantRequestToolResourcesObjectParam",
    "ModifyCertificateRequest",
    "ModifyCertificateRequestParam",
    "ModifyMessageRequest",
    "ModifyMessageRequestParam",
    "ModifyRunRequest",
    "ModifyRunRequestParam",
    "ModifyThreadRequest",
    "ModifyThreadRequestParam",
    "ModifyThreadRequestToolResourcesObject",
    "ModifyThreadRequestToolResourcesObjectCodeInterpreter",
    "ModifyThreadRequestToolResourcesObjectCodeInterpreterParam",
    "ModifyThreadRequestToolResourcesObjectFileSearch",
    "ModifyThreadRequestToolResourcesObjectFileSearchParam",
    "ModifyThreadRequestToolResourcesObjectParam",
    "MoveParam",
    "MoveParamParam",
    "NamespaceToolParam",
    "NamespaceToolParamParam",
    "NoiseReductionType",
    "OpenAiFile",
    "OrderEnum",
    "OrganizationCertificate",
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateDeactivationResponse",
    "OrganizationCertificateDetails",
    "OrganizationDataRetention",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateDeactivationResponse",
    "OrganizationProjectCertificateDetails",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeletedResource",
    "OrganizationSpendAlertListResource",
    "OrganizationSpendLimitDeletedResource",
    "OrganizationSpendLimitResource",
    "OtherChunkingStrategyResponseParam",
    "OutputAudio",
    "OutputContent",
    "OutputItem",
    "OutputMessage",
    "OutputMessageContent",
    "OutputMessageContentParam",
    "OutputMessageParam",
    "OutputTextContent",
    "OutputTextContentParam",
    "ParallelToolCalls",
    "PartialImages",
    "PersonalityEnum",
    "PredictionContent",
    "PredictionContentParam",
    "Program",
    "ProgramItemParam",
    "ProgramItemParamParam",
    "ProgramOutput",
    "ProgramOutputItemParam",
    "ProgramOutputItemParamParam",
    "ProgramOutputItemStatus",
    "ProgramOutputStatus",
    "ProgramToolCallCaller",
    "ProgramToolCallCallerParam",
    "ProgramToolCallCallerParamParam",
    "ProgramToolCallCallerRequestParam",
    "ProgrammaticToolCallingParam",
    "ProgrammaticToolCallingParamParam",
    "Project",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
    "ProjectApiKeyListResponse",
    "ProjectApiKeyOwner",
    "ProjectApiKeyOwnerServiceAccount",
    "ProjectApiKeyOwnerUser",
    "ProjectCreateRequest",
    "ProjectCreateRequestParam",
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectGroupListResource",
    "ProjectHostedToolPermissions",
    "ProjectHostedToolPermissionsUpdateRequest",
    "ProjectHostedToolPermissionsUpdateRequestParam",
    "ProjectListResponse",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleteResponse",
    "ProjectModelPermissionsUpdateRequest",
    "ProjectModelPermissionsUpdateRequestParam",
    "ProjectRateLimit",
    "ProjectRateLimitListResponse",
    "ProjectRateLimitUpdateRequest",
    "ProjectRateLimitUpdateRequestParam",
    "ProjectServiceAccount",
    "ProjectServiceAccountApiKey",
    "ProjectServiceAccountCreateRequest",
    "ProjectServiceAccountCreateRequestParam",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ProjectServiceAccountListResponse",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeletedResource",
    "ProjectSpendAlertListResource",
    "ProjectSpendLimitDeletedResource",
    "ProjectSpendLimitResource",
    "ProjectUpdateRequest",
    "ProjectUpdateRequestParam",
    "ProjectUser",
    "ProjectUserCreateRequest",
    "ProjectUserCreateRequestParam",
    "ProjectUserDeleteResponse",
    "ProjectUserListResponse",
    "ProjectUserUpdateRequest",
    "ProjectUserUpdateRequestParam",
    "Prompt",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigParam",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamParam",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheOptionsParamParam",
    "PromptCacheRetentionEnum",
    "PromptCacheTtlEnum",
    "PromptObject",
    "PromptObjectParam",
    "PromptParam",
    "ProvenanceCheckObject",
    "ProvenanceDetectionResultApi",
    "ProvenanceResource",
    "PublicAssignOrganizationGroupRoleBody",
    "PublicAssignOrganizationGroupRoleBodyParam",
    "PublicCreateOrganizationRoleBody",
    "PublicCreateOrganizationRoleBodyParam",
    "PublicProjectResidency",
    "PublicRoleListResource",
    "PublicUpdateOrganizationRoleBody",
    "PublicUpdateOrganizationRoleBodyParam",
    "RankerVersionType",
    "RankingOptions",
    "RankingOptionsParam",
    "RateLimitsParam",
    "RateLimitsParamParam",
    "RealtimeAudioFormats",
    "RealtimeAudioFormatsParam",
    "RealtimeAudioFormatsPcmAudioFormat",
    "RealtimeAudioFormatsPcmAudioFormatParam",
    "RealtimeAudioFormatsPcmaAudioFormat",
    "RealtimeAudioFormatsPcmaAudioFormatParam",
    "RealtimeAudioFormatsPcmuAudioFormat",
    "RealtimeAudioFormatsPcmuAudioFormatParam",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsTool",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseStatusDetailsError",
    "RealtimeBetaResponseUsage",
    "RealtimeBetaResponseUsageInputTokenDetails",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageOutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorSchema",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventMcpListToolsCompleted",
    "RealtimeBetaServerEventMcpListToolsFailed",
    "RealtimeBetaServerEventMcpListToolsInProgress",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimit",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseMcpCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMcpCallArgumentsDone",
    "RealtimeBetaServerEventResponseMcpCallCompleted",
    "RealtimeBetaServerEventResponseMcpCallFailed",
    "RealtimeBetaServerEventResponseMcpCallInProgress",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeCallCreateRequest",
    "RealtimeCallCreateRequestParam",
    "RealtimeCallReferRequest",
    "RealtimeCallReferRequestParam",
    "RealtimeCallRejectRequest",
    "RealtimeCallRejectRequestParam",
    "RealtimeClientEvent",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeConversationItem",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentItem",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretRequestExpiresAfterParam",
    "RealtimeCreateClientSecretRequestParam",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParam",
    "RealtimeMcpApprovalRequest",
    "RealtimeMcpApprovalResponse",
    "RealtimeMcpListTools",
    "RealtimeMcpProtocolError",
    "RealtimeMcpToolCall",
    "RealtimeMcpToolExecutionError",
    "RealtimeMcphttpError",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeReasoningParam",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorSchema",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventMcpListToolsCompleted",
    "RealtimeServerEventMcpListToolsFailed",
    "RealtimeServerEventMcpListToolsInProgress",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedRateLimit",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedPart",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseMcpCallArgumentsDelta",
    "RealtimeServerEventResponseMcpCallArgumentsDone",
    "RealtimeServerEventResponseMcpCallCompleted",
    "RealtimeServerEventResponseMcpCallFailed",
    "RealtimeServerEventResponseMcpCallInProgress",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeSession",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestClientSecretParam",
    "RealtimeSessionCreateRequestGa",
    "RealtimeSessionCreateRequestGaAudio",
    "RealtimeSessionCreateRequestGaAudioInput",
    "RealtimeSessionCreateRequestGaAudioInputNoiseReduction",
    "RealtimeSessionCreateRequestGaAudioInputNoiseReductionParam",
    "RealtimeSessionCreateRequestGaAudioInputParam",
    "RealtimeSessionCreateRequestGaAudioOutput",
    "RealtimeSessionCreateRequestGaAudioOutputParam",
    "RealtimeSessionCreateRequestGaAudioParam",
    "RealtimeSessionCreateRequestGaParam",
    "RealtimeSessionCreateRequestGaTracingConfiguration",
    "RealtimeSessionCreateRequestGaTracingConfigurationParam",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestInputAudioTranscriptionParam",
    "RealtimeSessionCreateRequestParam",
    "RealtimeSessionCreateRequestTool",
    "RealtimeSessionCreateRequestToolParam",
    "RealtimeSessionCreateRequestTracingConfiguration",
    "RealtimeSessionCreateRequestTracingConfigurationParam",
    "RealtimeSessionCreateRequestTurnDetection",
    "RealtimeSessionCreateRequestTurnDetectionParam",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGa",
    "RealtimeSessionCreateResponseGaAudio",
    "RealtimeSessionCreateResponseGaAudioInput",
    "RealtimeSessionCreateResponseGaAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseGaAudioOutput",
    "RealtimeSessionCreateResponseGaTracingConfigurationTracingConfiguration",
    "RealtimeSessionCreateResponseTracingConfiguration",
    "RealtimeSessionCreateResponseTurnDetection",
    "RealtimeSessionInputAudioNoiseReduction",
    "RealtimeSessionTracingConfigurationTracingConfiguration",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGa",
    "RealtimeTranscriptionSessionCreateRequestGaAudio",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInput",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInputNoiseReductionParam",
    "RealtimeTranscriptionSessionCreateRequestGaAudioInputParam",
    "RealtimeTranscriptionSessionCreateRequestGaAudioParam",
    "RealtimeTranscriptionSessionCreateRequestGaParam",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam",
    "RealtimeTranscriptionSessionCreateRequestParam",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeTranscriptionSessionCreateResponseGa",
    "RealtimeTranscriptionSessionCreateResponseGaAudio",
    "RealtimeTranscriptionSessionCreateResponseGaAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGaAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetectionObject",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection",
    "RealtimeTranslationClientEvent",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterParam",
    "RealtimeTranslationClientSecretCreateRequestParam",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEvent",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReductionObject",
    "RealtimeTranslationSessionAudioInputTranscriptionObject",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionObject",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionObjectParam",
    "RealtimeTranslationSessionCreateRequestAudioInputParam",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionObject",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionObjectParam",
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionCreateRequestAudioOutputParam",
    "RealtimeTranslationSessionCreateRequestAudioParam",
    "RealtimeTranslationSessionCreateRequestParam",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudio",
    "RealtimeTranslationSessionUpdateRequestAudioInput",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionObject",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionObject",
    "RealtimeTranslationSessionUpdateRequestAudioOutput",
    "RealtimeTruncation",
    "RealtimeTruncationParam",
    "RealtimeTruncationRetentionRatioTruncation",
    "RealtimeTruncationRetentionRatioTruncationParam",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits",
    "RealtimeTruncationRetentionRatioTruncationTokenLimitsParam",
    "RealtimeTurnDetection",
    "RealtimeTurnDetectionParam",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVad",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam",
    "Reasoning",
    "ReasoningEffort",
    "ReasoningItem",
    "ReasoningItemParam",
    "ReasoningModeEnum",
    "ReasoningParam",
    "ReasoningTextContent",
    "ReasoningTextContentParam",
    "RefusalContent",
    "RefusalContentParam",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseConversation",
    "ResponseCreatedEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseError",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseErrorObject",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaJsonSchemaParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextParam",
    "ResponseFormatTextPython",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncompleteDetailsObject",
    "ResponseIncompleteEvent",
    "ResponseItemList",
    "ResponseLogProb",
    "ResponseLogProbTopLogprob",
    "ResponseMcpCallArgumentsDeltaEvent",
    "ResponseMcpCallArgumentsDoneEvent",
    "ResponseMcpCallCompletedEvent",
    "ResponseMcpCallFailedEvent",
    "ResponseMcpCallInProgressEvent",
    "ResponseMcpListToolsCompletedEvent",
    "ResponseMcpListToolsFailedEvent",
    "ResponseMcpListToolsInProgressEvent",
    "ResponseModalities",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponsePromptVariables",
    "ResponsePromptVariablesParam",
    "ResponseProperties",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseSchema",
    "ResponseShellCallCommandAddedStreamingEvent",
    "ResponseShellCallCommandDeltaStreamingEvent",
    "ResponseShellCallCommandDoneStreamingEvent",
    "ResponseShellCallOutputContentDeltaStreamingEvent",
    "ResponseShellCallOutputContentDoneStreamingEvent",
    "ResponseStreamEvent",
    "ResponseStreamOptions",
    "ResponseStreamOptionsObject",
    "ResponseStreamOptionsObjectParam",
    "ResponseStreamOptionsParam",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseTextParam",
    "ResponseTextParamParam",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWsError",
    "ResponsesClientEvent",
    "ResponsesClientEventResponseCreate",
    "ResponsesServerEvent",
    "ResponsesServerEventResponseAudioTranscriptWsDelta",
    "ResponsesServerEventResponseAudioTranscriptWsDone",
    "ResponsesServerEventResponseAudioWsDelta",
    "ResponsesServerEventResponseAudioWsDone",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDone",
    "ResponsesServerEventResponseCodeInterpreterCallInWsProgress",
    "ResponsesServerEventResponseCodeInterpreterCallWsCompleted",
    "ResponsesServerEventResponseCodeInterpreterCallWsInterpreting",
    "ResponsesServerEventResponseContentPartWsAdded",
    "ResponsesServerEventResponseContentPartWsDone",
    "ResponsesServerEventResponseCustomToolCallInputWsDelta",
    "ResponsesServerEventResponseCustomToolCallInputWsDone",
    "ResponsesServerEventResponseFileSearchCallInWsProgress",
    "ResponsesServerEventResponseFileSearchCallWsCompleted",
    "ResponsesServerEventResponseFileSearchCallWsSearching",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDelta",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDone",
    "ResponsesServerEventResponseImageGenCallInWsProgress",
    "ResponsesServerEventResponseImageGenCallPartialWsImage",
    "ResponsesServerEventResponseImageGenCallWsCompleted",
    "ResponsesServerEventResponseImageGenCallWsGenerating",
    "ResponsesServerEventResponseInWsProgress",
    "ResponsesServerEventResponseMcpCallArgumentsWsDelta",
    "ResponsesServerEventResponseMcpCallArgumentsWsDone",
    "ResponsesServerEventResponseMcpCallInWsProgress",
    "ResponsesServerEventResponseMcpCallWsCompleted",
    "ResponsesServerEventResponseMcpCallWsFailed",
    "ResponsesServerEventResponseMcpListToolsInWsProgress",
    "ResponsesServerEventResponseMcpListToolsWsCompleted",
    "ResponsesServerEventResponseMcpListToolsWsFailed",
    "ResponsesServerEventResponseOutputItemWsAdded",
    "ResponsesServerEventResponseOutputItemWsDone",
    "ResponsesServerEventResponseOutputTextAnnotationWsAdded",
    "ResponsesServerEventResponseReasoningSummaryPartWsAdded",
    "ResponsesServerEventResponseReasoningSummaryPartWsDone",
    "ResponsesServerEventResponseReasoningSummaryTextWsDelta",
    "ResponsesServerEventResponseReasoningSummaryTextWsDone",
    "ResponsesServerEventResponseReasoningTextWsDelta",
    "ResponsesServerEventResponseReasoningTextWsDone",
    "ResponsesServerEventResponseRefusalWsDelta",
    "ResponsesServerEventResponseRefusalWsDone",
    "ResponsesServerEventResponseShellCallCommandWsAdded",
    "ResponsesServerEventResponseShellCallCommandWsDelta",
    "ResponsesServerEventResponseShellCallCommandWsDone",
    "ResponsesServerEventResponseShellCallOutputContentWsDelta",
    "ResponsesServerEventResponseShellCallOutputContentWsDone",
    "ResponsesServerEventResponseTextWsDelta",
    "ResponsesServerEventResponseTextWsDone",
    "ResponsesServerEventResponseWebSearchCallInWsProgress",
    "ResponsesServerEventResponseWebSearchCallWsCompleted",
    "ResponsesServerEventResponseWebSearchCallWsSearching",
    "ResponsesServerEventResponseWsCompleted",
    "ResponsesServerEventResponseWsCreated",
    "ResponsesServerEventResponseWsFailed",
    "ResponsesServerEventResponseWsIncomplete",
    "ResponsesServerEventResponseWsQueued",
    "ResponsesWebSocketStreamEvent",
    "Role",
    "RoleDeletedResource",
    "RoleListResource",
    "RunCompletionUsage",
    "RunCompletionUsageObject",
    "RunGraderRequest",
    "RunGraderRequestParam",
    "RunGraderResponse",
    "RunGraderResponseMetadata",
    "RunGraderResponseMetadataErrors",
    "RunObject",
    "RunObjectIncompleteDetails",
    "RunObjectLastError",
    "RunObjectRequiredAction",
    "RunObjectRequiredActionSubmitToolOutputs",
    "RunStepCompletionUsage",
    "RunStepCompletionUsageObject",
    "RunStepDeltaObject",
    "RunStepDeltaObjectDelta",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsObject",
    "RunStepObject",
    "RunStepObjectLastErrorObject",
    "RunStepStreamEvent",
    "RunStepStreamEventThreadRunStepCancelled",
    "RunStepStreamEventThreadRunStepCompleted",
    "RunStepStreamEventThreadRunStepCreated",
    "RunStepStreamEventThreadRunStepDelta",
    "RunStepStreamEventThreadRunStepExpired",
    "RunStepStreamEventThreadRunStepFailed",
    "RunStepStreamEventThreadRunStepInProgress",
    "RunStreamEvent",
    "RunStreamEventThreadRunCancelled",
    "RunStreamEventThreadRunCancelling",
    "RunStreamEventThreadRunCompleted",
    "RunStreamEventThreadRunCreated",
    "RunStreamEventThreadRunExpired",
    "RunStreamEventThreadRunFailed",
    "RunStreamEventThreadRunInProgress",
    "RunStreamEventThreadRunIncomplete",
    "RunStreamEventThreadRunQueued",
    "RunStreamEventThreadRunRequiresAction",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "ScreenshotParam",
    "ScreenshotParamParam",
    "ScrollParam",
    "ScrollParamParam",
    "SearchContentType",
    "SearchContextSize",
    "ServiceAccountApiKeyBody",
    "ServiceTier",
    "ServiceTierEnum",
    "ServiceTierResponses",
    "SetDefaultSkillVersionBody",
    "SetDefaultSkillVersionBodyParam",
    "ShellCallOutputDelta",
    "SkillListResource",
    "SkillReferenceParam",
    "SkillReferenceParamParam",
    "SkillResource",
    "SkillVersionListResource",
    "SkillVersionResource",
    "SpecificApplyPatchParam",
    "SpecificApplyPatchParamParam",
    "SpecificFunctionShellParam",
    "SpecificFunctionShellParamParam",
    "SpecificProgrammaticToolCallingParam",
    "SpecificProgrammaticToolCallingParamParam",
    "SpeechAudioDeltaEvent",
    "SpeechAudioDoneEvent",
    "SpeechAudioDoneEventUsage",
    "SpendAlertNotificationChannel",
    "SpendAlertNotificationChannelParam",
    "SpendLimitCurrency",
    "SpendLimitEnforcement",
    "SpendLimitEnforcementStatus",
    "SpendLimitInterval",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyParam",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamParam",
    "StaticChunkingStrategyResponseParam",
    "StopConfiguration",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestParam",
    "SubmitToolOutputsRunRequestToolOutput",
    "SubmitToolOutputsRunRequestToolOutputParam",
    "SummaryTextContent",
    "SummaryTextContentParam",
    "SynthIdProvenanceResult",
    "TaskGroupItem",
    "TaskGroupTask",
    "TaskItem",
    "TaskType",
    "TextContent",
    "TextResponseFormatConfiguration",
    "TextResponseFormatConfigurationParam",
    "TextResponseFormatJsonSchema",
    "TextResponseFormatJsonSchemaParam",
    "ThreadItem",
    "ThreadItemListResource",
    "ThreadListResource",
    "ThreadObject",
    "ThreadObjectToolResourcesObject",
    "ThreadObjectToolResourcesObjectCodeInterpreter",
    "ThreadObjectToolResourcesObjectFileSearch",
    "ThreadResource",
    "ThreadStreamEvent",
    "ThreadStreamEventThreadCreated",
    "ToggleCertificatesRequest",
    "ToggleCertificatesRequestParam",
    "TokenCountsBody",
    "TokenCountsBodyParam",
    "TokenCountsResource",
    "Tool",
    "ToolCallCaller",
    "ToolCallCallerParam",
    "ToolCallCallerParamParam",
    "ToolCallCallerRequestParam",
    "ToolChoice",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedParam",
    "ToolChoiceCustom",
    "ToolChoiceCustomParam",
    "ToolChoiceFunction",
    "ToolChoiceFunctionParam",
    "ToolChoiceMcp",
    "ToolChoiceMcpParam",
    "ToolChoiceOptions",
    "ToolChoiceParam",
    "ToolChoiceParamParam",
    "ToolChoiceTypes",
    "ToolChoiceTypesParam",
    "ToolParam",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamParam",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchOutputItemParamParam",
    "ToolSearchToolParam",
    "ToolSearchToolParamParam",
    "ToolsArray",
    "ToolsArrayParam",
    "TopLogProb",
    "TopLogProbParam",
    "TranscriptTextDeltaEvent",
    "TranscriptTextDeltaEventLogprob",
    "TranscriptTextDoneEvent",
    "TranscriptTextDoneEventLogprob",
    "TranscriptTextSegmentEvent",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptionChunkingStrategy",
    "TranscriptionDiarizedSegment",
    "TranscriptionInclude",
    "TranscriptionLanguage",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationEnum",
    "TruncationObject",
    "TruncationObjectParam",
    "TypeParam",
    "TypeParamParam",
    "UpdateChatCompletionBody",
    "UpdateChatCompletionBodyParam",
    "UpdateConversationBody",
    "UpdateConversationBodyParam",
    "UpdateEvalBody",
    "UpdateEvalBodyParam",
    "UpdateGroupBody",
    "UpdateGroupBodyParam",
    "UpdateOrganizationDataRetentionBody",
    "UpdateOrganizationDataRetentionBodyParam",
    "UpdateOrganizationSpendLimitBody",
    "UpdateOrganizationSpendLimitBodyParam",
    "UpdateProjectDataRetentionBody",
    "UpdateProjectDataRetentionBodyParam",
    "UpdateProjectServiceAccountBody",
    "UpdateProjectServiceAccountBodyParam",
    "UpdateProjectSpendLimitBody",
    "UpdateProjectSpendLimitBodyParam",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreFileAttributesRequestParam",
    "UpdateVectorStoreRequest",
    "UpdateVectorStoreRequestParam",
    "UpdateVoiceConsentRequest",
    "UpdateVoiceConsentRequestParam",
    "Upload",
    "UploadCertificateRequest",
    "UploadCertificateRequestParam",
    "UploadPart",
    "UrlAnnotation",
    "UrlAnnotationSource",
    "UrlCitationBody",
    "UrlCitationBodyParam",
    "UrlCitationParam",
    "UsageAudioSpeechesResult",
    "UsageAudioTranscriptionsResult",
    "UsageCodeInterpreterSessionsResult",
    "UsageCompletionsResult",
    "UsageEmbeddingsResult",
    "UsageFileSearchCallsResult",
    "UsageImagesResult",
    "UsageModerationsResult",
    "UsageResponse",
    "UsageTimeBucket",
    "UsageVectorStoresResult",
    "UsageWebSearchCallsResult",
    "User",
    "UserDeleteResponse",
    "UserListResource",
    "UserListResponse",
    "UserMessageInputText",
    "UserMessageItem",
    "UserMessageQuotedText",
    "UserProjectsList",
    "UserProjectsListDataItem",
    "UserRoleAssignment",
    "UserRoleUpdateRequest",
    "UserRoleUpdateRequestParam",
    "UserSchema",
    "VadConfig",
    "VadConfigParam",
    "ValidateGraderRequest",
    "ValidateGraderRequestParam",
    "ValidateGraderResponse",
    "VectorStoreExpirationAfter",
    "VectorStoreExpirationAfterParam",
    "VectorStoreFileAttributes",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseDataItem",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastErrorObject",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestParam",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsParam",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultItem",
    "VectorStoreSearchResultsPage",
    "Verbosity",
    "VideoCharacterResource",
    "VideoContentVariant",
    "VideoListResource",
    "VideoModel",
    "VideoReferenceInputParam",
    "VideoReferenceInputParamParam",
    "VideoResource",
    "VideoSeconds",
    "VideoSize",
    "VideoStatus",
    "VoiceConsentDeletedResource",
    "VoiceConsentListResource",
    "VoiceConsentResource",
    "VoiceIdsOrCustomVoice",
    "VoiceIdsOrCustomVoiceObject",
    "VoiceIdsOrCustomVoiceObjectParam",
    "VoiceIdsOrCustomVoiceParam",
    "VoiceIdsShared",
    "VoiceResource",
    "WaitParam",
    "WaitParamParam",
    "WebSearchActionFind",
    "WebSearchActionFindParam",
    "WebSearchActionOpenPage",
    "WebSearchActionOpenPageParam",
    "WebSearchActionSearch",
    "WebSearchActionSearchParam",
    "WebSearchActionSearchSource",
    "WebSearchActionSearchSourceParam",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocationParam",
    "WebSearchApproximateLocationWebSearchApproximateLocation",
    "WebSearchApproximateLocationWebSearchApproximateLocationParam",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchLocationParam",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolParam",
    "WebSearchTool",
    "WebSearchToolCall",
    "WebSearchToolCallParam",
    "WebSearchToolFiltersObject",
    "WebSearchToolFiltersObjectParam",
    "WebSearchToolParam",
    "WebhookBatchCancelled",
    "WebhookBatchCancelledData",
    "WebhookBatchCompleted",
    "WebhookBatchCompletedData",
    "WebhookBatchExpired",
    "WebhookBatchExpiredData",
    "WebhookBatchFailed",
    "WebhookBatchFailedData",
    "WebhookEvalRunCanceled",
    "WebhookEvalRunCanceledData",
    "WebhookEvalRunFailed",
    "WebhookEvalRunFailedData",
    "WebhookEvalRunSucceeded",
    "WebhookEvalRunSucceededData",
    "WebhookFineTuningJobCancelled",
    "WebhookFineTuningJobCancelledData",
    "WebhookFineTuningJobFailed",
    "WebhookFineTuningJobFailedData",
    "WebhookFineTuningJobSucceeded",
    "WebhookFineTuningJobSucceededData",
    "WebhookLiveCallIncoming",
    "WebhookLiveCallIncomingData",
    "WebhookLiveCallIncomingDataSipHeader",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeader",
    "WebhookResponseCancelled",
    "WebhookResponseCancelledData",
    "WebhookResponseCompleted",
    "WebhookResponseCompletedData",
    "WebhookResponseFailed",
    "WebhookResponseFailedData",
    "WebhookResponseIncomplete",
    "WebhookResponseIncompleteData",
    "WidgetMessageItem",
    "WorkflowParam",
    "WorkflowParamParam",
    "WorkflowTracingParam",
    "WorkflowTracingParamParam",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
