# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .run_step_object import RunStepObject


class ListRunStepsResponse(BaseModel):
    object: str

    data: list[RunStepObject]

    first_id: str

    last_id: str

    has_more: bool
