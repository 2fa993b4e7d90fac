# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .dalle_inner_error import DalleInnerError


class DalleError(BaseModel):
    code: str | None = None

    message: str | None = None

    param: str | None = None

    type: str | None = None

    inner_error: DalleInnerError | None = None
    """Inner error with additional details."""
