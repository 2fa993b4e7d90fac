# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel


class ErrorBase(BaseModel):
    code: str | None = None

    message: str | None = None
