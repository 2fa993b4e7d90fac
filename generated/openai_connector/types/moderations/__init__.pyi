# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..moderation_create_response import ModerationCreateResponse as ModerationCreateResponse

__all__ = [
    "ModerationCreateResponse",
]
