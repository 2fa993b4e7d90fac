# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .usage_time_bucket import UsageTimeBucket


class UsageResponse(BaseModel):
    object: Literal["page"] = Field(default_factory=_missing)

    data: list[UsageTimeBucket] = Field(default_factory=_missing)

    has_more: bool = Field(default_factory=_missing)

    next_page: str | None = None
