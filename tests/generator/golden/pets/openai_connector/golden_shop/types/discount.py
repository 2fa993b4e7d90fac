# generated from the Golden Shop spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel


class Discount(BaseModel):
    percent: int | None = None
