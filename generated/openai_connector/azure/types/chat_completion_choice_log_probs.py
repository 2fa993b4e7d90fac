# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .chat_completion_token_logprob import ChatCompletionTokenLogprob


class ChatCompletionChoiceLogProbs(BaseModel):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None = None
    """A list of message content tokens with log probability information."""

    refusal: list[ChatCompletionTokenLogprob] | None = None
    """A list of message refusal tokens with log probability information."""
