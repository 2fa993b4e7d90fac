# generated from the Odd Shapes spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel


class DataSetListApisItem(BaseModel):
    apiKey: str | None = None

    apiUrl: str | None = None


class DataSetList(BaseModel):
    total: int | None = None

    apis: list[DataSetListApisItem] | None = None
