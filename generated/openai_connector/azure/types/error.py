# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .inner_error import InnerError


class Error(BaseModel):
    code: str | None = None

    message: str | None = None

    param: str | None = None

    type: str | None = None

    inner_error: InnerError | None = None
    """Inner error with additional details."""
