# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel
from .dalle_error import DalleError


class DalleErrorResponse(BaseModel):
    error: DalleError | None = None
