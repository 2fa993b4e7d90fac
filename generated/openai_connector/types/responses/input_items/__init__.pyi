# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...response_item import ResponseItem as InputItemListResponse
from ...response_item import ResponseItem as ResponseItem

__all__ = [
    "InputItemListResponse",
    "ResponseItem",
]
