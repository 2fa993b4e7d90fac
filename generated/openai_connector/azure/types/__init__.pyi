# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from .audio_response import AudioResponse as AudioResponse
from .audio_response_format import AudioResponseFormat as AudioResponseFormat
from .audio_segment import AudioSegment as AudioSegment
from .audio_verbose_response import AudioVerboseResponse as AudioVerboseResponse
from .azure_chat_extension_configuration import AzureChatExtensionConfiguration as AzureChatExtensionConfiguration
from .azure_chat_extension_configuration import (
    AzureChatExtensionConfigurationParam as AzureChatExtensionConfigurationParam,
)
from .azure_chat_extension_type import AzureChatExtensionType as AzureChatExtensionType
from .azure_chat_extensions_message_context import (
    AzureChatExtensionsMessageContext as AzureChatExtensionsMessageContext,
)
from .azure_cosmos_db_chat_extension_configuration import (
    AzureCosmosDbChatExtensionConfiguration as AzureCosmosDbChatExtensionConfiguration,
)
from .azure_cosmos_db_chat_extension_configuration import (
    AzureCosmosDbChatExtensionConfigurationParam as AzureCosmosDbChatExtensionConfigurationParam,
)
from .azure_cosmos_db_chat_extension_parameters import (
    AzureCosmosDbChatExtensionParameters as AzureCosmosDbChatExtensionParameters,
)
from .azure_cosmos_db_chat_extension_parameters import (
    AzureCosmosDbChatExtensionParametersParam as AzureCosmosDbChatExtensionParametersParam,
)
from .azure_cosmos_db_field_mapping_options import AzureCosmosDbFieldMappingOptions as AzureCosmosDbFieldMappingOptions
from .azure_cosmos_db_field_mapping_options import (
    AzureCosmosDbFieldMappingOptionsParam as AzureCosmosDbFieldMappingOptionsParam,
)
from .azure_search_chat_extension_configuration import (
    AzureSearchChatExtensionConfiguration as AzureSearchChatExtensionConfiguration,
)
from .azure_search_chat_extension_configuration import (
    AzureSearchChatExtensionConfigurationParam as AzureSearchChatExtensionConfigurationParam,
)
from .azure_search_chat_extension_parameters import (
    AzureSearchChatExtensionParameters as AzureSearchChatExtensionParameters,
)
from .azure_search_chat_extension_parameters import (
    AzureSearchChatExtensionParametersParam as AzureSearchChatExtensionParametersParam,
)
from .azure_search_index_field_mapping_options import (
    AzureSearchIndexFieldMappingOptions as AzureSearchIndexFieldMappingOptions,
)
from .azure_search_index_field_mapping_options import (
    AzureSearchIndexFieldMappingOptionsParam as AzureSearchIndexFieldMappingOptionsParam,
)
from .azure_search_query_type import AzureSearchQueryType as AzureSearchQueryType
from .chat_completion_choice_common import ChatCompletionChoiceCommon as ChatCompletionChoiceCommon
from .chat_completion_choice_log_probs import ChatCompletionChoiceLogProbs as ChatCompletionChoiceLogProbs
from .chat_completion_function_call import ChatCompletionFunctionCall as ChatCompletionFunctionCall
from .chat_completion_function_call_option import ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption
from .chat_completion_function_call_option import (
    ChatCompletionFunctionCallOptionParam as ChatCompletionFunctionCallOptionParam,
)
from .chat_completion_functions import ChatCompletionFunctions as ChatCompletionFunctions
from .chat_completion_functions import ChatCompletionFunctionsParam as ChatCompletionFunctionsParam
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall as ChatCompletionMessageToolCall
from .chat_completion_message_tool_call import (
    ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
)
from .chat_completion_message_tool_call import (
    ChatCompletionMessageToolCallFunctionParam as ChatCompletionMessageToolCallFunctionParam,
)
from .chat_completion_message_tool_call import ChatCompletionMessageToolCallParam as ChatCompletionMessageToolCallParam
from .chat_completion_message_tool_call_chunk import (
    ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk,
)
from .chat_completion_message_tool_call_chunk import (
    ChatCompletionMessageToolCallChunkFunction as ChatCompletionMessageToolCallChunkFunction,
)
from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls as ChatCompletionMessageToolCalls
from .chat_completion_message_tool_calls import (
    ChatCompletionMessageToolCallsParam as ChatCompletionMessageToolCallsParam,
)
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice
from .chat_completion_named_tool_choice import (
    ChatCompletionNamedToolChoiceFunction as ChatCompletionNamedToolChoiceFunction,
)
from .chat_completion_named_tool_choice import (
    ChatCompletionNamedToolChoiceFunctionParam as ChatCompletionNamedToolChoiceFunctionParam,
)
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
)
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessageFunctionCall as ChatCompletionRequestAssistantMessageFunctionCall,
)
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessageFunctionCallParam as ChatCompletionRequestAssistantMessageFunctionCallParam,
)
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessageParam as ChatCompletionRequestAssistantMessageParam,
)
from .chat_completion_request_assistant_message_content_part import (
    ChatCompletionRequestAssistantMessageContentPart as ChatCompletionRequestAssistantMessageContentPart,
)
from .chat_completion_request_assistant_message_content_part import (
    ChatCompletionRequestAssistantMessageContentPartParam as ChatCompletionRequestAssistantMessageContentPartParam,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessageParam as ChatCompletionRequestFunctionMessageParam,
)
from .chat_completion_request_message import ChatCompletionRequestMessage as ChatCompletionRequestMessage
from .chat_completion_request_message import ChatCompletionRequestMessageParam as ChatCompletionRequestMessageParam
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage as ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImageParam as ChatCompletionRequestMessageContentPartImageParam,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImageUrl as ChatCompletionRequestMessageContentPartImageUrl,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImageUrlParam as ChatCompletionRequestMessageContentPartImageUrlParam,
)
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
)
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusalParam as ChatCompletionRequestMessageContentPartRefusalParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText as ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartTextParam as ChatCompletionRequestMessageContentPartTextParam,
)
from .chat_completion_request_message_function import (
    ChatCompletionRequestMessageFunction as ChatCompletionRequestMessageFunction,
)
from .chat_completion_request_message_tool import ChatCompletionRequestMessageTool as ChatCompletionRequestMessageTool
from .chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
)
from .chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessageParam as ChatCompletionRequestSystemMessageParam,
)
from .chat_completion_request_system_message_content_part import (
    ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
)
from .chat_completion_request_system_message_content_part import (
    ChatCompletionRequestSystemMessageContentPartParam as ChatCompletionRequestSystemMessageContentPartParam,
)
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage
from .chat_completion_request_tool_message import (
    ChatCompletionRequestToolMessageParam as ChatCompletionRequestToolMessageParam,
)
from .chat_completion_request_tool_message_content_part import (
    ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
)
from .chat_completion_request_tool_message_content_part import (
    ChatCompletionRequestToolMessageContentPartParam as ChatCompletionRequestToolMessageContentPartParam,
)
from .chat_completion_request_user_message import ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage
from .chat_completion_request_user_message import (
    ChatCompletionRequestUserMessageParam as ChatCompletionRequestUserMessageParam,
)
from .chat_completion_request_user_message_content_part import (
    ChatCompletionRequestUserMessageContentPart as ChatCompletionRequestUserMessageContentPart,
)
from .chat_completion_request_user_message_content_part import (
    ChatCompletionRequestUserMessageContentPartParam as ChatCompletionRequestUserMessageContentPartParam,
)
from .chat_completion_response_message import ChatCompletionResponseMessage as ChatCompletionResponseMessage
from .chat_completion_response_message_role import (
    ChatCompletionResponseMessageRole as ChatCompletionResponseMessageRole,
)
from .chat_completion_stream_options import ChatCompletionStreamOptions as ChatCompletionStreamOptions
from .chat_completion_stream_response_delta import (
    ChatCompletionStreamResponseDelta as ChatCompletionStreamResponseDelta,
)
from .chat_completion_stream_response_delta import (
    ChatCompletionStreamResponseDeltaFunctionCall as ChatCompletionStreamResponseDeltaFunctionCall,
)
from .chat_completion_token_logprob import ChatCompletionTokenLogprob as ChatCompletionTokenLogprob
from .chat_completion_token_logprob import ChatCompletionTokenLogprobTopLogprob as ChatCompletionTokenLogprobTopLogprob
from .chat_completion_tool import ChatCompletionTool as ChatCompletionTool
from .chat_completion_tool import ChatCompletionToolParam as ChatCompletionToolParam
from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption
from .chat_completion_tool_choice_option import (
    ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
)
from .chat_completions_request_common import ChatCompletionsRequestCommon as ChatCompletionsRequestCommon
from .citation import Citation as Citation
from .completion_usage import CompletionUsage as CompletionUsage
from .completion_usage import CompletionUsageCompletionTokensDetails as CompletionUsageCompletionTokensDetails
from .content_filter_choice_results import ContentFilterChoiceResults as ContentFilterChoiceResults
from .content_filter_detected_result import ContentFilterDetectedResult as ContentFilterDetectedResult
from .content_filter_detected_with_citation_result import (
    ContentFilterDetectedWithCitationResult as ContentFilterDetectedWithCitationResult,
)
from .content_filter_detected_with_citation_result import (
    ContentFilterDetectedWithCitationResultCitation as ContentFilterDetectedWithCitationResultCitation,
)
from .content_filter_prompt_results import ContentFilterPromptResults as ContentFilterPromptResults
from .content_filter_result_base import ContentFilterResultBase as ContentFilterResultBase
from .content_filter_results_base import ContentFilterResultsBase as ContentFilterResultsBase
from .content_filter_severity_result import ContentFilterSeverityResult as ContentFilterSeverityResult
from .create_chat_completion_request import CreateChatCompletionRequest as CreateChatCompletionRequest
from .create_chat_completion_request import CreateChatCompletionRequestParam as CreateChatCompletionRequestParam
from .create_chat_completion_response import CreateChatCompletionResponse as CreateChatCompletionResponse
from .create_chat_completion_response import CreateChatCompletionResponseChoice as CreateChatCompletionResponseChoice
from .create_chat_completion_response import (
    CreateChatCompletionResponseChoiceLogprobs as CreateChatCompletionResponseChoiceLogprobs,
)
from .create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse as CreateChatCompletionStreamResponse,
)
from .create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponseChoice as CreateChatCompletionStreamResponseChoice,
)
from .create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponseChoiceLogprobs as CreateChatCompletionStreamResponseChoiceLogprobs,
)
from .create_completion_request import CreateCompletionRequest as CreateCompletionRequest
from .create_completion_request import CreateCompletionRequestParam as CreateCompletionRequestParam
from .create_completion_response import CreateCompletionResponse as CompletionCreateResponse
from .create_completion_response import CreateCompletionResponse as CreateCompletionResponse
from .create_completion_response import CreateCompletionResponseChoice as CreateCompletionResponseChoice
from .create_completion_response import CreateCompletionResponseChoiceLogprobs as CreateCompletionResponseChoiceLogprobs
from .create_transcription_request import CreateTranscriptionRequest as CreateTranscriptionRequest
from .create_transcription_request import CreateTranscriptionRequestParam as CreateTranscriptionRequestParam
from .create_translation_request import CreateTranslationRequest as CreateTranslationRequest
from .create_translation_request import CreateTranslationRequestParam as CreateTranslationRequestParam
from .dalle_content_filter_results import DalleContentFilterResults as DalleContentFilterResults
from .dalle_error import DalleError as DalleError
from .dalle_error_response import DalleErrorResponse as DalleErrorResponse
from .dalle_filter_results import DalleFilterResults as DalleFilterResults
from .dalle_inner_error import DalleInnerError as DalleInnerError
from .embeddings_create import EmbeddingsCreateBody as EmbeddingsCreateBody
from .embeddings_create import EmbeddingsCreateBodyParam as EmbeddingsCreateBodyParam
from .embeddings_create import EmbeddingsCreateResponse as EmbeddingCreateResponse
from .embeddings_create import EmbeddingsCreateResponse as EmbeddingsCreateResponse
from .embeddings_create import EmbeddingsCreateResponseDataItem as EmbeddingsCreateResponseDataItem
from .embeddings_create import EmbeddingsCreateResponseUsage as EmbeddingsCreateResponseUsage
from .error import Error as Error
from .error_base import ErrorBase as ErrorBase
from .error_response import ErrorResponse as ErrorResponse
from .function_object import FunctionObject as FunctionObject
from .function_object import FunctionObjectParam as FunctionObjectParam
from .function_parameters import FunctionParameters as FunctionParameters
from .generate_images_response import GenerateImagesResponse as GenerateImagesResponse
from .generate_images_response import GenerateImagesResponse as ImageGenerateResponse
from .image_generations_request import ImageGenerationsRequest as ImageGenerationsRequest
from .image_generations_request import ImageGenerationsRequestParam as ImageGenerationsRequestParam
from .image_quality import ImageQuality as ImageQuality
from .image_result import ImageResult as ImageResult
from .image_size import ImageSize as ImageSize
from .image_style import ImageStyle as ImageStyle
from .images_response_format import ImagesResponseFormat as ImagesResponseFormat
from .inner_error import InnerError as InnerError
from .inner_error_code import InnerErrorCode as InnerErrorCode
from .on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptions as OnYourDataApiKeyAuthenticationOptions,
)
from .on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptionsParam as OnYourDataApiKeyAuthenticationOptionsParam,
)
from .on_your_data_authentication_options import OnYourDataAuthenticationOptions as OnYourDataAuthenticationOptions
from .on_your_data_authentication_type import OnYourDataAuthenticationType as OnYourDataAuthenticationType
from .on_your_data_connection_string_authentication_options import (
    OnYourDataConnectionStringAuthenticationOptions as OnYourDataConnectionStringAuthenticationOptions,
)
from .on_your_data_connection_string_authentication_options import (
    OnYourDataConnectionStringAuthenticationOptionsParam as OnYourDataConnectionStringAuthenticationOptionsParam,
)
from .on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSource as OnYourDataDeploymentNameVectorizationSource,
)
from .on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSourceParam as OnYourDataDeploymentNameVectorizationSourceParam,
)
from .on_your_data_endpoint_vectorization_source import (
    OnYourDataEndpointVectorizationSource as OnYourDataEndpointVectorizationSource,
)
from .on_your_data_endpoint_vectorization_source import (
    OnYourDataEndpointVectorizationSourceParam as OnYourDataEndpointVectorizationSourceParam,
)
from .on_your_data_system_assigned_managed_identity_authentication_options import (
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptions as OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
)
from .on_your_data_system_assigned_managed_identity_authentication_options import (
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam as OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam,
)
from .on_your_data_user_assigned_managed_identity_authentication_options import (
    OnYourDataUserAssignedManagedIdentityAuthenticationOptions as OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
)
from .on_your_data_user_assigned_managed_identity_authentication_options import (
    OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam as OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam,
)
from .on_your_data_vectorization_source import OnYourDataVectorizationSource as OnYourDataVectorizationSource
from .on_your_data_vectorization_source_type import (
    OnYourDataVectorizationSourceType as OnYourDataVectorizationSourceType,
)
from .parallel_tool_calls import ParallelToolCalls as ParallelToolCalls
from .prompt_filter_result import PromptFilterResult as PromptFilterResult
from .prompt_filter_results import PromptFilterResults as PromptFilterResults
from .response_format_json_object import ResponseFormatJsonObject as ResponseFormatJsonObject
from .response_format_json_object import ResponseFormatJsonObjectParam as ResponseFormatJsonObjectParam
from .response_format_json_schema import ResponseFormatJsonSchema as ResponseFormatJsonSchema
from .response_format_json_schema import ResponseFormatJsonSchemaJsonSchema as ResponseFormatJsonSchemaJsonSchema
from .response_format_json_schema import (
    ResponseFormatJsonSchemaJsonSchemaParam as ResponseFormatJsonSchemaJsonSchemaParam,
)
from .response_format_json_schema import ResponseFormatJsonSchemaParam as ResponseFormatJsonSchemaParam
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema as ResponseFormatJsonSchemaSchema
from .response_format_text import ResponseFormatText as ResponseFormatText
from .response_format_text import ResponseFormatTextParam as ResponseFormatTextParam
from .tool_call_type import ToolCallType as ToolCallType

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
    "AzureCosmosDbChatExtensionConfigurationParam",
    "AzureCosmosDbChatExtensionParameters",
    "AzureCosmosDbChatExtensionParametersParam",
    "AzureCosmosDbFieldMappingOptions",
    "AzureCosmosDbFieldMappingOptionsParam",
    "AzureSearchChatExtensionConfiguration",
    "AzureSearchChatExtensionConfigurationParam",
    "AzureSearchChatExtensionParameters",
    "AzureSearchChatExtensionParametersParam",
    "AzureSearchIndexFieldMappingOptions",
    "AzureSearchIndexFieldMappingOptionsParam",
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
    "CompletionCreateResponse",
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
    "EmbeddingCreateResponse",
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
    "ImageGenerateResponse",
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
    "OnYourDataApiKeyAuthenticationOptionsParam",
    "OnYourDataAuthenticationOptions",
    "OnYourDataAuthenticationType",
    "OnYourDataConnectionStringAuthenticationOptions",
    "OnYourDataConnectionStringAuthenticationOptionsParam",
    "OnYourDataDeploymentNameVectorizationSource",
    "OnYourDataDeploymentNameVectorizationSourceParam",
    "OnYourDataEndpointVectorizationSource",
    "OnYourDataEndpointVectorizationSourceParam",
    "OnYourDataSystemAssignedManagedIdentityAuthenticationOptions",
    "OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam",
    "OnYourDataUserAssignedManagedIdentityAuthenticationOptions",
    "OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam",
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
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFormatTextParam",
    "ToolCallType",
]
