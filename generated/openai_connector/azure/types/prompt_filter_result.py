# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .content_filter_prompt_results import ContentFilterPromptResults


class PromptFilterResult(BaseModel):
    """Content filtering results for a single prompt in the request."""

    prompt_index: int | None = None

    content_filter_results: ContentFilterPromptResults | None = None
    """Information about the content filtering category (hate, sexual, violence, self_harm), if it has been detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and risk level of harmful content) and if it has been filtered or not. Information about jailbreak content and profanity, if it has been detected, and if it has been filtered or not. And information about customer block list, if it has been filtered and its id."""
