# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .content_filter_detected_result import ContentFilterDetectedResult
from .content_filter_detected_with_citation_result import ContentFilterDetectedWithCitationResult
from .content_filter_severity_result import ContentFilterSeverityResult
from .error_base import ErrorBase


class ContentFilterChoiceResults(BaseModel):
    """Information about the content filtering category (hate, sexual, violence, self_harm), if it has been detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and risk level of harmful content) and if it has been filtered or not. Information about third party text and profanity, if it has been detected, and if it has been filtered or not. And information about customer block list, if it has been filtered and its id."""

    sexual: ContentFilterSeverityResult | None = None

    violence: ContentFilterSeverityResult | None = None

    hate: ContentFilterSeverityResult | None = None

    self_harm: ContentFilterSeverityResult | None = None

    profanity: ContentFilterDetectedResult | None = None

    error: ErrorBase | None = None

    protected_material_text: ContentFilterDetectedResult | None = None

    protected_material_code: ContentFilterDetectedWithCitationResult | None = None
