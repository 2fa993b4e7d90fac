# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .dalle_content_filter_results import DalleContentFilterResults
from .dalle_filter_results import DalleFilterResults


class ImageResult(BaseModel):
    """The image url or encoded image if successful, and an error otherwise."""

    url: str | None = None
    """The image url."""

    b64_json: str | None = None
    """The base64 encoded image"""

    content_filter_results: DalleContentFilterResults | None = None
    """Information about the content filtering results."""

    revised_prompt: str | None = None
    """The prompt that was used to generate the image, if there was any revision to the prompt."""

    prompt_filter_results: DalleFilterResults | None = None
    """Information about the content filtering category (hate, sexual, violence, self_harm), if it has been detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and risk level of harmful content) and if it has been filtered or not. Information about jailbreak content and profanity, if it has been detected, and if it has been filtered or not. And information about customer block list, if it has been filtered and its id."""
