# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel


class DeleteEvalRunResponse(BaseModel):
    object: str | None = None

    deleted: bool | None = None

    run_id: str | None = None
