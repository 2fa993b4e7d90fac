# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
