# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....usage_response import UsageResponse as UsageAudioSpeechesResponse
from ....usage_response import UsageResponse as UsageAudioTranscriptionsResponse
from ....usage_response import UsageResponse as UsageCodeInterpreterSessionsResponse
from ....usage_response import UsageResponse as UsageCompletionsResponse
from ....usage_response import UsageResponse as UsageCostsResponse
from ....usage_response import UsageResponse as UsageEmbeddingsResponse
from ....usage_response import UsageResponse as UsageFileSearchCallsResponse
from ....usage_response import UsageResponse as UsageImagesResponse
from ....usage_response import UsageResponse as UsageModerationsResponse
from ....usage_response import UsageResponse as UsageResponse
from ....usage_response import UsageResponse as UsageVectorStoresResponse
from ....usage_response import UsageResponse as UsageWebSearchCallsResponse

__all__ = [
    "UsageAudioSpeechesResponse",
    "UsageAudioTranscriptionsResponse",
    "UsageCodeInterpreterSessionsResponse",
    "UsageCompletionsResponse",
    "UsageCostsResponse",
    "UsageEmbeddingsResponse",
    "UsageFileSearchCallsResponse",
    "UsageImagesResponse",
    "UsageModerationsResponse",
    "UsageResponse",
    "UsageVectorStoresResponse",
    "UsageWebSearchCallsResponse",
]
