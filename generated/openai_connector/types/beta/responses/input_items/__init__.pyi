# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....beta_response_item import BetaResponseItem as BetaResponseItem
from ....beta_response_item import BetaResponseItem as InputItemListResponse

__all__ = [
    "BetaResponseItem",
    "InputItemListResponse",
]
