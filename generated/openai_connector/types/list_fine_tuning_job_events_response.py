# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .fine_tuning_job_event import FineTuningJobEvent


class ListFineTuningJobEventsResponse(BaseModel):
    data: list[FineTuningJobEvent]

    object: Literal["list"]

    has_more: bool
