# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .error import Error


class ErrorResponse(BaseModel):
    error: Error | None = None
