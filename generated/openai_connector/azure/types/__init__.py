# generated from specs/azure/inference-2024-10-21.json by the openai-connector generator; do not edit
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
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,
        ChatCompletionFunctionCallOptionParam,
    )
    from .chat_completion_functions import ChatCompletionFunctions, ChatCompletionFunctionsParam
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
    from .chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice,
        ChatCompletionNamedToolChoiceFunction,
        ChatCompletionNamedToolChoiceFunctionParam,
        ChatCompletionNamedToolChoiceParam,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
        ChatCompletionRequestAssistantMessageFunctionCall,
        ChatCompletionRequestAssistantMessageFunctionCallParam,
        ChatCompletionRequestAssistantMessageParam,
    )
    from .chat_completion_request_assistant_message_content_part import (
        ChatCompletionRequestAssistantMessageContentPart,
        ChatCompletionRequestAssistantMessageContentPartParam,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
        ChatCompletionRequestFunctionMessageParam,
    )
    from .chat_completion_request_message import ChatCompletionRequestMessage, ChatCompletionRequestMessageParam
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
    from .chat_completion_request_message_function import ChatCompletionRequestMessageFunction
    from .chat_completion_request_message_tool import ChatCompletionRequestMessageTool
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
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_response_message_role import ChatCompletionResponseMessageRole
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta,
        ChatCompletionStreamResponseDeltaFunctionCall,
    )
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob, ChatCompletionTokenLogprobTopLogprob
    from .chat_completion_tool import ChatCompletionTool, ChatCompletionToolParam
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption, ChatCompletionToolChoiceOptionParam
    from .chat_completions_request_common import ChatCompletionsRequestCommon
    from .citation import Citation
    from .completion_usage import CompletionUsage, CompletionUsageCompletionTokensDetails
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
    from .create_chat_completion_request import CreateChatCompletionRequest, CreateChatCompletionRequestParam
    from .create_chat_completion_response import (
        CreateChatCompletionResponse,
        CreateChatCompletionResponseChoice,
        CreateChatCompletionResponseChoiceLogprobs,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
        CreateChatCompletionStreamResponseChoice,
        CreateChatCompletionStreamResponseChoiceLogprobs,
    )
    from .create_completion_request import CreateCompletionRequest, CreateCompletionRequestParam
    from .create_completion_response import (
        CreateCompletionResponse,
        CreateCompletionResponseChoice,
        CreateCompletionResponseChoiceLogprobs,
    )
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
    from .function_object import FunctionObject, FunctionObjectParam
    from .function_parameters import FunctionParameters
    from .generate_images_response import GenerateImagesResponse
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
    from .parallel_tool_calls import ParallelToolCalls
    from .prompt_filter_result import PromptFilterResult
    from .prompt_filter_results import PromptFilterResults
    from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
    from .response_format_json_schema import (
        ResponseFormatJsonSchema,
        ResponseFormatJsonSchemaJsonSchema,
        ResponseFormatJsonSchemaJsonSchemaParam,
        ResponseFormatJsonSchemaParam,
    )
    from .response_format_json_schema_schema import AzureResponseFormatJsonSchema
    from .response_format_text import ResponseFormatText, ResponseFormatTextParam
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
    "AzureResponseFormatJsonSchema": "response_format_json_schema_schema",
    "AzureSearchChatExtensionConfiguration": "azure_search_chat_extension_configuration",
    "AzureSearchChatExtensionParameters": "azure_search_chat_extension_parameters",
    "AzureSearchIndexFieldMappingOptions": "azure_search_index_field_mapping_options",
    "AzureSearchQueryType": "azure_search_query_type",
    "ChatCompletionChoiceCommon": "chat_completion_choice_common",
    "ChatCompletionChoiceLogProbs": "chat_completion_choice_log_probs",
    "ChatCompletionFunctionCall": "chat_completion_function_call",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctionCallOptionParam": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionFunctionsParam": "chat_completion_functions",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunctionParam": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallParam": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCalls": "chat_completion_message_tool_calls",
    "ChatCompletionMessageToolCallsParam": "chat_completion_message_tool_calls",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunctionParam": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageContentPart": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageContentPartParam": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageFunctionCall": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageFunctionCallParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestFunctionMessageParam": "chat_completion_request_function_message",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageParam": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageUrl": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageUrlParam": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartRefusalParam": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartTextParam": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageFunction": "chat_completion_request_message_function",
    "ChatCompletionRequestMessageParam": "chat_completion_request_message",
    "ChatCompletionRequestMessageTool": "chat_completion_request_message_tool",
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
    "ChatCompletionResponseMessageRole": "chat_completion_response_message_role",
    "ChatCompletionStreamOptions": "chat_completion_stream_options",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprob": "chat_completion_token_logprob",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOption": "chat_completion_tool_choice_option",
    "ChatCompletionToolChoiceOptionParam": "chat_completion_tool_choice_option",
    "ChatCompletionToolParam": "chat_completion_tool",
    "ChatCompletionsRequestCommon": "chat_completions_request_common",
    "Citation": "citation",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage",
    "ContentFilterChoiceResults": "content_filter_choice_results",
    "ContentFilterDetectedResult": "content_filter_detected_result",
    "ContentFilterDetectedWithCitationResult": "content_filter_detected_with_citation_result",
    "ContentFilterDetectedWithCitationResultCitation": "content_filter_detected_with_citation_result",
    "ContentFilterPromptResults": "content_filter_prompt_results",
    "ContentFilterResultBase": "content_filter_result_base",
    "ContentFilterResultsBase": "content_filter_results_base",
    "ContentFilterSeverityResult": "content_filter_severity_result",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestParam": "create_chat_completion_request",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoice": "create_chat_completion_response",
    "CreateChatCompletionResponseChoiceLogprobs": "create_chat_completion_response",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoice": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoiceLogprobs": "create_chat_completion_stream_response",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionRequestParam": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoice": "create_completion_response",
    "CreateCompletionResponseChoiceLogprobs": "create_completion_response",
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
    "FunctionObject": "function_object",
    "FunctionObjectParam": "function_object",
    "FunctionParameters": "function_parameters",
    "GenerateImagesResponse": "generate_images_response",
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
    "ParallelToolCalls": "parallel_tool_calls",
    "PromptFilterResult": "prompt_filter_result",
    "PromptFilterResults": "prompt_filter_results",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectParam": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextParam": "response_format_text",
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
    "AzureResponseFormatJsonSchema",
    "AzureSearchChatExtensionConfiguration",
    "AzureSearchChatExtensionParameters",
    "AzureSearchIndexFieldMappingOptions",
    "AzureSearchQueryType",
    "ChatCompletionChoiceCommon",
    "ChatCompletionChoiceLogProbs",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctions",
    "ChatCompletionFunctionsParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionMessageToolCallsParam",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageContentPartParam",
    "ChatCompletionRequestAssistantMessageFunctionCall",
    "ChatCompletionRequestAssistantMessageFunctionCallParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestFunctionMessageParam",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartImageUrl",
    "ChatCompletionRequestMessageContentPartImageUrlParam",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartRefusalParam",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageFunction",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestMessageTool",
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
    "ChatCompletionResponseMessageRole",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolParam",
    "ChatCompletionsRequestCommon",
    "Citation",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "ContentFilterChoiceResults",
    "ContentFilterDetectedResult",
    "ContentFilterDetectedWithCitationResult",
    "ContentFilterDetectedWithCitationResultCitation",
    "ContentFilterPromptResults",
    "ContentFilterResultBase",
    "ContentFilterResultsBase",
    "ContentFilterSeverityResult",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoice",
    "CreateChatCompletionResponseChoiceLogprobs",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoice",
    "CreateChatCompletionStreamResponseChoiceLogprobs",
    "CreateCompletionRequest",
    "CreateCompletionRequestParam",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoice",
    "CreateCompletionResponseChoiceLogprobs",
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
    "FunctionObject",
    "FunctionObjectParam",
    "FunctionParameters",
    "GenerateImagesResponse",
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
    "ParallelToolCalls",
    "PromptFilterResult",
    "PromptFilterResults",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaJsonSchemaParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatText",
    "ResponseFormatTextParam",
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
