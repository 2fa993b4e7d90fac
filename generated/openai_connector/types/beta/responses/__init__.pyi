# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
