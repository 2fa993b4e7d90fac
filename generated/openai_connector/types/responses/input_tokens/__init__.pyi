# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...input_token_count_response import InputTokenCountResponse as InputTokenCountResponse

__all__ = [
    "InputTokenCountResponse",
]
