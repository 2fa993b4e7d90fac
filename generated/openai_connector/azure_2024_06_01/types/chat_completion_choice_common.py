# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel


class ChatCompletionChoiceCommon(BaseModel):
    index: int | None = None

    finish_reason: str | None = None
