# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .fine_tuning_job import FineTuningJob


class ListPaginatedFineTuningJobsResponse(BaseModel):
    data: list[FineTuningJob]

    has_more: bool

    object: Literal["list"]
