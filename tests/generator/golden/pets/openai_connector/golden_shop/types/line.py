# generated from the Golden Shop spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel


class Line(BaseModel):
    sku: str | None = None

    qty: int | None = None
