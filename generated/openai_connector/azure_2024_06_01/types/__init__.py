# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
"""Every model and request type, imported lazily: `from types import Name` loads one module."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_response import AudioResponse
    from .audio_response_format import AudioResponseFormat
    from .audio_segment import AudioSegment
    from .audio_verbose_response import AudioVerboseResponse
    from .azure_chat_extension_configuration import (
        AzureChatExtensionConfiguration,
        AzureChatExtensionConfigurationParam,
    )
    from .azure_chat_extension_type import AzureChatExtensionType
    from .azure_chat_extensions_message_context import AzureChatExtensionsMessageContext
    from .azure_cosmos_db_chat_extension_configuration import AzureCosmosDbChatExtensionConfiguration
    from .azure_cosmos_db_chat_extension_parameters import AzureCosmosDbChatExtensionParameters
    from .azure_cosmos_db_field_mapping_options import AzureCosmosDbFieldMappingOptions
    from .azure_search_chat_extension_configuration import AzureSearchChatExtensionConfiguration
    from .azure_search_chat_extension_parameters import AzureSearchChatExtensionParameters
    from .azure_search_index_field_mapping_options import AzureSearchIndexFieldMappingOptions
    from .azure_search_query_type import AzureSearchQueryType
    from .chat_completion_choice_common import ChatCompletionChoiceCommon
    from .chat_completion_choice_log_probs import ChatCompletionChoiceLogProbs
    from .chat_completion_function import ChatCompletionFunction, ChatCompletionFunctionParam
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_parameters import ChatCompletionFunctionParameters
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall, ChatCompletionMessageToolCallFunction
    from .chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice,
        ChatCompletionNamedToolChoiceFunction,
        ChatCompletionNamedToolChoiceFunctionParam,
        ChatCompletionNamedToolChoiceParam,
    )
    from .chat_completion_request_message import ChatCompletionRequestMessage, ChatCompletionRequestMessageParam
    from .chat_completion_request_message_assistant import ChatCompletionRequestMessageAssistant
    from .chat_completion_request_message_content_part import ChatCompletionRequestMessageContentPart
    from .chat_completion_request_message_content_part_image import ChatCompletionRequestMessageContentPartImage
    from .chat_completion_request_message_content_part_text import ChatCompletionRequestMessageContentPartText
    from .chat_completion_request_message_content_part_type import ChatCompletionRequestMessageContentPartType
    from .chat_completion_request_message_function import ChatCompletionRequestMessageFunction
    from .chat_completion_request_message_role import ChatCompletionRequestMessageRole
    from .chat_completion_request_message_system import ChatCompletionRequestMessageSystem
    from .chat_completion_request_message_tool import ChatCompletionRequestMessageTool
    from .chat_completion_request_message_user import ChatCompletionRequestMessageUser
    from .chat_completion_response_format import ChatCompletionResponseFormat
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_response_message_role import ChatCompletionResponseMessageRole
    from .chat_completion_response_object import ChatCompletionResponseObject
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob, ChatCompletionTokenLogprobTopLogprob
    from .chat_completion_tool import (
        ChatCompletionTool,
        ChatCompletionToolFunction,
        ChatCompletionToolFunctionParam,
        ChatCompletionToolParam,
    )
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption, ChatCompletionToolChoiceOptionParam
    from .chat_completion_tool_type import ChatCompletionToolType
    from .chat_completions_request_common import ChatCompletionsRequestCommon
    from .chat_completions_response_common import ChatCompletionsResponseCommon
    from .citation import Citation
    from .completion_usage import CompletionUsage
    from .completions_create import (
        CompletionsCreateBody,
        CompletionsCreateBodyParam,
        CompletionsCreateResponse,
        CompletionsCreateResponseChoice,
        CompletionsCreateResponseChoiceLogprobs,
        CompletionsCreateResponseUsage,
    )
    from .content_filter_choice_results import ContentFilterChoiceResults
    from .content_filter_detected_result import ContentFilterDetectedResult
    from .content_filter_detected_with_citation_result import (
        ContentFilterDetectedWithCitationResult,
        ContentFilterDetectedWithCitationResultCitation,
    )
    from .content_filter_prompt_results import ContentFilterPromptResults
    from .content_filter_result_base import ContentFilterResultBase
    from .content_filter_results_base import ContentFilterResultsBase
    from .content_filter_severity_result import ContentFilterSeverityResult
    from .create_chat_completion_request import (
        CreateChatCompletionRequest,
        CreateChatCompletionRequestFunctionCallObject,
        CreateChatCompletionRequestFunctionCallObjectParam,
        CreateChatCompletionRequestParam,
        CreateChatCompletionRequestResponseFormat,
        CreateChatCompletionRequestResponseFormatParam,
    )
    from .create_chat_completion_response import CreateChatCompletionResponse, CreateChatCompletionResponseChoice
    from .create_transcription_request import CreateTranscriptionRequest, CreateTranscriptionRequestParam
    from .create_translation_request import CreateTranslationRequest, CreateTranslationRequestParam
    from .dalle_content_filter_results import DalleContentFilterResults
    from .dalle_error import DalleError
    from .dalle_error_response import DalleErrorResponse
    from .dalle_filter_results import DalleFilterResults
    from .dalle_inner_error import DalleInnerError
    from .embeddings_create import (
        EmbeddingsCreateBody,
        EmbeddingsCreateBodyParam,
        EmbeddingsCreateResponse,
        EmbeddingsCreateResponseDataItem,
        EmbeddingsCreateResponseUsage,
    )
    from .error import Error
    from .error_base import ErrorBase
    from .error_response import ErrorResponse
    from .generate_images_response import GenerateImagesResponse
    from .image_detail_level import ImageDetailLevel
    from .image_generations_request import ImageGenerationsRequest, ImageGenerationsRequestParam
    from .image_quality import ImageQuality
    from .image_result import ImageResult
    from .image_size import ImageSize
    from .image_style import ImageStyle
    from .images_response_format import ImagesResponseFormat
    from .inner_error import InnerError
    from .inner_error_code import InnerErrorCode
    from .on_your_data_api_key_authentication_options import OnYourDataApiKeyAuthenticationOptions
    from .on_your_data_authentication_options import OnYourDataAuthenticationOptions
    from .on_your_data_authentication_type import OnYourDataAuthenticationType
    from .on_your_data_connection_string_authentication_options import OnYourDataConnectionStringAuthenticationOptions
    from .on_your_data_deployment_name_vectorization_source import OnYourDataDeploymentNameVectorizationSource
    from .on_your_data_endpoint_vectorization_source import OnYourDataEndpointVectorizationSource
    from .on_your_data_system_assigned_managed_identity_authentication_options import (
        OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
    )
    from .on_your_data_user_assigned_managed_identity_authentication_options import (
        OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
    )
    from .on_your_data_vectorization_source import OnYourDataVectorizationSource
    from .on_your_data_vectorization_source_type import OnYourDataVectorizationSourceType
    from .prompt_filter_result import PromptFilterResult
    from .prompt_filter_results import PromptFilterResults
    from .tool_call_type import ToolCallType

_MODULE_OF: dict[str, str] = {
    "AudioResponse": "audio_response",
    "AudioResponseFormat": "audio_response_format",
    "AudioSegment": "audio_segment",
    "AudioVerboseResponse": "audio_verbose_response",
    "AzureChatExtensionConfiguration": "azure_chat_extension_configuration",
    "AzureChatExtensionConfigurationParam": "azure_chat_extension_configuration",
    "AzureChatExtensionType": "azure_chat_extension_type",
    "AzureChatExtensionsMessageContext": "azure_chat_extensions_message_context",
    "AzureCosmosDbChatExtensionConfiguration": "azure_cosmos_db_chat_extension_configuration",
    "AzureCosmosDbChatExtensionParameters": "azure_cosmos_db_chat_extension_parameters",
    "AzureCosmosDbFieldMappingOptions": "azure_cosmos_db_field_mapping_options",
    "AzureSearchChatExtensionConfiguration": "azure_search_chat_extension_configuration",
    "AzureSearchChatExtensionParameters": "azure_search_chat_extension_parameters",
    "AzureSearchIndexFieldMappingOptions": "azure_search_index_field_mapping_options",
    "AzureSearchQueryType": "azure_search_query_type",
    "ChatCompletionChoiceCommon": "chat_completion_choice_common",
    "ChatCompletionChoiceLogProbs": "chat_completion_choice_log_probs",
    "ChatCompletionFunction": "chat_completion_function",
    "ChatCompletionFunctionCall": "chat_completion_function_call",
    "ChatCompletionFunctionParam": "chat_completion_function",
    "ChatCompletionFunctionParameters": "chat_completion_function_parameters",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunctionParam": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageAssistant": "chat_completion_request_message_assistant",
    "ChatCompletionRequestMessageContentPart": "chat_completion_request_message_content_part",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartType": "chat_completion_request_message_content_part_type",
    "ChatCompletionRequestMessageFunction": "chat_completion_request_message_function",
    "ChatCompletionRequestMessageParam": "chat_completion_request_message",
    "ChatCompletionRequestMessageRole": "chat_completion_request_message_role",
    "ChatCompletionRequestMessageSystem": "chat_completion_request_message_system",
    "ChatCompletionRequestMessageTool": "chat_completion_request_message_tool",
    "ChatCompletionRequestMessageUser": "chat_completion_request_message_user",
    "ChatCompletionResponseFormat": "chat_completion_response_format",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageRole": "chat_completion_response_message_role",
    "ChatCompletionResponseObject": "chat_completion_response_object",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprob": "chat_completion_token_logprob",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOption": "chat_completion_tool_choice_option",
    "ChatCompletionToolChoiceOptionParam": "chat_completion_tool_choice_option",
    "ChatCompletionToolFunction": "chat_completion_tool",
    "ChatCompletionToolFunctionParam": "chat_completion_tool",
    "ChatCompletionToolParam": "chat_completion_tool",
    "ChatCompletionToolType": "chat_completion_tool_type",
    "ChatCompletionsRequestCommon": "chat_completions_request_common",
    "ChatCompletionsResponseCommon": "chat_completions_response_common",
    "Citation": "citation",
    "CompletionUsage": "completion_usage",
    "CompletionsCreateBody": "completions_create",
    "CompletionsCreateBodyParam": "completions_create",
    "CompletionsCreateResponse": "completions_create",
    "CompletionsCreateResponseChoice": "completions_create",
    "CompletionsCreateResponseChoiceLogprobs": "completions_create",
    "CompletionsCreateResponseUsage": "completions_create",
    "ContentFilterChoiceResults": "content_filter_choice_results",
    "ContentFilterDetectedResult": "content_filter_detected_result",
    "ContentFilterDetectedWithCitationResult": "content_filter_detected_with_citation_result",
    "ContentFilterDetectedWithCitationResultCitation": "content_filter_detected_with_citation_result",
    "ContentFilterPromptResults": "content_filter_prompt_results",
    "ContentFilterResultBase": "content_filter_result_base",
    "ContentFilterResultsBase": "content_filter_results_base",
    "ContentFilterSeverityResult": "content_filter_severity_result",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestFunctionCallObject": "create_chat_completion_request",
    "CreateChatCompletionRequestFunctionCallObjectParam": "create_chat_completion_request",
    "CreateChatCompletionRequestParam": "create_chat_completion_request",
    "CreateChatCompletionRequestResponseFormat": "create_chat_completion_request",
    "CreateChatCompletionRequestResponseFormatParam": "create_chat_completion_request",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoice": "create_chat_completion_response",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestParam": "create_transcription_request",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationRequestParam": "create_translation_request",
    "DalleContentFilterResults": "dalle_content_filter_results",
    "DalleError": "dalle_error",
    "DalleErrorResponse": "dalle_error_response",
    "DalleFilterResults": "dalle_filter_results",
    "DalleInnerError": "dalle_inner_error",
    "EmbeddingsCreateBody": "embeddings_create",
    "EmbeddingsCreateBodyParam": "embeddings_create",
    "EmbeddingsCreateResponse": "embeddings_create",
    "EmbeddingsCreateResponseDataItem": "embeddings_create",
    "EmbeddingsCreateResponseUsage": "embeddings_create",
    "Error": "error",
    "ErrorBase": "error_base",
    "ErrorResponse": "error_response",
    "GenerateImagesResponse": "generate_images_response",
    "ImageDetailLevel": "image_detail_level",
    "ImageGenerationsRequest": "image_generations_request",
    "ImageGenerationsRequestParam": "image_generations_request",
    "ImageQuality": "image_quality",
    "ImageResult": "image_result",
    "ImageSize": "image_size",
    "ImageStyle": "image_style",
    "ImagesResponseFormat": "images_response_format",
    "InnerError": "inner_error",
    "InnerErrorCode": "inner_error_code",
    "OnYourDataApiKeyAuthenticationOptions": "on_your_data_api_key_authentication_options",
    "OnYourDataAuthenticationOptions": "on_your_data_authentication_options",
    "OnYourDataAuthenticationType": "on_your_data_authentication_type",
    "OnYourDataConnectionStringAuthenticationOptions": "on_your_data_connection_string_authentication_options",
    "OnYourDataDeploymentNameVectorizationSource": "on_your_data_deployment_name_vectorization_source",
    "OnYourDataEndpointVectorizationSource": "on_your_data_endpoint_vectorization_source",
    "OnYourDataSystemAssignedManagedIdentityAuthenticationOptions": "on_your_data_system_assigned_managed_identity_authentication_options",
    "OnYourDataUserAssignedManagedIdentityAuthenticationOptions": "on_your_data_user_assigned_managed_identity_authentication_options",
    "OnYourDataVectorizationSource": "on_your_data_vectorization_source",
    "OnYourDataVectorizationSourceType": "on_your_data_vectorization_source_type",
    "PromptFilterResult": "prompt_filter_result",
    "PromptFilterResults": "prompt_filter_results",
    "ToolCallType": "tool_call_type",
}

__all__ = [
    "AudioResponse",
    "AudioResponseFormat",
    "AudioSegment",
    "AudioVerboseResponse",
    "AzureChatExtensionConfiguration",
    "AzureChatExtensionConfigurationParam",
    "AzureChatExtensionType",
    "AzureChatExtensionsMessageContext",
    "AzureCosmosDbChatExtensionConfiguration",
    "AzureCosmosDbChatExtensionParameters",
    "AzureCosmosDbFieldMappingOptions",
    "AzureSearchChatExtensionConfiguration",
    "AzureSearchChatExtensionParameters",
    "AzureSearchIndexFieldMappingOptions",
    "AzureSearchQueryType",
    "ChatCompletionChoiceCommon",
    "ChatCompletionChoiceLogProbs",
    "ChatCompletionFunction",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionParam",
    "ChatCompletionFunctionParameters",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageAssistant",
    "ChatCompletionRequestMessageContentPart",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartType",
    "ChatCompletionRequestMessageFunction",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestMessageRole",
    "ChatCompletionRequestMessageSystem",
    "ChatCompletionRequestMessageTool",
    "ChatCompletionRequestMessageUser",
    "ChatCompletionResponseFormat",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageRole",
    "ChatCompletionResponseObject",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolFunction",
    "ChatCompletionToolFunctionParam",
    "ChatCompletionToolParam",
    "ChatCompletionToolType",
    "ChatCompletionsRequestCommon",
    "ChatCompletionsResponseCommon",
    "Citation",
    "CompletionUsage",
    "CompletionsCreateBody",
    "CompletionsCreateBodyParam",
    "CompletionsCreateResponse",
    "CompletionsCreateResponseChoice",
    "CompletionsCreateResponseChoiceLogprobs",
    "CompletionsCreateResponseUsage",
    "ContentFilterChoiceResults",
    "ContentFilterDetectedResult",
    "ContentFilterDetectedWithCitationResult",
    "ContentFilterDetectedWithCitationResultCitation",
    "ContentFilterPromptResults",
    "ContentFilterResultBase",
    "ContentFilterResultsBase",
    "ContentFilterSeverityResult",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestFunctionCallObject",
    "CreateChatCompletionRequestFunctionCallObjectParam",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionRequestResponseFormat",
    "CreateChatCompletionRequestResponseFormatParam",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoice",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestParam",
    "CreateTranslationRequest",
    "CreateTranslationRequestParam",
    "DalleContentFilterResults",
    "DalleError",
    "DalleErrorResponse",
    "DalleFilterResults",
    "DalleInnerError",
    "EmbeddingsCreateBody",
    "EmbeddingsCreateBodyParam",
    "EmbeddingsCreateResponse",
    "EmbeddingsCreateResponseDataItem",
    "EmbeddingsCreateResponseUsage",
    "Error",
    "ErrorBase",
    "ErrorResponse",
    "GenerateImagesResponse",
    "ImageDetailLevel",
    "ImageGenerationsRequest",
    "ImageGenerationsRequestParam",
    "ImageQuality",
    "ImageResult",
    "ImageSize",
    "ImageStyle",
    "ImagesResponseFormat",
    "InnerError",
    "InnerErrorCode",
    "OnYourDataApiKeyAuthenticationOptions",
    "OnYourDataAuthenticationOptions",
    "OnYourDataAuthenticationType",
    "OnYourDataConnectionStringAuthenticationOptions",
    "OnYourDataDeploymentNameVectorizationSource",
    "OnYourDataEndpointVectorizationSource",
    "OnYourDataSystemAssignedManagedIdentityAuthenticationOptions",
    "OnYourDataUserAssignedManagedIdentityAuthenticationOptions",
    "OnYourDataVectorizationSource",
    "OnYourDataVectorizationSourceType",
    "PromptFilterResult",
    "PromptFilterResults",
    "ToolCallType",
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
