# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.usage`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "UsageAudioSpeechesResponse": (("usage_response", "UsageResponse"),),
    "UsageAudioTranscriptionsResponse": (("usage_response", "UsageResponse"),),
    "UsageCodeInterpreterSessionsResponse": (("usage_response", "UsageResponse"),),
    "UsageCompletionsResponse": (("usage_response", "UsageResponse"),),
    "UsageCostsResponse": (("usage_response", "UsageResponse"),),
    "UsageEmbeddingsResponse": (("usage_response", "UsageResponse"),),
    "UsageFileSearchCallsResponse": (("usage_response", "UsageResponse"),),
    "UsageImagesResponse": (("usage_response", "UsageResponse"),),
    "UsageModerationsResponse": (("usage_response", "UsageResponse"),),
    "UsageResponse": (("usage_response", "UsageResponse"),),
    "UsageVectorStoresResponse": (("usage_response", "UsageResponse"),),
    "UsageWebSearchCallsResponse": (("usage_response", "UsageResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
