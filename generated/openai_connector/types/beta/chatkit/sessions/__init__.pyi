# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....chat_session import ChatSession as ChatSession
from ....chat_session import ChatSession as SessionCancelResponse
from ....chat_session import ChatSession as SessionCreateResponse

__all__ = [
    "ChatSession",
    "SessionCancelResponse",
    "SessionCreateResponse",
]
