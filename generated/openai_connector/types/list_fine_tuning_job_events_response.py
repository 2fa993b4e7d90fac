# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .fine_tuning_job_event import FineTuningJobEvent


class ListFineTuningJobEventsResponse(BaseModel):
    data: list[FineTuningJobEvent] = Field(default_factory=_missing)

    object: Literal["list"] = Field(default_factory=_missing)

    has_more: bool = Field(default_factory=_missing)
