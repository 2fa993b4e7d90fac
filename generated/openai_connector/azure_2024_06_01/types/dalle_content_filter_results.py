# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .content_filter_severity_result import ContentFilterSeverityResult


class DalleContentFilterResults(BaseModel):
    """Information about the content filtering results."""

    sexual: ContentFilterSeverityResult | None = None

    violence: ContentFilterSeverityResult | None = None

    hate: ContentFilterSeverityResult | None = None

    self_harm: ContentFilterSeverityResult | None = None
