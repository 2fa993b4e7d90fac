# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.responses`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...beta_compacted_response import BetaCompactedResponse as BetaCompactedResponse
    from ...beta_compacted_response import BetaCompactedResponse as ResponseCompactResponse
    from ...beta_response import BetaResponse as BetaResponse
    from ...beta_response import BetaResponse as ResponseCancelResponse
    from ...beta_response import BetaResponse as ResponseCreateResponse
    from ...beta_response import BetaResponse as ResponseRetrieveResponse
    from ...beta_response_item import BetaResponseItem as BetaResponseItem
    from ...beta_response_item import BetaResponseItem as InputItemListResponse
    from ...beta_token_counts_resource import BetaTokenCountsResource as BetaTokenCountsResource
    from ...beta_token_counts_resource import BetaTokenCountsResource as InputTokenCountResponse

__all__ = [
    "BetaCompactedResponse",
    "BetaResponse",
    "BetaResponseItem",
    "BetaTokenCountsResource",
    "InputItemListResponse",
    "InputTokenCountResponse",
    "ResponseCancelResponse",
    "ResponseCompactResponse",
    "ResponseCreateResponse",
    "ResponseRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "BetaCompactedResponse": (("beta_compacted_response", "BetaCompactedResponse"),),
    "BetaResponse": (("beta_response", "BetaResponse"),),
    "BetaResponseItem": (("beta_response_item", "BetaResponseItem"),),
    "BetaTokenCountsResource": (("beta_token_counts_resource", "BetaTokenCountsResource"),),
    "InputItemListResponse": (("beta_response_item", "BetaResponseItem"),),
    "InputTokenCountResponse": (("beta_token_counts_resource", "BetaTokenCountsResource"),),
    "ResponseCancelResponse": (("beta_response", "BetaResponse"),),
    "ResponseCompactResponse": (("beta_compacted_response", "BetaCompactedResponse"),),
    "ResponseCreateResponse": (("beta_response", "BetaResponse"),),
    "ResponseRetrieveResponse": (("beta_response", "BetaResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
