# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .content_filter_detected_result import ContentFilterDetectedResult
from .content_filter_severity_result import ContentFilterSeverityResult
from .error_base import ErrorBase


class ContentFilterResultsBase(BaseModel):
    """Information about the content filtering results."""

    sexual: ContentFilterSeverityResult | None = None

    violence: ContentFilterSeverityResult | None = None

    hate: ContentFilterSeverityResult | None = None

    self_harm: ContentFilterSeverityResult | None = None

    profanity: ContentFilterDetectedResult | None = None

    error: ErrorBase | None = None
