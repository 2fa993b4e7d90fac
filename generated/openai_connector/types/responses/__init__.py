# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.responses`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..compacted_response import CompactedResponse as CompactedResponse
    from ..compacted_response import CompactedResponse as ResponseCompactResponse
    from ..input_token_count_response import InputTokenCountResponse as InputTokenCountResponse
    from ..response import Response as Response
    from ..response import Response as ResponseCancelResponse
    from ..response import Response as ResponseCreateResponse
    from ..response import Response as ResponseRetrieveResponse
    from ..response_item import ResponseItem as InputItemListResponse
    from ..response_item import ResponseItem as ResponseItem

__all__ = [
    "CompactedResponse",
    "InputItemListResponse",
    "InputTokenCountResponse",
    "Response",
    "ResponseCancelResponse",
    "ResponseCompactResponse",
    "ResponseCreateResponse",
    "ResponseItem",
    "ResponseRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "CompactedResponse": (("compacted_response", "CompactedResponse"),),
    "InputItemListResponse": (("response_item", "ResponseItem"),),
    "InputTokenCountResponse": (("input_token_count_response", "InputTokenCountResponse"),),
    "Response": (("response", "Response"),),
    "ResponseCancelResponse": (("response", "Response"),),
    "ResponseCompactResponse": (("compacted_response", "CompactedResponse"),),
    "ResponseCreateResponse": (("response", "Response"),),
    "ResponseItem": (("response_item", "ResponseItem"),),
    "ResponseRetrieveResponse": (("response", "Response"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
