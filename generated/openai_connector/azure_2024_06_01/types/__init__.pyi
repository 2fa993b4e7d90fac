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
from .azure_chat_extensions_message_context import (
    AzureChatExtensionsMessageContextParam as AzureChatExtensionsMessageContextParam,
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
from .chat_completion_function import ChatCompletionFunction as ChatCompletionFunction
from .chat_completion_function import ChatCompletionFunctionParam as ChatCompletionFunctionParam
from .chat_completion_function_call import ChatCompletionFunctionCall as ChatCompletionFunctionCall
from .chat_completion_function_parameters import ChatCompletionFunctionParameters as ChatCompletionFunctionParameters
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall as ChatCompletionMessageToolCall
from .chat_completion_message_tool_call import (
    ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
)
from .chat_completion_message_tool_call import (
    ChatCompletionMessageToolCallFunctionParam as ChatCompletionMessageToolCallFunctionParam,
)
from .chat_completion_message_tool_call import ChatCompletionMessageToolCallParam as ChatCompletionMessageToolCallParam
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice
from .chat_completion_named_tool_choice import (
    ChatCompletionNamedToolChoiceFunction as ChatCompletionNamedToolChoiceFunction,
)
from .chat_completion_named_tool_choice import (
    ChatCompletionNamedToolChoiceFunctionParam as ChatCompletionNamedToolChoiceFunctionParam,
)
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam
from .chat_completion_request_message import ChatCompletionRequestMessage as ChatCompletionRequestMessage
from .chat_completion_request_message import ChatCompletionRequestMessageParam as ChatCompletionRequestMessageParam
from .chat_completion_request_message_assistant import (
    ChatCompletionRequestMessageAssistant as ChatCompletionRequestMessageAssistant,
)
from .chat_completion_request_message_assistant import (
    ChatCompletionRequestMessageAssistantParam as ChatCompletionRequestMessageAssistantParam,
)
from .chat_completion_request_message_content_part import (
    ChatCompletionRequestMessageContentPart as ChatCompletionRequestMessageContentPart,
)
from .chat_completion_request_message_content_part import (
    ChatCompletionRequestMessageContentPartParam as ChatCompletionRequestMessageContentPartParam,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage as ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImageParam as ChatCompletionRequestMessageContentPartImageParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText as ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartTextParam as ChatCompletionRequestMessageContentPartTextParam,
)
from .chat_completion_request_message_content_part_type import (
    ChatCompletionRequestMessageContentPartType as ChatCompletionRequestMessageContentPartType,
)
from .chat_completion_request_message_function import (
    ChatCompletionRequestMessageFunction as ChatCompletionRequestMessageFunction,
)
from .chat_completion_request_message_function import (
    ChatCompletionRequestMessageFunctionParam as ChatCompletionRequestMessageFunctionParam,
)
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole as ChatCompletionRequestMessageRole
from .chat_completion_request_message_system import (
    ChatCompletionRequestMessageSystem as ChatCompletionRequestMessageSystem,
)
from .chat_completion_request_message_system import (
    ChatCompletionRequestMessageSystemParam as ChatCompletionRequestMessageSystemParam,
)
from .chat_completion_request_message_tool import ChatCompletionRequestMessageTool as ChatCompletionRequestMessageTool
from .chat_completion_request_message_tool import (
    ChatCompletionRequestMessageToolParam as ChatCompletionRequestMessageToolParam,
)
from .chat_completion_request_message_user import ChatCompletionRequestMessageUser as ChatCompletionRequestMessageUser
from .chat_completion_request_message_user import (
    ChatCompletionRequestMessageUserParam as ChatCompletionRequestMessageUserParam,
)
from .chat_completion_response_format import ChatCompletionResponseFormat as ChatCompletionResponseFormat
from .chat_completion_response_message import ChatCompletionResponseMessage as ChatCompletionResponseMessage
from .chat_completion_response_message_role import (
    ChatCompletionResponseMessageRole as ChatCompletionResponseMessageRole,
)
from .chat_completion_response_object import ChatCompletionResponseObject as ChatCompletionResponseObject
from .chat_completion_token_logprob import ChatCompletionTokenLogprob as ChatCompletionTokenLogprob
from .chat_completion_token_logprob import ChatCompletionTokenLogprobTopLogprob as ChatCompletionTokenLogprobTopLogprob
from .chat_completion_tool import ChatCompletionTool as ChatCompletionTool
from .chat_completion_tool import ChatCompletionToolFunction as ChatCompletionToolFunction
from .chat_completion_tool import ChatCompletionToolFunctionParam as ChatCompletionToolFunctionParam
from .chat_completion_tool import ChatCompletionToolParam as ChatCompletionToolParam
from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption
from .chat_completion_tool_choice_option import (
    ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
)
from .chat_completion_tool_type import ChatCompletionToolType as ChatCompletionToolType
from .chat_completions_request_common import ChatCompletionsRequestCommon as ChatCompletionsRequestCommon
from .chat_completions_response_common import ChatCompletionsResponseCommon as ChatCompletionsResponseCommon
from .citation import Citation as Citation
from .citation import CitationParam as CitationParam
from .completion_usage import CompletionUsage as CompletionUsage
from .completions_create import CompletionsCreateBody as CompletionsCreateBody
from .completions_create import CompletionsCreateBodyParam as CompletionsCreateBodyParam
from .completions_create import CompletionsCreateResponse as CompletionCreateResponse
from .completions_create import CompletionsCreateResponse as CompletionsCreateResponse
from .completions_create import CompletionsCreateResponseChoice as CompletionsCreateResponseChoice
from .completions_create import CompletionsCreateResponseChoiceLogprobs as CompletionsCreateResponseChoiceLogprobs
from .completions_create import CompletionsCreateResponseUsage as CompletionsCreateResponseUsage
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
from .create_chat_completion_request import (
    CreateChatCompletionRequestFunctionCall as CreateChatCompletionRequestFunctionCall,
)
from .create_chat_completion_request import (
    CreateChatCompletionRequestFunctionCallParam as CreateChatCompletionRequestFunctionCallParam,
)
from .create_chat_completion_request import CreateChatCompletionRequestParam as CreateChatCompletionRequestParam
from .create_chat_completion_request import (
    CreateChatCompletionRequestResponseFormat as CreateChatCompletionRequestResponseFormat,
)
from .create_chat_completion_request import (
    CreateChatCompletionRequestResponseFormatParam as CreateChatCompletionRequestResponseFormatParam,
)
from .create_chat_completion_response import CreateChatCompletionResponse as CreateChatCompletionResponse
from .create_chat_completion_response import CreateChatCompletionResponseChoice as CreateChatCompletionResponseChoice
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
from .generate_images_response import GenerateImagesResponse as GenerateImagesResponse
from .generate_images_response import GenerateImagesResponse as ImageGenerateResponse
from .image_detail_level import ImageDetailLevel as ImageDetailLevel
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
from .prompt_filter_result import PromptFilterResult as PromptFilterResult
from .prompt_filter_results import PromptFilterResults as PromptFilterResults
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
    "AzureChatExtensionsMessageContextParam",
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
    "ChatCompletionFunction",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionParam",
    "ChatCompletionFunctionParameters",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageAssistant",
    "ChatCompletionRequestMessageAssistantParam",
    "ChatCompletionRequestMessageContentPart",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartParam",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageContentPartType",
    "ChatCompletionRequestMessageFunction",
    "ChatCompletionRequestMessageFunctionParam",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestMessageRole",
    "ChatCompletionRequestMessageSystem",
    "ChatCompletionRequestMessageSystemParam",
    "ChatCompletionRequestMessageTool",
    "ChatCompletionRequestMessageToolParam",
    "ChatCompletionRequestMessageUser",
    "ChatCompletionRequestMessageUserParam",
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
    "CitationParam",
    "CompletionCreateResponse",
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
    "CreateChatCompletionRequestFunctionCall",
    "CreateChatCompletionRequestFunctionCallParam",
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
    "EmbeddingCreateResponse",
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
    "PromptFilterResult",
    "PromptFilterResults",
    "ToolCallType",
]
